//! Handing a generated file to the user: a Blob, an object URL and a click on a temporary
//! link — no request leaves the page.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `name`.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let fail = |what: &str| format!("could not prepare {name}: {what}");
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("the browser refused the data"))?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("no object URL"))?;
    let offered = download_url(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
    offered
}

/// Offers what `url` (an object or data URL made in the page) holds as a download.
pub fn download_url(name: &str, url: &str) -> Result<(), String> {
    let fail = |what: &str| format!("could not prepare {name}: {what}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no document"))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("no link"))?
        .unchecked_into();
    a.set_href(url);
    a.set_download(name);
    a.click();
    Ok(())
}

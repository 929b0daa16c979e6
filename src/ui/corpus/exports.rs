//! The corpus's exports: the filtered documents' reports as JSON Lines, their demands as
//! CSV, the network as GraphML, SVG or PNG, and the brief (`crate::brief`): one HTML file
//! of what is shown. Everything is made in the page.

use super::Shown;
use crate::brief::brief;
use crate::corpus::Corpus;
use crate::report::Report;
use crate::ui::download::{download, download_url};
use crate::ui::model::State;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CorpusExportsProps {
    pub corpus: Shown,
    pub state: Rc<State>,
}

#[derive(Clone, Copy)]
enum Export {
    JsonLines,
    DemandsCsv,
    GraphMl,
    Svg,
    Brief,
}

/// The reports of the documents the corpus keeps, each naming its source.
fn reports(c: &Corpus, state: &State) -> Vec<Report> {
    c.documents
        .iter()
        .filter_map(|&i| state.docs.get(i))
        .map(|d| {
            let mut r = d.analysis.report.clone();
            r.source.get_or_insert_with(|| d.name.clone());
            r
        })
        .collect()
}

/// The network as the page draws it.
fn network_svg() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("network"))
        .map(|e| e.outer_html())
        .unwrap_or_default()
}

/// A file to download: its name, type and contents.
fn file(export: Export, c: &Corpus, state: &State) -> (&'static str, &'static str, String) {
    match export {
        Export::JsonLines => (
            "corpus.jsonl",
            "application/x-ndjson",
            reports(c, state)
                .iter()
                .filter_map(|r| serde_json::to_string(r).ok())
                .map(|l| l + "\n")
                .collect(),
        ),
        Export::DemandsCsv => (
            "corpus-demands.csv",
            "text/csv",
            crate::export::demands_csv(&reports(c, state)),
        ),
        Export::GraphMl => ("network.graphml", "application/graphml+xml", c.graphml()),
        Export::Svg => ("network.svg", "image/svg+xml", network_svg()),
        Export::Brief => {
            let names: Vec<String> = state.docs.iter().map(|d| d.name.clone()).collect();
            let title = match c.documents.len() {
                1 => "Brief of 1 document".to_string(),
                n => format!("Brief of {n} documents"),
            };
            ("brief.html", "text/html", brief(&title, c, &names))
        }
    }
}

#[function_component]
pub fn CorpusExports(props: &CorpusExportsProps) -> Html {
    let status = use_state(String::new);
    let emit = |export: Export| {
        let corpus = props.corpus.clone();
        let state = props.state.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let (name, mime, body) = file(export, &corpus.0, &state);
            status.set(match download(name, mime, &body) {
                Ok(()) => format!("{name} downloaded"),
                Err(e) => e,
            });
        })
    };
    let png = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            network_png(move |r| status.set(r));
        })
    };
    html! {
        <div class="export-buttons corpus-exports">
            <button type="button" id="corpus-jsonl" onclick={emit(Export::JsonLines)}>{ "JSON Lines of reports" }</button>
            <button type="button" id="corpus-csv" onclick={emit(Export::DemandsCsv)}>{ "CSV of demands" }</button>
            <button type="button" id="corpus-graphml" onclick={emit(Export::GraphMl)}>{ "Network (GraphML)" }</button>
            <button type="button" id="corpus-svg" onclick={emit(Export::Svg)}>{ "Network (SVG)" }</button>
            <button type="button" id="corpus-png" onclick={png}>{ "Network (PNG)" }</button>
            <button type="button" id="corpus-brief" onclick={emit(Export::Brief)}>{ "Export brief" }</button>
            <span class="status" role="status">{ (*status).clone() }</span>
        </div>
    }
}

/// Renders the network's SVG into a canvas and offers it as a PNG; `done` gets the outcome.
fn network_png(done: impl Fn(String) + 'static) {
    let done = Rc::new(done);
    let fail = {
        let done = done.clone();
        move |what: &str| done(format!("could not draw network.png: {what}"))
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return fail("no document");
    };
    let Some(svg) = document.get_element_by_id("network") else {
        return fail("no network is shown");
    };
    let parts = js_sys::Array::of1(&svg.outer_html().into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return fail("the browser refused the image");
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return fail("no object URL");
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return fail("no image");
    };
    let onload = {
        let img = img.clone();
        let url = url.clone();
        let done = done.clone();
        Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
            let drawn = (|| {
                let document = web_sys::window()?.document()?;
                let canvas: web_sys::HtmlCanvasElement =
                    document.create_element("canvas").ok()?.dyn_into().ok()?;
                canvas.set_width(1520);
                canvas.set_height(1040);
                let ctx: web_sys::CanvasRenderingContext2d =
                    canvas.get_context("2d").ok()??.dyn_into().ok()?;
                ctx.set_fill_style_str("#ffffff");
                ctx.fill_rect(0.0, 0.0, 1520.0, 1040.0);
                ctx.draw_image_with_html_image_element_and_dw_and_dh(
                    &img, 0.0, 0.0, 1520.0, 1040.0,
                )
                .ok()?;
                canvas.to_data_url_with_type("image/png").ok()
            })();
            done(match drawn {
                Some(data_url) => match download_url("network.png", &data_url) {
                    Ok(()) => "network.png downloaded".into(),
                    Err(e) => e,
                },
                None => "could not draw network.png".into(),
            });
        })
    };
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
}

//! The page's components and the JS door in a real headless Chromium (wasm-bindgen-test).
//! Run by `make test`: `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use communique::input::decode;
use communique::ui::{Analysed, App, AppProps, Engine, Reply};
use communique::{analyze, analyze_file};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The engine answered in-process, as the page's worker would (the test runner serves no
/// worker): later, never during the question.
struct InPage;

impl Engine for InPage {
    fn analyse(&self, name: Option<&str>, bytes: &[u8], _batch: bool, reply: Reply<Analysed>) {
        let analysed = decode(bytes)
            .and_then(|d| analyze_file(bytes, name).map(|a| (d.text, a)))
            .map_err(|e| e.to_string());
        yew::platform::spawn_local(async move { reply(analysed) });
    }

    fn report(&self, text: &str, reply: Reply<Result<String, String>>) {
        let json = serde_json::to_string(&analyze(text)).map_err(|e| e.to_string());
        yew::platform::spawn_local(async move { reply(json) });
    }

    fn cancel_batch(&self) {}
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn sleep(ms: u64) {
    yew::platform::time::sleep(std::time::Duration::from_millis(ms)).await;
}

/// Deletes the page's IndexedDB database, so no test sees another's documents.
async fn forget_saved_documents() {
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let request = factory.delete_database("communique").unwrap();
    let done = js_sys::Promise::new(&mut |resolve, _| {
        let f = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        request.set_onsuccess(Some(f.unchecked_ref()));
        request.set_onblocked(Some(f.unchecked_ref()));
    });
    wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
}

/// Mounts a fresh app with empty storage and returns its root.
async fn mount() -> Element {
    forget_saved_documents().await;
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        engine: Rc::new(InPage),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    sleep(50).await;
    root
}

async fn type_text(root: &Element, text: &str) {
    let area: HtmlTextAreaElement = root
        .query_selector("#article")
        .unwrap()
        .unwrap()
        .unchecked_into();
    area.set_value(text);
    let event = web_sys::InputEvent::new("input").unwrap();
    area.dispatch_event(&event).unwrap();
    // The text box is analysed after a quiet pause.
    sleep(600).await;
}

fn section_text(root: &Element, heading_id: &str) -> String {
    root.query_selector(&format!("section[aria-labelledby='{heading_id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no section for {heading_id}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn typing_an_article_shows_actors_groups_and_demands() {
    let root = mount().await;
    type_text(
        &root,
        "Pakistan and China urge Taliban to act against TTP\n\nIslamabad and Beijing on Monday urged the Taliban to take verifiable action against the Tehrik-e-Taliban Pakistan (TTP), the foreign ministers said.",
    )
    .await;
    let actors = section_text(&root, "actors-heading");
    assert!(
        actors.contains("Pakistan") && actors.contains("China") && actors.contains("Taliban"),
        "{actors}"
    );
    let groups = section_text(&root, "groups-heading");
    assert!(
        groups.contains("Tehrik-e-Taliban Pakistan") && groups.contains("UN"),
        "{groups}"
    );
    let demands = section_text(&root, "demands-heading");
    assert!(
        demands.contains("Pakistan, China → Taliban") && demands.contains("counterterrorism"),
        "{demands}"
    );
    let title = root
        .query_selector("#doc-title")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(title, "Pakistan and China urge Taliban to act against TTP");
}

#[wasm_bindgen_test]
async fn clicking_a_group_highlights_its_mentions() {
    let root = mount().await;
    type_text(
        &root,
        "Al Qaeda and al-Qaida cells remain, the envoy said. The UN urged action against Al-Qaeda.",
    )
    .await;
    let button: HtmlElement = root
        .query_selector(".group-item")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    sleep(50).await;
    let focused = root
        .query_selector_all(".article-text .group.focus")
        .unwrap();
    assert_eq!(focused.length(), 3);
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn hostile_markup_stays_text() {
    let root = mount().await;
    type_text(
        &root,
        "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script> Egypt urged calm.",
    )
    .await;
    let view = root.query_selector(".article-text").unwrap().unwrap();
    assert!(view.query_selector("img").unwrap().is_none());
    assert!(view.query_selector("script").unwrap().is_none());
    assert!(view.text_content().unwrap().contains("<img src=x"));
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
async fn legend_toggles_a_layer() {
    let root = mount().await;
    type_text(&root, "Norway urged both sides to resume talks.").await;
    let toggle: HtmlElement = root
        .query_selector(".legend-demands input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    toggle.click();
    sleep(50).await;
    let view = root.query_selector(".article-text").unwrap().unwrap();
    assert!(view
        .class_name()
        .split_whitespace()
        .any(|c| c == "hide-demands"));
}

#[wasm_bindgen_test]
async fn the_js_door_promises_the_contract_report() {
    communique::js::install(Rc::new(InPage));
    let window = web_sys::window().unwrap();
    let door = js_sys::Reflect::get(&window, &"communique".into()).unwrap();
    let analyze: js_sys::Function = js_sys::Reflect::get(&door, &"analyze".into())
        .unwrap()
        .unchecked_into();
    let promise: js_sys::Promise = analyze
        .call1(&door, &"Kabul urged Islamabad to resume talks.".into())
        .unwrap()
        .unchecked_into();
    let report = wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    let get = |o: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).unwrap();
    assert_eq!(get(&report, "version").as_f64(), Some(1.0));
    assert!(get(&report, "source").is_null());
    let actors: js_sys::Array = get(&report, "actors").unchecked_into();
    assert_eq!(actors.length(), 2);
    let demands: js_sys::Array = get(&report, "demands").unchecked_into();
    let d = demands.get(0);
    assert_eq!(
        get(&d, "category").as_string().as_deref(),
        Some("negotiation")
    );
}

//! The JS door: `analyze(text)` returns the contract report as a plain JS object, for
//! scripts, bookmarklets and outside benchmarks. The page also exposes it as
//! `window.communique.analyze(text)` so it is reachable without importing the module.

use crate::analyze::analyze as analyze_text;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Converts a report (or anything serialisable) the way JSON would: `null` for absent
/// values and plain objects for maps.
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// Analyses UTF-8 text; returns the report of contract v1.
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, JsValue> {
    to_js(&analyze_text(text))
}

/// Sets `window.communique = { analyze, version }`.
pub fn install() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let door = js_sys::Object::new();
    let f =
        Closure::<dyn Fn(String) -> Result<JsValue, JsValue>>::new(|text: String| analyze(&text));
    let _ = js_sys::Reflect::set(&door, &"analyze".into(), f.as_ref());
    let _ = js_sys::Reflect::set(
        &door,
        &"version".into(),
        &JsValue::from(crate::report::VERSION),
    );
    // The closure lives as long as the page.
    f.forget();
    let _ = js_sys::Reflect::set(&window, &"communique".into(), &door);
}

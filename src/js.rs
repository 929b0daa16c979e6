//! The JS door: `window.communique.analyze(text)` returns a promise of the contract report
//! as a plain JS object, for scripts, bookmarklets and outside benchmarks. The engine lives
//! in the page's worker, not in the page's wasm, so the answer comes asynchronously.

use crate::ui::Engine;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Asks the engine for the report of `text`: a promise of the report, or of the error.
fn analyze(engine: &dyn Engine, text: &str) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        engine.report(
            text,
            Box::new(move |answer| {
                let report = answer.and_then(|json| {
                    js_sys::JSON::parse(&json).map_err(|_| "the report is not JSON".to_string())
                });
                let _ = match report {
                    Ok(report) => resolve.call1(&JsValue::NULL, &report),
                    Err(e) => reject.call1(&JsValue::NULL, &js_sys::Error::new(&e)),
                };
            }),
        );
    })
}

/// Sets `window.communique = { analyze, version }`.
pub fn install(engine: Rc<dyn Engine>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let door = js_sys::Object::new();
    let f = Closure::<dyn Fn(String) -> js_sys::Promise>::new(move |text: String| {
        analyze(engine.as_ref(), &text)
    });
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

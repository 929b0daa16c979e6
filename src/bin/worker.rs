//! The page's Web Worker: analyses files off the main thread so a batch of a thousand
//! articles never freezes the page. Natively there is nothing to run.
//!
//! Protocol (structured clone): first out `{ ready: true }` once the worker listens; then
//! in `{ id, name, bytes: Uint8Array }`; out
//! `{ id, name, ok: true, input, analysis }` where `input` is the decoded text and
//! `analysis` the JSON of the engine's `Analysis`, or `{ id, name, ok: false, error }`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    serve::install();
}

#[cfg(target_arch = "wasm32")]
mod serve {
    use communique::analyze_file;
    use communique::input::decode;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    fn get(o: &JsValue, key: &str) -> JsValue {
        js_sys::Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }

    fn set(o: &js_sys::Object, key: &str, value: &JsValue) {
        let _ = js_sys::Reflect::set(o, &key.into(), value);
    }

    fn answer(scope: &DedicatedWorkerGlobalScope, data: &JsValue) {
        let id = get(data, "id");
        let name = get(data, "name").as_string().unwrap_or_default();
        let bytes = get(data, "bytes")
            .dyn_into::<js_sys::Uint8Array>()
            .map(|a| a.to_vec());
        let out = js_sys::Object::new();
        set(&out, "id", &id);
        set(&out, "name", &name.clone().into());
        let result = bytes
            .map_err(|_| "the page sent no bytes".to_string())
            .and_then(|bytes| {
                let input = decode(&bytes).map_err(|e| e.to_string())?.text;
                let analysis = analyze_file(&bytes, Some(&name)).map_err(|e| e.to_string())?;
                let json = serde_json::to_string(&analysis).map_err(|e| e.to_string())?;
                Ok((input, json))
            });
        match result {
            Ok((input, json)) => {
                set(&out, "ok", &true.into());
                set(&out, "input", &input.into());
                set(&out, "analysis", &json.into());
            }
            Err(e) => {
                set(&out, "ok", &false.into());
                set(&out, "error", &e.into());
            }
        }
        let _ = scope.post_message(&out);
    }

    pub fn install() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let handler_scope = scope.clone();
        let onmessage = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            answer(&handler_scope, &e.data());
        });
        scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        onmessage.forget();
        // Messages sent before this handler existed were lost: say when it does.
        let ready = js_sys::Object::new();
        set(&ready, "ready", &true.into());
        let _ = scope.post_message(&ready);
    }
}

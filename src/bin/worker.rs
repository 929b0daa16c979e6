//! The page's Web Worker, the only place the engine runs in the browser: the page's wasm
//! carries the interface alone and asks this one (`src/ui/worker.rs` is the other side,
//! and documents the protocol). Working off the main thread also means a batch of a
//! thousand articles never freezes the page. Natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    serve::install();
}

#[cfg(target_arch = "wasm32")]
mod serve {
    use communique::input::decode;
    use communique::{analyze, analyze_file};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    fn get(o: &JsValue, key: &str) -> JsValue {
        js_sys::Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }

    fn set(o: &js_sys::Object, key: &str, value: &JsValue) {
        let _ = js_sys::Reflect::set(o, &key.into(), value);
    }

    /// A document: its decoded text and its `Analysis` as JSON. Without a name it is pasted
    /// text, its format sniffed.
    fn document(data: &JsValue) -> Result<Vec<(&'static str, String)>, String> {
        let name = get(data, "name").as_string();
        let bytes = get(data, "bytes")
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| "the page sent no bytes".to_string())?
            .to_vec();
        let input = decode(&bytes).map_err(|e| e.to_string())?.text;
        let analysis = analyze_file(&bytes, name.as_deref()).map_err(|e| e.to_string())?;
        let json = serde_json::to_string(&analysis).map_err(|e| e.to_string())?;
        Ok(vec![("input", input), ("analysis", json)])
    }

    /// The JS door's question: the report of `text` as given, as JSON.
    fn report(text: &str) -> Result<Vec<(&'static str, String)>, String> {
        let json = serde_json::to_string(&analyze(text)).map_err(|e| e.to_string())?;
        Ok(vec![("report", json)])
    }

    fn answer(scope: &DedicatedWorkerGlobalScope, data: &JsValue) {
        let out = js_sys::Object::new();
        set(&out, "id", &get(data, "id"));
        let result = match get(data, "text").as_string() {
            Some(text) => report(&text),
            None => document(data),
        };
        match result {
            Ok(fields) => {
                set(&out, "ok", &true.into());
                for (key, value) in fields {
                    set(&out, key, &value.into());
                }
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

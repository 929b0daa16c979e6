//! The page's Web Worker, the only place the engine runs in the browser: the page's wasm
//! carries the interface alone and asks this one (`src/ui/worker.rs` is the other side;
//! `communique::protocol` holds the messages both exchange). Working off the main thread
//! also means a batch of a thousand articles never freezes the page. Natively there is
//! nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    serve::install();
}

#[cfg(target_arch = "wasm32")]
mod serve {
    use communique::input::decode;
    use communique::protocol::{Request, Response};
    use communique::{analyze, analyze_file};
    use serde::Serialize;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// The answer to one question; a message the worker cannot read is answered as
    /// question 0, which no page asks.
    fn answer(data: JsValue) -> Response {
        let request = match serde_wasm_bindgen::from_value::<Request>(data) {
            Ok(r) => r,
            Err(e) => {
                return Response::Failed {
                    id: 0,
                    error: format!("the worker could not read the question ({e})"),
                }
            }
        };
        match request {
            Request::Document { id, name, bytes } => {
                let analysed = decode(&bytes).map_err(|e| e.to_string()).and_then(|d| {
                    analyze_file(&bytes, name.as_deref())
                        .map(|analysis| (d.text, analysis))
                        .map_err(|e| e.to_string())
                });
                match analysed {
                    Ok((input, analysis)) => Response::Analysed {
                        id,
                        input,
                        analysis: Box::new(analysis),
                    },
                    Err(error) => Response::Failed { id, error },
                }
            }
            Request::Report { id, text } => match serde_json::to_string(&analyze(&text)) {
                Ok(report) => Response::Report { id, report },
                Err(e) => Response::Failed {
                    id,
                    error: e.to_string(),
                },
            },
        }
    }

    fn send(scope: &DedicatedWorkerGlobalScope, response: &Response) {
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        if let Ok(message) = response.serialize(&serializer) {
            let _ = scope.post_message(&message);
        }
    }

    pub fn install() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let handler_scope = scope.clone();
        let onmessage = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            send(&handler_scope, &answer(e.data()));
        });
        scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        onmessage.forget();
        send(&scope, &Response::Ready);
    }
}

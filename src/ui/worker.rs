//! The main thread's side of the analysis worker (`src/bin/worker.rs`): files go in as
//! bytes, analyses come back one by one, and dropping the handle terminates the worker —
//! which is how a batch is cancelled.

use crate::analyze::Analysis;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

/// The worker's loader, which Trunk writes beside the page (`data-loader-shim`).
const WORKER_URL: &str = "./worker_loader.js";

/// What the worker answered for one file.
pub struct Analysed {
    pub name: String,
    pub bytes: usize,
    pub result: Result<(String, Analysis), String>,
}

pub struct Analyser {
    worker: Worker,
    sizes: Rc<RefCell<HashMap<u32, usize>>>,
    /// Messages wait here until the worker says it listens: a message sent before that
    /// would be lost.
    pending: Rc<RefCell<Option<Vec<JsValue>>>>,
    next: u32,
    _handler: Closure<dyn Fn(MessageEvent)>,
}

fn get(o: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

impl Analyser {
    pub fn start(on_result: Callback<Analysed>) -> Result<Analyser, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Classic);
        let worker = Worker::new_with_options(WORKER_URL, &options)
            .map_err(|_| "the browser could not start the analysis worker".to_string())?;
        let sizes: Rc<RefCell<HashMap<u32, usize>>> = Default::default();
        let pending: Rc<RefCell<Option<Vec<JsValue>>>> = Rc::new(RefCell::new(Some(Vec::new())));
        let handler_sizes = sizes.clone();
        let handler_pending = pending.clone();
        let handler_worker = worker.clone();
        let handler = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            if get(&data, "ready").as_bool() == Some(true) {
                for msg in handler_pending.borrow_mut().take().unwrap_or_default() {
                    let _ = handler_worker.post_message(&msg);
                }
                return;
            }
            let id = get(&data, "id").as_f64().unwrap_or(0.0) as u32;
            let bytes = handler_sizes.borrow_mut().remove(&id).unwrap_or(0);
            let name = get(&data, "name").as_string().unwrap_or_default();
            let result = if get(&data, "ok").as_bool() == Some(true) {
                let input = get(&data, "input").as_string().unwrap_or_default();
                let json = get(&data, "analysis").as_string().unwrap_or_default();
                serde_json::from_str::<Analysis>(&json)
                    .map(|a| (input, a))
                    .map_err(|e| format!("the worker's answer could not be read ({e})"))
            } else {
                Err(get(&data, "error")
                    .as_string()
                    .unwrap_or_else(|| "the analysis failed".into()))
            };
            on_result.emit(Analysed {
                name,
                bytes,
                result,
            });
        });
        worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        Ok(Analyser {
            worker,
            sizes,
            pending,
            next: 0,
            _handler: handler,
        })
    }

    /// Sends one file to the worker.
    pub fn submit(&mut self, name: &str, bytes: &[u8]) -> Result<(), String> {
        self.next += 1;
        self.sizes.borrow_mut().insert(self.next, bytes.len());
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"id".into(), &self.next.into());
        let _ = js_sys::Reflect::set(&msg, &"name".into(), &name.into());
        let _ = js_sys::Reflect::set(
            &msg,
            &"bytes".into(),
            &js_sys::Uint8Array::from(bytes).into(),
        );
        if let Some(waiting) = self.pending.borrow_mut().as_mut() {
            waiting.push(msg.into());
            return Ok(());
        }
        self.worker
            .post_message(&msg)
            .map_err(|_| format!("{name}: the file could not be handed to the worker"))
    }
}

impl Drop for Analyser {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

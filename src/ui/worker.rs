//! The engine as the page sees it: a Web Worker (`src/bin/worker.rs`) answering questions
//! by message. It is started by the first question, so a visit that analyses nothing never
//! downloads it; questions wait until it says it listens (one sent earlier would be lost);
//! Cancel terminates it, and the questions that were not the batch's are asked again of a
//! fresh one.
//!
//! Protocol (structured clone): the worker says `{ ready: true }` once it listens. In:
//! `{ id, name, bytes: Uint8Array }` (a document; no `name` for pasted text) or
//! `{ id, text }` (the JS door). Out: `{ id, ok: true, input, analysis }` with the
//! `Analysis` as JSON, `{ id, ok: true, report }` with the report as JSON, or
//! `{ id, ok: false, error }`.

use super::engine::{Analysed, Engine, Reply};
use crate::analyze::Analysis;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// The worker's loader, which Trunk writes beside the page (`data-loader-shim`).
const WORKER_URL: &str = "./worker_loader.js";

#[derive(Default)]
pub struct WorkerEngine {
    inner: Rc<RefCell<Inner>>,
}

#[derive(Default)]
struct Inner {
    running: Option<Running>,
    next: u32,
    /// Questions not yet answered, in the order asked.
    questions: BTreeMap<u32, Question>,
}

struct Question {
    /// The message, kept to ask again after a Cancel; `None` for the batch's files, which a
    /// Cancel drops.
    message: Option<JsValue>,
    reply: Reply<JsValue>,
}

struct Running {
    worker: Worker,
    /// Messages held until the worker listens; `None` once it does.
    waiting: Option<Vec<JsValue>>,
    _handler: Closure<dyn Fn(MessageEvent)>,
}

impl Running {
    /// Starts a worker, which will be sent `held` once it listens.
    fn start(inner: Weak<RefCell<Inner>>, held: Vec<JsValue>) -> Result<Running, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Classic);
        let worker = Worker::new_with_options(WORKER_URL, &options)
            .map_err(|_| "the browser could not start the analysis worker".to_string())?;
        let handler = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(inner) = inner.upgrade() {
                heard(&inner, &e.data());
            }
        });
        worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        Ok(Running {
            worker,
            waiting: Some(held),
            _handler: handler,
        })
    }

    fn send(&mut self, message: JsValue) -> Result<(), String> {
        match self.waiting.as_mut() {
            Some(waiting) => waiting.push(message),
            None => self
                .worker
                .post_message(&message)
                .map_err(|_| "the question could not be handed to the worker".to_string())?,
        }
        Ok(())
    }

    fn stop(self) {
        self.worker.set_onmessage(None);
        self.worker.terminate();
    }
}

fn get(o: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn set(o: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(o, &key.into(), value);
}

/// An answer of the worker's shape saying why there is none.
fn failure(error: &str) -> JsValue {
    let out = js_sys::Object::new();
    set(&out, "ok", &false.into());
    set(&out, "error", &error.into());
    out.into()
}

/// A message from the worker: that it listens, or an answer.
fn heard(inner: &Rc<RefCell<Inner>>, data: &JsValue) {
    if get(data, "ready").as_bool() == Some(true) {
        let mut inner = inner.borrow_mut();
        if let Some(running) = inner.running.as_mut() {
            for message in running.waiting.take().unwrap_or_default() {
                let _ = running.worker.post_message(&message);
            }
        }
        return;
    }
    let id = get(data, "id").as_f64().unwrap_or(0.0) as u32;
    // Released before the reply runs: a reply may ask again.
    let question = inner.borrow_mut().questions.remove(&id);
    if let Some(q) = question {
        (q.reply)(data.clone());
    }
}

/// The worker's answer as a result: the named JSON field, or the error.
fn answer(data: &JsValue, field: &str) -> Result<String, String> {
    if get(data, "ok").as_bool() == Some(true) {
        Ok(get(data, field).as_string().unwrap_or_default())
    } else {
        Err(get(data, "error")
            .as_string()
            .unwrap_or_else(|| "the analysis failed".into()))
    }
}

impl WorkerEngine {
    fn ask(&self, message: js_sys::Object, batch: bool, reply: Reply<JsValue>) {
        let mut inner = self.inner.borrow_mut();
        inner.next += 1;
        let id = inner.next;
        set(&message, "id", &id.into());
        let message: JsValue = message.into();
        if inner.running.is_none() {
            match Running::start(Rc::downgrade(&self.inner), Vec::new()) {
                Ok(running) => inner.running = Some(running),
                Err(e) => {
                    drop(inner);
                    return reply(failure(&e));
                }
            }
        }
        let sent = inner
            .running
            .as_mut()
            .map_or(Ok(()), |r| r.send(message.clone()));
        if let Err(e) = sent {
            drop(inner);
            return reply(failure(&e));
        }
        let message = (!batch).then_some(message);
        inner.questions.insert(id, Question { message, reply });
    }
}

impl Engine for WorkerEngine {
    fn analyse(&self, name: Option<&str>, bytes: &[u8], batch: bool, reply: Reply<Analysed>) {
        let message = js_sys::Object::new();
        if let Some(name) = name {
            set(&message, "name", &name.into());
        }
        set(&message, "bytes", &js_sys::Uint8Array::from(bytes).into());
        let read = move |data: JsValue| {
            let input = get(&data, "input").as_string().unwrap_or_default();
            let analysed = answer(&data, "analysis").and_then(|json| {
                serde_json::from_str::<Analysis>(&json)
                    .map(|a| (input, a))
                    .map_err(|e| format!("the worker's answer could not be read ({e})"))
            });
            reply(analysed);
        };
        self.ask(message, batch, Box::new(read));
    }

    fn report(&self, text: &str, reply: Reply<Result<String, String>>) {
        let message = js_sys::Object::new();
        set(&message, "text", &text.into());
        self.ask(
            message,
            false,
            Box::new(move |data| reply(answer(&data, "report"))),
        );
    }

    fn cancel_batch(&self) {
        let mut inner = self.inner.borrow_mut();
        let asked = inner.questions.len();
        inner.questions.retain(|_, q| q.message.is_some());
        if inner.questions.len() == asked {
            return;
        }
        if let Some(running) = inner.running.take() {
            running.stop();
        }
        if inner.questions.is_empty() {
            return;
        }
        // The others are asked again of a fresh worker.
        let again = inner
            .questions
            .values()
            .filter_map(|q| q.message.clone())
            .collect();
        match Running::start(Rc::downgrade(&self.inner), again) {
            Ok(running) => inner.running = Some(running),
            Err(e) => {
                let questions = std::mem::take(&mut inner.questions);
                drop(inner);
                for q in questions.into_values() {
                    (q.reply)(failure(&e));
                }
            }
        }
    }
}

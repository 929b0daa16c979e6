//! The engine as the page sees it: a Web Worker (`src/bin/worker.rs`) answering questions
//! by message. It is started by the first question, so a visit that analyses nothing never
//! downloads it; questions wait until it says it listens (one sent earlier would be lost);
//! Cancel terminates it, and the questions that were not the batch's are asked again of a
//! fresh one.
//!
//! The messages are `crate::protocol`'s, which the worker compiles too.

use super::engine::{Analysed, Engine, Reply};
use crate::protocol::{QuestionId, Request, Response};
use serde::Serialize;
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
    next: QuestionId,
    /// Questions not yet answered, in the order asked.
    questions: BTreeMap<QuestionId, Question>,
}

struct Question {
    /// The message, kept to ask again after a Cancel; `None` for the batch's files, which a
    /// Cancel drops.
    message: Option<JsValue>,
    reply: Reply<Response>,
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
                heard(&inner, e.data());
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

/// A message from the worker: that it listens, or an answer. One it cannot read is dropped.
fn heard(inner: &Rc<RefCell<Inner>>, data: JsValue) {
    let Ok(response) = serde_wasm_bindgen::from_value::<Response>(data) else {
        return;
    };
    let id = match &response {
        Response::Ready => {
            let mut inner = inner.borrow_mut();
            if let Some(running) = inner.running.as_mut() {
                for message in running.waiting.take().unwrap_or_default() {
                    let _ = running.worker.post_message(&message);
                }
            }
            return;
        }
        Response::Analysed { id, .. }
        | Response::Report { id, .. }
        | Response::Failed { id, .. } => *id,
    };
    // Released before the reply runs: a reply may ask again.
    let question = inner.borrow_mut().questions.remove(&id);
    if let Some(q) = question {
        (q.reply)(response);
    }
}

fn failure(error: String) -> Response {
    Response::Failed { id: 0, error }
}

impl WorkerEngine {
    /// Sends the question `make` builds under a fresh id; `reply` gets its answer.
    fn ask(&self, make: impl FnOnce(QuestionId) -> Request, batch: bool, reply: Reply<Response>) {
        let mut inner = self.inner.borrow_mut();
        inner.next += 1;
        let id = inner.next;
        let message = match make(id).serialize(&serde_wasm_bindgen::Serializer::new()) {
            Ok(m) => m,
            Err(e) => {
                drop(inner);
                return reply(failure(format!("the question could not be written ({e})")));
            }
        };
        if inner.running.is_none() {
            match Running::start(Rc::downgrade(&self.inner), Vec::new()) {
                Ok(running) => inner.running = Some(running),
                Err(e) => {
                    drop(inner);
                    return reply(failure(e));
                }
            }
        }
        let sent = inner
            .running
            .as_mut()
            .map_or(Ok(()), |r| r.send(message.clone()));
        if let Err(e) = sent {
            drop(inner);
            return reply(failure(e));
        }
        let message = (!batch).then_some(message);
        inner.questions.insert(id, Question { message, reply });
    }
}

/// What a question about a document expects: its analysis, or why there is none.
fn analysed(response: Response) -> Analysed {
    match response {
        Response::Analysed {
            input, analysis, ..
        } => Ok((input, *analysis)),
        Response::Failed { error, .. } => Err(error),
        Response::Ready | Response::Report { .. } => {
            Err("the worker answered another question".into())
        }
    }
}

/// What the JS door's question expects: the report as JSON, or why there is none.
fn reported(response: Response) -> Result<String, String> {
    match response {
        Response::Report { report, .. } => Ok(report),
        Response::Failed { error, .. } => Err(error),
        Response::Ready | Response::Analysed { .. } => {
            Err("the worker answered another question".into())
        }
    }
}

impl Engine for WorkerEngine {
    fn analyse(&self, name: Option<&str>, bytes: &[u8], batch: bool, reply: Reply<Analysed>) {
        let name = name.map(str::to_string);
        let bytes = bytes.to_vec();
        self.ask(
            move |id| Request::Document { id, name, bytes },
            batch,
            Box::new(move |r| reply(analysed(r))),
        );
    }

    fn report(&self, text: &str, reply: Reply<Result<String, String>>) {
        let text = text.to_string();
        self.ask(
            move |id| Request::Report { id, text },
            false,
            Box::new(move |r| reply(reported(r))),
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
                    (q.reply)(failure(e.clone()));
                }
            }
        }
    }
}

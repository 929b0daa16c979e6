//! The engine as the page sees it: Web Workers (`src/bin/worker.rs`) answering questions
//! by message. The first is started by the first question, so a visit that analyses nothing
//! never downloads it; while questions wait, more are started, up to one per core the
//! browser reports (at most [`MAX_WORKERS`]), so a batch of files is analysed on every core
//! while a single article costs one worker. Questions wait until their worker says it
//! listens (one sent earlier would be lost); Cancel terminates them all, and the questions
//! that were not the batch's are asked again of a fresh one.
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

/// The most workers a page starts: each holds the engine's memory, and past a few the
/// page's own thread, which takes in every answer, is what limits a batch.
const MAX_WORKERS: usize = 4;

#[derive(Default)]
pub struct WorkerEngine {
    inner: Rc<RefCell<Inner>>,
}

#[derive(Default)]
struct Inner {
    workers: Vec<Running>,
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
    /// Questions sent and not yet answered.
    busy: usize,
    _handler: Closure<dyn Fn(MessageEvent)>,
}

impl Running {
    /// Starts worker number `index`, which will be sent `held` once it listens.
    fn start(
        inner: Weak<RefCell<Inner>>,
        index: usize,
        held: Vec<JsValue>,
    ) -> Result<Running, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Classic);
        let worker = Worker::new_with_options(WORKER_URL, &options)
            .map_err(|_| "the browser could not start the analysis worker".to_string())?;
        let handler = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(inner) = inner.upgrade() {
                heard(&inner, index, e.data());
            }
        });
        worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        Ok(Running {
            worker,
            busy: held.len(),
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
        self.busy += 1;
        Ok(())
    }

    fn stop(self) {
        self.worker.set_onmessage(None);
        self.worker.terminate();
    }
}

/// How many workers the page may run: one per core the browser reports, within
/// [`MAX_WORKERS`].
fn pool_size() -> usize {
    let cores = web_sys::window().map_or(1.0, |w| w.navigator().hardware_concurrency());
    (cores as usize).clamp(1, MAX_WORKERS)
}

/// A message from worker `index`: that it listens, or an answer. One it cannot read is
/// dropped.
fn heard(inner: &Rc<RefCell<Inner>>, index: usize, data: JsValue) {
    let Ok(response) = serde_wasm_bindgen::from_value::<Response>(data) else {
        return;
    };
    let id = match &response {
        Response::Ready => {
            let mut inner = inner.borrow_mut();
            if let Some(running) = inner.workers.get_mut(index) {
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
    let question = {
        let mut inner = inner.borrow_mut();
        if let Some(running) = inner.workers.get_mut(index) {
            running.busy = running.busy.saturating_sub(1);
        }
        inner.questions.remove(&id)
    };
    if let Some(q) = question {
        (q.reply)(response);
    }
}

fn failure(error: String) -> Response {
    Response::Failed { id: 0, error }
}

impl Inner {
    /// The worker to send the next question to: an idle one, else a new one while the pool
    /// has room, else the least busy.
    fn worker_for(&mut self, weak: Weak<RefCell<Inner>>) -> Result<&mut Running, String> {
        let idle = self.workers.iter().position(|w| w.busy == 0);
        let index = match idle {
            Some(i) => i,
            None if self.workers.len() < pool_size() => {
                let index = self.workers.len();
                self.workers.push(Running::start(weak, index, Vec::new())?);
                index
            }
            None => (0..self.workers.len())
                .min_by_key(|&i| self.workers[i].busy)
                .unwrap_or(0),
        };
        Ok(&mut self.workers[index])
    }
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
        let sent = inner
            .worker_for(Rc::downgrade(&self.inner))
            .and_then(|w| w.send(message.clone()));
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
        for running in std::mem::take(&mut inner.workers) {
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
        match Running::start(Rc::downgrade(&self.inner), 0, again) {
            Ok(running) => inner.workers.push(running),
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

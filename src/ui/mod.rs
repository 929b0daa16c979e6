//! The web page: Yew function components that take input and show reports. They never
//! analyse anything themselves: every analysis is asked of an [`Engine`] — in the page, the
//! [`WorkerEngine`], so the page's own wasm carries no engine.

mod app;
mod corpus;
mod document_view;
mod download;
mod drop_target;
mod engine;
mod exports;
mod hooks;
mod input;
mod library;
mod model;
mod panels;
mod progress;
mod store;
mod text_view;
mod worker;

pub use app::{App, AppProps};
pub use engine::{Analysed, Engine, Reply};
pub use worker::WorkerEngine;

//! The web page: Yew function components that take input and show reports. They never
//! analyse anything themselves; every report comes from the engine's `analyze_file`.

mod app;
mod corpus_view;
mod download;
mod exports;
mod input;
mod library;
mod model;
mod panels;
mod store;
mod text_view;
mod worker;

pub use app::App;

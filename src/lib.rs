//! Communiqué's engine: one news article in, the report of contract v1 out — actors,
//! terror groups and demands — with no web dependency, so the same code runs natively (the
//! `communique` command line) and in the browser (compiled to WebAssembly).
//!
//! `ui` (the Yew page) and `js` (the JS door) exist only in the wasm32 build; they ask the
//! same `analyze`, run by the page's worker, and only show what it returns.

pub mod actors;
mod analyze;
#[cfg(not(target_arch = "wasm32"))]
pub mod annotated;
pub mod brief;
pub mod corpus;
pub mod demands;
pub mod export;
pub mod groups;
pub mod input;
#[cfg(target_arch = "wasm32")]
pub mod js;
pub mod layout;
pub mod lexicon;
pub mod network;
pub mod palette;
pub mod protocol;
pub mod report;
pub mod syntax;
pub mod text;
pub mod timescale;
#[cfg(target_arch = "wasm32")]
pub mod ui;

pub use analyze::{analyze, analyze_file, analyze_file_by_rules, Analysis, Format};
pub use input::InputError;
pub use report::Report;

//! Communiqué's engine: one news article in, the report of contract v1 out — actors,
//! terror groups and demands — with no web dependency, so the same code runs natively (the
//! `communique` command line) and in the browser (compiled to WebAssembly).

pub mod actors;
mod analyze;
pub mod demands;
pub mod groups;
pub mod input;
pub mod lexicon;
pub mod report;
pub mod text;

pub use analyze::{analyze, analyze_file, Analysis, Format};
pub use input::InputError;
pub use report::Report;

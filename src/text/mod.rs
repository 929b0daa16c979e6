//! The analysed text as spans: sentences outside noise, quotations, words, title and date.

pub mod dates;
pub mod hash;
pub mod insertions;
pub mod marks;
pub mod pattern;
pub mod quotes;
pub mod sentences;
pub mod spaces;
pub mod span;
pub mod words;
pub mod wrap;

pub use span::Span;

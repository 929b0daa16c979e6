//! From the bytes a user gives to the text the engine analyses.
//!
//! Decoding and HTML reduction may change the text (the report then carries it); noise
//! detection never does: it only marks spans the later stages skip, so offsets stay valid
//! against the file for plain UTF-8 input.

pub mod decode;
mod encodings;
pub mod html;
pub mod noise;

pub use decode::{decode, Decoded, InputError};

//! The page's state and its work with the engine as hooks, so components only show.

mod batch;
mod documents;
mod paste;

pub use batch::use_batch;
pub use documents::use_documents;
pub use paste::use_paste;

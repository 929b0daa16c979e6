//! What the page asks of the analysis engine. The engine runs in a Web Worker
//! (`worker.rs` here, `src/bin/worker.rs` there), so the page's own wasm carries only the
//! interface: the engine's code and data — regexes, automata, the HTML tokenizer,
//! gazetteers, the tagger's model — are downloaded once, by the worker, when the first
//! document needs them. The page depends on this trait rather than on the worker so that the
//! browser tests, which have no worker, can answer in-process.

use crate::analyze::Analysis;

/// Called once, later, with the answer.
pub type Reply<T> = Box<dyn FnOnce(T)>;

/// A document's decoded text (HTML kept as HTML) and its analysis, or why it has none.
pub type Analysed = Result<(String, Analysis), String>;

pub trait Engine {
    /// Analyses a document: a file's bytes under its name, or pasted text when `name` is
    /// `None` (its format sniffed, no source). `batch` marks a dropped file, which
    /// [`Engine::cancel_batch`] may drop unanswered.
    fn analyse(&self, name: Option<&str>, bytes: &[u8], batch: bool, reply: Reply<Analysed>);

    /// The JS door's question: `text` analysed as given; the report of contract v1 as JSON.
    fn report(&self, text: &str, reply: Reply<Result<String, String>>);

    /// Drops the batch's files not yet answered: their replies never come. Other questions
    /// are still answered.
    fn cancel_batch(&self);
}

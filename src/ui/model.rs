//! The page's state: the documents the user gave, which one is shown, and the notices
//! about files that could not be read. A reducer so every change is one named action.

use crate::analyze::{analyze_file, Analysis};
use crate::report::{ActorId, DemandId, GroupId};
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::Reducible;

/// Id of a document within this page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocId(pub u32);

/// A document: what the user gave (decoded, HTML as HTML, so a reload analyses it again)
/// and its analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub id: DocId,
    pub name: String,
    pub input: String,
    /// Typed or pasted into the text box rather than given as a file.
    pub pasted: bool,
    pub analysis: Rc<Analysis>,
}

impl Doc {
    /// Analyses `input`; `None` when the engine refuses it (the caller shows why).
    pub fn new(id: DocId, name: String, input: String, pasted: bool) -> Result<Doc, String> {
        let file_name = (!pasted).then_some(name.as_str());
        let analysis = analyze_file(input.as_bytes(), file_name).map_err(|e| e.to_string())?;
        Ok(Doc {
            id,
            name,
            input,
            pasted,
            analysis: Rc::new(analysis),
        })
    }

    /// A document the worker analysed.
    pub fn from_analysis(id: DocId, name: String, input: String, analysis: Analysis) -> Doc {
        Doc {
            id,
            name,
            input,
            pasted: false,
            analysis: Rc::new(analysis),
        }
    }

    /// The text the report's offsets index.
    pub fn text(&self) -> &str {
        self.analysis.report.text.as_deref().unwrap_or(&self.input)
    }

    pub fn title(&self) -> &str {
        self.analysis
            .report
            .meta
            .title
            .as_deref()
            .unwrap_or(&self.name)
    }
}

/// What the reader has singled out: its mentions are highlighted and the first is scrolled to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Actor(ActorId),
    Group(GroupId),
    Demand(DemandId),
}

/// What can be stored of a document: the report is recomputed on load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    pub name: String,
    pub input: String,
    pub pasted: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: u32,
    pub text: String,
}

/// Files handed to the worker and not yet answered.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Batch {
    pub files: usize,
    pub bytes: f64,
    pub done_files: usize,
    pub done_bytes: f64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub docs: Vec<Doc>,
    pub selected: Option<DocId>,
    pub notices: Vec<Notice>,
    pub batch: Option<Batch>,
    next: u32,
}

/// A file's name, size and analysis (decoded text and report) or the reason it has none.
pub type Answer = (String, f64, Result<(String, Analysis), String>);

pub enum Action {
    /// The text box changed: the pasted document follows it (created, updated or removed).
    Paste(String),
    /// A file was refused before analysis: a notice naming it.
    Refused {
        name: String,
        reason: String,
    },
    /// Files were handed to the worker.
    Queued {
        files: usize,
        bytes: f64,
    },
    /// The worker answered for one file: its decoded text and analysis, or why not.
    Analysed {
        name: String,
        bytes: f64,
        result: Result<(String, Analysis), String>,
    },
    /// Several answers at once (the worker is faster than the page renders).
    AnalysedMany(Vec<Answer>),
    /// The user stopped the batch; the files not yet answered are dropped.
    Cancel,
    Restore(Vec<Stored>),
    Select(DocId),
    Remove(DocId),
    Clear,
    Notice(String),
    Dismiss(u32),
}

impl State {
    fn id(&mut self) -> u32 {
        self.next += 1;
        self.next
    }

    pub fn selected_doc(&self) -> Option<&Doc> {
        self.selected
            .and_then(|id| self.docs.iter().find(|d| d.id == id))
    }

    pub fn stored(&self) -> Vec<Stored> {
        self.docs
            .iter()
            .map(|d| Stored {
                name: d.name.clone(),
                input: d.input.clone(),
                pasted: d.pasted,
            })
            .collect()
    }

    fn notice(&mut self, text: String) {
        let id = self.id();
        self.notices.push(Notice { id, text });
    }

    /// Takes in one answer of the worker: a document or a notice, and the batch's progress.
    fn answer(&mut self, (name, bytes, result): Answer) {
        match result {
            Ok((input, analysis)) => {
                let id = DocId(self.id());
                self.docs
                    .push(Doc::from_analysis(id, name, input, analysis));
                self.selected.get_or_insert(id);
            }
            Err(e) => self.notice(format!("{name}: {e}")),
        }
        if let Some(b) = self.batch.as_mut() {
            b.done_files += 1;
            b.done_bytes += bytes;
            if b.done_files >= b.files {
                self.batch = None;
            }
        }
    }

    fn add(&mut self, name: String, input: String, pasted: bool) -> Option<DocId> {
        let id = DocId(self.id());
        match Doc::new(id, name.clone(), input, pasted) {
            Ok(doc) => {
                self.docs.push(doc);
                Some(id)
            }
            Err(e) => {
                self.notice(format!("{name}: {e}"));
                None
            }
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Paste(text) => {
                let existing = s.docs.iter().position(|d| d.pasted);
                if text.trim().is_empty() {
                    if let Some(i) = existing {
                        let id = s.docs.remove(i).id;
                        if s.selected == Some(id) {
                            s.selected = s.docs.first().map(|d| d.id);
                        }
                    }
                } else {
                    let id = match existing {
                        Some(i) => s.docs[i].id,
                        None => DocId(s.id()),
                    };
                    match Doc::new(id, "Pasted text".into(), text, true) {
                        Ok(doc) => {
                            match existing {
                                Some(i) => s.docs[i] = doc,
                                None => s.docs.insert(0, doc),
                            }
                            s.selected = Some(id);
                        }
                        Err(e) => s.notice(format!("Pasted text: {e}")),
                    }
                }
            }
            Action::Refused { name, reason } => s.notice(format!("{name}: {reason}")),
            Action::Queued { files, bytes } => {
                let b = s.batch.get_or_insert_with(Batch::default);
                b.files += files;
                b.bytes += bytes;
            }
            Action::Analysed {
                name,
                bytes,
                result,
            } => s.answer((name, bytes, result)),
            Action::AnalysedMany(answers) => {
                for a in answers {
                    s.answer(a);
                }
            }
            Action::Cancel => {
                if let Some(b) = s.batch.take() {
                    s.notice(format!(
                        "Cancelled: {} of {} files were not analysed.",
                        b.files - b.done_files,
                        b.files
                    ));
                }
            }
            Action::Restore(stored) => {
                for d in stored {
                    s.add(d.name, d.input, d.pasted);
                }
                s.selected = s.selected.or_else(|| s.docs.first().map(|d| d.id));
            }
            Action::Select(id) => s.selected = Some(id),
            Action::Remove(id) => {
                s.docs.retain(|d| d.id != id);
                if s.selected == Some(id) {
                    s.selected = s.docs.first().map(|d| d.id);
                }
            }
            Action::Clear => {
                s.docs.clear();
                s.selected = None;
            }
            Action::Notice(text) => s.notice(text),
            Action::Dismiss(id) => s.notices.retain(|n| n.id != id),
        }
        Rc::new(s)
    }
}

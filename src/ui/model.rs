//! The page's state: the documents the user gave, which one is shown, and the notices
//! about files that could not be read. A reducer so every change is one named action.

use super::engine::Analysed;
use crate::analyze::Analysis;
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
    /// Shared, as the analysis is: every render's snapshot of the state copies a pointer,
    /// not the article.
    pub input: Rc<str>,
    /// Typed or pasted into the text box rather than given as a file.
    pub pasted: bool,
    pub analysis: Rc<Analysis>,
}

impl Doc {
    pub fn new(id: DocId, name: String, input: String, pasted: bool, analysis: Analysis) -> Doc {
        Doc {
            id,
            name,
            input: input.into(),
            pasted,
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
    /// Documents of an earlier visit sent to the engine and not yet back: until they are,
    /// saving would forget the others.
    pub restoring: usize,
    next: u32,
}

pub enum Action {
    /// The engine answered for the text box: the pasted document follows it (created or
    /// updated).
    Pasted(Analysed),
    /// The text box was emptied: the pasted document goes.
    Unpasted,
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
    /// The engine answered for one file: its decoded text and analysis, or why not.
    Analysed {
        name: String,
        bytes: f64,
        result: Analysed,
    },
    /// The user stopped the batch; the files not yet answered are dropped.
    Cancel,
    /// This many documents of an earlier visit were sent to the engine.
    Restoring(usize),
    /// The engine answered for a document of an earlier visit.
    Restored {
        name: String,
        pasted: bool,
        result: Analysed,
    },
    /// Several actions at once: answers gathered between two renders (the engine is faster
    /// than the page renders).
    Many(Vec<Action>),
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
                input: d.input.to_string(),
                pasted: d.pasted,
            })
            .collect()
    }

    fn notice(&mut self, text: String) {
        let id = self.id();
        self.notices.push(Notice { id, text });
    }

    /// Takes in a document the engine analysed, or the reason it could not.
    fn add(&mut self, name: String, pasted: bool, result: Analysed) -> Option<DocId> {
        match result {
            Ok((input, analysis)) => {
                let id = DocId(self.id());
                self.docs.push(Doc::new(id, name, input, pasted, analysis));
                Some(id)
            }
            Err(e) => {
                self.notice(format!("{name}: {e}"));
                None
            }
        }
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Pasted(result) => match result {
                Ok((input, analysis)) => {
                    let existing = self.docs.iter().position(|d| d.pasted);
                    let id = match existing {
                        Some(i) => self.docs[i].id,
                        None => DocId(self.id()),
                    };
                    let doc = Doc::new(id, "Pasted text".into(), input, true, analysis);
                    match existing {
                        Some(i) => self.docs[i] = doc,
                        None => self.docs.insert(0, doc),
                    }
                    self.selected = Some(id);
                }
                Err(e) => self.notice(format!("Pasted text: {e}")),
            },
            Action::Unpasted => {
                if let Some(i) = self.docs.iter().position(|d| d.pasted) {
                    let id = self.docs.remove(i).id;
                    if self.selected == Some(id) {
                        self.selected = self.docs.first().map(|d| d.id);
                    }
                }
            }
            Action::Refused { name, reason } => self.notice(format!("{name}: {reason}")),
            Action::Queued { files, bytes } => {
                let b = self.batch.get_or_insert_with(Batch::default);
                b.files += files;
                b.bytes += bytes;
            }
            Action::Analysed {
                name,
                bytes,
                result,
            } => {
                if let Some(id) = self.add(name, false, result) {
                    self.selected.get_or_insert(id);
                }
                if let Some(b) = self.batch.as_mut() {
                    b.done_files += 1;
                    b.done_bytes += bytes;
                    if b.done_files >= b.files {
                        self.batch = None;
                    }
                }
            }
            Action::Cancel => {
                if let Some(b) = self.batch.take() {
                    self.notice(format!(
                        "Cancelled: {} of {} files were not analysed.",
                        b.files - b.done_files,
                        b.files
                    ));
                }
            }
            Action::Restoring(n) => self.restoring += n,
            Action::Restored {
                name,
                pasted,
                result,
            } => {
                self.restoring = self.restoring.saturating_sub(1);
                if let Some(id) = self.add(name, pasted, result) {
                    self.selected.get_or_insert(id);
                }
            }
            Action::Many(actions) => {
                for a in actions {
                    self.apply(a);
                }
            }
            Action::Select(id) => self.selected = Some(id),
            Action::Remove(id) => {
                self.docs.retain(|d| d.id != id);
                if self.selected == Some(id) {
                    self.selected = self.docs.first().map(|d| d.id);
                }
            }
            Action::Clear => {
                self.docs.clear();
                self.selected = None;
            }
            Action::Notice(text) => self.notice(text),
            Action::Dismiss(id) => self.notices.retain(|n| n.id != id),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.apply(action);
        Rc::new(s)
    }
}

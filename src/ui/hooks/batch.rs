//! Dropped or picked files: refused before reading when they cannot be articles, read, and
//! handed to the engine as one batch that Cancel can stop.

use crate::ui::engine::{Analysed, Engine};
use crate::ui::input::refusal;
use crate::ui::model::Action;
use std::rc::Rc;
use web_sys::File;
use yew::prelude::*;

pub struct BatchControls {
    pub on_files: Callback<Vec<File>>,
    pub cancel: Callback<()>,
}

/// `answers` gets one action per file, `dispatch` the batch's start and its refusals.
#[hook]
pub fn use_batch(
    engine: Rc<dyn Engine>,
    dispatch: Callback<Action>,
    answers: Callback<Action>,
) -> BatchControls {
    // Bumped by every Cancel: files of a cancelled batch still being read are dropped.
    let round = use_mut_ref(|| 0u32);
    let on_files = {
        let dispatch = dispatch.clone();
        let engine = engine.clone();
        let round = round.clone();
        Callback::from(move |files: Vec<File>| {
            let mut accepted = Vec::new();
            for f in files {
                match refusal(&f) {
                    Some(reason) => dispatch.emit(Action::Refused {
                        name: f.name(),
                        reason,
                    }),
                    None => accepted.push(f),
                }
            }
            if accepted.is_empty() {
                return;
            }
            let bytes = accepted.iter().map(|f| f.size()).sum();
            dispatch.emit(Action::Queued {
                files: accepted.len(),
                bytes,
            });
            let asked = *round.borrow();
            let engine = engine.clone();
            let round = round.clone();
            let answers = answers.clone();
            // One file read at a time, each in a task of its own: starting a thousand reads
            // at once holds the page for as long as they take to set up, while the engine
            // analyses faster than files are read one after the other anyway.
            yew::platform::spawn_local(async move {
                for file in accepted {
                    let name = file.name();
                    let blob = gloo_file::Blob::from(web_sys::Blob::from(file));
                    let read = gloo_file::futures::read_as_bytes(&blob).await;
                    if *round.borrow() != asked {
                        return;
                    }
                    match read {
                        Ok(bytes) => {
                            let size = bytes.len() as f64;
                            let file_name = name.clone();
                            let answers = answers.clone();
                            let reply = Box::new(move |result: Analysed| {
                                answers.emit(Action::Analysed {
                                    name,
                                    bytes: size,
                                    result,
                                })
                            });
                            engine.analyse(Some(&file_name), &bytes, true, reply);
                        }
                        Err(e) => answers.emit(Action::Analysed {
                            name,
                            bytes: 0.0,
                            result: Err(format!("the browser could not read it ({e})")),
                        }),
                    }
                }
            });
        })
    };
    let cancel = Callback::from(move |()| {
        *round.borrow_mut() += 1;
        engine.cancel_batch();
        dispatch.emit(Action::Cancel);
    });
    BatchControls { on_files, cancel }
}

//! The documents: a reducer restored from the last visit (IndexedDB) once, and saved again
//! when the set of documents changes.

use crate::ui::engine::{Analysed, Engine};
use crate::ui::model::{Action, State};
use crate::ui::store;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

pub struct Documents {
    pub state: UseReducerHandle<State>,
    pub dispatch: Callback<Action>,
    /// Gathers the answers of files and restored documents into one render every 100 ms.
    pub answers: Callback<Action>,
    /// The pasted text of the last visit, for the text box.
    pub initial_text: AttrValue,
}

/// Gathers actions and hands them to the reducer ten times a second rather than one render
/// per answer, so a thousand files do not mean a thousand renders.
fn gathered(dispatch: Callback<Action>) -> Callback<Action> {
    let waiting: Rc<RefCell<Vec<Action>>> = Rc::default();
    let timer: Rc<RefCell<Option<Timeout>>> = Rc::default();
    Callback::from(move |a: Action| {
        waiting.borrow_mut().push(a);
        if timer.borrow().is_some() {
            return;
        }
        let dispatch = dispatch.clone();
        let waiting = waiting.clone();
        let timer_slot = timer.clone();
        *timer.borrow_mut() = Some(Timeout::new(100, move || {
            timer_slot.borrow_mut().take();
            dispatch.emit(Action::Many(std::mem::take(&mut *waiting.borrow_mut())));
        }));
    })
}

#[hook]
pub fn use_documents(engine: Rc<dyn Engine>) -> Documents {
    let state = use_reducer(State::default);
    let restored = use_mut_ref(|| false);
    let initial_text = use_state(AttrValue::default);
    // One callback for the page's life, so components given it can tell that nothing
    // changed.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |a: Action| dispatcher.dispatch(a))
        }))
        .clone()
    };
    let answers = {
        let dispatch = dispatch.clone();
        (*use_memo((), move |_| gathered(dispatch))).clone()
    };

    // Restore the documents of an earlier visit, once.
    {
        let state = state.clone();
        let initial_text = initial_text.clone();
        let restored = restored.clone();
        let answers = answers.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                match store::load().await {
                    Ok(docs) => {
                        if let Some(p) = docs.iter().find(|d| d.pasted) {
                            initial_text.set(AttrValue::from(p.input.clone()));
                        }
                        state.dispatch(Action::Restoring(docs.len()));
                        for d in docs {
                            let answers = answers.clone();
                            let (name, pasted) = (d.name.clone(), d.pasted);
                            let reply = Box::new(move |result: Analysed| {
                                answers.emit(Action::Restored {
                                    name,
                                    pasted,
                                    result,
                                })
                            });
                            let file_name = (!pasted).then_some(d.name.as_str());
                            engine.analyse(file_name, d.input.as_bytes(), false, reply);
                        }
                    }
                    Err(e) => state.dispatch(Action::Notice(format!("Saved documents: {e}"))),
                }
                *restored.borrow_mut() = true;
            });
        });
    }
    // Save when the set of documents changes and no batch is running (not before the
    // restore ran, nor while its documents are still with the engine): the documents are
    // compared by identity, not by content, and written once a batch is over rather than
    // after each of its files.
    {
        let fingerprint: Vec<usize> = state
            .docs
            .iter()
            .map(|d| Rc::as_ptr(&d.analysis) as usize)
            .collect();
        let busy = state.batch.is_some() || state.restoring > 0;
        let state = state.clone();
        use_effect_with((fingerprint, busy), move |(_, busy)| {
            if *restored.borrow() && !busy {
                let docs = state.stored();
                yew::platform::spawn_local(async move {
                    if let Err(e) = store::save(&docs).await {
                        state.dispatch(Action::Notice(format!("Saving: {e}")));
                    }
                });
            }
        });
    }

    Documents {
        state,
        dispatch,
        answers,
        initial_text: (*initial_text).clone(),
    }
}

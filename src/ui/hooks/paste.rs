//! The text box's side of the engine: each change is analysed, and only the latest text's
//! answer is shown.

use crate::ui::engine::{Analysed, Engine};
use crate::ui::model::Action;
use std::rc::Rc;
use yew::prelude::*;

/// A callback for the text box's content; emptied, the pasted document goes.
#[hook]
pub fn use_paste(engine: Rc<dyn Engine>, dispatch: Callback<Action>) -> Callback<String> {
    // Bumped by every change of the text box.
    let round = use_mut_ref(|| 0u32);
    Callback::from(move |text: String| {
        *round.borrow_mut() += 1;
        let asked = *round.borrow();
        if text.trim().is_empty() {
            dispatch.emit(Action::Unpasted);
            return;
        }
        let dispatch = dispatch.clone();
        let latest = round.clone();
        engine.analyse(
            None,
            text.as_bytes(),
            false,
            Box::new(move |result: Analysed| {
                if *latest.borrow() == asked {
                    dispatch.emit(Action::Pasted(result));
                }
            }),
        );
    })
}

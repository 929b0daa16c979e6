//! The batch's progress bar and its Cancel button.

use super::model::Batch;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The running batch, if any.
    pub batch: Option<Batch>,
    pub on_cancel: Callback<()>,
}

/// Always in the page, hidden when idle: a node that stays put while the bar moves, so
/// Cancel can be clicked mid-batch.
#[function_component]
pub fn Progress(props: &ProgressProps) -> Html {
    let b = props.batch.unwrap_or_default();
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <div class="batch" role="status" hidden={props.batch.is_none()}>
            <label for="batch-progress">{ format!("Analysing {} of {} files ({:.1} of {:.1} MB)",
                b.done_files, b.files, b.done_bytes / 1e6, b.bytes / 1e6) }</label>
            <progress id="batch-progress" max={b.files.to_string()} value={b.done_files.to_string()}></progress>
            <button type="button" id="cancel-batch" onclick={on_cancel}>{ "Cancel" }</button>
        </div>
    }
}

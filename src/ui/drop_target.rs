//! The whole page takes dropped files, outlined while files are dragged over it.

use super::input::{carries_files, dropped_files};
use web_sys::File;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DropTargetProps {
    pub on_files: Callback<Vec<File>>,
    pub children: Children,
}

#[function_component]
pub fn DropTarget(props: &DropTargetProps) -> Html {
    let dragging = use_state(|| false);
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if carries_files(&e) {
                e.prevent_default();
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let on_files = props.on_files.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            on_files.emit(dropped_files(&e));
        })
    };
    html! {
        <div class={classes!("app", dragging.then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
            { props.children.clone() }
        </div>
    }
}

//! The side list of documents, with remove and clear-all, and the notices about files that
//! could not be read or saved.

use super::model::{Action, Doc, DocId, State};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Library(props: &LibraryProps) -> Html {
    let s = &props.state;
    let notices = s.notices.iter().map(|n| {
        let dispatch = props.dispatch.clone();
        let id = n.id;
        html! {
            <li class="notice" key={n.id}>
                <span>{ &n.text }</span>
                <button type="button" class="link" aria-label="Dismiss"
                    onclick={Callback::from(move |_| dispatch.emit(Action::Dismiss(id)))}>{ "×" }</button>
            </li>
        }
    });
    let docs = s.docs.iter().map(|d| {
        html! {
            <DocRow key={d.id.0} doc={d.clone()} selected={s.selected == Some(d.id)}
                dispatch={props.dispatch.clone()} />
        }
    });
    let clear = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Clear))
    };
    html! {
        <nav class="library" aria-labelledby="docs-heading">
            if !s.notices.is_empty() {
                <ul class="notices" role="alert">{ for notices }</ul>
            }
            <h2 id="docs-heading">{ format!("Documents ({})", s.docs.len()) }</h2>
            if s.docs.is_empty() {
                <p class="empty">{ "No documents yet." }</p>
            } else {
                <ul class="docs">{ for docs }</ul>
                <button type="button" class="link" id="clear-all" onclick={clear}>{ "Clear all" }</button>
            }
        </nav>
    }
}

#[derive(Properties)]
struct DocRowProps {
    doc: Doc,
    selected: bool,
    dispatch: Callback<Action>,
}

/// A row is drawn again only when its document's analysis or its selection changed: the
/// list re-renders ten times a second while a thousand dropped files come in, and
/// comparing documents by their contents would cost what drawing them does.
impl PartialEq for DocRowProps {
    fn eq(&self, other: &Self) -> bool {
        self.doc.id == other.doc.id
            && Rc::ptr_eq(&self.doc.analysis, &other.doc.analysis)
            && self.doc.name == other.doc.name
            && self.selected == other.selected
            && self.dispatch == other.dispatch
    }
}

#[function_component]
fn DocRow(props: &DocRowProps) -> Html {
    let d = &props.doc;
    let id: DocId = d.id;
    let selected = props.selected;
    let select = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Select(id)))
    };
    let remove = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Remove(id)))
    };
    let r = &d.analysis.report;
    html! {
        <li class={classes!("doc", selected.then_some("selected"))}>
            <button type="button" class="doc-open" aria-current={selected.then_some("true")} onclick={select}>
                <span class="doc-title">{ d.title() }</span>
                <span class="doc-meta">{ format!("{} · {} actors · {} demands · {} groups",
                    d.name, r.actors.len(), r.demands.len(), r.groups.len()) }</span>
            </button>
            <button type="button" class="link remove" aria-label={format!("Remove {}", d.name)} onclick={remove}>{ "Remove" }</button>
        </li>
    }
}

//! The page: input on the left with the list of documents, on the right the selected
//! document's report or the corpus. The hooks hold the state and the work with the engine;
//! the components only show it and send actions.

use super::corpus::CorpusView;
use super::document_view::DocumentView;
use super::drop_target::DropTarget;
use super::engine::Engine;
use super::exports::Exports;
use super::hooks::{use_batch, use_documents, use_paste};
use super::input::Input;
use super::library::Library;
use super::progress::Progress;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct AppProps {
    /// Where documents are analysed: the worker in the page, in-process in the tests.
    pub engine: Rc<dyn Engine>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.engine, &other.engine)
    }
}

/// The main column's tabs.
#[derive(Clone, Copy, PartialEq)]
enum View {
    Document,
    Corpus,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let documents = use_documents(props.engine.clone());
    let on_text = use_paste(props.engine.clone(), documents.dispatch.clone());
    let batch = use_batch(
        props.engine.clone(),
        documents.dispatch.clone(),
        documents.answers.clone(),
    );
    let view = use_state(|| View::Document);
    let status = use_state(String::new);
    let on_status = {
        let status = status.clone();
        Callback::from(move |s: String| status.set(s))
    };
    // Docs hold their analyses behind `Rc`s: the snapshot clones pointers, not reports.
    let snapshot = Rc::new((*documents.state).clone());
    let tab = |which: View, id: &'static str, label: String| {
        let view = view.clone();
        html! {
            <button type="button" role="tab" {id} aria-selected={(*view == which).to_string()}
                onclick={Callback::from(move |_| view.set(which))}>{ label }</button>
        }
    };
    let corpus_label = match snapshot.docs.len() {
        1 => "Corpus (1 document)".to_string(),
        n => format!("Corpus ({n} documents)"),
    };
    let shown = match (*view, snapshot.selected_doc()) {
        (View::Corpus, _) => html! { <CorpusView state={snapshot.clone()} /> },
        (View::Document, Some(doc)) => html! { <DocumentView doc={doc.clone()} /> },
        (View::Document, None) => html! {
            <section class="report empty-report" aria-label="Report">
                <p>{ "Paste an article, drop files, or try the sample: the actors, demands and terror groups appear here." }</p>
            </section>
        },
    };
    html! {
        <DropTarget on_files={batch.on_files.clone()}>
            <header class="masthead">
                <h1>{ "Communiqué" }</h1>
                <p class="tagline">{ "Who demands what of whom, and which terror groups are named — in any news article you give it. Everything happens in your browser: nothing you add leaves this page." }</p>
            </header>
            <main class="layout">
                <div class="sidebar">
                    <Input {on_text} on_files={batch.on_files} initial={documents.initial_text} />
                    <Progress batch={snapshot.batch} on_cancel={batch.cancel} />
                    <Library state={snapshot.clone()} dispatch={documents.dispatch} />
                    <Exports state={snapshot.clone()} {on_status} />
                    <p class="status" role="status" aria-live="polite">{ (*status).clone() }</p>
                </div>
                <div class="main-column">
                    <div class="view-switch" role="tablist" aria-label="View">
                        { tab(View::Document, "tab-document", "Document".into()) }
                        { tab(View::Corpus, "tab-corpus", corpus_label) }
                    </div>
                    { shown }
                </div>
            </main>
        </DropTarget>
    }
}

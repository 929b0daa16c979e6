//! The page: input on the left with the list of documents, the selected document's report
//! on the right. Holds the state; the components below only show it and send actions.

use super::corpus_view::CorpusView;
use super::engine::{Analysed, Engine};
use super::exports::Exports;
use super::input::{carries_files, dropped_files, refusal, Input};
use super::library::Library;
use super::model::{Action, Focus, State};
use super::panels::{ActorsPanel, DemandsPanel, GroupsPanel};
use super::store;
use super::text_view::{Layers, TextView};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::File;
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

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(State::default);
    let focus = use_state(|| None::<Focus>);
    let corpus_mode = use_state(|| false);
    let layers = use_state(Layers::default);
    let status = use_state(String::new);
    let dragging = use_state(|| false);
    let restored = use_mut_ref(|| false);
    let initial_text = use_state(String::new);
    // Bumped by every Cancel: files of a cancelled batch still being read are dropped.
    let batch_round = use_mut_ref(|| 0u32);
    // Bumped by every change of the text box: only the latest text's answer is shown.
    let text_round = use_mut_ref(|| 0u32);

    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let answers = {
        let dispatch = dispatch.clone();
        (*use_memo((), move |_| gathered(dispatch))).clone()
    };
    let engine = props.engine.clone();

    let on_text = {
        let dispatch = dispatch.clone();
        let engine = engine.clone();
        Callback::from(move |text: String| {
            *text_round.borrow_mut() += 1;
            let round = *text_round.borrow();
            if text.trim().is_empty() {
                dispatch.emit(Action::Unpasted);
                return;
            }
            let dispatch = dispatch.clone();
            let latest = text_round.clone();
            engine.analyse(
                None,
                text.as_bytes(),
                false,
                Box::new(move |result: Analysed| {
                    if *latest.borrow() == round {
                        dispatch.emit(Action::Pasted(result));
                    }
                }),
            );
        })
    };

    // Files go to the engine; answers come back as actions, one per file.
    let on_files = {
        let dispatch = dispatch.clone();
        let engine = engine.clone();
        let answers = answers.clone();
        let batch_round = batch_round.clone();
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
            let round = *batch_round.borrow();
            for file in accepted {
                let engine = engine.clone();
                let batch_round = batch_round.clone();
                let answers = answers.clone();
                yew::platform::spawn_local(async move {
                    let name = file.name();
                    let blob = gloo_file::Blob::from(web_sys::Blob::from(file));
                    let read = gloo_file::futures::read_as_bytes(&blob).await;
                    if *batch_round.borrow() != round {
                        return;
                    }
                    match read {
                        Ok(bytes) => {
                            let size = bytes.len() as f64;
                            let file_name = name.clone();
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
                });
            }
        })
    };
    let cancel = {
        let dispatch = dispatch.clone();
        let engine = engine.clone();
        Callback::from(move |_| {
            *batch_round.borrow_mut() += 1;
            engine.cancel_batch();
            dispatch.emit(Action::Cancel);
        })
    };

    // Restore the documents of an earlier visit, once.
    {
        let state = state.clone();
        let initial_text = initial_text.clone();
        let restored = restored.clone();
        let engine = engine.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                match store::load().await {
                    Ok(docs) => {
                        if let Some(p) = docs.iter().find(|d| d.pasted) {
                            initial_text.set(p.input.clone());
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
        let restored = restored.clone();
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
    // Another document, or the same one analysed anew, resets what was singled out: ids
    // of one report mean nothing in another.
    {
        let focus = focus.clone();
        let shown = state
            .selected_doc()
            .map(|d| Rc::as_ptr(&d.analysis) as usize);
        use_effect_with(shown, move |_| focus.set(None));
    }

    let on_focus = {
        let focus = focus.clone();
        Callback::from(move |f: Focus| focus.set(if *focus == Some(f) { None } else { Some(f) }))
    };
    let on_status = {
        let status = status.clone();
        Callback::from(move |s: String| status.set(s))
    };

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
        let on_files = on_files.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            on_files.emit(dropped_files(&e));
        })
    };
    // Always in the page, hidden when idle: a node that stays put while the bar moves, so
    // Cancel can be clicked mid-batch.
    let b = state.batch.unwrap_or_default();
    let progress = html! {
        <div class="batch" role="status" hidden={state.batch.is_none()}>
            <label for="batch-progress">{ format!("Analysing {} of {} files ({:.1} of {:.1} MB)",
                b.done_files, b.files, b.done_bytes / 1e6, b.bytes / 1e6) }</label>
            <progress id="batch-progress" max={b.files.to_string()} value={b.done_files.to_string()}></progress>
            <button type="button" id="cancel-batch" onclick={cancel.clone()}>{ "Cancel" }</button>
        </div>
    };

    let toggle = |name: &'static str| {
        let layers = layers.clone();
        Callback::from(move |_| {
            let mut l = *layers;
            match name {
                "actors" => l.actors = !l.actors,
                "groups" => l.groups = !l.groups,
                "demands" => l.demands = !l.demands,
                _ => l.noise = !l.noise,
            }
            layers.set(l);
        })
    };
    let legend_item = |name: &'static str, label: &'static str, on: bool| {
        html! {
            <label class={classes!("legend-item", format!("legend-{name}"))}>
                <input type="checkbox" checked={on} onchange={toggle(name)} />
                <span class="swatch" aria-hidden="true"></span>{ label }
            </label>
        }
    };

    let report_view = match state.selected_doc() {
        None => html! {
            <section class="report empty-report" aria-label="Report">
                <p>{ "Paste an article, drop files, or try the sample: the actors, demands and terror groups appear here." }</p>
            </section>
        },
        Some(doc) => {
            let report = Rc::new(doc.analysis.report.clone());
            let meta = &report.meta;
            let l = *layers;
            html! {
                <section class="report" aria-labelledby="doc-title">
                    <header class="doc-header">
                        <h2 id="doc-title">{ doc.title() }</h2>
                        <p class="doc-facts">
                            { meta.date.clone().map(|d| format!("Dated {d} · ")).unwrap_or_default() }
                            { format!("{} words · {} sentences", meta.words, meta.sentences) }
                            if let Some(src) = &report.source { { format!(" · {src}") } }
                        </p>
                    </header>
                    <div class="report-grid">
                        <div class="text-column">
                            <fieldset class="legend">
                                <legend>{ "Highlights" }</legend>
                                { legend_item("actors", "Actors", l.actors) }
                                { legend_item("groups", "Terror groups", l.groups) }
                                { legend_item("demands", "Demands", l.demands) }
                                { legend_item("noise", "Skipped noise", l.noise) }
                            </fieldset>
                            <TextView text={AttrValue::from(doc.text().to_string())} analysis={doc.analysis.clone()}
                                layers={l} focus={*focus} on_focus={on_focus.clone()} />
                        </div>
                        <div class="panels">
                            <DemandsPanel report={report.clone()} focus={*focus} on_focus={on_focus.clone()} />
                            <ActorsPanel report={report.clone()} focus={*focus} on_focus={on_focus.clone()} />
                            <GroupsPanel report={report} lists_as_of={AttrValue::from(doc.analysis.lists_as_of.clone())}
                                focus={*focus} on_focus={on_focus.clone()} />
                        </div>
                    </div>
                </section>
            }
        }
    };

    // Docs hold their analyses behind `Rc`s: the snapshot clones pointers, not reports.
    let snapshot = Rc::new((*state).clone());
    html! {
        <div class={classes!("app", dragging.then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
            <header class="masthead">
                <h1>{ "Communiqué" }</h1>
                <p class="tagline">{ "Who demands what of whom, and which terror groups are named — in any news article you give it. Everything happens in your browser: nothing you add leaves this page." }</p>
            </header>
            <main class="layout">
                <div class="sidebar">
                    <Input {on_text} on_files={on_files.clone()} initial={AttrValue::from((*initial_text).clone())} />
                    { progress }
                    <Library state={snapshot.clone()} dispatch={dispatch.clone()} />
                    <Exports state={snapshot.clone()} on_status={on_status} />
                    <p class="status" role="status" aria-live="polite">{ (*status).clone() }</p>
                </div>
                <div class="main-column">
                    <div class="view-switch" role="tablist" aria-label="View">
                        <button type="button" role="tab" id="tab-document" aria-selected={(!*corpus_mode).to_string()}
                            onclick={{ let m = corpus_mode.clone(); Callback::from(move |_| m.set(false)) }}>{ "Document" }</button>
                        <button type="button" role="tab" id="tab-corpus" aria-selected={corpus_mode.to_string()}
                            onclick={{ let m = corpus_mode.clone(); Callback::from(move |_| m.set(true)) }}>
                            { match snapshot.docs.len() { 1 => "Corpus (1 document)".to_string(), n => format!("Corpus ({n} documents)") } }</button>
                    </div>
                    if *corpus_mode {
                        <CorpusView state={snapshot.clone()} />
                    } else {
                        { report_view }
                    }
                </div>
            </main>
        </div>
    }
}

//! Exports: the contract JSON of one or all documents, CSV tables, the document's brief
//! (`crate::brief`), and a copy to the clipboard. Everything is generated in the page; nothing is sent anywhere.

use super::download::download;
use super::model::State;
use crate::corpus::{Corpus, Filter};
use crate::export::{actors_csv, demands_csv, groups_csv};
use crate::report::Report;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub state: Rc<State>,
    pub on_status: Callback<String>,
}

fn reports(state: &State, all: bool) -> Vec<Report> {
    let docs: Vec<_> = if all {
        state.docs.iter().collect()
    } else {
        state.selected_doc().into_iter().collect()
    };
    docs.into_iter()
        .map(|d| {
            let mut r = d.analysis.report.clone();
            r.source.get_or_insert_with(|| d.name.clone());
            r
        })
        .collect()
}

fn file_stem(state: &State) -> String {
    state
        .selected_doc()
        .map(|d| {
            d.name
                .rsplit_once('.')
                .map_or(d.name.as_str(), |(s, _)| s)
                .to_string()
        })
        .unwrap_or_else(|| "communique".into())
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

#[function_component]
pub fn Exports(props: &ExportProps) -> Html {
    let action = |label: &'static str, make: fn(&State) -> (String, &'static str, String)| {
        let state = props.state.clone();
        let on_status = props.on_status.clone();
        Callback::from(move |_| {
            let (name, mime, body) = make(&state);
            match download(&name, mime, &body) {
                Ok(()) => on_status.emit(format!("{label}: {name} downloaded")),
                Err(e) => on_status.emit(e),
            }
        })
    };
    let json_one = action("JSON", |s| {
        let r = reports(s, false);
        let body = serde_json::to_string_pretty(&r.first()).unwrap_or_default();
        (
            format!("{}.report.json", file_stem(s)),
            "application/json",
            body,
        )
    });
    let json_all = action("JSON", |s| {
        let body = serde_json::to_string_pretty(&reports(s, true)).unwrap_or_default();
        ("communique-reports.json".into(), "application/json", body)
    });
    let csv_demands = action("CSV", |s| {
        (
            "demands.csv".into(),
            "text/csv",
            demands_csv(&reports(s, true)),
        )
    });
    let csv_actors = action("CSV", |s| {
        (
            "actors.csv".into(),
            "text/csv",
            actors_csv(&reports(s, true)),
        )
    });
    let csv_groups = action("CSV", |s| {
        (
            "groups.csv".into(),
            "text/csv",
            groups_csv(&reports(s, true)),
        )
    });
    let brief = action("Brief", |s| {
        let reports = reports(s, false);
        let title = s.selected_doc().map_or("Communiqué", |d| d.title());
        let names: Vec<String> = s
            .selected_doc()
            .map(|d| d.name.clone())
            .into_iter()
            .collect();
        let corpus = Corpus::build(&reports, &Filter::default());
        (
            format!("{}.brief.html", file_stem(s)),
            "text/html",
            crate::brief::brief(title, &corpus, &names),
        )
    });
    let copy = {
        let state = props.state.clone();
        let on_status = props.on_status.clone();
        Callback::from(move |_| {
            let body =
                serde_json::to_string_pretty(&reports(&state, false).first()).unwrap_or_default();
            let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
                on_status.emit("This browser offers no clipboard.".into());
                return;
            };
            let promise = clipboard.write_text(&body);
            let on_status = on_status.clone();
            yew::platform::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => on_status.emit("Report copied to the clipboard.".into()),
                    Err(_) => {
                        on_status.emit("The browser refused to copy to the clipboard.".into())
                    }
                }
            });
        })
    };
    let none = props.state.docs.is_empty();
    html! {
        <section class="exports" aria-labelledby="exports-heading">
            <h2 id="exports-heading">{ "Export" }</h2>
            <div class="export-buttons">
                <button type="button" id="export-json" disabled={none} onclick={json_one}>{ "JSON (this document)" }</button>
                <button type="button" id="export-json-all" disabled={none} onclick={json_all}>{ "JSON (all)" }</button>
                <button type="button" id="export-demands" disabled={none} onclick={csv_demands}>{ "CSV demands" }</button>
                <button type="button" id="export-actors" disabled={none} onclick={csv_actors}>{ "CSV actors" }</button>
                <button type="button" id="export-groups" disabled={none} onclick={csv_groups}>{ "CSV groups" }</button>
                <button type="button" id="export-brief" disabled={none} onclick={brief}>{ "Brief (this document)" }</button>
                <button type="button" id="copy-json" disabled={none} onclick={copy}>{ "Copy JSON" }</button>
            </div>
        </section>
    }
}

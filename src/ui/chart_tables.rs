//! Each chart of the corpus view as the table it draws: the chart's text alternative (the
//! SVG names it by `aria-details`), for a reader who cannot see the drawing and for anyone
//! who wants the exact figures. Folded under a summary so the charts stay in view.

use super::corpus_view::label;
use crate::corpus::Corpus;
use crate::report::Category;
use std::collections::BTreeMap;
use yew::prelude::*;

/// The `id` the network's SVG points its `aria-details` at.
pub const NETWORK_TABLE: &str = "network-table";
/// The `id` the timeline's SVG points its `aria-details` at.
pub const TIMELINE_TABLE: &str = "timeline-table";

fn categories(counts: &BTreeMap<Category, usize>) -> String {
    counts
        .iter()
        .map(|(c, n)| format!("{} {n}", c.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A table of four columns under an "As a table" summary; nothing when there are no rows,
/// as the chart then draws nothing either.
fn folded(id: &'static str, head: [&str; 4], rows: impl Iterator<Item = [String; 4]>) -> Html {
    let rows: Vec<[String; 4]> = rows.collect();
    if rows.is_empty() {
        return Html::default();
    }
    html! {
        <details class="chart-table">
            <summary>{ "As a table" }</summary>
            <table id={id}>
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                <tbody>{ for rows.iter().map(|row| html! {
                    <tr>{ for row.iter().map(|cell| html! { <td>{ cell }</td> }) }</tr>
                }) }</tbody>
            </table>
        </details>
    }
}

/// Who asks whom: one row per arrow.
pub fn network_table(c: &Corpus) -> Html {
    let rows = c.edges.iter().map(|e| {
        [
            label(c, &e.from),
            label(c, &e.to),
            e.count.to_string(),
            categories(&e.categories),
        ]
    });
    folded(
        NETWORK_TABLE,
        ["Speaker", "Addressee", "Demands", "Categories"],
        rows,
    )
}

/// The timeline: one row per date.
pub fn timeline_table(c: &Corpus) -> Html {
    let rows = c.timeline.iter().map(|d| {
        let demands: usize = d.demands.values().sum();
        [
            d.date.clone(),
            d.documents.to_string(),
            demands.to_string(),
            categories(&d.demands),
        ]
    });
    folded(
        TIMELINE_TABLE,
        ["Date", "Documents", "Demands", "Categories"],
        rows,
    )
}

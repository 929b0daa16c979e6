//! Each chart of the corpus view as the table it draws: the chart's text alternative (its
//! SVG names the table by `aria-details`), for a reader who cannot see the drawing and for
//! anyone who wants the exact figures. Folded under a summary so the charts stay in view.

use super::label;
use crate::corpus::Corpus;
use crate::report::Category;
use crate::timescale::Axis;
use std::collections::{BTreeMap, BTreeSet};
use yew::prelude::*;

/// The `id` the network's SVG points its `aria-details` at.
pub const NETWORK_TABLE: &str = "network-table";
/// The `id` the timeline's SVG points its `aria-details` at.
pub const TIMELINE_TABLE: &str = "timeline-table";

/// Demands counted by category, as a reader says it: "counterterrorism 2, ceasefire 1".
pub fn categories(counts: &BTreeMap<Category, usize>) -> String {
    counts
        .iter()
        .map(|(c, n)| format!("{} {n}", c.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A table under a summary naming the chart, folded.
fn folded(id: &'static str, summary: &str, head: Vec<String>, rows: Vec<Vec<String>>) -> Html {
    html! {
        <details class="chart-table">
            <summary>{ summary }</summary>
            <table id={id}>
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>{ for rows.iter().map(|row| html! {
                    <tr>{ for row.iter().map(|cell| html! { <td>{ cell }</td> }) }</tr>
                }) }</tbody>
            </table>
        </details>
    }
}

/// Who asks whom: one row per arrow, the busiest first, at most `most` of them.
pub fn network_table(c: &Corpus, most: usize) -> Html {
    let mut edges: Vec<_> = c.edges.iter().collect();
    edges.sort_by_key(|e| std::cmp::Reverse(e.count));
    let rows = edges
        .iter()
        .take(most)
        .map(|e| {
            vec![
                label(c, &e.from),
                label(c, &e.to),
                e.count.to_string(),
                categories(&e.categories),
            ]
        })
        .collect();
    let head = ["Asks", "Asked", "Demands", "Categories"].map(String::from);
    folded(NETWORK_TABLE, "The network as a table", head.into(), rows)
}

/// The timeline: one row per bar, the period as the axis names it, then the documents and
/// the demands of each category drawn.
pub fn timeline_table(a: &Axis, used: &BTreeSet<Category>) -> Html {
    let head = ["Period", "Documents"]
        .into_iter()
        .map(String::from)
        .chain(used.iter().map(|c| c.as_str().to_string()))
        .collect();
    let rows = a
        .bins
        .iter()
        .map(|b| {
            [b.label.clone(), b.documents.to_string()]
                .into_iter()
                .chain(
                    used.iter()
                        .map(|c| b.demands.get(c).copied().unwrap_or(0).to_string()),
                )
                .collect()
        })
        .collect();
    folded(TIMELINE_TABLE, "The timeline as a table", head, rows)
}

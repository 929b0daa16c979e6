//! Documents and demands over time.

use super::Shown;
use crate::palette::category_colour;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub corpus: Shown,
}

/// Documents per date as bars, with the day's demands stacked by category beside them.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let c = &props.corpus.0;
    if c.timeline.is_empty() {
        return html! { <p class="empty">{ "No document states its date." }</p> };
    }
    let max = c
        .timeline
        .iter()
        .map(|d| d.documents.max(d.demands.values().sum()))
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let step = (760.0 / c.timeline.len() as f64).min(40.0);
    let h = 160.0;
    let bars = c.timeline.iter().enumerate().map(|(i, d)| {
        let x = i as f64 * step;
        let doc_h = d.documents as f64 / max * h;
        let mut y = h;
        let stack = d.demands.iter().map(|(cat, n)| {
            let bh = *n as f64 / max * h;
            y -= bh;
            html! { <rect x={format!("{:.1}", x + step * 0.5)} y={format!("{y:.1}")} width={format!("{:.1}", step * 0.4)} height={format!("{bh:.1}")} fill={category_colour(*cat)}>
                <title>{ format!("{}: {n} {} demands", d.date, cat.as_str()) }</title></rect> }
        }).collect::<Html>();
        html! {
            <g class="day" data-date={d.date.clone()} data-documents={d.documents.to_string()}>
                <rect class="docs-bar" x={format!("{x:.1}")} y={format!("{:.1}", h - doc_h)} width={format!("{:.1}", step * 0.45)} height={format!("{doc_h:.1}")}>
                    <title>{ format!("{}: {} documents", d.date, d.documents) }</title></rect>
                { stack }
            </g>
        }
    });
    let first = c
        .timeline
        .first()
        .map(|d| d.date.clone())
        .unwrap_or_default();
    let last = c
        .timeline
        .last()
        .map(|d| d.date.clone())
        .unwrap_or_default();
    html! {
        <svg id="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 780 190" role="img" aria-label="Documents and demands by date">
            { for bars }
            <text x="0" y="185">{ first }</text>
            <text x="760" y="185" text-anchor="end">{ last }</text>
        </svg>
    }
}

//! Documents and demands over time, on the real date axis of `crate::timescale`: for each
//! day, month or year, the documents as a bar and beside it the demands stacked by
//! category, with a legend; a table beneath says the same in words.

use super::chart_tables::{timeline_table, TIMELINE_TABLE};
use super::Shown;
use crate::palette::category_colour;
use crate::report::Category;
use crate::timescale::{axis, Unit};
use std::collections::BTreeSet;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub corpus: Shown,
}

/// The drawing's size and the plot inside it.
const WIDTH: f64 = 780.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 10.0;
const PLOT: f64 = 150.0;

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let c = &props.corpus.0;
    let a = use_memo(props.corpus.clone(), |c| axis(&c.0.timeline));
    if a.bins.is_empty() {
        return html! { <p class="empty">{ "No document states its date." }</p> };
    }
    let max = a
        .bins
        .iter()
        .map(|b| b.documents.max(b.demands.values().sum()))
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let span = WIDTH - LEFT - RIGHT;
    let base = TOP + PLOT;
    let used: BTreeSet<Category> = a
        .bins
        .iter()
        .flat_map(|b| b.demands.keys().copied())
        .collect();
    let bars = a.bins.iter().map(|b| {
        let x = LEFT + b.x * span;
        // Two bars share the bin, with a sliver between bins; never thinner than a line.
        let w = (b.width * span * 0.45).max(1.0);
        let doc_h = b.documents as f64 / max * PLOT;
        let mut y = base;
        let stack = Category::ALL
            .iter()
            .filter_map(|cat| Some((*cat, *b.demands.get(cat)?)))
            .map(|(cat, n)| {
                let h = n as f64 / max * PLOT;
                y -= h;
                html! {
                    <rect class="demands-bar" x={format!("{:.1}", x + w)} y={format!("{y:.1}")} width={format!("{w:.1}")} height={format!("{h:.1}")}
                        fill={category_colour(cat)}><title>{ format!("{}: {n} {} demands", b.label, cat.as_str()) }</title></rect>
                }
            })
            .collect::<Html>();
        html! {
            <g class="day" data-date={b.start.clone()} data-documents={b.documents.to_string()}>
                <rect class="docs-bar" x={format!("{x:.1}")} y={format!("{:.1}", base - doc_h)} width={format!("{w:.1}")} height={format!("{doc_h:.1}")}>
                    <title>{ format!("{}: {} documents", b.label, b.documents) }</title></rect>
                { stack }
            </g>
        }
    });
    let ticks = a.ticks.iter().map(|t| {
        let x = LEFT + t.x * span;
        html! {
            <g class="tick">
                <line x1={format!("{x:.1}")} x2={format!("{x:.1}")} y1={base.to_string()} y2={(base + 5.0).to_string()} stroke="currentColor" />
                <text x={format!("{x:.1}")} y={(base + 18.0).to_string()} text-anchor="start">{ &t.label }</text>
            </g>
        }
    });
    html! {
        <>
            <ul class="chart-legend" aria-label="Legend">
                <li><span class="swatch docs-swatch" aria-hidden="true"></span>{ "documents" }</li>
                { for used.iter().map(|cat| html! {
                    <li><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="2" fill={category_colour(*cat)} /></svg>{ format!("{} demands", cat.as_str()) }</li>
                }) }
            </ul>
            <svg id="timeline" xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {WIDTH} 190")} role="img" aria-details={TIMELINE_TABLE}
                aria-label={format!("Documents and demands by {}", match a.unit { Unit::Day => "day", Unit::Month => "month", Unit::Year => "year" })}>
                <line class="axis" x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()} y1={base.to_string()} y2={base.to_string()} stroke="currentColor" />
                <text x={(LEFT - 4.0).to_string()} y={(TOP + 4.0).to_string()} text-anchor="end">{ max.to_string() }</text>
                <text x={(LEFT - 4.0).to_string()} y={base.to_string()} text-anchor="end">{ "0" }</text>
                { for bars }
                { for ticks }
            </svg>
            if c.undated > 0 { <p class="note">{ format!("{} undated documents are not on the timeline.", c.undated) }</p> }
            { timeline_table(&a, &used) }
        </>
    }
}

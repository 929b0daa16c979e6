//! Who asks whom: actors as nodes, demands as arrows weighted by count and coloured by the
//! category most asked for.

use super::{label, Pick, Shown};
use crate::corpus::ActorKey;
use crate::palette::{category_colour, kind_colour, kind_name};
use crate::report::Category;
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NetworkProps {
    pub corpus: Shown,
    /// An edge was clicked: list its demands.
    pub on_pick: Callback<Pick>,
    /// A node was clicked: filter by that actor.
    pub on_actor: Callback<ActorKey>,
}

/// Actors on a circle, the busiest first; edges as arrows weighted by count and coloured
/// by the category most asked for. Hover shows the count, click lists the demands, a
/// click on a node filters by that actor.
#[function_component]
pub fn Network(props: &NetworkProps) -> Html {
    let c = &props.corpus.0;
    const W: f64 = 520.0;
    const R: f64 = 190.0;
    let mut degree: BTreeMap<&ActorKey, usize> = BTreeMap::new();
    for e in &c.edges {
        *degree.entry(&e.from).or_default() += e.count;
        *degree.entry(&e.to).or_default() += e.count;
    }
    let mut nodes: Vec<(&ActorKey, usize)> = degree.into_iter().collect();
    nodes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    nodes.truncate(30);
    let n = nodes.len().max(1) as f64;
    let pos = |k: &ActorKey| {
        nodes.iter().position(|(x, _)| *x == k).map(|i| {
            let a = i as f64 / n * std::f64::consts::TAU - std::f64::consts::FRAC_PI_2;
            (W / 2.0 + R * a.cos(), W / 2.0 + R * a.sin())
        })
    };
    if c.edges.is_empty() {
        return html! { <p class="empty">{ "No demand names an addressee yet." }</p> };
    }
    let edges = c.edges.iter().enumerate().filter_map(|(i, e)| {
        let ((x1, y1), (x2, y2)) = (pos(&e.from)?, pos(&e.to)?);
        // Stop short of the target node so the arrow head shows.
        let (dx, dy) = (x2 - x1, y2 - y1);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let (ex, ey) = (x2 - dx / len * 12.0, y2 - dy / len * 12.0);
        let main = e.categories.iter().max_by_key(|(_, n)| **n).map_or(Category::Other, |(c, _)| *c);
        let width = 1.0 + (e.count as f64).log2();
        let cats = e.categories.iter().map(|(c, n)| format!("{} {n}", c.as_str())).collect::<Vec<_>>().join(", ");
        let examples: String = e
            .demands
            .iter()
            .take(3)
            .filter_map(|&i| c.demands.get(i))
            .map(|d| format!("\n• {} “{}”", d.verb, d.text))
            .collect();
        let more = if e.count > 3 { format!("\n… {} more (click to list)", e.count - 3) } else { String::new() };
        let title = format!(
            "{} → {}: {} demands ({cats}){examples}{more}",
            label(c, &e.from),
            label(c, &e.to),
            e.count
        );
        let onclick = props.on_pick.reform(move |_: MouseEvent| Pick::Edge(i));
        Some(html! {
            <line class="edge" x1={format!("{x1:.1}")} y1={format!("{y1:.1}")} x2={format!("{ex:.1}")} y2={format!("{ey:.1}")}
                stroke={category_colour(main)} stroke-width={format!("{width:.1}")} marker-end="url(#arrow)"
                data-count={e.count.to_string()} {onclick}>
                <title>{ title }</title>
            </line>
        })
    });
    let circles = nodes.iter().filter_map(|(k, d)| {
        let (x, y) = pos(k)?;
        let name = label(c, k);
        let key = (*k).clone();
        let onclick = props.on_actor.reform(move |_: MouseEvent| key.clone());
        let (lx, anchor) = if x < W / 2.0 { (x - 10.0, "end") } else { (x + 10.0, "start") };
        Some(html! {
            <g class={classes!("node", format!("node-{}", kind_name(k.kind).replace(' ', "-")))}
                {onclick}>
                <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="7" fill={kind_colour(k.kind)}><title>{ format!("{name}: {d} demands made or received") }</title></circle>
                <text x={format!("{lx:.1}")} y={format!("{:.1}", y + 4.0)} text-anchor={anchor} font-size="15" font-family="sans-serif" fill="#1c1e21">{ name }</text>
            </g>
        })
    });
    html! {
        <svg id="network" xmlns="http://www.w3.org/2000/svg" viewBox="-120 0 760 520" role="img" aria-label="Network of who asks whom">
            <defs>
                <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse">
                    <path d="M 0 0 L 10 5 L 0 10 z" fill="#6b7280" />
                </marker>
            </defs>
            { for edges }
            { for circles }
        </svg>
    }
}

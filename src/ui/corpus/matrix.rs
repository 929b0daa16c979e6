//! Which actors demand action concerning which groups: the busiest rows and columns, each
//! cell a button listing its demands.

use super::{label, Pick, Shown};
use crate::corpus::ActorKey;
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    pub corpus: Shown,
    pub on_pick: Callback<Pick>,
}

#[function_component]
pub fn Matrix(props: &MatrixProps) -> Html {
    let c = &props.corpus.0;
    if c.matrix.is_empty() {
        return html! { <p class="empty">{ "No demand concerns a listed group yet." }</p> };
    }
    let mut totals_r: BTreeMap<&ActorKey, usize> = BTreeMap::new();
    let mut totals_c: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &c.matrix {
        // Demands weigh most; being named together keeps a pair on the board.
        *totals_r.entry(&m.actor).or_default() += m.count * 100 + m.documents;
        *totals_c.entry(m.group.as_str()).or_default() += m.count * 100 + m.documents;
    }
    let mut rows: Vec<&ActorKey> = totals_r.keys().copied().collect();
    rows.sort_by_key(|k| std::cmp::Reverse(totals_r[k]));
    rows.truncate(15);
    let mut cols: Vec<&str> = totals_c.keys().copied().collect();
    cols.sort_by_key(|g| std::cmp::Reverse(totals_c[g]));
    cols.truncate(10);
    let cell = |r: &ActorKey, g: &str| match c
        .matrix
        .iter()
        .position(|m| m.actor == *r && m.group == g)
    {
        Some(i) if c.matrix[i].count > 0 => {
            let m = &c.matrix[i];
            let onclick = props.on_pick.reform(move |_: MouseEvent| Pick::Cell(i));
            html! { <td><button type="button" class="cell" data-count={m.count.to_string()}
            title={format!("{} demands; named together in {} documents", m.count, m.documents)}
            aria-label={format!("{} on {}: {} demands", label(c, r), g, m.count)}
            {onclick}>{ m.count }</button></td> }
        }
        Some(i) => {
            html! { <td class="named" title={format!("no demand; named together in {} documents", c.matrix[i].documents)}>
            { format!("({})", c.matrix[i].documents) }</td> }
        }
        None => html! { <td class="zero">{ "·" }</td> },
    };
    html! {
        <table class="matrix" id="matrix">
            <thead><tr><th scope="col">{ "Actor" }</th>{ for cols.iter().map(|g| html! { <th scope="col">{ *g }</th> }) }</tr></thead>
            <tbody>
                { for rows.iter().map(|r| html! {
                    <tr>
                        <th scope="row">{ label(c, r) }</th>
                        { for cols.iter().map(|g| cell(r, g)) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

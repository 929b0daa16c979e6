//! The demands behind what the reader picked in the network or the matrix.

use super::{label, Pick, Shown};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PickedProps {
    pub corpus: Shown,
    pub pick: Pick,
    /// Document names, by index.
    pub names: Rc<Vec<String>>,
}

#[function_component]
pub fn Picked(props: &PickedProps) -> Html {
    let c = &props.corpus.0;
    let found = match props.pick {
        Pick::Edge(i) => c.edges.get(i).map(|e| {
            (
                format!("{} → {}", label(c, &e.from), label(c, &e.to)),
                &e.demands,
            )
        }),
        Pick::Cell(i) => c
            .matrix
            .get(i)
            .map(|m| (format!("{} on {}", label(c, &m.actor), m.group), &m.demands)),
    };
    let Some((title, ids)) = found else {
        return Html::default();
    };
    let name_of = |i: usize| props.names.get(i).map_or("?", String::as_str);
    html! {
        <section class="picked" aria-labelledby="picked-heading">
            <h3 id="picked-heading">{ title }</h3>
            <ul>{ for ids.iter().filter_map(|&i| c.demands.get(i)).map(|d| html! {
                <li><span class="badge">{ d.category.as_str() }</span>{ format!(" {} — ", name_of(d.document)) }<q>{ &d.sentence }</q></li>
            }) }</ul>
        </section>
    }
}

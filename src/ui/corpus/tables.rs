//! The corpus's demands (sortable), actors and groups as tables.

use super::{label, Shown};
use crate::corpus::ActorKey;
use crate::palette::kind_name;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TablesProps {
    pub corpus: Shown,
    /// Document names, by index.
    pub names: Rc<Vec<String>>,
}

/// The most rows a table draws: more is for the exports, and would slow every redraw of
/// the view.
const ROWS: usize = 200;

/// What a table's heading says: all of them, or how many of how many are listed.
fn counted(what: &str, total: usize) -> String {
    if total > ROWS {
        format!("{what} ({ROWS} of {total}; the exports hold all)")
    } else {
        format!("{what} ({total})")
    }
}

/// The column the table of demands is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sort {
    Document,
    Date,
    Speakers,
    Addressees,
    Category,
}

#[function_component]
pub fn Tables(props: &TablesProps) -> Html {
    let sort = use_state(|| Sort::Document);
    let c = &props.corpus.0;
    let name_of = |i: usize| props.names.get(i).map_or("?", String::as_str);
    let names = |keys: &[ActorKey]| {
        keys.iter()
            .map(|k| label(c, k))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut order: Vec<usize> = (0..c.demands.len()).collect();
    match *sort {
        Sort::Document => {}
        Sort::Date => order.sort_by(|&a, &b| c.demands[a].date.cmp(&c.demands[b].date)),
        Sort::Speakers => order.sort_by_key(|&i| names(&c.demands[i].speakers)),
        Sort::Addressees => order.sort_by_key(|&i| names(&c.demands[i].addressees)),
        Sort::Category => order.sort_by_key(|&i| c.demands[i].category),
    }
    let header = |label: &'static str, key: Sort| {
        let sort = sort.clone();
        let current = *sort == key;
        html! {
            <th aria-sort={if current { "ascending" } else { "none" }}>
                <button type="button" class="link sort" onclick={Callback::from(move |_| sort.set(key))}>{ label }</button>
            </th>
        }
    };
    html! {
        <>
            <section class="table-section" aria-labelledby="all-demands-heading">
                <h3 id="all-demands-heading">{ counted("Demands", c.demands.len()) }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="all-demands-heading">
                <table id="demands-table">
                    <thead><tr>
                        { header("Document", Sort::Document) }
                        { header("Date", Sort::Date) }
                        { header("Speakers", Sort::Speakers) }
                        { header("Addressees", Sort::Addressees) }
                        { header("Category", Sort::Category) }
                        <th>{ "Asked" }</th>
                    </tr></thead>
                    <tbody>{ for order.iter().take(ROWS).filter_map(|&i| c.demands.get(i)).map(|d| html! {
                        <tr>
                            <td>{ name_of(d.document) }</td>
                            <td>{ d.date.clone().unwrap_or_default() }</td>
                            <td>{ names(&d.speakers) }</td>
                            <td>{ names(&d.addressees) }</td>
                            <td>{ d.category.as_str() }</td>
                            <td>{ &d.text }</td>
                        </tr>
                    }) }</tbody>
                </table>
                </div>
            </section>
            <section class="table-section" aria-labelledby="all-actors-heading">
                <h3 id="all-actors-heading">{ counted("Actors", c.actors.len()) }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="all-actors-heading">
                <table id="actors-table">
                    <thead><tr><th>{ "Actor" }</th><th>{ "Kind" }</th><th>{ "Documents" }</th><th>{ "Mentions" }</th><th>{ "Demands made" }</th><th>{ "Demands received" }</th></tr></thead>
                    <tbody>{ for c.actors.iter().take(ROWS).map(|a| html! {
                        <tr><td>{ &a.name }</td><td>{ kind_name(a.kind) }</td><td>{ a.documents }</td><td>{ a.mentions }</td><td>{ a.made }</td><td>{ a.received }</td></tr>
                    }) }</tbody>
                </table>
                </div>
            </section>
            <section class="table-section" aria-labelledby="all-groups-heading">
                <h3 id="all-groups-heading">{ format!("Terror groups ({})", c.groups.len()) }</h3>
                <table id="groups-table">
                    <thead><tr><th>{ "Group" }</th><th>{ "Lists" }</th><th>{ "Documents" }</th><th>{ "Mentions" }</th></tr></thead>
                    <tbody>{ for c.groups.iter().map(|g| html! {
                        <tr><td>{ &g.name }</td><td>{ g.lists.iter().map(|l| format!("{l:?}")).collect::<Vec<_>>().join(" ") }</td><td>{ g.documents }</td><td>{ g.mentions }</td></tr>
                    }) }</tbody>
                </table>
            </section>
        </>
    }
}

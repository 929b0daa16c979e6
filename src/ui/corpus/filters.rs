//! The corpus's filter: dates, an actor, a group, a category and text.

use super::Shown;
use crate::corpus::{ActorKey, Filter};
use crate::report::{ActorKind, Category};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    /// The unfiltered corpus, whose actors and groups are the choices.
    pub all: Shown,
    pub filter: Filter,
    pub on_filter: Callback<Filter>,
}

/// An actor as an option's value, and back.
fn actor_value(k: &ActorKey) -> String {
    format!("{:?}|{}", k.kind, k.folded)
}

fn actor_of(value: &str) -> Option<ActorKey> {
    value.split_once('|').map(|(k, n)| ActorKey {
        kind: match k {
            "Country" => ActorKind::Country,
            "Person" => ActorKind::Person,
            "ArmedGroup" => ActorKind::ArmedGroup,
            _ => ActorKind::Organization,
        },
        folded: n.to_string(),
    })
}

fn some(v: String) -> Option<String> {
    (!v.trim().is_empty()).then_some(v)
}

#[function_component]
pub fn Filters(props: &FiltersProps) -> Html {
    let filter = &props.filter;
    let set = |update: fn(&mut Filter, String)| {
        let filter = filter.clone();
        let on_filter = props.on_filter.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| {
                    t.clone()
                        .dyn_into::<HtmlInputElement>()
                        .map(|i| i.value())
                        .ok()
                        .or_else(|| t.dyn_into::<HtmlSelectElement>().ok().map(|s| s.value()))
                })
                .unwrap_or_default();
            let mut f = filter.clone();
            update(&mut f, value);
            on_filter.emit(f);
        })
    };
    let on_from = set(|f, v| f.from = some(v));
    let on_to = set(|f, v| f.to = some(v));
    let on_actor = set(|f, v| f.actor = actor_of(&v));
    let on_group = set(|f, v| f.group = some(v));
    let on_category = set(|f, v| f.category = Category::parse(&v));
    let on_text = {
        let filter = filter.clone();
        let on_filter = props.on_filter.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            on_filter.emit(Filter {
                text: some(v),
                ..filter.clone()
            });
        })
    };
    let reset = props.on_filter.reform(|_: MouseEvent| Filter::default());
    let all = &props.all.0;
    html! {
        <fieldset class="filters">
            <legend>{ "Filter" }</legend>
            <label>{ "From " }<input type="date" id="filter-from" value={filter.from.clone().unwrap_or_default()} onchange={on_from} /></label>
            <label>{ "To " }<input type="date" id="filter-to" value={filter.to.clone().unwrap_or_default()} onchange={on_to} /></label>
            <label>{ "Actor " }
                <select id="filter-actor" onchange={on_actor}>
                    <option value="" selected={filter.actor.is_none()}>{ "any" }</option>
                    { for all.actors.iter().take(200).map(|a| html! {
                        <option value={actor_value(&a.key)} selected={filter.actor.as_ref() == Some(&a.key)}>{ format!("{} ({})", a.name, a.documents) }</option>
                    }) }
                </select>
            </label>
            <label>{ "Group " }
                <select id="filter-group" onchange={on_group}>
                    <option value="" selected={filter.group.is_none()}>{ "any" }</option>
                    { for all.groups.iter().map(|g| html! {
                        <option value={g.name.clone()} selected={filter.group.as_ref() == Some(&g.name)}>{ format!("{} ({})", g.name, g.documents) }</option>
                    }) }
                </select>
            </label>
            <label>{ "Category " }
                <select id="filter-category" onchange={on_category}>
                    <option value="" selected={filter.category.is_none()}>{ "any" }</option>
                    { for Category::ALL.iter().map(|cat| html! {
                        <option value={cat.as_str()} selected={filter.category == Some(*cat)}>{ cat.as_str() }</option>
                    }) }
                </select>
            </label>
            <label>{ "Text " }<input type="search" id="filter-text" value={filter.text.clone().unwrap_or_default()} oninput={on_text} /></label>
            <button type="button" class="link" onclick={reset}>{ "Reset" }</button>
        </fieldset>
    }
}

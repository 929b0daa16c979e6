//! The report's panels: actors by kind, terror groups with their designation lists, and
//! demands. Each item is a button that singles its subject out in the text.

use super::model::Focus;
use super::text_view::kind_class;
use crate::report::{ActorId, ActorKind, Report};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub report: Rc<Report>,
    pub focus: Option<Focus>,
    pub on_focus: Callback<Focus>,
}

fn name_of(r: &Report, id: ActorId) -> String {
    r.actor(id)
        .map_or_else(|| id.to_string(), |a| a.name.clone())
}

fn names(r: &Report, ids: &[ActorId]) -> String {
    ids.iter()
        .map(|&id| name_of(r, id))
        .collect::<Vec<_>>()
        .join(", ")
}

#[function_component]
pub fn ActorsPanel(props: &PanelProps) -> Html {
    let r = &props.report;
    let kinds = [
        (ActorKind::Country, "States"),
        (ActorKind::Person, "People"),
        (ActorKind::Organization, "Organizations"),
        (ActorKind::ArmedGroup, "Armed groups"),
    ];
    let groups = kinds.iter().filter_map(|&(kind, label)| {
        let members: Vec<_> = r.actors.iter().filter(|a| a.kind == kind).collect();
        if members.is_empty() {
            return None;
        }
        let items = members.into_iter().map(|a| {
            let focus = Focus::Actor(a.id);
            let on_focus = props.on_focus.clone();
            let pressed = props.focus == Some(focus);
            let detail = [
                a.role.clone(),
                a.affiliation.map(|id| name_of(r, id)),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
            html! {
                <li key={a.id.0}>
                    <button type="button" class={classes!("item", kind_class(a.kind))} aria-pressed={pressed.to_string()}
                        onclick={Callback::from(move |_| on_focus.emit(focus))}>
                        <span class="swatch" aria-hidden="true"></span>
                        <span class="item-name">{ &a.name }</span>
                        if !detail.is_empty() { <span class="item-detail">{ detail }</span> }
                        <span class="count" title="mentions">{ a.mentions.len() }</span>
                    </button>
                </li>
            }
        });
        Some(html! {
            <div class="kind-group">
                <h3>{ label }</h3>
                <ul>{ for items }</ul>
            </div>
        })
    });
    html! {
        <section class="panel actors" aria-labelledby="actors-heading">
            <h2 id="actors-heading">{ "Actors" }</h2>
            if r.actors.is_empty() { <p class="empty">{ "No actors found." }</p> }
            { for groups }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct GroupsProps {
    pub report: Rc<Report>,
    /// When the designation lists were last checked (the engine's data says).
    pub lists_as_of: AttrValue,
    pub focus: Option<Focus>,
    pub on_focus: Callback<Focus>,
}

#[function_component]
pub fn GroupsPanel(props: &GroupsProps) -> Html {
    let r = &props.report;
    let as_of = &props.lists_as_of;
    let items = r.groups.iter().map(|g| {
        let focus = Focus::Group(g.id);
        let on_focus = props.on_focus.clone();
        let pressed = props.focus == Some(focus);
        let badges = g.lists.iter().map(|l| {
            let code = format!("{l:?}");
            let title = match code.as_str() {
                "UN" => "UN Security Council sanctions lists",
                "US" => "US State Department Foreign Terrorist Organizations",
                "UK" => "UK proscribed organisations (Terrorism Act 2000)",
                "EU" => "EU terrorist list (CP 2001/931)",
                _ => "India, UAPA First Schedule",
            };
            html! { <abbr class={classes!("badge", format!("list-{}", code.to_lowercase()))} title={title}>{ code }</abbr> }
        });
        html! {
            <li key={g.id.0}>
                <button type="button" class="item group-item" aria-pressed={pressed.to_string()}
                    onclick={Callback::from(move |_| on_focus.emit(focus))}>
                    <span class="item-name">{ &g.name }</span>
                    <span class="count" title="mentions">{ g.mentions.len() }</span>
                </button>
                if !g.aliases.is_empty() {
                    <p class="spellings">{ format!("Seen as: {}", g.aliases.join(", ")) }</p>
                }
                <p class="badges">
                    if g.lists.is_empty() { <span class="badge none">{ "on no list" }</span> }
                    { for badges }
                </p>
            </li>
        }
    });
    html! {
        <section class="panel groups" aria-labelledby="groups-heading">
            <h2 id="groups-heading">{ "Terror groups" }</h2>
            if r.groups.is_empty() { <p class="empty">{ "No listed group is named." }</p> }
            <ul>{ for items }</ul>
            <p class="note">{ format!("Designations as of {as_of}. Lists change: check the official lists before relying on them.") }</p>
        </section>
    }
}

#[function_component]
pub fn DemandsPanel(props: &PanelProps) -> Html {
    let r = &props.report;
    let items = r.demands.iter().map(|d| {
        let focus = Focus::Demand(d.id);
        let on_focus = props.on_focus.clone();
        let pressed = props.focus == Some(focus);
        let addressees = if d.addressees.is_empty() { "—".to_string() } else { names(r, &d.addressees) };
        let groups = r.group_names(&d.groups).join(", ");
        html! {
            <li key={d.id.0}>
                <button type="button" class="item demand-item" aria-pressed={pressed.to_string()}
                    onclick={Callback::from(move |_| on_focus.emit(focus))}>
                    <span class="parties">{ format!("{} → {}", names(r, &d.speakers), addressees) }</span>
                    <span class="asked"><span class="verb">{ &d.verb }</span>{ format!(" “{}”", d.text) }</span>
                    <span class="tags">
                        <span class={classes!("badge", format!("cat-{}", d.category.as_str()))}>{ d.category.as_str() }</span>
                        <span class="badge">{ if d.quoted { "quoted" } else { "reported" } }</span>
                        if let Some(c) = &d.cameo { <span class="badge" title="CAMEO event code">{ format!("CAMEO {c}") }</span> }
                        if !groups.is_empty() { <span class="badge group-tag">{ groups }</span> }
                    </span>
                </button>
            </li>
        }
    });
    html! {
        <section class="panel demands" aria-labelledby="demands-heading">
            <h2 id="demands-heading">{ "Demands" }</h2>
            if r.demands.is_empty() { <p class="empty">{ "No demands found." }</p> }
            <ol>{ for items }</ol>
        </section>
    }
}

//! The article with its highlights: actors by kind, groups, demand sentences and skipped
//! noise. The text is cut into runs at every highlight boundary and each run is a text node
//! in a `<span>`: user text is never parsed as HTML.

use super::model::Focus;
use crate::analyze::Analysis;
use crate::report::{ActorId, ActorKind, DemandId, GroupId};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Which highlight layers are shown (the legend toggles them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    pub actors: bool,
    pub groups: bool,
    pub demands: bool,
    pub noise: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Layers {
            actors: true,
            groups: true,
            demands: true,
            noise: true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    Actor(ActorId, ActorKind),
    Group(GroupId),
    Demand(DemandId),
    Noise,
}

pub fn kind_class(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Country => "k-country",
        ActorKind::Person => "k-person",
        ActorKind::Organization => "k-organization",
        ActorKind::ArmedGroup => "k-armed",
    }
}

/// Runs of text with the marks covering each, in order.
fn runs(text: &str, a: &Analysis) -> Vec<(usize, usize, Vec<Mark>)> {
    let mut spans: Vec<(usize, usize, Mark)> = Vec::new();
    for actor in &a.report.actors {
        for m in &actor.mentions {
            spans.push((m.start, m.end, Mark::Actor(actor.id, actor.kind)));
        }
    }
    for g in &a.report.groups {
        for m in &g.mentions {
            spans.push((m.start, m.end, Mark::Group(g.id)));
        }
    }
    for d in &a.report.demands {
        spans.push((d.sentence.start, d.sentence.end, Mark::Demand(d.id)));
    }
    for n in &a.noise {
        spans.push((n.start, n.end, Mark::Noise));
    }
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(s, e, _) in &spans {
        if s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e) {
            cuts.push(s);
            cuts.push(e);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    spans.sort_by_key(|&(s, e, _)| (s, e));
    let mut out = Vec::with_capacity(cuts.len());
    let mut active: Vec<(usize, usize, Mark)> = Vec::new();
    let mut next = 0;
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        active.retain(|&(_, end, _)| end > s);
        while next < spans.len() && spans[next].0 <= s {
            if spans[next].1 > s {
                active.push(spans[next]);
            }
            next += 1;
        }
        out.push((s, e, active.iter().map(|&(_, _, m)| m).collect()));
    }
    out
}

#[derive(Properties, PartialEq)]
pub struct TextViewProps {
    pub text: AttrValue,
    pub analysis: Rc<Analysis>,
    pub layers: Layers,
    pub focus: Option<Focus>,
    pub on_focus: Callback<Focus>,
}

#[function_component]
pub fn TextView(props: &TextViewProps) -> Html {
    let container = use_node_ref();
    {
        // Bring the first highlighted mention of what was singled out into view.
        let container = container.clone();
        use_effect_with(props.focus, move |focus| {
            if focus.is_some() {
                if let Some(el) = container
                    .cast::<web_sys::Element>()
                    .and_then(|c| c.query_selector(".focus").ok().flatten())
                {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_behavior(web_sys::ScrollBehavior::Smooth);
                    opts.set_block(web_sys::ScrollLogicalPosition::Center);
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            }
        });
    }
    let text = props.text.as_str();
    let onclick = {
        let on_focus = props.on_focus.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(el) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let id = |attr: &str| el.get_attribute(attr).and_then(|v| v.parse::<u32>().ok());
            if let Some(a) = id("data-actor") {
                on_focus.emit(Focus::Actor(ActorId(a)));
            } else if let Some(g) = id("data-group") {
                on_focus.emit(Focus::Group(GroupId(g)));
            }
        })
    };
    let l = props.layers;
    let pieces = runs(text, &props.analysis).into_iter().map(|(s, e, marks)| {
        let piece = text.get(s..e).unwrap_or("");
        if marks.is_empty() {
            return html! { { piece } };
        }
        let mut class = Classes::new();
        let mut actor = None;
        let mut group = None;
        for m in &marks {
            match *m {
                Mark::Actor(id, kind) => {
                    class.push("actor");
                    class.push(kind_class(kind));
                    actor = Some(id.0);
                    if props.focus == Some(Focus::Actor(id)) {
                        class.push("focus");
                    }
                }
                Mark::Group(id) => {
                    class.push("group");
                    group = Some(id.0);
                    if props.focus == Some(Focus::Group(id)) {
                        class.push("focus");
                    }
                }
                Mark::Demand(id) => {
                    class.push("demand");
                    if props.focus == Some(Focus::Demand(id)) {
                        class.push("focus");
                    }
                }
                Mark::Noise => class.push("noise"),
            }
        }
        html! {
            <span class={class} data-actor={actor.map(|a| a.to_string())} data-group={group.map(|g| g.to_string())}>{ piece }</span>
        }
    });
    let class = classes!(
        "article-text",
        (!l.actors).then_some("hide-actors"),
        (!l.groups).then_some("hide-groups"),
        (!l.demands).then_some("hide-demands"),
        (!l.noise).then_some("hide-noise"),
    );
    html! {
        <div class={class} ref={container} {onclick} tabindex="0" aria-label="Article text with highlights">
            { for pieces }
        </div>
    }
}

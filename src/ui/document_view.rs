//! One document's report: its text with the highlights the reader chose, and the panels of
//! demands, actors and groups, any of whose items singles out its mentions.

use super::model::{Doc, Focus};
use super::panels::{ActorsPanel, DemandsPanel, GroupsPanel};
use super::text_view::{Layers, TextView};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct DocumentViewProps {
    pub doc: Doc,
}

/// The same document analysed the same time: compared by identity, not report by report.
impl PartialEq for DocumentViewProps {
    fn eq(&self, other: &Self) -> bool {
        self.doc.id == other.doc.id && Rc::ptr_eq(&self.doc.analysis, &other.doc.analysis)
    }
}

/// A highlight layer the reader can switch.
#[derive(Clone, Copy)]
enum Layer {
    Actors,
    Groups,
    Demands,
    Noise,
}

impl Layer {
    fn toggled(self, mut l: Layers) -> Layers {
        match self {
            Layer::Actors => l.actors = !l.actors,
            Layer::Groups => l.groups = !l.groups,
            Layer::Demands => l.demands = !l.demands,
            Layer::Noise => l.noise = !l.noise,
        }
        l
    }
}

#[function_component]
pub fn DocumentView(props: &DocumentViewProps) -> Html {
    let doc = &props.doc;
    let focus = use_state(|| None::<Focus>);
    let layers = use_state(Layers::default);
    // Another document, or the same one analysed anew, resets what was singled out: ids
    // of one report mean nothing in another.
    {
        let focus = focus.clone();
        use_effect_with(Rc::as_ptr(&doc.analysis) as usize, move |_| focus.set(None));
    }
    let on_focus = {
        let focus = focus.clone();
        Callback::from(move |f: Focus| focus.set(if *focus == Some(f) { None } else { Some(f) }))
    };
    let legend_item = |layer: Layer, name: &'static str, label: &'static str, on: bool| {
        let layers = layers.clone();
        let onchange = Callback::from(move |_| layers.set(layer.toggled(*layers)));
        html! {
            <label class={classes!("legend-item", format!("legend-{name}"))}>
                <input type="checkbox" checked={on} {onchange} />
                <span class="swatch" aria-hidden="true"></span>{ label }
            </label>
        }
    };
    let report = Rc::new(doc.analysis.report.clone());
    let meta = &report.meta;
    let l = *layers;
    html! {
        <section class="report" aria-labelledby="doc-title">
            <header class="doc-header">
                <h2 id="doc-title">{ doc.title() }</h2>
                <p class="doc-facts">
                    { meta.date.clone().map(|d| format!("Dated {d} · ")).unwrap_or_default() }
                    { format!("{} words · {} sentences", meta.words, meta.sentences) }
                    if let Some(src) = &report.source { { format!(" · {src}") } }
                </p>
            </header>
            <div class="report-grid">
                <div class="text-column">
                    <fieldset class="legend">
                        <legend>{ "Highlights" }</legend>
                        { legend_item(Layer::Actors, "actors", "Actors", l.actors) }
                        { legend_item(Layer::Groups, "groups", "Terror groups", l.groups) }
                        { legend_item(Layer::Demands, "demands", "Demands", l.demands) }
                        { legend_item(Layer::Noise, "noise", "Skipped noise", l.noise) }
                    </fieldset>
                    <TextView text={AttrValue::from(doc.text().to_string())} analysis={doc.analysis.clone()}
                        layers={l} focus={*focus} on_focus={on_focus.clone()} />
                </div>
                <div class="panels">
                    <DemandsPanel report={report.clone()} focus={*focus} on_focus={on_focus.clone()} />
                    <ActorsPanel report={report.clone()} focus={*focus} on_focus={on_focus.clone()} />
                    <GroupsPanel report={report} lists_as_of={AttrValue::from(doc.analysis.lists_as_of.clone())}
                        focus={*focus} {on_focus} />
                </div>
            </div>
        </section>
    }
}

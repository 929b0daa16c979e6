//! The corpus view: all documents (or a filtered subset) at once — who asks whom as a
//! network, which actors demand action against which groups, the timeline, and the tables —
//! with exports. Everything is computed by the engine's `corpus` module; each part here
//! only draws it.

mod chart_tables;
mod exports;
mod filters;
mod matrix;
mod network;
mod picked;
mod tables;
mod timeline;

use super::model::State;
use crate::corpus::{ActorKey, Corpus, Filter};
use exports::CorpusExports;
use filters::Filters;
use matrix::Matrix;
use network::Network;
use picked::Picked;
use std::rc::Rc;
use tables::Tables;
use timeline::Timeline;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CorpusProps {
    pub state: Rc<State>,
}

/// A built corpus handed to the parts: compared by identity, as it is rebuilt only when
/// the documents or the filter change.
#[derive(Clone)]
pub struct Shown(pub Rc<Corpus>);

impl PartialEq for Shown {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the reader singled out to list its demands: an edge of the network or a cell of
/// the matrix, by index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pick {
    Edge(usize),
    Cell(usize),
}

/// An actor's name as the corpus spells it.
pub fn label(c: &Corpus, k: &ActorKey) -> String {
    c.actor(k)
        .map_or_else(|| k.folded.clone(), |a| a.name.clone())
}

#[function_component]
pub fn CorpusView(props: &CorpusProps) -> Html {
    let filter = use_state(Filter::default);
    let pick = use_state(|| None::<Pick>);
    let docs = &props.state.docs;
    let identity: Vec<usize> = docs
        .iter()
        .map(|d| Rc::as_ptr(&d.analysis) as usize)
        .collect();
    // The unfiltered corpus gives the filter's choices; the filtered one everything shown.
    let all = use_memo(identity.clone(), |_| {
        Corpus::build(docs.iter().map(|d| &d.analysis.report), &Filter::default())
    });
    let shown = {
        let f = (*filter).clone();
        let all = all.clone();
        use_memo((identity.clone(), f.clone()), move |_| {
            if f.is_empty() {
                return all;
            }
            Rc::new(Corpus::build(docs.iter().map(|d| &d.analysis.report), &f))
        })
    };
    let names = use_memo(identity, |_| {
        Rc::new(docs.iter().map(|d| d.name.clone()).collect::<Vec<_>>())
    });
    let on_filter = {
        let filter = filter.clone();
        let pick = pick.clone();
        Callback::from(move |f: Filter| {
            filter.set(f);
            pick.set(None);
        })
    };
    let on_actor = {
        let filter = filter.clone();
        let on_filter = on_filter.clone();
        Callback::from(move |actor: ActorKey| {
            on_filter.emit(Filter {
                actor: Some(actor),
                ..(*filter).clone()
            })
        })
    };
    let on_pick = {
        let pick = pick.clone();
        Callback::from(move |p: Pick| pick.set(Some(p)))
    };
    let c: &Corpus = &shown;
    let corpus = Shown((*shown).clone());
    html! {
        <section class="corpus" aria-labelledby="corpus-heading">
            <h2 id="corpus-heading">{ "Corpus" }</h2>
            <Filters all={Shown(all.clone())} filter={(*filter).clone()} {on_filter} />
            <p class="corpus-summary" id="corpus-summary">
                { format!("{} documents · {} demands · {} actors · {} groups", c.documents.len(), c.demands.len(), c.actors.len(), c.groups.len()) }
                if c.undated > 0 { { format!(" · {} undated", c.undated) } }
            </p>
            <CorpusExports corpus={corpus.clone()} state={props.state.clone()} />
            <div class="corpus-grid">
                <section class="chart" aria-labelledby="network-heading">
                    <h3 id="network-heading">{ "Who asks whom" }</h3>
                    <Network corpus={corpus.clone()} on_pick={on_pick.clone()} {on_actor} />
                </section>
                <section class="chart" aria-labelledby="matrix-heading">
                    <h3 id="matrix-heading">{ "Actors × groups" }</h3>
                    <p class="note">{ "Demands by the actor concerning the group; in brackets, documents naming both without such a demand." }</p>
                    <Matrix corpus={corpus.clone()} {on_pick} />
                </section>
            </div>
            if let Some(p) = *pick {
                <Picked corpus={corpus.clone()} pick={p} names={(*names).clone()} />
            }
            <section class="chart" aria-labelledby="timeline-heading">
                <h3 id="timeline-heading">{ "Timeline" }</h3>
                <Timeline corpus={corpus.clone()} />
            </section>
            <Tables {corpus} names={(*names).clone()} />
        </section>
    }
}

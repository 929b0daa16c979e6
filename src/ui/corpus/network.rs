//! Who asks whom, drawn from `crate::network` (placed by a force simulation): zoom with
//! the wheel, the buttons or + and −, pan by dragging or with the arrow keys; hovering or
//! focusing an actor lights its neighbourhood. A table beneath says the same in words.

use super::chart_tables::{categories, network_table, NETWORK_TABLE};
use super::{label, Pick, Shown};
use crate::corpus::{ActorKey, Corpus};
use crate::network::{Network as Drawn, LABEL_SIZE};
use crate::palette::{category_colour, kind_colour, kind_name};
use crate::report::Category;
use std::rc::Rc;
use yew::prelude::*;

/// The most actors drawn.
const MOST: usize = 300;

#[derive(Properties, PartialEq)]
pub struct NetworkProps {
    pub corpus: Shown,
    /// An edge was clicked: list its demands.
    pub on_pick: Callback<Pick>,
    /// A node was clicked: filter by that actor.
    pub on_actor: Callback<ActorKey>,
}

/// The part of the drawing in view (an SVG viewBox).
#[derive(Debug, Clone, Copy, PartialEq)]
struct View {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

enum Move {
    /// Scales the view by `factor` (below 1 zooms in) about a point given as fractions of it.
    Zoom {
        factor: f64,
        fx: f64,
        fy: f64,
    },
    /// Shifts the view by fractions of its size.
    Pan {
        dx: f64,
        dy: f64,
    },
    To(View),
}

impl Reducible for View {
    type Action = Move;

    fn reduce(self: Rc<Self>, m: Move) -> Rc<Self> {
        let v = *self;
        Rc::new(match m {
            Move::Zoom { factor, fx, fy } => {
                let factor = factor.clamp(10.0 / v.w.max(1.0), 1e5 / v.w.max(1.0));
                let (w, h) = (v.w * factor, v.h * factor);
                View {
                    x: v.x + (v.w - w) * fx,
                    y: v.y + (v.h - h) * fy,
                    w,
                    h,
                }
            }
            Move::Pan { dx, dy } => View {
                x: v.x + dx * v.w,
                y: v.y + dy * v.h,
                ..v
            },
            Move::To(view) => view,
        })
    }
}

fn whole(net: &Drawn) -> View {
    let (x, y, w, h) = net.view;
    View { x, y, w, h }
}

/// Where the drawing that heard `e` is on the screen: pointer positions become fractions
/// of the view.
fn drawn_at(e: &web_sys::Event) -> Option<web_sys::DomRect> {
    let svg: web_sys::Element = wasm_bindgen::JsCast::dyn_into(e.current_target()?).ok()?;
    Some(svg.get_bounding_client_rect())
}

/// What an edge's tooltip says: the count by category and the first demands.
fn edge_title(c: &Corpus, i: usize) -> String {
    let e = &c.edges[i];
    let cats = categories(&e.categories);
    let examples: String = e
        .demands
        .iter()
        .take(3)
        .filter_map(|&i| c.demands.get(i))
        .map(|d| format!("\n• {} “{}”", d.verb, d.text))
        .collect();
    let more = if e.count > 3 {
        format!("\n… {} more (click to list)", e.count - 3)
    } else {
        String::new()
    };
    format!(
        "{} → {}: {} demands ({cats}){examples}{more}",
        label(c, &e.from),
        label(c, &e.to),
        e.count
    )
}

#[function_component]
pub fn Network(props: &NetworkProps) -> Html {
    let net = use_memo(props.corpus.clone(), |c| Drawn::of(&c.0, MOST));
    let view = use_reducer(|| whole(&net));
    let lit = use_state(|| None::<usize>);
    let drag = use_mut_ref(|| None::<(i32, i32)>);
    {
        let view = view.clone();
        let lit = lit.clone();
        use_effect_with(net.clone(), move |net| {
            view.dispatch(Move::To(whole(net)));
            lit.set(None);
        });
    }
    let c = &props.corpus.0;
    if net.links.is_empty() {
        return html! { <p class="empty">{ "No demand names an addressee yet." }</p> };
    }
    let zoom = |factor: f64| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            view.dispatch(Move::Zoom {
                factor,
                fx: 0.5,
                fy: 0.5,
            })
        })
    };
    let reset = {
        let view = view.clone();
        let all = whole(&net);
        Callback::from(move |_: MouseEvent| view.dispatch(Move::To(all)))
    };
    let onwheel = {
        let view = view.clone();
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let Some(r) = drawn_at(&e) else {
                return;
            };
            view.dispatch(Move::Zoom {
                factor: if e.delta_y() < 0.0 { 1.0 / 1.15 } else { 1.15 },
                fx: ((e.client_x() as f64 - r.left()) / r.width().max(1.0)).clamp(0.0, 1.0),
                fy: ((e.client_y() as f64 - r.top()) / r.height().max(1.0)).clamp(0.0, 1.0),
            });
        })
    };
    let onpointerdown = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() == 0 {
                *drag.borrow_mut() = Some((e.client_x(), e.client_y()));
            }
        })
    };
    let onpointermove = {
        let drag = drag.clone();
        let view = view.clone();
        Callback::from(move |e: PointerEvent| {
            let Some((x, y)) = *drag.borrow() else {
                return;
            };
            let Some(r) = drawn_at(&e) else {
                return;
            };
            view.dispatch(Move::Pan {
                dx: -((e.client_x() - x) as f64) / r.width().max(1.0),
                dy: -((e.client_y() - y) as f64) / r.height().max(1.0),
            });
            *drag.borrow_mut() = Some((e.client_x(), e.client_y()));
        })
    };
    let onpointerup = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| *drag.borrow_mut() = None)
    };
    let onkeydown = {
        let view = view.clone();
        let all = whole(&net);
        Callback::from(move |e: KeyboardEvent| {
            let m = match e.key().as_str() {
                "+" | "=" => Move::Zoom {
                    factor: 1.0 / 1.25,
                    fx: 0.5,
                    fy: 0.5,
                },
                "-" | "_" => Move::Zoom {
                    factor: 1.25,
                    fx: 0.5,
                    fy: 0.5,
                },
                "ArrowLeft" => Move::Pan { dx: -0.1, dy: 0.0 },
                "ArrowRight" => Move::Pan { dx: 0.1, dy: 0.0 },
                "ArrowUp" => Move::Pan { dx: 0.0, dy: -0.1 },
                "ArrowDown" => Move::Pan { dx: 0.0, dy: 0.1 },
                "0" => Move::To(all),
                _ => return,
            };
            e.prevent_default();
            view.dispatch(m);
        })
    };
    let (near_nodes, near_links) = lit.map(|n| net.neighbourhood(n)).unwrap_or_default();
    let links = net.links.iter().enumerate().map(|(i, l)| {
        let edge = l.edge;
        let onclick = props.on_pick.reform(move |_: MouseEvent| Pick::Edge(edge));
        html! {
            <path class={classes!("edge", near_links.contains(&i).then_some("near"))} d={l.path.clone()}
                fill="none" stroke={category_colour(l.category)} stroke-width={format!("{:.1}", l.width)}
                marker-end={format!("url(#arrow-{})", l.category.as_str())}
                data-count={l.count.to_string()} {onclick}>
                <title>{ edge_title(c, edge) }</title>
            </path>
        }
    });
    let nodes = net.nodes.iter().enumerate().map(|(i, n)| {
        let key = n.key.clone();
        let onclick = props.on_actor.reform(move |_: MouseEvent| key.clone());
        let key = n.key.clone();
        let on_actor = props.on_actor.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                on_actor.emit(key.clone());
            }
        });
        let light = {
            let lit = lit.clone();
            Callback::from(move |on: bool| lit.set(on.then_some(i)))
        };
        let (x, y) = (n.at.x, n.at.y);
        let said = format!("{} ({}): {} demands made or received; Enter filters by it", n.name, kind_name(n.kind), n.degree);
        html! {
            <g class={classes!("node", format!("node-{}", kind_name(n.kind).replace(' ', "-")), near_nodes.contains(&i).then_some("near"))}
                tabindex="0" role="button" aria-label={said} data-x={format!("{x:.1}")} data-y={format!("{y:.1}")}
                data-r={format!("{:.1}", n.radius)} {onclick} {onkeydown}
                onmouseover={light.reform(|_: MouseEvent| true)} onmouseout={light.reform(|_: MouseEvent| false)}
                onfocusin={light.reform(|_: FocusEvent| true)} onfocusout={light.reform(|_: FocusEvent| false)}>
                <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r={format!("{:.1}", n.radius)} fill={kind_colour(n.kind)}>
                    <title>{ format!("{}: {} demands made or received", n.name, n.degree) }</title>
                </circle>
                <text class="label" x={format!("{x:.1}")} y={format!("{:.1}", y + n.radius + LABEL_SIZE)} text-anchor="middle"
                    font-size={LABEL_SIZE.to_string()} font-family="sans-serif" fill="#1c1e21">{ &n.label }</text>
            </g>
        }
    });
    let markers = Category::ALL.iter().map(|cat| html! {
        <marker id={format!("arrow-{}", cat.as_str())} viewBox="0 0 10 10" refX="8" refY="5" markerUnits="userSpaceOnUse"
            markerWidth="13" markerHeight="13" orient="auto">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={category_colour(*cat)} />
        </marker>
    });
    let v = *view;
    html! {
        <>
            <div class="chart-tools" role="toolbar" aria-label="Network view">
                <button type="button" id="network-zoom-in" aria-label="Zoom in" onclick={zoom(1.0 / 1.25)}>{ "+" }</button>
                <button type="button" id="network-zoom-out" aria-label="Zoom out" onclick={zoom(1.25)}>{ "−" }</button>
                <button type="button" id="network-reset" onclick={reset}>{ "Whole network" }</button>
                <span class="note">{ format!("{} actors. Drag to pan, wheel or + − to zoom, arrows pan; hover or focus an actor to light who it asks and who asks it.", net.nodes.len()) }</span>
            </div>
            <svg id="network" xmlns="http://www.w3.org/2000/svg" class={classes!(lit.is_some().then_some("highlighting"))}
                viewBox={format!("{:.1} {:.1} {:.1} {:.1}", v.x, v.y, v.w, v.h)} tabindex="0" role="group"
                aria-label="Network of who asks whom: + and − zoom, arrow keys pan, 0 shows it whole" aria-details={NETWORK_TABLE}
                {onwheel} {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointerleave={onpointerup} {onkeydown}>
                <defs>{ for markers }</defs>
                { for links }
                { for nodes }
            </svg>
            { network_table(c, MOST) }
        </>
    }
}

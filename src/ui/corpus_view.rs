//! The corpus view: all documents (or a filtered subset) at once — who asks whom as a
//! network drawn in SVG, which actors demand action against which groups, the timeline,
//! and the tables — with exports. Everything is computed by the engine's `corpus` module.

use super::chart_tables::{network_table, timeline_table, NETWORK_TABLE, TIMELINE_TABLE};
use super::download::download;
use super::model::State;
use crate::corpus::{ActorKey, Corpus, Filter};
use crate::report::{ActorKind, Category};
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CorpusProps {
    pub state: Rc<State>,
}

fn category_colour(c: Category) -> &'static str {
    match c {
        Category::Ceasefire => "#16a34a",
        Category::Counterterrorism => "#b91c1c",
        Category::Justice => "#7c3aed",
        Category::Negotiation => "#2563eb",
        Category::Humanitarian => "#db2777",
        Category::Sanctions => "#ca8a04",
        Category::Cooperation => "#0f8a7e",
        Category::Other => "#6b7280",
    }
}

/// Colours written into the SVG itself, so an exported chart looks as it does on the page.
fn kind_colour(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Country => "#1d6fd1",
        ActorKind::Person => "#7c3aed",
        ActorKind::Organization => "#0f8a7e",
        ActorKind::ArmedGroup => "#c2410c",
    }
}

fn kind_name(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Country => "state",
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::ArmedGroup => "armed group",
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

/// What the reader singled out to list its demands.
#[derive(Debug, Clone, PartialEq)]
enum Pick {
    Edge(usize),
    Cell(usize),
}

#[function_component]
pub fn CorpusView(props: &CorpusProps) -> Html {
    let filter = use_state(Filter::default);
    let sort = use_state(|| Sort::Document);
    let pick = use_state(|| None::<Pick>);
    let status = use_state(String::new);
    let docs = &props.state.docs;
    // The unfiltered corpus gives the filter's choices; the filtered one everything shown.
    let all = use_memo(
        docs.iter()
            .map(|d| Rc::as_ptr(&d.analysis) as usize)
            .collect::<Vec<_>>(),
        |_| Corpus::build(docs.iter().map(|d| &d.analysis.report), &Filter::default()),
    );
    let shown = {
        let key = (
            docs.iter()
                .map(|d| Rc::as_ptr(&d.analysis) as usize)
                .collect::<Vec<_>>(),
            format!("{:?}", *filter),
        );
        let f = (*filter).clone();
        use_memo(key, move |_| {
            Corpus::build(docs.iter().map(|d| &d.analysis.report), &f)
        })
    };
    let name_of = |i: usize| docs.get(i).map_or("?".to_string(), |d| d.name.clone());

    let set = |update: fn(&mut Filter, String)| {
        let filter = filter.clone();
        let pick = pick.clone();
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
            let mut f = (*filter).clone();
            update(&mut f, value);
            filter.set(f);
            pick.set(None);
        })
    };
    let on_from = set(|f, v| f.from = (!v.is_empty()).then_some(v));
    let on_to = set(|f, v| f.to = (!v.is_empty()).then_some(v));
    let on_actor = set(|f, v| {
        f.actor = v.split_once('|').map(|(k, n)| ActorKey {
            kind: match k {
                "Country" => ActorKind::Country,
                "Person" => ActorKind::Person,
                "ArmedGroup" => ActorKind::ArmedGroup,
                _ => ActorKind::Organization,
            },
            folded: n.to_string(),
        })
    });
    let on_group = set(|f, v| f.group = (!v.is_empty()).then_some(v));
    let on_category = set(|f, v| f.category = Category::ALL.into_iter().find(|c| c.as_str() == v));
    let on_text = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let mut f = (*filter).clone();
            f.text = (!v.trim().is_empty()).then_some(v);
            filter.set(f);
        })
    };
    let reset = {
        let filter = filter.clone();
        Callback::from(move |_| filter.set(Filter::default()))
    };
    let actor_value = |k: &ActorKey| format!("{:?}|{}", k.kind, k.folded);

    let c: &Corpus = &shown;
    let filters = html! {
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
    };

    let summary = html! {
        <p class="corpus-summary" id="corpus-summary">
            { format!("{} documents · {} demands · {} actors · {} groups", c.documents.len(), c.demands.len(), c.actors.len(), c.groups.len()) }
            if c.undated > 0 { { format!(" · {} undated", c.undated) } }
        </p>
    };

    let network = network_svg(c, &pick, &filter);
    let matrix = matrix_table(c, &pick);
    let timeline = timeline_svg(c);

    let picked = pick.as_ref().map(|p| {
        let (title, ids) = match p {
            Pick::Edge(i) => {
                let e = &c.edges[*i];
                (format!("{} → {}", label(c, &e.from), label(c, &e.to)), e.demands.clone())
            }
            Pick::Cell(i) => {
                let m = &c.matrix[*i];
                (format!("{} on {}", label(c, &m.actor), m.group), m.demands.clone())
            }
        };
        html! {
            <section class="picked" aria-labelledby="picked-heading">
                <h3 id="picked-heading">{ title }</h3>
                <ul>{ for ids.iter().filter_map(|&i| c.demands.get(i)).map(|d| html! {
                    <li><span class="badge">{ d.category.as_str() }</span>{ format!(" {} — ", name_of(d.document)) }<q>{ &d.sentence }</q></li>
                }) }</ul>
            </section>
        }
    });

    let exports = {
        let shown = shown.clone();
        let state = props.state.clone();
        let status_handle = status.clone();
        let emit = move |what: &'static str| {
            let shown = shown.clone();
            let state = state.clone();
            let status = status_handle.clone();
            Callback::from(move |_| {
                let reports: Vec<_> = shown
                    .documents
                    .iter()
                    .filter_map(|&i| state.docs.get(i))
                    .map(|d| {
                        let mut r = d.analysis.report.clone();
                        r.source.get_or_insert_with(|| d.name.clone());
                        r
                    })
                    .collect();
                let (name, mime, body) = match what {
                    "jsonl" => (
                        "corpus.jsonl",
                        "application/x-ndjson",
                        reports
                            .iter()
                            .filter_map(|r| serde_json::to_string(r).ok())
                            .map(|l| l + "\n")
                            .collect::<String>(),
                    ),
                    "csv" => (
                        "corpus-demands.csv",
                        "text/csv",
                        crate::export::demands_csv(&reports),
                    ),
                    "graphml" => (
                        "network.graphml",
                        "application/graphml+xml",
                        shown.graphml(),
                    ),
                    "png" => {
                        let status = status.clone();
                        network_png(move |r| status.set(r));
                        return;
                    }
                    _ => {
                        let svg = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id("network"))
                            .map(|e| e.outer_html())
                            .unwrap_or_default();
                        ("network.svg", "image/svg+xml", svg)
                    }
                };
                status.set(match download(name, mime, &body) {
                    Ok(()) => format!("{name} downloaded"),
                    Err(e) => e,
                });
            })
        };
        html! {
            <div class="export-buttons corpus-exports">
                <button type="button" id="corpus-jsonl" onclick={emit("jsonl")}>{ "JSON Lines of reports" }</button>
                <button type="button" id="corpus-csv" onclick={emit("csv")}>{ "CSV of demands" }</button>
                <button type="button" id="corpus-graphml" onclick={emit("graphml")}>{ "Network (GraphML)" }</button>
                <button type="button" id="corpus-svg" onclick={emit("svg")}>{ "Network (SVG)" }</button>
                <button type="button" id="corpus-png" onclick={emit("png")}>{ "Network (PNG)" }</button>
                <span class="status" role="status">{ (*status).clone() }</span>
            </div>
        }
    };

    html! {
        <section class="corpus" aria-labelledby="corpus-heading">
            <h2 id="corpus-heading">{ "Corpus" }</h2>
            { filters }
            { summary }
            { exports }
            <div class="corpus-grid">
                <section class="chart" aria-labelledby="network-heading">
                    <h3 id="network-heading">{ "Who asks whom" }</h3>
                    { network }
                    { network_table(c) }
                </section>
                <section class="chart" aria-labelledby="matrix-heading">
                    <h3 id="matrix-heading">{ "Actors × groups" }</h3>
                    <p class="note">{ "Demands by the actor concerning the group; in brackets, documents naming both without such a demand." }</p>
                    { matrix }
                </section>
            </div>
            { for picked }
            <section class="chart" aria-labelledby="timeline-heading">
                <h3 id="timeline-heading">{ "Timeline" }</h3>
                { timeline }
                { timeline_table(c) }
            </section>
            { tables(c, &name_of, &sort) }
        </section>
    }
}

/// Renders the network's SVG into a canvas and offers it as a PNG; `done` gets the outcome.
fn network_png(done: impl Fn(String) + 'static) {
    let done = Rc::new(done);
    let fail = {
        let done = done.clone();
        move |what: &str| done(format!("could not draw network.png: {what}"))
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return fail("no document");
    };
    let Some(svg) = document.get_element_by_id("network") else {
        return fail("no network is shown");
    };
    let parts = js_sys::Array::of1(&svg.outer_html().into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return fail("the browser refused the image");
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return fail("no object URL");
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return fail("no image");
    };
    let onload = {
        let img = img.clone();
        let url = url.clone();
        let done = done.clone();
        Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
            let drawn = (|| {
                let document = web_sys::window()?.document()?;
                let canvas: web_sys::HtmlCanvasElement =
                    document.create_element("canvas").ok()?.dyn_into().ok()?;
                canvas.set_width(1520);
                canvas.set_height(1040);
                let ctx: web_sys::CanvasRenderingContext2d =
                    canvas.get_context("2d").ok()??.dyn_into().ok()?;
                ctx.set_fill_style_str("#ffffff");
                ctx.fill_rect(0.0, 0.0, 1520.0, 1040.0);
                ctx.draw_image_with_html_image_element_and_dw_and_dh(
                    &img, 0.0, 0.0, 1520.0, 1040.0,
                )
                .ok()?;
                canvas.to_data_url_with_type("image/png").ok()
            })();
            done(match drawn {
                Some(data_url) => match super::download::download_url("network.png", &data_url) {
                    Ok(()) => "network.png downloaded".into(),
                    Err(e) => e,
                },
                None => "could not draw network.png".into(),
            });
        })
    };
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
}

pub(super) fn label(c: &Corpus, k: &ActorKey) -> String {
    c.actor(k)
        .map_or_else(|| k.folded.clone(), |a| a.name.clone())
}

/// Actors on a circle, the busiest first; edges as arrows weighted by count and coloured
/// by the category most asked for. Hover shows the count, click lists the demands, a
/// click on a node filters by that actor.
fn network_svg(
    c: &Corpus,
    pick: &UseStateHandle<Option<Pick>>,
    filter: &UseStateHandle<Filter>,
) -> Html {
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
        let pick = pick.clone();
        Some(html! {
            <line class="edge" x1={format!("{x1:.1}")} y1={format!("{y1:.1}")} x2={format!("{ex:.1}")} y2={format!("{ey:.1}")}
                stroke={category_colour(main)} stroke-width={format!("{width:.1}")} marker-end="url(#arrow)"
                data-count={e.count.to_string()} onclick={Callback::from(move |_| pick.set(Some(Pick::Edge(i))))}>
                <title>{ title }</title>
            </line>
        })
    });
    let circles = nodes.iter().filter_map(|(k, d)| {
        let (x, y) = pos(k)?;
        let name = label(c, k);
        let key = (*k).clone();
        let filter = filter.clone();
        let (lx, anchor) = if x < W / 2.0 { (x - 10.0, "end") } else { (x + 10.0, "start") };
        Some(html! {
            <g class={classes!("node", format!("node-{}", kind_name(k.kind).replace(' ', "-")))}
                onclick={Callback::from(move |_| { let mut f = (*filter).clone(); f.actor = Some(key.clone()); filter.set(f); })}>
                <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="7" fill={kind_colour(k.kind)}><title>{ format!("{name}: {d} demands made or received") }</title></circle>
                <text x={format!("{lx:.1}")} y={format!("{:.1}", y + 4.0)} text-anchor={anchor} font-size="15" font-family="sans-serif" fill="#1c1e21">{ name }</text>
            </g>
        })
    });
    html! {
        <svg id="network" xmlns="http://www.w3.org/2000/svg" viewBox="-120 0 760 520" role="img" aria-label="Network of who asks whom" aria-details={NETWORK_TABLE}>
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

fn matrix_table(c: &Corpus, pick: &UseStateHandle<Option<Pick>>) -> Html {
    if c.matrix.is_empty() {
        return html! { <p class="empty">{ "No demand concerns a listed group yet." }</p> };
    }
    let mut rows: Vec<&ActorKey> = Vec::new();
    let mut cols: Vec<&str> = Vec::new();
    let mut totals_r: BTreeMap<&ActorKey, usize> = BTreeMap::new();
    let mut totals_c: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &c.matrix {
        // Demands weigh most; being named together keeps a pair on the board.
        *totals_r.entry(&m.actor).or_default() += m.count * 100 + m.documents;
        *totals_c.entry(m.group.as_str()).or_default() += m.count * 100 + m.documents;
    }
    rows.extend(totals_r.keys());
    rows.sort_by_key(|k| std::cmp::Reverse(totals_r[k]));
    rows.truncate(15);
    cols.extend(totals_c.keys());
    cols.sort_by_key(|g| std::cmp::Reverse(totals_c[g]));
    cols.truncate(10);
    html! {
        <table class="matrix" id="matrix">
            <thead><tr><th scope="col">{ "Actor" }</th>{ for cols.iter().map(|g| html! { <th scope="col">{ *g }</th> }) }</tr></thead>
            <tbody>
                { for rows.iter().map(|r| html! {
                    <tr>
                        <th scope="row">{ label(c, r) }</th>
                        { for cols.iter().map(|g| {
                            match c.matrix.iter().position(|m| m.actor == **r && m.group == *g) {
                                Some(i) if c.matrix[i].count > 0 => {
                                    let pick = pick.clone();
                                    let m = &c.matrix[i];
                                    html! { <td><button type="button" class="cell" data-count={m.count.to_string()}
                                        title={format!("{} demands; named together in {} documents", m.count, m.documents)}
                                        aria-label={format!("{} on {}: {} demands", label(c, r), g, m.count)}
                                        onclick={Callback::from(move |_| pick.set(Some(Pick::Cell(i))))}>{ m.count }</button></td> }
                                }
                                Some(i) => html! { <td class="named" title={format!("no demand; named together in {} documents", c.matrix[i].documents)}>
                                    { format!("({})", c.matrix[i].documents) }</td> },
                                None => html! { <td class="zero">{ "·" }</td> },
                            }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// Documents per date as bars, with the day's demands stacked by category beside them.
fn timeline_svg(c: &Corpus) -> Html {
    if c.timeline.is_empty() {
        return html! { <p class="empty">{ "No document states its date." }</p> };
    }
    let max = c
        .timeline
        .iter()
        .map(|d| d.documents.max(d.demands.values().sum()))
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let step = (760.0 / c.timeline.len() as f64).min(40.0);
    let h = 160.0;
    let bars = c.timeline.iter().enumerate().map(|(i, d)| {
        let x = i as f64 * step;
        let doc_h = d.documents as f64 / max * h;
        let mut y = h;
        let stack = d.demands.iter().map(|(cat, n)| {
            let bh = *n as f64 / max * h;
            y -= bh;
            html! { <rect x={format!("{:.1}", x + step * 0.5)} y={format!("{y:.1}")} width={format!("{:.1}", step * 0.4)} height={format!("{bh:.1}")} fill={category_colour(*cat)}>
                <title>{ format!("{}: {n} {} demands", d.date, cat.as_str()) }</title></rect> }
        }).collect::<Html>();
        html! {
            <g class="day" data-date={d.date.clone()} data-documents={d.documents.to_string()}>
                <rect class="docs-bar" x={format!("{x:.1}")} y={format!("{:.1}", h - doc_h)} width={format!("{:.1}", step * 0.45)} height={format!("{doc_h:.1}")}>
                    <title>{ format!("{}: {} documents", d.date, d.documents) }</title></rect>
                { stack }
            </g>
        }
    });
    let first = c
        .timeline
        .first()
        .map(|d| d.date.clone())
        .unwrap_or_default();
    let last = c
        .timeline
        .last()
        .map(|d| d.date.clone())
        .unwrap_or_default();
    html! {
        <svg id="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 780 190" role="img" aria-label="Documents and demands by date" aria-details={TIMELINE_TABLE}>
            { for bars }
            <text x="0" y="185">{ first }</text>
            <text x="760" y="185" text-anchor="end">{ last }</text>
        </svg>
    }
}

fn tables(c: &Corpus, name_of: &dyn Fn(usize) -> String, sort: &UseStateHandle<Sort>) -> Html {
    let names = |keys: &[ActorKey]| {
        keys.iter()
            .map(|k| label(c, k))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut order: Vec<usize> = (0..c.demands.len()).collect();
    match **sort {
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
                <h3 id="all-demands-heading">{ format!("Demands ({})", c.demands.len()) }</h3>
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
                    <tbody>{ for order.iter().take(500).filter_map(|&i| c.demands.get(i)).map(|d| html! {
                        <tr>
                            <td>{ name_of(d.document) }</td>
                            <td>{ d.date.clone().unwrap_or_default() }</td>
                            <td>{ d.speakers.iter().map(|k| label(c, k)).collect::<Vec<_>>().join(", ") }</td>
                            <td>{ d.addressees.iter().map(|k| label(c, k)).collect::<Vec<_>>().join(", ") }</td>
                            <td>{ d.category.as_str() }</td>
                            <td>{ &d.text }</td>
                        </tr>
                    }) }</tbody>
                </table>
                </div>
            </section>
            <section class="table-section" aria-labelledby="all-actors-heading">
                <h3 id="all-actors-heading">{ format!("Actors ({})", c.actors.len()) }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="all-actors-heading">
                <table id="actors-table">
                    <thead><tr><th>{ "Actor" }</th><th>{ "Kind" }</th><th>{ "Documents" }</th><th>{ "Mentions" }</th><th>{ "Demands made" }</th><th>{ "Demands received" }</th></tr></thead>
                    <tbody>{ for c.actors.iter().take(300).map(|a| html! {
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

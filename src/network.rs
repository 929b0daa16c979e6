//! The network of who asks whom as something to draw: the busiest actors placed by
//! `layout`, sized by how many demands they made or received, and each edge a curve from
//! circle to circle, as wide as its count, coloured by the category most asked for. The page
//! and the brief draw the same geometry.

use crate::corpus::{ActorKey, Corpus};
use crate::layout::{place, Footprint, Point};
use crate::report::{ActorKind, Category};
use std::collections::{BTreeMap, BTreeSet};

/// Labels longer than this are cut, with an ellipsis.
const LABEL_CHARS: usize = 28;
/// The label's font size.
pub const LABEL_SIZE: f64 = 12.0;
/// Room around the drawing, for arrowheads and strokes.
const MARGIN: f64 = 16.0;
/// The smallest view, in the drawing's units.
const MIN_W: f64 = 420.0;
const MIN_H: f64 = 360.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub key: ActorKey,
    pub name: String,
    /// The name as drawn: cut if long.
    pub label: String,
    pub kind: ActorKind,
    /// Demands made and received, within the drawn edges.
    pub degree: usize,
    pub at: Point,
    pub radius: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Index into [`Corpus::edges`].
    pub edge: usize,
    /// Indices into [`Network::nodes`].
    pub from: usize,
    pub to: usize,
    pub count: usize,
    /// The category most asked for, which colours it.
    pub category: Category,
    /// The SVG path: a quadratic curve from the speaker's circle to the addressee's, bent
    /// when the two ask each other so the two arrows do not lie on one another.
    pub path: String,
    pub width: f64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub links: Vec<Link>,
    /// The drawing's bounds: x, y, width, height (an SVG viewBox).
    pub view: (f64, f64, f64, f64),
}

impl Network {
    /// The network of `c`'s edges between its `most` busiest actors.
    pub fn of(c: &Corpus, most: usize) -> Network {
        let mut degree: BTreeMap<&ActorKey, usize> = BTreeMap::new();
        for e in &c.edges {
            *degree.entry(&e.from).or_default() += e.count;
            *degree.entry(&e.to).or_default() += e.count;
        }
        let mut keys: Vec<(&ActorKey, usize)> = degree.into_iter().collect();
        keys.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        keys.truncate(most);
        let index: BTreeMap<&ActorKey, usize> =
            keys.iter().enumerate().map(|(i, (k, _))| (*k, i)).collect();
        let mut nodes: Vec<Node> = keys
            .iter()
            .map(|&(k, d)| {
                let name = c
                    .actor(k)
                    .map_or_else(|| k.folded.clone(), |a| a.name.clone());
                let label = shortened(&name);
                Node {
                    key: k.clone(),
                    name,
                    label,
                    kind: k.kind,
                    degree: d,
                    at: Point { x: 0.0, y: 0.0 },
                    radius: (4.0 + 2.0 * (d as f64).sqrt()).min(18.0),
                }
            })
            .collect();
        let pairs: Vec<(usize, usize, usize)> = c
            .edges
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((i, *index.get(&e.from)?, *index.get(&e.to)?)))
            .collect();
        let footprints: Vec<Footprint> = nodes
            .iter()
            .map(|n| Footprint {
                radius: n.radius,
                label_width: label_width(&n.label),
                label_height: LABEL_SIZE + 4.0,
            })
            .collect();
        let joined: Vec<(usize, usize)> = pairs.iter().map(|&(_, a, b)| (a, b)).collect();
        let at = place(&footprints, &joined, 7);
        for (n, p) in nodes.iter_mut().zip(&at) {
            n.at = *p;
        }
        let both_ways: BTreeSet<(usize, usize)> = joined.iter().copied().collect();
        let links = pairs
            .iter()
            .map(|&(edge, from, to)| {
                let e = &c.edges[edge];
                let category = e
                    .categories
                    .iter()
                    .max_by_key(|(_, n)| **n)
                    .map_or(Category::Other, |(c, _)| *c);
                let bent = both_ways.contains(&(to, from));
                Link {
                    edge,
                    from,
                    to,
                    count: e.count,
                    category,
                    path: curve(&nodes[from], &nodes[to], bent),
                    width: (1.5 + (e.count as f64).log2()).min(5.0),
                }
            })
            .collect();
        let view = match footprints
            .iter()
            .zip(&at)
            .map(|(f, p)| f.bounds(*p))
            .reduce(|a, b| (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)))
        {
            Some((l, t, r, b)) => {
                // A few actors are not drawn giant: the view is never smaller than this.
                let (w, h) = (
                    (r - l + 2.0 * MARGIN).max(MIN_W),
                    (b - t + 2.0 * MARGIN).max(MIN_H),
                );
                ((l + r - w) / 2.0, (t + b - h) / 2.0, w, h)
            }
            None => (0.0, 0.0, 0.0, 0.0),
        };
        Network { nodes, links, view }
    }

    /// The nodes joined to `node` by an edge, and the links that join them.
    pub fn neighbourhood(&self, node: usize) -> (BTreeSet<usize>, BTreeSet<usize>) {
        let mut nodes = BTreeSet::from([node]);
        let mut links = BTreeSet::new();
        for (i, l) in self.links.iter().enumerate() {
            if l.from == node || l.to == node {
                nodes.insert(l.from);
                nodes.insert(l.to);
                links.insert(i);
            }
        }
        (nodes, links)
    }
}

/// A name too long for a label, cut to the whole words that fit and to nothing else: the
/// label stays a part of the node's accessible name (the full name), which is what screen
/// readers and WCAG's "label in name" expect. A first word longer than the room is cut.
fn shortened(name: &str) -> String {
    if name.chars().count() <= LABEL_CHARS {
        return name.to_string();
    }
    let mut end = 0;
    for (i, _) in name.match_indices(' ') {
        if name[..i].chars().count() > LABEL_CHARS {
            break;
        }
        end = i;
    }
    if end == 0 {
        name.chars().take(LABEL_CHARS).collect()
    } else {
        name[..end].trim_end_matches([',', '-', '–']).to_string()
    }
}

/// How wide `label` is drawn, a little over: character widths (in ems) of DejaVu Sans,
/// the widest of the usual sans-serif fonts, so the labels are never wider than their room.
fn label_width(label: &str) -> f64 {
    let ems: f64 = label
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | '\'' | '|' | ':' => 0.3,
            'f' | 't' | 'r' | ' ' | '-' | '(' | ')' => 0.42,
            'm' | 'w' | 'M' | 'W' => 1.0,
            'a'..='z' | '0'..='9' => 0.64,
            'A'..='Z' => 0.76,
            c if (c as u32) >= 0x2E80 => 1.0,
            _ => 0.72,
        })
        .sum();
    ems * LABEL_SIZE * 1.06 + 2.0
}

/// From the edge of `a`'s circle to the edge of `b`'s, through a control point off the
/// straight line when `bent`; the end leaves room for the arrowhead.
fn curve(a: &Node, b: &Node, bent: bool) -> String {
    let (dx, dy) = (b.at.x - a.at.x, b.at.y - a.at.y);
    let len = (dx * dx + dy * dy).sqrt().max(0.001);
    let bend = if bent { 0.18 * len } else { 0.0 };
    let c = Point {
        x: (a.at.x + b.at.x) / 2.0 - dy / len * bend,
        y: (a.at.y + b.at.y) / 2.0 + dx / len * bend,
    };
    let toward = |from: &Node, gap: f64| {
        let (ux, uy) = (c.x - from.at.x, c.y - from.at.y);
        let l = (ux * ux + uy * uy).sqrt().max(0.001);
        Point {
            x: from.at.x + ux / l * (from.radius + gap),
            y: from.at.y + uy / l * (from.radius + gap),
        }
    };
    let (s, e) = (toward(a, 1.0), toward(b, 2.0));
    format!(
        "M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}",
        s.x, s.y, c.x, c.y, e.x, e.y
    )
}

#[cfg(test)]
mod tests {

    #[test]
    fn long_names_are_cut_to_whole_words_that_stay_part_of_the_name() {
        let name = "Hostages and Missing Families Forum";
        let label = shortened(name);
        assert_eq!(label, "Hostages and Missing");
        assert!(name.starts_with(&label) && label.chars().count() <= LABEL_CHARS);
        assert_eq!(shortened("Pakistan"), "Pakistan");
        let one_word = "Supercalifragilisticexpialidocious-Verband";
        assert_eq!(shortened(one_word).chars().count(), LABEL_CHARS);
        assert!(one_word.starts_with(&shortened(one_word)));
    }

    use super::*;
    use crate::analyze;
    use crate::corpus::Filter;

    fn corpus() -> Corpus {
        let reports: Vec<_> = [
            "Pakistan urged the Taliban to act against the TTP militants.",
            "The Taliban urged Pakistan to stop the air strikes.",
            "China called on India to show restraint.",
            "Qatar urged Israel and Hamas to agree to a ceasefire.",
        ]
        .iter()
        .map(|t| analyze(t))
        .collect();
        Corpus::build(&reports, &Filter::default())
    }

    #[test]
    fn every_edge_between_drawn_nodes_is_a_link() {
        let c = corpus();
        let net = Network::of(&c, 300);
        assert_eq!(net.links.len(), c.edges.len());
        let names: BTreeSet<&str> = net.nodes.iter().map(|n| n.name.as_str()).collect();
        for name in ["Pakistan", "Taliban", "China", "India", "Qatar", "Israel"] {
            assert!(names.contains(name), "{name} in {names:?}");
        }
        // Pakistan and the Taliban ask each other: both arrows are bent.
        let pk = net.nodes.iter().position(|n| n.name == "Pakistan").unwrap();
        let (near, links) = net.neighbourhood(pk);
        assert_eq!(links.len(), 2);
        assert_eq!(near.len(), 2);
        for l in links {
            let p = &net.links[l].path;
            assert!(p.starts_with('M') && p.contains('Q'), "{p}");
        }
        let (x, y, w, h) = net.view;
        for n in &net.nodes {
            assert!(n.at.x - n.radius > x && n.at.x + n.radius < x + w);
            assert!(n.at.y - n.radius > y && n.at.y + n.radius < y + h);
        }
    }

    #[test]
    fn only_the_busiest_are_drawn() {
        let c = corpus();
        let net = Network::of(&c, 2);
        assert_eq!(net.nodes.len(), 2);
        assert!(net.links.iter().all(|l| l.from < 2 && l.to < 2));
        assert_eq!(Network::of(&Corpus::default(), 300), Network::default());
    }
}

//! Many reports as one corpus: actors and groups merged across documents by identity, the
//! network of who asks whom, which actors demand action against which groups, and the
//! timeline of documents and demands — over all documents or a filtered subset.
//!
//! Identity is by kind and folded name: the gazetteers give states, organizations and
//! groups one canonical name in every document, and people are keyed by their name without
//! dots and case ("S. Jaishankar" and "S Jaishankar" are one person).

use crate::report::{ActorId, ActorKind, Category, Demand, List, Report};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// An actor's identity across documents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct ActorKey {
    pub kind: ActorKind,
    /// Lowercase name without dots, as compared.
    pub folded: String,
}

impl ActorKey {
    pub fn new(kind: ActorKind, name: &str) -> ActorKey {
        let folded = name
            .chars()
            .filter(|c| *c != '.')
            .flat_map(char::to_lowercase)
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        ActorKey { kind, folded }
    }
}

/// Which documents count: all fields empty means all documents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Inclusive `YYYY-MM-DD` bounds on the document date; undated documents pass only
    /// when no bound is set.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Documents that name this actor.
    pub actor: Option<ActorKey>,
    /// Documents that name this group (by name).
    pub group: Option<String>,
    /// Demands of this category only (documents without one drop out).
    pub category: Option<Category>,
    /// Case-insensitive text that the document's title or a demand's sentence contains.
    pub text: Option<String>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    fn keeps_document(&self, r: &Report) -> bool {
        let date = r.meta.date.as_deref();
        let dated_ok = match (&self.from, &self.to, date) {
            (None, None, _) => true,
            (_, _, None) => false,
            (from, to, Some(d)) => {
                from.as_deref().is_none_or(|f| d >= f) && to.as_deref().is_none_or(|t| d <= t)
            }
        };
        let actor_ok = self.actor.as_ref().is_none_or(|k| {
            r.actors
                .iter()
                .any(|a| ActorKey::new(a.kind, &a.name) == *k)
        });
        let group_ok = self
            .group
            .as_ref()
            .is_none_or(|g| r.groups.iter().any(|x| x.name == *g));
        dated_ok && actor_ok && group_ok
    }

    fn keeps_demand(&self, r: &Report, d: &Demand) -> bool {
        let cat_ok = self.category.is_none_or(|c| d.category == c);
        let text_ok = self.text.as_ref().is_none_or(|t| {
            let t = t.to_lowercase();
            d.sentence.text.to_lowercase().contains(&t)
                || r.meta
                    .title
                    .as_deref()
                    .is_some_and(|x| x.to_lowercase().contains(&t))
        });
        cat_ok && text_ok
    }
}

/// One actor of the corpus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CorpusActor {
    pub key: ActorKey,
    pub name: String,
    pub kind: ActorKind,
    pub documents: usize,
    pub mentions: usize,
    /// Demands this actor made, and demands made of it.
    pub made: usize,
    pub received: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CorpusGroup {
    pub name: String,
    pub lists: Vec<List>,
    pub documents: usize,
    pub mentions: usize,
}

/// A demand with the document it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CorpusDemand {
    pub document: usize,
    pub date: Option<String>,
    pub speakers: Vec<ActorKey>,
    pub addressees: Vec<ActorKey>,
    pub groups: Vec<String>,
    pub category: Category,
    pub cameo: Option<String>,
    pub verb: String,
    pub text: String,
    pub sentence: String,
}

/// Speaker → addressee, with the number of demands per category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edge {
    pub from: ActorKey,
    pub to: ActorKey,
    pub count: usize,
    pub categories: BTreeMap<Category, usize>,
    /// Indices into [`Corpus::demands`].
    pub demands: Vec<usize>,
}

/// How often an actor demands something concerning a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub actor: ActorKey,
    pub group: String,
    /// Demands the actor made that concern the group.
    pub count: usize,
    pub demands: Vec<usize>,
    /// Documents that name both the actor and the group.
    pub documents: usize,
}

/// Documents and demands per date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Day {
    pub date: String,
    pub documents: usize,
    pub demands: BTreeMap<Category, usize>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Corpus {
    /// Indices of the documents kept by the filter.
    pub documents: Vec<usize>,
    pub actors: Vec<CorpusActor>,
    pub groups: Vec<CorpusGroup>,
    pub demands: Vec<CorpusDemand>,
    pub edges: Vec<Edge>,
    pub matrix: Vec<Cell>,
    pub timeline: Vec<Day>,
    /// Documents without a date, which the timeline cannot place.
    pub undated: usize,
}

impl Corpus {
    /// Aggregates `reports` (in document order) under `filter`.
    pub fn build<'a>(reports: impl IntoIterator<Item = &'a Report>, filter: &Filter) -> Corpus {
        let mut c = Corpus::default();
        let mut actors: HashMap<ActorKey, CorpusActor> = HashMap::new();
        let mut groups: HashMap<String, CorpusGroup> = HashMap::new();
        let mut days: BTreeMap<String, Day> = BTreeMap::new();
        let mut together: Vec<(Vec<ActorKey>, Vec<String>)> = Vec::new();
        for (di, r) in reports.into_iter().enumerate() {
            if !filter.keeps_document(r) {
                continue;
            }
            let kept: Vec<&Demand> = r
                .demands
                .iter()
                .filter(|d| filter.keeps_demand(r, d))
                .collect();
            let demand_filtered = filter.category.is_some() || filter.text.is_some();
            if demand_filtered && kept.is_empty() {
                continue;
            }
            c.documents.push(di);
            together.push((
                r.actors
                    .iter()
                    .filter(|a| a.kind != ActorKind::ArmedGroup)
                    .map(|a| ActorKey::new(a.kind, &a.name))
                    .collect::<Vec<_>>(),
                r.groups.iter().map(|g| g.name.clone()).collect::<Vec<_>>(),
            ));
            let key_of: HashMap<ActorId, ActorKey> = r
                .actors
                .iter()
                .map(|a| (a.id, ActorKey::new(a.kind, &a.name)))
                .collect();
            for a in &r.actors {
                let key = key_of[&a.id].clone();
                let e = actors.entry(key.clone()).or_insert_with(|| CorpusActor {
                    key,
                    name: a.name.clone(),
                    kind: a.kind,
                    documents: 0,
                    mentions: 0,
                    made: 0,
                    received: 0,
                });
                e.documents += 1;
                e.mentions += a.mentions.len();
            }
            for g in &r.groups {
                let e = groups.entry(g.name.clone()).or_insert_with(|| CorpusGroup {
                    name: g.name.clone(),
                    lists: g.lists.clone(),
                    documents: 0,
                    mentions: 0,
                });
                e.documents += 1;
                e.mentions += g.mentions.len();
            }
            let day = r.meta.date.clone();
            if let Some(d) = &day {
                days.entry(d.clone())
                    .or_insert_with(|| Day {
                        date: d.clone(),
                        documents: 0,
                        demands: BTreeMap::new(),
                    })
                    .documents += 1;
            } else {
                c.undated += 1;
            }
            for d in kept {
                let keys = |ids: &[ActorId]| -> Vec<ActorKey> {
                    ids.iter()
                        .filter_map(|id| key_of.get(id).cloned())
                        .collect()
                };
                let group_names: Vec<String> = r
                    .group_names(&d.groups)
                    .into_iter()
                    .map(String::from)
                    .collect();
                let cd = CorpusDemand {
                    document: di,
                    date: day.clone(),
                    speakers: keys(&d.speakers),
                    addressees: keys(&d.addressees),
                    groups: group_names,
                    category: d.category,
                    cameo: d.cameo.clone(),
                    verb: d.verb.clone(),
                    text: d.text.clone(),
                    sentence: d.sentence.text.clone(),
                };
                if let Some(dd) = &day {
                    if let Some(e) = days.get_mut(dd) {
                        *e.demands.entry(d.category).or_default() += 1;
                    }
                }
                c.demands.push(cd);
            }
        }
        // Who asks whom, and who demands what of which group.
        let mut edges: BTreeMap<(ActorKey, ActorKey), Edge> = BTreeMap::new();
        let mut cells: BTreeMap<(ActorKey, String), Cell> = BTreeMap::new();
        for (i, d) in c.demands.iter().enumerate() {
            for s in &d.speakers {
                if let Some(a) = actors.get_mut(s) {
                    a.made += 1;
                }
                for t in d.addressees.iter().filter(|t| *t != s) {
                    let e = edges.entry((s.clone(), t.clone())).or_insert_with(|| Edge {
                        from: s.clone(),
                        to: t.clone(),
                        count: 0,
                        categories: BTreeMap::new(),
                        demands: Vec::new(),
                    });
                    e.count += 1;
                    *e.categories.entry(d.category).or_default() += 1;
                    e.demands.push(i);
                }
                for g in &d.groups {
                    let cell = cells.entry((s.clone(), g.clone())).or_insert_with(|| Cell {
                        actor: s.clone(),
                        group: g.clone(),
                        count: 0,
                        demands: Vec::new(),
                        documents: 0,
                    });
                    cell.count += 1;
                    cell.demands.push(i);
                }
            }
            for t in &d.addressees {
                if let Some(a) = actors.get_mut(t) {
                    a.received += 1;
                }
            }
        }
        c.actors = actors.into_values().collect();
        c.actors.sort_by(|a, b| {
            b.documents
                .cmp(&a.documents)
                .then(b.mentions.cmp(&a.mentions))
                .then(a.name.cmp(&b.name))
        });
        c.groups = groups.into_values().collect();
        c.groups
            .sort_by(|a, b| b.documents.cmp(&a.documents).then(a.name.cmp(&b.name)));
        c.edges = edges.into_values().collect();
        // Who names which group, demand or not: document by document.
        for (actors_here, groups_here) in &together {
            for a in actors_here {
                for g in groups_here {
                    cells
                        .entry((a.clone(), g.clone()))
                        .or_insert_with(|| Cell {
                            actor: a.clone(),
                            group: g.clone(),
                            count: 0,
                            demands: Vec::new(),
                            documents: 0,
                        })
                        .documents += 1;
                }
            }
        }
        c.matrix = cells.into_values().collect();
        c.timeline = days.into_values().collect();
        c
    }

    pub fn actor(&self, key: &ActorKey) -> Option<&CorpusActor> {
        self.actors.iter().find(|a| a.key == *key)
    }

    /// The network of who asks whom as GraphML, which Gephi, yEd and Cytoscape open.
    pub fn graphml(&self) -> String {
        let mut nodes: BTreeSet<&ActorKey> = BTreeSet::new();
        for e in &self.edges {
            nodes.insert(&e.from);
            nodes.insert(&e.to);
        }
        let id = |k: &ActorKey| format!("{:?}:{}", k.kind, k.folded);
        let mut out = String::from(concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
            "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n",
            "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n",
            "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n",
            "  <key id=\"category\" for=\"edge\" attr.name=\"category\" attr.type=\"string\"/>\n",
            "  <graph id=\"demands\" edgedefault=\"directed\">\n",
        ));
        for k in nodes {
            let name = self.actor(k).map_or(k.folded.as_str(), |a| a.name.as_str());
            out += &format!(
                "    <node id=\"{}\"><data key=\"label\">{}</data><data key=\"kind\">{}</data></node>\n",
                xml(&id(k)),
                xml(name),
                xml(&format!("{:?}", k.kind))
            );
        }
        for (i, e) in self.edges.iter().enumerate() {
            let main = e
                .categories
                .iter()
                .max_by_key(|(_, n)| **n)
                .map_or("other", |(c, _)| c.as_str());
            out += &format!(
                "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\"><data key=\"weight\">{}</data><data key=\"category\">{}</data></edge>\n",
                xml(&id(&e.from)),
                xml(&id(&e.to)),
                e.count,
                main
            );
        }
        out += "  </graph>\n</graphml>\n";
        out
    }
}

/// Escapes text for XML content and attributes.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    fn corpus() -> Vec<Report> {
        [
            "Published: March 1, 2024\n\nPakistan urged the Taliban to act against the TTP militants.",
            "Published: March 2, 2024\n\nPakistan again urged the Taliban to act against the Tehrik-e-Taliban Pakistan. China called for restraint.",
            "Published: April 5, 2024\n\nExternal Affairs Minister S. Jaishankar urged Pakistan to act against LeT.",
            "No date here. S Jaishankar said the envoys met in Delhi.",
        ]
        .iter()
        .map(|t| analyze(t))
        .collect()
    }

    #[test]
    fn actors_and_groups_merge_across_documents() {
        let c = Corpus::build(&corpus(), &Filter::default());
        let pk = c
            .actor(&ActorKey::new(ActorKind::Country, "Pakistan"))
            .expect("Pakistan");
        assert_eq!((pk.documents, pk.made, pk.received), (3, 2, 1));
        let j = c
            .actor(&ActorKey::new(ActorKind::Person, "S Jaishankar"))
            .expect("one Jaishankar");
        assert_eq!(j.documents, 2);
        let ttp = c
            .groups
            .iter()
            .find(|g| g.name == "Tehrik-e-Taliban Pakistan")
            .unwrap();
        assert_eq!((ttp.documents, ttp.mentions), (2, 2));
        assert_eq!(c.undated, 1);
    }

    #[test]
    fn network_matrix_and_timeline_count_demands() {
        let c = Corpus::build(&corpus(), &Filter::default());
        let pk = ActorKey::new(ActorKind::Country, "Pakistan");
        let taliban = ActorKey::new(ActorKind::ArmedGroup, "Taliban");
        let edge = c
            .edges
            .iter()
            .find(|e| e.from == pk && e.to == taliban)
            .expect("edge");
        assert_eq!(edge.count, 2);
        assert_eq!(edge.categories.get(&Category::Counterterrorism), Some(&2));
        let cell = c
            .matrix
            .iter()
            .find(|m| m.actor == pk && m.group == "Tehrik-e-Taliban Pakistan")
            .unwrap();
        assert_eq!((cell.count, cell.documents), (2, 2));
        let china = ActorKey::new(ActorKind::Country, "China");
        let named = c
            .matrix
            .iter()
            .find(|m| m.actor == china && m.group == "Tehrik-e-Taliban Pakistan")
            .expect("China and the TTP are named together");
        assert_eq!((named.count, named.documents), (0, 1));
        let days: Vec<(&str, usize)> = c
            .timeline
            .iter()
            .map(|d| (d.date.as_str(), d.documents))
            .collect();
        assert_eq!(
            days,
            vec![("2024-03-01", 1), ("2024-03-02", 1), ("2024-04-05", 1)]
        );
        assert!(c.graphml().contains("<edge id=\"e0\""));
    }

    #[test]
    fn filters_narrow_the_corpus() {
        let reports = corpus();
        let march = Filter {
            from: Some("2024-03-01".into()),
            to: Some("2024-03-31".into()),
            ..Filter::default()
        };
        assert_eq!(Corpus::build(&reports, &march).documents, vec![0, 1]);
        let ceasefire = Filter {
            category: Some(Category::Ceasefire),
            ..Filter::default()
        };
        let c = Corpus::build(&reports, &ceasefire);
        assert_eq!(c.documents, vec![1]);
        assert_eq!(c.demands.len(), 1);
        let india = Filter {
            actor: Some(ActorKey::new(ActorKind::Country, "India")),
            ..Filter::default()
        };
        assert_eq!(Corpus::build(&reports, &india).documents, vec![2]);
        let text = Filter {
            text: Some("LeT".into()),
            ..Filter::default()
        };
        assert_eq!(Corpus::build(&reports, &text).documents, vec![2]);
    }

    #[test]
    fn xml_is_escaped() {
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }
}

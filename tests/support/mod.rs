//! Gold-file scoring shared by the corpus tests: the matching rules of the evaluation's
//! `score.py` (docs: `tests/corpus/README.md`), so the figures here and there agree.

#![allow(dead_code)]

use serde_json::Value;
use std::collections::HashSet;
use unicode_normalization::UnicodeNormalization;

/// Case- and punctuation-folded form of a name, as the scorer compares names.
pub fn fold(s: &str) -> String {
    let s: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
        .replace(['’', '\''], "");
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether an actor of a report is the party a test names: by name or alias, folded, or by
/// its name with up to three title words before it ("dr amina yusuf" is "amina yusuf").
pub fn is_named(a: &communique::report::Actor, expected: &str) -> bool {
    let e = fold(expected);
    let name = fold(&a.name);
    if name == e || a.aliases.iter().any(|x| fold(x) == e) {
        return true;
    }
    name.strip_suffix(&e)
        .and_then(|p| p.strip_suffix(' '))
        .is_some_and(|prefix| {
            let words: Vec<&str> = prefix.split(' ').collect();
            words.len() <= 3 && !words.contains(&"and")
        })
}

fn strings(v: &Value, keys: &[&str]) -> HashSet<String> {
    let mut out = HashSet::new();
    for k in keys {
        match &v[*k] {
            Value::String(s) => {
                out.insert(fold(s));
            }
            Value::Array(a) => {
                for x in a {
                    if let Some(s) = x.as_str() {
                        out.insert(fold(s));
                    } else if let Some(s) = x["text"].as_str() {
                        out.insert(fold(s));
                    }
                }
            }
            _ => {}
        }
    }
    out.remove("");
    out
}

pub fn pred_strings(ent: &Value) -> HashSet<String> {
    strings(ent, &["name", "aliases", "mentions"])
}

pub fn gold_strings(ent: &Value) -> HashSet<String> {
    strings(ent, &["name", "match"])
}

fn optional(v: &Value) -> bool {
    v["optional"].as_bool().unwrap_or(false)
}

fn arr(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or(&[])
}

#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }

    pub fn f1(&self) -> f64 {
        let p = if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        };
        let r = if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        };
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Result of matching one entity list: counts, the gold entry each prediction matched, and
/// what was wrong.
pub struct EntityMatch {
    pub counts: Counts,
    /// (prediction index, gold index) pairs.
    pub pairs: Vec<(usize, usize)>,
    pub misses: Vec<String>,
    pub extras: Vec<String>,
}

/// What a prediction matched, by the scorer's rule: the first unused required gold entry
/// it fits, or only an optional one (then it counts neither way).
enum Matched {
    Required(usize),
    OptionalOnly,
    Nothing,
}

/// Greedy one-to-one matching of one prediction against `gold`; `fits` says whether the
/// prediction fits gold entry `i`. Marks the entry it takes as used.
fn first_fit(gold: &[Value], used: &mut [bool], fits: impl Fn(usize) -> bool) -> Matched {
    let mut optional_hit = false;
    for i in (0..gold.len()).filter(|&i| fits(i)) {
        if optional(&gold[i]) {
            optional_hit = true;
        } else if !used[i] {
            used[i] = true;
            return Matched::Required(i);
        }
    }
    if optional_hit {
        Matched::OptionalOnly
    } else {
        Matched::Nothing
    }
}

pub fn match_entities(gold: &[Value], pred: &[Value], lenient: &[HashSet<String>]) -> EntityMatch {
    let gsets: Vec<_> = gold.iter().map(gold_strings).collect();
    let mut used = vec![false; gold.len()];
    let mut m = EntityMatch {
        counts: Counts::default(),
        pairs: Vec::new(),
        misses: Vec::new(),
        extras: Vec::new(),
    };
    for (pi, p) in pred.iter().enumerate() {
        let ps = pred_strings(p);
        match first_fit(gold, &mut used, |i| !ps.is_disjoint(&gsets[i])) {
            Matched::Required(i) => {
                m.counts.tp += 1;
                m.pairs.push((pi, i));
            }
            Matched::OptionalOnly => {}
            Matched::Nothing if lenient.iter().any(|l| !ps.is_disjoint(l)) => {}
            Matched::Nothing => {
                m.counts.fp += 1;
                m.extras.push(p["name"].as_str().unwrap_or("").to_string());
            }
        }
    }
    for (i, g) in gold.iter().enumerate() {
        if !used[i] && !optional(g) {
            m.counts.fn_ += 1;
            m.misses.push(g["name"].as_str().unwrap_or("").to_string());
        }
    }
    m
}

/// Scores one report against its gold file, per kind.
pub struct DocScore {
    pub actors: EntityMatch,
    pub groups: EntityMatch,
    pub demands: Counts,
    pub demand_misses: Vec<String>,
    pub demand_extras: Vec<String>,
    pub category_ok: usize,
    pub category_n: usize,
}

pub fn score(gold: &Value, report: &Value) -> DocScore {
    let group_sets: Vec<_> = arr(&gold["groups"]).iter().map(gold_strings).collect();
    let actors = match_entities(arr(&gold["actors"]), arr(&report["actors"]), &group_sets);
    let groups = match_entities(arr(&gold["groups"]), arr(&report["groups"]), &[]);

    let gact: Vec<(String, HashSet<String>)> = arr(&gold["actors"])
        .iter()
        .map(|a| {
            (
                a["name"].as_str().unwrap_or("").to_string(),
                gold_strings(a),
            )
        })
        .collect();
    let pact: Vec<(String, HashSet<String>)> = arr(&report["actors"])
        .iter()
        .map(|a| (a["id"].as_str().unwrap_or("").to_string(), pred_strings(a)))
        .collect();
    let gdem = arr(&gold["demands"]);
    let mut used = vec![false; gdem.len()];
    let mut s = DocScore {
        actors,
        groups,
        demands: Counts::default(),
        demand_misses: Vec::new(),
        demand_extras: Vec::new(),
        category_ok: 0,
        category_n: 0,
    };
    for p in arr(&report["demands"]) {
        let sent = fold(p["sentence"]["text"].as_str().unwrap_or(""));
        let pspk: Vec<&HashSet<String>> = arr(&p["speakers"])
            .iter()
            .filter_map(|id| {
                pact.iter()
                    .find(|(i, _)| Some(i.as_str()) == id.as_str())
                    .map(|(_, s)| s)
            })
            .collect();
        let fits = |i: usize| {
            let g = &gdem[i];
            if !sent.contains(&fold(g["evidence"].as_str().unwrap_or(""))) {
                return false;
            }
            let gspk: Vec<HashSet<String>> = arr(&g["speakers"])
                .iter()
                .filter_map(Value::as_str)
                .map(|n| {
                    gact.iter()
                        .find(|(name, _)| name == n)
                        .map(|(_, s)| s.clone())
                        .unwrap_or_else(|| [fold(n)].into())
                })
                .collect();
            gspk.is_empty() || pspk.iter().any(|a| gspk.iter().any(|b| !a.is_disjoint(b)))
        };
        match first_fit(gdem, &mut used, fits) {
            Matched::Required(i) => {
                s.demands.tp += 1;
                s.category_n += 1;
                s.category_ok += usize::from(p["category"] == gdem[i]["category"]);
            }
            Matched::OptionalOnly => {}
            Matched::Nothing => {
                s.demands.fp += 1;
                s.demand_extras.push(
                    p["sentence"]["text"]
                        .as_str()
                        .unwrap_or("")
                        .chars()
                        .take(90)
                        .collect(),
                );
            }
        }
    }
    for (i, g) in gdem.iter().enumerate() {
        if !used[i] && !optional(g) {
            s.demands.fn_ += 1;
            s.demand_misses
                .push(g["evidence"].as_str().unwrap_or("").to_string());
        }
    }
    s
}

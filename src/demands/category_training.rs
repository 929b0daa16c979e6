//! Training the learned reading of categories (`category_model`) on annotated articles:
//! each demand the rules find is paired with the gold demand its sentence holds, and an
//! averaged perceptron learns the gold category from the demand's features. Deterministic:
//! the same articles give the same model file, byte for byte (a fixed shuffle, sorted
//! output).

use super::category_model::{features_in, Model, CATEGORIES};
use crate::report::{Category, Report};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// A demand the rules found, read as the model reads it, with its gold category.
pub struct Example {
    pub features: Vec<u32>,
    pub rule: Category,
    pub gold: Category,
}

/// Lowercase, curly quotes straight, runs of whitespace one space: how evidence and names
/// are compared.
fn fold(s: &str) -> String {
    let s = s
        .to_lowercase()
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each demand of a rules-only `report` with the first unused required gold demand whose evidence its
/// sentence holds and whose speakers, when it names any, include one of the demand's (by
/// any name the gold gives them).
pub fn paired(report: &Report, gold: &Value) -> Vec<Example> {
    let list = |v: &Value, k: &str| v[k].as_array().cloned().unwrap_or_default();
    let names: HashMap<String, HashSet<String>> = list(gold, "actors")
        .iter()
        .map(|a| {
            let name = a["name"].as_str().unwrap_or_default();
            let forms = list(a, "match")
                .iter()
                .filter_map(|m| m.as_str())
                .chain([name])
                .map(fold)
                .collect();
            (name.to_string(), forms)
        })
        .collect();
    let gold_demands = list(gold, "demands");
    let mut used = vec![false; gold_demands.len()];
    let mut out = Vec::new();
    for d in &report.demands {
        let sentence = fold(&d.sentence.text);
        let said_by: HashSet<String> = d
            .speakers
            .iter()
            .filter_map(|&id| report.actor(id))
            .flat_map(|a| a.aliases.iter().chain([&a.name]).map(|n| fold(n)))
            .collect();
        let found = gold_demands.iter().enumerate().find(|(i, g)| {
            let speakers = list(g, "speakers");
            !used[*i]
                && g["optional"].as_bool() != Some(true)
                && sentence.contains(&fold(g["evidence"].as_str().unwrap_or("\u{0}")))
                && (speakers.is_empty()
                    || speakers.iter().filter_map(|s| s.as_str()).any(|s| {
                        names
                            .get(s)
                            .is_some_and(|forms| !forms.is_disjoint(&said_by))
                    }))
        });
        let Some((i, g)) = found else { continue };
        used[i] = true;
        if let Some(gold) = g["category"].as_str().and_then(Category::parse) {
            out.push(Example {
                features: features_in(&report.actors, d),
                rule: d.category,
                gold,
            });
        }
    }
    out
}

/// How the model is trained and pruned.
pub struct Settings {
    pub epochs: usize,
    /// How many shuffled orders of the data are trained on, their weights averaged.
    pub shuffles: usize,
    /// Features seen in fewer demands than this are dropped before training: a word of
    /// one article's asks would learn that article.
    pub min_count: usize,
}

impl Default for Settings {
    /// Chosen on a fifth of the corpus held out (its articles, not its demands), the page's
    /// weight deciding where the curve is flat: features of twenty demands or more give
    /// 0.676 there against the rules' 0.618, with 2,800 features (28 KB gzipped); ten or
    /// more gave 0.681 with 4,400 (43 KB), three or more a point more for nine times the
    /// weights. Five epochs: three to ten differ by less than a point. Five shuffles: one
    /// shuffle's model moved by up to five demands of the dev set's 85 with its data's
    /// order.
    fn default() -> Settings {
        Settings {
            epochs: 5,
            shuffles: 5,
            min_count: 20,
        }
    }
}

/// Trains a model on demands with their gold categories. Deterministic: fixed shuffles.
pub fn train<'a>(examples: impl IntoIterator<Item = &'a Example>, settings: &Settings) -> Model {
    let examples: Vec<&Example> = examples.into_iter().collect();
    let mut seen: HashMap<u32, usize> = HashMap::new();
    for e in &examples {
        for &h in &e.features {
            *seen.entry(h).or_default() += 1;
        }
    }
    let data: Vec<(Vec<u32>, usize)> = examples
        .iter()
        .map(|e| {
            let kept = e
                .features
                .iter()
                .copied()
                .filter(|h| seen[h] >= settings.min_count)
                .collect();
            (
                kept,
                Category::ALL.iter().position(|&x| x == e.gold).unwrap_or(0),
            )
        })
        .collect();
    // The weights of several passes over the data in different orders, averaged: one
    // order's model moves with it on the borderline demands.
    let mut averaged: HashMap<(u32, usize), f64> = HashMap::new();
    for pass in 0..settings.shuffles {
        let seed = 0x9e37_79b9_7f4a_7c15u64 ^ (pass as u64).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        for (k, w) in one_order(&data, settings.epochs, seed) {
            *averaged.entry(k).or_default() += w / settings.shuffles as f64;
        }
    }
    let top = averaged.values().fold(0f64, |m, w| m.max(w.abs()));
    let scale = if top > 0.0 { 127.0 / top } else { 1.0 };
    let mut rows: HashMap<u32, [i8; CATEGORIES]> = HashMap::new();
    for ((h, c), w) in averaged {
        let q = (w * scale).round() as i8;
        if q != 0 {
            rows.entry(h).or_default()[c] = q;
        }
    }
    Model { rows }
}

/// An averaged perceptron trained on `data` (features, gold category's index) in the order
/// a xorshift seeded with `seed` shuffles it to, every epoch anew.
fn one_order(
    data: &[(Vec<u32>, usize)],
    epochs: usize,
    mut seed: u64,
) -> HashMap<(u32, usize), f64> {
    #[derive(Default, Clone, Copy)]
    struct Weight {
        now: f64,
        total: f64,
        since: u64,
    }
    // A feature's weights for every category together: one lookup a feature, not eight.
    let mut weights: HashMap<u32, [Weight; CATEGORIES]> = HashMap::new();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut clock = 1u64;
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        for &i in &order {
            let (f, gold) = &data[i];
            let mut scores = [0f64; CATEGORIES];
            for row in f.iter().filter_map(|h| weights.get(h)) {
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += w.now;
                }
            }
            let guess = (0..CATEGORIES).fold(0, |b, c| if scores[c] > scores[b] { c } else { b });
            if guess != *gold {
                for &h in f {
                    let row = weights.entry(h).or_default();
                    for (c, delta) in [(*gold, 1.0), (guess, -1.0)] {
                        let w = &mut row[c];
                        w.total += (clock - w.since) as f64 * w.now;
                        w.since = clock;
                        w.now += delta;
                    }
                }
            }
            clock += 1;
        }
    }
    weights
        .into_iter()
        .flat_map(|(h, row)| {
            row.into_iter()
                .enumerate()
                .filter(|(_, w)| w.since > 0)
                .map(move |(c, w)| {
                    (
                        (h, c),
                        (w.total + (clock - w.since) as f64 * w.now) / clock as f64,
                    )
                })
        })
        .collect()
}

/// The demands of every fifth article (`held`) or of the others: the split the held-out
/// figure is read on, by article so that no article's wording is on both sides.
pub fn fifth(articles: &[Vec<Example>], held: bool) -> impl Iterator<Item = &Example> {
    articles
        .iter()
        .enumerate()
        .filter(move |(n, _)| (n % 5 == 0) == held)
        .flat_map(|(_, a)| a)
}

/// How often the model and the rules are right on `examples`: (model, rules, demands).
pub fn accuracy<'a>(
    model: &Model,
    examples: impl IntoIterator<Item = &'a Example>,
) -> (f64, f64, usize) {
    let (mut model_right, mut rules_right, mut n) = (0, 0, 0);
    for e in examples {
        model_right += usize::from(model.decide_hashed(&e.features, e.rule) == e.gold);
        rules_right += usize::from(e.rule == e.gold);
        n += 1;
    }
    let share = |k: usize| k as f64 / n.max(1) as f64;
    (share(model_right), share(rules_right), n)
}

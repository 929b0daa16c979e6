//! Training and evaluating the tagger on a CoNLL-U treebank (`make tagger`,
//! `make tagger-eval`). Deterministic: the same treebank gives the same model file, byte for
//! byte (a fixed shuffle seed, sorted output).

use super::perceptron::{normalize, Context, Model, HASH_MASK};
use super::tags::Upos;
use std::collections::HashMap;

/// A sentence of the treebank: its words and their gold tags.
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<Upos>,
}

/// Reads the syntactic words of a CoNLL-U file (multiword ranges and empty nodes skipped).
pub fn read_conllu(text: &str) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    let mut cur = Sentence {
        words: Vec::new(),
        tags: Vec::new(),
    };
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::replace(
                    &mut cur,
                    Sentence {
                        words: Vec::new(),
                        tags: Vec::new(),
                    },
                ));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(format!("line {}: expected 10 columns", n + 1));
        }
        if cols[0].contains(['-', '.']) {
            continue;
        }
        let tag = Upos::parse(cols[3]).ok_or_else(|| format!("line {}: tag {}", n + 1, cols[3]))?;
        cur.words.push(cols[1].to_string());
        cur.tags.push(tag);
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// How the model is trained and pruned.
pub struct Settings {
    pub iterations: usize,
    /// Weights smaller than this (after averaging, before scaling) are dropped.
    pub min_weight: f64,
    /// Features seen fewer times in training are dropped.
    pub min_count: u32,
    /// A word seen at least this often, with one tag 97% of the time, goes in the tag
    /// dictionary.
    pub dict_min: u32,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            // Chosen on the dev split: the smallest model within a few tenths of a point of
            // the unpruned one, so the page's download stays within its budget.
            iterations: 8,
            min_weight: 1.75,
            min_count: 3,
            dict_min: 5,
        }
    }
}

#[derive(Clone)]
struct Weight {
    w: [f64; Upos::COUNT],
    total: [f64; Upos::COUNT],
    stamp: [u32; Upos::COUNT],
    count: u32,
}

/// Trains a model on `sentences`.
pub fn train(sentences: &[Sentence], settings: &Settings) -> Model {
    let dict = tag_dictionary(sentences, settings);
    let mut weights: HashMap<u32, Weight> = HashMap::new();
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut clock: u32 = 0;
    let mut feats = Vec::new();
    for _ in 0..settings.iterations {
        for s in &sentences_in(&order, sentences) {
            let raw: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let norm: Vec<String> = raw.iter().map(|w| normalize(w)).collect();
            let ctx = Context {
                raw: &raw,
                norm: &norm,
                dict: Some(&dict),
            };
            let (mut prev, mut prev2) = ("-START-", "-START2-");
            for (i, gold) in s.tags.iter().enumerate() {
                if !dict.contains_key(&norm[i]) {
                    {
                        ctx.features(i, prev, prev2, &mut feats);
                        clock += 1;
                        let mut scores = [0f64; Upos::COUNT];
                        for f in &feats {
                            if let Some(w) = weights.get(f) {
                                for (c, s) in scores.iter_mut().enumerate() {
                                    *s += w.w[c];
                                }
                            }
                        }
                        let guess = best_f(&scores);
                        for f in &feats {
                            let w = weights.entry(*f).or_insert_with(|| Weight {
                                w: [0.0; Upos::COUNT],
                                total: [0.0; Upos::COUNT],
                                stamp: [0; Upos::COUNT],
                                count: 0,
                            });
                            w.count += 1;
                            if guess != *gold {
                                for (c, d) in [(gold.index(), 1.0), (guess.index(), -1.0)] {
                                    w.total[c] += f64::from(clock - w.stamp[c]) * w.w[c];
                                    w.stamp[c] = clock;
                                    w.w[c] += d;
                                }
                            }
                        }
                    }
                }
                prev2 = prev;
                prev = gold.as_str();
            }
        }
        shuffle(&mut order, &mut seed);
    }
    // Averaging, pruning and scaling to 16 bits.
    let mut averaged: Vec<(u32, Vec<(u8, f64)>)> = weights
        .into_iter()
        .filter(|(_, w)| w.count >= settings.min_count)
        .map(|(h, w)| {
            let ws = (0..Upos::COUNT)
                .filter_map(|c| {
                    let total = w.total[c] + f64::from(clock - w.stamp[c]) * w.w[c];
                    let avg = total / f64::from(clock.max(1));
                    (avg.abs() >= settings.min_weight).then_some((c as u8, avg))
                })
                .collect::<Vec<_>>();
            (h, ws)
        })
        .filter(|(_, ws)| !ws.is_empty())
        .collect();
    averaged.sort_by_key(|(h, _)| (*h & HASH_MASK, *h));
    let max = averaged
        .iter()
        .flat_map(|(_, ws)| ws.iter().map(|(_, w)| w.abs()))
        .fold(1e-9, f64::max);
    let scale = 127.0 / max;
    let mut merged: Vec<(u32, Vec<(u8, i8)>)> = Vec::new();
    for (h, ws) in averaged {
        let ws: Vec<(u8, i8)> = ws
            .into_iter()
            .map(|(c, w)| (c, (w * scale).round() as i8))
            .filter(|&(_, w)| w != 0)
            .collect();
        if ws.is_empty() {
            continue;
        }
        // Two features whose short hashes collide share one entry: the first keeps it.
        if merged.last().is_none_or(|(last, _)| *last != h & HASH_MASK) {
            merged.push((h & HASH_MASK, ws));
        }
    }
    let quantized = merged;
    Model::new(dict, quantized)
}

fn sentences_in<'a>(order: &[usize], sentences: &'a [Sentence]) -> Vec<&'a Sentence> {
    order.iter().map(|&i| &sentences[i]).collect()
}

fn best_f(scores: &[f64; Upos::COUNT]) -> Upos {
    let mut b = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[b] {
            b = i;
        }
    }
    Upos::ALL[b]
}

/// Words seen often enough with one tag almost always: the model never needs to guess them.
fn tag_dictionary(sentences: &[Sentence], settings: &Settings) -> HashMap<String, Upos> {
    let mut counts: HashMap<String, [u32; Upos::COUNT]> = HashMap::new();
    for s in sentences {
        for (w, t) in s.words.iter().zip(&s.tags) {
            counts.entry(normalize(w)).or_insert([0; Upos::COUNT])[t.index()] += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(w, c)| {
            let n: u32 = c.iter().sum();
            let (top, &k) = c
                .iter()
                .enumerate()
                .max_by_key(|&(i, k)| (*k, std::cmp::Reverse(i)))?;
            (n >= settings.dict_min && f64::from(k) / f64::from(n) >= 0.97 && w.len() < 256)
                .then(|| (w, Upos::ALL[top]))
        })
        .collect()
}

fn shuffle(v: &mut [usize], seed: &mut u64) {
    for i in (1..v.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        v.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// The share of words of `sentences` the model tags as the treebank does.
pub fn accuracy(model: &Model, sentences: &[Sentence]) -> f64 {
    let (mut ok, mut n) = (0usize, 0usize);
    for s in sentences {
        let raw: Vec<&str> = s.words.iter().map(String::as_str).collect();
        for (got, gold) in model.tag(&raw).iter().zip(&s.tags) {
            ok += usize::from(got == gold);
            n += 1;
        }
    }
    ok as f64 / n.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str = "# text = They urged talks.\n1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n3\ttalks\ttalk\tNOUN\tNNS\t_\t2\tobj\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n";

    #[test]
    fn reads_words_not_multiword_ranges() {
        let s = read_conllu(TINY).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].words, vec!["do", "n't", "go"]);
        assert_eq!(
            s[0].tags,
            vec![Upos::Pron, Upos::Verb, Upos::Noun, Upos::Punct]
        );
        assert!(read_conllu("1\tbroken\n").is_err());
    }

    #[test]
    fn learns_what_it_is_shown_and_is_deterministic() {
        let mut text = String::new();
        for _ in 0..30 {
            text += TINY;
            text += "\n";
        }
        let s = read_conllu(&text).unwrap();
        let settings = Settings {
            min_count: 1,
            min_weight: 0.0,
            ..Settings::default()
        };
        let a = train(&s, &settings);
        assert!(accuracy(&a, &s) > 0.99);
        assert_eq!(a.to_bytes(), train(&s, &settings).to_bytes());
    }
}

//! An averaged perceptron part-of-speech tagger (Collins 2002, in the greedy left-to-right
//! form of Honnibal's "A good part-of-speech tagger in about 200 lines of Python").
//!
//! Why this model: it is small, fast (a few hash lookups per token), deterministic to train,
//! and on newswire it comes within a point or two of far heavier taggers. Its weights are a
//! data file (`data/tagger.bin`, trained by `make tagger` on the UD English Web Treebank);
//! frequent unambiguous words skip the model through a tag dictionary.
//!
//! Features are hashed to 32 bits (FNV-1a over a template number and the words), so the
//! model stores no strings but the tag dictionary.

use super::tags::Upos;
use std::collections::HashMap;

/// A word as the features see it: lowercased, digits folded.
pub fn normalize(word: &str) -> String {
    if word.chars().all(|c| c.is_ascii_digit()) {
        return if word.len() == 4 { "!YEAR" } else { "!DIGITS" }.to_string();
    }
    if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return "!DIGITS".to_string();
    }
    word.to_lowercase()
}

/// The shape of a word as written: case and digits, which carry most of what an unknown
/// word's tag depends on ("Xx" a name, "X" an acronym, "d" a number).
fn shape(word: &str) -> &'static str {
    let mut upper = 0;
    let mut lower = 0;
    let mut digit = 0;
    for c in word.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        } else if c.is_numeric() {
            digit += 1;
        }
    }
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    match (upper, lower, digit) {
        (0, 0, 0) => "p",
        (_, _, d) if d > 0 && upper + lower == 0 => "d",
        (_, _, d) if d > 0 => "a1",
        (u, 0, _) if u > 1 => "X",
        (1, 0, _) => "X1",
        (0, _, _) => "x",
        _ if first_upper && upper == 1 => "Xx",
        _ if first_upper => "XxX",
        _ => "xX",
    }
}

/// One feature's hash: the template number, then each part with a separator.
fn hash(template: u8, parts: &[&str]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut eat = |b: u8| {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    };
    eat(template);
    for p in parts {
        for &b in p.as_bytes() {
            eat(b);
        }
        eat(0xff);
    }
    h
}

fn suffix(word: &str, n: usize) -> &str {
    let count = word.chars().count();
    match word.char_indices().nth(count.saturating_sub(n)) {
        Some((i, _)) if count > n => &word[i..],
        _ => word,
    }
}

fn prefix(word: &str, n: usize) -> &str {
    word.char_indices().nth(n).map_or(word, |(i, _)| &word[..i])
}

/// The context of one token: the words around it and the tags already given to its left.
pub struct Context<'a> {
    /// Raw words of the sentence.
    pub raw: &'a [&'a str],
    /// Normalised words of the sentence.
    pub norm: &'a [String],
    /// The tag dictionary, for the tags of the words ahead.
    pub dict: Option<&'a HashMap<String, Upos>>,
}

impl Context<'_> {
    fn norm(&self, i: isize) -> &str {
        if i < 0 {
            ["-START-", "-START2-"][(-i - 1).min(1) as usize]
        } else {
            // The padding is computed only past the end: `i - len` underflows before it.
            self.norm.get(i as usize).map_or_else(
                || ["-END-", "-END2-"][(i as usize - self.norm.len()).min(1)],
                String::as_str,
            )
        }
    }

    fn dict_tag(&self, i: isize) -> &str {
        match self.dict {
            Some(d) if i >= 0 => self
                .norm
                .get(i as usize)
                .and_then(|w| d.get(w))
                .map_or("?", |t| t.as_str()),
            _ => "?",
        }
    }

    fn raw(&self, i: isize) -> &str {
        if i < 0 {
            ""
        } else {
            self.raw.get(i as usize).copied().unwrap_or("")
        }
    }

    /// The hashed features of token `i` given the two tags before it.
    pub fn features(&self, i: usize, prev: &str, prev2: &str, out: &mut Vec<u32>) {
        out.clear();
        let j = i as isize;
        let w = self.norm(j);
        let raw = self.raw(j);
        out.push(hash(0, &[]));
        out.push(hash(1, &[suffix(w, 3)]));
        out.push(hash(2, &[prefix(w, 1)]));
        out.push(hash(3, &[prev]));
        out.push(hash(4, &[prev2]));
        out.push(hash(5, &[prev, prev2]));
        out.push(hash(6, &[w]));
        out.push(hash(7, &[prev, w]));
        out.push(hash(8, &[self.norm(j - 1)]));
        out.push(hash(9, &[suffix(self.norm(j - 1), 3)]));
        out.push(hash(10, &[self.norm(j - 2)]));
        out.push(hash(11, &[self.norm(j + 1)]));
        out.push(hash(12, &[suffix(self.norm(j + 1), 3)]));
        out.push(hash(13, &[self.norm(j + 2)]));
        out.push(hash(14, &[suffix(w, 2)]));
        out.push(hash(15, &[shape(raw), if i == 0 { "first" } else { "" }]));
        out.push(hash(
            16,
            &[shape(self.raw(j - 1)), shape(raw), shape(self.raw(j + 1))],
        ));
        out.push(hash(17, &[prev, suffix(w, 3)]));
        // The dictionary tags of the words ahead: a cheap look to the right.
        let dt = |k: isize| self.dict_tag(k);
        out.push(hash(18, &[dt(j + 1)]));
        out.push(hash(19, &[dt(j + 1), dt(j + 2)]));
        out.push(hash(20, &[prev, dt(j + 1)]));
        out.push(hash(21, &[suffix(w, 1)]));
        out.push(hash(22, &[suffix(w, 4)]));
        out.push(hash(23, &[prefix(w, 3)]));
        out.push(hash(24, &[raw]));
        out.push(hash(25, &[shape(raw), suffix(w, 3)]));
    }
}

/// Trained weights: per feature, the classes it votes for.
pub struct Model {
    /// Frequent words that always take one tag.
    pub dict: HashMap<String, Upos>,
    /// Feature hash → range of `votes`.
    index: HashMap<u32, (u32, u8)>,
    votes: Vec<(u8, i8)>,
}

const MAGIC: &[u8; 5] = b"CQTG1";

/// Features are stored by the low 24 bits of their hash: with tens of thousands of
/// features the few collisions cost nothing measurable, and the file is a third smaller.
pub const HASH_MASK: u32 = 0x00ff_ffff;

impl Model {
    pub fn new(
        dict: HashMap<String, Upos>,
        weights: impl IntoIterator<Item = (u32, Vec<(u8, i8)>)>,
    ) -> Model {
        let mut index = HashMap::new();
        let mut votes = Vec::new();
        for (h, ws) in weights {
            index.insert(h & HASH_MASK, (votes.len() as u32, ws.len() as u8));
            votes.extend(ws);
        }
        Model { dict, index, votes }
    }

    /// Scores every class for a token's features.
    pub fn scores(&self, features: &[u32]) -> [i32; Upos::COUNT] {
        let mut s = [0i32; Upos::COUNT];
        for f in features {
            if let Some(&(at, n)) = self.index.get(&(f & HASH_MASK)) {
                for &(c, w) in &self.votes[at as usize..at as usize + n as usize] {
                    s[c as usize] += i32::from(w);
                }
            }
        }
        s
    }

    /// Tags a sentence of words, left to right.
    pub fn tag(&self, raw: &[&str]) -> Vec<Upos> {
        self.tag_with(raw, &[])
    }

    /// Tags a sentence whose tags are already known at some positions (`known[i]`), so
    /// that the words after them are tagged in the right context.
    pub fn tag_with(&self, raw: &[&str], known: &[Option<Upos>]) -> Vec<Upos> {
        let norm: Vec<String> = raw.iter().map(|w| normalize(w)).collect();
        let ctx = Context {
            raw,
            norm: &norm,
            dict: Some(&self.dict),
        };
        let mut tags = Vec::with_capacity(raw.len());
        let mut feats = Vec::new();
        let (mut prev, mut prev2) = ("-START-", "-START2-");
        for (i, w) in norm.iter().enumerate() {
            let tag = match known
                .get(i)
                .copied()
                .flatten()
                .or_else(|| self.dict.get(w).copied())
            {
                Some(t) => t,
                None => {
                    ctx.features(i, prev, prev2, &mut feats);
                    let s = self.scores(&feats);
                    best(&s)
                }
            };
            tags.push(tag);
            prev2 = prev;
            prev = tag.as_str();
        }
        tags
    }

    /// The model as bytes: magic, tag dictionary, then features sorted by hash with their
    /// votes, integers as LEB128 so the file stays small.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        let mut dict: Vec<(&String, &Upos)> = self.dict.iter().collect();
        dict.sort();
        leb(&mut out, dict.len() as u64);
        for (w, t) in dict {
            out.push(w.len() as u8);
            out.extend_from_slice(w.as_bytes());
            out.push(t.index() as u8);
        }
        let mut feats: Vec<(&u32, &(u32, u8))> = self.index.iter().collect();
        feats.sort();
        leb(&mut out, feats.len() as u64);
        let mut last = 0u32;
        for (&h, &(at, n)) in feats {
            leb(&mut out, u64::from(h - last));
            last = h;
            out.push(n);
            for &(c, w) in &self.votes[at as usize..at as usize + n as usize] {
                out.push(c);
                out.push(w as u8);
            }
        }
        out
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err("not a Communiqué tagger model".into());
        }
        let n = r.leb()? as usize;
        let mut dict = HashMap::with_capacity(n);
        for _ in 0..n {
            let len = r.byte()? as usize;
            let w = std::str::from_utf8(r.take(len)?).map_err(|e| e.to_string())?;
            let t = Upos::from_index(r.byte()? as usize).ok_or("bad tag")?;
            dict.insert(w.to_string(), t);
        }
        let n = r.leb()? as usize;
        let mut weights = Vec::with_capacity(n);
        let mut h = 0u32;
        for _ in 0..n {
            h = h.wrapping_add(r.leb()? as u32);
            let k = r.byte()?;
            let mut ws = Vec::with_capacity(k as usize);
            for _ in 0..k {
                let c = r.byte()?;
                ws.push((c, r.byte()? as i8));
            }
            weights.push((h, ws));
        }
        Ok(Model::new(dict, weights))
    }
}

/// The best-scoring tag; ties go to the earlier tag.
pub fn best(scores: &[i32; Upos::COUNT]) -> Upos {
    let mut b = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[b] {
            b = i;
        }
    }
    Upos::ALL[b]
}

fn leb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let s = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or("tagger model is truncated")?;
        self.at += n;
        Ok(s)
    }

    fn byte(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn leb(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("bad integer in tagger model".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_survives_its_bytes() {
        let mut dict = HashMap::new();
        dict.insert("the".to_string(), Upos::Det);
        let m = Model::new(
            dict,
            vec![(7, vec![(11, 100), (7, -20)]), (3, vec![(15, 5)])],
        );
        let back = Model::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back.dict.get("the"), Some(&Upos::Det));
        assert_eq!(back.scores(&[7, 3])[11], 100);
        assert_eq!(back.scores(&[7, 3])[15], 5);
        assert!(Model::from_bytes(b"nonsense").is_err());
        assert!(Model::from_bytes(&m.to_bytes()[..12]).is_err());
    }

    #[test]
    fn words_fold_case_and_digits() {
        assert_eq!(normalize("Taliban"), "taliban");
        assert_eq!(normalize("2024"), "!YEAR");
        assert_eq!(normalize("15th"), "!DIGITS");
        assert_eq!(shape("Khan"), "Xx");
        assert_eq!(shape("ISIS"), "X");
        assert_eq!(shape("urged"), "x");
    }
}

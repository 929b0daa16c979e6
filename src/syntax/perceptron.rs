//! An averaged perceptron part-of-speech tagger (Collins 2002, in the greedy left-to-right
//! form of Honnibal's "A good part-of-speech tagger in about 200 lines of Python").
//!
//! Why this model: it is small, fast (a few hash lookups per token), deterministic to train,
//! and on newswire it comes within a point or two of far heavier taggers. Its weights are a
//! data file (`data/tagger.bin`, trained by `make tagger` on the UD English Web Treebank);
//! frequent unambiguous words skip the model through a tag dictionary.
//!
//! Features are hashed to 32 bits (FNV-1a over a template number and the words, then a
//! final mix), so the model stores no strings but its word lists: the tag dictionary and the ambiguity
//! lexicon (the tags each word was seen with, which the features of the words around it
//! use).

use super::tags::Upos;
use crate::text::hash::FastMap;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

/// A word as the features see it: lowercased, digits folded.
///
/// Borrowed when the word is already so, as most words of running text are: the tagger
/// normalises every word it reads.
pub fn normalize(word: &str) -> Cow<'_, str> {
    if word.chars().all(|c| c.is_ascii_digit()) {
        return Cow::Borrowed(if word.len() == 4 { "!YEAR" } else { "!DIGITS" });
    }
    if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Cow::Borrowed("!DIGITS");
    }
    let unchanged = |c: char| {
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    };
    if word.chars().all(unchanged) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
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

/// What a shape misses of a word's characters: a hyphen, a period, an apostrophe, the marks
/// of addresses and times, and its length up to four. Unknown words are where these count
/// ("e-mail", "U.S.", "10:30", "a").
fn marks(word: &str) -> u32 {
    let mut m = 0;
    for c in word.chars() {
        m |= match c {
            '-' => 1,
            '.' => 2,
            '\'' | '’' => 4,
            '@' | '/' | ':' | '_' => 8,
            _ => 0,
        };
    }
    let n = word.chars().count();
    m | (n.min(4) as u32) << 4
}

/// One feature's hash, built from a template number and its parts (FNV-1a, then a final
/// mix so that the low bits the model keeps are as good as the high ones).
#[derive(Clone, Copy)]
struct Fnv(u32);

impl Fnv {
    fn new(template: u8) -> Fnv {
        let mut h = Fnv(0x811c_9dc5);
        h.eat(template);
        h
    }

    fn eat(&mut self, b: u8) {
        self.0 ^= u32::from(b);
        self.0 = self.0.wrapping_mul(0x0100_0193);
    }

    fn s(mut self, s: &str) -> Fnv {
        for &b in s.as_bytes() {
            self.eat(b);
        }
        self.eat(0xff);
        self
    }

    fn n(mut self, v: u32) -> Fnv {
        for b in v.to_le_bytes() {
            self.eat(b);
        }
        self
    }

    fn done(self) -> u32 {
        let mut h = self.0;
        h ^= h >> 16;
        h = h.wrapping_mul(0x85eb_ca6b);
        h ^= h >> 13;
        h = h.wrapping_mul(0xc2b2_ae35);
        h ^ (h >> 16)
    }
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

/// The tag numbers the features give the two tags before the first word (the seventeen
/// tags are numbered by [`Upos::index`]).
pub const START: u8 = Upos::COUNT as u8;
pub const START2: u8 = Upos::COUNT as u8 + 1;

/// A sentence as the features see it.
pub struct Sentence<'a> {
    raw: &'a [&'a str],
    /// The words normalised ([`normalize`]).
    pub norm: Vec<Cow<'a, str>>,
    shapes: Vec<&'static str>,
    /// The tags each word was seen with in training, a bit per tag; 0 for a word never seen.
    amb: Vec<u32>,
    /// The tag of each word the tag dictionary holds, found with its ambiguity class.
    pub fixed: Vec<Option<Upos>>,
}

impl<'a> Sentence<'a> {
    /// `dict` and `lex` give the words' ambiguity classes: a dictionary word's one tag, a
    /// lexicon word's tags.
    pub fn new<S: BuildHasher>(
        raw: &'a [&'a str],
        dict: &HashMap<String, Upos, S>,
        lex: &HashMap<String, u32, S>,
    ) -> Sentence<'a> {
        let norm: Vec<Cow<'a, str>> = raw.iter().map(|w| normalize(w)).collect();
        let fixed: Vec<Option<Upos>> = norm.iter().map(|w| dict.get(w.as_ref()).copied()).collect();
        let amb = norm
            .iter()
            .zip(&fixed)
            .map(|(w, t)| {
                t.map(|t| 1 << t.index())
                    .or_else(|| lex.get(w.as_ref()).copied())
                    .unwrap_or(0)
            })
            .collect();
        Sentence {
            raw,
            shapes: raw.iter().map(|w| shape(w)).collect(),
            norm,
            amb,
            fixed,
        }
    }

    fn norm(&self, i: isize) -> &str {
        if i < 0 {
            ["-START-", "-START2-"][(-i - 1).min(1) as usize]
        } else {
            match self.norm.get(i as usize) {
                Some(w) => w,
                None => ["-END-", "-END2-"][(i as usize - self.norm.len()).min(1)],
            }
        }
    }

    /// The ambiguity class of word `i`; before and after the sentence, classes of their own.
    fn amb(&self, i: isize) -> u32 {
        if i < 0 {
            1 << 20
        } else {
            self.amb.get(i as usize).copied().unwrap_or(1 << 21)
        }
    }

    fn shape(&self, i: isize) -> &str {
        if i < 0 {
            ""
        } else {
            self.shapes.get(i as usize).copied().unwrap_or("")
        }
    }

    /// The hashed features of token `i` given the (predicted) tags of the two before it.
    ///
    /// What the old set of 26 templates (0.941 on dev, pruned) gained, each on the dev split
    /// trained on train, mean of three shuffles:
    /// - a five-letter suffix, two- and four-letter prefixes and the mark flags ([`marks`]):
    ///   unknown words 0.804 → 0.815, all words +0.1;
    /// - the ambiguity classes of the word and of the two after it, alone and with the
    ///   previous tag, in place of the dictionary tags of the words ahead: a look to the
    ///   right that knows "that", "like" or "to" ahead is open, +0.15;
    /// - the word with its left and with its right neighbour: +0.14.
    ///
    /// Dropped for costing bytes and no dev accuracy: previous tag × word, the second word
    /// on either side (12 KB of 158 KB gzipped, 0.9479 → 0.9482 without them), and affixes
    /// as long as the word itself, which repeat the word's own feature (16 KB).
    ///
    /// Tried and not kept: a second pass seeing the first pass's tags to the right (no
    /// gain over the ambiguity classes, twice the time); words keeping their capitals
    /// inside a sentence (-0.13: the treebank's web text is cased at random); how
    /// capitalised the sentence is, alone or with the shape (-0.05); the shape of the first
    /// word with the class of the next (a wash: it turns "Okafor called" into a name and
    /// "Mbeki called" into a noun).
    pub fn features(&self, i: usize, prev: u8, prev2: u8, out: &mut Vec<u32>) {
        out.clear();
        let mut push = |h: Fnv| out.push(h.done());
        let f = Fnv::new;
        let j = i as isize;
        let w = self.norm(j);
        let raw = self.raw[i];
        let shape = self.shape(j);
        let (p, p2) = (u32::from(prev), u32::from(prev2));
        push(f(0));
        // The word and its neighbours.
        push(f(6).s(w));
        if raw != w {
            push(f(24).s(raw));
        }
        push(f(8).s(self.norm(j - 1)));
        push(f(9).s(suffix(self.norm(j - 1), 3)));
        push(f(11).s(self.norm(j + 1)));
        push(f(12).s(suffix(self.norm(j + 1), 3)));
        push(f(34).s(w).s(self.norm(j + 1)));
        push(f(35).s(self.norm(j - 1)).s(w));
        // The tags before.
        push(f(3).n(p));
        push(f(4).n(p2));
        push(f(5).n(p).n(p2));
        // The word's form, for the words training never saw.
        let len = w.chars().count();
        for (t, n) in [(21, 1), (14, 2), (1, 3), (22, 4), (30, 5)] {
            if len > n {
                push(f(t).s(suffix(w, n)));
            }
        }
        for (t, n) in [(2, 1), (31, 2), (23, 3), (32, 4)] {
            if len > n {
                push(f(t).s(prefix(w, n)));
            }
        }
        if len > 3 {
            push(f(17).n(p).s(suffix(w, 3)));
            push(f(25).s(shape).s(suffix(w, 3)));
        }
        push(f(15).s(shape).n(u32::from(i == 0)));
        push(f(16).s(self.shape(j - 1)).s(shape).s(self.shape(j + 1)));
        push(f(33).n(marks(raw)).s(shape));
        // Ambiguity classes: what the word and the words ahead can be.
        let a = |k: isize| self.amb(k);
        push(f(26).n(a(j)));
        push(f(28).n(p).n(a(j)));
        push(f(27).n(a(j)).n(a(j + 1)));
        push(f(18).n(a(j + 1)));
        push(f(20).n(p).n(a(j + 1)));
        push(f(19).n(a(j + 1)).n(a(j + 2)));
    }
}

/// A hasher for keys that are already hashes: one multiply where SipHash takes dozens of
/// cycles, and the lookups are most of the tagger's time.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u32(&mut self, v: u32) {
        self.0 = u64::from(v).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A map keyed by feature hashes.
pub type HashIndex<V> = HashMap<u32, V, BuildHasherDefault<IdHasher>>;

/// A map keyed by words.
pub type WordMap<V> = FastMap<String, V>;

/// Trained weights: per feature, the classes it votes for.
pub struct Model {
    /// Frequent words that always take one tag.
    pub dict: WordMap<Upos>,
    /// The other words seen in training, with the tags each was seen with (a bit per tag):
    /// their ambiguity classes.
    lex: WordMap<u32>,
    /// Feature hash → its vote for every class, in one row: scoring a token reads one
    /// entry per feature. Training keeps no zero vote, so the nonzero classes of a row are
    /// the ones the model file lists.
    rows: HashIndex<[i8; Upos::COUNT]>,
}

const MAGIC: &[u8; 5] = b"CQTG2";

/// Features are stored by the low 24 bits of their hash: with tens of thousands of
/// features the few collisions cost nothing measurable, and the file is a third smaller.
pub const HASH_MASK: u32 = 0x00ff_ffff;

impl Model {
    pub fn new(
        dict: impl IntoIterator<Item = (String, Upos)>,
        lex: impl IntoIterator<Item = (String, u32)>,
        weights: impl IntoIterator<Item = (u32, Vec<(u8, i8)>)>,
    ) -> Model {
        let mut rows = HashIndex::default();
        for (h, ws) in weights {
            let mut row = [0i8; Upos::COUNT];
            for (c, w) in ws {
                row[c as usize] = row[c as usize].saturating_add(w);
            }
            rows.insert(h & HASH_MASK, row);
        }
        Model {
            dict: dict.into_iter().collect(),
            lex: lex.into_iter().collect(),
            rows,
        }
    }

    /// Scores every class for a token's features.
    pub fn scores(&self, features: &[u32]) -> [i32; Upos::COUNT] {
        let mut s = [0i32; Upos::COUNT];
        for f in features {
            if let Some(row) = self.rows.get(&(f & HASH_MASK)) {
                for (total, &w) in s.iter_mut().zip(row) {
                    *total += i32::from(w);
                }
            }
        }
        s
    }

    /// The tags training saw `word` with, a bit per tag; `None` for a word it never saw.
    fn tags_seen(&self, word: &str) -> Option<u32> {
        let w = normalize(word);
        self.dict
            .get(w.as_ref())
            .map(|t| 1 << t.index())
            .or_else(|| self.lex.get(w.as_ref()).copied())
    }

    /// Whether training ever saw `word` as `tag`, or never saw the word: a cheap test that
    /// spares tagging a sentence whose answer is already known.
    pub fn may_be(&self, word: &str, tag: Upos) -> bool {
        self.tags_seen(word)
            .is_none_or(|tags| tags & 1 << tag.index() != 0)
    }

    /// Whether `word` is one the treebank always tags alike, and not as a proper noun: a
    /// common word ("On", "Ministry", "Watch") however it is capitalised, so no name's.
    pub fn is_common_word(&self, word: &str) -> bool {
        self.dict
            .get(normalize(word).as_ref())
            .is_some_and(|&t| t != Upos::Propn)
    }

    /// Whether training saw `word` as `tag` (never for a word it did not see).
    pub fn seen_as(&self, word: &str, tag: Upos) -> bool {
        self.tags_seen(word)
            .is_some_and(|tags| tags & 1 << tag.index() != 0)
    }

    /// The sentence as the features see it, with this model's word lists.
    pub fn sentence<'a>(&self, raw: &'a [&'a str]) -> Sentence<'a> {
        Sentence::new(raw, &self.dict, &self.lex)
    }

    /// Tags a sentence of words, left to right.
    pub fn tag(&self, raw: &[&str]) -> Vec<Upos> {
        self.tag_with(raw, &[])
    }

    /// Tags a sentence whose tags are already known at some positions (`known[i]`), so
    /// that the words after them are tagged in the right context.
    ///
    /// In a sentence that uses capitals, a word in lower case is not a proper noun. The
    /// features see words in lower case, so a word the treebank has only as a name
    /// ("Ministry", three times, all PROPN) would stay one in "the ministry said"; news
    /// text is cased with care, the web text of the treebank less so, and there the rule
    /// costs 0.0002 on dev (0.9486 → 0.9484).
    pub fn tag_with(&self, raw: &[&str], known: &[Option<Upos>]) -> Vec<Upos> {
        let sent = self.sentence(raw);
        let cased = raw
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase));
        let mut tags = Vec::with_capacity(raw.len());
        let mut feats = Vec::new();
        let (mut prev, mut prev2) = (START, START2);
        for (i, fixed) in sent.fixed.iter().enumerate() {
            let tag = match known.get(i).copied().flatten().or(*fixed) {
                Some(t) => t,
                None => {
                    sent.features(i, prev, prev2, &mut feats);
                    let mut scores = self.scores(&feats);
                    if cased && raw[i].chars().all(char::is_lowercase) {
                        scores[Upos::Propn.index()] = i32::MIN;
                    }
                    best(&scores)
                }
            };
            tags.push(tag);
            prev2 = prev;
            prev = tag.index() as u8;
        }
        tags
    }

    /// The model as bytes. Laid out for gzip, which serves it: one stream per kind of
    /// value, so each compresses against its own kind.
    ///
    /// - magic;
    /// - the words of the tag dictionary and the ambiguity lexicon, sorted and front-coded
    ///   (bytes shared with the word before, then the rest), then per word its tags as a
    ///   bit mask, shifted left one with the low bit set for a dictionary word;
    /// - the features: their hashes sorted, as Rice-coded gaps (about ten bits a feature
    ///   where LEB128 takes sixteen), then per feature the classes it votes for as a bit
    ///   mask, then the votes themselves, one signed byte each.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        let mut words: Vec<(&str, u32)> = self
            .dict
            .iter()
            .map(|(w, t)| (w.as_str(), 1 << (t.index() + 1) | 1))
            .chain(self.lex.iter().map(|(w, &m)| (w.as_str(), m << 1)))
            .collect();
        words.sort();
        leb(&mut out, words.len() as u64);
        let mut last = "";
        for &(w, _) in &words {
            let shared = w
                .bytes()
                .zip(last.bytes())
                .take_while(|(a, b)| a == b)
                .count()
                .min(255);
            out.push(shared as u8);
            out.push((w.len() - shared) as u8);
            out.extend_from_slice(&w.as_bytes()[shared..]);
            last = w;
        }
        for &(_, m) in &words {
            leb(&mut out, u64::from(m));
        }
        let mut feats: Vec<(&u32, &[i8; Upos::COUNT])> = self.rows.iter().collect();
        feats.sort();
        leb(&mut out, feats.len() as u64);
        let gaps: Vec<u32> = feats
            .iter()
            .scan(0u32, |last, (&h, _)| {
                let g = h - *last;
                *last = h;
                Some(g)
            })
            .collect();
        let mean = gaps.iter().map(|&g| u64::from(g)).sum::<u64>() / gaps.len().max(1) as u64;
        // The Rice parameter near log2 of the mean gap × ln 2 is the best for gaps of
        // uniformly spread hashes.
        let k = (mean * 69 / 100).max(1).ilog2().min(24);
        out.push(k as u8);
        let mut bits = BitWriter::default();
        for g in gaps {
            for _ in 0..g >> k {
                bits.bit(true);
            }
            bits.bit(false);
            for b in (0..k).rev() {
                bits.bit(g >> b & 1 != 0);
            }
        }
        out.extend(bits.finish());
        let mut weights = Vec::new();
        for (_, row) in &feats {
            // In class order, as the mask reads them back.
            let votes = || row.iter().enumerate().filter(|&(_, &w)| w != 0);
            leb(&mut out, votes().map(|(c, _)| 1u64 << c).sum());
            weights.extend(votes().map(|(_, &w)| w as u8));
        }
        out.extend(weights);
        out
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err("not a Communiqué tagger model".into());
        }
        let n = r.leb()? as usize;
        let mut words = Vec::with_capacity(n);
        let mut last: Vec<u8> = Vec::new();
        for _ in 0..n {
            let shared = r.byte()? as usize;
            let len = r.byte()? as usize;
            let mut w = last.get(..shared).ok_or("bad word")?.to_vec();
            w.extend_from_slice(r.take(len)?);
            words.push(String::from_utf8(w.clone()).map_err(|e| e.to_string())?);
            last = w;
        }
        let mut dict = HashMap::new();
        let mut lex = HashMap::new();
        for w in words {
            let m = r.leb()? as u32;
            if m & 1 == 1 {
                let t = Upos::from_index((m >> 1).trailing_zeros() as usize).ok_or("bad tag")?;
                dict.insert(w, t);
            } else {
                lex.insert(w, m >> 1);
            }
        }
        let n = r.leb()? as usize;
        let k = u32::from(r.byte()?);
        let mut bits = BitReader {
            r: &mut r,
            byte: 0,
            left: 0,
        };
        let mut hashes = Vec::with_capacity(n);
        let mut h = 0u32;
        for _ in 0..n {
            let mut g = 0u32;
            while bits.bit()? {
                g += 1 << k;
            }
            for b in (0..k).rev() {
                g |= u32::from(bits.bit()?) << b;
            }
            h = h.wrapping_add(g);
            hashes.push(h);
        }
        let mut masks = Vec::with_capacity(n);
        for _ in 0..n {
            masks.push(r.leb()? as u32);
        }
        let mut weights = Vec::with_capacity(n);
        for (h, m) in hashes.into_iter().zip(masks) {
            let mut ws = Vec::with_capacity(m.count_ones() as usize);
            for c in 0..Upos::COUNT as u8 {
                if m & 1 << c != 0 {
                    ws.push((c, r.byte()? as i8));
                }
            }
            weights.push((h, ws));
        }
        if r.at != bytes.len() {
            return Err("trailing bytes in tagger model".into());
        }
        Ok(Model::new(dict, lex, weights))
    }
}

#[derive(Default)]
struct BitWriter {
    out: Vec<u8>,
    byte: u8,
    used: u32,
}

impl BitWriter {
    fn bit(&mut self, b: bool) {
        self.byte = self.byte << 1 | u8::from(b);
        self.used += 1;
        if self.used == 8 {
            self.out.push(self.byte);
            self.byte = 0;
            self.used = 0;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.used > 0 {
            self.out.push(self.byte << (8 - self.used));
        }
        self.out
    }
}

struct BitReader<'r, 'a> {
    r: &'r mut Reader<'a>,
    byte: u8,
    left: u32,
}

impl BitReader<'_, '_> {
    fn bit(&mut self) -> Result<bool, String> {
        if self.left == 0 {
            self.byte = self.r.byte()?;
            self.left = 8;
        }
        self.left -= 1;
        Ok(self.byte >> self.left & 1 != 0)
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

/// Appends `v` as an unsigned LEB128 integer: the model files' variable-length numbers.
pub(crate) fn leb(out: &mut Vec<u8>, mut v: u64) {
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
        dict.insert("then".to_string(), Upos::Adv);
        let mut lex = HashMap::new();
        lex.insert(
            "that".to_string(),
            1 << Upos::Sconj.index() | 1 << Upos::Pron.index(),
        );
        let m = Model::new(
            dict,
            lex,
            vec![
                (7, vec![(11, 100), (7, -20)]),
                (3, vec![(15, 5)]),
                (0x00ab_cdef, vec![(0, 1), (16, -127)]),
            ],
        );
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.dict.get("the"), Some(&Upos::Det));
        assert_eq!(back.dict.get("then"), Some(&Upos::Adv));
        assert_eq!(back.lex, m.lex);
        assert_eq!(back.scores(&[7, 3])[11], 100);
        assert_eq!(back.scores(&[7, 3])[7], -20);
        assert_eq!(back.scores(&[7, 3])[15], 5);
        assert_eq!(back.scores(&[0x00ab_cdef])[16], -127);
        assert_eq!(back.to_bytes(), bytes);
        assert!(Model::from_bytes(b"nonsense").is_err());
        assert!(Model::from_bytes(&bytes[..12]).is_err());
    }

    #[test]
    fn words_fold_case_and_digits() {
        assert_eq!(normalize("Taliban"), "taliban");
        assert_eq!(normalize("2024"), "!YEAR");
        assert_eq!(normalize("15th"), "!DIGITS");
        assert_eq!(shape("Khan"), "Xx");
        assert_eq!(shape("ISIS"), "X");
        assert_eq!(shape("urged"), "x");
        assert_eq!(marks("e-mail"), 1 | 4 << 4);
    }

    #[test]
    fn affixes_count_characters() {
        assert_eq!(suffix("naïve", 3), "ïve");
        assert_eq!(prefix("naïve", 3), "naï");
        assert_eq!(suffix("to", 3), "to");
    }
}

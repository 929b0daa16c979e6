//! Noun-phrase chunks over tagged tokens: the phrases that can be a speaker or an
//! addressee ("the two leaders", "Pakistan's foreign minister", "the guarantor countries",
//! "he").
//!
//! A chunk is a base phrase: optional determiner or possessor, modifiers, and a nominal head
//! ending it. "The minister of Pakistan" is two chunks joined by "of"; [`Chunk::with_of`]
//! says where such a phrase really ends.

use super::{Token, Upos};
use crate::text::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk {
    pub span: Span,
    /// Token indices `first..=last`.
    pub first: usize,
    pub last: usize,
    /// The head: the last nominal token.
    pub head: usize,
}

impl Chunk {
    pub fn is_pronoun(&self, tokens: &[Token]) -> bool {
        tokens[self.head].tag == Upos::Pron
    }
}

/// Tokens that may sit inside a noun phrase before its head.
fn modifier(t: &Token, text: &str) -> bool {
    match t.tag {
        Upos::Det | Upos::Adj | Upos::Num | Upos::Noun | Upos::Propn => true,
        Upos::Part => matches!(t.span.slice(text), "'s" | "’s" | "'" | "’"),
        // A dash set off by spaces ends a dateline or a clause ("TBILISI - Elders …"); one
        // joined to its words is inside a name.
        Upos::Punct => match t.span.slice(text) {
            "-" | "–" => {
                let spaced_before = text[..t.span.start].ends_with(char::is_whitespace);
                let spaced_after = text[t.span.end..].starts_with(char::is_whitespace);
                !(spaced_before && spaced_after)
            }
            w => w == ".",
        },
        Upos::Adv => false,
        Upos::Pron => is_possessive(t.span.slice(text)),
        _ => false,
    }
}

fn is_possessive(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "his" | "her" | "its" | "their" | "our" | "my" | "your"
    )
}

/// The noun phrases of a tagged sentence, in order.
pub fn noun_phrases(text: &str, tokens: &[Token]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.tag == Upos::Pron && !is_possessive(t.span.slice(text)) {
            out.push(Chunk {
                span: t.span,
                first: i,
                last: i,
                head: i,
            });
            i += 1;
            continue;
        }
        if !modifier(t, text) || t.tag == Upos::Punct || t.tag == Upos::Part {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut head = None;
        // "British and Norwegian diplomats": adjectives coordinated inside one phrase.
        let joined_adjectives = |j: usize| {
            j > 0
                && tokens[j].tag == Upos::Cconj
                && tokens[j - 1].tag == Upos::Adj
                && tokens.get(j + 1).is_some_and(|n| n.tag == Upos::Adj)
        };
        // "the kidnapped schoolgirls": a participle between a determiner or adjective and
        // the noun it qualifies (the treebank tags it a verb).
        let participle = |j: usize| {
            j > i
                && tokens[j].tag == Upos::Verb
                && ["ed", "en", "wn", "ing"]
                    .iter()
                    .any(|e| tokens[j].span.slice(text).ends_with(e))
                && matches!(tokens[j - 1].tag, Upos::Det | Upos::Adj)
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| matches!(n.tag, Upos::Noun | Upos::Adj))
        };
        // "Council members this morning urged …": a determiner after a noun opens the next
        // phrase; so does one after a number ("In 2021 the Senate urged …").
        let opens_next = |j: usize| {
            j > i
                && tokens[j].tag == Upos::Det
                && matches!(tokens[j - 1].tag, Upos::Noun | Upos::Propn | Upos::Num)
        };
        while j < tokens.len()
            && (modifier(&tokens[j], text) || joined_adjectives(j) || participle(j))
            && !opens_next(j)
        {
            if tokens[j].tag.is_nominal() {
                head = Some(j);
            }
            j += 1;
        }
        // "The Secretary-General urges …": a capitalised word the tagger read as an
        // adjective, ending a determined phrase, is the phrase's head, a name.
        if head.is_none() && j > i + 1 && tokens[i].tag == Upos::Det {
            let last = &tokens[j - 1];
            if last.tag == Upos::Adj && last.span.slice(text).starts_with(char::is_uppercase) {
                head = Some(j - 1);
            }
        }
        match head {
            Some(h) => {
                out.push(Chunk {
                    span: Span::new(tokens[i].span.start, tokens[h].span.end),
                    first: i,
                    last: h,
                    head: h,
                });
                i = h + 1;
            }
            None => i = j.max(i + 1),
        }
    }
    out
}

/// The chunk whose tokens include token `i`.
pub fn chunk_of(chunks: &[Chunk], i: usize) -> Option<usize> {
    chunks.iter().position(|c| c.first <= i && i <= c.last)
}

impl Chunk {
    /// The phrase with the "of"/"for" complements that name whose it is: "the foreign
    /// minister of Pakistan", "the spokesman for the Taliban".
    pub fn with_of(&self, text: &str, tokens: &[Token], chunks: &[Chunk]) -> Span {
        let mut span = self.span;
        let mut last = self.last;
        while let Some(p) = tokens.get(last + 1) {
            if !matches!(p.span.slice(text), "of" | "for") {
                break;
            }
            match chunk_of(chunks, last + 2) {
                Some(c) if chunks[c].first == last + 2 => {
                    span.end = chunks[c].span.end;
                    last = chunks[c].last;
                }
                _ => break,
            }
        }
        span
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::Parsed;

    fn phrases(s: &str) -> Vec<&str> {
        let p = Parsed::new(s, Span::new(0, s.len()));
        p.chunks.iter().map(|c| c.span.slice(s)).collect()
    }

    #[test]
    fn base_noun_phrases() {
        assert_eq!(
            phrases("The guarantor countries urged both sides to respect the truce."),
            vec!["The guarantor countries", "both sides", "the truce"]
        );
        assert_eq!(
            phrases("Pakistan's foreign minister said he would visit Kabul."),
            vec!["Pakistan's foreign minister", "he", "Kabul"]
        );
        assert_eq!(
            phrases("British and Norwegian diplomats met them."),
            vec!["British and Norwegian diplomats", "them"]
        );
    }

    #[test]
    fn a_dash_set_off_by_spaces_ends_a_phrase() {
        assert_eq!(
            phrases("TBILISI - Elders in the gorge demanded an inquiry."),
            vec!["TBILISI", "Elders", "the gorge", "an inquiry"]
        );
        assert_eq!(
            phrases("The Pak-Afghan chamber met."),
            vec!["The Pak-Afghan chamber"]
        );
    }

    #[test]
    fn a_determiner_after_a_noun_opens_the_next_phrase() {
        assert_eq!(
            phrases("Council members this morning urged the donors to pay."),
            vec!["Council members", "this morning", "the donors"]
        );
        assert_eq!(
            phrases("The envoy every week asks both sides for a truce."),
            vec!["The envoy", "every week", "both sides", "a truce"]
        );
    }

    #[test]
    fn of_phrases_extend_the_owner() {
        let s = "The foreign minister of Pakistan urged calm.";
        let p = Parsed::with_verbs(s, Span::new(0, s.len()), &[s.find("urged").unwrap()]);
        let c = p.chunks[0];
        assert_eq!(
            c.with_of(s, &p.tokens, &p.chunks).slice(s),
            "The foreign minister of Pakistan"
        );
    }
}

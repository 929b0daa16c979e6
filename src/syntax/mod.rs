//! The syntax layer: tokens → parts of speech → noun-phrase chunks → the subject and the
//! object of a verb.
//!
//! It sits between `text` (spans, sentences) and the extraction layers, so rules ask "the
//! subject of this cue" instead of scanning characters. The tagger is an averaged perceptron
//! trained on the UD English Web Treebank (`data/tagger.bin`, CC BY-SA 4.0, see
//! `data/SOURCES.md`); chunks and clause roles are rules over its tags. It runs only where
//! a later stage asks (sentences with a cue or a name candidate), so whole-article speed
//! does not pay for sentences nobody looks at.

pub mod chunks;
pub mod clause;
pub mod perceptron;
pub mod tags;
pub mod tokens;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

pub use chunks::Chunk;
pub use tags::Upos;

use crate::text::Span;
use perceptron::Model;
use std::sync::LazyLock;

/// A token of the text with its part of speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub tag: Upos,
}

static MODEL: LazyLock<Model> = LazyLock::new(|| {
    Model::from_bytes(include_bytes!("../../data/tagger.bin"))
        .unwrap_or_else(|e| panic!("data/tagger.bin: {e}"))
});

/// The tagger compiled into the crate.
pub fn model() -> &'static Model {
    &MODEL
}

/// The tagged tokens of `span` (a sentence or a clause).
pub fn tag(text: &str, span: Span) -> Vec<Token> {
    tag_with(text, span, &[], &[])
}

/// The tagged tokens of `span`, where the tokens starting at `verbs` are known to be verbs
/// (demand cues found by their own rules): a rarely seen "urged" is a verb there, whatever
/// the treebank's web prose made of it. The tokens inside `names` (bodies the lists know)
/// are proper nouns: "Save the Children said" opens on a name, not on an imperative.
pub fn tag_with(text: &str, span: Span, verbs: &[usize], names: &[Span]) -> Vec<Token> {
    let spans = tokens::tokenize(text, span);
    let words: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
    let known: Vec<Option<Upos>> = spans
        .iter()
        .map(|s| {
            if verbs.contains(&s.start) {
                Some(Upos::Verb)
            } else {
                names.iter().any(|n| n.contains(*s)).then_some(Upos::Propn)
            }
        })
        .collect();
    let mut tags = model().tag_with(&words, &known);
    for i in 1..tags.len() {
        // "Theresa May urged …": the month that is also a modal ends a name after a proper
        // noun.
        if tags[i] == Upos::Aux
            && tags[i - 1] == Upos::Propn
            && crate::lexicon::words::Words::get()
                .months
                .contains(words[i])
        {
            tags[i] = Upos::Propn;
        }
        // "External Affairs Minister S Jaishankar": a capital letter standing alone before a
        // proper noun is an initial of the name ("A" and "I" are words of their own).
        if tags[i] == Upos::Propn
            && words[i - 1].len() == 1
            && words[i - 1].starts_with(|c: char| c.is_ascii_uppercase())
            && !matches!(words[i - 1], "A" | "I")
        {
            tags[i - 1] = Upos::Propn;
        }
        // "the Abductees' Mothers Association", "the Chandel Martyrs' Families Association":
        // an apostrophe closing a capitalised plural, before another capitalised word, is
        // the possessive inside a name, not a closing quotation mark.
        if tags[i] == Upos::Punct
            && matches!(words[i], "'" | "’")
            && spans[i].start == spans[i - 1].end
            && words[i - 1].ends_with('s')
            && words[i - 1].starts_with(char::is_uppercase)
            && spans.get(i + 1).is_some_and(|n| {
                n.start > spans[i].end && n.slice(text).starts_with(char::is_uppercase)
            })
        {
            tags[i] = Upos::Part;
        }
        // "The Presidency welcomes the dialogue …": a word in -s between a noun and a
        // determiner, whose stem training saw as a verb, is the verb of the noun before it
        // (a plural noun is seldom followed by an article).
        if tags[i] == Upos::Noun
            && matches!(tags[i - 1], Upos::Propn | Upos::Noun)
            && tags.get(i + 1) == Some(&Upos::Det)
            && words[i].len() > 3
            && words[i].strip_suffix('s').is_some_and(|stem| {
                !stem.ends_with('s') && model().seen_as(&stem.to_lowercase(), Upos::Verb)
            })
        {
            tags[i] = Upos::Verb;
        }
    }
    for i in subjunctives(&words, &tags) {
        tags[i] = Upos::Verb;
    }
    // "the Lanao del Sur provincial committee", "the Maison de la Presse": a name's
    // particles (one or two) between capitalised words are part of the name.
    let particles = &crate::lexicon::words::Words::get().name_particles;
    let capitalised = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    for i in 1..tags.len() {
        if tags[i - 1] != Upos::Propn || !particles.contains(words[i]) {
            continue;
        }
        let two = words.get(i + 1).is_some_and(|w| particles.contains(w));
        let after = if two { i + 2 } else { i + 1 };
        if capitalised(after) {
            for tag in &mut tags[i..=after] {
                *tag = Upos::Propn;
            }
        }
    }
    words
        .iter()
        .zip(tags)
        .zip(spans)
        .map(|((w, tag), span)| Token {
            span,
            tag: open_class(w, tag),
        })
        .collect()
}

/// How many words the subject of a that-clause may hold before its subjunctive verb.
const SUBJUNCTIVE_SUBJECT_WORDS: usize = 8;

/// The subjunctive verbs the tagger read as adjectives or nouns: "recommended that the
/// Public Prosecution open investigations", "demanded that the Council list the group". After
/// a verb and "that", the clause's subject (a noun phrase, no verb yet) is followed by a
/// word in its base form that training saw as a verb, then by what such a verb governs.
fn subjunctives(words: &[&str], tags: &[Upos]) -> Vec<usize> {
    let mut found = Vec::new();
    for i in 1..words.len() {
        if words[i] != "that" || tags[i] != Upos::Sconj || tags[i - 1] != Upos::Verb {
            continue;
        }
        let mut has_noun = false;
        for k in i + 1..words.len().min(i + 2 + SUBJUNCTIVE_SUBJECT_WORDS) {
            let w = words[k];
            let base = w.starts_with(|c: char| c.is_ascii_lowercase())
                && !w.ends_with('s')
                && !w.ends_with("ed")
                && !w.ends_with("ing");
            let governs = tags.get(k + 1).is_some_and(|t| {
                matches!(
                    t,
                    Upos::Det | Upos::Noun | Upos::Propn | Upos::Adp | Upos::Num | Upos::Pron
                )
            });
            if has_noun
                && base
                && matches!(tags[k], Upos::Adj | Upos::Noun)
                && governs
                && model().seen_as(w, Upos::Verb)
            {
                found.push(k);
                break;
            }
            match tags[k] {
                Upos::Noun | Upos::Propn => has_noun = true,
                Upos::Det | Upos::Adj | Upos::Num | Upos::Part => {}
                _ => break,
            }
        }
    }
    found
}

/// Closed classes (auxiliaries, prepositions, determiners, pronouns, conjunctions) have no
/// members the treebank never showed, so a word training never saw in that class is never
/// one: a capitalised "Okafor" tagged as a preposition for its ending is a proper noun,
/// while a sentence's "On" or "After" stays the preposition it was seen as.
fn open_class(word: &str, tag: Upos) -> Upos {
    let closed = matches!(
        tag,
        Upos::Aux | Upos::Adp | Upos::Det | Upos::Pron | Upos::Cconj | Upos::Sconj | Upos::Part
    );
    if !closed || model().seen_as(word, tag) {
        return tag;
    }
    if word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() > 1 {
        Upos::Propn
    } else {
        tag
    }
}

/// A sentence with its tokens and noun phrases, analysed once for every question asked of
/// it.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub tokens: Vec<Token>,
    pub chunks: Vec<Chunk>,
}

impl Parsed {
    pub fn new(text: &str, span: Span) -> Parsed {
        Parsed::with_verbs(text, span, &[])
    }

    /// A sentence parsed with the tokens starting at `verbs` known to be verbs.
    pub fn with_verbs(text: &str, span: Span, verbs: &[usize]) -> Parsed {
        Parsed::with_known(text, span, verbs, &[])
    }

    /// A sentence parsed with the tokens starting at `verbs` known to be verbs and those
    /// inside `names` known to be proper nouns.
    pub fn with_known(text: &str, span: Span, verbs: &[usize], names: &[Span]) -> Parsed {
        let tokens = tag_with(text, span, verbs, names);
        let chunks = chunks::noun_phrases(text, &tokens);
        Parsed { tokens, chunks }
    }

    /// The token that covers byte `at`, or the first one after it.
    pub fn token_at(&self, at: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.end <= at);
        (i < self.tokens.len()).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_name_is_read_as_proper_nouns() {
        let s = "Save the Children said it hoped the talks would resume.";
        let name = Span::new(0, "Save the Children".len());
        let known = tag_with(s, Span::new(0, s.len()), &[], &[name]);
        assert!(known[..3].iter().all(|t| t.tag == Upos::Propn));
        assert_eq!(known[3].tag, Upos::Verb);
    }

    fn tags(s: &str) -> Vec<(&str, &'static str)> {
        tag(s, Span::new(0, s.len()))
            .into_iter()
            .map(|t| (t.span.slice(s), t.tag.as_str()))
            .collect()
    }

    #[test]
    fn a_subjunctive_after_a_verb_and_that_is_a_verb() {
        let tag_of = |s: &str, word: &str| {
            tags(s)
                .into_iter()
                .find(|(w, _)| *w == word)
                .map(|(_, t)| t)
        };
        assert_eq!(
            tag_of(
                "The committee recommended that the Public Prosecution open investigations.",
                "open"
            ),
            Some("VERB")
        );
        assert_eq!(
            tag_of("He said that the government plan was lawful.", "plan"),
            Some("NOUN")
        );
    }

    #[test]
    fn unknown_capitalised_words_are_never_closed_class() {
        let t = tags("Okafor called for an inquiry. Dhere urged calm.");
        let closed = ["AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART"];
        for name in ["Okafor", "Dhere"] {
            let tag = t.iter().find(|(w, _)| *w == name).map(|p| p.1);
            assert!(
                tag.is_some_and(|tag| !closed.contains(&tag)),
                "{name}: {t:?}"
            );
        }
        assert!(t.contains(&("for", "ADP")), "{t:?}");
    }

    #[test]
    fn the_compiled_model_tags_news_prose() {
        let t = tags("Foreign Minister Asel Nurova urged the rebels to release the hostages.");
        let of = |w: &str| t.iter().find(|(x, _)| *x == w).map(|p| p.1);
        assert_eq!(of("Nurova"), Some("PROPN"));
        assert_eq!(of("urged"), Some("VERB"));
        assert_eq!(of("rebels"), Some("NOUN"));
        assert_eq!(of("to"), Some("PART"));
        assert_eq!(of("the"), Some("DET"));
    }
}

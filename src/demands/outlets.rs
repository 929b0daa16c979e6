//! A press review's outlets: "Jang⏎⏎Karachi-based Jang said …. The paper urged Kabul to …"
//! or "CHERAGH⏎⏎[Independent Dari daily] The paper demanded …". A digest of the press heads
//! each outlet's section with its name on a line of its own; "the paper", "the daily" or
//! "the channel" in the section is that outlet speaking.

use crate::actors::{Cast, EntityIx, RefForm};
use crate::lexicon::words::{any_of, Words};
use crate::report::ActorKind;
use crate::text::Span;
use regex::Regex;
use std::sync::LazyLock;

/// "the paper", "The daily": an outlet's noun with its article.
static OUTLET_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"\b[Tt]he\s+{}\b",
        any_of(&[&Words::get().outlet_nouns])
    ))
});

/// The most characters and words a heading naming an outlet takes.
const HEADING_CHARS: usize = 40;
const HEADING_WORDS: usize = 5;

/// Makes every "the paper" of a press review's section, and every use of the outlet's name
/// there, a reference to the outlet the section is headed by, so that whatever reads the
/// cast ("the paper said …", "Arman-e Melli was sceptical. … It urged …") finds it.
pub fn refer(text: &str, cast: &mut Cast) {
    let sections = sections(text);
    let mut found: Vec<(Span, EntityIx)> = Vec::new();
    for (k, &(heading, body)) in sections.iter().enumerate() {
        let name = heading.slice(text);
        let known = cast
            .entities
            .iter()
            .position(|e| e.name.eq_ignore_ascii_case(name));
        let e = known
            .unwrap_or_else(|| cast.described_in_passing(heading, name, ActorKind::Organization));
        let end = sections.get(k + 1).map_or(body.end, |(next, _)| next.start);
        let section = &text[body.start..end];
        for m in OUTLET_NOUN.find_iter(section) {
            found.push((Span::new(body.start + m.start(), body.start + m.end()), e));
        }
        let lower = section.to_lowercase();
        let name_lower = name.to_lowercase();
        // Lowercasing keeps the byte length of the ASCII names press reviews head with; a
        // name it does not is read in its headline only.
        if lower.len() == section.len() && name_lower.len() == name.len() {
            for (at, _) in lower.match_indices(&name_lower) {
                let whole = !section[..at].ends_with(char::is_alphanumeric)
                    && !section[at + name.len()..].starts_with(char::is_alphanumeric);
                if whole {
                    let span = Span::new(body.start + at, body.start + at + name.len());
                    if !cast.overlapped(span) {
                        found.push((span, e));
                    }
                }
            }
        }
    }
    for (span, e) in found {
        cast.defer_ref(span, e, RefForm::Name);
    }
}

/// The sections of a press review: each heading line naming an outlet, and the paragraph
/// under it. A heading counts only when that paragraph names it again, opens on a
/// bracketed description ("[Independent Pashto daily]") or speaks of "the paper" in its
/// first sentence, as a review of the press writes it; a story's subheading does not.
fn sections(text: &str) -> Vec<(Span, Span)> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut blank_before = true;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank_before = true;
            continue;
        }
        let opens = blank_before;
        blank_before = false;
        if !opens || !heading(trimmed) || !text[at..].starts_with(['\n', '\r']) {
            continue;
        }
        let rest = &text[at..];
        let body_start = at + (rest.len() - rest.trim_start().len());
        let first = text[body_start..].split("\n\n").next().unwrap_or("");
        let named = first.to_lowercase().contains(&trimmed.to_lowercase());
        // "The paper said …" in the section's first sentence speaks of its heading; one
        // after another outlet's sentence ("State-owned Al-Sabah said …. The paper
        // welcomed …" under "PRESS") speaks of that one.
        let first_sentence = &first[..first.find(". ").map_or(first.len(), |i| i + 1)];
        let opens_on_it = OUTLET_NOUN.is_match(first_sentence);
        if first.is_empty() || !(named || first.starts_with('[') || opens_on_it) {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        out.push((
            Span::new(start + lead, start + lead + trimmed.len()),
            Span::new(body_start, body_start + first.len()),
        ));
    }
    out
}

/// Whether a line of its own is short enough, capitalised and unpunctuated to head a
/// section: "Jang", "ARMAN-E MELLI", "El País".
fn heading(line: &str) -> bool {
    !line.is_empty()
        && line.chars().count() <= HEADING_CHARS
        && line.split_whitespace().count() <= HEADING_WORDS
        && line.starts_with(char::is_uppercase)
        && !line.ends_with(['.', ',', ':', ';', '!', '?', '"', '”', '’', ')', ']'])
}

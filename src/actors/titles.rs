//! What follows a title in the text: its portfolio or body ("Director of Public
//! Prosecutions", "President of Nigeria"), further titles ("Chief of Naval Staff Admiral"),
//! and the name of its holder — or, after a plural title ("Prime Ministers"), the names of
//! its holders.

use super::names::{handle_at, name_words, never_a_name, strip_possessive};
use crate::lexicon::words::Words;
use crate::lexicon::{Entry, Hit, Lexicon, TitleKind};
use crate::text::words::{is_capitalised, word_at};
use crate::text::Span;
use regex::Regex;
use std::sync::LazyLock;

/// "for Afghanistan, " between a title and its holder's name.
static PORTFOLIO: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^\s+(?:for|of|to|on)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:and|of|the|&)\s+)?[A-Z][\w’'.-]*){0,4},\s+",
    )
});

/// The word that opens a title's complement: "Director of", "envoy for", "ambassador to",
/// "Adviser on".
static COMPLEMENT_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^[ \u{a0}]+(of|for|to|on)[ \u{a0}]+(?:the[ \u{a0}]+)?")
});

/// Between two names a plural title introduces: "A and B", "A, B and C".
static LIST_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^(?:,?[ \u{a0}]+and|,)[ \u{a0}]+"));

/// A label in brackets after a name in a list: "Reps. A (R-Texas) and B (D-Calif.)".
static BRACKETED_LABEL: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^[ \u{a0}]*\([^()\n]{1,30}\)"));

/// The most words a complement runs over before the holder's name.
const MAX_COMPLEMENT_WORDS: usize = 7;
/// The most names one plural title introduces.
const MAX_PLURAL_HOLDERS: usize = 6;

/// The holder a title introduces.
pub(super) struct Holder {
    pub name: Span,
    /// The title as written, with its portfolio when one is written out ("Director of
    /// Public Prosecutions"), which is then the role.
    pub title: Span,
    /// Whether `title` runs past the lexicon's title over a portfolio.
    pub portfolio: bool,
    /// The state or body named in the complement ("of Nigeria", "for Yemen").
    pub body: Option<Span>,
    /// The body the holder speaks for, when the complement names it ("President of
    /// Nigeria", "spokesman for the Taliban"; not "envoy for Yemen", "Ambassador to
    /// France").
    pub affiliation: Option<Span>,
}

/// A title's complement before its holder's name.
struct Complement {
    /// Where the complement ends: its last portfolio word or body.
    end: usize,
    /// Where its portfolio ends, when it has one ("of Naval Staff").
    portfolio_end: Option<usize>,
    /// The last body it names.
    body: Option<Span>,
    /// The first body it names after "of", or after "for" when the title is no emissary's.
    affiliation: Option<Span>,
}

/// The holder named after the title `hits[i]`: right after it ("Foreign Minister Wang
/// Yi"), after its complement ("Director of Public Prosecutions Grace Wanjiru") or after
/// further titles ("Army Chief General Asim Munir", "Pak PM Shehbaz Sharif").
pub(super) fn holder(
    text: &str,
    hits: &[Hit],
    i: usize,
    free: impl Fn(Span) -> bool + Copy,
) -> Option<Holder> {
    let Entry::Title(t) = hits[i].entry else {
        return None;
    };
    let kind = Lexicon::get().titles[t].kind;
    let span = hits[i].span;
    if kind != TitleKind::Honorific {
        if let Some(h) = bracketed_holder(text, hits, span, &free) {
            return Some(h);
        }
    }
    let emissary = Lexicon::get().titles[t]
        .role
        .as_deref()
        .is_some_and(|r| Words::get().emissary_roles.contains(&r.to_lowercase()));
    let complement = (kind != TitleKind::Honorific)
        .then(|| complement(text, hits, span.end, emissary))
        .flatten();
    // "X, President of Kenya, Y": a title set off by commas describes the name before it,
    // so a name after it must follow without a comma.
    let comma = !text[..span.start].trim_end().ends_with(',');
    if let Some(c) = complement {
        if let Some(name) = name_past_titles(text, hits, c.end, free, kind, comma) {
            return Some(Holder {
                name,
                title: c.portfolio_end.map_or(span, |e| Span::new(span.start, e)),
                portfolio: c.portfolio_end.is_some(),
                body: c.body,
                affiliation: c.affiliation,
            });
        }
    }
    let name = name_past_titles(text, hits, span.end, free, kind, comma)?;
    Some(Holder {
        name,
        title: span,
        portfolio: false,
        body: None,
        affiliation: None,
    })
}

/// A debate record's speaker label naming the office first and its holder in brackets:
/// "The Minister for Africa (Vicky Ford):", "THE MINISTER OF HOME AFFAIRS (SHRI R. P.
/// SINGH):". The office's words up to the bracket are its portfolio.
static BRACKETED_HOLDER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^([^():;.,\n]{0,60}?)[ \u{a0}]*\(([^()\n]{3,60})\)[ \u{a0}]*:")
});

/// The holder named in brackets after a label's office (see [`BRACKETED_HOLDER`]), past an
/// honorific ("SHRI", "Ms").
fn bracketed_holder(
    text: &str,
    hits: &[Hit],
    title: Span,
    free: &impl Fn(Span) -> bool,
) -> Option<Holder> {
    let c = BRACKETED_HOLDER.captures(&text[title.end..])?;
    let portfolio = c.get(1)?;
    let inner = c.get(2)?;
    let lx = Lexicon::get();
    let mut at = title.end + inner.start();
    let k = hits.partition_point(|h| h.span.start < at);
    if let Some(h) = hits.get(k).filter(|h| {
        h.span.start == at
            && matches!(h.entry, Entry::Title(t) if lx.titles[t].kind == TitleKind::Honorific)
    }) {
        at = h.span.end + text[h.span.end..].len() - text[h.span.end..].trim_start().len();
    } else if let Some(w) = word_at(text, at) {
        // A label in capitals writes its honorific so too ("SHRI"), which the lexicon,
        // reading short forms by their case, does not match.
        let honorific = lx
            .titles
            .iter()
            .any(|t| t.kind == TitleKind::Honorific && t.title.eq_ignore_ascii_case(w.slice(text)));
        if honorific && w.slice(text).chars().all(|c| !c.is_lowercase()) {
            at = w.end + text[w.end..].len() - text[w.end..].trim_start().len();
        }
    }
    let name = name_words(text, at, free)?;
    (name.end == title.end + inner.end()).then(|| Holder {
        name,
        title: Span::new(title.start, title.end + portfolio.end()),
        portfolio: !portfolio.as_str().trim().is_empty(),
        body: None,
        affiliation: None,
    })
}

/// The name after `from`, past up to two further titles ("Chief Minister Sardar X", "Prime
/// Minister, Hon. X"); a generic title alone needs a name of two words ("leader Abu Bakr"),
/// one after a rank or office is enough. `comma`: whether a comma may come first.
fn name_past_titles(
    text: &str,
    hits: &[Hit],
    from: usize,
    free: impl Fn(Span) -> bool,
    kind: TitleKind,
    comma: bool,
) -> Option<Span> {
    let mut at = from;
    let mut kind = kind;
    for _ in 0..2 {
        let after_comma = || {
            (comma && text[at..].starts_with(','))
                .then(|| title_at(text, hits, at + 1))
                .flatten()
        };
        let Some(next) = title_at(text, hits, at).or_else(after_comma) else {
            break;
        };
        // "Minister of State Sultan bin Rashid": a title word before "bin" is a given name.
        let patronymic = text[next.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| Words::get().patronymics.contains(w));
        if patronymic {
            break;
        }
        at = next.end;
        kind = TitleKind::Office;
    }
    name_after(text, hits, at, free, kind, comma)
}

/// A singular title hit starting at `at`, past spaces only.
fn title_at(text: &str, hits: &[Hit], at: usize) -> Option<Span> {
    let lx = Lexicon::get();
    let start = at + text[at..].len() - text[at..].trim_start_matches([' ', '\u{a0}']).len();
    if start == at {
        return None;
    }
    let k = hits.partition_point(|h| h.span.start < start);
    hits.get(k)
        .filter(|h| h.span.start == start)
        .filter(|h| matches!(h.entry, Entry::Title(t) if !lx.titles[t].plural))
        .map(|h| h.span)
}

/// The name right after a title: a handle, or capitalised words with name particles,
/// possibly after a portfolio ("envoy for Afghanistan, Zalmay Khalilzad") when `comma`
/// allows one.
fn name_after(
    text: &str,
    hits: &[Hit],
    from: usize,
    free: impl Fn(Span) -> bool,
    kind: TitleKind,
    comma: bool,
) -> Option<Span> {
    let mut at = from;
    let rest = &text[at..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    if let Some(h) = handle_at(text, at + rest.len() - trimmed.len()) {
        return Some(h);
    }
    // "envoy for Afghanistan, Zalmay Khalilzad" / "Minister of State, Ali Khan"
    let portfolio = PORTFOLIO.find(rest).filter(|_| comma).map(|m| m.end());
    // "Spokesperson: Yoon Seo-yeon" on a line of its own: a transcript's masthead.
    let labelled = portfolio.is_none() && rest.starts_with(": ");
    if let Some(p) = portfolio {
        at += p;
        // "a spokesman for the Ministry of Defence, Mawlawi Qudratullah Hamdard": the
        // honorific opening the name is no part of it.
        let lx = Lexicon::get();
        let k = hits.partition_point(|h| h.span.start < at);
        if let Some(h) = hits.get(k).filter(|h| {
            h.span.start == at
                && matches!(h.entry, Entry::Title(t) if lx.titles[t].kind == TitleKind::Honorific)
        }) {
            at = h.span.end;
        }
    } else if comma && rest.starts_with(", ") {
        // "Prime Minister, Imran Khan," — a comma only when a name follows and closes.
        at += 2;
    } else if labelled {
        at += 2;
    }
    let name = name_words(text, at, &free)?;
    // "Minister of Foreign Affairs, African Cooperation and Mauritanians Abroad": after a
    // comma, words the treebank knows as common ones go on with the portfolio.
    let after_comma = portfolio.is_some() || (comma && rest.starts_with(", "));
    if after_comma
        && name
            .slice(text)
            .split_whitespace()
            .any(|w| crate::syntax::model().is_common_word(w))
    {
        return None;
    }
    if labelled
        && !text[name.end..]
            .trim_start_matches([' ', '\r'])
            .starts_with('\n')
    {
        return None;
    }
    // "the King Hussein Bridge", "Prince Sultan Air Base": a place named for a holder.
    if super::names::names_a_facility(name.slice(text), &text[name.end..]) {
        return None;
    }
    let words = name.slice(text).split_whitespace().count();
    let min = if kind == TitleKind::Generic { 2 } else { 1 };
    (words >= min).then_some(name)
}

/// The complement of a title written in capitals before its holder's name: "of Public
/// Prosecutions", "of Naval Staff", "of Borno State", "of Nigeria". Title and name are
/// both capitalised, so where one ends and the other starts is told by the words: the
/// complement ends on the last word news uses to end a portfolio (`portfolio_words`) or on
/// a state or body the lexicon knows.
fn complement(text: &str, hits: &[Hit], from: usize, emissary: bool) -> Option<Complement> {
    let lead = COMPLEMENT_LEAD.captures(&text[from..])?;
    let mut cursor = from + lead.get(0)?.end();
    let first = cursor;
    let mut preposition = lead.get(1)?.as_str();
    let mut found = Complement {
        end: 0,
        portfolio_end: None,
        body: None,
        affiliation: None,
    };
    let portfolio = &Words::get().portfolio_words;
    for _ in 0..MAX_COMPLEMENT_WORDS {
        let Some(w) = word_at(text, cursor).filter(|w| !text[cursor..w.start].contains('\n'))
        else {
            break;
        };
        if let Some(b) = body_at(hits, w.start) {
            found.body = Some(b);
            let speaks_for = preposition == "of" || (preposition == "for" && !emissary);
            if speaks_for && found.affiliation.is_none() {
                found.affiliation = Some(b);
            }
            found.end = b.end;
            cursor = b.end;
            continue;
        }
        let word = w.slice(text);
        if matches!(word, "for" | "of" | "to" | "on") {
            preposition = word;
        }
        if matches!(word, "and" | "for" | "of" | "to" | "on" | "the") {
            cursor = w.end;
            continue;
        }
        if !is_capitalised(word) {
            break;
        }
        // "Minister for the Indo-Pacific Helen Marchbank", "Adviser on the Peace Process
        // Consuelo B. Ocampo": where no listed word or body has ended the portfolio, a given
        // name with a surname after it opens the holder's name.
        if cursor > first
            && found.end == 0
            && Words::get().is_given_name(word)
            && word_at(text, w.end).is_some_and(|n| is_capitalised(n.slice(text)))
        {
            let end = text[..w.start].trim_end().len();
            found.portfolio_end = Some(end);
            found.end = end;
            break;
        }
        if portfolio.contains(&word.to_lowercase()) {
            found.portfolio_end = Some(w.end);
            found.end = w.end;
        }
        cursor = w.end;
    }
    (found.end > 0).then_some(found)
}

/// The state, organization or group the lexicon finds at `at`.
fn body_at(hits: &[Hit], at: usize) -> Option<Span> {
    let k = hits.partition_point(|h| h.span.start < at);
    hits.get(k)
        .filter(|h| h.span.start == at)
        .filter(|h| {
            matches!(
                h.entry,
                Entry::Country(..) | Entry::Org(_) | Entry::Group(..)
            )
        })
        .map(|h| h.span)
}

/// The names after a plural title, one holder each: "Prime Ministers Anwar Rahim and Lee
/// Chen", "Senators A, B and C". Fewer than two names is no list: the plural then speaks
/// of the office in general ("Foreign Ministers meet twice a year").
pub(super) fn plural_holders(
    text: &str,
    hits: &[Hit],
    i: usize,
    free: impl Fn(Span) -> bool + Copy,
    kind: TitleKind,
) -> Vec<Span> {
    let mut names = Vec::new();
    let mut at = hits[i].span.end;
    while names.len() < MAX_PLURAL_HOLDERS {
        let Some(name) = name_after(text, hits, at, free, kind, true) else {
            break;
        };
        names.push(name);
        let after = name.end
            + BRACKETED_LABEL
                .find(&text[name.end..])
                .map_or(0, |m| m.end());
        let Some(sep) = LIST_SEPARATOR.find(&text[after..]) else {
            break;
        };
        at = after + sep.end();
    }
    if names.len() < 2 {
        names.clear();
    }
    names
}

/// Whether the honorific `hits[i]` is a word inside a name: "Hassan Sheikh Mohamud",
/// where a capitalised name word runs straight into it. Only honorifics written as words
/// are names too; "Prof." or "H.E." never is.
pub(super) fn inside_a_name(
    text: &str,
    hits: &[Hit],
    i: usize,
    free: impl Fn(Span) -> bool,
) -> bool {
    let span = hits[i].span;
    if !span.slice(text).chars().all(char::is_alphabetic) {
        return false;
    }
    let start = span.start;
    let before = &text[..start];
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() || before.len() - trimmed.len() > 2 {
        return false;
    }
    let word_start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'))
        .last()
        .map_or(trimmed.len(), |(p, _)| p);
    let word = &trimmed[word_start..];
    let span = Span::new(word_start, trimmed.len());
    let after_title = i > 0 && hits[i - 1].span.end == trimmed.len();
    is_capitalised(word)
        && strip_possessive(word) == word
        && !never_a_name(word)
        && !after_title
        && free(span)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The holder after the first title of `text`, and the title as the role is read.
    fn first_holder(text: &str) -> Option<(&str, &str)> {
        let hits = Lexicon::get().scan(text);
        let i = hits
            .iter()
            .position(|h| matches!(h.entry, Entry::Title(_)))?;
        let h = holder(text, &hits, i, |_| true)?;
        Some((h.name.slice(text), h.title.slice(text)))
    }

    #[test]
    fn a_portfolio_and_a_rank_stand_between_a_title_and_its_holder() {
        assert_eq!(
            first_holder("Chief of Naval Staff Admiral Rahim Chowdhury said so."),
            Some(("Rahim Chowdhury", "Chief of Naval Staff"))
        );
        assert_eq!(
            first_holder("Governor of Borno State Babagana Zulum visited."),
            Some(("Babagana Zulum", "Governor of Borno State"))
        );
    }

    #[test]
    fn a_title_between_commas_describes_the_name_before_it() {
        let text = "H.E. Ali Musa, President of Kenya, H.E. Omar Said, President of Somalia, met.";
        let hits = Lexicon::get().scan(text);
        let i = hits
            .iter()
            .position(|h| h.span.slice(text) == "President")
            .unwrap_or(0);
        assert!(holder(text, &hits, i, |_| true).is_none());
    }
}

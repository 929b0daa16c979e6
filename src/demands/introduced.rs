//! Asks a statement lists under one verb: "the EU calls on:" and then a line per party,
//! "• the African Union and its partners to secure predictable financing;", "• all parties
//! to comply with international humanitarian law." Each line is a demand of whoever the
//! introducing sentence's subject is, addressed to the party it opens on.

use crate::text::marks::item_start;
use crate::text::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A verb of asking that ends its sentence on a colon: what it asks follows as a list.
static INTRODUCER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:calls?\s+(?:up)?on|called\s+(?:up)?on|urges?|urged|requests?|requested|encourages?|encouraged|invites?|invited|appeals?\s+to|appealed\s+to|demands?|demanded)(?:\s+(?:all|the\s+following))?\s*:\s*$",
    )
});

/// The verb of sentence `s` that introduces a list of asks ("calls on" in "the EU calls
/// on:"), if it ends the sentence on a colon.
pub fn introducer(text: &str, s: Span) -> Option<Span> {
    // Most sentences end on a full stop: they are not searched.
    let sentence = s.slice(text);
    if !sentence.trim_end().ends_with(':') {
        return None;
    }
    let m = INTRODUCER.find(sentence)?;
    let verb = m.as_str().trim_end().trim_end_matches(':').trim_end();
    Some(Span::new(
        s.start + m.start(),
        s.start + m.start() + verb.len(),
    ))
}

/// A verb of asking, the party it asks and "to:" ending the sentence: "The Committee urges
/// the State party to:", "Amnesty International is calling on Boko Haram to:" over lines
/// that each open on what is asked ("(a) Bring the definitions … into line with
/// international standards;", "• Release all abducted women and girls").
static INTRODUCER_OF_A_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:calls?\s+(?:up)?on|called\s+(?:up)?on|calling\s+(?:up)?on|urges?|urged|urging|asks?|asked|asking|requests?|requested|requesting|encourages?|encouraged|invites?|invited|appeals?\s+to|appealed\s+to|appealing\s+to)\s+((?:the|all|its|both)\s[^:;.]{1,120}?|(?-i:[A-Z])[^:;.]{1,120}?)\s+to\s*:\s*$",
    )
});

/// "The TFG should:", "Donor governments, in particular the United States, need to:" over
/// bullets that each open on a verb: a report's recommendations to the party the line opens
/// on, whose obligation the lines below spell out.
static MODAL_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^\s*((?:[Tt]he\s+|[Aa]ll\s+)?(?-i:[A-Z])[^:;.]{0,120}?),?\s+(should|must|ought\s+to|needs?\s+to|ha(?:s|ve)\s+to)\s*:\s*$",
    )
});

/// The modal of a line that opens on a party and ends on "should:" (or "must:", "need
/// to:"), and that party: the lines below say what the party should do.
pub fn modal_lead(text: &str, s: Span) -> Option<(Span, Span)> {
    let sentence = s.slice(text);
    if !sentence.trim_end().ends_with(':') {
        return None;
    }
    let c = MODAL_LEAD.captures(sentence)?;
    let (party, modal) = (c.get(1)?, c.get(2)?);
    Some((
        Span::new(s.start + modal.start(), s.start + modal.end()),
        Span::new(s.start + party.start(), s.start + party.end()),
    ))
}

/// "The CPP demands that the GRP:" over "(a) release forthwith the … political prisoners;":
/// a demand's that-clause whose verbs the lines below give.
static DEMANDS_THAT_A_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:demands?|demanded|demanding)\s+that\s+((?:the\s+)?(?-i:[A-Z])[^:;.,]{0,80}?)\s*:\s*$",
    )
});

/// Whether sentence `s` is a demand's that-clause cut off after its party, its verbs in
/// the lines below ("The CPP demands that the GRP:").
pub fn demands_that_a_party(text: &str, s: Span) -> bool {
    let sentence = s.slice(text);
    sentence.trim_end().ends_with(':') && DEMANDS_THAT_A_PARTY.is_match(sentence)
}

/// The verb of sentence `s` and the party it asks, when the sentence ends on "to:" (or
/// "demands that" the party, and a colon) and the lines below say what is asked.
pub fn introducer_of_a_party(text: &str, s: Span) -> Option<(Span, Span)> {
    let sentence = s.slice(text);
    if !sentence.trim_end().ends_with(':') {
        return None;
    }
    let c = INTRODUCER_OF_A_PARTY
        .captures(sentence)
        .or_else(|| DEMANDS_THAT_A_PARTY.captures(sentence))?;
    let (m, party) = (c.get(0)?, c.get(1)?);
    let verb_end = party.start()
        - (sentence[m.start()..party.start()].len()
            - sentence[m.start()..party.start()].trim_end().len());
    Some((
        Span::new(s.start + m.start(), s.start + verb_end),
        Span::new(s.start + party.start(), s.start + party.end()),
    ))
}

/// What a line of such a list asks: the line after its mark, without its closing
/// punctuation, when it opens on a word ("(a) Bring …;", "• Release …", after "demands
/// that the GRP:" "(a) release forthwith …;").
pub fn asked_item(text: &str, line: Span) -> Option<Span> {
    let written = line.slice(text);
    let start = item_start(written);
    if start == 0 {
        return None;
    }
    let words = &written[start..];
    let asked =
        words.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ';' | '.' | ',' | ':'));
    asked
        .starts_with(char::is_alphabetic)
        .then(|| Span::new(line.start + start, line.start + start + asked.len()))
}

/// The words of an item whose number the splitter made a sentence of its own ("1." ¶
/// "Drop all charges …."), without the closing punctuation, when they open on a verb or
/// an adverb of manner ("Immediately and unconditionally drop …"), not on a paragraph's
/// subject ("6." ¶ "The Committee is seriously concerned …", "It …", "Iraq …").
pub fn item_words(text: &str, line: Span) -> Option<Span> {
    let written = line.slice(text);
    let lead = written.len() - written.trim_start().len();
    let asked = written[lead..]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ';' | '.' | ',' | ':'));
    let first = asked.split_whitespace().next()?.to_lowercase();
    let model = crate::syntax::model();
    let subject = [
        crate::syntax::Upos::Det,
        crate::syntax::Upos::Pron,
        crate::syntax::Upos::Propn,
    ]
    .into_iter()
    .any(|tag| model.seen_as(&first, tag));
    (!subject || first.ends_with("ly"))
        .then(|| Span::new(line.start + lead, line.start + lead + asked.len()))
}

/// A review's recommendation on a line of its own, its recommending states in brackets at
/// its end: "130.1 Ratify the Optional Protocol … (Ghana);", "Ratify the Convention
/// (Sierra Leone) (Uruguay);", "Continue … dialogue (Iran (Islamic Republic of));". The
/// line opens on the verb of what is asked; the brackets name who asks it.
static RECOMMENDED_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^[\s•·*–-]*(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|\([a-z]{1,4}\))?\s*(?P<asked>(?P<verb>[A-Z][a-z]+)\s[^\n]*?)\s*(?P<by>(?:\((?:[^()\n]|\([^()\n]*\)){2,80}\)\s*){1,8})[;.]?\s*$",
    )
});

/// The verb, what is asked and the brackets naming who asks it, when line `s` is a
/// review's recommendation ending on its recommending parties in brackets. Whether the
/// brackets name parties is for the cast to say.
pub fn recommendation(text: &str, s: Span) -> Option<(Span, Span, Span)> {
    let line = s.slice(text);
    // Most lines do not close on a bracket: they are not searched.
    if !line.trim_end().trim_end_matches([';', '.']).ends_with(')') {
        return None;
    }
    let c = RECOMMENDED_BY.captures(line)?;
    let (verb, asked, by) = (c.name("verb")?, c.name("asked")?, c.name("by")?);
    // "… the Pakistan Penal Code to the Federally Administered Tribal Areas (FATA).": a
    // bracket in capitals spells out the name before it; a review names its states in full.
    if !by.as_str().chars().any(char::is_lowercase) {
        return None;
    }
    let word = verb.as_str().to_lowercase();
    // The base form: "Recommended …" or "Urges …" would report, not recommend.
    let inflected = word.ends_with("ed")
        || word.ends_with("ing")
        || (word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us"));
    let asked = Span::new(s.start + asked.start(), s.start + asked.end());
    // The tagger reads the line's opening word in its place; a capitalised word it takes
    // for a name ("Abolish") is a verb when what it governs opens on an article or an
    // owner's word ("Abolish the death penalty", "Take all necessary measures").
    let governs = asked
        .slice(text)
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| {
            crate::lexicon::words::Words::get()
                .object_openers
                .contains(w)
        });
    use crate::syntax::Upos;
    let first = crate::syntax::tag(text, asked).first().map(|t| t.tag);
    let a_verb = super::category::is_action_verb(&word)
        || (!inflected
            && match first {
                Some(Upos::Verb) => true,
                Some(Upos::Propn | Upos::Noun | Upos::Adj) => governs,
                _ => false,
            });
    a_verb.then(|| {
        (
            Span::new(s.start + verb.start(), s.start + verb.end()),
            asked,
            Span::new(s.start + by.start(), s.start + by.end()),
        )
    })
}

/// The longest party a line may name before its "to", in bytes.
const PARTY_REACH: usize = 200;

/// One line of such a list: the party it opens on (up to its first "to") and what it is
/// asked to do (after the "to", without the line's closing punctuation). A line that
/// is no list item, or names no one before a "to", asks nothing here.
pub fn item(text: &str, line: Span) -> Option<(Span, Span)> {
    let written = line.slice(text);
    let start = item_start(written);
    if start == 0 {
        return None;
    }
    let words = &written[start..];
    let to = words
        .match_indices(" to ")
        .map(|(i, _)| i)
        .find(|&i| i > 0 && i <= PARTY_REACH)?;
    let party = Span::new(line.start + start, line.start + start + to);
    let asked_from = party.end + " to ".len();
    let asked = text[asked_from..line.end]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ';' | '.' | ',' | ':'));
    (!asked.is_empty()).then(|| (party, Span::new(asked_from, asked_from + asked.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_ending_on_a_colon_introduces_the_lines_below() {
        let text = "Recalling the attack, the EU calls on:";
        let v = introducer(text, Span::new(0, text.len())).expect("an introducer");
        assert_eq!(v.slice(text), "calls on");
        let plain = "The EU calls on all parties to talk.";
        assert!(introducer(plain, Span::new(0, plain.len())).is_none());
    }

    /// The verb and the party a lead-in line gives, as written.
    fn lead_in(text: &str) -> Option<(&str, &str)> {
        introducer_of_a_party(text, Span::new(0, text.len()))
            .map(|(v, party)| (v.slice(text), party.slice(text)))
    }

    /// The modal and the party a lead-in line without a verb of asking gives, as written.
    fn modal_lead_in(text: &str) -> Option<(&str, &str)> {
        modal_lead(text, Span::new(0, text.len()))
            .map(|(m, party)| (m.slice(text), party.slice(text)))
    }

    /// What one line under a lead-in asks, as written.
    fn asked(line: &str) -> Option<&str> {
        asked_item(line, Span::new(0, line.len())).map(|a| a.slice(line))
    }

    #[test]
    fn a_verb_and_its_party_ending_on_to_introduce_what_the_lines_ask() {
        assert_eq!(
            lead_in("The Committee urges the State party to:"),
            Some(("urges", "the State party"))
        );
        assert_eq!(
            asked("(a) Bring its definitions into line with international standards;"),
            Some("Bring its definitions into line with international standards")
        );
        assert_eq!(lead_in("The Committee urges the State party to act."), None);
        assert_eq!(
            lead_in("\"The CPP demands that the GRP:"),
            Some(("demands that", "the GRP"))
        );
        assert_eq!(
            asked("(a) release forthwith the 392 political prisoners;"),
            Some("release forthwith the 392 political prisoners")
        );
    }

    #[test]
    fn a_party_and_its_modal_ending_on_a_colon_lead_the_lines_below() {
        assert_eq!(
            modal_lead_in("The TFG should:"),
            Some(("should", "The TFG"))
        );
        assert_eq!(
            modal_lead_in("Donor governments, in particular Norway, need to:"),
            Some(("need to", "Donor governments, in particular Norway"))
        );
        assert_eq!(modal_lead_in("The TFG should act now."), None);
        assert_eq!(modal_lead_in("what the council should:"), None);
    }

    #[test]
    fn a_line_names_its_party_before_its_to() {
        let text = "• the African Union and its partners to secure predictable financing;";
        let (party, asked) = item(text, Span::new(0, text.len())).expect("an item");
        assert_eq!(party.slice(text), "the African Union and its partners");
        assert_eq!(asked.slice(text), "secure predictable financing");
        let prose = "The African Union and its partners to secure financing;";
        assert!(item(prose, Span::new(0, prose.len())).is_none());
    }
}

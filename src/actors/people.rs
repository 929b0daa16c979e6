//! People: found from a title before a name ("Foreign Minister Wang Yi", "EAM
//! @DrSJaishankar", "Prime Ministers A and B"; what follows a title is read in `titles.rs`),
//! an apposition ("Wang Yi, China's foreign minister"), a speech verb ("…, said Zalmay
//! Khalilzad") or, by the tagger, a proper name that is the subject of a verb ("Viktor Hale
//! walked out"); then merged by surname and handle, and later references — a surname alone,
//! a given name after "bin", a handle, "the envoy" — resolved to them.

use super::names::{
    family_name_first, first_of_two_surnames, given_name, initialled, middle_name, name_words,
    same_first_name, strip_possessive, surname, surname_without_article,
};
use super::titles;
use super::{overlaps_any, Cast, EntityIx, Key, RefForm};
use crate::lexicon::words::{any_of, any_of_spaced, Words};
use crate::lexicon::{Entry, Hit, Lexicon, OrgClass, Title, TitleKind};
use crate::syntax::{Token, Upos};
use crate::text::span::floor_char;
use crate::text::words::{is_capitalised, last_word, next_capitalised, word_at};
use crate::text::Span;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Verbs that make a capitalised pair before or after them a speaking person, past the
/// letters after a name and a party in brackets ("Joris van Aalst (VVD) said", "Aisha
/// Rahman MP (Labour) said").
static SPEECH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"^(?:’s|'s)?{}?,?\s+(?:also\s+|further\s+|earlier\s+|later\s+)?{}\b",
        letters_and_party(false),
        any_of(&[&w.reporting_verbs, &w.speaker_verbs])
    ))
});

/// A name whose body follows it after "of" before the verb of saying, or of what only a
/// person does, is a person's, when its last word is no noun ("the Mailman School of
/// Public Health said" is a body's): "Antonio Caruso of Forza Italia said", "Nicola
/// Ferrante of the Greens and Left Alliance (AVS) insisted", "Rana Ehsan Elahi of the
/// PML-N accused India".
static OF_A_BODY_SPEECH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"^\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'.-]*|and|for|of|the)\s+){{0,6}}?[A-Z][\w’'.-]*(?:\s+\([^()\n]{{1,20}}\))?,?\s+(?:also\s+)?{}\b",
        any_of(&[&w.reporting_verbs, &w.speaker_verbs, &w.person_acts])
    ))
});

/// What may stand between a name and its verb: the letters after the name and a party in
/// brackets ("Aisha Rahman MP (Labour)"); with `letters_first`, only after the letters.
fn letters_and_party(letters_first: bool) -> String {
    let letters = format!(r"\s+{}", any_of(&[&Words::get().post_nominals]));
    let party = r"(?:\s+\([^()\n]{1,30}\))?";
    if letters_first {
        format!("(?:{letters}{party})")
    } else {
        format!("(?:(?:{letters})?{party})")
    }
}
/// A name that does something or owns something is a person's: "Donald Trump pulled out",
/// "Emmanuel Macron's efforts", "Aisha Rahman MP (Labour) raised the killings".
static ACTS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"^(?:’s\b|'s\b|{}?\s+(?:has|had|have|was|is|will|would)?\s*{}\b)",
        letters_and_party(true),
        any_of(&[&Words::get().person_acts])
    ))
});

/// A name that opens a line as a transcript's speaker label is a person's: "Hamish
/// Ruddock-Teare: Does the Minister agree …", "TEANAU WIHONGI-BRANDT (Green): …", or as
/// the Australian Hansard closes it, with a dash after a surname in capitals ("Mr
/// CALLAGHAN (2.01 p.m.)—My question is …", group 2), or the European Parliament's record,
/// with a full stop and a dash ("Marek Zalewski (UEN). – (PL) …", "Jaime Oyarzábal Ruiz,
/// on behalf of the PPE-DE Group. – (ES) …"), or the US Congressional Record, with a full
/// stop and the address to the chair ("Mr. HALVORSEN. Mr. President, …").
static LABEL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"^(?:\s*\(([^()\n]{{2,60}})\))?(?:\s*\([^()\n]{{2,60}}\))?(?::\s+|(—)|(?:,[^\S\n]+[^\n.:;!?]{{2,80}}?)?\.[^\S\n]+[-–][^\S\n]+|{})\S",
        super::names::CHAMBER_ADDRESS
    ))
});

/// The rest of the line after `at`, as far as a label and its bracket may reach: a label
/// closed by a full stop and a dash is a sentence of its own to the splitter.
fn line_after(text: &str, at: usize) -> &str {
    let rest =
        &text[at..crate::text::span::floor_char(text, (at + LINE_AFTER_REACH).min(text.len()))];
    rest.split('\n').next().unwrap_or(rest)
}

/// How far past a name [`line_after`] reads.
const LINE_AFTER_REACH: usize = 200;

/// Whether `after` a name opens a transcript's turn ([`LABEL_AFTER`]): a dash closes only
/// a surname in capitals ("Mr HARGREAVES—"), not a name running into a clause.
fn labels_a_turn(name: &str, after: &str) -> bool {
    LABEL_AFTER.captures(after).is_some_and(|c| {
        c.get(2).is_none() || name.split_whitespace().any(crate::text::words::in_capitals)
    })
}

/// "Fall Movies: Get the latest news": a label whose last word the treebank knows as a
/// common word is a section's, not a person's.
fn common_last_word(name: &str) -> bool {
    let last = name.split_whitespace().next_back().unwrap_or("");
    let model = crate::syntax::model();
    !model.seen_as(last, Upos::Propn)
        && (model.seen_as(last, Upos::Noun)
            || model.seen_as(last, Upos::Verb)
            || model.seen_as(last, Upos::Adj))
}

/// "NAME AND PRONOUN: …", "LINK TO PREVIOUS UA: None": a label in capitals holding a
/// conjunction, a preposition or an article is a form's field; no name holds one in
/// capitals.
fn a_form_field(label: &str) -> bool {
    let words = Words::get();
    label.split_whitespace().skip(1).any(|w| {
        let lower = w.to_lowercase();
        w.len() > 1
            && w.chars().all(|c| c.is_uppercase())
            && (matches!(lower.as_str(), "and" | "or")
                || words.prepositions.contains(lower.as_str())
                || words.determiners.contains(lower.as_str()))
    })
}

/// "Red Sea: Statement by the Spokesperson on …", "Sudan: Joint declaration …": a place
/// or a topic before a colon titles the document after it; no one speaks under it.
fn titles_a_document(after: &str) -> bool {
    let title = after.trim_start_matches(|c: char| c == ':' || c.is_whitespace());
    let documents = &Words::get().document_nouns;
    title
        .split_whitespace()
        .take(2)
        .any(|w| documents.contains(w.to_lowercase().as_str()))
}

/// Whether the last word of `name`, in lower case, is one the treebank saw as a noun
/// ("School", "Committees", "Director"): a body's or an office's name, not a surname.
fn ends_on_a_noun(name: &str) -> bool {
    let last = name
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    let model = crate::syntax::model();
    model.seen_as(&last, Upos::Noun)
        || last
            .strip_suffix('s')
            .is_some_and(|one| model.seen_as(one, Upos::Noun))
}

/// The office in a transcript label's brackets after a name ("(Minister of Foreign
/// Affairs):"), when the brackets open on a title the lexicon knows.
fn label_office(text: &str, hits: &[Hit], name_end: usize, opens_line: bool) -> Option<String> {
    if !opens_line {
        return None;
    }
    let caps = LABEL_AFTER.captures(&text[name_end..])?;
    let bracket = caps.get(1)?;
    let (start, end) = (name_end + bracket.start(), name_end + bracket.end());
    let first = hits.partition_point(|h| h.span.start < start);
    hits.get(first)
        .filter(|h| h.span.start == start && h.span.end <= end)
        .filter(|h| matches!(h.entry, Entry::Title(_)))
        .map(|_| as_one_line(&text[start..end]))
}

/// A name whose reporting verb comes after a clause of what only a person does is a
/// person's: "Hisham al-Obaidi, speaking at a joint news conference in Baghdad, said".
static SPEAKING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"^,\s+{}\b[^,;:\n\x22“”]{{0,150}},\s+{}\b",
        any_of(&[&w.person_participles]),
        any_of(&[&w.reporting_verbs])
    ))
});

/// Letters after a name make it a person's: "Aisha Rahman MP (Labour) raised …".
static LETTERS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"^\s+{}\b",
        any_of(&[&Words::get().post_nominals])
    ))
});

/// A name followed by an age is a person's: "Um Khalil, 52, waits", "Ali Musa (34)", and
/// at the sentence's end, "… said Giorgi Beridze, 61.".
static AGED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^(?:,\s+(?:aged\s+)?\d{1,3}(?:,|\.(?:\s|$))|\s+\(\d{1,3}\))")
});

/// A name after a possessive and a word of kin or calling is a person's: "his wife Nusrat
/// Jahan was inconsolable", "the pilot's mother Grace Okoro", "Ranj Kamal's brother, Hemin,
/// told".
static KIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)\b(?:his|her|their|my|our|[a-z]+(?:’s|'s|’|'))\s+(?:[a-z-]+\s+)?{}(?:\s+|\s*,\s+)$",
        any_of(&[&Words::get().personal_roles])
    ))
});

/// The bytes before a name that [`KIN_BEFORE`] reads: a possessive, an adjective and the
/// word of kin.
const KIN_REACH: usize = 60;

/// Whether the words just before `at` (in the sentence from `from`) are a possessive and a
/// word of kin or calling.
fn follows_kin(text: &str, from: usize, at: usize) -> bool {
    let start = crate::text::span::floor_char(text, at.saturating_sub(KIN_REACH)).max(from);
    KIN_BEFORE.is_match(&text[start..at])
}

/// A name a relative clause of persons follows is a person's: "Also briefing was Rosemène
/// Dorvilien, who coordinates a network of shelters", "Marleny Ortiz, whose son is among
/// those taken, held a photograph", "…, whose two daughters were taken," (a document's
/// "whose article 16" is no kin's).
static WHO_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"^,\s+(?:who\b|whose\s+(?:[\w-]+\s+){{0,2}}?{}s?\b)",
        any_of(&[&Words::get().person_descriptions])
    ))
});

/// "…, said Casale, who …" at a sentence's start: "Said" is the verb, not a name's word.
fn opens_on_a_reporting_verb(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
    Words::get().reporting_verbs.contains(first.as_str())
}

/// A name described in apposition is a person's: "Burhanuddin Rabbani, an Afghan political
/// figure", "Salahuddin Rabbani, the oldest son of", "Temur Saidov, a Tashkent-based
/// security analyst", "Nouri el-Taher, a 58-year-old shopkeeper", "Jyotirmoyee Baruah,
/// Bikash's mother".
static DESCRIBED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"^,\s+(?:an?|the|his|her|their|[A-Z][\w-]*(?:’s|'s))\s+(?:[\w-]+\s+){{0,3}}{}\b",
        any_of(&[&Words::get().person_descriptions])
    ))
});

/// A name in apposition after its description is a person's: "The UN relief coordinator,
/// Tomasz Wierzbicki, …", "Its chairwoman, Rohana Mahama, …", "said another resident, Yusuf
/// Warsame"; so is one set off after "one of" a crowd of people ("said one of them, Abdul
/// Karim", "One of the protesters, Lindiwe Mokoena, said").
static DESCRIBED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let people = any_of(&[&Words::get().person_descriptions]);
    crate::text::pattern::regex(&format!(
        r"(?i)(?:\b(?:an?|the|its|his|her|their|another|one|[a-z]+(?:’s|'s))\s+(?:[^\s,;:\x22“”]+\s+){{0,6}}?(?P<role>{people})(?:\s+(?:of|on|for|to|in)\s+[^,;]{{1,60}})?|\b(?:one|another|each)\s+of\s+(?:them|those|these|the\s+(?:[^\s,;:\x22“”]+\s+){{0,3}}?{people}s))\s*,\s*$"
    ))
});

/// "a woman named Suad", "a commander who calls himself Abu Musab", "a 40-year-old trader
/// who gave his name only as Farhod", "a nurse identified only as Amina": a person
/// described, then the one name given them.
static NAMED_AFTER_A_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"\b(?:an?|one)\s+(?:[\w-]+\s+){{0,2}}(?:woman|man|girl|boy|\d{{1,3}}-year-old|{})\s+(?:named|called|who\s+(?:calls|called)\s+(?:himself|herself)|who\s+gave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:who\s+(?:asked|wished|wanted)\s+to\s+be\s+)?identified\s+only\s+as)\s+$",
        any_of(&[&Words::get().person_descriptions])
    ))
});

static SPEECH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"(?:\b{}\s+)$",
        any_of(&[&w.reporting_verbs, &w.quoting_words])
    ))
});

/// A person as found at one place, before merging.
struct Found {
    /// The name as written ("S Jaishankar", "@DrSJaishankar", "Khan").
    name: Span,
    /// The title before the name, when one is given.
    title: Option<Span>,
    role: Option<String>,
    affiliation: Option<EntityIx>,
}

/// Adds the people of the text to the cast. `taken` are spans that already name states,
/// organizations or groups.
pub(super) fn add(text: &str, hits: &[Hit], sentences: &[Span], taken: &[Span], cast: &mut Cast) {
    let lx = Lexicon::get();
    // Sorted (stably) so every lookup below is a binary search, not a walk of the whole
    // document's references per title or name.
    cast.refs.sort_by_key(|r| (r.span.start, r.span.end));
    let free = |s: Span| !overlaps_any(taken, s);
    let mut found: Vec<Found> = Vec::new();
    let mut bare_titles: Vec<(Span, usize, Option<EntityIx>)> = Vec::new();
    let home = home_state(text, hits, cast);

    for (i, h) in hits.iter().enumerate() {
        let Entry::Title(t) = h.entry else { continue };
        let title = &lx.titles[t];
        if title.plural {
            found.extend(plural_holders(text, hits, i, free, title));
            continue;
        }
        if title.kind == TitleKind::Honorific && titles::inside_a_name(text, hits, i, free) {
            continue;
        }
        // "the group's official spokesman, Sheikh …": a generic title right before another
        // qualifies it; the second is the role ("government spokesman Colonel …" keeps its
        // first, the rank after it being no role).
        if title.kind == TitleKind::Generic
            && hits.get(i + 1).is_some_and(|next| {
                matches!(next.entry, Entry::Title(n) if lx.titles[n].kind == TitleKind::Generic)
                    && next.span.start >= h.span.end
                    && text[h.span.end..next.span.start].trim().is_empty()
            })
        {
            continue;
        }
        let (modifier_aff, modifier_refs) = modifiers(text, h.span, cast);
        let affiliation = title
            .affiliation
            .as_deref()
            .and_then(|a| cast.named(a))
            .or(modifier_aff);
        // In a headline in title case every word is capitalised: a name after a title
        // there ("Special Representative Tells Council") counts only if the story
        // repeats it, or if it closes the line in words the treebank never saw as
        // common ones ("Briefing by the Spokesperson …, Ambassador Meskerem Abebe").
        let holder = titles::holder(text, hits, i, free).filter(|h| {
            let line = sentences
                .get(sentences.partition_point(|s| s.end <= h.name.start))
                .filter(|s| s.contains(h.name));
            line.is_none_or(|l| !crate::text::sentences::title_cased(l.slice(text)))
                || repeated_below(text, h.name)
                || closes_line_as_a_name(text, h.name)
                || listed_with_honorific(text, title.kind, h.name)
        });
        // "H.E. Dr. Karim Adel, Minister of Foreign Affairs of …": an honorific says nothing
        // of the role, the apposition after the name does.
        let apposed = holder
            .as_ref()
            .filter(|_| title.kind == TitleKind::Honorific)
            .and_then(|h| appositive(text, hits, sentences, h.name));
        match (holder, apposed) {
            (Some(holder), Some(apposed)) => {
                found.push(apposed_found(text, cast, holder.name, apposed));
            }
            (Some(holder), None) => {
                for r in modifier_refs.iter().chain(&holder.body) {
                    mark_modifier(cast, *r);
                }
                let body = holder.affiliation.and_then(|b| entity_at(cast, b));
                let affiliation = affiliation
                    .or(body)
                    .or_else(|| of_after(text, holder.name, cast))
                    .or_else(|| state_nearby(h.span, sentences, cast, title.kind))
                    .or_else(|| state_opening_before(text, h.span, sentences, cast, title.kind))
                    .or(home.filter(|_| title.kind == TitleKind::Office));
                // Only blanks back to the line's start: read back over blanks alone, so a
                // document with no line breaks is not searched to its start for every title.
                let opens_line = {
                    let before = text[..h.span.start].trim_end_matches([' ', '\t', '\u{a0}']);
                    before.is_empty() || before.ends_with('\n')
                };
                let role = if holder.portfolio {
                    Some(as_one_line(holder.title.slice(text)))
                } else {
                    role_as_written(title, h.span.slice(text))
                        .map(|r| match portfolio_before(text, h.span, &modifier_refs) {
                            Some(p) => format!("{} {r}", in_case_of(p.slice(text), &r)),
                            None => r,
                        })
                        .or_else(|| label_office(text, hits, holder.name.end, opens_line))
                };
                found.push(Found {
                    name: holder.name,
                    title: Some(holder.title),
                    role,
                    affiliation,
                });
            }
            (None, _) if title.kind != TitleKind::Honorific => {
                for r in &modifier_refs {
                    mark_modifier(cast, *r);
                }
                bare_titles.push((h.span, t, affiliation));
            }
            (None, _) => {}
        }
    }

    let mut held = Held::default();
    for &s in sentences
        .iter()
        .filter(|s| !crate::text::sentences::title_cased(s.slice(text)))
    {
        untitled_names(text, s, hits, free, cast, &mut found, &mut held);
    }

    let aliases = other_names(text, free, &mut found);
    let mut people = merge(text, found, &aliases, cast);
    let given: Vec<(EntityIx, String)> = people
        .iter()
        .filter_map(|&(e, _)| {
            let name = &cast.entities[e].name;
            given_name(name)
                .or_else(|| family_name_first(name))
                .or_else(|| first_of_two_surnames(name))
                .or_else(|| surname_without_article(name))
                .map(|g| (e, g))
        })
        .collect();
    people.extend(given);
    let middles: Vec<(EntityIx, String)> = people
        .iter()
        .filter_map(|&(e, _)| middle_name(&cast.entities[e].name).map(|m| (e, m)))
        .collect();
    let title_ends: std::collections::HashSet<usize> = hits
        .iter()
        .filter(|h| matches!(h.entry, Entry::Title(_)))
        .map(|h| h.span.end)
        .collect();
    resolve_later_references(text, sentences, free, &people, &middles, &title_ends, cast);
    resolve_titles(text, sentences, &bare_titles, &people, cast);
    drop_nested_person_refs(cast);
}

/// Whether the story under a headline repeats the name at `name`: looked for in the next
/// few pages only, so a long document is not searched once per headline name.
fn repeated_below(text: &str, name: Span) -> bool {
    let mut end = (name.end + 20_000).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[name.end..end].contains(name.slice(text))
}

/// A name after an honorific and before the comma of its office, as a transcript's list
/// of speakers gives it ("Speakers: Dr. Qassim al-Saffar, Minister of …; Nizar al-Hamwi,
/// …"): a person, though the line's every word is capitalised.
fn listed_with_honorific(text: &str, kind: TitleKind, name: Span) -> bool {
    kind == TitleKind::Honorific && text[name.end..].starts_with([',', ';'])
}

/// The longest masthead line that opens on its occasion ("Opening Statement of H.E. …,
/// Chairperson of …, at the 37th Ordinary Session of the Assembly of …").
pub const MASTHEAD_LINE: usize = 320;

/// What a transcript's masthead says it is: "Regular Press Conference", "Remarks".
static OCCASION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)\b{}\b",
        any_of_spaced(&[&Words::get().occasion_nouns])
    ))
});

/// "Statement by", "Opening Address of", "FULL TEXT: Speech by" opening a masthead line:
/// the person named next speaks what follows.
static OCCASION_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)^\s*(?:full\s+text\s*[:|-]\s*)?(?:(?:opening|closing|press|keynote|introductory|inaugural)\s+)?{}\s+(?:by|of|from|with)\s+",
        any_of_spaced(&[&Words::get().occasion_nouns])
    ))
});

/// Where the speaker's part of a masthead line opens: just past "Remarks by" in "Remarks
/// by Foreign Minister X at …".
pub fn occasion_by(line: &str) -> Option<usize> {
    OCCASION_BY.find(line).map(|m| m.end())
}

/// Whether `name` ends its line, or only a place and a date or the occasion it speaks at
/// follow it, and none of its words is one the treebank knows as a common word.
fn closes_line_as_a_name(text: &str, name: Span) -> bool {
    let model = crate::syntax::model();
    let rest = &text[name.end..];
    let line = rest.split('\n').next().unwrap_or(rest).trim_end();
    // "the Hon Margaret O'Halloran MP, at …": letters after the name are no part of it.
    let line = line
        .strip_prefix(' ')
        .and_then(|l| {
            let (letters, after) = l.split_at(l.find([' ', ',']).unwrap_or(l.len()));
            Words::get()
                .post_nominals
                .contains(letters)
                .then_some(after)
        })
        .unwrap_or(line);
    // "Briefing by Foreign Ministry Spokeswoman X, Moscow, March 10, 2027", "Remarks by
    // Foreign Minister X at the Counter-Terrorism Forum, Abuja, 4 June 2027": an occasion,
    // a place and a date after the name still close the masthead line; so does the
    // occasion alone on a line that opens on what it is ("Address by President X to the
    // 74th General Assembly").
    let line_start = text[..name.start].rfind('\n').map_or(0, |p| p + 1);
    let occasion_line = occasion_by(&text[line_start..name.start]).is_some();
    let dated = [",", " at ", " to ", " before "]
        .iter()
        .any(|p| line.starts_with(p))
        && (occasion_line && name.start - line_start + line.len() <= MASTHEAD_LINE
            || line.len() <= 100
                && line
                    .split(|c: char| !c.is_ascii_digit())
                    .any(|d| d.len() == 4));
    // "Foreign Ministry Spokesperson X's Regular Press Conference on September 9, 2027".
    let owns_the_occasion = (line.starts_with("'s ") || line.starts_with("’s "))
        && line.len() <= 100
        && OCCASION.is_match(line);
    (line.is_empty() || dated || owns_the_occasion)
        && name
            .slice(text)
            .split_whitespace()
            .all(|w| !model.is_common_word(w))
}

/// A person's name found both bare (after an office) and with its honorific is mentioned
/// once, by the wider form: "Chief Minister Sardar Nisar Khan Afridi".
fn drop_nested_person_refs(cast: &mut Cast) {
    let person = |e: EntityIx| matches!(cast.entities[e].key, Key::Person(_));
    let mut wide: Vec<(Span, EntityIx)> = cast
        .refs
        .iter()
        .filter(|r| person(r.entity))
        .map(|r| (r.span, r.entity))
        .collect();
    wide.sort();
    // A wider reference starts at or before the nested one and is a name's length at most:
    // only the few references just before it are looked at.
    let nested: Vec<bool> = cast
        .refs
        .iter()
        .map(|r| {
            let end = wide.partition_point(|&(s, _)| s.start <= r.span.start);
            person(r.entity)
                && wide[..end]
                    .iter()
                    .rev()
                    .take_while(|(s, _)| s.start + 256 > r.span.start)
                    .any(|&(s, e)| e == r.entity && s != r.span && s.contains(r.span))
        })
        .collect();
    let mut keep = nested.iter().map(|n| !n);
    cast.refs.retain(|_| keep.next().unwrap_or(true));
}

/// One person per name after a plural title, each with the title's role: "Prime Ministers
/// Anwar Rahim and Lee Chen" are two prime ministers. The plural is no reference to either.
fn plural_holders<'a>(
    text: &'a str,
    hits: &'a [Hit],
    i: usize,
    free: impl Fn(Span) -> bool + Copy + 'a,
    title: &'a Title,
) -> impl Iterator<Item = Found> + 'a {
    titles::plural_holders(text, hits, i, free, title.kind)
        .into_iter()
        .map(|name| Found {
            name,
            title: None,
            role: title.role.clone(),
            affiliation: None,
        })
}

/// The entity a state, organization or group reference at `span` names.
fn entity_at(cast: &Cast, span: Span) -> Option<EntityIx> {
    cast.refs_starting_at(span.start)
        .find(|r| r.span == span)
        .map(|r| r.entity)
}

/// A title as written across a line break, on one line.
fn as_one_line(written: &str) -> String {
    written.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Generic titles ("spokesman", "commander") are reported as written; offices by their
/// canonical name ("EAM" is the External Affairs Minister).
fn role_as_written(title: &Title, written: &str) -> Option<String> {
    match title.kind {
        TitleKind::Generic => Some(written.to_lowercase()),
        _ => title.role.clone(),
    }
}

/// The portfolio written before a title no list holds with it: "Security Secretary X",
/// "Mexico's Security Secretary X", "the country's security secretary X" — so that "the
/// security secretary" later finds its holder. One word of the portfolio list, in the
/// title's case, opening its phrase: after a word in lower case, a possessive, a state or
/// punctuation, never inside a longer capitalised name ("Home Affairs Minister").
fn portfolio_before(text: &str, title: Span, modifiers: &[Span]) -> Option<Span> {
    let before = text[..title.start].strip_suffix(' ')?;
    let start = before
        .rfind(|c: char| !(c.is_alphabetic() || c == '-'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[start..];
    let upper = |w: &str| w.starts_with(char::is_uppercase);
    if word.is_empty()
        || upper(word) != upper(title.slice(text))
        || !Words::get()
            .portfolio_words
            .contains(word.to_lowercase().as_str())
    {
        return None;
    }
    let prev = before[..start].trim_end_matches(' ');
    let prev_word = prev
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let opens = prev.is_empty()
        || prev.ends_with(|c: char| !c.is_alphanumeric())
        || prev.ends_with("'s")
        || prev.ends_with("’s")
        || !upper(prev_word)
        || modifiers.iter().any(|m| m.end == prev.len());
    opens.then(|| Span::new(start, before.len()))
}

/// `word` in the case of `role`'s first letter: "security" before the office "Secretary"
/// reads "Security Secretary". The portfolio words are ASCII: no Unicode case table is
/// needed (it would weigh 16 KB in the wasm worker).
fn in_case_of(word: &str, role: &str) -> String {
    let mut out = word.to_ascii_lowercase();
    if role.starts_with(char::is_uppercase) {
        if let Some(first) = out.get_mut(..1) {
            first.make_ascii_uppercase();
        }
    }
    out
}

/// A state office held without saying whose ("President Bola Tinubu") is, in news prose,
/// the state named just before it in the same sentence ("In Abuja, President …").
fn state_nearby(title: Span, sentences: &[Span], cast: &Cast, kind: TitleKind) -> Option<EntityIx> {
    if kind != TitleKind::Office {
        return None;
    }
    let s = sentences[sentences.partition_point(|s| s.end < title.end)..]
        .first()
        .filter(|s| s.contains(title))?;
    let from = title.start.saturating_sub(80).max(s.start);
    cast.refs_starting_in(from, title.start)
        .iter()
        .rev()
        .filter(|r| r.span.start >= from && r.span.end <= title.start)
        .find(|r| matches!(cast.entities[r.entity].key, Key::Country(_)))
        .map(|r| r.entity)
}

/// A state office opening a sentence without saying whose, right after a sentence of the
/// same paragraph that opens on a state: "Uzbekistan took the hardest line. Foreign
/// Minister Bakhodir Umarov said …" is Uzbekistan's minister, whichever state the story
/// names most.
fn state_opening_before(
    text: &str,
    title: Span,
    sentences: &[Span],
    cast: &Cast,
    kind: TitleKind,
) -> Option<EntityIx> {
    if kind != TitleKind::Office {
        return None;
    }
    let i = sentences.partition_point(|s| s.end <= title.start);
    let here = sentences.get(i).filter(|s| s.contains(title))?;
    if !text[here.start..title.start].trim().is_empty() {
        return None;
    }
    let before = *sentences.get(i.checked_sub(1)?)?;
    if text[before.end..here.start].contains("\n\n") {
        return None;
    }
    let lead = before.start + (before.slice(text).len() - before.slice(text).trim_start().len());
    // A dateline ("LONDON (Reuters) — …") says where the story was filed, not who acts.
    cast.refs_starting_in(lead, lead + 1)
        .iter()
        .find(|r| {
            r.span.start == lead
                && matches!(cast.entities[r.entity].key, Key::Country(_))
                && !super::states::is_dateline(text, r.span)
        })
        .map(|r| r.entity)
}

/// The state a story is about, which holds the offices it names without saying whose
/// ("Prime Minister Arben Krasniqi" in a story from Pristina): the state of the dateline,
/// unless another state is named more often; with no dateline, the state named most.
/// Counts alone are a weak guide (diplomatic news is full of foreign ministers visiting
/// the state it names most), so a dateline that disagrees with them wins nothing.
fn home_state(text: &str, hits: &[Hit], cast: &Cast) -> Option<EntityIx> {
    match dateline_states(text, hits, cast).as_slice() {
        [d] if leading_state(cast).is_none_or(|l| l == *d) => Some(*d),
        // No dateline: the state the story names most, as a party, is where it is.
        [] => leading_state(cast),
        _ => None,
    }
}

/// The states of the dateline ("BEIJING/ISLAMABAD:" has two).
fn dateline_states(text: &str, hits: &[Hit], cast: &Cast) -> Vec<EntityIx> {
    let mut states: Vec<EntityIx> = hits
        .iter()
        .take_while(|h| h.span.start < STORY_HEAD)
        .filter(|h| {
            matches!(h.entry, Entry::Country(..)) && super::states::is_dateline(text, h.span)
        })
        .filter_map(|h| {
            cast.refs
                .iter()
                .find(|r| r.span.contains(h.span) && is_country(cast, r.entity))
                .map(|r| r.entity)
        })
        .collect();
    states.dedup();
    states
}

/// The state named most often as a party (not as a place or an adjective), at least three
/// times and more often than any other.
fn leading_state(cast: &Cast) -> Option<EntityIx> {
    let mut counts: Vec<(usize, EntityIx)> = Vec::new();
    for r in cast
        .refs
        .iter()
        .filter(|r| r.form == RefForm::Name && is_country(cast, r.entity))
    {
        match counts.iter_mut().find(|(_, e)| *e == r.entity) {
            Some((n, _)) => *n += 1,
            None => counts.push((1, r.entity)),
        }
    }
    counts.sort_unstable_by(|a, b| b.cmp(a));
    let (top, e) = *counts.first()?;
    let second = counts.get(1).map_or(0, |c| c.0);
    (top >= 3 && top > second).then_some(e)
}

fn is_country(cast: &Cast, e: EntityIx) -> bool {
    matches!(cast.entities[e].key, Key::Country(_))
}

/// How far into a text its dateline can stand (past a headline and a byline).
const STORY_HEAD: usize = 600;

/// "… of Nigeria", "… for the Chinese foreign ministry", "… (France)": the body a name or
/// title belongs to.
fn of_after(text: &str, after: Span, cast: &Cast) -> Option<EntityIx> {
    let rest = &text[after.end..];
    let lead = OF_BODY.find(rest)?.as_str();
    let at = after.end + lead.len();
    let bracketed = lead.ends_with('(');
    cast.refs_starting_at(at)
        .find(|r| {
            matches!(r.form, RefForm::Name | RefForm::Demonym | RefForm::Modifier)
                && (!bracketed || text[r.span.end..].starts_with(')'))
        })
        .map(|r| r.entity)
}

static OF_BODY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^(?:,?\s+(?:of|for|at|from)\s+(?:the\s+)?|\s*\()")
});

/// The states or bodies right before a title ("Pakistani", "India's", "UN", "Iran's
/// foreign ministry", "Russian presidential"), as the title holder's affiliation, and the
/// spans of those references.
fn modifiers(text: &str, title: Span, cast: &Cast) -> (Option<EntityIx>, Vec<Span>) {
    let mut aff = None;
    let mut spans = Vec::new();
    let mut at = title.start;
    for _ in 0..2 {
        // A reference is at most 256 bytes long.
        let nearest = cast
            .refs_starting_in(at.saturating_sub(MAX_MODIFIER_GAP + 256), at)
            .iter()
            .filter(|r| r.span.end <= at && at - r.span.end <= MAX_MODIFIER_GAP)
            .max_by_key(|r| (r.span.end, r.span.len()));
        let Some(r) = nearest
            .filter(|r| qualifies(text, r.span, title, at) || party_and_seat(text, cast, r, at))
        else {
            break;
        };
        aff.get_or_insert(r.entity);
        spans.push(r.span);
        at = r.span.start;
    }
    (aff, spans)
}

/// "Sinn Féin West Belfast MLA …", "DUP East Antrim MP …": a party qualifies the title
/// past the capitalised words of the seat its member holds.
fn party_and_seat(text: &str, cast: &Cast, r: &super::Ref, at: usize) -> bool {
    let party = matches!(cast.entities[r.entity].key, Key::Org(o)
        if Lexicon::get().orgs[o].class == OrgClass::Party);
    let gap: Vec<&str> = text[r.span.end..at].split_whitespace().collect();
    party
        && !text[r.span.end..at].contains('\n')
        && (1..=3).contains(&gap.len())
        && gap.iter().all(|w| is_capitalised(w))
}

/// The most bytes between a title and the state or body qualifying it.
const MAX_MODIFIER_GAP: usize = 32;

/// Whether the reference at `by` qualifies the title that follows at `at`: joined by
/// nothing, a possessive, "and", a hyphen or the close of "(MEA)", or by at most two words
/// the tagger reads as adjectives or nouns of one phrase ("Russian presidential envoy",
/// "the European Union's foreign policy chief").
fn qualifies(text: &str, by: Span, title: Span, at: usize) -> bool {
    // A heading above the line ("Foreign fighters in the Syrian army") qualifies no title
    // below it.
    if text[by.end..at].contains('\n') {
        return false;
    }
    let gap = text[by.end..at].trim();
    let gap = gap
        .strip_prefix("’s")
        .or_else(|| gap.strip_prefix("'s"))
        .unwrap_or(gap)
        .trim();
    if matches!(gap, "" | "and" | "-" | ")") {
        return true;
    }
    let words: Vec<&str> = gap.split_whitespace().collect();
    // A body's own capitalised head ("ECOWAS Commission President") joins it too.
    let portfolio = &Words::get().portfolio_words;
    let joins =
        |w: &&str| w.chars().all(char::is_lowercase) || portfolio.contains(&w.to_lowercase());
    if words.len() > 2 || !words.iter().all(joins) {
        return false;
    }
    crate::syntax::tag(text, Span::new(by.start, title.end))
        .iter()
        .filter(|t| t.span.start >= by.end && t.span.end <= at)
        .all(|t| matches!(t.tag, Upos::Adj | Upos::Noun | Upos::Propn | Upos::Part))
}

fn mark_modifier(cast: &mut Cast, span: Span) {
    let from = cast.refs.partition_point(|r| r.span.start < span.start);
    let refs = cast.refs[from..]
        .iter_mut()
        .take_while(|r| r.span.start == span.start);
    for r in refs.filter(|r| r.span == span) {
        if r.form == RefForm::Demonym || r.form == RefForm::Name {
            r.form = RefForm::Modifier;
        }
    }
}

/// The offices of the people found so far, by role in lower case with the bodies they
/// serve, taken in as `found` grows: whether an office is held is a lookup, not a walk of
/// every person a long document has named.
#[derive(Default)]
struct Held {
    roles: HashMap<String, Vec<Option<EntityIx>>>,
    seen: usize,
}

impl Held {
    /// Whether someone found holds `role` for `whose` (any body when `None`; one found
    /// without a body holds it for every body).
    fn holds(&mut self, found: &[Found], role: &str, whose: Option<Option<EntityIx>>) -> bool {
        for f in &found[self.seen..] {
            if let Some(r) = &f.role {
                let bodies = self.roles.entry(r.to_ascii_lowercase()).or_default();
                bodies.push(f.affiliation);
            }
        }
        self.seen = found.len();
        self.roles
            .get(&role.to_ascii_lowercase())
            .is_some_and(|bodies| {
                bodies
                    .iter()
                    .any(|&b| whose.is_none_or(|w| b.is_none() || b == w))
            })
    }
}

/// Whether the words of `name` close on an office the lexicon knows whose holder the text
/// names ("UN Secretary-General António Guterres …. The UN Secretary-General urged"): with
/// its article, that is the office held by them, not a name. An office no one is named
/// holding stays a party of its own.
fn ends_on_a_held_office(
    hits: &[Hit],
    name: Span,
    found: &[Found],
    held: &mut Held,
    cast: &Cast,
) -> bool {
    let lx = Lexicon::get();
    let k = hits.partition_point(|h| h.span.start < name.start);
    let offices = hits[k..]
        .iter()
        .take_while(|h| h.span.start < name.end)
        .filter(|h| h.span.end == name.end)
        .filter_map(|h| match h.entry {
            Entry::Title(t) if lx.titles[t].kind == TitleKind::Office => Some(&lx.titles[t]),
            _ => None,
        });
    for office in offices {
        let Some(role) = office.role.as_deref() else {
            continue;
        };
        // The office's body ("UN Secretary-General"), as far as the text has named it.
        let whose = office.affiliation.as_deref().map(|a| cast.existing(a));
        if held.holds(found, role, whose) {
            return true;
        }
    }
    false
}

/// Names without a title: "Wang Yi, China's foreign minister, said" or "…, said Ali Khan".
fn untitled_names(
    text: &str,
    sentence: Span,
    hits: &[Hit],
    free: impl Fn(Span) -> bool + Copy,
    cast: &mut Cast,
    found: &mut Vec<Found>,
    held: &mut Held,
) {
    let mut unproven = Vec::new();
    let mut at = sentence.start;
    while let Some(start) = next_capitalised(text, at, sentence.end, false) {
        let Some(w) = word_at(text, start) else {
            at = start + text[start..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        if w.end > sentence.end {
            break;
        }
        let before_w = hits.partition_point(|h| h.span.start < w.start);
        // "said Assistant Director in Charge Priya N. Raman": the capitalised words of a
        // title of three words or more are no name; the name follows the title.
        if let Some(title) = hits
            .get(before_w)
            .filter(|h| h.span.start == w.start && matches!(h.entry, Entry::Title(_)))
            .filter(|h| h.span.slice(text).split_whitespace().count() >= 3)
        {
            at = title.span.end;
            continue;
        }
        let prev_title = before_w > 0 && {
            let h = hits[before_w - 1];
            matches!(h.entry, Entry::Title(_))
                && h.span.end <= w.start
                && text[h.span.end..w.start].trim().is_empty()
        };
        if !is_capitalised(w.slice(text)) || prev_title || !free(w) {
            at = w.end;
            continue;
        }
        let Some(name) = name_words(text, w.start, &free) else {
            if let Some(name) = initialled(text, w, &free).filter(|n| n.end <= sentence.end) {
                found.push(Found {
                    name,
                    title: None,
                    role: None,
                    affiliation: None,
                });
                at = name.end;
            } else {
                at = w.end;
            }
            continue;
        };
        let words = name.slice(text).split_whitespace().count();
        // "The Public Prosecutor urged …": a name takes no article; an office, whose last
        // word describes a person, does.
        let lists = Words::get();
        let office = lists.determiners.contains(
            &text[sentence.start..name.start]
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .to_lowercase(),
        ) && (name
            .slice(text)
            .split_whitespace()
            .next_back()
            .is_some_and(|last| lists.person_descriptions.contains(&last.to_lowercase()))
            || ends_on_a_held_office(hits, name, found, held, cast));
        if name.end > sentence.end {
            at = name.end.max(w.end);
            continue;
        }
        let after = &text[name.end..sentence.end];
        let before = &text[sentence.start..name.start];
        // "Mahsa, 23, who …": one word that an age follows is a name, unless it ends one
        // the list of names could not read whole ("Alhaji Moussa Boubacar Dan Inna, 78");
        // so is one after a word of kin ("His daughter Ayaan, a senior at …, said").
        let aged = AGED_AFTER.is_match(after);
        let kin = follows_kin(text, sentence.start, name.start);
        let alone = !is_capitalised(last_word(before));
        // "Republican Scott Brown used …", "Democrat Nancy Pelosi": a party's label right
        // before a name describes a politician, as a title would; one inside a longer name
        // ("Movement for Democratic Change Member of Parliament …") does not.
        let labelled = {
            let b = before.trim_end_matches(' ');
            let label = last_word(b);
            b.len() < before.len()
                && b.ends_with(char::is_alphabetic)
                && lists.party_labels.contains(label)
                && {
                    let word = last_word(&b[..b.len() - label.len()]);
                    !is_capitalised(word) && !["for", "of", "and"].contains(&word)
                }
        };
        // "a woman named Suad", "a trader who gave his name only as Farhod": the name a
        // description gives, a person's however many words it has.
        let named_by_description = NAMED_AFTER_A_DESCRIPTION.is_match(before);
        // "Suad, a mother of four, said …": one word of no common use opening the
        // sentence, that an indefinite description of a person follows — not the surname
        // of someone named before ("Obaidi, a career diplomat," after "Hisham al-Obaidi").
        // So is one a description names ("a woman named Suad told CNN"), or one an
        // inverted attribution gives ("…,” said Zarmina, a teacher").
        let one = name.slice(text);
        let described_one = words < 2
            && ((before.trim().is_empty() || SPEECH_BEFORE.is_match(before))
                && after.starts_with(", a")
                && DESCRIBED_AFTER.is_match(after)
                || named_by_description)
            && !common_last_word(one)
            && !crate::syntax::model().is_common_word(one)
            && !crate::syntax::model().seen_as(&one.to_lowercase(), Upos::Adv)
            && !cast.entities.iter().any(|e| e.name.contains(one))
            && !found.iter().any(|f| f.name.slice(text).contains(one));
        let one_word_proven = (alone && aged) || kin || described_one;
        // "Operation Hadin Kai", "Exercise Cobra Gold": a word of kind before or opening the
        // name makes it an operation's, an exercise's or a storm's.
        let of_a_kind = lists.named_kinds.contains(last_word(before))
            || one
                .split_whitespace()
                .next()
                .is_some_and(|first| lists.named_kinds.contains(first));
        if (words < 2 && !one_word_proven)
            || of_a_kind
            || office
            || found.iter().any(|f| f.name.overlaps(name))
            || ends_like_an_institution(name.slice(text))
            || super::names::names_a_facility(name.slice(text), &text[name.end..])
        {
            at = name.end.max(w.end);
            continue;
        }
        // "Antonio Caruso of Forza Italia said": the party after "of" is where the speaker
        // belongs, not a speaker of its own.
        if before.trim_end().ends_with(" of") && SPEECH_AFTER.is_match(after) {
            at = name.end;
            continue;
        }
        let apposition = apposed_title(text, hits, name, sentence.end);
        let speaks = SPEECH_AFTER.is_match(after)
            || (OF_A_BODY_SPEECH_AFTER.is_match(after) && !ends_on_a_noun(name.slice(text)))
            || SPEECH_BEFORE.is_match(before)
            || ACTS_AFTER.is_match(after)
            || aged
            || kin
            || (labelled && words > 1)
            || (WHO_AFTER.is_match(after) && !opens_on_a_reporting_verb(name.slice(text)))
            || SPEAKING_AFTER.is_match(after)
            || LETTERS_AFTER.is_match(after)
            || (before.trim().is_empty()
                && labels_a_turn(name.slice(text), line_after(text, name.end))
                && !common_last_word(name.slice(text))
                && !a_form_field(name.slice(text))
                && !titles_a_document(after))
            || DESCRIBED_AFTER.is_match(after)
            || named_by_description
            || ((after.starts_with([',', '.', ';']) || after.trim().is_empty())
                && DESCRIBED_BEFORE.is_match(before));
        if let Some(apposed) = apposition {
            found.push(apposed_found(text, cast, name, apposed));
        } else if speaks {
            // "Osorio, the bishop of Arauca,": the description is the role "the bishop"
            // points back to; a transcript's "Name (Minister of Foreign Affairs):" gives
            // the office in brackets.
            let role = DESCRIBED_AFTER
                .find(after)
                .and_then(|m| {
                    m.as_str()
                        .split_whitespace()
                        .next_back()
                        .map(str::to_lowercase)
                })
                .or_else(|| label_office(text, hits, name.end, before.trim().is_empty()))
                .or_else(|| {
                    DESCRIBED_BEFORE
                        .captures(before)
                        .and_then(|c| c.name("role"))
                        .map(|m| m.as_str().to_lowercase())
                });
            let (title, name) = honorific_first(text, name);
            found.push(Found {
                name,
                title,
                role,
                affiliation: None,
            });
        } else {
            unproven.push(name);
        }
        at = name.end;
    }
    if !unproven.is_empty() {
        found.extend(
            acting(text, sentence, &unproven)
                .into_iter()
                .map(|name| Found {
                    name,
                    title: None,
                    role: None,
                    affiliation: None,
                }),
        );
    }
}

/// "Awami League", "HURRIYAT CONFERENCE": a name ending in an institution's word is a
/// body's, however it speaks; "Ahram Online", "the Kenya Standard", an outlet's; "Delhi
/// Declaration", a document's.
fn ends_like_an_institution(name: &str) -> bool {
    let words = Words::get();
    name.split_whitespace().next_back().is_some_and(|last| {
        words.is_institution_head(last)
            || words.media_heads.contains(last)
            || words.document_names.contains(last)
    })
}

/// A person named before a title in apposition: the role as written, and the state or
/// body qualifying the title or following it ("…, Minister of Foreign Affairs of the
/// Republic of Iraq").
fn apposed_found(
    text: &str,
    cast: &mut Cast,
    name: Span,
    (t, p, tspan): (usize, usize, Span),
) -> Found {
    let title = &Lexicon::get().titles[t];
    let modifier = cast
        .refs_starting_in(p, tspan.start)
        .iter()
        .find(|r| r.span.end <= tspan.start)
        .map(|r| (r.entity, r.span));
    if let Some((_, s)) = modifier {
        mark_modifier(cast, s);
    }
    let affiliation = title
        .affiliation
        .as_deref()
        .and_then(|a| cast.named(a))
        .or(modifier.map(|m| m.0));
    Found {
        name,
        title: Some(tspan),
        role: role_as_written(title, tspan.slice(text)),
        affiliation: affiliation.or_else(|| of_after(text, tspan, cast)),
    }
}

/// [`apposed_title`] for a name in any of `sentences`.
fn appositive(
    text: &str,
    hits: &[Hit],
    sentences: &[Span],
    name: Span,
) -> Option<(usize, usize, Span)> {
    let i = sentences.partition_point(|s| s.end <= name.start);
    let sentence = sentences.get(i).filter(|s| s.contains(name))?;
    apposed_title(text, hits, name, sentence.end)
}

/// The title in apposition after a name: ", the Pakistani foreign minister" / ",
/// spokesman for the ministry": the title's index, where its phrase starts, and its span.
fn apposed_title(
    text: &str,
    hits: &[Hit],
    name: Span,
    sentence_end: usize,
) -> Option<(usize, usize, Span)> {
    let lx = Lexicon::get();
    let after = &text[name.end..sentence_end];
    after.strip_prefix(',').and_then(|rest| {
        let base = name.end + 1;
        let lead = rest.len() - rest.trim_start().len();
        let mut p = base + lead;
        for article in ["the ", "a ", "an "] {
            if text[p..].starts_with(article) {
                p += article.len();
            }
        }
        let first = hits.partition_point(|h| h.span.start < p);
        let title_hit = hits[first..]
            .iter()
            .take_while(|h| h.span.start <= p + 40)
            .filter(|h| h.span.end <= sentence_end)
            .find(|h| matches!(h.entry, Entry::Title(t) if !lx.titles[t].plural))?;
        let Entry::Title(t) = title_hit.entry else {
            return None;
        };
        // Only states or bodies (and their possessives) between the article and the title.
        let between_ok = hits[first..]
            .iter()
            .take_while(|h| h.span.end <= title_hit.span.start)
            .all(|h| matches!(h.entry, Entry::Country(..) | Entry::Org(_)));
        let gap = &text[p..title_hit.span.start];
        let words_between = gap.split_whitespace().count();
        // A quotation closing after the name ("…reach El Fasher,” the senator said")
        // ends the sentence it was in: what follows is an attribution, not an
        // apposition.
        let quote_closes = text[name.end..title_hit.span.start].contains(['"', '”']);
        // "…, said the head of": an inverted attribution, whose title is the speaker's.
        let w = Words::get();
        let speech = gap
            .split_whitespace()
            .any(|g| w.reporting_verbs.contains(g) || w.speaker_verbs.contains(g));
        // "the Movement for Democratic Change, and former U.S. diplomat …": a conjunction
        // adds a second party, it does not describe the first.
        let joined = gap
            .split_whitespace()
            .any(|g| matches!(g, "and" | "or" | "but" | "nor" | "who" | "which"));
        let apposed = between_ok && words_between <= 3 && !quote_closes && !speech && !joined;
        // "X, implored the Emir to …": a verb and its object's article before the title
        // make it the object of a clause, not a description of the name ("X, the now-deposed
        // president", "X, associate vice president" describe).
        let described = || {
            let tokens = crate::syntax::tag(text, Span::new(name.start, title_hit.span.end));
            !tokens.windows(2).any(|w| {
                w[0].span.start >= p
                    && w[1].span.end <= title_hit.span.start
                    && matches!(w[0].tag, Upos::Verb | Upos::Aux)
                    && matches!(w[1].tag, Upos::Det | Upos::Pron)
            })
        };
        (apposed && described()).then_some((t, p, title_hit.span))
    })
}

/// Of the capitalised names of a sentence that no word list proves to be people, those the
/// tagger reads as proper nouns acting as the subject of a verb: "Talks collapsed after
/// Viktor Hale walked out". The lexicon has already taken the places and bodies it knows;
/// a name after an article ("the Strategic Dialogue resumed") or in a phrase qualifying a
/// noun ("the meeting in New York ended") is not a subject of its own.
/// Words tagged before the first name [`acting`] asks about: enough for the tags of the
/// words just before it to be those of the whole sentence.
const LEAD_WORDS: usize = 8;

fn acting(text: &str, sentence: Span, names: &[Span]) -> Vec<Span> {
    let candidates: Vec<Span> = names
        .iter()
        .copied()
        .filter(|&name| may_act(text, sentence, name))
        .collect();
    let Some(last) = candidates.last() else {
        return candidates;
    };
    // The tagger reads left to right, two words ahead and two tags behind: the words well
    // past the last name change no tag up to its verb, nor do those well before the first
    // name change its tags, so a long sentence is tagged only from a few words before the
    // first name to a few after the last.
    let reach = text[last.end..sentence.end]
        .split_inclusive(char::is_whitespace)
        .take(12)
        .map(str::len)
        .sum::<usize>();
    let from = words_back(text, sentence.start, candidates[0].start, LEAD_WORDS);
    let tokens = crate::syntax::tag(text, Span::new(from, last.end + reach));
    candidates
        .into_iter()
        .filter(|&name| acts(text, &tokens, name))
        .collect()
}

/// What can be told without the tagger: a verb after the name is a lowercase word, an
/// acronym among its words makes it a body's or a ship's name ("USS Carney"), and a
/// determiner before it makes it a thing's ("the Strategic Dialogue").
fn may_act(text: &str, sentence: Span, name: Span) -> bool {
    let next = text[name.end..sentence.end].trim_start_matches([' ', '\u{a0}']);
    let previous = text[sentence.start..name.start]
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    (next.starts_with(char::is_lowercase)
        || next.starts_with(", who ")
        || next.starts_with(", whose "))
        && !name
            .slice(text)
            .split_whitespace()
            .any(crate::text::words::is_acronym)
        && !Words::get().determiners.contains(&previous)
}

/// Where the `n` words before `at` start, or `from` when there are fewer.
fn words_back(text: &str, from: usize, at: usize, n: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text[from..at].char_indices().rev() {
        if !c.is_whitespace() {
            in_word = true;
        } else if in_word {
            words += 1;
            if words == n {
                return from + i + c.len_utf8();
            }
            in_word = false;
        }
    }
    from
}

/// The longest relative clause between a name and its verb that [`acts`] reads past.
const MAX_RELATIVE_TOKENS: usize = 25;

/// Whether `name`, all proper nouns, is followed by a verb (past auxiliaries and adverbs)
/// and preceded by nothing that makes it a modifier or an object.
fn acts(text: &str, toks: &[Token], name: Span) -> bool {
    let first = toks.partition_point(|t| t.span.end <= name.start);
    let last = toks.partition_point(|t| t.span.end <= name.end);
    if last <= first || toks[first..last].iter().any(|t| t.tag != Upos::Propn) {
        return false;
    }
    // "Amadou Boly, who presents himself as the group's emir, warned", "Ti Lapli, whose real
    // name is Wilner Bazile, demanded": past the relative clause to the verb.
    let mut after = last;
    if toks.get(last).is_some_and(|t| t.span.slice(text) == ",")
        && toks
            .get(last + 1)
            .is_some_and(|t| matches!(t.span.slice(text), "who" | "whose"))
    {
        let close = toks[last + 2..]
            .iter()
            .take(MAX_RELATIVE_TOKENS)
            .position(|t| t.span.slice(text) == ",");
        match close {
            Some(c) => after = last + 2 + c + 1,
            None => return false,
        }
    }
    let verb = toks[after..]
        .iter()
        .find(|t| !matches!(t.tag, Upos::Aux | Upos::Adv) && t.span.slice(text) != "not");
    if verb.is_none_or(|t| t.tag != Upos::Verb) {
        return false;
    }
    match first.checked_sub(1).map(|p| toks[p].tag) {
        None => true,
        Some(Upos::Adp) => {
            // "after Viktor Hale walked" opens a clause; "the meeting in Vienna ended" does not.
            let before = (first >= 2).then(|| toks[first - 2].tag);
            !before.is_some_and(Upos::is_nominal)
        }
        Some(tag) => matches!(
            tag,
            Upos::Punct | Upos::Cconj | Upos::Sconj | Upos::Verb | Upos::Adv
        ),
    }
}

/// ", whose real name is", ", better known as", " alias", "(a.k.a.": what joins a person's
/// name to another of theirs (a nom de guerre, a nickname, a birth name).
const OTHER_NAME_JOIN: &str = r"\s*[,(]?\s*(?:whose\s+(?:real|actual|birth|full)\s+name\s+is|real\s+name:?|(?:better\s+|also\s+|popularly\s+|widely\s+|locally\s+)?known\s+as|alias|a\.?k\.?a\.?|nicknamed|who\s+goes\s+by|whose\s+nom\s+de\s+guerre\s+is|nom\s+de\s+guerre:?)\s+[“\x22‘']?";

/// A name of capitalised words, with the particles of `data/words/name_particles.txt`
/// inside ("Karim Adnan al-Ubaidi", "Sidi ould Mohamed").
fn person_name() -> String {
    let particle = any_of(&[&Words::get().name_particles]);
    let word = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ\x{300}-\x{36F}'’-]*";
    format!(r"((?:(?:{particle})[-\s])?{word}(?:\s+(?:(?:{particle})[-\s])?{word}){{0,4}})")
}

static OTHER_NAME_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(&format!("^{OTHER_NAME_JOIN}{}", person_name())));

static OTHER_NAME_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(&format!("{}{OTHER_NAME_JOIN}$", person_name())));

/// How far before a name the other name it is given may start.
const OTHER_NAME_REACH: usize = 160;

/// The other names the text gives found people ("Ti Lapli, whose real name is Wilner
/// Bazile", "Ousmane Diallo, better known as Abu Ubaida"): each pair is one person, and the
/// other name, found there or not, is added as found with the role of the one found.
fn other_names(
    text: &str,
    free: impl Fn(Span) -> bool,
    found: &mut Vec<Found>,
) -> Vec<(Span, Span)> {
    let mut pairs = Vec::new();
    for i in 0..found.len() {
        let name = found[i].name;
        let from = crate::text::span::ceil_char(text, name.start.saturating_sub(OTHER_NAME_REACH));
        let after = OTHER_NAME_AFTER
            .captures(&text[name.end..])
            .and_then(|c| c.get(1))
            .map(|m| Span::new(name.end + m.start(), name.end + m.end()));
        let before = OTHER_NAME_BEFORE
            .captures(&text[from..name.start])
            .and_then(|c| c.get(1))
            .map(|m| Span::new(from + m.start(), from + m.end()));
        for other in [after, before].into_iter().flatten().filter(|&o| free(o)) {
            if !found.iter().any(|f| f.name == other) {
                found.push(Found {
                    name: other,
                    title: None,
                    role: found[i].role.clone(),
                    affiliation: found[i].affiliation,
                });
            }
            pairs.push((name, other));
        }
    }
    pairs
}

/// Merges found people into person entities; returns `(entity, surname, handle-free name)`.
/// Names in `aliases` pairs are one person.
fn merge(
    text: &str,
    mut found: Vec<Found>,
    aliases: &[(Span, Span)],
    cast: &mut Cast,
) -> Vec<(EntityIx, String)> {
    found.sort_by_key(|f| f.name.start);
    // Full names first, so a later surname alone or a handle joins the full name.
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| {
        let n = found[i].name.slice(text);
        (
            n.starts_with('@'),
            std::cmp::Reverse(n.split_whitespace().count()),
            found[i].name.start,
        )
    });
    let mut people = Met::default();
    // Where each name of an alias pair was met, and as whom.
    let mut met: Vec<(Span, EntityIx)> = Vec::new();
    for i in order {
        let f = &found[i];
        let written = f.name.slice(text);
        let sur = surname(written);
        let short = Shortened::of(written);
        let lone = written.to_lowercase();
        // "King Abdullah", "Pope Francis": a ruler known by one given name is no other
        // person who shares it ("Prime Minister Abdullah Ensour"), and is named with the
        // title, as the news names them.
        // "Dr. Sultan Al-Qahtani": after an honorific, the ruler's title is a given name.
        let given = f.title.is_some_and(|t| {
            let before =
                crate::text::words::last_word(text[..t.start].trim_end().trim_end_matches('.'));
            HONORIFICS.contains(before.to_lowercase().as_str())
        });
        let ruler = f
            .role
            .as_deref()
            .filter(|r| !given && !written.contains(' ') && Words::get().ruler_roles.contains(r));
        let existing =
            people
                .candidates(written, &sur, &lone, &short)
                .find(|(e, s, words, first_surname)| {
                    if let Some(role) = ruler {
                        // "Prince Saud" after "Prince Saud bin Faisal" is him.
                        let lists = Words::get();
                        let royal = words.iter().any(|w| lists.patronymics.contains(w))
                            || cast.entities[*e]
                                .role
                                .as_deref()
                                .is_some_and(|r| lists.ruler_roles.contains(r));
                        (cast.entities[*e].role.as_deref() == Some(role) && *s == sur)
                            || (royal && words.first() == Some(&lone))
                    } else if written.starts_with('@') {
                        sur.len() >= 4
                            && (sur.contains(s.as_str())
                                || cast.entities[*e]
                                    .name
                                    .to_lowercase()
                                    .replace(' ', "")
                                    .contains(&sur))
                    } else if !written.contains(' ') {
                        // "Sir Keir" after "Keir Starmer": a lone word after an honorific is the
                        // first name of a person already met as well as possibly a surname;
                        // "Monsignor Rengifo" after "Luis Fernando Rengifo Ospina", the first of
                        // two surnames.
                        *s == sur
                            || words.first() == Some(&lone)
                            || first_surname.as_ref() == Some(&lone)
                    } else {
                        // "Olvera Cantú" after "Beatriz Olvera Cantú": both surnames without the
                        // one given name before them (not "Rear Adm." nor "House" before a name).
                        let both_surnames = || {
                            let mine: Vec<String> =
                                written.split_whitespace().map(str::to_lowercase).collect();
                            let full = &cast.entities[*e].name;
                            let given = full.split_whitespace().next().unwrap_or("");
                            words.len() == mine.len() + 1
                                && words.ends_with(&mine)
                                && given.chars().all(char::is_alphabetic)
                                && !crate::syntax::model().is_common_word(given)
                        };
                        (*s == sur
                            && (same_first_name(&cast.entities[*e].name, written)
                                || both_surnames()))
                            || short.opens(words)
                    }
                });
        let aliased = aliases.iter().find_map(|&(a, b)| {
            let other = if a == f.name {
                b
            } else if b == f.name {
                a
            } else {
                return None;
            };
            met.iter().find(|&&(s, _)| s == other).map(|&(_, e)| e)
        });
        let e = match aliased.or(existing.map(|&(e, _, _, _)| e)) {
            // The other name's surname and words find their later mentions too.
            Some(e) if aliased.is_some() && existing.is_none() => {
                let words = written.split_whitespace().map(str::to_lowercase).collect();
                people.push(e, sur.clone(), words, None);
                e
            }
            Some(e) => e,
            None => {
                let e = match ruler {
                    Some(role) => cast.numbered(Key::Person, &format!("{role} {written}")),
                    None => cast.numbered(Key::Person, written.trim_start_matches('@')),
                };
                let words = written.split_whitespace().map(str::to_lowercase).collect();
                let first_surname = first_of_two_surnames(&cast.entities[e].name);
                people.push(e, sur.clone(), words, first_surname);
                e
            }
        };
        if aliases.iter().any(|&(a, b)| a == f.name || b == f.name) {
            met.push((f.name, e));
        }
        let party = f.affiliation.map(|a| state_of(cast, a));
        let ent = &mut cast.entities[e];
        if ent.role.is_none() {
            ent.role = f.role.clone();
        }
        if ent.affiliation.is_none() {
            ent.affiliation = party;
        }
        match f.title {
            Some(t) if f.role.is_some() => {
                cast.add_ref(f.name, e, RefForm::Person);
                cast.add_ref(t, e, RefForm::Person);
            }
            // An honorific right before the name is written as part of it ("Sheikh Tamim
            // bin Hamad", "Sir Keir"): one mention holds both.
            Some(t) if t.end <= f.name.start && text[t.end..f.name.start].trim().is_empty() => {
                cast.add_ref(Span::new(t.start, f.name.end), e, RefForm::Person);
            }
            _ => cast.add_ref(f.name, e, RefForm::Person),
        }
    }
    people
        .people
        .into_iter()
        .map(|(e, sur, _, _)| (e, sur))
        .collect()
}

/// A person met: the entity, the surname, the words of the name in lower case and the
/// first of two surnames, each read once.
type MetPerson = (EntityIx, String, Vec<String>, Option<String>);

/// The people met so far, indexed by the words a later name can share with them (surname,
/// first and last word, first surname): a document of thousands of names compares each
/// new one with the few people it could be, not with everyone met.
#[derive(Default)]
struct Met {
    people: Vec<MetPerson>,
    by_word: HashMap<String, Vec<usize>>,
}

impl Met {
    fn push(
        &mut self,
        e: EntityIx,
        sur: String,
        words: Vec<String>,
        first_surname: Option<String>,
    ) {
        let ix = self.people.len();
        let keys = [
            Some(&sur),
            words.first(),
            words.last(),
            first_surname.as_ref(),
        ];
        for key in keys.into_iter().flatten() {
            let bucket = self.by_word.entry(key.clone()).or_default();
            if bucket.last() != Some(&ix) {
                bucket.push(ix);
            }
        }
        self.people.push((e, sur, words, first_surname));
    }

    /// In the order met, every person `written` may name: those sharing its surname, its
    /// lone word or the first or last word of its shortened form. A handle ("@…") may hold
    /// any part of a name run together, so it is compared with everyone.
    fn candidates<'a>(
        &'a self,
        written: &str,
        sur: &str,
        lone: &str,
        short: &Shortened,
    ) -> impl Iterator<Item = &'a MetPerson> {
        let mut ixs: Vec<usize> = if written.starts_with('@') {
            (0..self.people.len()).collect()
        } else {
            [
                Some(sur),
                Some(lone),
                short.words.first().map(String::as_str),
                short.words.last().map(String::as_str),
            ]
            .into_iter()
            .flatten()
            .filter_map(|k| self.by_word.get(k))
            .flatten()
            .copied()
            .collect()
        };
        ixs.sort_unstable();
        ixs.dedup();
        ixs.into_iter().map(|i| &self.people[i])
    }
}

/// The honorifics of the lexicon's titles, in lower case, for names written in any case.
static HONORIFICS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    Lexicon::get()
        .titles
        .iter()
        .filter(|t| t.kind == TitleKind::Honorific)
        .map(|t| t.title.to_lowercase())
        .collect()
});

/// "MR. FERREIRA-LINDQVIST" in a transcript's label, where the honorific's case kept the
/// lexicon from reading it as one: the honorific, and the name after it.
fn honorific_first(text: &str, name: Span) -> (Option<Span>, Span) {
    let written = name.slice(text);
    let Some((first, _)) = written.split_once(' ') else {
        return (None, name);
    };
    let honorific = HONORIFICS.contains(first.to_lowercase().as_str());
    let rest = written[first.len()..].trim_start();
    if !honorific || rest.is_empty() {
        return (None, name);
    }
    let start = name.end - rest.len();
    (
        Some(Span::new(name.start, name.start + first.len())),
        Span::new(start, name.end),
    )
}

/// A written name as it may shorten a longer one: its words in lower case after any
/// honorific, and whether one was there.
struct Shortened {
    words: Vec<String>,
    honorific: bool,
}

impl Shortened {
    fn of(written: &str) -> Shortened {
        let words: Vec<String> = written.split_whitespace().map(str::to_lowercase).collect();
        let dropped = words
            .iter()
            .take_while(|w| HONORIFICS.contains(w.as_str()))
            .count();
        Shortened {
            words: words[dropped..].to_vec(),
            honorific: dropped > 0,
        }
    }

    /// "Wan Khairil" or a transcript's "IBU RATNA" for "Wan Khairil Anuar bin Wan Ahmad"
    /// and "Ratna Sekarwangi Pohan": the first words of a longer name, after any honorific,
    /// name the same person where names are shortened from the front (Malay, Indonesian,
    /// Arabic); "MR. FERREIRA-LINDQVIST" for "Tomás Ferreira-Lindqvist": an honorific and
    /// the surname. `known` is the longer name's words in lower case.
    fn opens(&self, known: &[String]) -> bool {
        let rest = &self.words;
        if self.honorific && rest.len() == 1 && known.len() > 1 && known.last() == rest.first() {
            return true;
        }
        // "OULD DEDDAH" for "Mohamed Lemine Ould Deddah": a surname with its particle.
        let particled = rest.len() >= 2
            && rest.len() < known.len()
            && known.ends_with(rest)
            && Words::get().name_particles.contains(rest[0].as_str());
        let enough = if self.honorific { 1 } else { 2 };
        particled || (rest.len() >= enough && rest.len() < known.len() && known.starts_with(rest))
    }
}

/// A person speaking for a ministry or a state's forces speaks for the state.
fn state_of(cast: &Cast, e: EntityIx) -> EntityIx {
    let lx = Lexicon::get();
    let organ_like = match cast.entities[e].key {
        Key::Organ(..) => true,
        Key::Org(o) => matches!(lx.orgs[o].class, OrgClass::Ministry | OrgClass::Security),
        _ => false,
    };
    match cast.entities[e].affiliation {
        Some(a) if organ_like && matches!(cast.entities[a].key, Key::Country(_)) => a,
        _ => e,
    }
}

/// Surnames and handles standing alone.
fn resolve_later_references(
    text: &str,
    sentences: &[Span],
    free: impl Fn(Span) -> bool,
    people: &[(EntityIx, String)],
    middles: &[(EntityIx, String)],
    title_ends: &std::collections::HashSet<usize>,
    cast: &mut Cast,
) {
    if people.is_empty() {
        return;
    }
    let by_middle: HashMap<&str, EntityIx> = middles
        .iter()
        .rev()
        .map(|(e, m)| (m.as_str(), *e))
        .collect();
    let mut new_refs = Vec::new();
    let mut known: Vec<Span> = cast.refs.iter().map(|r| r.span).collect();
    known.sort();
    // The first person of each surname in the text's order (people are found title by
    // title, then name by name), so a word is looked up, not compared with every person
    // of a long document.
    let first_named = first_named(cast);
    let first = |e: &EntityIx| first_named.get(e).copied().unwrap_or(usize::MAX);
    // "Wahyu said …" after "Wahyu Setiadi": a given name no other person of the text
    // bears.
    let mut by_given: HashMap<String, Option<EntityIx>> = HashMap::new();
    for &(e, _) in people {
        if let Some(given) = super::names::first_name(&cast.entities[e].name) {
            by_given
                .entry(given)
                .and_modify(|held| {
                    if *held != Some(e) {
                        *held = None;
                    }
                })
                .or_insert(Some(e));
        }
    }
    let mut by_surname: HashMap<&str, EntityIx> = HashMap::new();
    for (e, sur) in people.iter().filter(|(_, sur)| sur.len() >= 3) {
        by_surname
            .entry(sur.as_str())
            .and_modify(|held| {
                if first(e) < first(held) {
                    *held = *e;
                }
            })
            .or_insert(*e);
    }
    for &s in sentences {
        let mut at = s.start;
        // Past punctuation too: "Later, Rahimi said" has its surname after a comma.
        while let Some(start) = next_surname_word(text, at, s.end) {
            let Some(w) = word_at(text, start) else {
                at = start + text[start..].chars().next().map_or(1, char::len_utf8);
                continue;
            };
            if w.end > s.end {
                break;
            }
            at = w.end;
            let at_handle = text[..w.start].ends_with('@') || text[..w.start].ends_with('#');
            let word = strip_possessive(w.slice(text));
            if !at_handle && !is_capitalised(word) && !joined_to_a_particle(word) {
                continue;
            }
            let span = if at_handle {
                Span::new(w.start - 1, w.end)
            } else {
                w
            };
            let lower = word.to_lowercase();
            if free(span) && !overlaps_any(&known, span) {
                let hit = if at_handle {
                    people
                        .iter()
                        .find(|(_, sur)| sur.len() >= 4 && lower.contains(sur.as_str()))
                        .map(|&(e, _)| e)
                } else {
                    // "the Ahmadzai Wazir tribes": a capitalised word right before, no title
                    // and no word of the person's own name, and a noun after make the
                    // surname part of another name, which qualifies the noun.
                    let before = &text[..w.start];
                    let prev = last_word(before);
                    // Read only for a word that is someone's surname.
                    let qualifies = || {
                        text[w.end..].strip_prefix(' ').is_some_and(|rest| {
                            let next = rest
                                .split(|c: char| !c.is_alphabetic())
                                .next()
                                .unwrap_or("");
                            use crate::syntax::Upos;
                            let model = crate::syntax::model();
                            next.starts_with(char::is_lowercase)
                                && ![
                                    Upos::Verb,
                                    Upos::Aux,
                                    Upos::Adp,
                                    Upos::Adv,
                                    Upos::Pron,
                                    Upos::Det,
                                    Upos::Cconj,
                                    Upos::Sconj,
                                    Upos::Part,
                                ]
                                .into_iter()
                                .any(|t| model.seen_as(next, t))
                        })
                    };
                    let in_another_name = |e: EntityIx| {
                        before.ends_with(' ')
                            && before.trim_end().ends_with(char::is_alphabetic)
                            && is_capitalised(prev)
                            && !title_ends.contains(&(w.start - 1))
                            && !cast.entities[e]
                                .name
                                .split_whitespace()
                                .any(|n| n.eq_ignore_ascii_case(prev))
                            && qualifies()
                    };
                    // "in the Anka forest" (after "the Emir of Anka, Muhammad Ahmad Anka"): a
                    // surname between an article and a noun qualifies the noun, as a
                    // place's name does; a person takes no article.
                    let a_modifier = || {
                        Words::get()
                            .determiners
                            .contains(prev.to_lowercase().as_str())
                            && before.ends_with(' ')
                            && qualifies()
                    };
                    by_surname
                        .get(lower.as_str())
                        .copied()
                        .filter(|&e| !in_another_name(e) && !a_modifier())
                        .or_else(|| {
                            // A middle name standing alone, no other name's word beside it.
                            let alone = !is_capitalised(last_word(&text[..w.start]))
                                && !word_at(text, w.end)
                                    .is_some_and(|n| is_capitalised(n.slice(text)));
                            let middle = alone
                                .then(|| by_middle.get(lower.as_str()).copied())
                                .flatten();
                            // A given name alone only as the one speaking ("Wahyu said",
                            // "said Wahyu"), never a place's name after a preposition or an
                            // article ("the Bishop of Bunia appealed"): elsewhere it may be
                            // anyone's.
                            // Looked up first: the verbs around are read only for a given
                            // name, not for every capitalised word.
                            middle.or_else(|| {
                                let e = by_given.get(&lower).copied().flatten()?;
                                let from = floor_char(text, w.start.saturating_sub(40));
                                let speaks = SPEECH_AFTER.is_match(&text[w.end..])
                                    || SPEECH_BEFORE.is_match(&text[from..w.start]);
                                let model = crate::syntax::model();
                                let governed = [crate::syntax::Upos::Adp, crate::syntax::Upos::Det]
                                    .into_iter()
                                    .any(|t| model.seen_as(&prev.to_lowercase(), t));
                                (alone && speaks && !governed).then_some(e)
                            })
                        })
                };
                if let Some(e) = hit {
                    new_refs.push((
                        Span::new(span.start, span.start + (w.start - span.start) + word.len()),
                        e,
                    ));
                }
            }
        }
    }
    for (span, e) in new_refs {
        cast.add_ref(span, e, RefForm::Person);
    }
}

/// Where the next word that may be a surname or a handle starts, from `at`: a capitalised
/// word, or a name's particle written in lower case and joined to one by a hyphen, as news
/// writes a surname's article ("…,” al-Tayeb said", "Later el-Sisi urged").
fn next_surname_word(text: &str, at: usize, end: usize) -> Option<usize> {
    let capitalised = next_capitalised(text, at, end, true);
    let before = capitalised.unwrap_or(end);
    text[at..before]
        .match_indices('-')
        .find_map(|(i, _)| {
            let hyphen = at + i;
            let start = text[..hyphen]
                .rfind(|c: char| !c.is_alphanumeric())
                .map_or(0, |p| {
                    p + text[p..].chars().next().map_or(1, char::len_utf8)
                });
            (start >= at && joined_to_a_particle(&text[start..])).then_some(start)
        })
        .or(capitalised)
}

/// Whether `word` opens on a name's particle joined by a hyphen to a capitalised word:
/// "al-Tayeb", "el-Sisi".
fn joined_to_a_particle(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, rest)| {
        Words::get().name_particles.contains(particle) && is_capitalised(rest)
    })
}

/// Where each entity is first referred to, by its earliest reference.
fn first_named(cast: &Cast) -> HashMap<EntityIx, usize> {
    let mut first: HashMap<EntityIx, usize> = HashMap::new();
    for r in &cast.refs {
        let at = first.entry(r.entity).or_insert(r.span.start);
        *at = (*at).min(r.span.start);
    }
    first
}

/// How far before a bare title its nameless introduction ("a spokesman") may stand.
const INTRODUCTION_REACH: usize = 600;

/// Whether the title `span` ("spokesman" in "the spokesman said") was written with an
/// indefinite article within the sentences just before, and no name followed it there ("a
/// spokesman for the North's foreign ministry insisted …").
fn introduced_nameless_before(text: &str, span: Span) -> bool {
    let word = span.slice(text);
    let from = floor_char(text, span.start.saturating_sub(INTRODUCTION_REACH));
    let window = &text[from..span.start];
    ["a ", "A ", "an ", "An "].iter().any(|article| {
        window
            .match_indices(&format!("{article}{word}"))
            .any(|(i, m)| {
                let opens_word = !window[..i].ends_with(char::is_alphanumeric);
                let rest = &text[from + i + m.len()..];
                let whole_word = !rest.starts_with(char::is_alphanumeric);
                let named = rest
                    .trim_start_matches([' ', ','])
                    .starts_with(char::is_uppercase);
                opens_word && whole_word && !named
            })
    })
}

/// Titles without a name ("the envoy", "the Prime Minister") refer to the person holding
/// that role; without one, a title qualified by a state speaks for that state.
/// An office whose releases call its head by a bare title, from `data/houses.tsv`.
struct House {
    header: &'static str,
    state: &'static str,
    role: &'static str,
    holder: &'static str,
}

static HOUSES: LazyLock<Vec<House>> = LazyLock::new(|| {
    include_str!("../../data/houses.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut f = l.split('\t');
            let mut next = || f.next().expect("houses.tsv: four columns").trim();
            House {
                header: next(),
                state: next(),
                role: next(),
                holder: next(),
            }
        })
        .collect()
});

/// The longest line that may be an office's header (the longest in `houses.tsv` is 42
/// bytes).
const HEADER_LINE_MAX: usize = 80;

/// How many lines at the top of a text may hold its office's header.
const HEADER_LINES: usize = 6;

/// The state whose office's release the text is ("The White House" among its first lines):
/// the government its bare "the Administration" is.
pub fn house_state(text: &str) -> Option<&'static str> {
    house_of(text).map(|h| h.state)
}

/// The office whose release the text is, by a line among its first.
fn house_of(text: &str) -> Option<&'static House> {
    // "From: Prime Minister’s Office, 10 Downing Street", as gov.uk heads its pages.
    // Only a short line can be a header: a text flattened into one line is not copied
    // whole, each time a bare title or "the Administration" asks which house it is.
    let head: Vec<String> = text
        .lines()
        .map(|l| {
            let l = l.trim();
            l.strip_prefix("From:").map_or(l, str::trim)
        })
        .filter(|l| !l.is_empty())
        .take(HEADER_LINES)
        .filter(|l| l.len() <= HEADER_LINE_MAX)
        .map(|l| l.replace('’', "'"))
        .collect();
    HOUSES
        .iter()
        .find(|h| head.iter().any(|l| l.eq_ignore_ascii_case(h.header)))
}

/// The holder of the house's title, made once: a person with the title for a role and the
/// state for an affiliation.
fn house_holder(house: &House, cast: &mut Cast) -> Option<EntityIx> {
    let made = cast
        .entities
        .iter()
        .position(|e| matches!(e.key, Key::Person(_)) && e.name == house.holder);
    if made.is_some() {
        return made;
    }
    let state = Lexicon::get().country_by_name(house.state)?;
    let state = cast.entity(Key::Country(state));
    let e = cast.numbered(Key::Person, house.holder);
    cast.entities[e].role = Some(house.role.to_string());
    cast.entities[e].affiliation = Some(state);
    Some(e)
}

/// How far into its sentence a holder's name may begin and still be its subject ("U.S.
/// President Joe Biden"): not one after a phrase that opens the sentence ("Speaking in
/// Beirut after talks with Prime Minister X, Y said").
const SUBJECT_LEAD: usize = 30;

/// Where the sentence holding `at` opens, from the sentence spans the cast is given.
fn sentence_start(sentences: &[Span], at: usize) -> usize {
    let i = sentences.partition_point(|s| s.end <= at);
    sentences
        .get(i)
        .filter(|s| s.start <= at)
        .map_or(at, |s| s.start)
}

/// "for Yemen", "on Human Rights": the remit that names an office after its title when no
/// holder's name follows (so, unlike a complement before a name, any capitalised words),
/// as many bytes of `after` as it takes (none when no capitalised remit follows, or when
/// "on Tuesday" gives a date).
fn portfolio_after(after: &str) -> usize {
    PORTFOLIO.captures(after).map_or(0, |c| {
        let first = c[1].split_whitespace().next().unwrap_or("");
        let w = Words::get();
        if w.weekdays.contains(first) || w.months.contains(first) {
            0
        } else {
            c.get(0).expect("match").end()
        }
    })
}

/// How far after an office's title a name set off by a comma may be its holder's.
const APPOSED_REACH: usize = 80;

static PORTFOLIO: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^\s+(?:for|on|to|in)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4})",
    )
});

fn resolve_titles(
    text: &str,
    sentences: &[Span],
    bare: &[(Span, usize, Option<EntityIx>)],
    people: &[(EntityIx, String)],
    cast: &mut Cast,
) {
    let lx = Lexicon::get();
    let house = house_of(text);
    // Where each person is first named, looked up once: asked for every bare title.
    let mut first_named = first_named(cast);
    // Where each person is mentioned, in order: a title stands for the holder mentioned last.
    let mut mentions: HashMap<EntityIx, Vec<usize>> = HashMap::new();
    for r in &cast.refs {
        if cast.entities[r.entity].kind == crate::report::ActorKind::Person {
            mentions.entry(r.entity).or_default().push(r.span.start);
        }
    }
    for at in mentions.values_mut() {
        at.sort_unstable();
    }
    // The people by their role, and by its last word, in the order they were named: a
    // bare title looks its holders up instead of reading every person's role.
    let mut by_role: HashMap<String, Vec<EntityIx>> = HashMap::new();
    let mut by_head: HashMap<String, Vec<EntityIx>> = HashMap::new();
    for &(e, _) in people {
        let Some(r) = cast.entities[e].role.as_deref().filter(|r| !r.is_empty()) else {
            continue;
        };
        let r = r.to_lowercase();
        if let Some(head) = r.split_whitespace().last() {
            by_head.entry(head.to_string()).or_default().push(e);
        }
        by_role.entry(r).or_default().push(e);
    }
    for &(span, t, aff) in bare {
        let title = &lx.titles[t];
        let Some(role) = title.role.as_deref() else {
            continue;
        };

        let role_l = role.to_lowercase();
        // A one-word title ("the minister") is held by any role ending in it; a longer one
        // ("the CS", Cabinet Secretary) by its own role or one that qualifies it ("Interior
        // Cabinet Secretary").
        let candidates: Vec<EntityIx> = if role_l.contains(' ') {
            let qualified = format!(" {role_l}");
            let mut held: Vec<EntityIx> = by_role
                .iter()
                .filter(|(r, _)| **r == role_l || r.ends_with(&qualified))
                .flat_map(|(_, es)| es.iter().copied())
                .collect();
            held.sort_by_key(|e| (first_named.get(e).copied(), *e));
            held
        } else {
            by_head.get(&role_l).cloned().unwrap_or_default()
        };
        let holders: Vec<EntityIx> = candidates
            .into_iter()
            .filter(|&e| {
                let ent = &cast.entities[e];
                aff.is_none() || ent.affiliation.is_none() || ent.affiliation == aff
            })
            .collect();
        // Of the holders named before the title, the one named last: "Foreign Ministers A, B
        // and C met …. On Libya, A stressed …. The minister expressed hope …" is A. When
        // that sentence opened on another holder, its subject: "President Biden commended
        // President Hassan Sheikh for …. The President reaffirmed …" is Biden.
        let last_before = |e: EntityIx| {
            let at = mentions.get(&e)?;
            let i = at.partition_point(|&m| m < span.start);
            at.get(i.checked_sub(1)?).copied()
        };
        let before = holders
            .iter()
            .filter_map(|&e| Some((last_before(e)?, e)))
            .max()
            .map(|(at, e)| {
                let opens = sentence_start(sentences, at);
                holders
                    .iter()
                    .filter_map(|&h| {
                        let named = mentions.get(&h)?;
                        let i = named.partition_point(|&m| m < opens);
                        named.get(i).filter(|&&m| m <= at).map(|&m| (m, h))
                    })
                    .min()
                    .filter(|&(m, _)| m <= opens + SUBJECT_LEAD)
                    .map_or(e, |(_, h)| h)
            });
        // "The President" in a White House readout that names only another state's
        // president: the house's own.
        let house_state = house
            .filter(|h| h.role == role)
            .and_then(|h| Some((h, Key::Country(lx.country_by_name(h.state)?))));
        if let Some((h, state)) = house_state {
            let of_the_house = |e: EntityIx| cast.entities[e].key == state;
            let foreign = |e: EntityIx| {
                cast.entities[e]
                    .affiliation
                    .is_some_and(|a| !of_the_house(a))
            };
            if aff.is_none_or(of_the_house)
                && before.or(holders.first().copied()).is_none_or(foreign)
            {
                if let Some(e) = house_holder(h, cast) {
                    cast.add_ref(span, e, RefForm::Person);
                    continue;
                }
            }
        }
        let definite = {
            let head_text = text[..span.start].trim_end();
            head_text.ends_with("the") || head_text.ends_with("The") || aff.is_some()
        };
        // "A spokesman for the foreign ministry demanded …. “…,” the spokesman said": a
        // holder introduced just before without a name, by an indefinite article, is not
        // the one named earlier.
        if introduced_nameless_before(text, span) {
            continue;
        }
        match before.or(holders.first().copied()) {
            Some(e) if definite || title.kind == TitleKind::Office => {
                let at = first_named.entry(e).or_insert(span.start);
                *at = (*at).min(span.start);
                let named = mentions.entry(e).or_default();
                let i = named.partition_point(|&m| m < span.start);
                named.insert(i, span.start);
                cast.add_ref(span, e, RefForm::Person)
            }
            _ => {
                // "The UN Special Envoy for Yemen called on …": an office of the UN or of a
                // body of states that no one named holds is a party of its own, the person
                // holding it, who speaks for the body; later bare titles point back to them.
                // A person the text names under the office's last word ("envoy Anders
                // Holmqvist") may be its holder, named later: then the body speaks, as before.
                let named_holder = || {
                    role_l.split_whitespace().last().is_some_and(|head| {
                        by_head.get(head).is_some_and(|es| {
                            es.iter().any(|&e| {
                                cast.entities[e].affiliation.is_none_or(|x| Some(x) == aff)
                            })
                        })
                    })
                };
                // "The Special Representative … and Head of MONUSCO, Hélène Ravaud-Ndiaye,":
                // a name set off right after the title is its holder's (each person's first
                // mention after the title, by binary search).
                let apposed = || {
                    let reach = floor_char(text, (span.end + APPOSED_REACH).min(text.len()));
                    let after = &text[span.end..reach];
                    mentions.iter().any(|(&e, at)| {
                        let next = at.get(at.partition_point(|&m| m <= span.end));
                        !matches!(cast.entities[e].key, Key::Described(_))
                            && next.is_some_and(|&m| {
                                m < reach
                                    && after[..m - span.end].contains(',')
                                    && !after[..m - span.end].contains(['.', ';'])
                            })
                    })
                };
                // The cheap tests first: the holder's searches run only for a bare office
                // of the UN or of a body of states.
                if let Some(a) = aff.filter(|&a| {
                    title.kind == TitleKind::Office
                        // "the Treasury inspector-general": a title inside a longer word
                        // is none.
                        && !text[span.end..].starts_with('-')
                        && matches!(cast.entities[a].key, Key::Org(o) if matches!(
                            lx.orgs[o].class,
                            OrgClass::Un | OrgClass::Intergovernmental
                        ))
                        && !named_holder()
                        && !apposed()
                }) {
                    let whole =
                        Span::new(span.start, span.end + portfolio_after(&text[span.end..]));
                    // "UN chief" is the UN Secretary-General: an office goes by the title
                    // that says its role, so its every title names one party.
                    let name = lx
                        .office_title(title)
                        .filter(|_| !span.slice(text).ends_with(role))
                        .map_or(whole.slice(text), |t| t.title.as_str());
                    let e = cast.office_holder(whole, name, role, Some(a), false);
                    if let Some(head) = role_l.split_whitespace().last() {
                        by_head.entry(head.to_string()).or_default().push(e);
                    }
                    by_role.entry(role_l.clone()).or_default().push(e);
                    first_named.entry(e).or_insert(span.start);
                    mentions.entry(e).or_default().push(span.start);
                    continue;
                }
                // "Iran's foreign ministry spokesman said": a spokesman qualified by a state
                // or body speaks for it, as an office does.
                let speaks_for = title.kind == TitleKind::Office
                    || Words::get().speaking_roles.contains(&role_l);
                if let (Some(a), true) = (aff, speaks_for) {
                    cast.add_ref(span, a, RefForm::Name);
                }
            }
        }
    }
}

//! States, their governments and organs, and organizations from the gazetteers.

use super::{Cast, Key, Organ, RefForm};
use crate::lexicon::words::{any_of, any_of_spaced, Words};
use crate::lexicon::{CountryForm, Entry, Hit, Lexicon, OrgClass};
use crate::report::ActorKind;
use crate::text::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Words after a state that make the phrase its government, the kind of government
/// between them ("the Afghan interim government", "the Afghan de facto authorities").
static GOVERNMENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"^(?:’s|'s)?\s+(?:(?i:interim|caretaker|de\s+facto)\s+)?(?i:{})\b",
        any_of(&[&Words::get().government_nouns])
    ))
});

/// Words after a group's name that show it governing: "the Taliban government", "the
/// Taliban-led administration".
const GOVERNING: [&str; 8] = [
    "-led",
    " government",
    " authorities",
    " administration",
    " regime",
    " rulers",
    "’s government",
    "'s government",
];

/// The armed group's entity that is the government of state `c` in this text: the group
/// the lexicon says governs it de facto, named in the text as governing ("the Taliban
/// government", "the Taliban-led administration") or with "de facto" or "interim" before
/// the state's government. Elsewhere ("US and Afghan government forces" in 2020) the
/// state's government is the state's.
fn governing_group(text: &str, c: usize, cast: &Cast) -> Option<super::EntityIx> {
    let lx = Lexicon::get();
    let name = lx.countries[c].governed_by.as_deref()?;
    let (g, e) = cast
        .entities
        .iter()
        .enumerate()
        .find_map(|(e, ent)| match ent.key {
            Key::Group(g) if lx.groups[g].name == name => Some((g, e)),
            _ => None,
        })?;
    let named_governing = lx.groups[g].aliases.iter().any(|alias| {
        text.match_indices(alias.as_str()).any(|(at, _)| {
            GOVERNING
                .iter()
                .any(|w| text[at + alias.len()..].starts_with(w))
        })
    });
    let qualified = lx.countries[c].demonyms.iter().any(|d| {
        [
            "interim government",
            "de facto authorities",
            "de facto government",
        ]
        .iter()
        .any(|w| {
            text.contains(&format!("{d} {w}"))
                || text.contains(&format!("{w} of {}", lx.countries[c].name))
        })
    }) || text.contains("de facto authorities in ");
    (named_governing || qualified).then_some(e)
}

/// Prepositions that make a state a place rather than a party ("attacks in Syria").
static LOCATION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)(?:(\w+)\s+)?\b{}\s+(?:the\s+)?$",
        any_of_spaced(&[&Words::get().place_words])
    ))
});

/// How far into its line a dateline's place can stand ("WASHINGTON, Nov. 28 (Reuters) —").
const DATELINE_REACH: usize = 160;

/// A place at the head of a dateline ("BEIRUT/AMMAN (Reuters) -") is where the story was
/// filed, not a party to it.
pub(super) fn is_dateline(text: &str, span: Span) -> bool {
    // A dateline is a line's first few words: look back no further than one could reach, so
    // a document with no line breaks is not searched back to its start for every mention.
    let mut from = span.start.saturating_sub(DATELINE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let line_start = match text[from..span.start].rfind('\n') {
        Some(p) => from + p + 1,
        None if from == 0 => 0,
        None => return false,
    };
    crate::text::dates::dateline(&text[line_start..]).is_some_and(|n| span.end <= line_start + n)
}

fn is_location(text: &str, span: Span) -> bool {
    let mut from = span.start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    LOCATION_BEFORE
        .captures(&text[from..span.start])
        .is_some_and(|c| {
            let before = c.get(1).map_or("", |m| m.as_str()).to_lowercase();
            !Words::get().place_party_nouns.contains(&before)
        })
}

/// Words after a state that name one of its organs.
static ORGAN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:’s|'s)?\s+(?:(?i:foreign (?:ministry|office))|MFA|(?i:foreign affairs ministry)|(?i:ministry of (?:foreign|external) affairs)|(?i:external affairs ministry)|(?i:interior ministry)|(?i:home ministry)|(?i:ministry of (?:interior|home affairs))|(?i:defen[cs]e ministry)|(?i:ministry of defen[cs]e)|(?i:embassy)|(?i:high commission)|(?i:army|military|armed forces|navy|air force)|(?i:police)|(?i:intelligence(?: agenc(?:y|ies))?)|(?i:parliament))\b",
    )
});

static ORGAN_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?:[Tt]he\s+)?Ministry\s+of\s+(?:Foreign|External|Home)\s+Affairs\s+of\s+(?:the\s+)?$|(?:[Tt]he\s+)?Ministry\s+of\s+(?:the\s+)?(?:Interior|Defen[cs]e)\s+of\s+(?:the\s+)?$|Ministry\s+of\s+(?:Foreign|External)\s+Affairs,[^\S\n]+$",
    )
});

static GOVERNMENT_OF: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"(?i:the\s+)?(?i:government|govt\.?)\s+of\s+$"));

fn organ_of(phrase: &str) -> Organ {
    let p = phrase.to_lowercase();
    if p.contains("foreign") || p.contains("external") || p.contains("mfa") {
        Organ::ForeignMinistry
    } else if p.contains("interior") || p.contains("home") {
        Organ::InteriorMinistry
    } else if p.contains("defen") {
        Organ::DefenceMinistry
    } else if p.contains("embassy") || p.contains("high commission") {
        Organ::Embassy
    } else if p.contains("police") {
        Organ::Police
    } else if p.contains("intelligence") {
        Organ::Intelligence
    } else if p.contains("parliament") {
        Organ::Parliament
    } else {
        Organ::Military
    }
}

/// "Abu Talha al-Mali", "Abu Hamza al-Masri": a place joined to "al-" is a name's
/// origin (nisba), part of a person's name and not the state.
fn is_nisba(text: &str, span: Span) -> bool {
    let before = &text.as_bytes()[..span.start];
    let n = before.len();
    n >= 3
        && before[n - 1] == b'-'
        && (before[n - 3..n - 1].eq_ignore_ascii_case(b"al")
            || before[n - 3..n - 1].eq_ignore_ascii_case(b"el"))
        && (n == 3 || !before[n - 4].is_ascii_alphanumeric())
}

/// "Lower Juba", "Middle Juba" (Somali regions): a seat's name after "Lower", "Upper" or
/// "Middle" names a region, not the government that sits in the city.
fn names_a_region(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end_matches(' ');
    before.len() < span.start
        && ["Lower", "Upper", "Middle"]
            .iter()
            .any(|w| crate::text::words::last_word(before) == *w)
}

/// "the Minsk Group", "the Astana Process", "the Doha Agreement": a seat before a word of a
/// diplomatic format or a text names that format, not the government in the city.
fn names_a_format(text: &str, span: Span) -> bool {
    text[span.end..].strip_prefix(' ').is_some_and(|rest| {
        let word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        crate::lexicon::words::Words::get()
            .format_words
            .contains(word)
    })
}

/// "Public Defender Ana Lima", "George Washington": a seat right after a given name is a
/// person's surname, not the government.
fn after_a_given_name(text: &str, span: Span) -> bool {
    let before = &text[..span.start];
    let given = crate::text::words::last_word(before);
    let w = crate::lexicon::words::Words::get();
    before.ends_with(' ') && before.trim_end().ends_with(given) && w.is_given_name(given)
}

/// "Senator Teresita Montenegro-Abad", "Michael Jordan-Smith": a state's name joined by a
/// hyphen to a capitalised word no list holds, after a capitalised word, is the first half
/// of a double surname. Two parties joined ("India-Pakistan talks", "the Turkey-PKK
/// conflict") are both listed; a compound that opens its phrase ("the Afghanistan-Pak
/// border") follows no name.
fn in_a_double_surname(text: &str, span: Span, next: Option<&Hit>) -> bool {
    let Some(rest) = text[span.end..].strip_prefix('-') else {
        return false;
    };
    let before = &text[..span.start];
    let word = crate::text::words::last_word(before);
    rest.starts_with(|c: char| c.is_uppercase())
        && next.is_none_or(|n| n.span.start != span.end + 1)
        && before.ends_with(' ')
        && before.trim_end().ends_with(word)
        && word.starts_with(|c: char| c.is_uppercase())
}

/// "US$ 100 million", "US $2.5 billion": a state's code before a dollar sign names its
/// currency, not the state.
fn names_a_currency(text: &str, span: Span) -> bool {
    text[span.end..].trim_start_matches(' ').starts_with('$')
        && span.slice(text).chars().all(|c| c.is_ascii_uppercase())
}

/// "Defence Minister Santiago Ferreira", "Defence Minister Israel Katz": a state's name or
/// seat between a title and a capitalised word no list holds is a person's given name. So
/// is a seat that is a given name itself ("Sofia Lindqvist", "Victoria Nuland") with no
/// title before it.
fn a_given_name(text: &str, previous: Option<&Hit>, span: Span, next: Option<&Hit>) -> bool {
    let words = Words::get();
    let given = span.slice(text);
    let titled = words.is_given_name(given)
        || previous.is_some_and(|p| {
            matches!(p.entry, Entry::Title(_)) && text[p.span.end..span.start] == *" "
        });
    // One surname, then no other capitalised word: "Foreign Minister Pakistan Ishaq Dar"
    // names the state before the holder.
    let surname = text[span.end..]
        .strip_prefix(' ')
        .and_then(|rest| {
            let mut ws = rest.splitn(3, ' ');
            Some((ws.next()?, ws.next().unwrap_or("")))
        })
        .is_some_and(|(w, then)| {
            let w = w.trim_end_matches([',', '.', ';', ':']);
            let lower = w.to_lowercase();
            w.starts_with(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
                && !words.place_words.contains(lower.as_str())
                && !words.thing_words.contains(lower.as_str())
                && !then.starts_with(char::is_uppercase)
        });
    titled && surname && next.is_none_or(|n| n.span.start != span.end + 1)
}

/// Adds states, organs and organizations to the cast; returns the spans they cover.
pub(super) fn add(text: &str, hits: &[Hit], cast: &mut Cast) -> Vec<Span> {
    let lx = Lexicon::get();
    let mut taken = Vec::new();
    // The group governing each state met, looked up once a document.
    let mut governed: Vec<(usize, Option<super::EntityIx>)> = Vec::new();
    for (i, h) in hits.iter().enumerate() {
        let previous = i.checked_sub(1).map(|j| &hits[j]);
        match h.entry {
            Entry::Country(_, _) if is_nisba(text, h.span) => {}
            Entry::Country(_, CountryForm::Seat)
                if names_a_region(text, h.span)
                    || after_a_given_name(text, h.span)
                    || names_a_format(text, h.span) => {}
            Entry::Country(_, _) if in_a_double_surname(text, h.span, hits.get(i + 1)) => {}
            Entry::Country(_, _) if names_a_currency(text, h.span) => {}
            Entry::Country(_, _) if a_given_name(text, previous, h.span, hits.get(i + 1)) => {}
            // "Save the Children Australia", "Amnesty International Nigeria": a state's name
            // right after a body's is the name of the body's national branch.
            Entry::Country(_, CountryForm::Name)
                if previous.is_some_and(|p| is_body_before(text, p, h.span)) =>
            {
                taken.push(h.span);
            }
            Entry::Country(c, form) => {
                let after = &text[h.span.end..];
                let country = cast.entity(super::Key::Country(c));
                if let Some(m) = ORGAN.find(after) {
                    let span = Span::new(h.span.start, h.span.end + m.end());
                    let organ = organ_of(m.as_str());
                    let e = cast.entity(Key::Organ(c, organ));
                    cast.entities[e].salient = true;
                    cast.add_ref(span, e, RefForm::Name);
                    taken.push(span);
                    continue;
                }
                // "the Ministry of Foreign Affairs of the Kyrgyz Republic": the organ named
                // before its state.
                if let Some(m) = ORGAN_OF.find(&text[..h.span.start]) {
                    let span = Span::new(m.start(), h.span.end);
                    let e = cast.entity(Key::Organ(c, organ_of(m.as_str())));
                    cast.entities[e].salient = true;
                    cast.add_ref(span, e, RefForm::Name);
                    taken.push(span);
                    continue;
                }
                let mut span = h.span;
                // "the Nairobi-based coalition": where a body sits, not a party.
                let based = after.starts_with("-based");
                let mut ref_form = match form {
                    CountryForm::Demonym => RefForm::Demonym,
                    _ if based || is_dateline(text, h.span) || is_location(text, h.span) => {
                        RefForm::Demonym
                    }
                    _ if scopes_a_role(text, h.span) => RefForm::Modifier,
                    _ => RefForm::Name,
                };
                if let Some(m) = GOVERNMENT.find(after) {
                    let phrase = Span::new(h.span.start, h.span.end + m.end());
                    let group = match governed.iter().find(|(k, _)| *k == c) {
                        Some(&(_, g)) => g,
                        None => {
                            let g = governing_group(text, c, cast);
                            governed.push((c, g));
                            g
                        }
                    };
                    if let Some(g) = group {
                        cast.entities[g].salient = true;
                        cast.add_ref(phrase, g, RefForm::Name);
                        taken.push(phrase);
                        continue;
                    }
                    if m.as_str().to_lowercase().contains("government") {
                        span = phrase;
                    }
                    ref_form = RefForm::Name;
                } else if let Some(m) = GOVERNMENT_OF.find(&text[..h.span.start]) {
                    span = Span::new(m.start(), h.span.end);
                    ref_form = RefForm::Name;
                }
                if ref_form == RefForm::Name {
                    cast.entities[country].salient = true;
                }
                cast.add_ref(span, country, ref_form);
                taken.push(span);
            }
            Entry::Org(o)
                if crate::lexicon::ends_another_name(
                    text,
                    h.span,
                    std::iter::once(&lx.orgs[o].name).chain(&lx.orgs[o].aliases),
                ) => {}
            // "Save the Children Australia", "Amnesty International Kenya": a body's national
            // branch is a party of its own, named with its state.
            Entry::Org(o)
                if lx.orgs[o].class != OrgClass::Media
                    && hits.get(i + 1).is_some_and(|n| {
                        matches!(n.entry, Entry::Country(_, CountryForm::Name))
                            && is_body_before(text, h, n.span)
                    }) =>
            {
                let span = Span::new(h.span.start, hits[i + 1].span.end);
                taken.push(span);
                cast.described(span, span.slice(text), ActorKind::Organization);
            }
            // "The Sudanese Congress Party", "the Nepali Congress Party": a party's short
            // name after another state's demonym is that state's own party.
            Entry::Org(o)
                if lx.orgs[o].class == OrgClass::Party
                    && previous.is_some_and(|p| {
                        matches!(p.entry, Entry::Country(c, CountryForm::Demonym)
                            if lx.orgs[o].affiliation.as_deref() != Some(lx.countries[c].name.as_str()))
                            && &text[p.span.end..h.span.start] == " "
                    }) =>
            {
                let from = previous.map_or(h.span.start, |p| p.span.start);
                let span = Span::new(from, h.span.end);
                if cast.refs.last().is_some_and(|r| r.span.start == from) {
                    cast.refs.pop();
                }
                taken.push(span);
                cast.described(span, span.slice(text), ActorKind::Organization);
            }
            Entry::Org(o) => {
                taken.push(h.span);
                if lx.orgs[o].class == OrgClass::Media && !asks_as_a_paper(text, h.span) {
                    continue;
                }
                // "the Russian Security Council", "Iran's National Security Council": a UN
                // body's bare name after a state or "National" is that state's own body, and
                // after "<Name> and" it ends a longer name ("the Mediation and Security
                // Council of ECOWAS"). A name of one word ("WFP", "Unicef") is no body's bare
                // name: "Russia and WFP" are two parties.
                let written = h.span.slice(text);
                let bare = lx.orgs[o].class == OrgClass::Un
                    && written.contains(' ')
                    && !["UN", "U.N.", "United Nations"]
                        .iter()
                        .any(|q| written.starts_with(q));
                if bare {
                    let before = text[..h.span.start].trim_end();
                    let ends_a_longer_name = before.strip_suffix(" and").is_some_and(|b| {
                        b.rsplit(' ')
                            .next()
                            .is_some_and(|w| w.starts_with(char::is_uppercase))
                    });
                    if before.ends_with("National")
                        || before.ends_with("Supreme")
                        || ends_a_longer_name
                    {
                        continue;
                    }
                    // The state's reference ends right before the name, or before its "'s".
                    let state = cast
                        .refs
                        .iter()
                        .rev()
                        .find(|r| r.span.end <= h.span.start)
                        .filter(|r| {
                            matches!(text[r.span.end..h.span.start].trim(), "" | "'s" | "’s")
                                && matches!(cast.entities[r.entity].key, Key::Country(_))
                        })
                        .map(|r| (r.entity, r.span.start));
                    if let Some((c, from)) = state {
                        cast.entities[c].salient = true;
                        cast.add_ref(Span::new(from, h.span.end), c, RefForm::Name);
                        continue;
                    }
                }
                let e = cast.entity(Key::Org(o));
                let platform = lx.orgs[o].class == OrgClass::Platform;
                cast.entities[e].salient |= !platform;
                // "on the department's Facebook page", "his Telegram channel": a platform
                // qualifying a noun is where something was said, not who said it; before a
                // verb ("Twitter urged …", "Meta asked …") it is the company speaking.
                let qualifies = platform
                    && text[h.span.end..].strip_prefix(' ').is_some_and(|rest| {
                        let next: &str = rest
                            .split(|c: char| !c.is_ascii_alphabetic())
                            .next()
                            .unwrap_or("");
                        let model = crate::syntax::model();
                        next.starts_with(|c: char| c.is_ascii_lowercase())
                            && (model.seen_as(next, crate::syntax::Upos::Noun)
                                || !model.seen_as(next, crate::syntax::Upos::Verb))
                    });
                let form = if qualifies {
                    RefForm::Modifier
                } else {
                    RefForm::Name
                };
                cast.add_ref(h.span, e, form);
            }
            Entry::Group(..) => taken.push(h.span),
            Entry::Title(_) | Entry::Place => {}
        }
    }
    administrations(text, cast, &mut taken);
    if let Some(home) = home_state(text, hits) {
        bare_organs(text, home, cast, &mut taken);
        the_kingdom(text, home, cast, &taken);
    }
    taken
}

/// Whether `hit` is a body (not a UN, intergovernmental or ministry name) named right
/// before `span`, one space between them.
fn is_body_before(text: &str, hit: &Hit, span: Span) -> bool {
    let lx = Lexicon::get();
    matches!(hit.entry, Entry::Org(o) if !matches!(lx.orgs[o].class, OrgClass::Un | OrgClass::Intergovernmental | OrgClass::Ministry))
        && hit.span.end < span.start
        && &text[hit.span.end..span.start] == " "
}

/// A ministry named without its state: "The Ministry of Foreign Affairs is deeply
/// shocked", "the Interior Ministry said".
static BARE_ORGAN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\b[Tt]he\s+((?:Foreign|Interior|Home|Defen[cs]e)\s+Ministry|Foreign\s+Office|Ministry\s+of\s+(?:Foreign|External|Home)\s+Affairs|Ministry\s+of\s+(?:the\s+)?(?:Interior|Defen[cs]e))\b",
    )
});

/// Whether `phrase` is a ministry [`BARE_ORGAN`] reads followed by the state it belongs
/// to ("the Ministry of Foreign Affairs of the Russian Federation"): a state's organ, which
/// [`ORGAN_OF`] reads, never a body of its own.
pub(super) fn a_state_organ_of(phrase: &str) -> bool {
    BARE_ORGAN
        .find(phrase)
        .is_some_and(|m| m.start() == 0 && phrase[m.end()..].starts_with(" of "))
}

/// The state a story is filed from (its dateline) or, with no dateline, the first state its
/// first line names: whose "the Ministry" and "the Kingdom" a ministry's own release or
/// wire copy from its capital means.
fn home_state(text: &str, hits: &[Hit]) -> Option<usize> {
    let first_line = text.find('\n').unwrap_or(text.len());
    hits.iter()
        .find_map(|h| match h.entry {
            Entry::Country(c, _) if is_dateline(text, h.span) => Some(c),
            _ => None,
        })
        .or_else(|| {
            hits.iter()
                .take_while(|h| h.span.start < first_line)
                .find_map(|h| match h.entry {
                    Entry::Country(c, CountryForm::Name | CountryForm::Seat) => Some(c),
                    _ => None,
                })
        })
}

/// Ministries named without their state are the home state's ([`home_state`]). A ministry
/// of a state named after it ("… of the Kyrgyz Republic") is that state's, found with the
/// state.
fn bare_organs(text: &str, home: usize, cast: &mut Cast, taken: &mut Vec<Span>) {
    if !text.contains("Ministry") && !text.contains("Foreign Office") {
        return;
    }
    taken.sort_by_key(|s| (s.start, s.end));
    let mut found = Vec::new();
    for c in BARE_ORGAN.captures_iter(text) {
        let m = c.get(1).expect("organ");
        let span = Span::new(m.start(), m.end());
        let state_after = text[m.end()..]
            .trim_start()
            .strip_prefix("of ")
            .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase));
        if state_after || super::overlaps_any(taken, span) {
            continue;
        }
        found.push((span, organ_of(m.as_str())));
    }
    for (span, organ) in found {
        let e = cast.entity(Key::Organ(home, organ));
        cast.entities[e].salient = true;
        cast.add_ref(span, e, RefForm::Name);
        taken.push(span);
    }
    taken.sort_by_key(|s| (s.start, s.end));
}

/// "the Kingdom's demand that …": the home state ([`home_state`]) when it is a kingdom.
fn the_kingdom(text: &str, home: usize, cast: &mut Cast, taken: &[Span]) {
    let kingdom = Lexicon::get().countries[home]
        .aliases
        .iter()
        .any(|a| a.split(' ').any(|w| w == "Kingdom"));
    if !kingdom || !text.contains("Kingdom") {
        return;
    }
    let state = cast.entity(Key::Country(home));
    for m in THE_KINGDOM.find_iter(text) {
        let span = Span::new(m.end() - "Kingdom".len(), m.end());
        let named_after = text[m.end()..].trim_start().starts_with("of ");
        if named_after || super::overlaps_any(taken, span) {
            continue;
        }
        cast.entities[state].salient = true;
        cast.add_ref(span, state, RefForm::Name);
    }
}

/// "the Kingdom", for the state that is one.
static THE_KINGDOM: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"\b[Tt]he\s+Kingdom\b"));

/// A government named for its leader: "the Biden administration", "the Clinton
/// Administration".
static ADMINISTRATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\b[A-Z][a-z]+(?:[-–][A-Z][a-z]+)?\s+[Aa]dministration(?:’s|'s)?\b",
    )
});

/// The state whose government English news names for its leader; with a state's own
/// name or demonym before it ("the Afghan administration") the gazetteer has already
/// said whose it is.
const ADMINISTRATION_OF: &str = "United States";

/// "The Trump administration urged …": the United States speaking, not a person named
/// Trump Administration.
fn administrations(text: &str, cast: &mut Cast, taken: &mut Vec<Span>) {
    if !text.contains("dministration") {
        return;
    }
    let Some(us) = Lexicon::get().country_by_name(ADMINISTRATION_OF) else {
        return;
    };
    for m in ADMINISTRATION.find_iter(text) {
        let span = Span::new(m.start(), m.end());
        // "the National Administration", "the Civil Administration": a common word is an
        // office's name, not a president's.
        let leader = m.as_str().split([' ', '-', '–']).next().unwrap_or("");
        let common = crate::syntax::model().is_common_word(leader);
        if super::overlaps_any(taken, span) || common || Words::get().not_names.contains(leader) {
            continue;
        }
        let state = cast.entity(Key::Country(us));
        cast.entities[state].salient = true;
        cast.add_ref(span, state, RefForm::Name);
        let at = taken.partition_point(|t| t.start < span.start);
        taken.insert(at, span);
    }
}

/// "the group's Pakistan researcher", "the agency's Nigeria country representative": a
/// state between a possessor and a person's role is the scope of the post, not the party the
/// person speaks for.
fn scopes_a_role(text: &str, name: Span) -> bool {
    let owned = text[..name.start]
        .strip_suffix(' ')
        .is_some_and(|b| b.ends_with("'s") || b.ends_with("’s"));
    owned
        && text[name.end..].strip_prefix(' ').is_some_and(|after| {
            after
                .split(|c: char| !c.is_alphabetic())
                .take(2)
                .take_while(|w| w.starts_with(|c: char| c.is_lowercase()))
                .any(|w| Words::get().person_descriptions.contains(w))
        })
}

/// "Dawn urged the government to …", "Mashriq, the Peshawar daily, called on …": an outlet
/// that asks something in its own voice (a press review's paper, an editorial) is a party;
/// one the text only cites ("…, Xinhua said") is a source and no actor.
fn asks_as_a_paper(text: &str, name: Span) -> bool {
    let after = &text[name.end..crate::text::span::floor_char(text, name.end + PAPER_ASKS_REACH)];
    PAPER_ASKS.is_match(after)
}

/// How far past an outlet's name its verb of asking may stand, past an apposition.
const PAPER_ASKS_REACH: usize = 120;

/// The verb of asking right after an outlet's name, or after an apposition set off by
/// commas.
static PAPER_ASKS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:,[^,.;]{1,80},)?\s+(?:has\s+|had\s+|also\s+|again\s+)?(?:urged|urges|called\s+(?:on|for|upon)|calls\s+(?:on|for|upon)|demanded|demands|appealed|appeals|pressed|presses|insisted|insists)\b",
    )
});

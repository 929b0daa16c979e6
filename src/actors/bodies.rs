//! Bodies no list holds, introduced the way news introduces them: a capitalised name with
//! its acronym in parentheses ("the Barisan Revolusi Nasional (BRN)", "the Kenya Tea
//! Development Agency (KTDA)"). The name and every use of the acronym are one actor, so a
//! group the gazetteers never heard of can still speak and be addressed.

use super::{overlaps_any, Cast, EntityIx, Key, Ref, RefForm};
use crate::lexicon::words::{any_of, any_of_spaced, Words};
use crate::report::ActorKind;
use crate::text::pattern::gated_captures;
use crate::text::Span;
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use std::sync::LazyLock;

/// A name of two to nine words, the first and last capitalised, connectors between ("the
/// National Task Force to End Local Communist Armed Conflict (NTF-ELCAC)"), then its
/// acronym in parentheses.
static INTRODUCED: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"[A-Z][^\s(),;:.\x22“”]*";
    let connector = r"(?:of|for|to|the|and|in|on|against|de|du|des|del|la|le|al|el|wal|y|e|i|o|wa|ul|para|pour|por|do|da|dos|das)";
    crate::text::pattern::regex(&format!(
        r"\b({word}(?:[^\S\n]+(?:{connector}[^\S\n]+){{0,2}}{word}){{1,8}})[^\S\n]+\(([A-Z][A-Za-z0-9&-]{{1,9}})\)"
    ))
});

/// "a group calling itself Saraya Awliya al-Dam", "a previously unknown militia known as
/// the Northern Front": a body the text names by the name it gives itself. The noun says
/// what it is; the name is capitalised words and their connectors.
static SELF_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"[A-Z][^\s(),;:.\x22“”]*";
    let connector = r"(?:of|for|the|and|in|al|el|wal|ul|e|i|de|du|la)";
    crate::text::pattern::regex(&format!(
        r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){{0,3}}?(group|militia|faction|outfit|movement|organi[sz]ation|front|brigade|cell|network)\s*,?\s+(?:calling\s+itself|that\s+calls\s+itself|which\s+calls\s+itself|known\s+as|called)\s+(?:the\s+)?[“\x22]?({word}(?:\s+(?:{connector}[\s-]+)?{word}){{0,5}})"
    ))
});

/// A word of a body's name written out in running text: capitalised, with its apostrophes
/// and hyphens ("Doctors'", "Non-Governmental"), or initials with their stops ("the U.S.
/// Commission on International Religious Freedom"). The names below never run over a
/// line's end: a subhead "Nicosia turns to the UN and Ankara" ends before the next line's
/// "Government spokesman".
const NAME_WORD: &str = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w’'-]*)";

/// "the Sudan Doctors' Union", "the Hostages and Missing Families Forum", "the Episcopal
/// Conference of Colombia", "the Diocese of Pemba", "the Federation of Chambers of Commerce
/// and Industry", "the Mandara Network for Civilian Protection", "the 32 County Sovereignty
/// Movement" (a number of one or two digits may open it; a year is a date's, "the 2015
/// Paris Agreement"): after "the" (and a word such
/// as "federal", or a stance: "the pro-Kurdish Peoples' Democratic Party"), a name of three
/// or more capitalised words (connectors between) with an institution's word, or one that
/// opens on it, before "of", "for" or "on" and its field, and a remit after a field of
/// inquiry ("the Panel of Experts on South Sudan", `remit`; not "the Council of Europe on
/// Ukraine", whose "on" opens what it spoke about). Who leads or backs it ("the
/// Kurdish-led Autonomous Administration …") is no part of the name. A field may list its
/// words with commas before its last "and" ("the Kaduna Chamber of Commerce, Industry,
/// Mines and Agriculture").
static INSTITUTION_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    let word = NAME_WORD;
    let connector = r"(?:of|for|and|the|on|in)";
    let heads = any_of(&[&Words::get().institution_heads]);
    let first = any_of(&[&Words::get().heads_before_of]);
    let modifier = any_of(&[&Words::get().body_modifiers]);
    crate::text::pattern::regex(&format!(
        r"\b[Tt]he[^\S\n]+(?:(?:{modifier}|(?:pro|anti)-[A-Za-z]+|[A-Z][A-Za-z]+-(?:led|backed|run|based|controlled|dominated))[^\S\n]+)?((?:(?:\d{{1,2}}[^\S\n]+)?{word}(?:[^\S\n]+(?:{connector}[^\S\n]+)?{word}){{0,5}}[^\S\n]+{heads}s?|{first})(?:[^\S\n]+(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?{word}(?:[^\S\n]+(?:(?:and|&|of|for|of[^\S\n]+the)[^\S\n]+)?{word}){{0,4}}(?:(?:,[^\S\n]+{word}){{1,4}},?[^\S\n]+(?:and|&)[^\S\n]+{word})?(?P<remit>[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?{word}(?:[^\S\n]+{word}){{0,2}})?)?)(?P<seat>[^\S\n]+(?:in|to)[^\S\n]+(?:the[^\S\n]+)?{word}(?:[^\S\n]+{word}){{0,2}})?\b"
    ))
});

/// "China Shipowners' Association on Wednesday appealed …", "Kenya Ports Authority said":
/// a sentence may open on a body's name with no article, capitalised words up to the
/// institution's word, and go on in lower case (a masthead's "Azerbaijan State News
/// Agency" stands alone on its line).
static INSTITUTION_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    let word = NAME_WORD;
    let heads = any_of(&[&Words::get().institution_heads]);
    crate::text::pattern::regex(&format!(
        r"(?:(?m:^)[^\S\n]*|[.!?][\x22”’]?[^\S\n]+)((?:{word}[^\S\n]+){{2,4}}{heads})[^\S\n]+[a-z]"
    ))
});

/// "African Parks, the non-governmental organisation that manages the park,": a name of
/// capitalised words set off by an apposition whose last noun says it is a body, where
/// that noun ends its phrase (not "a charity worker").
static APPOSED: LazyLock<Regex> = LazyLock::new(|| {
    let word = NAME_WORD;
    // Not "of": "said Zahid Khan of Awami National Party, an anti-Taliban party" is a
    // person of a party.
    let connector = r"(?:for|and)";
    let nouns = any_of_spaced(&[&Words::get().body_nouns]);
    crate::text::pattern::regex(&format!(
        r"\b({word}(?:[^\S\n]+(?:{connector}[^\S\n]+)?{word}){{0,5}}),[^\S\n]+(?:the|an?)[^\S\n]+((?:[\w-]+[^\S\n]+){{0,3}}?)(?:(?i:{nouns})|NGO)(?:\s*[,;.]|[^\S\n]+(?:that|which|based|founded|set[^\S\n]+up|known|in|from|with|of)\b)"
    ))
});

/// "suspected Lakurawa militants", "a Lakurawa commander": a name no list holds before a
/// noun for armed men. Whether it is a group's is judged on its other mentions
/// ([`standing_alone`]).
static MEMBERS_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"\b({NAME_WORD}(?:[^\S\n]+{NAME_WORD}){{0,2}})[^\S\n]+{ARMED_MEN}\b"
    ))
});

/// Nouns for armed men after a group's name.
const ARMED_MEN: &str = r"(?:militants|fighters|insurgents|jihadists|gunmen|commanders?)";

/// "the Piraeus-based Kallisto Bulk Carriers", "London-based Control Risks": the capitalised
/// words after where a body sits name the body (a firm, most often).
static BASED_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"\b[A-Z][\w-]*-based[^\S\n]+({NAME_WORD}(?:[^\S\n]+(?:(?:of|for|and|&|de|del|y|e|da|do)[^\S\n]+)?{NAME_WORD}){{0,5}})"
    ))
});

/// The words every [`BASED_NAMED`] match holds.
static BASED_GATE: LazyLock<Regex> = LazyLock::new(|| crate::text::pattern::regex(r"-based\b"));

/// The noun every [`MEMBERS_NAMED`] match holds.
static MEMBERS_GATE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(&format!(r"\b{ARMED_MEN}\b")));

/// Whether `name` also stands in the text as a noun of its own, not only as the qualifier
/// of a noun: "Lakurawa, which a court proscribed …", "as Lakurawa impose …" — which "Fulani
/// herders", "Islamist militants" or "Kurdish fighters" never do after a comma or a verb.
fn standing_alone(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].trim_end();
        let after = &text[at + name.len()..];
        let bounded = !text[..at].ends_with(|c: char| c.is_alphanumeric() || "-’'".contains(c))
            && !after.starts_with(|c: char| c.is_alphanumeric() || c == '-');
        let article = before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"));
        let head = after.starts_with([',', ';', ')']) || STANDING_VERB.is_match(after);
        bounded && !article && head
    })
}

/// A verb right after a name that makes it a subject: "Lakurawa impose", "X has claimed".
static STANDING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^\s+(?:has|have|had|is|was|are|were|said|says|claimed|claims|impose[sd]?|attacked|killed|kidnapped|abducted|warned|threatened|demanded|denied|which|whose)\b",
    )
});

/// The rare words every [`SELF_NAMED`] match holds.
static SELF_NAMED_GATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"\b(?:calling\s+itself|calls\s+itself|known\s+as|called)\b")
});

/// The apposition every [`APPOSED`] match holds.
static APPOSED_GATE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r",\s+(?:the|an?)\s"));

/// Whether a body's name ending so takes a remit after "on": its field is one of inquiry
/// ("Panel of Experts", "Commission of Inquiry").
fn takes_a_remit(name: &str) -> bool {
    let last = name.split_whitespace().next_back().unwrap_or("");
    Words::get()
        .remit_fields
        .contains(last.to_lowercase().as_str())
}

/// The institution's word every [`INSTITUTION_NAMED`] match holds.
static INSTITUTION_GATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"\b{}s?\b",
        any_of(&[&Words::get().institution_heads])
    ))
});

/// "Carcere e Diritti called on parliament …", "the National Union of Road Transporters of
/// Niger urged …", "Alternative for Germany demanded …": capitalised words joined by a
/// connector of a name ("of", "for", "against", and the "and" of other languages: "e", "o",
/// "y"), right before a verb of saying or asking, name a body. A person's name joins its
/// words with particles ("Ronaldo dela Cruz", "Abu Bakr al-Baghdadi"), never with these;
/// "and" is left out, since it joins two parties ("Pakistan and China urged").
static SPEAKING_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    let word = NAME_WORD;
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"\b((?:{word}[^\S\n]+)*?{word}(?:[^\S\n]+(?:{joins}|in)(?:[^\S\n]+the)?(?:[^\S\n]+(?:(?:de|del|la|des|du|di|da)[^\S\n]+)?{word})+)+),?[^\S\n]+(?:also[^\S\n]+|has[^\S\n]+|have[^\S\n]+|had[^\S\n]+)?{}\b",
        any_of(&[&w.reporting_verbs, &w.speaker_verbs]),
        joins = any_of(&[&w.name_joins])
    ))
});

/// Whether a name of [`SPEAKING_NAMED`] is a body's rather than a person's or a crowd's:
/// "Antonio Caruso of Forza Italia said" is a person (a given name is in it) of a party,
/// and so is anyone "of" a name that ends in an institution's word ("Ali Khan of the Awami
/// League"), unless the first part is an institution itself ("the Central Council of Jews");
/// "Residents of Mosul", "Supporters of the President" are people, their first word a
/// plural noun the treebank knows.
fn speaks_as_a_body(name: &str) -> bool {
    let words = Words::get();
    let first_part = head_part(name);
    let Some(first) = first_part.first() else {
        return false;
    };
    let institution = first_part.iter().any(|w| words.is_institution_head(w));
    let model = crate::syntax::model();
    let plural_noun = first.ends_with('s')
        && model.is_common_word(first)
        && model.seen_as(&first.to_lowercase(), crate::syntax::Upos::Noun);
    // "MK Tamar Ziv of the Democrats": a given name anywhere before the connector.
    let given =
        first_part.iter().any(|w| words.is_given_name(w)) || words.party_labels.contains(first);
    // "the Government of Nepal", "the State of Qatar": the state itself.
    if first_part.iter().any(|w| {
        matches!(
            *w,
            "Government" | "State" | "States" | "Republic" | "Kingdom"
        )
    }) {
        return false;
    }
    let ends_institution = name
        .split(' ')
        .next_back()
        .is_some_and(|w| words.is_institution_head(w));
    // "Kidnapped S. Korean in Libya pleads …": a nationality before "in" is a person's,
    // where "the Islamic Resistance in Iraq" is a body's name.
    let seated = name.split(' ').collect::<Vec<_>>().windows(2).any(|w| {
        w[1] == "in"
            && crate::lexicon::Lexicon::get().countries.iter().any(|c| {
                c.demonyms.iter().any(|d| {
                    d.strip_suffix(w[0])
                        .is_some_and(|lead| lead.is_empty() || lead.ends_with(' '))
                })
            })
    });
    institution || !(given || plural_noun || ends_institution || seated)
}

/// Whether a name of [`SPEAKING_NAMED`] begins where the text `before` it ends: not inside
/// a longer name whose first word is no ASCII capital ("Álvaro Restrepo Uribe of …"), not
/// the second of two names joined by "and" ("the Ministry of Foreign Affairs and
/// International Cooperation of …"), not the field of a noun before it ("the head of the
/// Union of …").
fn stands_alone(before: &str) -> bool {
    let before = before.trim_end_matches(' ');
    let word = crate::text::words::last_word(before);
    let joined = matches!(word, "and" | "&") && {
        let rest = before[..before.len() - word.len()].trim_end_matches(' ');
        crate::text::words::last_word(rest).starts_with(char::is_uppercase)
    };
    let inside_a_name =
        before.ends_with(|c: char| c.is_alphabetic()) && word.starts_with(char::is_uppercase);
    !(inside_a_name || joined || before.ends_with(" of") || before.ends_with(" of the"))
}

/// The length in bytes of the words opening `phrase` that `drop` turns down, with the
/// spaces after them.
fn leading_words(phrase: &str, drop: impl Fn(&str) -> bool) -> usize {
    phrase
        .split(' ')
        .take_while(|w| drop(w))
        .map(|w| w.len() + 1)
        .sum()
}

/// The words of a [`SPEAKING_NAMED`] name before its first connector, which say what it is
/// ("Union" of "the Union of Road Transporters"): what comes after is its field or seat.
fn head_part(name: &str) -> Vec<&str> {
    let connector = |w: &&str| matches!(*w, "of" | "for" | "against" | "e" | "o" | "y");
    name.split(' ').take_while(|w| !connector(w)).collect()
}

/// The verbs every [`SPEAKING_NAMED`] match holds.
static SPEAKING_GATE: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"\b{}\b",
        any_of(&[&w.reporting_verbs, &w.speaker_verbs])
    ))
});

/// The nouns of [`SELF_NAMED`] that make a body armed whatever its name.
const ARMED_NOUNS: [&str; 5] = ["group", "militia", "faction", "outfit", "brigade"];

/// Words of a name or its sentence that make the body armed.
pub(crate) static ARMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)\b{}\b",
        any_of(&[&Words::get().armed_words])
    ))
});

/// "the Line of Control (LoC)": a place, a document or a measure, which never speaks.
fn is_thing(name: &str) -> bool {
    let things = &Words::get().thing_words;
    name.split(|c: char| !c.is_alphanumeric())
        .any(|w| things.contains(w.to_lowercase().as_str()))
}

/// Whether `acronym` abbreviates `name`: it starts with the name's first letter and its
/// letters come in the name's order ("BRN" of "Barisan Revolusi Nasional", "TTP" of
/// "Tehrik-i-Taliban Pakistan"), so a dateline's "(AP)" after a city is no body's.
fn abbreviates(acronym: &str, name: &str) -> bool {
    let letters: Vec<char> = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let mut rest = letters.iter();
    let mut wanted = acronym
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase);
    let first = wanted.next();
    first.is_some() && first == letters.first().copied() && {
        rest.next();
        wanted.all(|c| rest.any(|&l| l == c))
    }
}

/// "Delegates of the Ogaden People's Liberation Congress (OPLC)": the name is the longest
/// run of the phrase's last words, from a capitalised one, that the acronym abbreviates.
///
/// An acronym of the name in its own language ("the Honduran Forum for Human Rights and
/// Justice (FODEHJ)") abbreviates no English run: then the whole name counts when it holds
/// an institution's word and a word with the acronym's initial.
fn name_for(text: &str, phrase: Span, acronym: &str) -> Option<Span> {
    let s = phrase.slice(text);
    let runs = || {
        std::iter::once(0)
            .chain(
                s.match_indices(char::is_whitespace)
                    .map(|(i, w)| i + w.len()),
            )
            .filter(|&i| s[i..].starts_with(char::is_uppercase))
            .map(|i| Span::new(phrase.start + i, phrase.end))
    };
    runs()
        .find(|n| {
            let name = n.slice(text);
            name.contains(char::is_whitespace) && abbreviates(acronym, name) && !is_thing(name)
        })
        .or_else(|| translated(text, phrase, acronym))
}

/// The name of [`name_for`]'s second case, without a leading "The": a name translated
/// from the language its acronym abbreviates.
fn translated(text: &str, phrase: Span, acronym: &str) -> Option<Span> {
    let s = phrase.slice(text);
    let lead = ["The ", "the "]
        .iter()
        .find_map(|a| s.strip_prefix(a).map(|_| a.len()))
        .unwrap_or(0);
    let mut name = Span::new(phrase.start + lead, phrase.end);
    let heads = &Words::get().institution_heads;
    // "Hugo Ramírez Vera of the Authentic Radical Liberal Party (PLRA)": when no
    // institution's word stands before "of the", the body is what follows it.
    if let Some(at) = name.slice(text).find(" of the ") {
        let (owner, body) = name.slice(text).split_at(at);
        let body = &body[" of the ".len()..];
        let institution = |s: &str| s.split_whitespace().any(|w| heads.contains(w));
        if !institution(owner) && institution(body) && body.contains(' ') {
            name = Span::new(name.end - body.len(), name.end);
        }
    }
    let words: Vec<&str> = name.slice(text).split_whitespace().collect();
    let initial = acronym.chars().next()?;
    // "The Mandara Network for Civilian Protection (REMAPC)", "The Communion of Churches
    // in Indonesia (PGI)": after "The", a name translated from another language may share
    // no initial with its acronym, nor hold an institution's word.
    // "the Paraguayan People's Army (EPP)": an armed body's name, translated, may share
    // no initial with its acronym either.
    let armed = words.iter().any(|w| ARMED.is_match(w));
    (acronym.len() >= 3
        && words.len() >= 3
        && (lead > 0
            || armed
            || (words.iter().any(|w| heads.contains(w))
                && words.iter().any(|w| w.starts_with(initial))))
        && !is_thing(name.slice(text)))
    .then_some(name)
}

/// A body found in the text: what later mentions of it look like (its acronym, or its
/// name), where it is introduced, and whether it is an actor before it speaks.
struct Body {
    pattern: String,
    name: Span,
    kind: ActorKind,
    shown: bool,
    /// The listed body whose name opens this one's ("the United Nations Verification
    /// Mission in Colombia" is the United Nations').
    part_of: Option<EntityIx>,
}

impl Body {
    fn new(pattern: &str, name: Span, armed: bool, shown: bool) -> Body {
        let kind = if armed {
            ActorKind::ArmedGroup
        } else {
            ActorKind::Organization
        };
        Body {
            pattern: pattern.to_string(),
            name,
            kind,
            shown,
            part_of: None,
        }
    }
}

/// The references inside `name` (`cast.refs` is sorted), and whether the spans other
/// stages took there (`taken`, sorted) are all among them.
fn inside<'c>(name: Span, taken: &[Span], cast: &'c Cast) -> (Vec<&'c Ref>, bool) {
    let inside: Vec<&Ref> = cast
        .refs_starting_in(name.start.saturating_sub(256), name.end)
        .iter()
        .filter(|r| r.span.overlaps(name))
        .collect();
    let near = taken.partition_point(|t| t.start + 256 <= name.start)
        ..taken.partition_point(|t| t.start < name.end);
    let only_these = taken[near]
        .iter()
        .filter(|t| t.overlaps(name))
        .all(|t| inside.iter().any(|r| r.span == *t));
    (inside, only_these)
}

fn is_state(cast: &Cast, r: &Ref) -> bool {
    matches!(cast.entities[r.entity].key, Key::Country(_))
}

/// Whether a body named at `name` may take the states named inside it ("the Kenya Tea
/// Development Agency"): nothing but states lies inside, and no span some other stage took.
fn only_states_inside(name: Span, taken: &[Span], cast: &Cast) -> bool {
    let (refs, only_these) = inside(name, taken, cast);
    only_these && refs.iter().all(|r| is_state(cast, r))
}

/// "the National Assembly on Thursday": a day or a month after "on" is when, not the
/// body's field ("the Committee on Human Rights").
fn before_a_date(text: &str, name: Span) -> Span {
    let written = name.slice(text);
    let dated = written.match_indices(" on ").find(|&(at, m)| {
        let next = written[at + m.len()..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let w = Words::get();
        w.weekdays.contains(next) || w.months.contains(next)
    });
    dated.map_or(name, |(at, _)| Span::new(name.start, name.start + at))
}

/// "the Central Council of Jews in Germany", "the Council of Turkish Associations in
/// Belgium": a state after "in" closes the body's name; any other place, a capital
/// included ("the Council of Ministers in Kabul", "the Taiwan Affairs Office in Beijing"),
/// is where it sits or met, and the name ends before it.
fn seated_in_a_state(text: &str, name: Span, cast: &Cast) -> Option<Span> {
    let written = name.slice(text);
    let Some(first) = written.find(" in ") else {
        return Some(name);
    };
    let last = written.rfind(" in ").unwrap_or(first);
    let seat = Span::new(name.start + last + " in ".len(), name.end);
    let seat_of_government = crate::lexicon::Lexicon::get()
        .countries
        .iter()
        .any(|c| c.seats.iter().any(|s| s == seat.slice(text)));
    let a_state = !seat_of_government
        && cast
            .refs_starting_in(seat.start, seat.end)
            .iter()
            .any(|r| r.span == seat && is_state(cast, r));
    if first == last && a_state {
        return Some(name);
    }
    // What stands before the place must be a name of its own, joined as one ("the Council
    // of Ministers"): "Tawi-Tawi in March, said …" names no body.
    let before = Span::new(name.start, name.start + first);
    before
        .slice(text)
        .split_whitespace()
        .any(|w| Words::get().name_joins.contains(w))
        .then_some(before)
}

/// "the Federal Government of Somalia and Puntland": an "and" after a state joins a second
/// party to the body, where "the Chamber of Commerce and Industry" goes on with its name.
fn before_a_second_state(text: &str, name: Span, cast: &Cast) -> Span {
    let name = before_a_date(text, name);
    let joined = name.slice(text).match_indices(" and ").find(|&(at, _)| {
        let and = name.start + at;
        cast.refs_starting_in(name.start, and)
            .iter()
            .any(|r| r.span.end == and && is_state(cast, r))
    });
    joined.map_or(name, |(at, _)| Span::new(name.start, name.start + at))
}

/// "the United Nations Verification Mission in Colombia", "the UN Security Council
/// Counter-Terrorism Committee": the one listed organization whose name opens a longer
/// institution's name as whole words ("the USAID-funded …" is only funded by it) and ends
/// before its last words, when nothing but states lies inside after it. A listed body
/// followed only by a state ("Statement by the North Atlantic Council on Afghanistan") is
/// that body and its topic, no institution of its own.
fn listed_body_opening(text: &str, name: Span, taken: &[Span], cast: &Cast) -> Option<EntityIx> {
    let (refs, only_these) = inside(name, taken, cast);
    let (first, rest) = refs.split_first()?;
    // Capitalised words of its own after the listed name, outside the states inside.
    let mut at = first.span.end;
    let mut own_words = false;
    for span in rest
        .iter()
        .map(|r| r.span)
        .chain([Span::new(name.end, name.end)])
    {
        own_words |= text.get(at..span.start).is_some_and(|gap| {
            gap.split_whitespace()
                .any(|w| w.starts_with(char::is_uppercase))
        });
        at = at.max(span.end);
    }
    (only_these
        && own_words
        && rest.iter().all(|r| is_state(cast, r))
        && first.span.start == name.start
        && first.span.end < name.end
        && text[first.span.end..].starts_with(' ')
        && cast.entities[first.entity].kind == ActorKind::Organization)
        .then_some(first.entity)
}

/// Drops the references inside the bodies' names (sorted), in one pass: a state only met
/// inside a body's name is no party of the text.
pub(super) fn absorb_states(names: &[Span], cast: &mut Cast) {
    let mut touched = Vec::new();
    cast.refs.retain(|r| {
        let inside = overlaps_any(names, r.span);
        if inside {
            touched.push(r.entity);
        }
        !inside
    });
    let named: std::collections::HashSet<usize> = cast
        .refs
        .iter()
        .filter(|r| r.form == RefForm::Name)
        .map(|r| r.entity)
        .collect();
    for e in touched {
        cast.entities[e].salient &= named.contains(&e);
    }
}

/// "UN human rights experts urged …", "a group of UN experts": the independent experts a
/// body appoints speak as a collective of their own, not as the body, which they are
/// affiliated with (its press releases carry their words).
static EXPERTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\b(?:UN|U\.N\.|United\s+Nations)(?:\s+(?:independent|human[- ]rights|special|rights)){0,3}\s+experts\b",
    )
});

/// Adds the collectives of [`EXPERTS`], each affiliated with the body its name opens on.
pub(super) fn experts_of_a_body(text: &str, cast: &mut Cast) {
    if !text.contains("experts") {
        return;
    }
    let mut collectives: Vec<(usize, EntityIx)> = Vec::new();
    for m in EXPERTS.find_iter(text) {
        let span = Span::new(m.start(), m.end());
        let Some(body) = cast
            .refs_starting_in(span.start, span.end)
            .iter()
            .find(|r| r.span.start == span.start && r.span.end < span.end)
            .map(|r| r.entity)
        else {
            continue;
        };
        let e = cast.described(span, m.as_str(), ActorKind::Organization);
        cast.entities[e].affiliation.get_or_insert(body);
        collectives.push((span.end, e));
    }
    if collectives.is_empty() {
        return;
    }
    // "The experts also called on …": the collective named last before.
    for back in THE_EXPERTS.find_iter(text) {
        let before = collectives.partition_point(|(end, _)| *end <= back.start());
        if let Some(&(_, e)) = before.checked_sub(1).and_then(|i| collectives.get(i)) {
            cast.defer_ref(Span::new(back.start(), back.end()), e, RefForm::Name);
        }
    }
}

static THE_EXPERTS: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"\b[Tt]he\s+experts\b"));

/// Adds the bodies introduced by an acronym whose name no earlier stage took (`taken`,
/// sorted); returns the spans of their references, for the people stage to leave alone.
/// A state inside the name ("the Kenya Tea Development Agency") is part of it, not a
/// reference of its own; nor does such a body speak for the state.
pub(super) fn add(
    text: &str,
    sentences: &[Span],
    taken: &[Span],
    titles: &[Span],
    cast: &mut Cast,
) -> Vec<Span> {
    let mut bodies: Vec<Body> = Vec::new();
    // Each body's pattern once, and the names whose states it absorbs: lookups that stay
    // cheap however many bodies a long document introduces.
    let mut patterns: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut absorbing: Vec<Span> = Vec::new();
    cast.refs.sort_by_key(|r| (r.span.start, r.span.end));
    for c in INTRODUCED.captures_iter(text) {
        let (phrase, acronym) = (c.get(1).expect("name"), &c[2]);
        if acronym.chars().filter(|c| c.is_uppercase()).count() < 2 || patterns.contains(acronym) {
            continue;
        }
        let Some(name) = name_for(text, Span::new(phrase.start(), phrase.end()), acronym) else {
            continue;
        };
        if !only_states_inside(name, taken, cast) {
            continue;
        }
        absorbing.push(name);
        // Armed by its name, or by what follows it up to the end of the apposition ("the
        // BRN, the main separatist group,"), not by the militants elsewhere in its sentence.
        let sentence = sentences
            .get(sentences.partition_point(|s| s.end <= name.start))
            .copied()
            .unwrap_or(name);
        let after = c.get(0).expect("match").end();
        let described = text[after..sentence.end.max(after)]
            .split([';', '.'])
            .next()
            .unwrap_or("");
        let described = described
            .get(..described.len().min(80))
            .unwrap_or(described);
        let armed = ARMED.is_match(name.slice(text)) || ARMED.is_match(described);
        patterns.insert(acronym.to_string());
        bodies.push(Body::new(acronym, name, armed, true));
    }
    for c in gated_captures(&SELF_NAMED, &SELF_NAMED_GATE, text, 120, 220) {
        let (noun, name) = (&c[1], c.get(2).expect("name"));
        let name = Span::new(name.start(), name.end());
        let written = name.slice(text);
        if patterns.contains(written) || overlaps_any(taken, name) || is_thing(written) {
            continue;
        }
        let armed = ARMED_NOUNS.contains(&noun) || ARMED.is_match(&c[0]);
        patterns.insert(written.to_string());
        bodies.push(Body::new(written, name, armed, true));
    }
    // A word the treebank knows as a common word ("On", "Meanwhile") opens no such name;
    // inside one it may stand ("Sahel Watch Collective").
    let common = |w: &str| crate::syntax::model().is_common_word(w);
    // A name set off by an apposition may open on an adjective or a noun ("Civil Rights
    // Defenders, a Stockholm-based rights group", "Global Witness, a watchdog"), not on an
    // adverb or a preposition.
    let opener = |w: &str| {
        let model = crate::syntax::model();
        let lower = w.to_lowercase();
        common(w)
            && !model.seen_as(&lower, crate::syntax::Upos::Adj)
            && !model.seen_as(&lower, crate::syntax::Upos::Noun)
    };
    for c in gated_captures(&BASED_NAMED, &BASED_GATE, text, 40, 120) {
        let m = c.get(1).expect("name");
        let name = Span::new(m.start(), m.end());
        let written = name.slice(text);
        if patterns.contains(written) || overlaps_any(taken, name) || is_thing(written) {
            continue;
        }
        patterns.insert(written.to_string());
        bodies.push(Body::new(written, name, ARMED.is_match(written), false));
    }
    // Each name judged once: "Islamist militants" a hundred times is one look at the text.
    let mut judged: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for c in gated_captures(&MEMBERS_NAMED, &MEMBERS_GATE, text, 80, 0) {
        let m = c.get(1).expect("name");
        // "Suspected Lakurawa militants": a common word opening the sentence is no part of
        // the name.
        let skip = leading_words(m.as_str(), common);
        if skip >= m.as_str().len() {
            continue;
        }
        let name = Span::new(m.start() + skip, m.end());
        let written = name.slice(text);
        let first = written.split_whitespace().next().unwrap_or("");
        if patterns.contains(written)
            || overlaps_any(taken, name)
            || super::names::never_a_name(first)
            || !judged.insert(written)
            || !standing_alone(text, written)
        {
            continue;
        }
        patterns.insert(written.to_string());
        bodies.push(Body::new(written, name, true, false));
    }
    for c in gated_captures(&APPOSED, &APPOSED_GATE, text, 200, 160) {
        let (m, modifiers) = (c.get(1).expect("name"), &c[2]);
        let name = Span::new(m.start(), m.end());
        let written = name.slice(text);
        // "X, the head of the organisation", "X, the lawyer representing the Alliance": a
        // noun of its own comes first.
        let own_noun = modifiers.split_whitespace().any(|w| {
            matches!(
                w,
                "of" | "for" | "to" | "by" | "the" | "a" | "an" | "at" | "with"
            ) || (w.ends_with("ing") && !matches!(w, "leading" | "governing" | "ruling"))
        });
        // "Saoradh, a political group that …": a name of one word stands alone, not as the
        // last word of a longer one ("The Council of Elders of Pankisi, an informal body").
        let tail_of_a_name = !written.contains(' ') && {
            let before = text[..name.start].trim_end_matches([' ', '\u{a0}']);
            let prev = crate::text::words::last_word(before);
            before.len() < name.start
                && (crate::text::words::is_capitalised(prev)
                    || matches!(prev, "of" | "for" | "and" | "the" | "de" | "al"))
        };
        if own_noun
            || tail_of_a_name
            || patterns.contains(written)
            || overlaps_any(taken, name)
            || cast.refs_in(name).next().is_some()
            || is_thing(written)
            || written.split_whitespace().next().is_some_and(opener)
        {
            continue;
        }
        let armed = ARMED.is_match(&c[0]);
        patterns.insert(written.to_string());
        bodies.push(Body::new(written, name, armed, false));
    }
    for c in gated_captures(&SPEAKING_NAMED, &SPEAKING_GATE, text, 160, 0) {
        let m = c.get(1).expect("name");
        // "Meanwhile, Carcere e Diritti …", "The National Union of …": a word that opens the
        // sentence without naming anything is no part of the name.
        let skip = leading_words(m.as_str(), opener);
        // "the Nairobi-based Institute for …": where it sits is no part of its name.
        let skip = skip
            + m.as_str()[skip.min(m.as_str().len())..]
                .split_once(' ')
                .filter(|(first, _)| first.ends_with("-based"))
                .map_or(0, |(first, _)| first.len() + 1);
        if skip >= m.as_str().len() {
            continue;
        }
        let Some(name) = seated_in_a_state(text, Span::new(m.start() + skip, m.end()), cast) else {
            continue;
        };
        let written = name.slice(text);
        if patterns.contains(written)
            || is_thing(&head_part(written).join(" "))
            || overlaps_any(titles, Span::new(m.start().saturating_sub(2), name.end))
            || super::states::a_state_organ_of(written)
            || !only_states_inside(name, taken, cast)
            || !stands_alone(&text[..m.start()])
            || !speaks_as_a_body(written)
        {
            continue;
        }
        patterns.insert(written.to_string());
        absorbing.push(name);
        bodies.push(Body::new(written, name, ARMED.is_match(written), true));
    }
    let mut named_so_far: Vec<Span> = bodies.iter().map(|b| b.name).collect();
    named_so_far.sort_by_key(|n| (n.start, n.end));
    let opening = gated_captures(&INSTITUTION_OPENING, &INSTITUTION_GATE, text, 120, 8)
        .into_iter()
        .filter(|c| {
            let first = c[1].split_whitespace().next().unwrap_or("");
            // "Mali's High Islamic Council": a state's own body is the state's.
            let possessive = c[1].contains("'s ") || c[1].contains("’s ");
            !possessive
                && !matches!(first, "The" | "A" | "An")
                && !crate::syntax::model().is_common_word(first)
        });
    for c in gated_captures(&INSTITUTION_NAMED, &INSTITUTION_GATE, text, 200, 120)
        .into_iter()
        .chain(opening)
    {
        let m = c.get(1).expect("name");
        if super::states::a_state_organ_of(&c[0]) {
            continue;
        }
        // "the Beirut-based Levant Policy Centre": where it sits is no part of its name.
        let lead = m
            .as_str()
            .split_once(' ')
            .filter(|(first, _)| first.ends_with("-based"))
            .map_or(0, |(first, _)| first.len() + 1);
        // "the Council of Europe on Ukraine": a remit only after a field of inquiry.
        let end = match c.name("remit") {
            Some(r) if !takes_a_remit(&text[m.start()..r.start()]) => r.start(),
            _ => m.end(),
        };
        let name = before_a_second_state(text, Span::new(m.start() + lead, end), cast);
        let written = name.slice(text);
        if written.split_whitespace().count() < 3
            || patterns.contains(written)
            || overlaps_any(&named_so_far, name)
            || is_thing(written)
        {
            continue;
        }
        // A name the lexicon holds, or holds with more words ("the UN Security Council"),
        // is the lexicon's; one made of a state and words of its own is a body, and so is
        // one that goes on past a listed body's name to an institution of its own.
        // Such a body's seat is part of its name: "… Mission in Colombia".
        let (name, written, part_of) = if only_states_inside(name, taken, cast) {
            (name, written, None)
        } else {
            let Some(e) = listed_body_opening(text, name, taken, cast) else {
                continue;
            };
            let name = c
                .name("seat")
                .map_or(name, |seat| Span::new(name.start, seat.end()));
            (name, name.slice(text), Some(e))
        };
        absorbing.push(name);
        // Named in passing, such a body is no actor; it is one when it speaks or is asked.
        patterns.insert(written.to_string());
        let mut body = Body::new(written, name, ARMED.is_match(written), false);
        body.part_of = part_of;
        bodies.push(body);
    }
    if bodies.is_empty() {
        return Vec::new();
    }
    absorbing.sort_by_key(|n| (n.start, n.end));
    absorb_states(&absorbing, cast);
    let mut spans = Vec::new();
    let mut entities = Vec::new();
    for b in &bodies {
        let e = cast.numbered(Key::Described, b.name.slice(text));
        cast.entities[e].kind = b.kind;
        cast.entities[e].salient = b.shown;
        cast.entities[e].affiliation = b.part_of;
        cast.add_ref(b.name, e, RefForm::Name);
        spans.push(b.name);
        entities.push(e);
    }
    // Every use of the acronyms and self-given names, in one pass over the text.
    let finder = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(bodies.iter().map(|b| b.pattern.as_str()))
        .expect("acronyms build an automaton");
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'-';
    // Where an acronym the text defines stands on a listed body's reference: the body
    // it defines, by the reference's start and end.
    let mut defined_here: std::collections::HashMap<(usize, usize), usize> =
        std::collections::HashMap::new();
    for m in finder.find_iter(text) {
        let whole = (m.start() == 0 || !is_word(bytes[m.start() - 1]))
            && bytes.get(m.end()).is_none_or(|&b| !is_word(b));
        let span = Span::new(m.start(), m.end());
        // A body named by itself is met again where it was introduced.
        let introduced = bodies.iter().any(|b| b.name.overlaps(span));
        if !whole || introduced {
            continue;
        }
        let e = entities[m.pattern().as_usize()];
        if !overlaps_any(taken, span) {
            cast.add_ref(span, e, RefForm::Name);
            spans.push(span);
        } else if crate::text::words::is_acronym(span.slice(text)) {
            defined_here.insert((span.start, span.end), m.pattern().as_usize());
        }
    }
    // "the Multinational Security Support (MSS) mission … the MSS": an acronym the text
    // defines is the body it defines, not the listed one that shares it (China's Ministry
    // of State Security).
    let lx = crate::lexicon::Lexicon::get();
    let mut displaced = Vec::new();
    for r in cast.refs.iter_mut() {
        let Key::Org(o) = cast.entities[r.entity].key else {
            continue;
        };
        let Some(&b) = defined_here.get(&(r.span.start, r.span.end)) else {
            continue;
        };
        // The same body, defined by a name the list holds in full or in part ("Office for
        // the Coordination of Humanitarian Affairs (OCHA)"), keeps its listed entity.
        let defined = plain_name(bodies[b].name.slice(text));
        let org = &lx.orgs[o];
        let same = std::iter::once(&org.name)
            .chain(&org.aliases)
            .map(|n| plain_name(n))
            .any(|n| n.contains(&defined) || defined.contains(&n));
        if !same {
            displaced.push(r.entity);
            r.entity = entities[b];
        }
    }
    // A listed body the text never named but by the acronym is none of its parties.
    displaced.sort_unstable();
    displaced.dedup();
    for e in displaced {
        if !cast.refs.iter().any(|r| r.entity == e) {
            cast.entities[e].salient = false;
        }
    }
    spans
}

/// A body's name as spellings vary: single spaces (a hard wrap is one), only its ASCII
/// letters (accents and their mojibake dropped alike: "Médecins", "MÃ©decins"), lower case,
/// "United Nations" as "un", every "s" as "z" so that British "-isation" and "-ise" meet
/// "-ization" ("UN High Commissioner for Refugees", "Organisation of Islamic Cooperation").
fn plain_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(char::is_ascii)
        .collect::<String>()
        .to_lowercase()
        .replace("united nations", "un")
        .replace("u.n.", "un")
        .replace('s', "z")
}

#[cfg(test)]
mod tests {
    use super::abbreviates;

    #[test]
    fn acronyms_follow_their_names_letters() {
        assert!(abbreviates("BRN", "Barisan Revolusi Nasional"));
        assert!(abbreviates("TTP", "Tehrik-i-Taliban Pakistan"));
        assert!(abbreviates("KTDA", "Kenya Tea Development Agency"));
        assert!(!abbreviates("AP", "NEW DELHI"));
        assert!(!abbreviates("UN", "Kenya Tea Development Agency"));
    }
}

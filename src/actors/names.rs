//! What a personal name looks like in running text: capitalised words with name particles,
//! a handle, a surname, a given name. Pure functions over the text, shared by the rules that
//! find people (`people.rs`) and those that read titles (`titles.rs`).

use crate::lexicon::words::Words;
use crate::syntax::Upos;
use crate::text::span::floor_char;
use crate::text::words::{is_capitalised, word_at};
use crate::text::Span;
use regex::Regex;
use std::sync::LazyLock;

/// The most capitalised words a name holds ("Malik Abdul Aziz Khan Tarkani"); particles
/// ("bin", "Al") come on top, so "Tamim bin Hamad Al Thani" is one name.
const MAX_NAME_WORDS: usize = 5;
/// The most particles a name holds.
const MAX_PARTICLES: usize = 3;

/// The most bytes a speaker label and its bracket take before the colon.
const LABEL_REACH: usize = 160;

/// A member's address to the chair after the full stop of a speaker label, as the US
/// Congressional Record prints a floor speech: "Mr. President,", "Madam Speaker,".
pub(super) const CHAMBER_ADDRESS: &str =
    r"\.[^\S\n]+(?:Mr\.?|Madam|Mister)[^\S\n]+(?:President|Speaker|Chair(?:man|woman)?)\b";

static CHAMBER_ADDRESS_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(CHAMBER_ADDRESS));

/// Whether `rest` opens a transcript's speaker label written in capitals ("TAVITA
/// LEAUANAE-GRIGG (Minister of Foreign Affairs): …", "MR PRICE: …", the Australian
/// Hansard's "CALLAGHAN (2.01 p.m.)—My question …"), where a name is written in capitals
/// like an acronym.
fn caps_label(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    // A label is short: look no further than its longest form, whatever the line's length.
    let line = rest[..floor_char(rest, LABEL_REACH)]
        .split('\n')
        .next()
        .unwrap_or("");
    // The colon that ends the label has a space after it; one inside a time does not
    // ("Ms PRIYA VENKATARAMAN-HOLT (Calder Ridge) (10:31): I move"). A dash runs straight
    // into what is said.
    let (label, said) = match line.find(": ") {
        Some(colon) => (&line[..colon], &line[colon + 1..]),
        None => match line.split_once('—') {
            Some((label, said)) if said.starts_with(char::is_alphanumeric) => (label, said),
            // The Congressional Record's "Mr. HALVORSEN. Mr. President, I rise …": an
            // honorific opening the line, the surname, a full stop, then the member's
            // address to the chair (not "… funding for the NDAA. Mr. President, I …").
            _ => match CHAMBER_ADDRESS_AFTER.find(line) {
                Some(m) if honorific_opens_the_line(text, at) => {
                    (&line[..m.start()], &line[m.end()..])
                }
                _ => return false,
            },
        },
    };
    let name = match label.split_once('(') {
        Some((name, bracket)) if bracket.trim_end().ends_with(')') => name,
        Some(_) => return false,
        // "THE MINISTER OF HOME AFFAIRS (SHRI R. P. SINGH): …": the name closes a bracket.
        None => label.strip_suffix(')').unwrap_or(label),
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    !said.trim().is_empty()
        && (1..=5).contains(&words.len())
        && name.len() <= 60
        && words.iter().all(|w| {
            w.chars().any(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

/// Whether the line holding `at` opens on an honorific of a record's label ("Mr.", "Ms",
/// "Senator") and holds nothing else before `at`.
fn honorific_opens_the_line(text: &str, at: usize) -> bool {
    let start = floor_char(text, at.saturating_sub(LABEL_REACH));
    let before = text[start..at].rsplit('\n').next().unwrap_or("").trim();
    Words::get()
        .record_label_titles
        .contains(before.trim_end_matches('.'))
}

/// Capitalised words from `at` that read as a personal name.
pub(super) fn name_words(text: &str, at: usize, free: &impl Fn(Span) -> bool) -> Option<Span> {
    let caps_label = caps_label(text, at);
    let mut start = None;
    let mut end = at;
    let (mut words, mut particles_seen) = (0, 0);
    let mut cursor = at;
    let particles = &Words::get().name_particles;
    // A patronymic particle opens the father's name, which has words of its own: "Wan
    // Khairil Anuar bin Wan Ahmad".
    while words < MAX_NAME_WORDS + if particles_seen > 0 { 2 } else { 0 } {
        // "MR. FERREIRA-LINDQVIST:": an abbreviated honorific's full stop is no boundary.
        if text[cursor..].starts_with(". ")
            && start.is_some()
            && Words::get().abbreviations.contains(
                text[..cursor]
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or("")
                    .to_lowercase()
                    .as_str(),
            )
        {
            cursor += 1;
        }
        // "Johnson \"Ti Sonson\" Délva", "Lourdes “Malou” Fajardo": a nickname in quotation
        // marks between the given name and the surname is part of the name.
        if start.is_some() {
            cursor += nickname_at(&text[cursor..]);
        }
        let Some(w) = word_at(text, cursor) else {
            break;
        };
        if text[cursor..w.start].contains(['\n', ',', ';', ':', '(', ')', '—']) {
            break;
        }
        let word = w.slice(text);
        let bare = strip_possessive(word);
        // "Juan de la Cruz", "Lanao del Sur": a particle before a capitalised word, or before
        // a second particle that is.
        let particle = particles.contains(&bare.to_lowercase())
            && start.is_some()
            && particles_seen < MAX_PARTICLES
            && word_at(text, w.end).is_some_and(|n| {
                is_capitalised(n.slice(text))
                    || (particles.contains(&n.slice(text).to_lowercase())
                        && word_at(text, n.end).is_some_and(|m| is_capitalised(m.slice(text))))
            });
        let joined_particle = bare
            .split_once('-')
            .is_some_and(|(p, rest)| particles.contains(p) && is_capitalised(rest));
        // "Aisha Rahman MP": letters after a name are no part of it.
        if start.is_some() && Words::get().post_nominals.contains(bare) {
            break;
        }
        // "Louisiana Republican Anh Cao": the words before a party label are a place;
        // "the Patrolmen's Benevolent Association": those before an institution's word are
        // its name's.
        if start.is_some() && (Words::get().party_labels.contains(bare) || body_word(bare)) {
            return None;
        }
        // "the Rev. Martin Luther King Jr.": a suffix opens no name ("King" is no title there).
        if start.is_none()
            && Words::get()
                .name_suffixes
                .contains(bare.trim_end_matches('.'))
        {
            return None;
        }
        // "HRH Fon Tabi Nkwenti III": a regnal number closes the name it follows.
        let suffix = start.is_some()
            && Words::get()
                .name_suffixes
                .contains(bare.trim_end_matches('.'));
        let ok = suffix
            || (is_capitalised(bare) || particle || (joined_particle && start.is_some()))
                && (!never_a_name(bare) || month_in_a_name(text, w, start.is_some()))
                && bare.chars().any(char::is_alphabetic)
                && bare.chars().skip(1).any(|c| c.is_lowercase() || c == '.')
                    | (bare.chars().count() <= 2
                        && bare.chars().next().is_some_and(char::is_uppercase))
                    | caps_label
                && free(w);
        if !ok {
            break;
        }
        start.get_or_insert(w.start);
        end = w.start + bare.len();
        // "A.K.M. Shahriar Kabir": initials written together are one word of the name.
        let joined_initial = start != Some(w.start) && w.start == cursor && bare.ends_with('.');
        if particle {
            particles_seen += 1;
        } else if !joined_initial {
            words += 1;
        }
        if bare.len() != word.len() {
            break; // a possessive ends the name
        }
        cursor = w.end;
    }
    // "Lord Ashby of Tern", "Baroness Kennedy of Cradley": a peer's territorial
    // designation is part of the name.
    if words == 1 {
        end = territorial_designation(text, at, end).unwrap_or(end);
    }
    let span = Span::new(start?, end);
    let last = span.slice(text).split_whitespace().last().unwrap_or("");
    // A name does not end on a particle or a lone initial.
    if particles.contains(&last.to_lowercase()) || last.trim_end_matches('.').chars().count() == 1 {
        return None;
    }
    Some(span)
}

/// Where a peer's name ends past "of" and the place it takes its title from, when the style
/// before the name at `at` is a peer's ("Lord", "Baroness") and the name ends at `end`.
fn territorial_designation(text: &str, at: usize, end: usize) -> Option<usize> {
    // "(Lord Ashby of Tern) (Con)": a debate's name line puts the peer in brackets.
    let style = text[..at].trim_end().rsplit(char::is_whitespace).next()?;
    if !Words::get()
        .peer_styles
        .contains(style.trim_start_matches('('))
    {
        return None;
    }
    let rest = text[end..].strip_prefix(" of ")?;
    // The place's capitalised words, up to what closes them ("Tern) (Con):").
    let mut place = 0;
    for w in rest.split(' ').take(MAX_PLACE_WORDS) {
        let core = w.trim_end_matches(|c: char| !c.is_alphabetic());
        if !is_capitalised(core) || !core.chars().all(|c| c.is_alphabetic() || c == '-') {
            break;
        }
        if place > 0 {
            place += 1;
        }
        place += core.len();
        if core.len() < w.len() {
            break;
        }
    }
    (place > 0).then_some(end + " of ".len() + place)
}

/// The most words a peer's territorial designation takes ("of Clifton-upon-Dunsmore").
const MAX_PLACE_WORDS: usize = 2;

/// The length of a nickname in quotation marks at the start of `rest` (with the space
/// before it), when a capitalised word follows it: one to three capitalised words, or 0.
fn nickname_at(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix(" \"").or_else(|| rest.strip_prefix(" “")) else {
        return 0;
    };
    let Some(close) = inner.find(['"', '”']).filter(|&c| c <= 30) else {
        return 0;
    };
    let nick = &inner[..close];
    let quote = if inner[close..].starts_with('"') {
        1
    } else {
        '”'.len_utf8()
    };
    let after = &inner[close + quote..];
    let words = nick.split(' ').count();
    let capitalised = nick
        .split(' ')
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let surname_follows = after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(|c: char| c.is_uppercase()));
    if (1..=3).contains(&words) && capitalised && surname_follows {
        rest.len() - after.len()
    } else {
        0
    }
}

/// "Karim A.", "Yamen A.": a given name and the initial of a surname, as courts and
/// prosecutors in much of Europe name suspects and defendants. The given name is a word the
/// treebank never saw as a common one ("Plan B.", "Group A." are no one's), and the
/// initial's full stop is followed by no letter ("D.C.") and no capitalised word.
pub(super) fn initialled(text: &str, w: Span, free: &impl Fn(Span) -> bool) -> Option<Span> {
    let given = w.slice(text);
    let model = crate::syntax::model();
    let named = is_capitalised(given)
        && given.chars().count() >= 3
        && given.chars().skip(1).all(char::is_lowercase)
        && !never_a_name(given)
        && !model.is_common_word(given)
        && ![Upos::Noun, Upos::Verb, Upos::Adj]
            .into_iter()
            .any(|tag| model.seen_as(&given.to_lowercase(), tag))
        && free(w);
    if !named {
        return None;
    }
    let rest = text[w.end..].strip_prefix(' ')?;
    let mut chars = rest.chars();
    let initial = chars.next().filter(char::is_ascii_uppercase)?;
    (chars.next() == Some('.')).then_some(())?;
    let after = chars.as_str();
    // "Michael J. Jordan": a middle initial, the surname after it.
    let alone = !after.starts_with(|c: char| c.is_alphanumeric())
        && !after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(char::is_uppercase));
    let end = w.end + 1 + initial.len_utf8() + 1;
    alone
        .then(|| Span::new(w.start, end))
        .filter(|&name| free(name))
}

/// Whether the month word at `w` is part of a personal name rather than a date: "Theresa
/// May" after a name's first word, "Jan Egeland" or "Mar Roxas" as an abbreviation with no
/// full stop before another capitalised word — never before a number ("May 5", "Jan 2024").
/// A full month's name never opens one ("In May Pakistan urged …").
fn month_in_a_name(text: &str, w: Span, started: bool) -> bool {
    let words = Words::get();
    let word = strip_possessive(w.slice(text));
    let next = word_at(text, w.end);
    let before_a_number =
        next.is_some_and(|n| n.slice(text).starts_with(|c: char| c.is_ascii_digit()));
    if !(words.months.contains(word) || words.month_abbreviations.contains(word)) || before_a_number
    {
        return false;
    }
    started
        || (words.month_abbreviations.contains(word)
            && text[w.end..].starts_with(' ')
            && next.is_some_and(|n| {
                let n = strip_possessive(n.slice(text));
                is_capitalised(n) && !never_a_name(n)
            }))
}

/// Capitalised words that start sentences or name things (months and weekdays among
/// them), never people.
pub(super) fn never_a_name(word: &str) -> bool {
    let w = Words::get();
    // "Piraeus-based", "London-based": where a body sits.
    word.ends_with("-based")
        || w.not_names.contains(word)
        || documents(word)
        || w.party_labels.contains(word)
        || body_word(word)
        || w.months.contains(word)
        || w.month_abbreviations.contains(word)
        || w.weekdays.contains(word)
}

/// "Leaflets", "Posters", "Statements": documents in the plural, which open sentences
/// ("Leaflets signed by the group warned …") and are no one's name; the singular is left
/// alone, being a surname too ("Emily Post", "Bruce Banner").
fn documents(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|one| {
        Words::get()
            .document_nouns
            .contains(one.to_lowercase().as_str())
    })
}

/// "the Premier League's deals", "Institute": an institution's word, never a person's name
/// (but for those that are surnames as well, "Church", "Court").
fn body_word(word: &str) -> bool {
    let w = Words::get();
    w.institution_heads.contains(word) && !w.surname_heads.contains(word)
}

pub(super) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

pub(super) fn handle_at(text: &str, at: usize) -> Option<Span> {
    let rest = text.get(at..)?;
    let body = rest.strip_prefix('@')?;
    let len = body
        .char_indices()
        .take_while(|&(_, c)| c.is_ascii_alphanumeric() || c == '_')
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    Some(Span::new(at, at + 1 + len))
}

/// The surname a name is known by (its last word, without a possessive).
pub(super) fn surname(name: &str) -> String {
    let last = name.split_whitespace().last().unwrap_or(name);
    strip_possessive(last)
        .trim_start_matches('@')
        .to_lowercase()
}

/// A surname without the article joined to it ("Obaidi" of "Hisham al-Obaidi", "Sisi" of
/// "Abdel Fattah el-Sisi"), which news often drops on second mention.
pub(super) fn surname_without_article(name: &str) -> Option<String> {
    let sur = surname(name);
    let (article, rest) = sur.split_once('-')?;
    (Words::get().name_particles.contains(article) && rest.chars().count() >= 3)
        .then(|| rest.to_string())
}

/// The given name a person is referred to by alone, when the name joins it to the father's
/// name ("Tamim bin Hamad Al Thani" is "Tamim"): such a name has no surname news would use.
pub(super) fn given_name(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let patronymic = words
        .iter()
        .skip(1)
        .any(|w| Words::get().patronymics.contains(&w.to_lowercase()));
    patronymic.then(|| words[0].to_lowercase())
}

/// The family name a person is referred to by alone when it opens the name, as Chinese
/// and Korean names do ("Lin Jian" is "Lin", "Kim Hong-kyun" is "Kim"): two or three
/// words, the first a family name of those languages.
pub(super) fn family_name_first(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    ((2..=3).contains(&words.len()) && Words::get().family_names_first.contains(&first))
        .then_some(first)
}

/// The first of two surnames, which Spanish and Portuguese usage gives a person alone
/// ("Luis Fernando Rengifo Ospina" is "Rengifo"): the third word of a name of four, none
/// of them particles. Of a name of three ("Ismael Quintero Arango" is "Quintero") the
/// middle word may as well be a second given name or one all share ("Anil Kumar Dhawan",
/// "Rajinder Kaur Bhullar"): see [`middle_name`].
pub(super) fn first_of_two_surnames(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    (words.len() == 4 && words.iter().all(plain_name_word) && words[2].chars().count() >= 3)
        .then(|| words[2].to_lowercase())
}

/// The middle word of a name of three that may be its first surname ("Quintero" of
/// "Ismael Quintero Arango"): a word of letters the treebank does not know as a common
/// word. Only standing alone does it name the person: "Baljit Kaur" is not "Rajinder Kaur
/// Bhullar".
pub(super) fn middle_name(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    (words.len() == 3
        && words.iter().all(plain_name_word)
        && words[1].chars().count() >= 4
        && !crate::syntax::model().is_common_word(words[1]))
    .then(|| words[1].to_lowercase())
}

/// The given name of a name of two or three plain words ("Wahyu" of "Wahyu Setiadi"),
/// which news of Indonesia, Thailand or Iceland uses alone for a person: no common word.
pub(super) fn first_name(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    ((2..=3).contains(&words.len())
        && words.iter().all(plain_name_word)
        && words[0].chars().count() >= 3
        && !crate::syntax::model().is_common_word(words[0]))
    .then(|| words[0].to_lowercase())
}

/// A capitalised word of letters that is no particle.
fn plain_name_word(w: &&str) -> bool {
    !Words::get()
        .name_particles
        .contains(w.to_lowercase().as_str())
        && is_capitalised(w)
        && w.chars().all(char::is_alphabetic)
}

/// Two written names can be one person when their first names agree or one is an initial.
pub(super) fn same_first_name(known: &str, written: &str) -> bool {
    let a: Vec<&str> = known.split_whitespace().collect();
    let b: Vec<&str> = written.split_whitespace().collect();
    if a.len() < 2 || b.len() < 2 {
        return true;
    }
    // A transcript's label writes the name in capitals ("CHEIKH TIDIANE MBENGUE:").
    let (x, y) = (
        a[0].trim_end_matches('.').to_lowercase(),
        b[0].trim_end_matches('.').to_lowercase(),
    );
    x == y || x.len() == 1 && y.starts_with(&x) || y.len() == 1 && x.starts_with(&y)
}

/// Whether the capitalised words from `name` on end on a word for a built place ("Hussein
/// Bridge", "Fahd County Referral Hospital", "Abdulaziz International Airport"): a place
/// named for someone, not a person. `rest` is the text after the name.
pub fn names_a_facility(name: &str, rest: &str) -> bool {
    let facility = &Words::get().facility_nouns;
    name.split_whitespace()
        .chain(
            rest.split_whitespace()
                .take(4)
                .take_while(|w| w.starts_with(char::is_uppercase)),
        )
        .any(|w| facility.contains(w.trim_end_matches([',', '.', ';', ':'])))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Option<&str> {
        name_words(text, 0, &|_| true).map(|s| s.slice(text))
    }

    #[test]
    fn particles_do_not_count_against_the_length_of_a_name() {
        assert_eq!(
            name("Tamim bin Hamad Al Thani received"),
            Some("Tamim bin Hamad Al Thani")
        );
        assert_eq!(name("Ali Al said"), None);
        assert_eq!(
            given_name("Tamim bin Hamad Al Thani").as_deref(),
            Some("tamim")
        );
        assert_eq!(given_name("Rajnath Singh"), None);
        assert_eq!(family_name_first("Lin Haoran").as_deref(), Some("lin"));
        assert_eq!(family_name_first("Kim Hong-kyun").as_deref(), Some("kim"));
        assert_eq!(family_name_first("Linda Thomas-Greenfield"), None);
        assert_eq!(family_name_first("Lee"), None);
        assert_eq!(
            surname_without_article("Hisham al-Obaidi").as_deref(),
            Some("obaidi")
        );
        assert_eq!(surname_without_article("Anne-Marie Lefevre-Dupont"), None);
        assert_eq!(
            first_of_two_surnames("Luis Fernando Rengifo Ospina").as_deref(),
            Some("rengifo")
        );
        assert_eq!(first_of_two_surnames("Tamim bin Hamad Al"), None);
        assert_eq!(first_of_two_surnames("Ismael Quintero Arango"), None);
        assert_eq!(
            middle_name("Ismael Quintero Arango").as_deref(),
            Some("quintero")
        );
        assert_eq!(middle_name("Mohammed Shia al-Sudani"), None);
    }
}

//! The automaton over all surface forms and the checks a raw match must pass.

use super::data::{Country, GroupEntry, Org, Title};
use super::{Lexicon, TitleKind};
use crate::text::Span;
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;

/// How a surface form names a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CountryForm {
    /// "Pakistan", "U.S."
    Name,
    /// "Pakistani", "Afghans"
    Demonym,
    /// "Islamabad", "the Kremlin": the government by its seat.
    Seat,
}

/// What a surface form stands for: an index into one of the lexicon's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entry {
    Country(usize, CountryForm),
    Org(usize),
    Title(usize),
    /// A group, and whether this form needs militant context to count.
    Group(usize, bool),
    /// A city, province or region that is no state's seat ("Hong Kong", "Peshawar").
    Place,
}

impl Entry {
    /// When one form names several entries, groups and organizations are the more specific.
    fn rank(self) -> u8 {
        match self {
            Entry::Group(..) => 0,
            Entry::Org(_) => 1,
            Entry::Country(_, CountryForm::Name) => 2,
            Entry::Country(..) => 3,
            Entry::Title(_) => 4,
            Entry::Place => 5,
        }
    }
}

/// A found entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    pub entry: Entry,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Case {
    /// Acronyms: only as written.
    Exact,
    /// Proper names: the capitals of the form must be capitals in the text.
    Proper,
    /// Lowercase forms: any case.
    Loose,
}

pub(super) struct Form {
    pattern: String,
    case: Case,
    entries: Vec<Entry>,
}

/// Head nouns that news writes in either case after a proper name ("Haqqani network",
/// "Nusra front"): only the name before them needs its capital.
pub(super) const GENERIC_HEADS: &[&str] = &[
    "network",
    "group",
    "front",
    "army",
    "movement",
    "party",
    "brigade",
    "brigades",
    "organisation",
    "organization",
    "forces",
    "force",
    "militia",
    "battalion",
    "battalions",
    "province",
    "tigers",
    "cartel",
    "gang",
    "command",
];

/// Particles that news writes in either case inside names ("al-Qaeda", "Al Qaeda").
pub(super) const PARTICLES: &[&str] = &[
    "al", "el", "ul", "ud", "e", "i", "bin", "ibn", "de", "du", "of", "the", "and", "for", "in",
    "wal", "wa", "fi", "la", "le", "di", "da", "ad", "ar", "as", "an", "at", "az", "ash",
];

pub(super) fn case_of(pattern: &str) -> Case {
    let letters: Vec<char> = pattern.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if letters.is_empty() || upper == letters.len() || letters.len() <= 4 && upper > 0 {
        Case::Exact
    } else if pattern.chars().next().is_some_and(char::is_lowercase)
        && pattern
            .split([' ', '-'])
            .all(|w| w.chars().next().is_none_or(char::is_lowercase))
    {
        Case::Loose
    } else {
        Case::Proper
    }
}

/// Romanian letters with a comma below and the cedilla letters that older fonts and most
/// newsrooms type for them ("Chișinău", "Chişinău").
const COMMA_AND_CEDILLA: [(char, char); 4] = [('ș', 'ş'), ('ț', 'ţ'), ('Ș', 'Ş'), ('Ț', 'Ţ')];

/// Spelling variants news uses for the same form: both apostrophes, hyphen or space, the
/// dotted initials of American style ("U.N. Office for the Coordination of …"), and
/// Romanian's comma letters with cedillas.
fn variants(form: &str) -> Vec<String> {
    let mut out = vec![form.to_string()];
    if COMMA_AND_CEDILLA
        .iter()
        .any(|&(comma, _)| form.contains(comma))
    {
        out.push(
            form.chars()
                .map(|c| {
                    COMMA_AND_CEDILLA
                        .iter()
                        .find(|&&(comma, _)| comma == c)
                        .map_or(c, |&(_, cedilla)| cedilla)
                })
                .collect(),
        );
    }
    for (plain, dotted) in [("UN ", "U.N. "), ("US ", "U.S. ")] {
        if let Some(rest) = form.strip_prefix(plain) {
            out.push(format!("{dotted}{rest}"));
        }
    }
    if form.contains('\'') {
        out.push(form.replace('\'', "’"));
    }
    if form.contains('-') && form.chars().filter(|c| c.is_alphabetic()).count() > 4 {
        let spaced = form.replace('-', " ");
        if spaced.split(' ').all(|w| !w.is_empty()) {
            out.push(spaced.clone());
            if spaced.contains('\'') {
                out.push(spaced.replace('\'', "’"));
            }
        }
    }
    out
}

/// The automata over the surface forms. Forms that must match as written (acronyms:
/// "IS", "UN", "PM") get an automaton of their own that reads case: folded with the rest,
/// each would stop at every "is", "un" and "pm" of the text only to be rejected.
pub(super) struct Matchers {
    exact: AhoCorasick,
    exact_forms: Vec<usize>,
    folded: AhoCorasick,
    folded_forms: Vec<usize>,
}

impl Matchers {
    fn new(forms: &[Form]) -> Matchers {
        let (exact_forms, folded_forms): (Vec<usize>, Vec<usize>) =
            (0..forms.len()).partition(|&i| forms[i].case == Case::Exact);
        let automaton = |ids: &[usize], fold: bool| {
            AhoCorasick::builder()
                .ascii_case_insensitive(fold)
                .match_kind(MatchKind::Standard)
                .build(ids.iter().map(|&i| &forms[i].pattern))
                .expect("gazetteer automaton")
        };
        Matchers {
            exact: automaton(&exact_forms, false),
            exact_forms,
            folded: automaton(&folded_forms, true),
            folded_forms,
        }
    }

    /// Every match of a form in `text`, overlapping ones included: its span and form.
    fn find<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let exact = self
            .exact
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), self.exact_forms[m.pattern().as_usize()]));
        let folded = self.folded.find_overlapping_iter(text).map(|m| {
            (
                m.start(),
                m.end(),
                self.folded_forms[m.pattern().as_usize()],
            )
        });
        exact.chain(folded)
    }
}

pub(super) fn build(
    countries: &[Country],
    orgs: &[Org],
    titles: &[Title],
    groups: &[GroupEntry],
    places: &[&str],
) -> (Matchers, Vec<Form>) {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut forms: Vec<Form> = Vec::new();
    let mut add = |surface: &str, entry: Entry| {
        for v in variants(surface) {
            let i = *index.entry(v.clone()).or_insert_with(|| {
                // Titles are written "Foreign Minister" and "foreign minister" alike, and
                // only count next to a name, so only their acronyms need their case.
                let case = match (case_of(&v), entry) {
                    (Case::Proper, Entry::Title(_)) => Case::Loose,
                    (case, _) => case,
                };
                forms.push(Form {
                    case,
                    pattern: v,
                    entries: Vec::new(),
                });
                forms.len() - 1
            });
            if !forms[i].entries.contains(&entry) {
                forms[i].entries.push(entry);
                forms[i].entries.sort_by_key(|e| e.rank());
            }
        }
    };
    for (i, c) in countries.iter().enumerate() {
        for n in std::iter::once(&c.name).chain(&c.aliases) {
            add(n, Entry::Country(i, CountryForm::Name));
        }
        for d in &c.demonyms {
            add(d, Entry::Country(i, CountryForm::Demonym));
        }
        for s in &c.seats {
            add(s, Entry::Country(i, CountryForm::Seat));
        }
    }
    for (i, o) in orgs.iter().enumerate() {
        for n in std::iter::once(&o.name).chain(&o.aliases) {
            add(n, Entry::Org(i));
        }
    }
    for (i, t) in titles.iter().enumerate() {
        add(&t.title, Entry::Title(i));
    }
    for (i, g) in groups.iter().enumerate() {
        for a in &g.aliases {
            add(a, Entry::Group(i, g.context_aliases.contains(a)));
        }
    }
    for p in places {
        add(p, Entry::Place);
    }
    (Matchers::new(&forms), forms)
}

fn case_ok(form: &Form, found: &str) -> bool {
    if form.pattern == found {
        return true;
    }
    match form.case {
        Case::Exact => false,
        Case::Loose => true,
        Case::Proper => {
            let letters = found.chars().filter(|c| c.is_alphabetic());
            if letters.clone().count() > 4 && letters.clone().all(char::is_uppercase) {
                return true; // an all-capitals headline
            }
            let mut at_word_start = true;
            let mut word_start = 0;
            for ((i, p), t) in form.pattern.char_indices().zip(found.chars()) {
                if at_word_start && p.is_uppercase() && !t.is_uppercase() {
                    let word: String = form.pattern[word_start..]
                        .split([' ', '-'])
                        .next()
                        .unwrap_or("")
                        .to_lowercase();
                    let particle = PARTICLES.contains(&word.as_str());
                    let generic_head = word_start > 0 && GENERIC_HEADS.contains(&word.as_str());
                    if !particle && !generic_head {
                        return false;
                    }
                }
                at_word_start = matches!(p, ' ' | '-' | '/');
                if at_word_start {
                    word_start = i + 1;
                }
            }
            true
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl Lexicon {
    /// Every gazetteer entry in `text`, leftmost-longest and non-overlapping, with case and
    /// word boundaries checked before the choice so a rejected long form cannot hide a valid
    /// shorter one. Group names spelt as no list spells them come from their skeletons
    /// (`skeleton.rs`); on the same span an exact form comes first.
    pub fn scan(&self, text: &str) -> Vec<Hit> {
        let mut cands: Vec<(Span, bool, Entry)> = Vec::new();
        for (s, e, form) in self.matcher.find(text) {
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            if text[..s].chars().next_back().is_some_and(is_word_char)
                || text[e..].chars().next().is_some_and(is_word_char)
            {
                continue;
            }
            let form = &self.forms[form];
            // "04:18 PM ET": a title right after a number is a time of day.
            let after_a_number = matches!(form.entries[0], Entry::Title(_))
                && text[..s]
                    .trim_end_matches([' ', '\u{a0}'])
                    .ends_with(|c: char| c.is_ascii_digit());
            // "Deputy Hennessy" is addressed so; in lower case the word qualifies an
            // office ("deputy Middle East director").
            let lower_honorific = text[s..e].starts_with(char::is_lowercase)
                && matches!(form.entries[0], Entry::Title(t)
                    if self.titles[t].kind == TitleKind::Honorific
                        && crate::lexicon::words::Words::get()
                            .capital_honorifics
                            .contains(self.titles[t].title.as_str()));
            if case_ok(form, &text[s..e]) && !after_a_number && !lower_honorific {
                cands.push((Span::new(s, e), false, form.entries[0]));
            }
        }
        for (span, g) in self.skeletons.find(text) {
            cands.push((span, true, Entry::Group(g, false)));
        }
        cands.sort_by_key(|&(sp, folded, _)| (sp.start, std::cmp::Reverse(sp.end), folded));
        let mut out: Vec<Hit> = Vec::new();
        let mut taken_to = 0;
        for (span, _, entry) in cands {
            if span.start < taken_to {
                continue;
            }
            taken_to = span.end;
            out.push(Hit { span, entry });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        Lexicon::get()
            .scan(text)
            .into_iter()
            .map(|h| h.span.slice(text))
            .collect()
    }

    #[test]
    fn longest_form_wins_and_case_is_respected() {
        let lx = Lexicon::get();
        let text = "Pakistani Taliban and al Qaeda, this is IS territory, said Islamabad.";
        assert_eq!(
            found(text),
            vec!["Pakistani Taliban", "al Qaeda", "IS", "Islamabad"]
        );
        let hits = lx.scan(text);
        assert!(matches!(hits[0].entry, Entry::Group(..)));
        assert!(matches!(
            hits[3].entry,
            Entry::Country(_, CountryForm::Seat)
        ));
    }

    #[test]
    fn words_inside_words_and_lowercase_names_do_not_match() {
        assert!(found("Crisis in the Usbekistan-like turkey farm").is_empty());
        assert_eq!(found("AL-QAEDA AND ISIS"), vec!["AL-QAEDA", "ISIS"]);
    }

    #[test]
    fn a_clock_time_is_no_title() {
        assert_eq!(
            found("Published: 10/02/2005 04:18 PM ET. The PM said."),
            vec!["PM"]
        );
        assert!(found("at 11 PM local time").is_empty());
    }

    #[test]
    fn apostrophe_and_hyphen_variants() {
        assert_eq!(
            found("Kata’ib Hezbollah and Lashkar e Taiba"),
            vec!["Kata’ib Hezbollah", "Lashkar e Taiba"]
        );
        assert_eq!(found("talks in Chişinău"), vec!["Chişinău"]);
    }
}

//! Gazetteers built once from the data files, and the one-pass scan that finds their entries
//! in a text.
//!
//! Every surface form of every entry (states, their demonyms and seats, organizations, titles,
//! groups, places) goes into one Aho-Corasick automaton, so a document is scanned once
//! whatever the size of the gazetteers. Case is checked after the scan, per form: acronyms match exactly
//! ("IS" is never "is"), proper names need their capitals ("Living Together" is not "living
//! together"), lowercase forms ("envoy", "international community") match any case.

mod data;
mod scan;
mod skeleton;
pub mod words;

pub use data::{Country, GroupEntry, Org, OrgClass, Title, TitleKind};
pub use scan::{CountryForm, Entry, Hit};
pub use skeleton::skeleton;

use std::sync::LazyLock;

/// "the West Papua National Liberation Army (TPNPB)", "the Sudan People's Liberation Army
/// (SPLA)": an entry's name that capitalised words open and an acronym none of its `names`
/// closes is the end of another body's name, even after a place (the body's own name
/// introduces it; "the Colombian National Liberation Army (ELN)" stays the group).
pub fn ends_another_name<'a>(
    text: &str,
    span: crate::text::Span,
    mut names: impl Iterator<Item = &'a String>,
) -> bool {
    let Some(acronym) = text[span.end..]
        .strip_prefix(" (")
        .and_then(|rest| rest.split_once(')'))
        .map(|(a, _)| a)
        .filter(|a| (2..=8).contains(&a.len()) && a.chars().all(|c| c.is_ascii_uppercase()))
    else {
        return false;
    };
    let word = crate::text::words::last_word(text[..span.start].trim_end());
    word.starts_with(char::is_uppercase)
        && !matches!(word, "The" | "A" | "An")
        && !names.any(|n| n == acronym)
}

/// All gazetteers and the automaton over their surface forms.
pub struct Lexicon {
    pub countries: Vec<Country>,
    pub orgs: Vec<Org>,
    pub titles: Vec<Title>,
    pub groups: Vec<GroupEntry>,
    /// The date the group designations were last checked (`YYYY-MM-DD`).
    pub groups_as_of: String,
    matcher: scan::Matchers,
    forms: Vec<scan::Form>,
    skeletons: skeleton::Table,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

impl Lexicon {
    /// The lexicon built from the data files compiled into the crate.
    pub fn get() -> &'static Lexicon {
        &LEXICON
    }

    /// The titles written exactly `word`, of any kind ("Dr" an honorific, "Minister" an
    /// office).
    pub fn titles_named<'a>(&'a self, word: &'a str) -> impl Iterator<Item = &'a Title> + 'a {
        self.titles.iter().filter(move |t| t.title == word)
    }

    /// The title written exactly `word`, of kind `kind`.
    pub fn title(&self, word: &str, kind: TitleKind) -> Option<&Title> {
        self.titles
            .iter()
            .find(|t| t.title == word && t.kind == kind)
    }

    /// The title that writes out the role of `office` ("UN Secretary-General" for "UN
    /// chief"): the one name every title of that office goes by.
    pub fn office_title(&self, office: &Title) -> Option<&Title> {
        let role = office.role.as_deref()?;
        self.titles.iter().find(|t| {
            t.kind == TitleKind::Office
                && !t.plural
                && t.role == office.role
                && t.affiliation == office.affiliation
                && t.title.ends_with(role)
        })
    }

    fn build() -> Lexicon {
        let countries = data::countries(include_str!("../../data/countries.tsv"));
        let orgs = data::orgs(include_str!("../../data/organizations.tsv"));
        let titles = data::titles(include_str!("../../data/titles.tsv"));
        let (groups, groups_as_of) = data::groups(include_str!("../../data/groups.tsv"));
        let places = data::places(include_str!("../../data/places.txt"));
        let (matcher, forms) = scan::build(&countries, &orgs, &titles, &groups, &places);
        let skeletons = skeleton::Table::for_lexicon(&countries, &orgs, &groups);
        Lexicon {
            countries,
            orgs,
            titles,
            groups,
            groups_as_of,
            matcher,
            forms,
            skeletons,
        }
    }

    pub fn country_by_name(&self, name: &str) -> Option<usize> {
        self.countries.iter().position(|c| c.name == name)
    }

    pub fn org_by_name(&self, name: &str) -> Option<usize> {
        self.orgs.iter().position(|o| o.name == name)
    }

    /// Whether `name` is a news agency's or outlet's name or alias ("Xinhua", "IRNA"):
    /// a source, never a party (ANNOTATION).
    pub fn is_media(&self, name: &str) -> bool {
        self.media_named(name).is_some()
    }

    /// The outlet one of whose names `name` is ("TOI" is the Times of India).
    pub fn media_named(&self, name: &str) -> Option<&Org> {
        self.orgs.iter().find(|o| {
            o.class == data::OrgClass::Media
                && (o.name == name || o.aliases.iter().any(|a| a == name))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_load_with_consistent_references() {
        let lx = Lexicon::get();
        assert!(lx.countries.len() >= 195, "{} states", lx.countries.len());
        assert!(lx.groups.len() >= 139);
        assert!(lx.orgs.len() >= 100);
        assert!(lx.titles.len() >= 80);
        assert_eq!(lx.groups_as_of.len(), 10);
        for o in &lx.orgs {
            if let Some(a) = &o.affiliation {
                assert!(
                    lx.country_by_name(a).is_some() || lx.org_by_name(a).is_some(),
                    "{}: unknown affiliation {a}",
                    o.name
                );
            }
        }
        for t in &lx.titles {
            if let Some(a) = &t.affiliation {
                assert!(
                    lx.country_by_name(a).is_some() || lx.org_by_name(a).is_some(),
                    "{}: unknown affiliation {a}",
                    t.title
                );
            }
        }
    }
}

//! Parsing of the tab-separated data files. The files are part of the crate, so a malformed
//! row is a build mistake caught by the tests, not a user error: such rows are skipped.

use crate::report::List;

#[derive(Debug, Clone)]
pub struct Country {
    pub name: String,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
    pub seats: Vec<String>,
    /// The armed group that governs the state de facto ("Taliban" for Afghanistan).
    pub governed_by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgClass {
    Un,
    Intergovernmental,
    Ministry,
    Security,
    /// A non-state armed group on no designation list (the YPG, the Polisario Front).
    Armed,
    Collective,
    Media,
    /// A platform or a company ("Telegram", "TotalEnergies"): a party only when it speaks or
    /// is asked something, never for being posted on or operating somewhere.
    Platform,
    /// A political party: what "the party" in a later sentence points back to.
    Party,
    Other,
}

#[derive(Debug, Clone)]
pub struct Org {
    pub name: String,
    pub aliases: Vec<String>,
    pub class: OrgClass,
    /// Name of the state or organization the body belongs to.
    pub affiliation: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// A real office: "Prime Minister", "envoy".
    Office,
    /// "Mr", "Dr": marks a name, says nothing of a role.
    Honorific,
    /// "leader", "chief": a role only next to a name or an organization.
    Generic,
}

#[derive(Debug, Clone)]
pub struct Title {
    pub title: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub kind: TitleKind,
    /// "Prime Ministers", "Senators": a plural form, introducing one holder per name.
    pub plural: bool,
}

#[derive(Debug, Clone)]
pub struct GroupEntry {
    /// Display name, without the parenthesised acronym of the data file.
    pub name: String,
    pub aliases: Vec<String>,
    /// Aliases that are also ordinary words or acronyms: they need militant context.
    pub context_aliases: Vec<String>,
    pub lists: Vec<List>,
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn list(field: Option<&&str>) -> Vec<String> {
    field
        .map(|f| {
            f.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

fn opt(field: Option<&&str>) -> Option<String> {
    field.filter(|f| !f.is_empty()).map(|f| f.to_string())
}

/// The names of `data/places.txt`, one a line: cities and regions that are no state's seat.
pub fn places(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

pub fn countries(text: &str) -> Vec<Country> {
    rows(text)
        .filter(|r| !r[0].is_empty())
        .map(|r| Country {
            name: r[0].to_string(),
            aliases: list(r.get(1)),
            demonyms: list(r.get(2)),
            seats: list(r.get(3)),
            governed_by: r.get(4).filter(|g| !g.is_empty()).map(|g| g.to_string()),
        })
        .collect()
}

/// The three ways news writes the United Nations before an agency's name or description
/// ("UN refugee agency", "U.N. refugee agency", "United Nations refugee agency"): a list
/// that gives one gives all.
fn with_un_spellings(aliases: Vec<String>) -> Vec<String> {
    const SPELLINGS: [&str; 3] = ["UN ", "U.N. ", "United Nations "];
    let mut out = aliases;
    for i in 0..out.len() {
        let Some(rest) = SPELLINGS.iter().find_map(|p| out[i].strip_prefix(p)) else {
            continue;
        };
        let spelled: Vec<String> = SPELLINGS.iter().map(|p| format!("{p}{rest}")).collect();
        for s in spelled {
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

pub fn orgs(text: &str) -> Vec<Org> {
    rows(text)
        .filter(|r| !r[0].is_empty())
        .map(|r| Org {
            name: r[0].to_string(),
            aliases: with_un_spellings(list(r.get(1))),
            class: match r.get(2).copied().unwrap_or("") {
                "un" => OrgClass::Un,
                "intergovernmental" => OrgClass::Intergovernmental,
                "ministry" => OrgClass::Ministry,
                "security" => OrgClass::Security,
                "armed" => OrgClass::Armed,
                "collective" => OrgClass::Collective,
                "media" => OrgClass::Media,
                "platform" => OrgClass::Platform,
                "party" => OrgClass::Party,
                _ => OrgClass::Other,
            },
            affiliation: opt(r.get(3)),
        })
        .collect()
}

pub fn titles(text: &str) -> Vec<Title> {
    let singular: Vec<Title> = rows(text)
        .filter(|r| !r[0].is_empty())
        .map(|r| Title {
            title: r[0].to_string(),
            role: opt(r.get(1)),
            affiliation: opt(r.get(2)),
            kind: match r.get(3).copied().unwrap_or("") {
                "honorific" => TitleKind::Honorific,
                "generic" => TitleKind::Generic,
                _ => TitleKind::Office,
            },
            plural: false,
        })
        .collect();
    let plurals: Vec<Title> = singular.iter().filter_map(plural).collect();
    singular.into_iter().chain(plurals).collect()
}

/// The plural of an office or a generic title ("Prime Ministers Anwar Rahim and Lee Chen"),
/// derived rather than listed so every title has one. Only titles that end on their head
/// noun are inflected ("Chief of Army Staff" is not), and never acronyms or words already
/// ending in "s"; an abbreviation takes its "s" before the full stop, as the American press
/// writes "Reps. A and B", "Sens. C and D".
fn plural(t: &Title) -> Option<Title> {
    if let Some(stem) = t.title.strip_suffix('.') {
        let abbreviation = t.kind == TitleKind::Office
            && stem.chars().count() >= 3
            && stem.chars().all(char::is_alphabetic)
            && stem.chars().skip(1).all(char::is_lowercase)
            && !stem.ends_with('s');
        return abbreviation.then(|| Title {
            title: format!("{stem}s."),
            plural: true,
            ..t.clone()
        });
    }
    let words: Vec<&str> = t.title.split(' ').collect();
    let last = *words.last()?;
    let inflectable = t.kind != TitleKind::Honorific
        && !words
            .iter()
            .any(|w| matches!(*w, "of" | "for" | "to" | "the" | "and"))
        && last.chars().count() >= 4
        && last.chars().all(char::is_alphabetic)
        && last.chars().skip(1).any(char::is_lowercase)
        && !last.ends_with('s');
    if !inflectable {
        return None;
    }
    let stem = &t.title[..t.title.len() - last.len()];
    Some(Title {
        title: format!("{stem}{}", plural_noun(last)),
        plural: true,
        ..t.clone()
    })
}

/// The regular English plural of a noun: "-men", "-ies", "-es" or "-s".
fn plural_noun(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("man") {
        return format!("{stem}men");
    }
    let consonant_y =
        noun.ends_with('y') && !noun[..noun.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    if consonant_y {
        format!("{}ies", &noun[..noun.len() - 1])
    } else if noun.ends_with("ch") || noun.ends_with("sh") || noun.ends_with('x') {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

/// Groups and the as-of date of their designations (from the `# as_of:` header line).
pub fn groups(text: &str) -> (Vec<GroupEntry>, String) {
    let as_of = text
        .lines()
        .find_map(|l| l.strip_prefix("# as_of:"))
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or("")
        .to_string();
    let groups = rows(text)
        .filter(|r| !r[0].is_empty())
        .map(|r| {
            let raw = r[0];
            let (name, paren) = match raw.split_once(" (") {
                Some((n, rest)) => {
                    let (inside, after) = rest.split_once(')').unwrap_or((rest, ""));
                    let after = after.trim().trim_start_matches('/').trim();
                    (n.trim().to_string(), format!("{inside}/{after}"))
                }
                None => (raw.to_string(), String::new()),
            };
            let mut aliases = list(r.get(1));
            // The canonical name and its parenthesised acronyms are surface forms too.
            let mut extra = vec![name.clone()];
            extra.extend(
                paren
                    .split('/')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(String::from),
            );
            if let Some((left, right)) = name.split_once(" / ") {
                extra.push(left.to_string());
                extra.push(right.to_string());
            }
            for e in extra {
                if !aliases.contains(&e) {
                    aliases.push(e);
                }
            }
            let lists = r
                .get(2)
                .map(|l| l.split(',').filter_map(List::parse).collect())
                .unwrap_or_default();
            GroupEntry {
                name: name
                    .split_once(" / ")
                    .map_or(name.clone(), |(l, _)| l.to_string()),
                aliases,
                context_aliases: list(r.get(4)),
                lists,
            }
        })
        .collect();
    (groups, as_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agency_described_after_the_un_is_found_in_every_spelling() {
        let orgs = orgs("UNHCR\tUN refugee agency | Office of the UNHCR\tun\tUnited Nations\n");
        assert_eq!(
            orgs[0].aliases,
            [
                "UN refugee agency",
                "Office of the UNHCR",
                "U.N. refugee agency",
                "United Nations refugee agency"
            ]
        );
    }

    #[test]
    fn titles_ending_on_their_head_have_a_plural() {
        assert_eq!(plural_noun("Minister"), "Ministers");
        assert_eq!(plural_noun("Secretary"), "Secretaries");
        assert_eq!(plural_noun("spokesman"), "spokesmen");
        let titles = titles(
            "Prime Minister\tPrime Minister\t\toffice\nChief of Army Staff\tChief of Army Staff\t\toffice\nMr\t\t\thonorific\nEAM\tExternal Affairs Minister\tIndia\toffice\n",
        );
        let plurals: Vec<&str> = titles
            .iter()
            .filter(|t| t.plural)
            .map(|t| t.title.as_str())
            .collect();
        assert_eq!(plurals, ["Prime Ministers"]);
    }
}

//! The report of contract v1 (`spec/report.md` in the docs): the one shape every door returns.
//!
//! Ids are newtypes so a demand can only point at an actor and an actor's `group` only at a
//! group; categories and kinds are enums so a report cannot carry a value the contract lacks.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The contract version this crate writes.
pub const VERSION: u32 = 1;

/// A UTF-8 byte range of the analysed text together with the text it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Id of an actor within one report (`a1`, `a2`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActorId(pub u32);

/// Id of a group within one report (`g1`, `g2`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupId(pub u32);

/// Id of a demand within one report (`d1`, `d2`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DemandId(pub u32);

macro_rules! prefixed_id {
    ($ty:ident, $prefix:literal) => {
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.strip_prefix($prefix)
                    .and_then(|n| n.parse().ok())
                    .map($ty)
                    .ok_or_else(|| {
                        serde::de::Error::custom(format!(
                            concat!("expected an id like ", $prefix, "1, got {:?}"),
                            s
                        ))
                    })
            }
        }
    };
}
prefixed_id!(ActorId, "a");
prefixed_id!(GroupId, "g");
prefixed_id!(DemandId, "d");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Country,
    Person,
    Organization,
    ArmedGroup,
}

/// A designation list a group can be on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum List {
    UN,
    US,
    UK,
    EU,
    IN,
}

impl List {
    pub fn parse(code: &str) -> Option<List> {
        match code.trim() {
            "UN" => Some(List::UN),
            "US" => Some(List::US),
            "UK" => Some(List::UK),
            "EU" => Some(List::EU),
            "IN" => Some(List::IN),
            _ => None,
        }
    }
}

/// What a demand asks for; the eight categories of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Ceasefire,
    Counterterrorism,
    Justice,
    Negotiation,
    Humanitarian,
    Sanctions,
    Cooperation,
    Other,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Ceasefire,
        Category::Counterterrorism,
        Category::Justice,
        Category::Negotiation,
        Category::Humanitarian,
        Category::Sanctions,
        Category::Cooperation,
        Category::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Ceasefire => "ceasefire",
            Category::Counterterrorism => "counterterrorism",
            Category::Justice => "justice",
            Category::Negotiation => "negotiation",
            Category::Humanitarian => "humanitarian",
            Category::Sanctions => "sanctions",
            Category::Cooperation => "cooperation",
            Category::Other => "other",
        }
    }

    /// The category named as the contract writes it ("ceasefire").
    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub chars: usize,
    pub words: usize,
    pub sentences: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub id: ActorId,
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    pub affiliation: Option<ActorId>,
    pub group: Option<GroupId>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
    pub aliases: Vec<String>,
    pub lists: Vec<List>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Demand {
    pub id: DemandId,
    pub speakers: Vec<ActorId>,
    pub addressees: Vec<ActorId>,
    pub groups: Vec<GroupId>,
    pub verb: String,
    pub text: String,
    pub category: Category,
    pub quoted: bool,
    pub cameo: Option<String>,
    pub sentence: Mention,
}

/// Lookups by id, for the doors that show a report (tables, panels, the corpus).
impl Report {
    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    pub fn group(&self, id: GroupId) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The names of the groups `ids` name, in order.
    pub fn group_names(&self, ids: &[GroupId]) -> Vec<&str> {
        ids.iter()
            .filter_map(|&g| self.group(g))
            .map(|g| g.name.as_str())
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub version: u32,
    pub source: Option<String>,
    /// The analysed text, present only when it differs from the bytes given (HTML reduced,
    /// a legacy encoding or UTF-16 decoded), so offsets always index what the caller holds.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<String>,
    pub meta: Meta,
    pub actors: Vec<Actor>,
    pub groups: Vec<Group>,
    pub demands: Vec<Demand>,
}

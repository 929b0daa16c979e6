//! Actors: the parties that act or are acted on, each one entity however it is named.
//!
//! The cast is built from lexicon hits (states, organizations, groups), state organs
//! ("Pakistan's foreign ministry"), and people found from titles, speech verbs and
//! appositions. Every reference keeps the entity it resolved to, so the demand stage can pick
//! speakers and addressees by position without resolving names again.

mod bodies;
mod names;
mod people;
mod societies;
mod states;
mod titles;

use crate::groups::FoundGroup;
use crate::lexicon::words::Words;
use crate::lexicon::{Hit, Lexicon, OrgClass};
use crate::report::ActorKind;
use crate::text::Span;
use std::collections::HashMap;

/// Whether words name an armed body ("front", "militia", "rebel movement").
pub fn armed(words: &str) -> bool {
    bodies::ARMED.is_match(words)
}

pub use people::{house_state, occasion_by, MASTHEAD_LINE};

/// Whether a body's name is a legislature's ("Lok Sabha", "Senate of Pakistan"), which a
/// parliament's record calls "the House".
pub fn legislature(name: &str) -> bool {
    let heads = &Words::get().legislature_heads;
    name.split_whitespace().any(|w| heads.contains(w))
}

/// Whether a capitalised word is never a person's name ("Ministry", "Senate", "Tuesday").
pub fn never_a_name(word: &str) -> bool {
    names::never_a_name(word)
}

/// Index of an entity in [`Cast::entities`].
pub type EntityIx = usize;

/// A state body that the text names by its state ("the Afghan army").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Organ {
    ForeignMinistry,
    InteriorMinistry,
    DefenceMinistry,
    Embassy,
    Military,
    Police,
    Intelligence,
    Parliament,
}

impl Organ {
    /// Whether the organ is one of the state's ministries.
    pub fn is_ministry(self) -> bool {
        matches!(
            self,
            Organ::ForeignMinistry | Organ::InteriorMinistry | Organ::DefenceMinistry
        )
    }

    fn label(self) -> &'static str {
        match self {
            Organ::ForeignMinistry => "Foreign Ministry",
            Organ::InteriorMinistry => "Interior Ministry",
            Organ::DefenceMinistry => "Defence Ministry",
            Organ::Embassy => "Embassy",
            Organ::Military => "armed forces",
            Organ::Police => "police",
            Organ::Intelligence => "intelligence",
            Organ::Parliament => "Parliament",
        }
    }
}

/// What an entity is, independent of how the text names it: two references with one key
/// are one actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Country(usize),
    Org(usize),
    Organ(usize, Organ),
    Person(usize),
    Group(usize),
    /// A party the text only describes ("the guarantor countries", "the delegates"), or
    /// names by a word no list holds ("Al-Libi"), met as the subject of a demand.
    Described(usize),
}

/// How a reference names its entity; it decides whether the reference can be a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefForm {
    /// A name, a capital for its government, "the Afghan government".
    Name,
    /// "Afghan", "Pakistani" on their own: nationality more often than party.
    Demonym,
    /// A state or body qualifying a title ("Pakistani" in "Pakistani Prime Minister"): the
    /// person, not the state, is the party there.
    Modifier,
    /// A title standing for a person ("the envoy", "EAM"), or a surname, or a handle.
    Person,
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub key: Key,
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    pub affiliation: Option<EntityIx>,
    /// Index into `groups` of the analysis when this actor is a listed group.
    pub group: Option<usize>,
    /// Shown even when no demand involves it: a state named as such, a person, a body. A
    /// state only met as an adjective, or a group only mentioned, is not.
    pub salient: bool,
}

impl Entity {
    /// Whether the entity is a platform or an outlet ("Telegram", "Reuters"): where one
    /// speaks or is reported, never the one who speaks.
    pub fn is_channel(&self) -> bool {
        matches!(self.key, Key::Org(o) if matches!(
            Lexicon::get().orgs[o].class,
            OrgClass::Platform | OrgClass::Media
        ))
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Ref {
    pub span: Span,
    pub entity: EntityIx,
    pub form: RefForm,
}

/// All entities of a document and their references, sorted by position.
#[derive(Debug, Clone, Default)]
pub struct Cast {
    pub entities: Vec<Entity>,
    pub refs: Vec<Ref>,
    /// Each key's entity, so finding one never walks a long document's thousands.
    by_key: HashMap<Key, EntityIx>,
    /// How many entities of each numbered kind (people, described parties) there are.
    numbered: HashMap<std::mem::Discriminant<Key>, usize>,
    /// Described parties by their lowercased name.
    described: HashMap<String, EntityIx>,
    /// Entities by their name as written, and by its first and last word, in the order
    /// made: a long document's bylines and lone surnames find their person without walking
    /// its thousands of entities.
    by_name: HashMap<String, Vec<EntityIx>>,
    by_end_word: HashMap<String, Vec<EntityIx>>,
    /// References added since the last [`Cast::settle`].
    pending: Vec<Ref>,
}

impl Cast {
    pub fn entity(&mut self, key: Key) -> EntityIx {
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        let lx = Lexicon::get();
        let (name, kind, affiliation) = match key {
            Key::Country(c) => (lx.countries[c].name.clone(), ActorKind::Country, None),
            Key::Org(o) => {
                let org = &lx.orgs[o];
                let aff = org.affiliation.as_deref().and_then(|a| self.named(a));
                let kind = match org.class {
                    OrgClass::Armed => ActorKind::ArmedGroup,
                    _ => ActorKind::Organization,
                };
                (org.name.clone(), kind, aff)
            }
            Key::Organ(c, organ) => {
                let country = self.entity(Key::Country(c));
                let name = format!("{} {}", lx.countries[c].name, organ.label());
                (name, ActorKind::Organization, Some(country))
            }
            Key::Person(_) | Key::Described(_) => (String::new(), ActorKind::Person, None),
            Key::Group(g) => (lx.groups[g].name.clone(), ActorKind::ArmedGroup, None),
        };
        self.entities.push(Entity {
            key,
            name,
            kind,
            role: None,
            affiliation,
            group: None,
            salient: false,
        });
        let e = self.entities.len() - 1;
        self.by_key.insert(key, e);
        self.index_name(e);
        e
    }

    fn index_name(&mut self, e: EntityIx) {
        let name = &self.entities[e].name;
        if name.is_empty() {
            return;
        }
        self.by_name.entry(name.clone()).or_default().push(e);
        let mut words = name.split_whitespace();
        let ends = [words.next(), words.next_back()];
        for word in ends.into_iter().flatten() {
            let bucket = self.by_end_word.entry(word.to_string()).or_default();
            if bucket.last() != Some(&e) {
                bucket.push(e);
            }
        }
    }

    /// The first entity made of `kind` whose name is `name` as written.
    pub fn first_named(&self, name: &str, kind: ActorKind) -> Option<EntityIx> {
        self.by_name
            .get(name)?
            .iter()
            .copied()
            .find(|&e| self.entities[e].kind == kind)
    }

    /// The entities whose name opens or ends on `word`, in the order made.
    pub fn ending_on(&self, word: &str) -> impl Iterator<Item = EntityIx> + '_ {
        self.by_end_word.get(word).into_iter().flatten().copied()
    }

    /// The entity of a state or organization given by its gazetteer name, if the text has
    /// made one: a lookup that makes none.
    pub fn existing(&self, name: &str) -> Option<EntityIx> {
        let lx = Lexicon::get();
        let key = match lx.country_by_name(name) {
            Some(c) => Key::Country(c),
            None => Key::Org(lx.org_by_name(name)?),
        };
        self.by_key.get(&key).copied()
    }

    /// The entity of a state or organization given by its gazetteer name.
    pub fn named(&mut self, name: &str) -> Option<EntityIx> {
        let lx = Lexicon::get();
        if let Some(c) = lx.country_by_name(name) {
            return Some(self.entity(Key::Country(c)));
        }
        lx.org_by_name(name).map(|o| self.entity(Key::Org(o)))
    }

    /// A new salient entity of a kind numbered in order of appearance (people, described
    /// parties), named `name`.
    pub fn numbered(&mut self, key: fn(usize) -> Key, name: &str) -> EntityIx {
        let count = self
            .numbered
            .entry(std::mem::discriminant(&key(0)))
            .or_default();
        let n = *count;
        *count += 1;
        let e = self.entity(key(n));
        self.entities[e].name = name.to_string();
        self.entities[e].salient = true;
        self.index_name(e);
        e
    }

    /// A party known only by the phrase that names it, with that phrase as a reference
    /// (deferred: see [`Cast::settle`]). The same phrase again ("The
    /// Secretary-General … The Secretary-General") is the same party.
    pub fn described(&mut self, span: Span, name: &str, kind: ActorKind) -> EntityIx {
        let lower = name.to_lowercase();
        let known = self
            .described
            .get(&lower)
            .copied()
            .filter(|&e| self.entities[e].kind == kind);
        let e = known.unwrap_or_else(|| self.numbered(Key::Described, name));
        self.described.insert(lower, e);
        self.entities[e].kind = kind;
        self.defer_ref(span, e, RefForm::Name);
        e
    }

    /// The person holding an office no one is named holding ("The UN Special Envoy for
    /// Yemen", "the UN chief"), with `span` as a reference: the one the cast already holds
    /// for that role and body, or by that name, else a new party — shown only if it speaks
    /// or is asked unless `salient`. However the text titles an office, it is one party.
    pub fn office_holder(
        &mut self,
        span: Span,
        name: &str,
        role: &str,
        affiliation: Option<EntityIx>,
        salient: bool,
    ) -> EntityIx {
        let held = self.entities.iter().position(|x| {
            x.kind == ActorKind::Person
                && matches!(x.key, Key::Described(_))
                && x.role.as_deref() == Some(role)
                && x.affiliation == affiliation
        });
        let e = match held.or_else(|| self.first_named(name, ActorKind::Person)) {
            Some(e) => {
                self.defer_ref(span, e, RefForm::Person);
                e
            }
            None if salient => self.described(span, name, ActorKind::Person),
            None => self.described_in_passing(span, name, ActorKind::Person),
        };
        let entity = &mut self.entities[e];
        entity.role.get_or_insert_with(|| role.to_string());
        if entity.affiliation.is_none() {
            entity.affiliation = affiliation;
        }
        e
    }

    /// As [`Cast::described`], for a party the document's form names — a letterhead, a
    /// signature, a section's heading, a post's account: shown only if it speaks or is
    /// asked.
    pub fn described_in_passing(&mut self, span: Span, name: &str, kind: ActorKind) -> EntityIx {
        let e = self.described(span, name, kind);
        self.entities[e].salient = false;
        e
    }

    pub fn add_ref(&mut self, span: Span, entity: EntityIx, form: RefForm) {
        self.refs.push(Ref { span, entity, form });
    }

    /// Adds a reference that the sorted ones take in at [`Cast::settle`]: a stage reading
    /// the references while it adds some would otherwise shift the whole list per addition,
    /// which on a long document costs the square of its length.
    pub fn defer_ref(&mut self, span: Span, entity: EntityIx, form: RefForm) {
        self.pending.push(Ref { span, entity, form });
    }

    /// Takes the deferred references into the sorted ones, once.
    pub fn settle(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        self.refs.append(&mut self.pending);
        self.refs
            .sort_by_key(|r| (r.span.start, r.span.end, r.entity));
        self.refs
            .dedup_by(|a, b| a.span == b.span && a.entity == b.entity);
    }

    /// Whether any reference overlaps `span`, by binary search: references are sorted and a
    /// name is never longer than 256 bytes.
    pub fn overlapped(&self, span: Span) -> bool {
        let end = self.refs.partition_point(|r| r.span.start < span.end);
        self.refs[..end]
            .iter()
            .rev()
            .take_while(|r| r.span.start + 256 > span.start)
            .any(|r| r.span.overlaps(span))
    }

    /// The references starting at byte `at`.
    pub fn refs_starting_at(&self, at: usize) -> impl Iterator<Item = &Ref> {
        let from = self.refs.partition_point(|r| r.span.start < at);
        self.refs[from..]
            .iter()
            .take_while(move |r| r.span.start == at)
    }

    /// The references starting in `from..to`, whatever their end.
    pub fn refs_starting_in(&self, from: usize, to: usize) -> &[Ref] {
        let lo = self.refs.partition_point(|r| r.span.start < from);
        let hi = self.refs.partition_point(|r| r.span.start < to);
        &self.refs[lo..hi.max(lo)]
    }

    /// The entity of `kind` referred to most often by the references ending in `from..to`,
    /// the one named last of those named as often: the state a story is about at `to`.
    pub fn most_named(
        &self,
        from: usize,
        to: usize,
        kind: ActorKind,
        but: &[EntityIx],
    ) -> Option<EntityIx> {
        let mut counts: Vec<(EntityIx, usize)> = Vec::new();
        for r in self.refs_starting_in(from, to).iter().rev() {
            if r.span.end > to || self.entities[r.entity].kind != kind || but.contains(&r.entity) {
                continue;
            }
            match counts.iter_mut().find(|(e, _)| *e == r.entity) {
                Some((_, n)) => *n += 1,
                None => counts.push((r.entity, 1)),
            }
        }
        // Nearest first: the first of the most named is the latest.
        let most = counts.iter().map(|&(_, n)| n).max()?;
        counts.into_iter().find(|&(_, n)| n == most).map(|(e, _)| e)
    }

    /// The party a reference spanning exactly `span` names by its name ("TOI", "the Iraqi
    /// Islamic Party"), not by a demonym inside it.
    pub fn named_by(&self, span: Span) -> Option<EntityIx> {
        self.refs_in(span)
            .find(|r| r.span == span && r.form == RefForm::Name)
            .map(|r| r.entity)
    }

    /// References in `span`, in order.
    pub fn refs_in(&self, span: Span) -> impl Iterator<Item = &Ref> {
        let first = self.refs.partition_point(|r| r.span.start < span.start);
        self.refs[first..]
            .iter()
            .take_while(move |r| r.span.start < span.end)
            .filter(move |r| r.span.end <= span.end)
    }
}

/// Whether `s` overlaps one of `sorted` (sorted by start, each under 256 bytes), in
/// logarithmic time: this is asked for every word of a document.
pub(super) fn overlaps_any(sorted: &[Span], s: Span) -> bool {
    let end = sorted.partition_point(|t| t.start < s.end);
    sorted[..end]
        .iter()
        .rev()
        .take_while(|t| t.start + 256 > s.start)
        .any(|t| t.overlaps(s))
}

/// "the al-Qaeda affiliate", "the al-Qaeda-linked JNIM": a group's name that only
/// qualifies another party, which is the one that acts.
fn qualifies_another(text: &str, mention: Span) -> bool {
    let after = &text[mention.end..];
    let relations = &Words::get().group_relations;
    let hyphenated = after
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':'))
        .next()
        .filter(|w| w.starts_with('-'))
        .is_some_and(|w| relations.contains(w.to_lowercase().as_str()));
    let spaced = after
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| relations.contains(w.to_lowercase().as_str()));
    hyphenated || spaced
}

/// Builds the cast of a document. `sentences` are the analysed sentence spans; `groups`
/// the groups found, each of which becomes a (not yet salient) armed-group entity.
pub fn cast(text: &str, hits: &[Hit], sentences: &[Span], groups: &[FoundGroup]) -> Cast {
    let mut cast = Cast::default();
    // Mentions in order, a longer one before a shorter one at the same start, and the
    // furthest end before each: a mention is inside another when an earlier one reaches
    // its end ("Al Qaeda" in "Al Qaeda's North African wing").
    let mut mentioned: Vec<Span> = groups
        .iter()
        .flat_map(|g| g.mentions.iter().copied())
        .collect();
    mentioned.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let reach: Vec<usize> = std::iter::once(0)
        .chain(mentioned.iter().scan(0, |far, m| {
            *far = m.end.max(*far);
            Some(*far)
        }))
        .collect();
    let inside_another = |s: &Span| {
        let k = mentioned.partition_point(|m| {
            (m.start, std::cmp::Reverse(m.end)) < (s.start, std::cmp::Reverse(s.end))
        });
        reach[k] >= s.end
    };
    let in_a_mention = |s: &Span| reach[mentioned.partition_point(|m| m.start <= s.start)] >= s.end;
    for (gi, g) in groups.iter().enumerate() {
        let e = cast.entity(Key::Group(g.entry));
        cast.entities[e].group = Some(gi);
        for &m in &g.mentions {
            // A parent named inside its branch's name is no party of the sentence.
            if inside_another(&m) {
                continue;
            }
            let form = if qualifies_another(text, m) {
                RefForm::Modifier
            } else {
                RefForm::Name
            };
            cast.add_ref(m, e, form);
        }
    }
    let mut taken = states::add(text, hits, &mut cast);
    // A group's name of several words the groups stage turned down as the end of a longer
    // name ("the West Papua National Liberation Army (TPNPB)" is not Colombia's ELN)
    // leaves the words to a body of their own. (A lone acronym turned down, an honorific,
    // stays where the people stage reads it as one.)
    let declined: std::collections::HashSet<Span> = hits
        .iter()
        .filter(|h| matches!(h.entry, crate::lexicon::Entry::Group(..)))
        .map(|h| h.span)
        .filter(|s| !in_a_mention(s) && s.slice(text).contains(' '))
        .collect();
    taken.retain(|t| !declined.contains(t));
    taken.sort_by_key(|s| (s.start, s.end));
    let titles: Vec<Span> = hits
        .iter()
        .filter(|h| matches!(h.entry, crate::lexicon::Entry::Title(_)))
        .map(|h| h.span)
        .collect();
    // The groups' references came in group by group and the states' after them: the stages
    // below look references up by position.
    cast.refs.sort_by_key(|r| (r.span.start, r.span.end));
    bodies::experts_of_a_body(text, &mut cast);
    let societies = societies::add(text, &mut cast);
    if !societies.is_empty() {
        taken.extend(societies);
        taken.sort_by_key(|s| (s.start, s.end));
    }
    let bodies = bodies::add(text, sentences, &taken, &titles, &mut cast);
    if !bodies.is_empty() {
        taken.extend(bodies);
        taken.sort_by_key(|s| (s.start, s.end));
    }
    // "New York's Dakota Hotel", "Hong Kong police said": a place is no one's name, unless a
    // capitalised word opens the name before it ("Tasha Glasgow", "Tatiana Goma") — a word
    // of place is no name ("MP from Inner Manipur Thokchom Bidyananda").
    let place_words = &crate::lexicon::words::Words::get().place_words;
    taken.extend(
        hits.iter()
            .filter(|h| h.entry == crate::lexicon::Entry::Place)
            .filter(|h| {
                let before = &text[..h.span.start];
                let word = crate::text::words::last_word(before);
                !(before.ends_with(' ')
                    && word.starts_with(char::is_uppercase)
                    && !place_words.contains(word.to_lowercase().as_str()))
            })
            .map(|h| h.span),
    );
    taken.sort_by_key(|s| (s.start, s.end));
    people::add(text, hits, sentences, &taken, &mut cast);
    cast.refs.sort_by_key(|r| (r.span.start, r.span.end));
    cast.refs.dedup_by_key(|r| r.span);
    cast
}

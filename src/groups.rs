//! Group mentions: every spelling of a listed organization merged into one group, with the
//! designation lists of the data file. Ambiguous short forms ("IS", "HM", "JI") count only
//! as whole, case-exact words where the text speaks of militancy or names the group in full.

use crate::lexicon::words::{any_of, Words};
use crate::lexicon::{Entry, Hit, Lexicon};
use crate::text::hash::FastSet;
use crate::text::words::last_word;
use crate::text::Span;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A group found in the text: its index in the lexicon and its mentions, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundGroup {
    pub entry: usize,
    pub mentions: Vec<Span>,
}

/// Words that make an ambiguous short form a group's name rather than an ordinary word.
static MILITANT_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)\b{}\b",
        any_of(&[&Words::get().militant_context])
    ))
});

/// Gathers group mentions from the lexicon hits. `sentence_of` gives the span of the
/// sentence (or line) around a position, where context is judged.
pub fn find(text: &str, hits: &[Hit], sentence_of: impl Fn(usize) -> Span) -> Vec<FoundGroup> {
    let mut found: Vec<FoundGroup> = Vec::new();
    let mut pending: Vec<(usize, Span)> = Vec::new();
    // Where lexicon entries end: a capitalised word ending at one is a known name.
    let ends: FastSet<usize> = hits.iter().map(|h| h.span.end).collect();
    for h in hits {
        let Entry::Group(g, needs_context) = h.entry else {
            continue;
        };
        if inside_a_longer_name(text, &ends, h.span)
            || opens_a_longer_name(text, h.span)
            || crate::lexicon::ends_another_name(text, h.span, {
                let entry = &Lexicon::get().groups[g];
                std::iter::once(&entry.name)
                    .chain(&entry.aliases)
                    .chain(&entry.context_aliases)
            })
            || is_an_honorific(text, h.span)
        {
            continue;
        }
        if needs_context {
            pending.push((g, h.span));
        } else {
            push(&mut found, g, h.span);
        }
    }
    for (g, span) in pending {
        let named_in_full = found.iter().any(|f| f.entry == g);
        let sentence = sentence_of(span.start).slice(text);
        let shouting = is_shouting(text, span);
        if !shouting && (named_in_full || MILITANT_CONTEXT.is_match(sentence)) {
            push(&mut found, g, span);
        }
    }
    give_shared_names_to_the_group_named_in_full(text, &mut found);
    shared_names_by_place(text, &mut found);
    former_members_of_the_original(text, &mut found);
    acronyms_defined_in_brackets(text, &mut found);
    acronyms_defined_for_another_name(text, &mut found);
    branches_named_by_region(text, &mut found);
    parents_named_as_a_branch(text, &mut found);
    for f in &mut found {
        f.mentions.sort();
    }
    found.retain(|f| !f.mentions.is_empty());
    found.sort_by_key(|f| f.mentions[0]);
    found
}

/// "the West Papua National Liberation Army": a name of several words right after a
/// capitalised word that no list holds, inside a sentence, is the end of a longer name, not
/// the group the shorter one names (Colombia's ELN). A state or a demonym before it
/// ("Colombian National Liberation Army") only qualifies it, as an epithet of the state
/// press does ("the Takfiri Jabhat al-Nusra group"). A one-word alias is inside
/// a longer name only after a word that opens one (`group_name_openers`).
fn inside_a_longer_name(text: &str, hit_ends: &FastSet<usize>, span: Span) -> bool {
    if !text[..span.start].ends_with(' ') {
        return false;
    }
    let before = text[..span.start].trim_end();
    // "the banned Tajik group Jamaat Ansarullah": a one-word alias after a word that opens
    // a group's own name.
    if !span.slice(text).contains(' ') {
        return Words::get().group_name_openers.contains(last_word(before));
    }
    // "the Ta'ang National Liberation Army": the word before is read whole, apostrophe and
    // all; a possessive ("Colombia's") only says whose army it is.
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    if word.ends_with("'s")
        || word.ends_with("’s")
        || word.ends_with(|c: char| !c.is_alphanumeric())
    {
        return false;
    }
    let opens = before[..before.len() - word.len()].trim_end();
    let sentence_start =
        opens.is_empty() || opens.ends_with(['.', '!', '?', '\n', '"', '“', '(', ':']);
    word.starts_with(char::is_uppercase)
        && !sentence_start
        && !matches!(word, "The" | "A" | "An")
        && !Words::get().group_epithets.contains(word)
        && !hit_ends.contains(&before.len())
}

/// "the Ansarullah Bangla Team": a group's one-word alias that a capitalised word and a
/// word closing a group's name (`group_name_heads`) follow opens another group's name.
fn opens_a_longer_name(text: &str, span: Span) -> bool {
    let Some(rest) = text[span.end..].strip_prefix(' ') else {
        return false;
    };
    let mut words = rest.split(' ');
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let head = second.trim_end_matches(|c: char| !c.is_alphanumeric());
    !span.slice(text).contains(' ')
        && first.starts_with(char::is_uppercase)
        && first.chars().all(char::is_alphabetic)
        && Words::get().group_name_heads.contains(head)
}

/// "KH Ahmad Fauzan Mustofa" (Kiai Haji): a short acronym right before a given name is a
/// person's honorific, not the group the letters also stand for (Kata'ib Hizballah); so is
/// one the titles list as an honorific, before two capitalised words ("MUI chairman KH
/// Zainal Abidin Lamasitudju").
fn is_an_honorific(text: &str, span: Span) -> bool {
    let acronym = span.slice(text);
    let short = acronym.len() <= 3 && acronym.chars().all(|c| c.is_ascii_uppercase());
    let rest = text[span.end..].strip_prefix(' ').unwrap_or("");
    let mut next_words = rest.split(|c: char| !c.is_alphabetic());
    let next = next_words.next().unwrap_or("");
    let then = next_words.next().unwrap_or("");
    let words = Words::get();
    let given = words.is_given_name(next);
    let listed = || {
        let lx = Lexicon::get();
        next.starts_with(char::is_uppercase)
            && then.starts_with(char::is_uppercase)
            && lx
                .title(acronym, crate::lexicon::TitleKind::Honorific)
                .is_some()
            && lx.titles_named(next).next().is_none()
    };
    short && (given || listed())
}

/// The names two groups go by, lowercased, with the groups of each ("al-Shabaab" is the
/// Somali group's and, in Cabo Delgado, the local name of Islamic State Mozambique).
static SHARED_NAMES: LazyLock<HashMap<String, Vec<usize>>> = LazyLock::new(|| {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (g, entry) in Lexicon::get().groups.iter().enumerate() {
        let names = std::iter::once(&entry.name)
            .chain(&entry.aliases)
            .chain(&entry.context_aliases);
        for n in names {
            let groups = by_name.entry(crate::lexicon::skeleton(n)).or_default();
            if !groups.contains(&g) {
                groups.push(g);
            }
        }
    }
    by_name.retain(|_, groups| groups.len() > 1);
    by_name
});

/// A mention by a name two groups share, given as what someone is called ("the attackers,
/// known locally as “al-Shabaab”"), belongs to the group the text also names by a name of
/// its own (Islamic State Mozambique); used as a name it stays the group it names first
/// ("Al-Shabaab, which is linked to al-Qaeda").
fn given_as_a_name(text: &str, m: Span) -> bool {
    let mut from = m.start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // A line break inside the phrase reads as a space ("the group known⏎locally as").
    let before = text[from..m.start]
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let before = before.as_str();
    // "known as", "known locally as", "known simply as", "known in the region as",
    // "referred to as".
    let known_as = before
        .strip_suffix(" as")
        .is_some_and(|b| b.ends_with("referred to") || b.rsplit(' ').take(4).any(|w| w == "known"));
    before.ends_with(['"', '“', '‘', '\''])
        || known_as
        || [
            "called",
            "calls itself",
            "call themselves",
            "call",
            "calls",
            "dubbed",
            "named",
        ]
        .iter()
        .any(|w| before.ends_with(w))
}

/// A mention by a name two groups share belongs to the one the text also names by a name
/// of its own: "the attackers, known locally as al-Shabaab" in a story that names Islamic
/// State Mozambique is that group's; so it is in one that names only its parent
/// ("insurgents linked to the Islamic State group … known locally as al-Shabab"), the
/// sharing group whose name opens on the parent's being the affiliate.
fn give_shared_names_to_the_group_named_in_full(text: &str, found: &mut Vec<FoundGroup>) {
    // Compared by skeleton: "al-Shabab" is the "al-Shabaab" two groups share.
    let shared = |s: &Span| SHARED_NAMES.get(&crate::lexicon::skeleton(s.slice(text)));
    let in_full: Vec<usize> = found
        .iter()
        .filter(|f| f.mentions.iter().any(|m| shared(m).is_none()))
        .map(|f| f.entry)
        .collect();
    let mut moves: Vec<(usize, Span, usize)> = Vec::new();
    for (fi, f) in found.iter().enumerate() {
        if in_full.contains(&f.entry) {
            continue;
        }
        for m in f.mentions.iter().filter(|m| given_as_a_name(text, **m)) {
            let owner = shared(m).and_then(|gs| {
                gs.iter().find(|g| in_full.contains(g)).or_else(|| {
                    gs.iter().find(|&&g| {
                        in_full
                            .iter()
                            .any(|&p| affiliate_of(g, p) && near_or_placed(text, found, p, g, *m))
                    })
                })
            });
            if let Some(&g) = owner {
                moves.push((fi, *m, g));
            }
        }
    }
    for (fi, m, g) in moves {
        found[fi].mentions.retain(|x| *x != m);
        push(found, g, m);
    }
}

/// How far before a shared name its parent's mention still introduces it.
const PARENT_REACH: usize = 400;

/// Whether the affiliate `g` of `parent` is the one a shared name at `m` stands for: the
/// text names the affiliate's place, or names the parent just before ("insurgents linked to
/// the Islamic State group …. The insurgents, known locally as al-Shabab"). A news
/// roundup's item on Iraq names the parent far from another item's Somali "al-Shabab".
fn near_or_placed(text: &str, found: &[FoundGroup], parent: usize, g: usize, m: Span) -> bool {
    let near = found.iter().filter(|f| f.entry == parent).any(|f| {
        f.mentions
            .iter()
            .any(|p| p.end <= m.start && m.start - p.end <= PARENT_REACH)
    });
    near || {
        let lower = text.to_lowercase();
        BRANCHES
            .iter()
            .filter(|b| b.branch == g)
            .flat_map(|b| &b.places)
            .any(|place| lower.contains(place.as_str()))
    }
}

/// A group sharing a name, and the words that place it.
type Placed = (usize, Vec<String>);

/// For each name several groups share that each of them also writes with a place ("Ansar
/// al-Sharia" of "Ansar al-Sharia in Tunisia", "Ansar al-Sharia Derna", "Ansar al-Sharia in
/// Yemen"), its skeleton and each sharer with the words that place it: the place, and for a
/// state its other names, its people's and its seat's ("Tunisian", "Tunis").
static PLACED_SHARED_NAMES: LazyLock<HashMap<String, Vec<Placed>>> = LazyLock::new(|| {
    let lx = Lexicon::get();
    let mut out: HashMap<String, Vec<Placed>> = HashMap::new();
    for (key, groups) in SHARED_NAMES.iter() {
        let placed: Vec<Placed> = groups
            .iter()
            .map(|&g| (g, places_in_names(g, key)))
            .collect();
        if placed.iter().all(|(_, places)| !places.is_empty()) {
            out.insert(key.clone(), placed);
        }
    }
    // A state named as a place is also named by its people and its seat.
    for placed in out.values_mut() {
        for (_, places) in placed.iter_mut() {
            let states: Vec<&crate::lexicon::Country> = places
                .iter()
                .filter_map(|p| lx.country_by_name(p).map(|c| &lx.countries[c]))
                .collect();
            let more: Vec<String> = states
                .iter()
                .flat_map(|c| c.aliases.iter().chain(&c.demonyms).chain(&c.seats))
                .cloned()
                .collect();
            places.extend(more);
        }
    }
    out
});

/// The words after the shared name (skeleton `key`) in group `g`'s names, past "in" and
/// "the": "Tunisia" of "Ansar al-Sharia in Tunisia".
fn places_in_names(g: usize, key: &str) -> Vec<String> {
    let entry = &Lexicon::get().groups[g];
    let mut places = Vec::new();
    for name in std::iter::once(&entry.name).chain(&entry.aliases) {
        let words: Vec<&str> = name.split_whitespace().collect();
        let Some(k) =
            (1..words.len()).find(|&k| crate::lexicon::skeleton(&words[..k].join(" ")) == key)
        else {
            continue;
        };
        let rest: Vec<&str> = words[k..]
            .iter()
            .copied()
            .skip_while(|w| matches!(*w, "in" | "the"))
            .collect();
        let place = rest.join(" ");
        if !place.is_empty() && !places.contains(&place) {
            places.push(place);
        }
    }
    places
}

/// How far around a shared name the place that tells its group is looked for.
const PLACE_REACH: usize = 2_000;

/// A mention by a name several groups share, each with a place of its own ("Ansar
/// al-Sharia" in Tunisia, Benghazi, Derna and Yemen), is the group whose place the text
/// names nearest before it, else the one it names in full, else the one whose place comes
/// after it, else the one whose place it names most; a mention nothing tells is no group's.
fn shared_names_by_place(text: &str, found: &mut Vec<FoundGroup>) {
    let shared = |s: &Span| PLACED_SHARED_NAMES.get(&crate::lexicon::skeleton(s.slice(text)));
    if !found
        .iter()
        .any(|f| f.mentions.iter().any(|m| shared(m).is_some()))
    {
        return;
    }
    let in_full: Vec<usize> = found
        .iter()
        .filter(|f| f.mentions.iter().any(|m| shared(m).is_none()))
        .map(|f| f.entry)
        .collect();
    let whole = |at: usize, len: usize| {
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        edge(text[..at].chars().next_back()) && edge(text[at + len..].chars().next())
    };
    // Where a sharer's places are written in `window`, as (offset, group).
    let placed_in = |window: Span, sharers: &[Placed]| {
        let mut at: Vec<(usize, usize)> = Vec::new();
        for (g, places) in sharers {
            for p in places {
                for (i, _) in window.slice(text).match_indices(p.as_str()) {
                    if whole(window.start + i, p.len()) {
                        at.push((window.start + i, *g));
                    }
                }
            }
        }
        at.sort_unstable();
        at
    };
    // The sharer whose places the whole text names most, read once per shared name.
    let mut most_named: HashMap<String, Option<usize>> = HashMap::new();
    let mut moves: Vec<(usize, Span, Option<usize>)> = Vec::new();
    for (fi, f) in found.iter().enumerate() {
        for m in &f.mentions {
            let Some(sharers) = shared(m) else {
                continue;
            };
            let key = crate::lexicon::skeleton(m.slice(text));
            let named: Vec<usize> = sharers
                .iter()
                .map(|&(g, _)| g)
                .filter(|g| in_full.contains(g))
                .collect();
            let owner = {
                let before = Span::new(
                    crate::text::span::ceil_char(text, m.start.saturating_sub(PLACE_REACH)),
                    m.start,
                );
                let after = Span::new(
                    m.end,
                    crate::text::span::floor_char(text, m.end + PLACE_REACH),
                );
                let most = *most_named.entry(key).or_insert_with(|| {
                    let everywhere = placed_in(Span::new(0, text.len()), sharers);
                    let count = |g: usize| everywhere.iter().filter(|&&(_, o)| o == g).count();
                    let mut counts: Vec<(usize, usize)> =
                        sharers.iter().map(|&(g, _)| (count(g), g)).collect();
                    counts.sort_unstable_by(|a, b| b.cmp(a));
                    match counts[..] {
                        [(n, g), (next, _), ..] if n > next => Some(g),
                        [(n, g)] if n > 0 => Some(g),
                        _ => None,
                    }
                });
                let in_full = match named[..] {
                    [g] => Some(g),
                    _ => None,
                };
                placed_in(before, sharers)
                    .last()
                    .map(|&(_, g)| g)
                    .or(in_full)
                    .or_else(|| placed_in(after, sharers).first().map(|&(_, g)| g))
                    .or(most)
            };
            if owner != Some(f.entry) {
                moves.push((fi, *m, owner));
            }
        }
    }
    for (fi, m, owner) in moves {
        found[fi].mentions.retain(|x| *x != m);
        if let Some(g) = owner {
            push(found, g, m);
        }
    }
}

/// Each group whose names say it is another's dissidents ("FARC dissidents"), with that
/// other group: the successor and the original share a name ("FARC-EP" was the original
/// FARC's own).
static SUCCESSORS: LazyLock<Vec<(usize, usize)>> = LazyLock::new(|| {
    let lx = Lexicon::get();
    let mut out = Vec::new();
    for (g, entry) in lx.groups.iter().enumerate() {
        for alias in &entry.aliases {
            let Some(original) = alias.strip_suffix(" dissidents") else {
                continue;
            };
            let of = lx.groups.iter().position(|o| {
                std::iter::once(&o.name)
                    .chain(&o.aliases)
                    .any(|n| n == original)
            });
            if let Some(o) = of.filter(|&o| o != g) {
                out.push((g, o));
            }
        }
    }
    out
});

/// What before a successor's name says the original is meant: "former members of the
/// FARC-EP", "former FARC-EP commanders", "areas previously controlled by the FARC-EP".
static FORMER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)(?:\bformer\s+(?:(?:members|combatants|fighters|guerrillas|commanders|leaders|rebels)\s+of\s+)?(?:the\s+)?|\bpreviously\s+(?:held|controlled|occupied)\s+by\s+the\s+|\bex-)$",
    )
});

/// A successor's shared name after "former" names the original group, which signed a
/// peace and left the lists, not the dissidents who took up arms again.
fn former_members_of_the_original(text: &str, found: &mut Vec<FoundGroup>) {
    let mut moves: Vec<(usize, Span, usize)> = Vec::new();
    for (fi, f) in found.iter().enumerate() {
        let Some(&(_, original)) = SUCCESSORS.iter().find(|(g, _)| *g == f.entry) else {
            continue;
        };
        for m in &f.mentions {
            let from = crate::text::span::ceil_char(text, m.start.saturating_sub(60));
            if FORMER_BEFORE.is_match(&text[from..m.start]) {
                moves.push((fi, *m, original));
            }
        }
    }
    for (fi, m, g) in moves {
        found[fi].mentions.retain(|x| *x != m);
        push(found, g, m);
    }
}

/// Whether group `g` is an affiliate of group `parent`: one of its names opens on one of
/// the parent's, then a hyphen or a space ("ISIS-Mozambique", "Islamic State Mozambique
/// Province" of "ISIS", "Islamic State").
fn affiliate_of(g: usize, parent: usize) -> bool {
    let groups = &Lexicon::get().groups;
    let names = |e: &crate::lexicon::GroupEntry| -> Vec<String> {
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(|n| n.to_lowercase())
            .collect()
    };
    let (own, parents) = (names(&groups[g]), names(&groups[parent]));
    g != parent
        && own.iter().any(|n| {
            parents.iter().any(|p| {
                n.strip_prefix(p.as_str())
                    .is_some_and(|rest| rest.starts_with([' ', '-']))
            })
        })
}

/// The words that say two names are one group's: "…, also known as …", "(a.k.a. …".
static ALSO_KNOWN_AS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s*[,(]?\s*(?:(?:also|otherwise|better|commonly|locally|widely)\s+)?(?:known\s+as|called)\s+(?:the\s+)?$|^\s*[,(]?\s*a\.?k\.?a\.?\s+(?:the\s+)?$",
    )
});

/// "Daesh, also known as Islamic State Khorasan Province (ISKP), bombed …": a parent's name
/// that the text says is also a branch's stands for the branch there.
fn parents_named_as_a_branch(text: &str, found: &mut [FoundGroup]) {
    let mut all: Vec<(Span, usize)> = found
        .iter()
        .enumerate()
        .flat_map(|(fi, f)| f.mentions.iter().map(move |&m| (m, fi)))
        .collect();
    all.sort_by_key(|(m, _)| (m.start, m.end));
    let mut moves: Vec<(Span, usize, usize)> = Vec::new();
    for pair in all.windows(2) {
        let [(a, fa), (b, fb)] = [pair[0], pair[1]];
        if fa == fb || a.end > b.start || !ALSO_KNOWN_AS.is_match(&text[a.end..b.start]) {
            continue;
        }
        let (ea, eb) = (found[fa].entry, found[fb].entry);
        if affiliate_of(eb, ea) {
            moves.push((a, fa, fb));
        } else if affiliate_of(ea, eb) {
            moves.push((b, fb, fa));
        }
    }
    for (m, from, to) in moves {
        found[from].mentions.retain(|x| *x != m);
        found[to].mentions.push(m);
    }
}

/// A parent group's regional branch, from `data/affiliates.tsv`.
struct Branch {
    branch: usize,
    parent: usize,
    /// In lower case, matched as whole words.
    places: Vec<String>,
}

static BRANCHES: LazyLock<Vec<Branch>> = LazyLock::new(|| {
    let groups = &Lexicon::get().groups;
    let index = |name: &str| {
        groups
            .iter()
            .position(|g| g.name == name)
            .unwrap_or_else(|| panic!("affiliates.tsv: no group {name} in groups.tsv"))
    };
    include_str!("../data/affiliates.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Branch {
                branch: index(cols[0]),
                parent: index(cols[1]),
                places: cols[2]
                    .split(" | ")
                    .map(|p| p.trim().to_lowercase())
                    .collect(),
            }
        })
        .collect()
});

/// The words after a parent's name that name a branch of it: "’s North African wing", "’s
/// affiliate in Yemen".
static BRANCH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(&[&Words::get().affiliate_nouns]);
    crate::text::pattern::regex(&format!(
        r"(?i)^(?:’s|'s)\s+(?:(?:[\w-]+\s+){{1,3}}?{nouns}\b|{nouns}\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)"
    ))
});

/// The words before a parent's name that name a branch of it: "the Sahel branch of ".
static BRANCH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = any_of(&[&Words::get().affiliate_nouns]);
    crate::text::pattern::regex(&format!(
        r"(?i)\b(?:the\s+)?(?:[\w-]+\s+){{1,3}}?{nouns}\s+of\s+(?:the\s+)?$"
    ))
});

/// How far around a parent's name the words naming a branch are looked for.
const BRANCH_REACH: usize = 60;

/// "Al Qaeda's North African wing said …", "the Islamic State's West African branch", "the
/// Sahel branch of al-Qaeda": a parent named with the place of one of its branches and a
/// word for a branch names that branch, the whole phrase its mention. The parent is
/// still mentioned, inside it.
fn branches_named_by_region(text: &str, found: &mut Vec<FoundGroup>) {
    let mut moves: Vec<(usize, Span)> = Vec::new();
    for f in found.iter() {
        if !BRANCHES.iter().any(|b| b.parent == f.entry) {
            continue;
        }
        for &m in &f.mentions {
            let after = &text[m.end..crate::text::span::floor_char(text, m.end + BRANCH_REACH)];
            let before = &text
                [crate::text::span::ceil_char(text, m.start.saturating_sub(BRANCH_REACH))..m.start];
            let phrase = BRANCH_AFTER
                .find(after)
                .map(|a| (Span::new(m.start, m.end + a.end()), a.as_str()))
                .or_else(|| {
                    BRANCH_BEFORE.find(before).map(|b| {
                        (
                            Span::new(m.start - before.len() + b.start(), m.end),
                            b.as_str(),
                        )
                    })
                });
            let Some((span, words)) = phrase else {
                continue;
            };
            let words = words.to_lowercase();
            let names_place = |place: &str| {
                words.match_indices(place).any(|(at, p)| {
                    let whole =
                        |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
                    whole(words[..at].chars().next_back())
                        && whole(words[at + p.len()..].chars().next())
                })
            };
            if let Some(b) = BRANCHES
                .iter()
                .find(|b| b.parent == f.entry && b.places.iter().any(|p| names_place(p)))
            {
                moves.push((b.branch, span));
            }
        }
    }
    for (g, span) in moves {
        push(found, g, span);
    }
}

/// "Ahlu Sunnah Wa-Jama'a (ASWJ)": an acronym in brackets right after a group's name is
/// that group's in this text, wherever else the lists use it (ASWJ is also Sipah-e-Sahaba
/// Pakistan's).
fn acronyms_defined_in_brackets(text: &str, found: &mut [FoundGroup]) {
    let mut moves: Vec<(String, usize)> = Vec::new();
    for f in found.iter() {
        for m in &f.mentions {
            let Some(inner) = text[m.end..].strip_prefix(" (") else {
                continue;
            };
            let Some(close) = inner.find(')').filter(|&c| c <= MAX_ACRONYM) else {
                continue;
            };
            let acronym = &inner[..close];
            let defined_elsewhere = found
                .iter()
                .any(|o| o.entry != f.entry && o.mentions.iter().any(|x| x.slice(text) == acronym));
            if defined_elsewhere && !moves.iter().any(|(a, _)| a == acronym) {
                moves.push((acronym.to_string(), f.entry));
            }
        }
    }
    for (acronym, g) in moves {
        let mut taken = Vec::new();
        for f in found.iter_mut().filter(|f| f.entry != g) {
            f.mentions.retain(|x| {
                let same = x.slice(text) == acronym;
                if same {
                    taken.push(*x);
                }
                !same
            });
        }
        if let Some(to) = found.iter_mut().find(|f| f.entry == g) {
            to.mentions.extend(taken);
        }
    }
}

/// "the Islamic State Somalia Province (ISSP)": an acronym the text introduces in brackets
/// after a name that is none of a listed group's is that name's here, not the group's the
/// lists give it to (ISSP is also the Islamic State Sahel Province).
fn acronyms_defined_for_another_name(text: &str, found: &mut [FoundGroup]) {
    let lx = Lexicon::get();
    for f in found.iter_mut() {
        let entry = &lx.groups[f.entry];
        let names: Vec<String> = std::iter::once(&entry.name)
            .chain(&entry.aliases)
            .chain(&entry.context_aliases)
            .map(|n| n.to_lowercase())
            .collect();
        // Each acronym looked up once, however often the group is mentioned by it: the
        // look-up reads the text.
        let mut foreign: Vec<&str> = Vec::new();
        let mut checked: Vec<&str> = Vec::new();
        for m in &f.mentions {
            let acronym = m.slice(text);
            if acronym.len() < 2
                || !acronym.chars().all(|c| c.is_ascii_uppercase())
                || checked.contains(&acronym)
            {
                continue;
            }
            checked.push(acronym);
            let Some(at) = text.find(&format!(" ({acronym})")) else {
                continue;
            };
            // "the New People’s Army (NPA)": the group's own name introduces it.
            if f.mentions.iter().any(|x| x.end == at) {
                continue;
            }
            let phrase = introduced_phrase(&text[..at]);
            let initials: String = phrase
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .filter(char::is_ascii_uppercase)
                .collect();
            if initials == acronym && !names.contains(&phrase.to_lowercase()) {
                foreign.push(acronym);
            }
        }
        f.mentions.retain(|m| !foreign.contains(&m.slice(text)));
    }
}

/// The capitalised words (and their connectors) that end `before`: the name an acronym in
/// brackets after it introduces.
fn introduced_phrase(before: &str) -> &str {
    let connector = |w: &str| matches!(w, "of" | "for" | "the" | "and" | "in" | "al" | "wal");
    let mut start = before.len();
    for w in before.rsplit(' ').take(8) {
        if !(w.starts_with(|c: char| c.is_uppercase()) || connector(w)) {
            break;
        }
        start = start.saturating_sub(w.len() + 1);
    }
    let mut phrase = before[start.min(before.len())..].trim_start();
    while let Some((first, rest)) = phrase.split_once(' ') {
        if !connector(&first.to_lowercase()) {
            break;
        }
        phrase = rest;
    }
    phrase
}

/// The longest acronym [`acronyms_defined_in_brackets`] reads.
const MAX_ACRONYM: usize = 12;

fn push(found: &mut Vec<FoundGroup>, g: usize, span: Span) {
    match found.iter_mut().find(|f| f.entry == g) {
        Some(f) => f.mentions.push(span),
        None => found.push(FoundGroup {
            entry: g,
            mentions: vec![span],
        }),
    }
}

/// An acronym inside an all-capitals line ("PAKISTAN IS READY") is a word, not a group.
fn is_shouting(text: &str, span: Span) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |p| span.end + p);
    let neighbours = text[line_start..span.start]
        .split_whitespace()
        .rev()
        .take(2)
        .chain(text[span.end..line_end].split_whitespace().take(2));
    let mut words = 0;
    let mut caps = 0;
    for w in neighbours {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() >= 2 {
            words += 1;
            caps += usize::from(letters.iter().all(|c| c.is_uppercase()));
        }
    }
    words > 0 && caps == words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn groups(text: &str) -> Vec<(String, Vec<&str>)> {
        let lx = Lexicon::get();
        let hits = lx.scan(text);
        find(text, &hits, |_| Span::new(0, text.len()))
            .into_iter()
            .map(|f| {
                (
                    lx.groups[f.entry].name.clone(),
                    f.mentions.iter().map(|s| s.slice(text)).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn an_acronym_in_brackets_is_the_group_before_it() {
        let got = groups(
            "Attacks by Ahlu Sunnah Wa-Jama'a (ASWJ) in Cabo Delgado resumed. ASWJ fighters burned a school.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "ISIS-Mozambique");
        assert_eq!(got[0].1, vec!["Ahlu Sunnah Wa-Jama'a", "ASWJ", "ASWJ"]);
        // Without the brackets, ASWJ stays the group the lists give it to.
        let alone = groups("ASWJ rallied in Karachi on Friday.");
        assert!(
            alone.iter().all(|(g, _)| g != "ISIS-Mozambique"),
            "{alone:?}"
        );
    }

    #[test]
    fn an_acronym_the_text_gives_another_name_is_not_the_listed_groups() {
        let somalia = groups(
            "The Islamic State Somalia Province (ISSP) claimed the attack in Puntland. ISSP fighters fled.",
        );
        assert!(
            somalia.iter().all(|(g, _)| !g.contains("Greater Sahara")),
            "{somalia:?}"
        );
        let npa =
            groups("Members of the New People’s Army (NPA) burned two trucks. The NPA denied it.");
        assert!(
            npa.iter()
                .any(|(_, m)| m.iter().filter(|x| **x == "NPA").count() == 2),
            "{npa:?}"
        );
        let sahel =
            groups("The Islamic State Sahel Province (ISSP) attacked Menaka. ISSP fighters fled.");
        assert!(
            sahel.iter().any(|(g, m)| g.contains("Greater Sahara")
                && m.iter().filter(|x| **x == "ISSP").count() == 2),
            "{sahel:?}"
        );
    }

    #[test]
    fn a_shared_name_goes_to_the_affiliate_of_a_parent_named_in_full() {
        let got = groups(
            "Insurgents linked to the Islamic State group seized the port in 2020. The insurgents, known locally as al-Shabab, have no known links to the Somali group.",
        );
        assert!(
            got.iter()
                .any(|(g, m)| g == "ISIS-Mozambique" && *m == vec!["al-Shabab"]),
            "{got:?}"
        );
        assert!(got.iter().all(|(g, _)| g != "Al-Shabaab"), "{got:?}");
        // Whatever words stand between "known" and "as".
        for called in [
            "known simply as",
            "known in the province as",
            "referred to as",
        ] {
            let text = format!(
                "The Islamic State group claimed the raid. The insurgents, {called} al-Shabab, burned a clinic."
            );
            let got = groups(&text);
            assert!(
                got.iter()
                    .any(|(g, m)| g == "ISIS-Mozambique" && *m == vec!["al-Shabab"]),
                "{called}: {got:?}"
            );
        }
        // Far from the parent's name, the affiliate's place says which group it is.
        let filler = "Elsewhere, talks on the port authority's budget stalled again. ".repeat(8);
        let text = format!(
            "The Islamic State group claimed the raid. {filler}In Cabo Delgado, fighters known locally as al-Shabab burned a clinic."
        );
        let placed = groups(&text);
        assert!(
            placed.iter().any(|(g, _)| g == "ISIS-Mozambique"),
            "{placed:?}"
        );
        // A roundup's item on Iraq does not make another item's al-Shabab the affiliate.
        let text = format!(
            "BAGHDAD — The Islamic State group claimed a bombing in Mosul. {filler}MOGADISHU — Clan elders urged the courts to rein in the youth militia known as al-Shabab."
        );
        let roundup = groups(&text);
        assert!(
            roundup
                .iter()
                .any(|(g, m)| g == "Al-Shabaab" && *m == vec!["al-Shabab"]),
            "{roundup:?}"
        );
        assert!(
            roundup.iter().all(|(g, _)| g != "ISIS-Mozambique"),
            "{roundup:?}"
        );
        // Used as a name, not given as one, it stays the Somali group.
        let somalia = groups(
            "Al-Shabab attacked a base near Mogadishu. The Islamic State group claimed a separate attack in Puntland.",
        );
        assert!(
            somalia.iter().any(|(g, _)| g == "Al-Shabaab"),
            "{somalia:?}"
        );
        assert!(
            somalia.iter().all(|(g, _)| g != "ISIS-Mozambique"),
            "{somalia:?}"
        );
    }

    #[test]
    fn a_shared_name_in_another_spelling_goes_to_the_group_named_in_full() {
        let got = groups(
            "Islamic State Mozambique Province claimed the raid. The militants, whom locals call al-Shabab, burned the mission.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "ISIS-Mozambique");
        assert!(got[0].1.contains(&"al-Shabab"), "{got:?}");
    }

    #[test]
    fn a_name_inside_a_longer_one_is_not_that_group() {
        let papua =
            groups("Fighters of the West Papua National Liberation Army killed four workers.");
        assert_eq!(papua.len(), 1, "{papua:?}");
        assert_eq!(
            papua[0].0, "West Papua National Liberation Army",
            "not the ELN"
        );
        let eln = groups(
            "Colombia's National Liberation Army bombed a pipeline. The Colombian National Liberation Army denied it.",
        );
        assert_eq!(eln.len(), 1, "{eln:?}");
        assert_eq!(eln[0].1.len(), 2, "{eln:?}");
    }

    #[test]
    fn spellings_merge_into_one_group() {
        let got = groups("Al Qaeda, al-Qaida and Al-Qaeda fighters");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, vec!["Al Qaeda", "al-Qaida", "Al-Qaeda"]);
    }

    #[test]
    fn ambiguous_acronyms_need_context() {
        assert!(groups("The IM team said IS is fine and HM the King agreed.").is_empty());
        let got = groups("The militants of IS claimed the attack.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, vec!["IS"]);
        assert!(groups("WHY PAKISTAN IS READY FOR TERROR FIGHT").is_empty());
    }
}

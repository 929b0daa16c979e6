//! The one pipeline: bytes → text and noise → sentences → lexicon hits → groups and actors →
//! demands → report. Every door (CLI, JS, page) calls [`analyze`] or [`analyze_file`].

use crate::actors::{self, Cast, EntityIx, Key};
use crate::demands::category_model::{features_in, Model};
use crate::demands::{self, category, FoundDemand};
use crate::groups::{self, FoundGroup};
use crate::input::{self, decode, html, noise::Noise, InputError};
use crate::lexicon::words::{any_of, Words};
use crate::lexicon::Lexicon;
use crate::report::{Actor, ActorId, Demand, DemandId, Group, GroupId, Meta, Report, VERSION};
use crate::text::span::{ceil_char, floor_char};
use crate::text::{dates, insertions, quotes, sentences, spaces, words, wrap, Span};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A report and the noise it skipped (for display: the contract has no field for it).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Analysis {
    pub report: Report,
    pub noise: Vec<Noise>,
    /// The date the designation lists of `report.groups` were last checked (the header of
    /// `data/groups.tsv`): the page shows it beside the lists without holding the data.
    pub lists_as_of: String,
}

/// File kinds the analyser reads, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    /// No extension or standard input: HTML when it looks like a page.
    Sniff,
}

impl Format {
    /// The format of a file name, or the error for an extension that is not text.
    pub fn of(name: &str) -> Result<Format, InputError> {
        let ext = std::path::Path::new(name)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            None => Ok(Format::Sniff),
            Some("txt" | "text" | "md" | "markdown") => Ok(Format::Text),
            Some("html" | "htm" | "xhtml") => Ok(Format::Html),
            Some(other) => Err(InputError::Unsupported {
                extension: other.to_string(),
            }),
        }
    }

    /// Whether a file found in a folder is an article to analyse: text or HTML by its
    /// extension. A batch skips the rest rather than reporting each as an error.
    pub fn is_article(name: &str) -> bool {
        matches!(Format::of(name), Ok(Format::Text | Format::Html))
    }
}

/// Analyses UTF-8 text as given: offsets index `text` itself.
pub fn analyze(text: &str) -> Report {
    run(text, None, None, false, Categories::Learned).report
}

/// Which reading decides a demand's category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Categories {
    Rules,
    /// The rules' answer read again by the model of `category_model`.
    Learned,
}

/// Decodes and analyses a file's bytes; `name` gives the format and the report's `source`.
pub fn analyze_file(bytes: &[u8], name: Option<&str>) -> Result<Analysis, InputError> {
    read_file(bytes, name, Categories::Learned)
}

/// Analyses a file as [`analyze_file`] does, with each demand's category as the rules alone
/// give it: what `make categories` trains the learned reading on.
pub fn analyze_file_by_rules(bytes: &[u8], name: Option<&str>) -> Result<Analysis, InputError> {
    read_file(bytes, name, Categories::Rules)
}

fn read_file(
    bytes: &[u8],
    name: Option<&str>,
    categories: Categories,
) -> Result<Analysis, InputError> {
    let format = name.map_or(Ok(Format::Sniff), Format::of)?;
    let decoded = decode(bytes)?;
    let is_html = match format {
        Format::Html => true,
        Format::Text => false,
        Format::Sniff => html::sniff(&decoded.text),
    };
    if is_html {
        let page = html::to_text(&decoded.text);
        if page.text.trim().is_empty() {
            return Err(InputError::Empty);
        }
        Ok(run(&page.text, name, page.title, true, categories))
    } else {
        Ok(run(
            &decoded.text,
            name,
            None,
            decoded.transformed,
            categories,
        ))
    }
}

fn run(
    text: &str,
    source: Option<&str>,
    title: Option<String>,
    transformed: bool,
    categories: Categories,
) -> Analysis {
    let lx = Lexicon::get();
    // The stages read non-breaking spaces as spaces, a hard-wrapped text's wraps as
    // spaces and editors' bracketed insertions as plain words; the report quotes the text
    // as written, at the same offsets.
    let written = text;
    let spaced = spaces::plain(text);
    let unwrapped = wrap::unwrapped(&spaced);
    let noise = input::noise::find(&unwrapped);
    let noise_ranges: Vec<_> = noise.iter().map(Noise::range).collect();
    let read = insertions::read_through(&unwrapped);
    let text: &str = &read;
    let sents = sentences::split(text, &noise_ranges);
    let sentence_spans: Vec<Span> = sents.iter().map(|s| s.span).collect();
    let quotes = quotes::find(text);

    let in_noise = |s: Span| noise.iter().any(|n| n.start <= s.start && s.end <= n.end);
    let hits: Vec<_> = lx
        .scan(text)
        .into_iter()
        .filter(|h| !in_noise(h.span))
        .collect();
    // The spans are in order: a binary search, not a walk of the document per mention.
    let sentence_of = |at: usize| {
        sentence_spans
            .get(sentence_spans.partition_point(|s| s.end <= at))
            .copied()
            .filter(|s| s.start <= at)
            .unwrap_or(Span::new(at, at))
    };
    let found_groups = groups::find(text, &hits, sentence_of);
    let mut cast = actors::cast(text, &hits, &sentence_spans, &found_groups);
    let read = crate::text::sentences::as_read(text, &sents);
    let found_demands = demands::find(&read, &sents, &quotes, &mut cast);

    let meta = Meta {
        title: title.or_else(|| headline(written, &sentence_spans)),
        date: dates::publication_date(text),
        chars: written.chars().count(),
        words: words::count(text),
        sentences: sents.len(),
    };
    let report = assemble(
        text,
        written,
        source,
        meta,
        &cast,
        &found_groups,
        &found_demands,
        &sentence_spans,
        categories,
    );
    Analysis {
        report: Report {
            text: transformed.then(|| written.to_string()),
            ..report
        },
        noise,
        lists_as_of: lx.groups_as_of.clone(),
    }
}

/// The first line, when it reads as a headline: short, alone on its line, no full stop.
fn headline(text: &str, sentences: &[Span]) -> Option<String> {
    // The first lines standing alone: a date line ("Published: March 2, 2024"), a
    // masthead or breadcrumb ("THE NORTHERN STAR | Counties"), a letterhead in capitals
    // ("READOUT") is no headline; a short line ("Ministry of Home Affairs") gives way to
    // a longer one right after it.
    let mut lines = sentences
        .iter()
        .take(8)
        .map(|s| s.on_chars_of(text))
        .filter(|s| crate::text::span::alone_on_its_line(text, *s))
        .map(|s| s.slice(text))
        .filter(|s| !DATE_LINE.is_match(s) && !is_masthead(s));
    let first = lines.next()?;
    let words = |s: &str| s.split_whitespace().count();
    // A document's letterhead runs over several short lines ("Ministry of Foreign Affairs",
    // "Public Diplomacy Wing", "SC/16288") or names a body by its acronym ("Council for
    // Peace and Security in Central Africa (COPAX)"): the title is the first line after
    // them, before the body's first sentence.
    let letterhead = |s: &str| words(s) <= 5 || ACRONYM_LINE.is_match(s);
    let rest: Vec<&str> = lines.take(5).collect();
    let after_letterhead = || {
        rest.iter()
            .take_while(|s| !s.ends_with('.'))
            .find(|s| !letterhead(s) && words(s) >= 7)
            .copied()
    };
    let longer_next = || {
        rest.first()
            .filter(|n| words(first) <= 5 && words(n) > words(first) && !n.ends_with('.'))
            .copied()
    };
    let pick = if letterhead(first) {
        after_letterhead().or_else(longer_next).unwrap_or(first)
    } else {
        first
    };
    // "… periodic report of Tajikistan*": a footnote's mark closes no title.
    let pick = pick.trim_end_matches('*');
    (words(pick) <= 30 && pick.len() <= 250 && !pick.ends_with('.')).then(|| pick.to_string())
}

/// A site's name and section, or a letterhead: words joined by separators, or capitals;
/// or a UN document's symbol and distribution lines ("United Nations  CAT/C/TJK/CO/3",
/// "General Assembly  Distr.: General").
fn is_masthead(line: &str) -> bool {
    [" | ", " · ", " › ", " » "]
        .iter()
        .any(|sep| line.contains(sep))
        || (!line.chars().any(char::is_lowercase) && line.split_whitespace().count() <= 6)
        || DOCUMENT_SYMBOL.is_match(line)
}

/// "Distr.: General", "A/HRC/RES/34/29", "CCPR/C/TUR/CO/2": a UN document's masthead.
static DOCUMENT_SYMBOL: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"Distr\.\s*:|\b[A-Z]{1,6}(?:/[A-Z0-9.-]+){2,}"));

/// A line naming a body with its acronym, perhaps with its seat: "Steppe & Mountain
/// Security Initiative (SMSI), Almaty", "HIGH COURT OF KENYA AT NAIROBI (CRIMINAL DIVISION)".
static ACRONYM_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"\([A-Z][A-Z &-]{1,30}\)(?:,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?$")
});

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(?:published|updated|posted|last updated|date|dated)\b[^.]{0,60}$",
    )
});

static GROUP_ACTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"^(?:’s|'s)?\s*(?:\([^)]{{1,20}}\)\s*)?(?:[\w-]+\s+){{0,5}}?(?:(?:has|have|had|is|are|was|were|been|also|later|earlier|then|on \w+day)\s+)*{}\b",
        any_of(&[&Words::get().group_acts])
    ))
});
/// A claim in the passive, ending right before the group's name: the group claims.
static CLAIMED_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"(?i)\bclaimed\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")
});

/// How far before a group's name [`CLAIMED_BY`] looks.
const CLAIMED_BY_REACH: usize = 60;

static PARTY_TO_TALKS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)\b{}\b",
        any_of(&[&Words::get().party_to_talks])
    ))
});

/// Whether an armed group acts in the text: speaks, claims, or is a party to talks.
fn group_acts(text: &str, cast: &Cast, e: EntityIx, sentences: &[Span]) -> bool {
    cast.refs.iter().filter(|r| r.entity == e).any(|r| {
        if GROUP_ACTS.is_match(&text[r.span.end..]) {
            return true;
        }
        // "The attack was claimed by the terrorist organization Al-Shabaab".
        let from = floor_char(text, r.span.start.saturating_sub(CLAIMED_BY_REACH));
        if CLAIMED_BY.is_match(&text[from..r.span.start]) {
            return true;
        }
        let Some(s) = sentences
            .get(sentences.partition_point(|s| s.end < r.span.end))
            .filter(|s| s.contains(r.span))
        else {
            return false;
        };
        let window = Span::new(
            r.span.start.saturating_sub(40).max(s.start),
            (r.span.end + 40).min(s.end),
        );
        let (a, b) = (floor_char(text, window.start), ceil_char(text, window.end));
        PARTY_TO_TALKS.is_match(&text[a..b])
    })
}

/// The report of what was found in `text`, the text as read; `written` is the same text
/// as written, which mentions, verbs and evidence quote.
#[allow(clippy::too_many_arguments)]
fn assemble(
    text: &str,
    written: &str,
    source: Option<&str>,
    meta: Meta,
    cast: &Cast,
    found_groups: &[FoundGroup],
    found_demands: &[FoundDemand],
    sentences: &[Span],
    categories: Categories,
) -> Report {
    let lx = Lexicon::get();
    // Which entities become actors.
    let mut shown: Vec<bool> = cast
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| match e.key {
            Key::Group(_) => group_acts(text, cast, i, sentences),
            _ => e.salient,
        })
        .collect();
    for d in found_demands {
        for &e in d.speakers.iter().chain(&d.addressees) {
            shown[e] = true;
        }
        // "urged the Government to proscribe the IRGC": a group a listing is asked for is
        // acted on (sanctioned), a party of the story.
        if d.category == crate::report::Category::Sanctions {
            // Up to the first comma: ", months after a plot linked to Hezbollah" only tells.
            let ask = d.asked.slice(text);
            let end = ask.find(',').map_or(d.asked.end, |c| d.asked.start + c);
            for r in cast.refs_in(Span::new(d.asked.start, end)) {
                if matches!(cast.entities[r.entity].key, Key::Group(_)) {
                    shown[r.entity] = true;
                }
            }
        }
    }
    let mut mentions: HashMap<EntityIx, Vec<Span>> = HashMap::new();
    for r in &cast.refs {
        mentions.entry(r.entity).or_default().push(r.span);
    }
    // Affiliations of shown actors are shown too, so every reference resolves. A state an
    // office implies ("EAM" → India) is a party even unnamed; a body only implied (the UN
    // behind a "UN Secretary-General") is left to the person's role.
    for i in 0..cast.entities.len() {
        if shown[i] {
            let mut a = cast.entities[i].affiliation;
            while let Some(x) = a.filter(|&x| !shown[x]) {
                let named = mentions.contains_key(&x);
                if !named && !matches!(cast.entities[x].key, Key::Country(_)) {
                    break;
                }
                shown[x] = true;
                a = cast.entities[x].affiliation;
            }
        }
    }
    // Actors in order of first mention; one known only as an affiliation ("EAM" implies
    // India) comes after those the text names.
    let mut order: Vec<EntityIx> = (0..cast.entities.len()).filter(|&i| shown[i]).collect();
    order.sort_by_key(|i| {
        mentions
            .get(i)
            .map_or(Span::new(usize::MAX, usize::MAX), |m| m[0])
    });
    let actor_id: HashMap<EntityIx, ActorId> = order
        .iter()
        .enumerate()
        .map(|(n, &e)| (e, ActorId(n as u32 + 1)))
        .collect();

    let mut group_order: Vec<usize> = (0..found_groups.len()).collect();
    group_order.sort_by_key(|&g| found_groups[g].mentions[0]);
    let group_id: HashMap<usize, GroupId> = group_order
        .iter()
        .enumerate()
        .map(|(n, &g)| (g, GroupId(n as u32 + 1)))
        .collect();

    let groups = group_order
        .iter()
        .map(|&g| {
            let f = &found_groups[g];
            let entry = &lx.groups[f.entry];
            Group {
                id: group_id[&g],
                name: entry.name.clone(),
                aliases: aliases(text, &f.mentions, &entry.name),
                lists: entry.lists.clone(),
                mentions: f.mentions.iter().map(|s| s.mention(written)).collect(),
            }
        })
        .collect();

    let actors: Vec<Actor> = order
        .iter()
        .map(|&e| {
            let ent = &cast.entities[e];
            let spans = mentions.get(&e).map_or(&[][..], Vec::as_slice);
            Actor {
                id: actor_id[&e],
                name: single_spaced(&ent.name),
                kind: ent.kind,
                aliases: aliases(text, spans, &ent.name),
                role: ent.role.clone(),
                affiliation: ent.affiliation.and_then(|a| actor_id.get(&a).copied()),
                group: ent.group.and_then(|g| group_id.get(&g).copied()),
                mentions: spans.iter().map(|s| s.mention(written)).collect(),
            }
        })
        .collect();

    let demands = found_demands
        .iter()
        .enumerate()
        .map(|(n, d)| {
            let ids = |v: &[EntityIx]| v.iter().filter_map(|e| actor_id.get(e).copied()).collect();
            let mut gids: Vec<GroupId> = Vec::new();
            let mut add = |g: Option<usize>| {
                if let Some(id) = g.and_then(|g| group_id.get(&g)) {
                    if !gids.contains(id) {
                        gids.push(*id);
                    }
                }
            };
            for &e in &d.addressees {
                add(cast.entities[e].group);
            }
            let targets = Span::new(d.verb.start, d.sentence.end);
            for r in cast.refs_in(targets) {
                if let Key::Group(_) = cast.entities[r.entity].key {
                    add(cast.entities[r.entity].group);
                }
            }
            let mut demand = Demand {
                id: DemandId(n as u32 + 1),
                speakers: ids(&d.speakers),
                addressees: ids(&d.addressees),
                groups: gids,
                verb: as_read(text, written, d.verb),
                text: as_read(text, written, d.asked),
                category: d.category,
                quoted: d.quoted,
                cameo: None,
                sentence: d.sentence.mention(written),
            };
            // The learned reading sees the demand as the report gives it, as it was trained.
            if categories == Categories::Learned {
                demand.category =
                    Model::shipped().decide_hashed(&features_in(&actors, &demand), d.category);
            }
            demand.cameo = Some(category::cameo(demand.category, d.force).to_string());
            demand
        })
        .collect();

    Report {
        version: VERSION,
        source: source.map(String::from),
        text: None,
        meta,
        actors,
        groups,
        demands,
    }
}

/// What `span` says: as written ("the chanjos [vaccines] are coming"), or as read where
/// it starts or ends inside an editor's bracketed insertion ("Hamas must release …", not
/// "Hamas] must release …").
fn as_read(text: &str, written: &str, span: Span) -> String {
    let span = span.on_chars_of(written);
    let as_written = span.slice(written);
    if as_written.matches('[').count() == as_written.matches(']').count() {
        as_written.to_string()
    } else {
        single_spaced(span.slice(text))
    }
}

/// `s` with each run of whitespace one space: a name or an ask read through an editor's
/// brackets ("Joe  Biden") or across a line break.
fn single_spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The distinct ways the text writes a name, other than the name itself.
fn aliases(text: &str, spans: &[Span], name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in spans {
        let t = s.slice(text);
        if t != name && !out.iter().any(|o| o == t) {
            out.push(t.to_string());
        }
    }
    out
}

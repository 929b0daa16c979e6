//! The national Red Cross and Red Crescent societies ("the Kenya Red Cross", "the Syrian
//! Arab Red Crescent", "the Red Cross Society of Niger"): bodies of their own, each its
//! country's, which the gazetteer's "Red Cross" (the ICRC) and "Red Crescent" would
//! otherwise swallow, leaving the country as a second party of the sentence.

use super::{overlaps_any, Cast, EntityIx, Key, RefForm};
use crate::report::ActorKind;
use crate::text::Span;
use regex::Regex;
use std::sync::LazyLock;

/// The movement's emblem, with "Society" and the society's seat after it ("Red Cross
/// Society of Niger", "Red Cross of the Democratic Republic of the Congo").
static EMBLEM: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\b(Red[^\S\n]+(Cross|Crescent)(?:[^\S\n]+Society)?)(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?([A-Z]))?",
    )
});

/// Words before the emblem that name the international bodies, not a national one ("the
/// International Red Cross").
const NOT_A_COUNTRY: [&str; 3] = ["International", "Committee", "Federation"];

/// The two emblems of the movement: a bare "the Red Cross" later on is the society of the
/// same emblem.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Emblem {
    Cross,
    Crescent,
}

/// A society the text names, with the entity that stands for it.
struct Society {
    name: String,
    entity: EntityIx,
    emblem: Emblem,
}

/// The span of the state the lexicon names starting at `start` (the cast's references are
/// sorted by position here).
fn state_starting_at(cast: &Cast, start: usize) -> Option<Span> {
    cast.refs_starting_in(start, start + 1)
        .iter()
        .find(|r| matches!(cast.entities[r.entity].key, Key::Country(_)))
        .map(|r| r.span)
}

/// The span of the state the lexicon names ending at `end`.
fn state_ending_at(cast: &Cast, end: usize) -> Option<Span> {
    cast.refs_starting_in(end.saturating_sub(MAX_STATE_NAME), end)
        .iter()
        .find(|r| r.span.end == end && matches!(cast.entities[r.entity].key, Key::Country(_)))
        .map(|r| r.span)
}

/// The longest state's name or demonym the lexicon holds, in bytes.
const MAX_STATE_NAME: usize = 64;

/// Adds the societies named in `text` as bodies of their own, dropping the references
/// their names held (the emblem's listed body, the state), and returns their spans for the
/// later stages to leave alone. Where the text never names the international bodies, a
/// bare "the Red Cross" or "Red Crescent" later on is the society named before it.
pub(super) fn add(text: &str, cast: &mut Cast) -> Vec<Span> {
    if !text.contains("Red C") {
        return Vec::new();
    }
    let common = |w: &str| crate::syntax::model().is_common_word(w);
    let mut found: Vec<(Span, Emblem)> = Vec::new();
    for c in EMBLEM.captures_iter(text) {
        let emblem = c.get(1).expect("emblem");
        // The seat after "of" is a state the lexicon knows, however many words it has.
        let seat = c.get(3).and_then(|s| state_starting_at(cast, s.start()));
        let end = seat.map_or(emblem.end(), |s| s.end);
        // Before the emblem, the country a state's name or demonym gives ("Sri Lanka Red
        // Cross Society"), or a people's name ("the Kurdish Red Crescent"), "Arab" with it.
        let before = text[..emblem.start()].trim_end_matches(' ');
        let spaced = before.len() < emblem.start();
        let start = match state_ending_at(cast, before.len()).filter(|_| spaced) {
            Some(s) => Some(s.start),
            None => {
                let mut word = crate::text::words::last_word(before);
                let mut at = before.len() - word.len();
                if word == "Arab" {
                    let rest = text[..at].trim_end_matches(' ');
                    word = crate::text::words::last_word(rest);
                    at = rest.len() - word.len();
                }
                let named = state_starting_at(cast, at).is_some()
                    || (!common(word) && !NOT_A_COUNTRY.contains(&word));
                (spaced && word.starts_with(char::is_uppercase) && named).then_some(at)
            }
        };
        let start = match (start, seat) {
            (Some(s), _) => s,
            (None, Some(_)) => emblem.start(),
            (None, None) => continue,
        };
        let kind = if &c[2] == "Crescent" {
            Emblem::Crescent
        } else {
            Emblem::Cross
        };
        found.push((Span::new(start, end), kind));
    }
    if found.is_empty() {
        return Vec::new();
    }
    let spans: Vec<Span> = found.iter().map(|f| f.0).collect();
    super::bodies::absorb_states(&spans, cast);
    let mut societies: Vec<Society> = Vec::new();
    for &(span, emblem) in &found {
        let name = span.slice(text);
        let e = match societies.iter().find(|s| s.name == name) {
            Some(s) => s.entity,
            None => {
                let e = cast.numbered(Key::Described, name);
                cast.entities[e].kind = ActorKind::Organization;
                societies.push(Society {
                    name: name.to_string(),
                    entity: e,
                    emblem,
                });
                e
            }
        };
        cast.add_ref(span, e, RefForm::Name);
    }
    let international = [
        "International Committee",
        "International Federation",
        "International Red",
        "ICRC",
        "IFRC",
    ]
    .iter()
    .any(|n| text.contains(n));
    if !international {
        let first = spans[0].start;
        let mut moved = Vec::new();
        for r in cast.refs.iter_mut() {
            if r.span.start < first || overlaps_any(&spans, r.span) {
                continue;
            }
            let emblem = match r.span.slice(text) {
                "Red Cross" | "Red Cross Society" => Emblem::Cross,
                "Red Crescent" | "Red Crescent Society" => Emblem::Crescent,
                _ => continue,
            };
            if let Some(s) = societies.iter().find(|s| s.emblem == emblem) {
                moved.push(r.entity);
                r.entity = s.entity;
            }
        }
        // The listed bodies a bare emblem named, now met nowhere else, are no parties.
        moved.sort_unstable();
        moved.dedup();
        for e in moved {
            if !cast.refs.iter().any(|r| r.entity == e) {
                cast.entities[e].salient = false;
            }
        }
    }
    cast.refs.sort_by_key(|r| (r.span.start, r.span.end));
    spans
}

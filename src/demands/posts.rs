//! A log of social-media posts, as monitoring desks and live pages keep them: each post
//! under a line with its time, its platform and its account ("[12/02/2024 22:14] X -
//! Ministry of Defence @DefenceHQ"), or as a page copied from X shows it, the account's
//! name on a line over its handle ("Rachel Ashworth⏎@RAshworthFS⏎The Houthis must …").
//! What a post asks is its account's.

use crate::actors::Cast;
use crate::report::ActorKind;
use crate::text::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A post's header line: a time (with its date), the platform, a dash and the account.
static POST_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?m)^[^\S\n]*\[?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^\S\n,]*,?[^\S\n]*)?\d{1,2}[:.]\d{2}(?:[^\S\n]*(?:gmt|GMT|UTC|am|pm))?\]?[^\S\n]+(?:Telegram|X|Twitter|Facebook|Instagram|WhatsApp|TikTok|YouTube|Truth[^\S\n]+Social)[^\S\n]*[-–—:][^\S\n]*(?:Forwarded[^\S\n]+from[^\S\n]+)?(?P<account>[^\n]{2,120}?)[^\S\n]*$",
    )
});

/// The account's name in a header: up to its handle, a bracketed note or a link.
fn account_name(account: &str) -> &str {
    let end = account.find(['@', '[', '(', '|']).unwrap_or(account.len());
    account[..end].trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')')
}

/// A copied post's header: the account's name alone on a line, its handle alone on the
/// next ("Elena Torres⏎@StateDeptSpox"); a repost's "X reposted" line above it names who
/// shared it, not who wrote it.
static NAME_OVER_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?m)^[^\S\n]*(?P<account>[^\n@#:|]{2,80}?)[^\S\n]*\n[^\S\n]*@[A-Za-z0-9_]{2,30}[^\S\n]*$",
    )
});

/// The account of the post header that is the line opening at `start`, if it is one.
pub fn account_at(text: &str, start: usize) -> Option<Span> {
    let rest = &text[start..];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    if let Some(a) = POST_HEADER.captures(line).and_then(|c| c.name("account")) {
        return Some(Span::new(start + a.start(), start + a.end()));
    }
    let two_lines = rest
        .match_indices('\n')
        .nth(1)
        .map_or(rest, |(at, _)| &rest[..at]);
    let a = NAME_OVER_HANDLE
        .captures(two_lines)
        .filter(|c| c.get(0).is_some_and(|m| m.start() == 0))?
        .name("account")
        .filter(|a| named_like_an_account(a.as_str()))?;
    Some(Span::new(start + a.start(), start + a.end()))
}

/// A display name over a handle: capitalised words and their small connectors ("Ministry
/// of Foreign Affairs", "U.S. Central Command"), not a line of the page ("Follow us on X").
fn named_like_an_account(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=8).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
                || matches!(*w, "of" | "the" | "for" | "and" | "de" | "al" | "on" | "in")
        })
        && !matches!(words[0], "Follow" | "Subscribe" | "Share" | "Join")
}

/// Makes each header's account a party when no name the cast knows stands in it
/// ("Ansarullah military media channel"), so that its posts have a speaker.
pub fn refer(text: &str, cast: &mut Cast) {
    let mut made: Vec<(Span, ActorKind)> = Vec::new();
    let headers =
        POST_HEADER
            .captures_iter(text)
            .chain(NAME_OVER_HANDLE.captures_iter(text).filter(|c| {
                c.name("account")
                    .is_some_and(|a| named_like_an_account(a.as_str()))
            }));
    for c in headers {
        let Some(a) = c.name("account") else {
            continue;
        };
        let account = Span::new(a.start(), a.end());
        let known = cast.refs_in(account).next().is_some();
        let name = account_name(a.as_str());
        if known || name.is_empty() {
            continue;
        }
        made.push((
            Span::new(account.start, account.start + name.len()),
            kind_of_account(name),
        ));
    }
    for (span, kind) in made {
        cast.described_in_passing(span, span.slice(text), kind);
    }
}

/// "Rachel Ashworth" is a person's account, "U.S. Central Command" or "Kenya Red Cross" a
/// body's: two to four capitalised words, none of them an institution's word.
fn kind_of_account(name: &str) -> ActorKind {
    let words: Vec<&str> = name.split_whitespace().collect();
    let heads = &crate::lexicon::words::Words::get().institution_heads;
    let personal = (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
        && !words.iter().any(|w| heads.contains(w));
    if personal {
        ActorKind::Person
    } else {
        ActorKind::Organization
    }
}

//! A log of social-media posts, as monitoring desks and live pages keep them: each post
//! under a line with its time, its platform and its account ("[12/02/2024 22:14] X -
//! Ministry of Defence @DefenceHQ"). What a post asks is its account's.

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

/// The account of the post header that is the line opening at `start`, if it is one.
pub fn account_at(text: &str, start: usize) -> Option<Span> {
    let rest = &text[start..];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let a = POST_HEADER.captures(line)?.name("account")?;
    Some(Span::new(start + a.start(), start + a.end()))
}

/// Makes each header's account a party when no name the cast knows stands in it
/// ("Ansarullah military media channel"), so that its posts have a speaker.
pub fn refer(text: &str, cast: &mut Cast) {
    let mut made: Vec<Span> = Vec::new();
    for c in POST_HEADER.captures_iter(text) {
        let Some(a) = c.name("account") else {
            continue;
        };
        let account = Span::new(a.start(), a.end());
        let known = cast.refs_in(account).next().is_some();
        let name = account_name(a.as_str());
        if known || name.is_empty() {
            continue;
        }
        made.push(Span::new(account.start, account.start + name.len()));
    }
    for span in made {
        cast.described_in_passing(span, span.slice(text), ActorKind::Organization);
    }
}

//! Spaces other than the ASCII one: the non-breaking space of web pages and word processors
//! ("the Daily Mail fact boxes and their non-breaking spaces"), and the thin and narrow
//! spaces of typeset statements. The stages read each as ASCII spaces of the same byte
//! length, so every span found indexes the text as written. So is the acute accent that
//! some data files type for an apostrophe ("Armenia´s Foreign Ministry"): its possessive
//! reads as an ASCII one.

use std::borrow::Cow;

/// `text` with every non-breaking, thin, narrow or fixed-width space turned into as many
/// ASCII spaces as it has bytes, and a possessive written with an acute accent ("Armenia´s",
/// three bytes) into an ASCII one and a space ("Armenia's ").
pub fn plain(text: &str) -> Cow<'_, str> {
    let wide = |c: char| {
        matches!(
            c,
            '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
        )
    };
    if !text.contains(|c: char| wide(c) || c == ACUTE) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if wide(c) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else if c == ACUTE && is_possessive(text, i) {
            out.push_str("'s ");
            chars.next();
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The acute accent, which keyboards without an apostrophe key put in its place.
const ACUTE: char = '\u{b4}';

/// Whether the acute accent at `at` ends a word on a letter and opens a possessive's "s".
fn is_possessive(text: &str, at: usize) -> bool {
    let after = &text[at + ACUTE.len_utf8()..];
    text[..at].ends_with(char::is_alphabetic)
        && after.starts_with('s')
        && !after[1..].starts_with(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_spaces_read_as_ascii_ones_at_the_same_offsets() {
        let text = "The Security\u{a0}Council urged\u{202f}calm.";
        let read = plain(text);
        assert_eq!(read.len(), text.len());
        assert_eq!(read, "The Security  Council urged   calm.");
        assert!(matches!(plain("plain text"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_possessive_written_with_an_acute_accent_reads_as_an_apostrophe() {
        let text = "Armenia´s Foreign Ministry and the mission´s head; an accent ´ alone, Kraków´";
        let read = plain(text);
        assert_eq!(read.len(), text.len());
        assert!(read.starts_with("Armenia's  Foreign Ministry and the mission's  head;"));
        assert!(read.ends_with("an accent ´ alone, Kraków´"));
    }
}

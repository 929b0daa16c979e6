//! Spaces other than the ASCII one: the non-breaking space of web pages and word processors
//! ("the Daily Mail fact boxes and their non-breaking spaces"), and the thin and narrow
//! spaces of typeset statements. The stages read each as ASCII spaces of the same byte
//! length, so every span found indexes the text as written.

use std::borrow::Cow;

/// `text` with every non-breaking, thin, narrow or fixed-width space turned into as many
/// ASCII spaces as it has bytes.
pub fn plain(text: &str) -> Cow<'_, str> {
    let wide = |c: char| {
        matches!(
            c,
            '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
        )
    };
    if !text.contains(wide) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if wide(c) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
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
}

//! Words an editor restored in square brackets, mostly inside quotations ("[President
//! Joe] Biden's administration", "[Hamas] must release them", "Now [is the] time for …"):
//! the engine reads them as the words they stand for, while the report quotes the text as
//! written.

use crate::text::span::floor_char;
use std::borrow::Cow;

/// The longest insertion read through, in bytes: a few words, never a paragraph.
const MAX_INSERTION: usize = 60;

/// `text` with the brackets of each editorial insertion turned into spaces: the same
/// bytes at the same offsets, so every span found in it indexes `text` as well. An
/// insertion opens on a letter and holds no line break, other bracket or address; "[1]",
/// "[…]" and "[https://…]" are left as they are.
pub fn read_through(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut blanked: Option<Vec<u8>> = None;
    let mut at = 0;
    while let Some(open) = text[at..].find('[').map(|i| at + i) {
        at = open + 1;
        let inner = &text[at..floor_char(text, at + MAX_INSERTION + 1)];
        let Some(close) = inner
            .find([']', '[', '\n'])
            .filter(|&c| inner[c..].starts_with(']'))
        else {
            continue;
        };
        let words = &inner[..close];
        if !words.starts_with(char::is_alphabetic) || words.contains("://") {
            continue;
        }
        let out = blanked.get_or_insert_with(|| bytes.to_vec());
        out[open] = b' ';
        out[at + close] = b' ';
        at += close + 1;
    }
    match blanked {
        // Only ASCII brackets became ASCII spaces: the bytes are still UTF-8.
        Some(b) => Cow::Owned(String::from_utf8(b).expect("brackets replaced by spaces")),
        None => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insertions_are_read_through_at_the_same_offsets() {
        let text =
            "He said [President Joe] Biden's team and [Hamas] must act [1] […] [http://a.b] [ok";
        let read = read_through(text);
        assert_eq!(read.len(), text.len());
        assert_eq!(
            read,
            "He said  President Joe  Biden's team and  Hamas  must act [1] […] [http://a.b] [ok"
        );
        assert!(matches!(read_through("no brackets here"), Cow::Borrowed(_)));
    }
}

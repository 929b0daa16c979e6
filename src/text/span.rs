//! Byte spans of the analysed text.

use crate::report::Mention;

/// A half-open UTF-8 byte range `start..end` of the analysed text; both ends always fall on
/// character boundaries of the text it was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// The span without the whitespace that opens it: where a line's or a field's words
    /// begin.
    pub fn trim_start(self, text: &str) -> Span {
        let written = self.slice(text);
        Span::new(
            self.start + written.len() - written.trim_start().len(),
            self.end,
        )
    }

    /// The span without the whitespace at either end: the words of a line or a field.
    pub fn trimmed(self, text: &str) -> Span {
        let s = self.trim_start(text);
        Span::new(s.start, s.start + s.slice(text).trim_end().len())
    }

    /// The span on whole characters of `text`: a span found in the copy the stages read,
    /// where a non-breaking space is two ASCII spaces, may open or close inside it in the
    /// text as written.
    pub fn on_chars_of(self, text: &str) -> Span {
        let start = ceil_char(text, self.start);
        Span::new(start, floor_char(text, self.end).max(start))
    }

    /// What `text` (as written) says at the span, on whole characters.
    pub fn mention(self, text: &str) -> Mention {
        let s = self.on_chars_of(text);
        Mention {
            start: s.start,
            end: s.end,
            text: s.slice(text).to_string(),
        }
    }
}
/// The char boundary at or before byte `i` of `text` (`str::floor_char_boundary`, which
/// this crate's minimum Rust does not have): a window cut at a byte count stays valid.
pub fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char boundary at or after byte `i` of `text`.
pub fn ceil_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether `s` is all its line holds but blanks: a masthead's line, a heading.
pub fn alone_on_its_line(text: &str, s: Span) -> bool {
    let line_start = text[..s.start].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[s.end..].find('\n').map_or(text.len(), |p| s.end + p);
    text[line_start..s.start].trim().is_empty() && text[s.end..line_end].trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn a_trimmed_span_holds_the_words_of_its_line_and_nothing_around_them() {
        let text = "Head\n   Committee against Torture  \nNext";
        let line = Span::new(5, 35);
        assert_eq!(
            line.trim_start(text).slice(text),
            "Committee against Torture  "
        );
        assert_eq!(line.trimmed(text).slice(text), "Committee against Torture");
        let blank = Span::new(4, 5);
        assert!(blank.trimmed(text).is_empty());
    }
}

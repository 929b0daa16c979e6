//! Direct quotations: where a quoted statement starts and ends, so a demand inside one is
//! `quoted` and attributed to whoever the quotation is given to.

use super::Span;

/// Finds the quotations of a text. Curly quotes pair up as written; straight double quotes
/// toggle; single curly quotes count only where they cannot be apostrophes. A quotation left
/// open ends at the end of its paragraph, as news style continues long quotes with a fresh
/// opening mark on the next paragraph.
/// The quotation (of `quotes`, sorted and disjoint as [`find`] gives them) that holds `span`,
/// found by binary search: asked for every cue of a document.
pub fn containing(quotes: &[Span], span: Span) -> Option<Span> {
    let i = quotes.partition_point(|q| q.start <= span.start);
    i.checked_sub(1)
        .map(|i| quotes[i])
        .filter(|q| q.contains(span))
}

/// The quotations of `quotes` that open inside `within`.
pub fn opening_in(quotes: &[Span], within: Span) -> &[Span] {
    let from = quotes.partition_point(|q| q.start < within.start);
    let to = quotes.partition_point(|q| q.start < within.end);
    &quotes[from..to.max(from)]
}

pub fn find(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut prev: char = '\n';
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n).unwrap_or('\n');
        // Asked only at a quotation mark, so the Unicode tests of other characters are never
        // made.
        let at_word_start =
            || prev.is_whitespace() || matches!(prev, '(' | '[' | '{' | '—' | '–' | '-' | '/');
        let at_word_end = || !next.is_alphanumeric();
        match (open, c) {
            (_, '\n') if next == '\n' || matches!(prev, '.' | '!' | '?' | '”' | '"') => {
                if let Some((s, _)) = open.take() {
                    out.push(Span::new(s, i));
                }
            }
            (None, '“') => open = Some((i, '”')),
            (None, '"') => open = Some((i, '"')),
            (None, '«') => open = Some((i, '»')),
            (None, '„') => open = Some((i, '“')),
            (None, '‘') if at_word_start() => open = Some((i, '’')),
            (None, '\'') if at_word_start() && next.is_alphabetic() => open = Some((i, '\'')),
            (Some((s, '"')), '"') if prev.is_whitespace() && next.is_alphanumeric() => {
                // An opening mark while one is open: the old quotation ran to here.
                out.push(Span::new(s, i));
                open = Some((i, '"'));
            }
            (Some((s, close)), c)
                if c == close && (close == '"' || close == '”' || at_word_end()) =>
            {
                out.push(Span::new(s, i + c.len_utf8()));
                open = None;
            }
            (Some((s, '”')), '“') => {
                // A new opening mark before the old one closed: the old one ran to here.
                out.push(Span::new(s, i));
                open = Some((i, '”'));
            }
            _ => {}
        }
        prev = c;
    }
    if let Some((s, _)) = open {
        out.push(Span::new(s, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn curly_straight_and_single_quotes() {
        assert_eq!(
            quoted("He said, “Stop the war,” and left. She said \"no\". The ‘peace plan’ failed."),
            vec!["“Stop the war,”", "\"no\"", "‘peace plan’"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("Pakistan’s envoy and the group's leader met.").is_empty());
    }

    #[test]
    fn an_open_quote_ends_with_its_paragraph() {
        assert_eq!(
            quoted("“We call for talks.\n\nNext paragraph."),
            vec!["“We call for talks."]
        );
    }
}

//! Tokens as the treebank cuts them: words with their inner hyphens and apostrophes,
//! clitics split off ("Pakistan" + "'s", "do" + "n't"), each punctuation mark on its own,
//! handles and links whole. The tagger was trained on such tokens, so the text it tags is
//! cut the same way.

use crate::text::Span;

/// Endings the treebank writes as tokens of their own.
const CLITICS: &[&str] = &[
    "n't", "n’t", "'s", "’s", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m",
];

/// The tokens of `span`, in order.
pub fn tokenize(text: &str, span: Span) -> Vec<Span> {
    let body = span.slice(text);
    let last_dot = body.trim_end().len();
    let mut out = Vec::new();
    let mut chars = body.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let end = if c == '@' || c == '#' || body[i..].starts_with("http") {
            // Handles, hashtags and links are one token up to the next space.
            body[i..]
                .find(char::is_whitespace)
                .map_or(body.len(), |n| i + n)
        } else if c.is_alphanumeric() {
            word_end(body, i, last_dot)
        } else {
            // A run of one punctuation mark ("...", "--") is one token.
            let run = body[i..]
                .chars()
                .take_while(|&x| x == c)
                .map(char::len_utf8)
                .sum::<usize>();
            i + run
        };
        let word = &body[i..end];
        // Every clitic holds an apostrophe, and lowercasing makes none, so the other words
        // (nearly all) are never lowercased.
        let lower = word.contains(['\'', '’']).then(|| word.to_lowercase());
        let clitic = lower.and_then(|lower| {
            CLITICS
                .iter()
                .find(|cl| word.len() > cl.len() && lower.ends_with(*cl))
        });
        match clitic {
            Some(cl) => {
                let cut = end - cl.len();
                out.push(Span::new(span.start + i, span.start + cut));
                out.push(Span::new(span.start + cut, span.start + end));
            }
            None => out.push(Span::new(span.start + i, span.start + end)),
        }
        while chars.peek().is_some_and(|&(j, _)| j < end) {
            chars.next();
        }
    }
    out
}

/// Where a word starting at `i` ends: letters and digits, joined by a hyphen, an apostrophe
/// or a dot when a letter or digit follows ("al-Qaeda", "O'Brien", "U.S", "3.5"); a dot right
/// after belongs to the word ("Mr.", "U.S.") unless it ends the sentence.
fn word_end(body: &str, i: usize, last_dot: usize) -> usize {
    let mut end = i;
    let mut it = body[i..].char_indices().peekable();
    while let Some((j, c)) = it.next() {
        let next_alnum = it.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || (matches!(c, '-' | '\'' | '’' | '.') && next_alnum) {
            end = i + j + c.len_utf8();
        } else {
            break;
        }
    }
    let word = &body[i..end];
    let short = word.chars().count() <= 4 && word.chars().all(|c| c.is_alphabetic() || c == '.');
    if short
        && body[end..].starts_with('.')
        && body[end + 1..].starts_with(char::is_whitespace)
        && end + 1 < last_dot
    {
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .into_iter()
            .map(|t| t.slice(s))
            .collect()
    }

    #[test]
    fn words_clitics_and_punctuation() {
        assert_eq!(
            toks("Pakistan's envoy didn't meet al-Qaeda's men."),
            vec!["Pakistan", "'s", "envoy", "did", "n't", "meet", "al-Qaeda", "'s", "men", "."]
        );
        assert_eq!(
            toks("Mr. Khan met U.S. officials on 3.5 km of road..."),
            vec![
                "Mr.",
                "Khan",
                "met",
                "U.S.",
                "officials",
                "on",
                "3.5",
                "km",
                "of",
                "road",
                "..."
            ]
        );
        assert_eq!(
            toks("“Stop,” @DrSJaishankar wrote (see https://x.com/a)."),
            vec![
                "“",
                "Stop",
                ",",
                "”",
                "@DrSJaishankar",
                "wrote",
                "(",
                "see",
                "https://x.com/a).",
            ]
        );
    }

    #[test]
    fn offsets_are_exact_on_any_text() {
        let s = "Bogotá’s envoy — at 10:30 — said «non».";
        for t in tokenize(s, Span::new(0, s.len())) {
            assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            assert!(!t.slice(s).trim().is_empty());
        }
    }
}

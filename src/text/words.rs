//! Word-level helpers over the analysed text.

use super::Span;

/// The word starting at or after `from` (skipping spaces only, not line breaks or
/// punctuation): letters, digits and the joiners of names (`-`, `'`, `’`, and a final `.`
/// after a single capital, as in "S.").
pub fn word_at(text: &str, from: usize) -> Option<Span> {
    let rest = &text[from..];
    let lead = rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len();
    let start = from + lead;
    // ASCII letters and digits, most of any word, take a byte test each; the joiners and
    // other scripts go through the loop below.
    let ascii = text[start..]
        .bytes()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let mut end = start + ascii;
    let resume = end;
    let mut chars = text[resume..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_letter = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || (matches!(c, '-' | '\'' | '’') && end > start && next_is_letter)
        {
            end = resume + i + c.len_utf8();
        } else {
            break;
        }
    }
    if end == start {
        return None;
    }
    let word = &text[start..end];
    if word.chars().count() == 1
        && word.chars().all(char::is_uppercase)
        && text[end..].starts_with('.')
    {
        end += 1;
    }
    Some(Span::new(start, end))
}

/// The word `before` ends on, past trailing spaces (letters, digits and hyphens): the word
/// right before a position, as the rules that look one word back read it.
pub fn last_word(before: &str) -> &str {
    before
        .trim_end()
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
        .next()
        .unwrap_or("")
}

/// True when the word is capitalised ("Khan", "S.", "O'Brien").
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Counts words (runs of letters or digits).
pub fn count(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_name_joiners_and_initials() {
        let t = "S. Jaishankar met al-Baghdadi’s men";
        assert_eq!(word_at(t, 0).unwrap().slice(t), "S.");
        assert_eq!(word_at(t, 2).unwrap().slice(t), "Jaishankar");
        assert_eq!(word_at(t, 17).unwrap().slice(t), "al-Baghdadi’s");
        assert_eq!(count(t), 7);
    }
}

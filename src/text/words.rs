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

/// Where the next word that [`word_at`] would read from `from` and that opens on a capital
/// starts, before `to`; with `handles`, a word right after "@" or "#" too, whatever its
/// case. Most of a text is lower-case letters, skipped a byte at a time, so the rules that
/// look only at capitalised words do not read every word.
pub fn next_capitalised(text: &str, from: usize, to: usize, handles: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        let b = bytes[i];
        let candidate = b.is_ascii_uppercase()
            || b >= 0xC0
            || (handles
                && i > 0
                && matches!(bytes[i - 1], b'@' | b'#')
                && b.is_ascii_alphanumeric());
        if !candidate {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("a char boundary");
        let opens = (c.is_uppercase() || (handles && !b.is_ascii_uppercase() && b < 0x80))
            && (i == from || word_starts_after(&text[..i]));
        if opens {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

/// Whether a word starts right after `before`: its last char is no letter or digit, nor a
/// joiner ("-", "'", "’") that a letter or digit precedes.
fn word_starts_after(before: &str) -> bool {
    let mut back = before.chars().rev();
    match back.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('-' | '\'' | '’') => !back.next().is_some_and(char::is_alphanumeric),
        Some(_) => true,
    }
}

/// Whether `word` is written as an acronym: two letters or more and none in lower case
/// ("MSS", "U.N." is not one: its full stops are no letters, but "UN" is).
pub fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_lowercase())
}

/// Whether `word` is written in capitals, three letters or more ("CALLAGHAN", "BURGH"): a
/// transcript's surname in its speaker label.
pub fn in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !word.chars().any(char::is_lowercase)
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
    fn capitalised_words_are_found_where_word_at_reads_them() {
        let t = "met al-Baghdadi’s men, O'Brien and (Reuters) Émile @shehbaz";
        let mut at = 0;
        let mut found = Vec::new();
        while let Some(p) = next_capitalised(t, at, t.len(), false) {
            let w = word_at(t, p).expect("a word");
            found.push(w.slice(t));
            at = w.end;
        }
        assert_eq!(found, ["O'Brien", "Reuters", "Émile"]);
        let handle = next_capitalised(t, t.find('@').unwrap(), t.len(), true);
        assert_eq!(handle, Some(t.find('@').unwrap() + 1));
    }

    #[test]
    fn words_keep_name_joiners_and_initials() {
        let t = "S. Jaishankar met al-Baghdadi’s men";
        assert_eq!(word_at(t, 0).unwrap().slice(t), "S.");
        assert_eq!(word_at(t, 2).unwrap().slice(t), "Jaishankar");
        assert_eq!(word_at(t, 17).unwrap().slice(t), "al-Baghdadi’s");
        assert_eq!(count(t), 7);
    }
}

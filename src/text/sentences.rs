//! Sentence segmentation that survives abbreviations, initials, quotations and headlines
//! without a full stop, over the text outside noise.

use super::Span;
use crate::lexicon::words::Words;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index of the paragraph (line block) the sentence belongs to.
    pub paragraph: usize,
}

/// Whether a sentence ends on a full stop, a question or exclamation mark, inside its
/// closing quotation mark or outside it: a crosshead, quoted or not ("They need to talk"),
/// has none.
pub fn ends_on_a_stop(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\''))
        .ends_with(['.', '!', '?'])
}

/// Whether a sentence ends as running text does, on a full stop, a question or exclamation
/// mark or a closing quote: a headline, often in title case, does not.
pub fn ends_as_running_text(sentence: &str) -> bool {
    sentence
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', '’'])
}

/// Whether a line is a headline written in title case ("Rival Institutions Must Agree
/// Budget, Special Representative Tells Council"): no full stop at its end, and every word
/// of three letters or more capitalised but the conjunctions and articles title case
/// leaves small, so capitals there prove no name. A line of a title and a name
/// ("Spokesperson: Ambassador Saima Qazi") is too short to be one.
pub fn title_cased(line: &str) -> bool {
    if ends_as_running_text(line) {
        return false;
    }
    // A hyphenated compound is one word ("Okonkwo-Reyes", "Secretary-General"): a
    // signature line of a name and an office ("Lucas Okonkwo-Reyes, Spokesperson for the
    // Secretary-General") is too short to be a headline. "al-Qaeda" counts as capitalised.
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .filter(|w| {
            !matches!(
                *w,
                "and" | "the" | "for" | "nor" | "but" | "yet" | "via" | "per"
            )
        })
        .collect();
    let capitalised = |w: &&str| {
        w.starts_with(char::is_uppercase)
            || w.rsplit('-')
                .next()
                .is_some_and(|last| last.starts_with(char::is_uppercase))
    };
    words.len() >= 6 && words.iter().all(capitalised)
}

/// The text as the rules read it: in each title-case headline ("US Urges Pakistan To Act
/// Against Terror Groups") the prepositions and "and", "or", "not", "upon" are put in lower
/// case, as running text writes them, so that the rules that need "to", "for" or "against"
/// after a verb of asking find them (articles keep their capitals: "The Lagos Courier" is a
/// name). ASCII letters only, so every offset stays that of the text, which is untouched.
pub fn as_read<'t>(text: &'t str, sentences: &[Sentence]) -> std::borrow::Cow<'t, str> {
    let titles: Vec<Span> = sentences
        .iter()
        .map(|s| s.span)
        .filter(|s| title_cased(s.slice(text)))
        .collect();
    if titles.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let w = Words::get();
    let mut bytes = text.as_bytes().to_vec();
    for span in titles {
        let mut at = span.start;
        // The first word keeps its capital, as a title's does ("To the Commission:").
        for (i, word) in span.slice(text).split(' ').enumerate() {
            let lower = word.to_ascii_lowercase();
            let small = w.prepositions.contains(&lower)
                || matches!(lower.as_str(), "and" | "or" | "not" | "upon");
            if small && i > 0 {
                bytes[at..at + word.len()].make_ascii_lowercase();
            }
            at += word.len() + 1;
        }
    }
    std::borrow::Cow::Owned(String::from_utf8(bytes).expect("ASCII case changes keep UTF-8"))
}

/// Splits `text` into sentences, skipping the `noise` spans (sorted, disjoint).
pub fn split(text: &str, noise: &[Range<usize>]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut cursor = 0usize;
    for gap in noise
        .iter()
        .chain(std::iter::once(&(text.len()..text.len())))
    {
        if gap.start > cursor {
            split_segment(text, cursor..gap.start, &mut paragraph, &mut out);
        }
        cursor = cursor.max(gap.end);
    }
    out
}

fn split_segment(text: &str, seg: Range<usize>, paragraph: &mut usize, out: &mut Vec<Sentence>) {
    let bytes = text.as_bytes();
    let mut start = seg.start;
    let mut line_start = seg.start;
    let mut i = seg.start;
    while i < seg.end {
        let b = bytes[i];
        if b == b'\n' {
            let blank = next_non_space(text, i + 1, seg.end).is_none_or(|(_, c)| c == '\n');
            let prev = prev_non_space(text, seg.start, i);
            let continues = !blank
                && prev.is_some_and(|c| !".!?:”\"’;".contains(c))
                && next_non_space(text, i + 1, seg.end).is_some_and(|(_, c)| c.is_lowercase());
            if !continues {
                push(text, start, i, *paragraph, out);
                // A blank line between paragraphs ends one paragraph, not two.
                if !text[line_start..i].trim().is_empty() {
                    *paragraph += 1;
                }
                start = i + 1;
            }
            line_start = i + 1;
            i += 1;
            continue;
        }
        // "KABUL REJECTS CHARGE Mawlawi Hamidullah Saqib …", "'We need answers' Jammu and
        // Kashmir's Chief Minister …": a sub-head a flattened page ran into the paragraph
        // under it ends where a capitalised word of small letters opens that paragraph.
        if b == b' ' && i - start <= MAX_HEADING && glued_heading(text, start, i) {
            push(text, start, i, *paragraph, out);
            start = i + 1;
            i += 1;
            continue;
        }
        if matches!(b, b'.' | b'!' | b'?')
            || (text.is_char_boundary(i) && text[i..].starts_with('…'))
        {
            let len = if b < 0x80 { 1 } else { '…'.len_utf8() };
            let mut end = i + len;
            // Closing quotes and brackets belong to the sentence they close.
            while end < seg.end {
                match text[end..].chars().next() {
                    Some(c) if "”\"’')]".contains(c) || (c == '.' && b == b'.') => {
                        end += c.len_utf8()
                    }
                    _ => break,
                }
            }
            if is_boundary(text, i, end, seg.end) {
                push(text, start, end, *paragraph, out);
                start = end;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push(text, start, seg.end, *paragraph, out);
}

/// The longest sub-head [`glued_heading`] reads, in bytes.
const MAX_HEADING: usize = 80;

/// Whether the words from `start` to the space at `at` are a sub-head run into the next
/// sentence: three or more words in capitals (one of four letters or more), or a short
/// quotation with no punctuation inside, and after the space a capitalised word of small
/// letters.
fn glued_heading(text: &str, start: usize, at: usize) -> bool {
    let mut next = text[at + 1..].chars();
    let opens =
        next.next().is_some_and(char::is_uppercase) && next.next().is_some_and(char::is_lowercase);
    if !opens {
        return false;
    }
    let head = text[start..at].trim();
    let words = || head.split_whitespace();
    let count = words().count();
    // A transcript's label in capitals ("FOREIGN MINISTER AL-SAFFAR:") ends on its colon.
    // Two words in capitals may be acronyms opening a name ("UN OCHA Director …").
    let capitals = count >= 3
        && head.ends_with(char::is_alphabetic)
        && words().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        && words().all(|w| {
            w.chars().any(char::is_alphabetic)
                && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        });
    let inner = head
        .strip_prefix(['\'', '‘', '"', '“'])
        .and_then(|h| h.strip_suffix(['\'', '’', '"', '”']));
    let quoted = (2..=8).contains(&count)
        && inner.is_some_and(|q| !q.contains(['.', ',', '!', '?', ';', ':', '"', '“', '”']));
    capitals || quoted
}

fn is_boundary(text: &str, dot: usize, end: usize, seg_end: usize) -> bool {
    let rest = &text[end..seg_end];
    let after_space = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    if after_space.len() == rest.len() && !rest.is_empty() && !rest.starts_with('\n') {
        // "3.5", "U.S.-led", "…said.https" are not boundaries; "the attack.The minister",
        // "Will Pakistan Act?In a statement" are, as paragraphs joined by a scraper leave
        // them: a word, then a capital and a small letter.
        return glued(text, dot, rest);
    }
    let next = match after_space.chars().next() {
        None | Some('\n') => return true,
        Some(c) => c,
    };
    if !(next.is_uppercase() || next.is_ascii_digit() || "“\"‘'([—–-@#".contains(next)) {
        return false;
    }
    if text.as_bytes()[dot] != b'.' {
        return true;
    }
    let word_start = text[..dot]
        .rfind(|c: char| c.is_whitespace() || "(“\"‘/".contains(c))
        .map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..dot];
    let lower = word.to_lowercase();
    let next_word: &str = after_space
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let lists = Words::get();
    // A month abbreviation ends a sentence only when no day number follows.
    let month = lists
        .month_abbreviations
        .iter()
        .any(|m| m.eq_ignore_ascii_case(&lower));
    if month || lower == "no" || lower == "nos" || lower == "art" {
        return !next.is_ascii_digit();
    }
    if lists.abbreviations.contains(&lower) {
        return false;
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = word.contains('.') && word.chars().all(|c| c == '.' || c.is_uppercase());
    if single_initial {
        return false;
    }
    if dotted {
        return lists.sentence_starters.contains(next_word);
    }
    true
}

/// Whether the punctuation at `dot`, with `rest` right after it and no space between, ends
/// one sentence glued to the next: a word of two letters or more that is no abbreviation
/// ends before it, and a capitalised word of small letters opens after it.
fn glued(text: &str, dot: usize, rest: &str) -> bool {
    let mut after = rest.chars();
    let opens = after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase);
    let word = text[..dot]
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.' && c != '-')
        .next()
        .unwrap_or("");
    opens
        && word.chars().count() >= 2
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !Words::get().abbreviations.contains(&word.to_lowercase())
}

fn push(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let trimmed = s.trim_start();
    let lead = s.len() - trimmed.len();
    let body = trimmed.trim_end();
    if body.chars().any(char::is_alphanumeric) {
        out.push(Sentence {
            span: Span::new(start + lead, start + lead + body.len()),
            paragraph,
        });
    }
}

fn next_non_space(text: &str, from: usize, to: usize) -> Option<(usize, char)> {
    text[from..to]
        .char_indices()
        .find(|&(_, c)| c == '\n' || !c.is_whitespace())
        .map(|(i, c)| (from + i, c))
}

fn prev_non_space(text: &str, from: usize, to: usize) -> Option<char> {
    text[from..to].chars().rev().find(|c| !c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, &[])
            .into_iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn a_paragraph_is_a_block_of_lines_whatever_the_blank_lines_between() {
        let text = "The EU condemns the attack. It calls for calm.\n\nThose responsible must answer.\n\n\nA headline\nA line under it.";
        let paragraphs: Vec<usize> = split(text, &[]).iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 0, 1, 2, 3]);
    }

    #[test]
    fn sentences_a_scraper_glued_together_split() {
        let text = "The attack killed 12 soldiers.India asked Pakistan to act.Will Pakistan Act?In a statement, Mr.Khan of the U.S.-led force spoke to CNN.com on 3.5 hours' notice.";
        assert_eq!(
            sentences(text),
            vec![
                "The attack killed 12 soldiers.",
                "India asked Pakistan to act.",
                "Will Pakistan Act?",
                "In a statement, Mr.Khan of the U.S.-led force spoke to CNN.com on 3.5 hours' notice."
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        let text = "Dr. Ali met Mr. S. Jaishankar on Dec. 4 in the U.S. capital. No. 10 said U.N. envoys agreed. The talks ended.";
        assert_eq!(
            sentences(text),
            vec![
                "Dr. Ali met Mr. S. Jaishankar on Dec. 4 in the U.S. capital.",
                "No. 10 said U.N. envoys agreed.",
                "The talks ended."
            ]
        );
    }

    #[test]
    fn headlines_and_quotes() {
        let text = "Russia, China Urge Taliban To Cut Ties\nThe envoy said: “Stop the fighting.” Then he left!\n\nIs this over? Nobody knows";
        assert_eq!(
            sentences(text),
            vec![
                "Russia, China Urge Taliban To Cut Ties",
                "The envoy said: “Stop the fighting.”",
                "Then he left!",
                "Is this over?",
                "Nobody knows"
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "The council called for\nrestraint by all sides.";
        assert_eq!(
            sentences(text),
            vec!["The council called for\nrestraint by all sides."]
        );
    }

    #[test]
    fn a_title_case_headline_is_six_capitalised_words_a_hyphen_joining_two_into_one() {
        assert!(title_cased(
            "Russia, China Urge Taliban To Cut Ties With Terror Groups"
        ));
        assert!(title_cased(
            "US Strikes al-Qaeda Camps In Yemen After Embassy Attack"
        ));
        assert!(!title_cased(
            "Lucas Okonkwo-Reyes, Spokesperson for the Secretary-General"
        ));
        assert!(!title_cased("The envoy urged both sides to talk."));
    }

    #[test]
    fn a_sub_head_run_into_its_paragraph_ends_before_it() {
        let flat = "The talks broke down. KABUL REJECTS CHARGE Mawlawi Hamidullah Saqib urged Islamabad to talk. 'We need answers' Jammu and Kashmir's Chief Minister condemned the attack.";
        assert_eq!(
            sentences(flat),
            vec![
                "The talks broke down.",
                "KABUL REJECTS CHARGE",
                "Mawlawi Hamidullah Saqib urged Islamabad to talk.",
                "'We need answers'",
                "Jammu and Kashmir's Chief Minister condemned the attack."
            ]
        );
        // A label in capitals keeps its line; an acronym opens a sentence as any word does.
        let labels = "FOREIGN MINISTER SAFFAR: We call on the Council to act. UN OCHA Director Tom Ellis said aid must reach Gaza.";
        assert_eq!(sentences(labels).len(), 2);
    }

    #[test]
    fn noise_is_skipped_and_splits() {
        let text = "Calm urged.https://t.co/x — A (@a) May 1, 2020\nNext one.";
        let noise = text.find("https").unwrap()..text.find('\n').unwrap();
        let got: Vec<&str> = split(text, std::slice::from_ref(&noise))
            .into_iter()
            .map(|s| s.span.slice(text))
            .collect();
        assert_eq!(got, vec!["Calm urged.", "Next one."]);
    }
}

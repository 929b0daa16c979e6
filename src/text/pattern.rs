//! Compiling the engine's regular expressions.
//!
//! Word boundaries are ASCII: a Unicode `\b` makes the regex crate leave its fast lazy DFA
//! for a slow NFA simulation whenever the text holds a non-ASCII byte — a curly quote is
//! enough — and the keywords these patterns look for are all ASCII anyway.
//!
//! Word characters are the Latin script's and digits are ASCII: a Unicode `\w` is a table
//! of every script's letters, and a pattern repeating it (`[\w'-]{1,60}`, `(?:\w+\s+){0,5}`)
//! compiled to an automaton thousands of states large. The engine's 150 patterns took
//! 126 ms to compile at every start of the command line and of the page's worker, a
//! quarter of the time of a megabyte of news; the names of English news are written in
//! Latin letters (Öcalan, İmralı, Bogotá), which the class keeps.

use crate::text::span::{ceil_char, floor_char};
use regex::{Captures, Regex};

/// `\w` for the engine: ASCII letters, digits and the underscore, the Latin-1 and Latin
/// Extended letters, and combining accents.
const WORD: &str = r"0-9A-Za-z_À-ÖØ-öø-ɏ\x{300}-\x{36F}";

/// Compiles a pattern of the engine's own, with ASCII word boundaries and Latin word
/// characters.
///
/// Panics on an invalid pattern: patterns are constants of this crate, and the tests
/// compile every one of them. A control character is refused too: it is what an escape
/// such as `\b` becomes when a pattern is pasted through a string that interprets it, and
/// the pattern would then quietly never match. So is a Unicode property class (`\p{Lu}`):
/// the builds leave the crate's general-category tables out, while the tests' build,
/// where proptest turns them on, would compile it.
pub fn regex(pattern: &str) -> Regex {
    assert!(
        !pattern.contains(|c: char| c.is_control() && c != '\n' && c != '\t'),
        "pattern {pattern:?} holds a control character"
    );
    assert!(
        !pattern.contains(r"\p{") && !pattern.contains(r"\P{"),
        "pattern {pattern:?} holds a Unicode property class, which builds do not compile"
    );
    Regex::new(&rewrite(pattern)).unwrap_or_else(|e| panic!("pattern {pattern}: {e}"))
}

/// The matches of `re` in `text`, in order and not overlapping, for a pattern every match
/// of which holds a match of `gate` and runs at most `back` bytes before it and `ahead`
/// bytes after it.
///
/// A pattern that opens on words found everywhere ("the", any capitalised word) but needs
/// a rare one ("calling itself", "(UNAMA)") gives the regex crate no rare literal to skip
/// ahead to: run over a whole text, its automaton starts a match at every common word.
/// Searched only around the rare words, the same matches cost a fraction of that.
pub fn gated_captures<'t>(
    re: &Regex,
    gate: &Regex,
    text: &'t str,
    back: usize,
    ahead: usize,
) -> Vec<Captures<'t>> {
    let mut out: Vec<Captures<'t>> = Vec::new();
    let mut done = 0;
    for g in gate.find_iter(text) {
        if g.end() <= done {
            continue;
        }
        let from = floor_char(text, g.start().saturating_sub(back)).max(done);
        // The window ends past a whole word, so that no boundary is found inside one.
        let mut to = ceil_char(text, (g.end() + ahead).min(text.len()));
        to += text[to..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(text.len() - to);
        let hay = &text[..to];
        let mut at = from;
        while let Some(c) = re.captures_at(hay, at) {
            let m = c.get(0).expect("a match");
            // A match past this rare word is the next one's to find, with its own window.
            if m.start() > g.start() {
                break;
            }
            done = m.end();
            at = if m.is_empty() {
                ceil_char(text, m.end() + 1)
            } else {
                m.end()
            };
            let covers = m.end() >= g.end();
            out.push(c);
            if covers || at >= hay.len() {
                break;
            }
        }
    }
    out
}

/// The pattern with `\b`, `\w`, `\W` and `\d` narrowed as the module says; a class written
/// for bytes already (`(?-u:\w)`) is kept. Inside brackets the class nests (`[\w'-]` →
/// `[[…]'-]`), which the regex syntax allows.
fn rewrite(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(next) = chars.next() else {
            out.push(c);
            break;
        };
        let ascii_already = out.ends_with("(?-u:");
        match next {
            'b' if !ascii_already => out.push_str(r"(?-u:\b)"),
            'w' if !ascii_already => out.push_str(&format!("[{WORD}]")),
            'W' if !ascii_already => out.push_str(&format!("[^{WORD}]")),
            'd' if !ascii_already => out.push_str("[0-9]"),
            _ => {
                out.push(c);
                out.push(next);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_classes_are_latin_and_boundaries_ascii() {
        let re = regex(r"[\w’'-]+");
        let found: Vec<&str> = re
            .find_iter("İmralı, Öcalan’s, Bogotá, Москва")
            .map(|m| m.as_str())
            .collect();
        assert_eq!(found, ["İmralı", "Öcalan’s", "Bogotá"]);
        assert!(regex(r"^\d+$").is_match("2024"));
        assert!(!regex(r"^\d+$").is_match("٢٠٢٤"));
        assert!(regex(r"(?:^|\W)we\s").is_match("so we act"));
    }

    #[test]
    #[should_panic(expected = "control character")]
    fn a_pattern_holding_a_control_character_is_refused() {
        regex("(?:began|went)\u{8}");
    }

    #[test]
    fn gated_search_finds_what_the_whole_search_finds() {
        let re = regex(r"\b(?:[Aa]n?|[Tt]he)\s+(?:\w+\s+){0,2}?group\s+calling\s+itself\s+(\w+)");
        let gate = regex(r"calling\s+itself");
        let text = "The rebels, a group calling itself Awliya, attacked. The army and the group \
                    calling itself Nusra clashed. A calling itself stray. An armed group \
                    calling itself Dam";
        let whole: Vec<(usize, usize, String)> = re
            .captures_iter(text)
            .map(|c| {
                let m = c.get(0).unwrap();
                (m.start(), m.end(), c[1].to_string())
            })
            .collect();
        let gated: Vec<(usize, usize, String)> = gated_captures(&re, &gate, text, 60, 40)
            .iter()
            .map(|c| {
                let m = c.get(0).unwrap();
                (m.start(), m.end(), c[1].to_string())
            })
            .collect();
        assert_eq!(whole.len(), 3);
        assert_eq!(gated, whole);
    }

    #[test]
    fn byte_classes_and_escapes_are_kept() {
        assert_eq!(rewrite(r"(?-u:\w)+\\w\.\s"), r"(?-u:\w)+\\w\.\s");
        assert_eq!(rewrite(r"a\bb"), r"a(?-u:\b)b");
    }
}

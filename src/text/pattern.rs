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

use regex::Regex;

/// `\w` for the engine: ASCII letters, digits and the underscore, the Latin-1 and Latin
/// Extended letters, and combining accents.
const WORD: &str = r"0-9A-Za-z_À-ÖØ-öø-ɏ\x{300}-\x{36F}";

/// Compiles a pattern of the engine's own, with ASCII word boundaries and Latin word
/// characters.
///
/// Panics on an invalid pattern: patterns are constants of this crate, and the tests
/// compile every one of them.
pub fn regex(pattern: &str) -> Regex {
    Regex::new(&rewrite(pattern)).unwrap_or_else(|e| panic!("pattern {pattern}: {e}"))
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
    fn byte_classes_and_escapes_are_kept() {
        assert_eq!(rewrite(r"(?-u:\w)+\\w\.\s"), r"(?-u:\w)+\\w\.\s");
        assert_eq!(rewrite(r"a\bb"), r"a(?-u:\b)b");
    }
}

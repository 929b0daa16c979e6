//! Compiling the engine's regular expressions.
//!
//! Word boundaries are ASCII: a Unicode `\b` makes the regex crate leave its fast lazy DFA
//! for a slow NFA simulation whenever the text holds a non-ASCII byte — a curly quote is
//! enough — and the keywords these patterns look for are all ASCII anyway.

use regex::Regex;

/// Compiles a pattern of the engine's own, with ASCII word boundaries.
///
/// Panics on an invalid pattern: patterns are constants of this crate, and the tests
/// compile every one of them.
pub fn regex(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)"))
        .unwrap_or_else(|e| panic!("pattern {pattern}: {e}"))
}

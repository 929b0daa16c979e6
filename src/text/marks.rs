//! The marks that open an item of a list: a bullet, or a paragraph's number. A resolution's
//! operative paragraphs ("2. Urges …") and a report's recommendations ("- Publish …",
//! "(b) Release …") are read past the same marks.

/// Bullets that open a list's items.
const BULLETS: [char; 8] = ['-', '–', '—', '•', '·', '*', '▪', '‣'];

/// Whether `s` is a bullet and nothing else.
pub fn is_bullet(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| BULLETS.contains(&c)) && chars.next().is_none()
}

/// Whether `s` is a paragraph's number: "2.", "(3)", "(b)", "iv." — digits, one letter or
/// a roman numeral in at most five bytes, not a word ("Iran calls for …"); a letter only
/// with its bracket or stop, since a bare one is a word ("I urge …", "A call …").
pub fn is_number(s: &str) -> bool {
    let core = s.trim_start_matches('(').trim_end_matches(['.', ')']);
    let roman = !core.is_empty() && core.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    let punctuated = core.len() < s.len();
    s.len() <= 5
        && ((!core.is_empty() && core.chars().all(|c| c.is_ascii_digit()))
            || roman
            || (core.len() == 1 && punctuated && core.chars().all(|c| c.is_ascii_alphabetic())))
}

/// Where an item's own words start in `line`: past its bullets and a punctuated number
/// before a space ("- Publish …", "2. Release …", "(b) Do not …").
pub fn item_start(line: &str) -> usize {
    let rest = line.trim_start_matches(BULLETS).trim_start();
    let marker = line.len() - rest.len();
    // A tab may part the number from its text, as a UN document's paragraphs have it
    // ("7.\tThe Committee urges …", "(a)\tBring …").
    let number = rest
        .split_once([' ', '\t'])
        .filter(|(n, _)| is_number(n) && n.ends_with(['.', ')']))
        .map_or(0, |(n, after)| {
            n.len() + 1 + after.len() - after.trim_start_matches([' ', '\t']).len()
        });
    marker + number
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_and_numbers_open_items_words_do_not() {
        assert!(is_bullet("-") && is_bullet("•") && !is_bullet("--") && !is_bullet("a"));
        assert!(is_number("2.") && is_number("(b)") && is_number("iv.") && is_number("12"));
        assert!(!is_number("Iran") && !is_number("()"));
        assert!(is_number("(a)") && is_number("B.") && !is_number("I") && !is_number("A"));
        let line = "- 2. Release the hostages";
        assert_eq!(&line[item_start(line)..], "Release the hostages");
        assert_eq!(item_start("A Release"), 0);
        let tabbed = "(a)\tBring the definitions into line";
        assert_eq!(
            &tabbed[item_start(tabbed)..],
            "Bring the definitions into line"
        );
    }
}

//! Hard line wraps: text saved from mail, terminals and data files often breaks its lines at
//! a fixed width ("the noise in the data files is kept: hard line wraps"), so a line break
//! stands inside a sentence, a name ("the High Islamic Council of⏎Mali") or a quotation.
//! The stages read such a text with its wraps as spaces; the report quotes it as written.

use std::borrow::Cow;

/// How many lines followed by another a text needs before its wrapping can be told.
const MIN_WRAPPED_LINES: usize = 4;

/// The narrowest width read as a wrap: below it, short lines are a list or a poem's.
const MIN_WIDTH: usize = 40;

/// The width a text is hard-wrapped at, when it is: most lines followed by another are full
/// — the next line's first word would not have fit on them — and many go on in small
/// letters, mid-sentence. `None` for text with a line per paragraph or per headline.
pub fn wrap_width(text: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let inner: Vec<(&str, &str)> = lines
        .windows(2)
        .filter(|w| !w[0].trim().is_empty() && !w[1].trim().is_empty())
        .map(|w| (w[0], w[1].trim_start()))
        .collect();
    if inner.len() < MIN_WRAPPED_LINES {
        return None;
    }
    let mut lengths: Vec<usize> = inner.iter().map(|&(l, _)| l.chars().count()).collect();
    lengths.sort_unstable();
    let width = lengths[lengths.len() * 9 / 10];
    // A ragged wrap (by hand, or by a tool that counts differently) leaves lines short of
    // the width that still stop mid-sentence: they count as wrapped, as they are read.
    let full = inner
        .iter()
        .filter(|&&(line, next)| wrapped_at(line, next, width))
        .count();
    let small = inner
        .iter()
        .filter(|(_, next)| next.starts_with(char::is_lowercase))
        .count();
    (width >= MIN_WIDTH && full * 10 >= inner.len() * 6 && small * 4 >= inner.len())
        .then_some(width)
}

/// Whether a line of `chars` characters is full at `width`: the first word of `next`, the
/// line after it, would not have fit on it.
fn is_full(chars: usize, next: &str, width: usize) -> bool {
    let first_word = next
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    chars + 1 + first_word > width
}

/// `text` with the line breaks of its hard wrapping turned into spaces — the break after
/// each full line that another line follows — at the same offsets, so every span found in
/// it indexes `text` as well. A short line still ends its paragraph, as does a blank one.
/// In any text, a break inside a quotation that the next line closes is read as a space
/// too ([`breaks_a_quotation`]).
pub fn unwrapped(text: &str) -> Cow<'_, str> {
    let width = wrap_width(text);
    let mut bytes: Option<Vec<u8>> = None;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let next = text[end..].lines().next().unwrap_or("");
        let body = line.trim_end();
        let soft = !next.trim().is_empty()
            && line.ends_with('\n')
            && (width.is_some_and(|w| wrapped_at(body, next, w)) || breaks_a_quotation(body, next));
        if soft {
            // The break, with a carriage return before it.
            let bytes = bytes.get_or_insert_with(|| text.as_bytes().to_vec());
            for b in &mut bytes[start + body.len()..end] {
                *b = b' ';
            }
        }
        start = end;
    }
    match bytes {
        Some(b) => {
            Cow::Owned(String::from_utf8(b).expect("ASCII spaces for ASCII breaks keep UTF-8"))
        }
        None => Cow::Borrowed(text),
    }
}

/// Whether the break after `line` is a wrap at `width`: the line is full, or nearly so and
/// stops mid-sentence (after a comma or a word in small letters), as text wrapped by hand
/// or by a tool that counts differently leaves it ("…, Jaish-e-Mohammed (JeM),⏎ISIL
/// (Da’esh), Al-Qaida …", where "ISIL" would have fitted).
fn wrapped_at(line: &str, next: &str, width: usize) -> bool {
    let chars = line.chars().count();
    let mid_sentence = line.ends_with([',', ';']) || line.ends_with(|c: char| c.is_lowercase());
    is_full(chars, next, width) || (mid_sentence && chars * 4 >= width * 3)
}

/// Whether the break after `line` falls inside a quotation: the line opens one it does not
/// close and stops mid-sentence, and `next` closes it ("“Please return him to us. He went
/// to Sulu⏎only to help people,” she said."). A scraped page or a data file keeps such
/// stray breaks; read as a paragraph's end, they part a quotation from its speaker.
fn breaks_a_quotation(line: &str, next: &str) -> bool {
    let unbalanced = |l: &str, opening: char, closing: char| {
        l.matches(opening).count() > l.matches(closing).count() || l.matches('"').count() % 2 == 1
    };
    let mid_sentence = !line.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '\'']);
    mid_sentence && unbalanced(line, '“', '”') && unbalanced(next, '”', '“')
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRAPPED: &str = "Envoys Urge Restraint\n\n\
The foreign ministers of the two countries met in Doha on Monday and called on\n\
Pakistan and Afghanistan to resume talks on the border crossings without delay,\n\
officials said. The meeting came a week after clashes near the Chaman crossing\n\
killed twelve civilians and wounded dozens more on both sides of the frontier.\n\
\n\
Qatar said it was ready to host the next round of talks between the two sides in\n\
Doha and would send its envoy to Kabul and Islamabad before the end of the month.\n";

    #[test]
    fn a_text_wrapped_at_a_width_reads_as_its_paragraphs() {
        let read = unwrapped(WRAPPED);
        assert_eq!(read.len(), WRAPPED.len());
        let paragraphs: Vec<&str> = read.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 3, "{paragraphs:?}");
        assert!(paragraphs[1].contains("called on Pakistan and Afghanistan to resume talks"));
        assert!(!paragraphs[1].contains('\n'));
        assert!(paragraphs[2].starts_with("Qatar said") && paragraphs[2].ends_with("month.\n"));
        assert_eq!(paragraphs[0], "Envoys Urge Restraint");
    }

    #[test]
    fn a_line_for_each_paragraph_or_headline_is_no_wrapped_text() {
        let headlines = "Pakistan Closes Border Crossing After Clashes\n\
Qatar Offers To Host Talks Between Kabul And Islamabad\n\
UN Envoy Calls For Restraint Along The Frontier\n\
Families Wait For News Of Missing Truck Drivers\n\
Traders Count Losses As Markets Stay Shut In Chaman\n\
Kabul Says Its Forces Acted In Self-Defence\n\
Islamabad Summons Afghan Envoy Over Shelling\n";
        assert!(matches!(unwrapped(headlines), Cow::Borrowed(_)));
        let paragraphs =
            "The envoy arrived in Kabul on Monday for two days of talks with officials.\n\
He urged the authorities to reopen the crossing.\n\
Traders said the closure had cost them millions, and that the markets in Chaman were empty.\n\
The talks are expected to resume next week in Doha, officials said.\n\
A statement is due on Friday.\n";
        assert!(matches!(unwrapped(paragraphs), Cow::Borrowed(_)));
    }

    #[test]
    fn a_nearly_full_line_stopping_mid_sentence_is_wrapped_too() {
        let text = "Leaders Call For Action\n\n\
4. The leaders called for concerted action against all UN-listed terrorist\n\
groups, including Lashkar-e-Tayyiba (LeT), Jaish-e-Mohammed (JeM),\n\
ISIL (Da’esh), Al-Qaida and the Islamic Movement of Uzbekistan (IMU), and\n\
their proxies and affiliates. They called upon all countries to work\n\
together to root out terrorist safe havens and infrastructure, disrupt\n\
terrorist networks and their financing channels, and halt the cross-border\n\
movement of terrorists.\n\n\
5. The two sides agreed to meet again in Tashkent next year.\n";
        let read = unwrapped(text);
        assert!(read.contains("(JeM), ISIL (Da’esh)"));
        assert!(read.contains("terrorists.\n\n5. The two sides"));
        assert!(read.starts_with("Leaders Call For Action\n\n4."));
    }

    #[test]
    fn a_ragged_wrap_short_of_its_width_is_still_a_wrap() {
        // Wrapped by hand near 72 columns: most lines stop well short of the longest, but
        // mid-sentence.
        let text = "Readout of the President's Meeting with the Prime Minister of Iraq\n\
\n\
The President condemned the rocket and drone attacks carried out since\n\
October against Coalition personnel in Iraq and Syria by militia groups,\n\
including Kata'ib Hizballah and Harakat al-Nujaba. He called on the\n\
Government of Iraq to hold the perpetrators accountable and to\n\
prevent any further attacks on facilities hosting Coalition advisers,\n\
who are present in Iraq at the invitation of the Iraqi government.\n\
\n\
The Prime Minister affirmed his government's commitment to\n\
protect diplomatic missions and noted that security forces had\n\
arrested several suspects. He insisted that any action against\n\
armed groups on Iraqi soil must be taken by Iraqi forces, and\n\
stressed that all parties must respect Iraq's sovereignty.\n";
        let read = unwrapped(text);
        assert!(read.contains("He called on the Government of Iraq"));
        assert!(read.contains("against armed groups"));
        assert!(read.contains("government.\n\nThe Prime Minister"));
    }

    #[test]
    fn a_break_inside_a_quotation_the_next_line_closes_is_a_space() {
        let text = "Kidnapped doctor's wife pleads for his return\n\n\
Morioka's wife, Emiko, implored the abductors to release him. \"Please return him to us. He went to Sulu\n\
only to help people,\" she said.\n\n\
Modi said: “The world is one family, Vasudhaiva\n\
Kutumbakam, as we say,” to applause.\n\n\
“We will not give up.”\n\
“Bring them home,” the families said.\n";
        let read = unwrapped(text);
        assert_eq!(read.len(), text.len());
        assert!(read.contains("to Sulu only to help people"));
        assert!(read.contains("Vasudhaiva Kutumbakam"));
        // A closed quotation on its line, and one the next line opens, keep their break.
        assert!(read.contains("give up.”\n“Bring"));
    }

    #[test]
    fn a_carriage_return_before_a_wrap_is_read_as_a_space_too() {
        let crlf = WRAPPED.replace('\n', "\r\n");
        let read = unwrapped(&crlf);
        assert_eq!(read.len(), crlf.len());
        assert!(read.contains("called on  Pakistan and Afghanistan"));
    }
}

//! Web noise: the spans of a page that are not the article (embedded tweet trailers, links,
//! teasers, captions, disclaimers, comment forms, breadcrumbs, footers).
//!
//! Noise is marked, never cut: later stages skip these spans, offsets stay those of the
//! input, and the page can still show the skipped text dimmed.

use crate::lexicon::words::{any_of, Words};
use aho_corasick::AhoCorasick;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoiseKind {
    /// The "— Name (@handle) Month D, YYYY" trailer of an embedded tweet.
    TweetTrailer,
    /// A bare link (pic.twitter.com, t.co, http…).
    Link,
    /// "Read |", "Also read", "READ MORE", "Related article" lines.
    Teaser,
    /// Photo captions and credits.
    Caption,
    /// Bylines and agency credit lines.
    Credit,
    /// Disclaimers and copyright footers.
    Boilerplate,
    /// Comment forms.
    CommentForm,
    /// Breadcrumbs and other site navigation.
    Navigation,
    /// The end of the page after a marker such as "Check Also" or "About admin": other
    /// stories, not this one.
    Tail,
}

/// A skipped span of the analysed text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Noise {
    pub start: usize,
    pub end: usize,
    pub kind: NoiseKind,
}

impl Noise {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

struct LineRule {
    kind: NoiseKind,
    re: Regex,
    /// How many characters may stand before the match, when it need not open the line.
    /// Checked here rather than written `^.{0,n}` into the pattern: a bounded repeat of
    /// any character makes the lazy DFA build a state per count, line after line.
    within: Option<usize>,
}

impl LineRule {
    fn is_match(&self, line: &str) -> bool {
        match self.within {
            None => self.re.is_match(line),
            // The leftmost match starts earliest: if it starts too late, every match does.
            Some(n) => self
                .re
                .find(line)
                .is_some_and(|m| line[..m.start()].chars().count() <= n),
        }
    }
}

static LINE_RULES: LazyLock<Vec<LineRule>> = LazyLock::new(|| {
    let rule = |kind, re: &str| LineRule {
        kind,
        re: crate::text::pattern::regex(re),
        within: None,
    };
    let late = |kind, re: &str| LineRule {
        within: Some(200),
        ..rule(kind, re)
    };
    vec![
        rule(
            NoiseKind::Teaser,
            r"^(?i:also\s+read|read\s+more|read\s+also|must\s+read|related(\s+(article|articles|news|stories|story|posts?|coverage|reading))?|see\s+also|also\s+see|recommended|trending|watch|more\s+from|you\s+may\s+also\s+like)\s*[:|\-–—»>]",
        ),
        rule(NoiseKind::Teaser, r"^(Read|READ|Watch|WATCH)\s*\|"),
        rule(
            NoiseKind::Teaser,
            r"^(READ MORE|ALSO READ|RELATED|READ ALSO)\b",
        ),
        rule(NoiseKind::Boilerplate, r"^(?i:disclaimer)\b"),
        // A UN verbatim record's note on its languages: "This record contains the text of
        // speeches delivered in English …. Corrections should be submitted to the original
        // languages only."
        rule(
            NoiseKind::Boilerplate,
            r"^(?i:this record contains the text of speeches|corrections should be submitted to the original languages)",
        ),
        rule(
            NoiseKind::Boilerplate,
            r"^(©|\(c\)|Copyright\b|COPYRIGHT\b)|(?i:all rights reserved)",
        ),
        rule(
            NoiseKind::Boilerplate,
            r"^(?i:advertisement|sponsored|subscribe\b|sign up\b|click here|follow us\b|download the\b|share this\b|share on\b|tags?:|filed under|print\s*$|email\s*$)",
        ),
        rule(
            NoiseKind::Boilerplate,
            r"^\(?(?i:with inputs from|with agency inputs|inputs from)\b",
        ),
        // An audio player's lines over a story: "Press play to listen to this article",
        // "Voiced by artificial intelligence."
        rule(
            NoiseKind::Boilerplate,
            r"^(?i:press play to listen|listen to (this|the) (article|story)|voiced by artificial intelligence)",
        ),
        rule(
            NoiseKind::CommentForm,
            r"^(?i:leave a (reply|comment)|your email address will not be published|required fields are marked|save my name|post comment|comments?\s*\(\d+\)|\d+\s+comments?\s*$|cancel reply)",
        ),
        rule(NoiseKind::Navigation, r"^(?i:home)\s*[/›>»|]"),
        rule(
            NoiseKind::Caption,
            r"^(?i:photo|photos|image|picture|file photo|file image|photo credit|image credit|credit|courtesy|photograph|representational image|video)\s*(\(.*?\))?\s*[:|/]",
        ),
        rule(
            NoiseKind::Caption,
            r"^\((?i:photo|file photo|file|image|representational|picture)\b[^)]*\)\s*$",
        ),
        late(
            NoiseKind::Caption,
            r"(\|\s*)?(?i:photo|image|picture)\s*(?i:credit)?\s*:\s*[^.]{0,60}$",
        ),
        late(
            NoiseKind::Caption,
            r"\((?i:photo|file photo|image|picture)\s*[:/][^)]*\)\s*$",
        ),
        rule(
            NoiseKind::Caption,
            r"(?:Getty Images|/ ?AFP|/ ?Reuters|/ ?AP Photo|\(AP Photo[^)]*\)|\bEPA\b-?EFE)\s*$",
        ),
        rule(
            NoiseKind::Credit,
            r"^(By|BY)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s*([,||-].{0,60})?$",
        ),
        rule(
            NoiseKind::Credit,
            r"^[(\[]?(?i:(additional\s+)?reporting by|edited by|editing by|writing by|written by|compiled by|posted by|updated by|reported by)\b",
        ),
        rule(
            NoiseKind::Credit,
            r"(?i:contributed(\s+reporting)?\s+to\s+this\s+(report|story|article))\.?\s*$",
        ),
    ]
});

/// Lines after which the rest of the page is other stories.
static TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?i:check also|about (the )?(admin|author)|you may (also )?like|more stories|more from this section|related posts|related articles|latest news|popular posts|recent posts|leave a reply)\s*:?\s*$",
    )
});

/// The [`TAIL`] markers that may head a box of links set inside a story, which the story
/// then resumes after.
static INSET: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?i:check also|you may (also )?like|related posts|related articles)\s*:?\s*$",
    )
});

/// How many short lines a box of links set inside a story holds at most.
const INSET_LINES: usize = 8;

/// A paragraph at least this long, ending a sentence, is the story's again.
const PARAGRAPH: usize = 140;

/// Where the links under an inset's marker (ending at `marker_end`) end, when a paragraph
/// of the story follows within [`INSET_LINES`] lines from `from`: the end of the last
/// link. The links are short lines, headlines or sub-heads; an excerpt of another story
/// ends on "…".
fn resumes_after(text: &str, marker_end: usize, from: usize) -> Option<usize> {
    let mut end = marker_end;
    let mut at = from;
    for line in text[from..].split_inclusive('\n').take(INSET_LINES * 2) {
        let body = line.trim();
        let line_start = at;
        at += line.len();
        if body.is_empty() {
            continue;
        }
        let ends_a_sentence =
            body.ends_with(['.', '”', '"', '’']) && !body.ends_with("...") && !body.ends_with("….");
        if body.len() >= PARAGRAPH && ends_a_sentence {
            return Some(end);
        }
        if body.len() >= PARAGRAPH {
            return None;
        }
        end = line_start + line.trim_end().len();
    }
    None
}

static INLINE: LazyLock<Vec<(NoiseKind, Regex)>> = LazyLock::new(|| {
    let w = Words::get();
    let month = format!(r"{}\.?", any_of(&[&w.months, &w.month_abbreviations]));
    vec![
        (
            NoiseKind::TweetTrailer,
            crate::text::pattern::regex(&format!(
                r"[—–-]{{1,2}}\s*[^\n—–()]{{0,80}}\(@[A-Za-z0-9_]{{1,30}}\)\s*{month}\s+\d{{1,2}},\s+\d{{4}}"
            )),
        ),
        (
            NoiseKind::Link,
            crate::text::pattern::regex(r"(?:https?://|www\.|pic\.twitter\.com/)[^\s<>“”]+"),
        ),
    ]
});

/// Words one of which every furniture line contains: a line without any of them is
/// article text, and the line rules are not tried on it.
static TRIGGERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(Words::get().furniture_triggers.iter())
        .unwrap_or_else(|e| panic!("noise triggers: {e}"))
});

/// Lines longer than this are article paragraphs, whatever words they start with.
const MAX_NOISE_LINE: usize = 320;

/// Finds the noise of a text, as sorted, non-overlapping spans.
pub fn find(text: &str) -> Vec<Noise> {
    let mut out = Vec::new();
    let mut offset = 0;
    // Whether a sentence of the story has come (a headline, a byline and a date end none):
    // a marker of other stories before any ("Latest News" under the headline, the site's
    // section label) ends nothing.
    let mut story_begun = false;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let body = line.trim();
        if body.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = start + lead..start + lead + body.len();
        // Furniture comes in short lines (a paragraph is never one) and names itself.
        let candidate = body.len() <= MAX_NOISE_LINE && TRIGGERS.is_match(body);
        if candidate && TAIL.is_match(body) {
            if !story_begun {
                out.push(Noise {
                    start: span.start,
                    end: span.end,
                    kind: NoiseKind::Navigation,
                });
                continue;
            }
            // A box of related links inside the story ("Related Articles" over two
            // headlines, then the story goes on) ends where paragraphs resume.
            let resumes = INSET
                .is_match(body)
                .then(|| resumes_after(text, span.end, offset))
                .flatten();
            if let Some(end) = resumes {
                out.push(Noise {
                    start: span.start,
                    end,
                    kind: NoiseKind::Teaser,
                });
                continue;
            }
            out.push(Noise {
                start: span.start,
                end: text.trim_end().len().max(span.end),
                kind: NoiseKind::Tail,
            });
            break;
        }
        story_begun |= body.ends_with(['.', '!', '?', '”', '"', '’']);
        if let Some(rule) = LINE_RULES
            .iter()
            .filter(|_| candidate)
            .find(|r| r.is_match(body))
        {
            out.push(Noise {
                start: span.start,
                end: span.end,
                kind: rule.kind,
            });
            continue;
        }
        let inline_possible = body.contains("http")
            || body.contains("www.")
            || body.contains("pic.twitter")
            || body.contains("(@");
        for (kind, re) in INLINE.iter().filter(|_| inline_possible) {
            for m in re.find_iter(body) {
                out.push(Noise {
                    start: span.start + m.start(),
                    end: span.start + m.end(),
                    kind: *kind,
                });
            }
        }
    }
    out.sort_by_key(|n| (n.start, std::cmp::Reverse(n.end)));
    let mut merged: Vec<Noise> = Vec::with_capacity(out.len());
    for n in out {
        match merged.last_mut() {
            Some(last) if n.start < last.end => last.end = last.end.max(n.end),
            _ => merged.push(n),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skipped(text: &str) -> Vec<(&str, NoiseKind)> {
        find(text)
            .into_iter()
            .map(|n| (&text[n.range()], n.kind))
            .collect()
    }

    #[test]
    fn tweet_trailer_and_links_are_skipped_but_the_tweet_text_is_kept() {
        let text =
            "The minister urged restraint.https://t.co/x1Yz — Jane Roe (@JaneRoe) March 3, 2024\n";
        let got = skipped(text);
        assert_eq!(
            got,
            vec![
                ("https://t.co/x1Yz", NoiseKind::Link),
                (
                    "— Jane Roe (@JaneRoe) March 3, 2024",
                    NoiseKind::TweetTrailer
                )
            ]
        );
    }

    #[test]
    fn teaser_caption_footer_and_form_lines() {
        let text = "Body text here.\nRead | Envoy Urges Calm In Region\nALSO READ: Talks stall\nPhoto: Reuters\n© 2024 Some Outlet. All rights reserved.\nYour email address will not be published.\nHome / World / Asia / Story\nThe agency's Ana Ruiz and Li Wei contributed to this report.\n";
        let kinds: Vec<NoiseKind> = skipped(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(
            kinds,
            vec![
                NoiseKind::Teaser,
                NoiseKind::Teaser,
                NoiseKind::Caption,
                NoiseKind::Boilerplate,
                NoiseKind::CommentForm,
                NoiseKind::Navigation,
                NoiseKind::Credit
            ]
        );
    }

    #[test]
    fn an_audio_players_lines_are_skipped() {
        let text = "EU scrambles for a role\n\nPress play to listen to this article\n\nVoiced by artificial intelligence.\n\nListen to this article\n\nBRUSSELS — Ministers met. \"Don't stop now,\" one said.\n";
        let got = skipped(text);
        assert_eq!(
            got,
            vec![
                (
                    "Press play to listen to this article",
                    NoiseKind::Boilerplate
                ),
                ("Voiced by artificial intelligence.", NoiseKind::Boilerplate),
                ("Listen to this article", NoiseKind::Boilerplate),
            ]
        );
    }

    #[test]
    fn everything_after_check_also_is_another_story() {
        let text = "Story.\n\nAbout admin\n\nCheck Also\n\nOther headline\n\nOther text.";
        let got = find(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].kind, NoiseKind::Tail);
        assert_eq!(
            &text[got[0].range()],
            "About admin\n\nCheck Also\n\nOther headline\n\nOther text."
        );
    }

    #[test]
    fn a_section_label_over_the_story_ends_nothing() {
        let text = "Envoy rejects report, calls on world to engage\nLatest News\nBy Ariana News -June 16, 2028\n\nThe government rejected the report on Thursday.\n\nIt called on the world to engage.\n";
        let noise = find(text);
        assert_eq!(noise.len(), 2, "{noise:?}");
        assert_eq!(&text[noise[0].start..noise[0].end], "Latest News");
        assert!(noise.iter().all(|n| n.kind != NoiseKind::Tail));
    }

    #[test]
    fn a_box_of_related_links_inside_the_story_ends_where_the_story_resumes() {
        let story = "The presidency called on the United Nations to send observers to the village within a week, and said the government bore full responsibility for the attack on its homes and fields.";
        let text = format!(
            "Settlers torched three homes overnight.\n\nRelated Articles\nSettler violence reached record levels, UN says\nAnalysis | Why indictments remain rare\n\n{story}\n"
        );
        let got = skipped(&text);
        assert_eq!(
            got,
            vec![(
                "Related Articles\nSettler violence reached record levels, UN says\nAnalysis | Why indictments remain rare",
                NoiseKind::Teaser
            )]
        );
        // With no paragraph of the story after the links, the rest is other stories; so it
        // is after an excerpt of one, which ends on an ellipsis.
        let excerpt = "Another story's opening lines run on here for quite a while, long enough to pass for a paragraph of the story itself, about a different village and a different night entirely...";
        for after in ["Other headline\n\nAnother headline", excerpt] {
            let text = format!("Story.\n\nRelated Articles\n{after}\n");
            assert_eq!(find(&text)[0].kind, NoiseKind::Tail, "{after}");
        }
    }

    #[test]
    fn a_verbatim_records_note_on_languages_is_boilerplate() {
        let text = "Agenda item 4.\n\nThis record contains the text of speeches delivered in English and of the translation of speeches delivered in other languages. Corrections should be submitted to the original languages only.\n\nThe meeting was called to order at 10.05 a.m.\n";
        let kinds: Vec<NoiseKind> = skipped(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(kinds, vec![NoiseKind::Boilerplate]);
        assert!(find("Council members said corrections should be made to the mandate.").is_empty());
    }

    #[test]
    fn ordinary_sentences_are_not_noise() {
        assert!(find("Home Minister Amit Shah said the attackers would be punished.\nRead the full statement below.").is_empty());
    }
}

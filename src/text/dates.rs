//! The publication date an article states: a labelled date ("Published: …", "date …"), else a
//! dateline ("ISLAMABAD, Dec 28 :") completed with the year the text gives, else the latest
//! full date the text mentions (an article is not older than what it reports).

use crate::lexicon::words::{any_of, Words};
use crate::text::span::floor_char;
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// A month, named or abbreviated, as a capture group: "December", "Dec", "Sept.".
static MONTH: LazyLock<String> = LazyLock::new(|| {
    let w = Words::get();
    format!(r"({})\.?", any_of(&[&w.months, &w.month_abbreviations]))
});

static ISO: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"));
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"\b{}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b",
        *MONTH
    ))
});
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?{},?\s+((?:19|20)\d\d)\b",
        *MONTH
    ))
});
/// "14-07-2010", "18.10.2020", "08/21/2006": a date in numbers, day and month in the
/// order the separator usually writes them (see [`numeric_date`]).
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"\b(\d{1,2})([./-])(\d{1,2})[./-]((?:19|20)\d\d)\b")
});
/// How far into a text its dateline may stand: below a masthead, a headline and a
/// standfirst, never deep in the story.
const DATELINE_REACH: usize = 8000;

/// The most bytes a date's label ("First published on:") takes before it.
const LABEL_REACH: usize = 64;

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(published|updated|posted|dated?|last modified|first published)\b\s*(on|:)?\s*:?\s*$",
    )
});
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?m)^[ \t]*[A-Z][A-Za-z .'-]{{1,40}},?\s+{}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:\([^)]*\))?\s*[:—–-]",
        *MONTH
    ))
});
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"\b(19[89]\d|20\d\d)\b"));
/// The year every full date holds: the dates are searched only around one, since a pattern
/// that opens on any number ("12 March 2024") would otherwise start at every digit.
static ANY_YEAR: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"\b(?:19|20)\d\d\b"));
/// The most bytes a full date runs before its year ("21st of September, ").
const BEFORE_YEAR: usize = 40;

/// A dateline at the start of a line: "KABUL:", "ISLAMABAD, Dec 28 (APP):",
/// "London (CNN) --", "Kabul, Afghanistan –", "RIYADH, 11 November 2023 —". A place in
/// capitals may stand alone; a place in title case needs what follows it (a comma part or
/// an agency in brackets), so "Pakistan: army kills five" is no dateline, and before a
/// colon its comma part needs a date, so "Crown Prince X, the host, said:" is none either;
/// places in title case alone need a dash ("Geneva / Cairo –"). A date may come first, the
/// place in brackets after it ("June 27, 2006 (KHARTOUM) —").
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})\s*\([A-ZÀ-ÖØ-Þ][^)\n]{1,40}\)\s*(?:—|–|--|:|-\s)|(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ /-]{1,40}(?:,[^\n—–:]{1,40})?|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’ /-]{1,40}(?:,[^\n—–:]{0,40}\d[^\n—–:]{0,20}|\s*\([^)\n]{1,40}\)))\s*(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--|:|-\s)|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’ /-]{1,40},[^\n—–:]{1,40}(?:—|–|--|-\s)|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:\s*/\s*[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|\s[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+){0,2}\s+(?:—|–|--))\s*",
    )
});

/// The length of the dateline `line` starts with, if any. A place holds no dash set off by
/// spaces before the dateline's own: "The guarantor countries - Norway, Mexico - called
/// on …" sets parties off by dashes.
pub fn dateline(line: &str) -> Option<usize> {
    LEAD.find(line)
        .filter(|m| {
            !m.as_str()
                .trim_end()
                .trim_end_matches(['-', '—', '–', ':'])
                .contains(" - ")
        })
        .map(|m| m.end())
}

/// A calendar date, ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Date {
    year: u32,
    month: u32,
    day: u32,
}

impl Date {
    fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The number of a month, named or abbreviated, from its place in the list of months.
fn month_number(name: &str) -> Option<u32> {
    let m = name.trim_end_matches('.').to_ascii_lowercase();
    let prefix = m.get(..3)?;
    let i = Words::get().months.iter().position(|month| {
        month
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
    })?;
    u32::try_from(i + 1).ok()
}

/// How one written form of a full date is read from its pattern's captures.
type Reader = fn(&Captures) -> Option<Date>;

/// The number a capture group holds.
fn number(c: &Captures, i: usize) -> Option<u32> {
    c.get(i)?.as_str().parse().ok()
}

/// Every full date in `text`, with the byte offset where it starts.
fn full_dates(text: &str) -> Vec<(usize, Date)> {
    use crate::text::pattern::gated_captures;
    // Each form: its pattern, how far it runs before and after its year, how it is read.
    let forms: [(&Regex, usize, usize, Reader); 4] = [
        (&ISO, 0, 6, |c| {
            Date::new(number(c, 1)?, number(c, 2)?, number(c, 3)?)
        }),
        (&MDY, BEFORE_YEAR, 0, |c| {
            Date::new(number(c, 3)?, month_number(&c[1])?, number(c, 2)?)
        }),
        (&DMY, BEFORE_YEAR, 0, |c| {
            Date::new(number(c, 3)?, month_number(&c[2])?, number(c, 1)?)
        }),
        (&NUMERIC, BEFORE_YEAR, 0, |c| {
            numeric_date(number(c, 1)?, number(c, 3)?, &c[2], number(c, 4)?)
        }),
    ];
    let mut out: Vec<(usize, Date)> = forms
        .iter()
        .flat_map(|&(re, back, ahead, read)| {
            gated_captures(re, &ANY_YEAR, text, back, ahead)
                .into_iter()
                .filter_map(move |c| Some((c.get(0)?.start(), read(&c)?)))
        })
        .collect();
    out.sort();
    out
}

/// The date two numbers and a year write: a number above 12 is the day; otherwise a slash
/// puts the month first (US sites: "08/21/2006") and a dot or a dash the day ("18.10.2020",
/// "14-07-2010").
fn numeric_date(a: u32, b: u32, separator: &str, year: u32) -> Option<Date> {
    let (month, day) = if a > 12 || (b <= 12 && separator != "/") {
        (b, a)
    } else {
        (a, b)
    };
    Date::new(year, month, day)
}

/// The publication date of `text` as `YYYY-MM-DD`, when the text gives one.
pub fn publication_date(text: &str) -> Option<String> {
    let dates = full_dates(text);
    // The label stands right before the date on its line: look no further back than it
    // reaches, so a document with no line breaks is not searched to its start per date.
    let labelled = dates.iter().find(|(at, _)| {
        let from = floor_char(text, at.saturating_sub(LABEL_REACH));
        let line_start = text[from..*at].rfind('\n').map_or(from, |p| from + p + 1);
        LABEL.is_match(&text[line_start..*at])
    });
    if let Some((_, d)) = labelled {
        return Some(d.iso());
    }
    // A dateline opens the story: it is looked for in its first lines only, not on every
    // line of a long document.
    let head = &text[..floor_char(text, DATELINE_REACH.min(text.len()))];
    if let Some(c) = DATELINE.captures(head) {
        let year = dates.iter().map(|(_, d)| d.year).max().or_else(|| {
            YEAR.find_iter(text)
                .filter_map(|m| m.as_str().parse().ok())
                .max()
        });
        let d = year.and_then(|y| Date::new(y, month_number(&c[1])?, c[2].parse().ok()?));
        if let Some(d) = d {
            return Some(d.iso());
        }
    }
    dates.iter().map(|&(_, d)| d).max().map(Date::iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_numbers_read_day_and_month_by_their_separator() {
        assert_eq!(
            publication_date("News release 10/131\n14-07-2010\nThe ICRC appealed").as_deref(),
            Some("2010-07-14")
        );
        assert_eq!(
            publication_date("Politics | 18.10.2020 [14:27]").as_deref(),
            Some("2020-10-18")
        );
        assert_eq!(
            publication_date("Last updated 02:14am 08/21/2006 By").as_deref(),
            Some("2006-08-21")
        );
        assert_eq!(
            publication_date("Posted 03/04/2019").as_deref(),
            Some("2019-03-04")
        );
        assert_eq!(
            publication_date("Posted 03.04.2019").as_deref(),
            Some("2019-04-03")
        );
        assert_eq!(publication_date("Call 10-131-2010 now"), None);
    }

    #[test]
    fn labelled_date_wins() {
        let t = "date 2021-03-09 On March 1, 2021 envoys met. Published: March 10, 2021";
        assert_eq!(publication_date(t).as_deref(), Some("2021-03-09"));
    }

    #[test]
    fn dateline_takes_the_year_from_the_text() {
        let t = "ISLAMABAD, Dec 28 (APP): The Foreign Office said talks held in 2019 were useful.";
        assert_eq!(publication_date(t).as_deref(), Some("2019-12-28"));
    }

    #[test]
    fn datelines_of_places_in_title_case_need_a_dash() {
        let rest = |l: &'static str| dateline(l).map(|n| &l[n..]);
        assert_eq!(
            rest("Geneva / Cairo – The group calls on …"),
            Some("The group calls on …")
        );
        assert_eq!(
            rest("Kabul — The Taliban said …"),
            Some("The Taliban said …")
        );
        assert_eq!(
            rest("Jun 27, 2006 (KHARTOUM) — The mediator urged …"),
            Some("The mediator urged …")
        );
        assert_eq!(
            rest("27 June 2006 (Khartoum) - The mediator urged …"),
            Some("The mediator urged …")
        );
        assert_eq!(rest("Pakistan: army kills five"), None);
        assert_eq!(rest("Hamas said on Monday – late – that …"), None);
    }

    #[test]
    fn latest_full_date_otherwise() {
        let t = "Talks began on 12 September 2020 and resumed on November 24, 2020.";
        assert_eq!(publication_date(t).as_deref(), Some("2020-11-24"));
        assert_eq!(publication_date("No date here, only May."), None);
        assert_eq!(publication_date("February 30, 2021 is no day"), None);
    }

    #[test]
    fn a_day_written_with_a_full_stop_before_its_month() {
        let t = "By A. KOLLAR\n\nBRUSSELS, 14. Nov 2018, 07:10\n\nThe committee voted.";
        assert_eq!(publication_date(t).as_deref(), Some("2018-11-14"));
    }
}

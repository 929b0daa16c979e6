//! The timeline's date axis: the corpus's days gathered into bins of a day, a month or a
//! year as the range needs, placed on a linear scale of real time (a gap of a year looks
//! like one), with ticks of days, months or years labelled few enough to read.

use crate::corpus::Day;
use crate::report::Category;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Month,
    Year,
}

/// Documents and demands of one bin; `x` and `width` are fractions of the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Bin {
    /// The bin's first day, `YYYY-MM-DD`.
    pub start: String,
    /// The bin as a reader names it: "3 Mar 2024", "Mar 2024", "2024".
    pub label: String,
    pub x: f64,
    pub width: f64,
    pub documents: usize,
    pub demands: BTreeMap<Category, usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub unit: Unit,
    pub bins: Vec<Bin>,
    pub ticks: Vec<Tick>,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// At most this many tick labels.
const MAX_TICKS: usize = 10;

/// A civil date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Date {
    y: i64,
    m: u32,
    d: u32,
}

impl Date {
    fn parse(s: &str) -> Option<Date> {
        let mut parts = s.splitn(3, '-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.get(..2)?.parse().ok()?;
        ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(Date { y, m, d })
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn number(self) -> i64 {
        let y = if self.m <= 2 { self.y - 1 } else { self.y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The first day of the `unit` this date falls in.
    fn floor(self, unit: Unit) -> Date {
        match unit {
            Unit::Day => self,
            Unit::Month => Date { d: 1, ..self },
            Unit::Year => Date { m: 1, d: 1, ..self },
        }
    }

    /// The first day of the next `unit`.
    fn next(self, unit: Unit) -> Date {
        match unit {
            Unit::Day => {
                let last = match self.m {
                    2 if self.y % 4 == 0 && (self.y % 100 != 0 || self.y % 400 == 0) => 29,
                    2 => 28,
                    4 | 6 | 9 | 11 => 30,
                    _ => 31,
                };
                if self.d < last {
                    Date {
                        d: self.d + 1,
                        ..self
                    }
                } else {
                    Date { d: 1, ..self }.next(Unit::Month)
                }
            }
            Unit::Month if self.m == 12 => Date {
                y: self.y + 1,
                m: 1,
                d: 1,
            },
            Unit::Month => Date {
                m: self.m + 1,
                d: 1,
                ..self
            },
            Unit::Year => Date {
                y: self.y + 1,
                m: 1,
                d: 1,
            },
        }
    }

    fn label(self, unit: Unit) -> String {
        let month = MONTHS[self.m as usize - 1];
        match unit {
            Unit::Day => format!("{} {month} {}", self.d, self.y),
            Unit::Month => format!("{month} {}", self.y),
            Unit::Year => self.y.to_string(),
        }
    }

    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

/// The axis of `days` (the corpus's timeline); days whose date cannot be read are left out.
pub fn axis(days: &[Day]) -> Axis {
    let dated: Vec<(Date, &Day)> = days
        .iter()
        .filter_map(|d| Some((Date::parse(&d.date)?, d)))
        .collect();
    let (Some(first), Some(last)) = (
        dated.iter().map(|(d, _)| *d).min(),
        dated.iter().map(|(d, _)| *d).max(),
    ) else {
        return Axis {
            unit: Unit::Day,
            bins: Vec::new(),
            ticks: Vec::new(),
        };
    };
    let span = last.number() - first.number();
    let unit = if span <= 92 {
        Unit::Day
    } else if span <= 6 * 366 {
        Unit::Month
    } else {
        Unit::Year
    };
    let start = first.floor(unit);
    let end = last.floor(unit).next(unit);
    let (from, length) = (start.number(), (end.number() - start.number()) as f64);
    let at = |d: Date| (d.number() - from) as f64 / length;
    let mut gathered: BTreeMap<Date, Bin> = BTreeMap::new();
    for (date, day) in &dated {
        let s = date.floor(unit);
        let bin = gathered.entry(s).or_insert_with(|| Bin {
            start: s.iso(),
            label: s.label(unit),
            x: at(s),
            width: at(s.next(unit)) - at(s),
            documents: 0,
            demands: BTreeMap::new(),
        });
        bin.documents += day.documents;
        for (c, n) in &day.demands {
            *bin.demands.entry(*c).or_default() += n;
        }
    }
    let tick_unit = match end.number() - start.number() {
        0..=45 => Unit::Day,
        46..=1100 => Unit::Month,
        _ => Unit::Year,
    };
    let mut marks = Vec::new();
    let mut d = start.floor(tick_unit);
    while d < end {
        if d >= start {
            marks.push(d);
        }
        d = d.next(tick_unit);
    }
    let step = marks.len().div_ceil(MAX_TICKS).max(1);
    let ticks = marks
        .iter()
        .step_by(step)
        .map(|&d| Tick {
            x: at(d),
            label: d.label(tick_unit),
        })
        .collect();
    Axis {
        unit,
        bins: gathered.into_values().collect(),
        ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(date: &str, documents: usize, demands: &[(Category, usize)]) -> Day {
        Day {
            date: date.into(),
            documents,
            demands: demands.iter().copied().collect(),
        }
    }

    #[test]
    fn a_month_of_days_is_drawn_day_by_day() {
        let a = axis(&[
            day("2024-03-01", 2, &[(Category::Ceasefire, 1)]),
            day("2024-03-28", 1, &[]),
        ]);
        assert_eq!(a.unit, Unit::Day);
        assert_eq!(a.bins.len(), 2);
        assert_eq!(a.bins[0].x, 0.0);
        assert!((a.bins[1].x - 27.0 / 28.0).abs() < 1e-9);
        assert!((a.bins[0].width - 1.0 / 28.0).abs() < 1e-9);
        assert_eq!(a.bins[0].label, "1 Mar 2024");
        assert!(a.ticks.len() <= MAX_TICKS && !a.ticks.is_empty());
    }

    #[test]
    fn years_of_documents_are_gathered_by_month_with_a_real_gap() {
        let a = axis(&[
            day("2023-01-15", 1, &[(Category::Justice, 2)]),
            day(
                "2023-01-20",
                1,
                &[(Category::Justice, 1), (Category::Other, 1)],
            ),
            day("2024-12-02", 3, &[]),
        ]);
        assert_eq!(a.unit, Unit::Month);
        assert_eq!(a.bins.len(), 2);
        assert_eq!(a.bins[0].start, "2023-01-01");
        assert_eq!(a.bins[0].documents, 2);
        assert_eq!(a.bins[0].demands[&Category::Justice], 3);
        // 24 months: December 2024 starts 23/24 of the way along (by days).
        assert!(
            (a.bins[1].x - 700.0 / 731.0).abs() < 1e-9,
            "{}",
            a.bins[1].x
        );
        assert_eq!(a.ticks[0].label, "Jan 2023");
        assert!(a.ticks.len() <= MAX_TICKS);
    }

    #[test]
    fn decades_are_gathered_by_year_and_bad_dates_left_out() {
        let a = axis(&[
            day("2001-09-11", 1, &[]),
            day("2021-08-15", 1, &[]),
            day("not a date", 4, &[]),
        ]);
        assert_eq!(a.unit, Unit::Year);
        assert_eq!(
            a.bins.iter().map(|b| b.label.as_str()).collect::<Vec<_>>(),
            ["2001", "2021"]
        );
        assert!(a.ticks.iter().all(|t| t.label.len() == 4));
        assert!(axis(&[day("2024-13-40", 1, &[])]).bins.is_empty());
    }

    #[test]
    fn day_numbers_are_the_calendars() {
        let n = |s: &str| Date::parse(s).unwrap().number();
        assert_eq!(n("1970-01-01"), 0);
        assert_eq!(n("2000-03-01") - n("2000-02-28"), 2);
        assert_eq!(n("2024-01-01") - n("2023-01-01"), 365);
        assert_eq!(
            Date::parse("2024-02-29").unwrap().next(Unit::Day).iso(),
            "2024-03-01"
        );
    }
}

//! The published calendars, one data file per year under `crates/core/data/holidays/`, each
//! with its source. A year is added when the Cabinet of Ministers publishes it (December).

use super::BakuDate;
use std::collections::BTreeMap;

const FILES: [&str; 2] = [include_str!("../../data/holidays/2025.txt"), include_str!("../../data/holidays/2026.txt")];

/// What a listed date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayKind {
    /// A public holiday (Labour Code Art. 105, or a religious holiday fixed by the Cabinet).
    Holiday,
    /// A weekday off: a holiday fell on a day off, or the Cabinet moved a day.
    RestDay,
    /// A Saturday or Sunday made a working day by the Cabinet.
    WorkingDay,
}

/// One year's published calendar.
#[derive(Debug)]
pub struct YearData {
    pub year: i32,
    /// Where the dates come from, for the "basis" shown beside a result.
    pub source: String,
    pub days: BTreeMap<BakuDate, DayKind>,
}

/// Parses one year's file; a malformed line is an error naming it.
pub fn parse(text: &str) -> Result<YearData, String> {
    let mut source = None;
    let mut days = BTreeMap::new();
    let mut year = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(s) = line.strip_prefix("# source:") {
            source = Some(s.trim().to_owned());
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(3, ' ');
        let (date, kind) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        let date = BakuDate::parse_iso(date).map_err(|e| format!("line {}: {e:?}", n + 1))?;
        let kind = match kind {
            "holiday" => DayKind::Holiday,
            "rest_day" => DayKind::RestDay,
            "working_day" => DayKind::WorkingDay,
            other => return Err(format!("line {}: unknown kind {other:?}", n + 1)),
        };
        if *year.get_or_insert(date.year()) != date.year() {
            return Err(format!("line {}: {date} is in another year", n + 1));
        }
        if days.insert(date, kind).is_some() {
            return Err(format!("line {}: {date} listed twice", n + 1));
        }
    }
    Ok(YearData {
        year: year.ok_or("no dates")?,
        source: source.ok_or("no '# source:' line")?,
        days,
    })
}

/// Every published year, parsed once.
pub fn all() -> &'static [YearData] {
    static YEARS: std::sync::OnceLock<Vec<YearData>> = std::sync::OnceLock::new();
    YEARS.get_or_init(|| {
        FILES.iter().map(|f| parse(f).expect("holiday data files are checked by tests")).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_with_a_source() {
        for f in FILES {
            let y = parse(f).unwrap();
            assert!(!y.source.is_empty());
        }
        assert_eq!(all().iter().map(|y| y.year).collect::<Vec<_>>(), vec![2025, 2026]);
    }

    #[test]
    fn rest_days_fall_on_weekdays_and_working_days_on_weekends() {
        for y in all() {
            for (date, kind) in &y.days {
                match kind {
                    DayKind::RestDay => assert!(!date.is_weekend(), "{date} rest day on a weekend"),
                    DayKind::WorkingDay => assert!(date.is_weekend(), "{date} working day on a weekday"),
                    DayKind::Holiday => {}
                }
            }
        }
    }

    #[test]
    fn the_fixed_holidays_of_the_labour_code_are_in_every_year() {
        for y in all() {
            for (m, d) in [(1, 1), (1, 2), (1, 20), (3, 8), (3, 20), (3, 21), (3, 22), (3, 23), (3, 24),
                (5, 9), (5, 28), (6, 15), (6, 26), (11, 8), (11, 9), (12, 31)] {
                let date = BakuDate::from_ymd(y.year, m, d).unwrap();
                assert_eq!(y.days.get(&date), Some(&DayKind::Holiday), "{date}");
            }
        }
    }

    #[test]
    fn bad_files_are_rejected() {
        assert!(parse("2026-01-01 holiday x").is_err(), "no source");
        assert!(parse("# source: s\n2026-02-30 holiday x").is_err());
        assert!(parse("# source: s\n2026-01-01 party x").is_err());
        assert!(parse("# source: s\n2026-01-01 holiday x\n2027-01-01 holiday y").is_err());
        assert!(parse("# source: s\n2026-01-01 holiday x\n2026-01-01 rest_day y").is_err());
    }
}

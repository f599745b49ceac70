//! What no rule can know about a year's calendar, one data file per year under
//! `crates/core/data/holidays/`: the lunar holidays (Ramazan and Gurban bayramı), the Cabinet
//! of Ministers' extra swaps of working days, and the decision that published them. The
//! holidays fixed by date and their transfers are computed (see `labour_code`).

use super::BakuDate;

/// Every year's file as (the year in its name, its text), listed by `build.rs`.
pub static FILES: &[(i32, &str)] = include!(concat!(env!("OUT_DIR"), "/holiday_files.rs"));

/// Whether the Cabinet has published the year's calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum YearStatus {
    /// Published: the decision (number, date) and where it was read.
    Published { decision: String, source: String },
    /// Not yet published: fixed holidays and their transfers are known; lunar holidays are
    /// astronomical estimates (`estimates`) or not known at all, and swaps are unknown.
    Provisional { estimates: bool },
}

/// What a listed date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listed {
    /// A lunar holiday as the Cabinet set it (published years only).
    Holiday,
    /// A lunar holiday as astronomers expect it (provisional years only).
    EstimatedHoliday,
    /// A weekday the Cabinet made a day off.
    RestDay,
    /// A day the Cabinet made a working day: a Saturday or Sunday, or a weekday the transfer
    /// rule would have given off.
    WorkingDay,
}

/// One listed date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub date: BakuDate,
    pub kind: Listed,
    /// What it is, in the maintainers' words (printed by the `holidays` example).
    pub what: String,
}

/// One year's file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearData {
    pub year: i32,
    pub status: YearStatus,
    pub lines: Vec<Line>,
}

/// Parses one year's file; anything malformed is an error naming the line.
pub fn parse(text: &str) -> Result<YearData, String> {
    let (mut status, mut decision, mut source, mut year) = (None, None, None, None);
    let mut lines: Vec<Line> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let at = |e: String| format!("line {}: {e}", n + 1);
        let line = line.trim();
        if let Some(header) = line.strip_prefix('#') {
            match header.trim().split_once(':') {
                Some(("status", v)) => status = Some(v.trim().to_owned()),
                Some(("decision", v)) => decision = Some(v.trim().to_owned()),
                Some(("source", v)) => source = Some(v.trim().to_owned()),
                _ => {}
            }
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, ' ');
        let (date, kind, what) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        let date = BakuDate::parse_iso(date).map_err(|e| at(format!("{e:?}")))?;
        let kind = match kind {
            "holiday" => Listed::Holiday,
            "estimated_holiday" => Listed::EstimatedHoliday,
            "rest_day" => Listed::RestDay,
            "working_day" => Listed::WorkingDay,
            other => return Err(at(format!("unknown kind '{other}'"))),
        };
        if what.trim().is_empty() {
            return Err(at("say what the day is".into()));
        }
        if *year.get_or_insert(date.year()) != date.year() {
            return Err(at(format!("{date} is in another year")));
        }
        if kind == Listed::RestDay && date.is_weekend() {
            return Err(at(format!("{date} is a Saturday or Sunday: it is off already")));
        }
        if lines.iter().any(|l| l.date == date) {
            return Err(at(format!("{date} listed twice")));
        }
        lines.push(Line { date, kind, what: what.trim().to_owned() });
    }
    let source = source.ok_or("no '# source:' line")?;
    let status = match status.as_deref() {
        Some("published") => {
            YearStatus::Published { decision: decision.ok_or("a published year names its '# decision:'")?, source }
        }
        Some("provisional") => {
            if lines.iter().any(|l| l.kind != Listed::EstimatedHoliday) {
                return Err(
                    "a provisional year lists estimated holidays only: swaps are not known before publication".into()
                );
            }
            YearStatus::Provisional { estimates: !lines.is_empty() }
        }
        _ => return Err("'# status:' must be published or provisional".into()),
    };
    if matches!(status, YearStatus::Published { .. }) && lines.iter().any(|l| l.kind == Listed::EstimatedHoliday) {
        return Err("a published year has no estimated holidays".into());
    }
    Ok(YearData { year: year.ok_or("no dates")?, status, lines })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_parses_and_is_named_after_its_year() {
        assert!(!FILES.is_empty());
        for (year, text) in FILES {
            let data = parse(text).unwrap_or_else(|e| panic!("{year}.txt: {e}"));
            assert_eq!(data.year, *year);
        }
    }

    const PUBLISHED: &str = "# status: published\n# decision: D1\n# source: S\n";

    #[test]
    fn a_published_year_names_its_decision() {
        let y = parse(&format!("{PUBLISHED}2026-03-20 holiday Ramazan\n2026-03-21 holiday Ramazan")).unwrap();
        assert_eq!(y.year, 2026);
        assert_eq!(y.status, YearStatus::Published { decision: "D1".into(), source: "S".into() });
        assert_eq!(y.lines.len(), 2);
        assert_eq!(y.lines[0].what, "Ramazan");
    }

    #[test]
    fn a_provisional_year_has_estimates_or_nothing() {
        let y = parse("# status: provisional\n# source: S\n2027-03-09 estimated_holiday Ramazan").unwrap();
        assert_eq!(y.status, YearStatus::Provisional { estimates: true });
        assert!(parse("# status: provisional\n# source: S\n2027-03-09 rest_day x").is_err(), "swaps are not known");
        assert!(parse("# status: provisional\n# source: S\n2027-03-09 holiday x").is_err());
        assert!(parse(&format!("{PUBLISHED}2027-03-09 estimated_holiday x")).is_err());
    }

    #[test]
    fn bad_files_are_rejected() {
        assert!(parse("# status: published\n# decision: D\n2026-01-05 rest_day x").is_err(), "no source");
        assert!(parse("# status: published\n# source: S\n2026-01-05 rest_day x").is_err(), "no decision");
        assert!(parse("# source: S\n2026-01-05 rest_day x").is_err(), "no status");
        assert!(parse(&format!("{PUBLISHED}2026-02-30 holiday x")).is_err());
        assert!(parse(&format!("{PUBLISHED}2026-01-05 party x")).is_err());
        assert!(parse(&format!("{PUBLISHED}2026-01-05 rest_day")).is_err(), "says nothing");
        assert!(parse(&format!("{PUBLISHED}2026-01-05 rest_day x\n2027-01-05 rest_day y")).is_err());
        assert!(parse(&format!("{PUBLISHED}2026-01-05 rest_day x\n2026-01-05 working_day y")).is_err());
        assert!(parse(&format!("{PUBLISHED}2026-03-20 holiday x\n2026-03-20 holiday y")).is_err());
        assert!(parse(&format!("{PUBLISHED}2026-01-03 rest_day a Saturday")).is_err());
        assert!(parse(PUBLISHED).is_err(), "no dates");
    }
}

//! A calendar date in Azerbaijan (Asia/Baku: UTC+04:00, no daylight saving since 2016).

use std::fmt;
use time::{Date, Duration, Month, Weekday};

/// The earliest and latest years the portal accepts in any date field: wide enough for a
/// date of birth and for planning, narrow enough to catch a typo such as 20266.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

/// Seconds Baku is ahead of UTC, all year round.
const BAKU_OFFSET_SECONDS: i64 = 4 * 3600;

/// A date as people in Azerbaijan see it on their calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BakuDate(Date);

/// Why a day, month and year do not make a date the portal accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The year is outside `FIRST_YEAR..=LAST_YEAR` (often a typo).
    YearOutOfRange,
    /// The month is not 1 to 12.
    MonthOutOfRange,
    /// The day does not exist in that month (31 April, 29 February 2026).
    NoSuchDay,
    /// The text is not a date in `YYYY-MM-DD` form.
    Unreadable,
    /// Nothing was entered.
    Empty,
    /// Some of day, month and year are missing.
    Incomplete,
    /// A part is not a whole number.
    NotANumber,
}

impl DateError {
    /// The key of the message for a date that cannot be read (`calc_common.err_date_real`);
    /// `None` for an empty field, whose message each field words for itself.
    pub const fn message_key(self) -> Option<&'static str> {
        Some(match self {
            DateError::Empty => return None,
            DateError::Incomplete => "calc_common.err_date_incomplete",
            DateError::NotANumber | DateError::Unreadable => "calc_common.err_date_nan",
            DateError::NoSuchDay => "calc_common.err_date_real",
            DateError::MonthOutOfRange => "calc_common.err_date_month",
            DateError::YearOutOfRange => "calc_common.err_date_year",
        })
    }
}

impl BakuDate {
    /// A date from its parts, checked: `from_ymd(2026, 2, 31)` is `NoSuchDay`.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Result<BakuDate, DateError> {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(DateError::YearOutOfRange);
        }
        let month = Month::try_from(month).map_err(|_| DateError::MonthOutOfRange)?;
        Date::from_calendar_date(year, month, day).map(BakuDate).map_err(|_| DateError::NoSuchDay)
    }

    /// Reads `YYYY-MM-DD`, the form dates take in URLs and data files.
    pub fn parse_iso(text: &str) -> Result<BakuDate, DateError> {
        let mut parts = text.trim().splitn(3, '-');
        let mut next = || parts.next().filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        let (y, m, d) = (next(), next(), next());
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                let parse = |s: &str| s.parse::<i32>().map_err(|_| DateError::Unreadable);
                BakuDate::from_ymd(parse(y)?, parse(m)? as u8, parse(d)? as u8)
            }
            _ => Err(DateError::Unreadable),
        }
    }

    /// Reads a date typed as three fields (day, month, year), as people write it:
    /// surrounding spaces and leading zeros are fine; anything else is a named error.
    pub fn from_fields(day: &str, month: &str, year: &str) -> Result<BakuDate, DateError> {
        let parts = [day.trim(), month.trim(), year.trim()];
        if parts.iter().all(|p| p.is_empty()) {
            return Err(DateError::Empty);
        }
        if parts.iter().any(|p| p.is_empty()) {
            return Err(DateError::Incomplete);
        }
        let number = |p: &str| {
            if p.len() > 6 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::NotANumber);
            }
            p.parse::<i32>().map_err(|_| DateError::NotANumber)
        };
        let (d, m, y) = (number(parts[0])?, number(parts[1])?, number(parts[2])?);
        if !(FIRST_YEAR..=LAST_YEAR).contains(&y) {
            return Err(DateError::YearOutOfRange);
        }
        let month = u8::try_from(m).map_err(|_| DateError::MonthOutOfRange)?;
        let day = u8::try_from(d).map_err(|_| DateError::NoSuchDay)?;
        BakuDate::from_ymd(y, month, day)
    }

    /// Today in Baku at the given instant (milliseconds since 1970-01-01 UTC), whatever the
    /// time zone of the device asking.
    pub fn today_at(unix_millis: i64) -> BakuDate {
        let baku_days = (unix_millis.div_euclid(1000) + BAKU_OFFSET_SECONDS).div_euclid(86_400);
        let epoch = Date::from_calendar_date(1970, Month::January, 1).expect("valid");
        BakuDate(epoch + Duration::days(baku_days))
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u8 {
        self.0.month() as u8
    }

    pub fn day(self) -> u8 {
        self.0.day()
    }

    pub fn weekday(self) -> Weekday {
        self.0.weekday()
    }

    /// Saturday or Sunday, the weekly days off (Labour Code).
    pub fn is_weekend(self) -> bool {
        matches!(self.0.weekday(), Weekday::Saturday | Weekday::Sunday)
    }

    /// The date `days` calendar days later (earlier when negative).
    pub fn add_days(self, days: i64) -> BakuDate {
        BakuDate(self.0 + Duration::days(days))
    }

    pub fn next_day(self) -> BakuDate {
        self.add_days(1)
    }

    /// The same day `months` calendar months later, or the month's last day when it is
    /// shorter (31 August + 6 months is 28 or 29 February).
    pub fn add_months(self, months: i32) -> BakuDate {
        let index = self.0.year() * 12 + i32::from(u8::from(self.0.month())) - 1 + months;
        let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
        let month = Month::try_from(month).expect("1 to 12");
        let day = self.0.day().min(month.length(year));
        BakuDate(Date::from_calendar_date(year, month, day).expect("a day that exists"))
    }

    /// Calendar days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: BakuDate) -> i64 {
        (later.0 - self.0).whole_days()
    }
}

impl fmt::Display for BakuDate {
    /// ISO 8601 (`2026-03-05`): for URLs, data and calendar files, never for people.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year(), self.month(), self.day())
    }
}

#[cfg(test)]
mod month_tests {
    use super::*;

    #[test]
    fn months_are_added_with_the_day_kept_or_clamped() {
        let d = |s: &str| BakuDate::parse_iso(s).unwrap();
        assert_eq!(d("2026-11-23").add_months(15), d("2028-02-23"));
        assert_eq!(d("2026-08-31").add_months(6), d("2027-02-28"));
        assert_eq!(d("2027-08-31").add_months(6), d("2028-02-29"));
        assert_eq!(d("2026-01-15").add_months(-1), d("2025-12-15"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::calendar::fixture::d;

    #[test]
    fn impossible_dates_are_named() {
        assert_eq!(BakuDate::from_ymd(2026, 2, 31), Err(DateError::NoSuchDay));
        assert_eq!(BakuDate::from_ymd(2026, 2, 29), Err(DateError::NoSuchDay));
        assert!(BakuDate::from_ymd(2028, 2, 29).is_ok());
        assert_eq!(BakuDate::from_ymd(2026, 13, 1), Err(DateError::MonthOutOfRange));
        assert_eq!(BakuDate::from_ymd(2026, 0, 1), Err(DateError::MonthOutOfRange));
        assert_eq!(BakuDate::from_ymd(2026, 4, 0), Err(DateError::NoSuchDay));
        assert_eq!(BakuDate::from_ymd(20266, 3, 5), Err(DateError::YearOutOfRange));
        assert_eq!(BakuDate::from_ymd(1899, 12, 31), Err(DateError::YearOutOfRange));
    }

    #[test]
    fn iso_round_trips_and_rejects_other_forms() {
        assert_eq!(d("2026-03-05").to_string(), "2026-03-05");
        for bad in ["2026-3-5", "05.03.2026", "2026-03", "", "2026-03-05x", "abcd-ef-gh", "+2026-03-05"] {
            assert!(BakuDate::parse_iso(bad).is_err(), "{bad}");
        }
        assert_eq!(BakuDate::parse_iso("2026-02-30"), Err(DateError::NoSuchDay));
    }

    #[test]
    fn typed_fields() {
        assert_eq!(BakuDate::from_fields("5", "3", "2026"), Ok(d("2026-03-05")));
        assert_eq!(BakuDate::from_fields(" 05 ", "03", "2026 "), Ok(d("2026-03-05")));
        assert_eq!(BakuDate::from_fields("", "", ""), Err(DateError::Empty));
        assert_eq!(BakuDate::from_fields("5", "", "2026"), Err(DateError::Incomplete));
        assert_eq!(BakuDate::from_fields("5a", "3", "2026"), Err(DateError::NotANumber));
        assert_eq!(BakuDate::from_fields("-5", "3", "2026"), Err(DateError::NotANumber));
        assert_eq!(BakuDate::from_fields("31", "2", "2026"), Err(DateError::NoSuchDay));
        assert_eq!(BakuDate::from_fields("5", "13", "2026"), Err(DateError::MonthOutOfRange));
        assert_eq!(BakuDate::from_fields("5", "3", "20266"), Err(DateError::YearOutOfRange));
        assert_eq!(BakuDate::from_fields("5", "3", "26"), Err(DateError::YearOutOfRange));
        assert_eq!(BakuDate::from_fields("500", "3", "2026"), Err(DateError::NoSuchDay));
        assert_eq!(BakuDate::from_fields("99999999999", "3", "2026"), Err(DateError::NotANumber));
    }

    #[test]
    fn today_is_baku_today() {
        // 2026-03-04 20:00 UTC is already 5 March in Baku (UTC+4).
        let ms = 1_772_654_400_000; // 2026-03-04T20:00:00Z
        assert_eq!(BakuDate::today_at(ms), d("2026-03-05"));
        // 19:59:59 UTC is still 4 March in Baku.
        assert_eq!(BakuDate::today_at(ms - 1000), d("2026-03-04"));
        // Before 1970 too.
        assert_eq!(BakuDate::today_at(-1), d("1970-01-01"));
    }

    #[test]
    fn arithmetic_crosses_months_and_years() {
        assert_eq!(d("2026-12-31").next_day(), d("2027-01-01"));
        assert_eq!(d("2026-02-28").add_days(1), d("2026-03-01"));
        assert_eq!(d("2026-03-05").days_until(d("2026-03-20")), 15);
        assert_eq!(d("2026-03-20").days_until(d("2026-03-05")), -15);
    }

    #[test]
    fn weekends() {
        assert!(d("2026-03-21").is_weekend()); // Saturday
        assert!(d("2026-03-22").is_weekend()); // Sunday
        assert!(!d("2026-03-23").is_weekend());
    }
}

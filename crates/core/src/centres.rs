//! Places that take appointments, and the times they offer. The list (`data/centres.tsv`) is
//! the reference backend's: the Service's main office, its regional migration departments and
//! a few ASAN Xidmət centres. Addresses and opening hours are not published here; the real
//! backend supplies its own list.

use crate::calendar::{BakuDate, DayStatus, WorkingCalendar};

/// A service centre: its id and its name in az, en and ru.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Centre {
    pub id: &'static str,
    pub az: &'static str,
    pub en: &'static str,
    pub ru: &'static str,
}

/// The embedded data file: `data/centres.tsv` (a header, then id and the az, en and ru names).
const TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/centres.tsv"));

/// Every centre, in the file's order (parsed once).
pub fn all() -> &'static [Centre] {
    static ALL: std::sync::OnceLock<Vec<Centre>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        crate::tsv::rows(TSV)
            .map(|cols| {
                let col = |i: usize| cols.get(i).copied().unwrap_or_default();
                Centre { id: col(0), az: col(1), en: col(2), ru: col(3) }
            })
            .collect()
    })
}

pub fn centre(id: &str) -> Option<&'static Centre> {
    all().iter().find(|c| c.id == id)
}

/// Appointment times of a working day: every half hour from 09:00 to 12:30 and from 14:00
/// to 17:30, Baku time.
pub const DAY_TIMES: [&str; 16] = [
    "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "12:30", "14:00", "14:30", "15:00", "15:30",
    "16:00", "16:30", "17:00", "17:30",
];

/// How far ahead appointments can be booked, in calendar days from tomorrow.
pub const BOOKING_HORIZON_DAYS: i64 = 60;

/// Whether appointments can be booked on `date` when it is `today`: from tomorrow, within the
/// horizon, on a day certain to be a working day (in a provisional year, never on an estimated
/// lunar holiday or the day it would move to).
pub fn bookable(calendar: &WorkingCalendar, date: BakuDate, today: BakuDate) -> bool {
    let ahead = today.days_until(date);
    (1..=BOOKING_HORIZON_DAYS).contains(&ahead) && calendar.day(date) == DayStatus::Working
}

/// The next `count` days that take appointments, from tomorrow.
pub fn next_bookable_days(calendar: &WorkingCalendar, today: BakuDate, count: usize) -> Vec<BakuDate> {
    (1..=BOOKING_HORIZON_DAYS)
        .map(|n| today.add_days(n))
        .filter(|d| bookable(calendar, *d, today))
        .take(count)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::calendar::fixture::d;

    #[test]
    fn ids_are_unique_and_found() {
        assert!(all().len() >= 11);
        for c in all() {
            assert_eq!(centre(c.id), Some(c));
            assert_eq!(all().iter().filter(|o| o.id == c.id).count(), 1);
            assert!(!c.az.is_empty() && !c.en.is_empty() && !c.ru.is_empty(), "{}", c.id);
        }
        assert_eq!(centre("rmd-shaki").map(|c| c.en), Some("Shaki Regional Migration Department"));
        assert_eq!(centre("nowhere"), None);
    }

    #[test]
    fn bookable_days() {
        let cal = crate::calendar::fixture::calendar();
        let today = d("2026-11-23"); // Monday
        assert!(!bookable(cal, today, today), "not today");
        assert!(bookable(cal, d("2026-11-24"), today));
        assert!(!bookable(cal, d("2026-11-28"), today), "Saturday");
        assert!(!bookable(cal, d("2026-12-31"), today), "a public holiday");
        assert!(!bookable(cal, d("2026-11-22"), today), "the past");
        assert!(!bookable(cal, d("2027-01-01"), today), "New Year, fixed by the Labour Code");
        assert!(!bookable(cal, d("2027-01-04"), today), "for 2 January 2027, a Saturday");
        assert!(!bookable(cal, d("2027-01-20"), today), "National Mourning Day");
        assert!(bookable(cal, d("2027-01-21"), today));
        assert!(!bookable(cal, d("2027-01-23"), today));
        assert!(!bookable(cal, d("2027-01-25"), today), "beyond 60 days");
    }

    #[test]
    fn estimated_lunar_holidays_are_not_offered() {
        let cal = crate::calendar::fixture::calendar();
        let today = d("2027-02-20");
        assert!(bookable(cal, d("2027-03-05"), today));
        assert!(!bookable(cal, d("2027-03-09"), today), "Ramazan bayramı, estimated");
        assert!(!bookable(cal, d("2027-03-10"), today));
        assert!(bookable(cal, d("2027-03-11"), today));
    }

    #[test]
    fn the_next_bookable_days_skip_weekends_and_holidays() {
        let cal = crate::calendar::fixture::calendar();
        let days = next_bookable_days(cal, d("2026-11-23"), 5);
        let iso: Vec<String> = days.iter().map(|d| d.to_string()).collect();
        assert_eq!(iso, ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30"]);
        // 31 December, 1 January and Monday 4 January 2027 (for 2 January) are days off.
        let end = next_bookable_days(cal, d("2026-12-29"), 2);
        assert_eq!(end, [d("2026-12-30"), d("2027-01-05")]);
        assert_eq!(
            next_bookable_days(cal, d("2026-11-23"), 100).len(),
            next_bookable_days(cal, d("2026-11-23"), 1000).len()
        );
    }
}

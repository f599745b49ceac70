//! Working days: Monday to Friday, less the published holidays and rest days, plus any
//! weekend day the Cabinet made a working day.

use super::year_data::{self, DayKind, YearData};
use super::BakuDate;

/// A date falls in a year whose calendar has not been published (or not loaded).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoCalendar {
    pub year: i32,
}

/// How a working-day count was made: on the published calendar, or (for a year without
/// one, and only when the caller asked) counting weekends alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayCounting {
    Published,
    AssumesWeekendsOnly { year: i32 },
}

/// The published calendars.
pub struct WorkingCalendar {
    years: &'static [YearData],
}

impl Default for WorkingCalendar {
    fn default() -> Self {
        WorkingCalendar { years: year_data::all() }
    }
}

impl WorkingCalendar {
    /// The years with a published calendar.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.years.iter().map(|y| y.year)
    }

    /// The source of a year's calendar, to show as the basis of a result.
    pub fn source(&self, year: i32) -> Option<&str> {
        self.year(year).map(|y| y.source.as_str())
    }

    fn year(&self, year: i32) -> Option<&YearData> {
        self.years.iter().find(|y| y.year == year)
    }

    /// Whether people work on `date`; an error for a year without a published calendar.
    pub fn is_working_day(&self, date: BakuDate) -> Result<bool, NoCalendar> {
        let year = self.year(date.year()).ok_or(NoCalendar { year: date.year() })?;
        Ok(match year.days.get(&date) {
            Some(DayKind::Holiday | DayKind::RestDay) => false,
            Some(DayKind::WorkingDay) => true,
            None => !date.is_weekend(),
        })
    }

    /// The first working day on or after `date`.
    pub fn next_working_day(&self, date: BakuDate) -> Result<BakuDate, NoCalendar> {
        let mut day = date;
        while !self.is_working_day(day)? {
            day = day.next_day();
        }
        Ok(day)
    }

    /// The date `n` working days after `date` (the count starts the day after `date`).
    pub fn add_working_days(&self, date: BakuDate, n: u32) -> Result<BakuDate, NoCalendar> {
        count_forward(date, n, |day| self.is_working_day(day))
    }

    /// Like [`add_working_days`](Self::add_working_days), but past the published years it
    /// counts weekends only and says so, so the caller can show the assumption.
    pub fn add_working_days_or_assume(&self, date: BakuDate, n: u32) -> (BakuDate, DayCounting) {
        match self.add_working_days(date, n) {
            Ok(day) => (day, DayCounting::Published),
            Err(NoCalendar { year }) => {
                let assumed = count_forward(date, n, |day| {
                    Ok::<_, std::convert::Infallible>(self.is_working_day(day).unwrap_or(!day.is_weekend()))
                });
                let Ok(day) = assumed;
                (day, DayCounting::AssumesWeekendsOnly { year })
            }
        }
    }
}

/// Steps forward from `date` until `n` days for which `is_working` holds have passed.
fn count_forward<E>(
    date: BakuDate,
    n: u32,
    mut is_working: impl FnMut(BakuDate) -> Result<bool, E>,
) -> Result<BakuDate, E> {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        day = day.next_day();
        if is_working(day)? {
            left -= 1;
        }
    }
    Ok(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> BakuDate {
        BakuDate::parse_iso(s).unwrap()
    }

    #[test]
    fn ministry_count_of_working_days_in_2026() {
        // The 2026 working time norm: 241 working days in a five-day week.
        let cal = WorkingCalendar::default();
        let mut day = d("2026-01-01");
        let mut count = 0;
        while day.year() == 2026 {
            count += cal.is_working_day(day).unwrap() as u32;
            day = day.next_day();
        }
        assert_eq!(count, 241);
    }

    #[test]
    fn five_working_days_across_the_2026_novruz_and_ramadan_break() {
        let cal = WorkingCalendar::default();
        // Arrival at a new address on Thursday 19 March 2026: the break runs 20-30 March.
        assert_eq!(cal.add_working_days(d("2026-03-19"), 5).unwrap(), d("2026-04-06"));
        assert_eq!(cal.next_working_day(d("2026-03-20")).unwrap(), d("2026-03-31"));
    }

    #[test]
    fn weekends_and_holidays() {
        let cal = WorkingCalendar::default();
        assert!(!cal.is_working_day(d("2026-03-21")).unwrap()); // Saturday, holiday
        assert!(!cal.is_working_day(d("2026-03-27")).unwrap()); // Friday, rest day
        assert!(cal.is_working_day(d("2026-03-31")).unwrap());
        assert!(!cal.is_working_day(d("2025-11-11")).unwrap());
        assert!(cal.is_working_day(d("2025-11-12")).unwrap());
    }

    #[test]
    fn a_year_without_a_calendar_is_an_error_not_a_guess() {
        let cal = WorkingCalendar::default();
        assert_eq!(cal.is_working_day(d("2027-01-04")), Err(NoCalendar { year: 2027 }));
        assert_eq!(cal.add_working_days(d("2026-12-28"), 5), Err(NoCalendar { year: 2027 }));
        // 28 Dec (Mon) + 5: 29, 30 Dec, 31 Dec is a holiday, then 1 Jan 2027 (Fri),
        // 4 and 5 Jan (weekends only assumed: 1 Jan counts as a working day).
        assert_eq!(
            cal.add_working_days_or_assume(d("2026-12-28"), 5),
            (d("2027-01-05"), DayCounting::AssumesWeekendsOnly { year: 2027 })
        );
        assert_eq!(cal.add_working_days_or_assume(d("2026-03-19"), 5), (d("2026-04-06"), DayCounting::Published));
    }
}

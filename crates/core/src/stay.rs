//! Days of stay: how many days of the permitted stay are used and left, and the last day a
//! visitor may stay when entering on a given date.
//!
//! General rule (Migration Code Art. 20): at most 90 days in one visa-free stay. Citizens of
//! Russia, and stateless persons resident there, since 1 January 2025: at most 90 days in a
//! calendar year in total (Cabinet of Ministers Decision No. 561 of 29 December 2024).

use crate::basis::Basis;
use crate::calendar::BakuDate;

const LIMIT: u32 = 90;

/// One trip: the day of entry and, once known, the day of exit. Both days count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trip {
    pub entry: BakuDate,
    pub exit: Option<BakuDate>,
}

/// Which limit applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StayRule {
    /// 90 days in one stay.
    PerStay,
    /// 90 days in a calendar year in total (and, as an assumption, in one stay).
    PerCalendarYear,
}

impl StayRule {
    pub fn basis(self) -> Basis {
        match self {
            StayRule::PerStay => Basis::VisaFreeStay90Days,
            StayRule::PerCalendarYear => Basis::Russia90DaysPerCalendarYear,
        }
    }
}

/// A list of trips that cannot be real; `trip` is the index of the offending trip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StayError {
    ExitBeforeEntry { trip: usize },
    Overlap { trip: usize, with: usize },
    /// Only the latest trip may be without an exit date.
    OpenTripNotLast { trip: usize },
    /// A trip starts after today: past trips only (plan with `entering`).
    EntryInFuture { trip: usize },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StayResult {
    pub rule: StayRule,
    /// Days used: in the current stay (per stay) or in today's calendar year (per year).
    pub used: u32,
    pub left: u32,
    /// The last day one may stay when entering on the planned date; `None` when no day is
    /// left in that calendar year.
    pub last_day: Option<BakuDate>,
}

/// Works out the days of stay for `trips` as of `today`, and the last day for an entry on
/// `entering` (today when `None`).
pub fn days_of_stay(rule: StayRule, trips: &[Trip], today: BakuDate, entering: Option<BakuDate>)
    -> Result<StayResult, StayError> {
    check(trips, today)?;
    // An open trip counts up to today.
    let spans: Vec<(BakuDate, BakuDate)> =
        trips.iter().map(|t| (t.entry, t.exit.unwrap_or(today))).collect();
    let used = match rule {
        StayRule::PerStay => spans
            .iter()
            .find(|(a, b)| *a <= today && today <= *b)
            .map_or(0, |(a, _)| inclusive_days(*a, today)),
        StayRule::PerCalendarYear => days_in_year(&spans, today.year()),
    };
    let entering = entering.unwrap_or(today);
    let last_day = match rule {
        StayRule::PerStay => Some(entering.add_days(i64::from(LIMIT) - 1)),
        StayRule::PerCalendarYear => last_day_per_year(&spans, entering),
    };
    Ok(StayResult { rule, used, left: LIMIT.saturating_sub(used), last_day })
}

fn inclusive_days(from: BakuDate, to: BakuDate) -> u32 {
    (from.days_until(to) + 1).max(0) as u32
}

fn days_in_year(spans: &[(BakuDate, BakuDate)], year: i32) -> u32 {
    let (first, last) = (BakuDate::from_ymd(year, 1, 1), BakuDate::from_ymd(year, 12, 31));
    let (Ok(first), Ok(last)) = (first, last) else { return 0 };
    spans
        .iter()
        .map(|(a, b)| {
            let (a, b) = ((*a).max(first), (*b).min(last));
            if a <= b { inclusive_days(a, b) } else { 0 }
        })
        .sum()
}

/// Walks forward from `entering`, counting each day against its calendar year, until the
/// year's 90 days or the stay's 90 days are used.
fn last_day_per_year(spans: &[(BakuDate, BakuDate)], entering: BakuDate) -> Option<BakuDate> {
    // Days already used in a year, not counting the planned stay itself.
    let earlier: Vec<_> = spans.iter().copied().filter(|(a, _)| *a < entering).collect();
    let mut year = entering.year();
    let mut used = days_in_year(&earlier, year);
    let mut day = entering;
    let mut last = None;
    for _ in 0..LIMIT {
        if day.year() != year {
            year = day.year();
            used = days_in_year(&earlier, year);
        }
        if used >= LIMIT {
            break;
        }
        used += 1;
        last = Some(day);
        day = day.next_day();
    }
    last
}

fn check(trips: &[Trip], today: BakuDate) -> Result<(), StayError> {
    for (i, t) in trips.iter().enumerate() {
        if t.entry > today {
            return Err(StayError::EntryInFuture { trip: i });
        }
        match t.exit {
            Some(exit) if exit < t.entry => return Err(StayError::ExitBeforeEntry { trip: i }),
            None if trips.iter().any(|o| o.entry > t.entry) => {
                return Err(StayError::OpenTripNotLast { trip: i })
            }
            _ => {}
        }
    }
    for (i, a) in trips.iter().enumerate() {
        for (j, b) in trips.iter().enumerate().skip(i + 1) {
            let end = |t: &Trip| t.exit.unwrap_or(today);
            if a.entry <= end(b) && b.entry <= end(a) {
                return Err(StayError::Overlap { trip: j, with: i });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> BakuDate {
        BakuDate::parse_iso(s).unwrap()
    }

    fn trip(entry: &str, exit: Option<&str>) -> Trip {
        Trip { entry: d(entry), exit: exit.map(d) }
    }

    #[test]
    fn per_stay_counts_the_current_stay_including_both_ends() {
        let r = days_of_stay(StayRule::PerStay, &[trip("2026-03-01", None)], d("2026-03-10"), None).unwrap();
        assert_eq!((r.used, r.left), (10, 80));
        // Not in the country today: nothing used of a new stay.
        let r = days_of_stay(StayRule::PerStay, &[trip("2026-01-01", Some("2026-02-01"))], d("2026-03-10"), None).unwrap();
        assert_eq!((r.used, r.left), (0, 90));
        assert_eq!(r.last_day, Some(d("2026-06-07")));
    }

    #[test]
    fn russia_counts_every_trip_in_the_calendar_year() {
        let trips = [trip("2026-01-10", Some("2026-02-08")), trip("2026-05-01", Some("2026-05-31"))];
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-07-01"), Some(d("2026-08-01"))).unwrap();
        assert_eq!((r.used, r.left), (30 + 31, 29));
        assert_eq!(r.last_day, Some(d("2026-08-29")));
    }

    #[test]
    fn russia_across_new_year() {
        // 80 days used in 2026; entering on 20 December leaves 10 days: 20-29 December.
        let trips = [trip("2026-02-01", Some("2026-04-21"))];
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-11-22"), Some(d("2026-12-20"))).unwrap();
        assert_eq!(r.used, 80);
        assert_eq!(r.last_day, Some(d("2026-12-29")));
        // With nothing used in 2026, one stay is still capped at 90 days (assumption).
        let r = days_of_stay(StayRule::PerCalendarYear, &[], d("2026-11-22"), Some(d("2026-12-01"))).unwrap();
        assert_eq!(r.last_day, Some(d("2027-02-28")));
        // Days used at the end of 2025 do not count in 2026.
        let trips = [trip("2025-10-15", Some("2026-01-05"))];
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-03-01"), None).unwrap();
        assert_eq!(r.used, 5);
    }

    #[test]
    fn no_days_left_in_the_year() {
        let trips = [trip("2026-01-01", Some("2026-03-31"))];
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-06-01"), None).unwrap();
        assert_eq!((r.used, r.left, r.last_day), (90, 0, None));
        // In the next calendar year the count starts again.
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-06-01"), Some(d("2027-01-01"))).unwrap();
        assert_eq!(r.last_day, Some(d("2027-03-31")));
    }

    #[test]
    fn impossible_trips_are_named() {
        let today = d("2026-06-01");
        let e = |t: &[Trip]| days_of_stay(StayRule::PerCalendarYear, t, today, None).unwrap_err();
        assert_eq!(e(&[trip("2026-03-10", Some("2026-03-01"))]), StayError::ExitBeforeEntry { trip: 0 });
        assert_eq!(
            e(&[trip("2026-03-01", Some("2026-03-10")), trip("2026-03-10", Some("2026-03-20"))]),
            StayError::Overlap { trip: 1, with: 0 }
        );
        assert_eq!(e(&[trip("2026-03-01", None), trip("2026-04-01", Some("2026-04-05"))]), StayError::OpenTripNotLast { trip: 0 });
        assert_eq!(e(&[trip("2026-07-01", None)]), StayError::EntryInFuture { trip: 0 });
    }
}

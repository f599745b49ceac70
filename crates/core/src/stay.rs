//! Days of stay: how many days of the permitted stay are used and left, and the last day a
//! visitor may stay when entering on a given date.
//!
//! General rule (Migration Code Art. 20): at most 90 days in one visa-free stay. Citizens of
//! Russia, and stateless persons resident there, since 1 January 2025: at most 90 days in a
//! calendar year in total (Cabinet of Ministers Decision No. 561 of 29 December 2024).

use crate::basis::Basis;
use crate::calendar::{BakuDate, ProvisionalYears, WorkingCalendar};

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
    /// The calculators' answer: `ru` (citizens of Russia, and stateless persons resident
    /// there) or `other`; `None` when none is chosen.
    pub fn from_answer(answer: &str) -> Option<StayRule> {
        match answer {
            "ru" => Some(StayRule::PerCalendarYear),
            "other" => Some(StayRule::PerStay),
            _ => None,
        }
    }

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
    ExitBeforeEntry {
        trip: usize,
    },
    Overlap {
        trip: usize,
        with: usize,
    },
    /// Only the latest trip may be without an exit date.
    OpenTripNotLast {
        trip: usize,
    },
    /// A trip starts after today: past and current trips only (plan with `entering`).
    EntryInFuture {
        trip: usize,
    },
    /// The planned entry is before today.
    PlannedEntryInPast,
    /// The planned entry is not after the end of every trip (an open trip has no end).
    PlannedEntryDuringTrip,
}

/// A stay that starts on `entry` and may last until `last_day` inclusive; `None` when no day
/// of it is allowed (the calendar year's 90 days were already used).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StayWindow {
    pub entry: BakuDate,
    pub last_day: Option<BakuDate>,
}

/// The stay that includes today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CurrentStay {
    pub window: StayWindow,
    /// The exit date given for it, if any (today or later).
    pub exit: Option<BakuDate>,
    /// Today is already past the last permitted day.
    pub overstaying: bool,
    /// The given exit date is after the last permitted day.
    pub exit_too_late: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StayResult {
    pub rule: StayRule,
    /// Days used up to and including today: in the current stay (per stay) or in today's
    /// calendar year (per year).
    pub used: u32,
    pub left: u32,
    /// When in Azerbaijan today.
    pub current: Option<CurrentStay>,
    /// For a planned entry: how long that stay may last.
    pub planned: Option<StayWindow>,
}

impl StayResult {
    /// The last days the result shows: the current stay's and the planned one's.
    pub fn last_days(&self) -> impl Iterator<Item = BakuDate> {
        [self.current.map(|c| c.window), self.planned].into_iter().flatten().filter_map(|w| w.last_day)
    }

    /// The provisional years among the last days shown.
    pub fn provisional(&self, calendar: &WorkingCalendar) -> Option<ProvisionalYears> {
        calendar.provisional_in(self.last_days())
    }

    /// The rules the result rests on, in the order shown, for the portal and the widgets alike.
    pub fn bases(&self, calendar: &WorkingCalendar) -> Vec<Basis> {
        let mut bases = vec![self.rule.basis(), Basis::StayDayCounting];
        if self.rule == StayRule::PerCalendarYear {
            bases.push(Basis::RussiaSingleStayAlsoCapped);
        }
        if self.provisional(calendar).is_some() {
            bases.push(Basis::ProvisionalCalendar);
        }
        bases
    }
}

/// Works out the days of stay for `trips` as of `today`, the last day of the stay that
/// includes today, and the last day of a stay entered on `entering`.
pub fn days_of_stay(
    rule: StayRule,
    trips: &[Trip],
    today: BakuDate,
    entering: Option<BakuDate>,
) -> Result<StayResult, StayError> {
    check(trips, today, entering)?;
    // Up to today only: an open trip, or a trip with a later exit, counts until today.
    let past: Vec<(BakuDate, BakuDate)> =
        trips.iter().map(|t| (t.entry, t.exit.map_or(today, |e| e.min(today)))).collect();
    // Every listed day, including those up to an exit after today.
    let listed: Vec<(BakuDate, BakuDate)> = trips.iter().map(|t| (t.entry, t.exit.unwrap_or(today))).collect();
    let current = trips.iter().find(|t| t.entry <= today && t.exit.is_none_or(|e| today <= e));
    let used = match rule {
        StayRule::PerStay => current.map_or(0, |t| inclusive_days(t.entry, today)),
        StayRule::PerCalendarYear => days_in_year(&past, today.year()),
    };
    let window = |entry: BakuDate| StayWindow { entry, last_day: last_day(rule, &listed, entry) };
    let current = current.map(|t| {
        let window = window(t.entry);
        let before = |d: BakuDate| window.last_day.is_none_or(|last| last < d);
        CurrentStay { window, exit: t.exit, overstaying: before(today), exit_too_late: t.exit.is_some_and(before) }
    });
    Ok(StayResult { rule, used, left: LIMIT.saturating_sub(used), current, planned: entering.map(window) })
}

/// The last day of a stay entered on `entry`, counting earlier trips against the limit.
fn last_day(rule: StayRule, spans: &[(BakuDate, BakuDate)], entry: BakuDate) -> Option<BakuDate> {
    match rule {
        StayRule::PerStay => Some(entry.add_days(i64::from(LIMIT) - 1)),
        StayRule::PerCalendarYear => last_day_per_year(spans, entry),
    }
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

fn check(trips: &[Trip], today: BakuDate, entering: Option<BakuDate>) -> Result<(), StayError> {
    for (i, t) in trips.iter().enumerate() {
        if t.entry > today {
            return Err(StayError::EntryInFuture { trip: i });
        }
        match t.exit {
            Some(exit) if exit < t.entry => return Err(StayError::ExitBeforeEntry { trip: i }),
            None if trips.iter().any(|o| o.entry > t.entry) => return Err(StayError::OpenTripNotLast { trip: i }),
            _ => {}
        }
    }
    let end = |t: &Trip| t.exit.unwrap_or(today);
    for (i, a) in trips.iter().enumerate() {
        for (j, b) in trips.iter().enumerate().skip(i + 1) {
            if a.entry <= end(b) && b.entry <= end(a) {
                return Err(StayError::Overlap { trip: j, with: i });
            }
        }
    }
    if let Some(planned) = entering {
        if planned < today {
            return Err(StayError::PlannedEntryInPast);
        }
        if trips.iter().any(|t| t.exit.is_none_or(|e| planned <= e)) {
            return Err(StayError::PlannedEntryDuringTrip);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::calendar::fixture::d;

    fn trip(entry: &str, exit: Option<&str>) -> Trip {
        Trip { entry: d(entry), exit: exit.map(d) }
    }

    fn last(r: &StayResult) -> Option<BakuDate> {
        r.planned.expect("a planned entry").last_day
    }

    #[test]
    fn the_calculators_answer_names_the_rule() {
        assert_eq!(StayRule::from_answer("ru"), Some(StayRule::PerCalendarYear));
        assert_eq!(StayRule::from_answer("other"), Some(StayRule::PerStay));
        assert_eq!(StayRule::from_answer("RU"), None);
    }

    #[test]
    fn per_stay_counts_the_current_stay_including_both_ends() {
        let r = days_of_stay(StayRule::PerStay, &[trip("2026-03-01", None)], d("2026-03-10"), None).unwrap();
        assert_eq!((r.used, r.left), (10, 80));
        let current = r.current.unwrap();
        assert_eq!(current.window, StayWindow { entry: d("2026-03-01"), last_day: Some(d("2026-05-29")) });
        assert!(!current.overstaying);
        // Not in the country today: nothing used of a new stay.
        let r = days_of_stay(
            StayRule::PerStay,
            &[trip("2026-01-01", Some("2026-02-01"))],
            d("2026-03-10"),
            Some(d("2026-03-10")),
        )
        .unwrap();
        assert_eq!((r.used, r.left, r.current), (0, 90, None));
        assert_eq!(last(&r), Some(d("2026-06-07")));
    }

    #[test]
    fn a_planned_exit_after_the_last_day_is_flagged() {
        let r =
            days_of_stay(StayRule::PerStay, &[trip("2026-03-01", Some("2026-06-01"))], d("2026-03-10"), None).unwrap();
        let current = r.current.unwrap();
        assert_eq!(current.window.last_day, Some(d("2026-05-29")));
        assert!(current.exit_too_late && !current.overstaying);
        // Still here on day 91.
        let r = days_of_stay(StayRule::PerStay, &[trip("2026-03-01", None)], d("2026-05-30"), None).unwrap();
        assert_eq!((r.used, r.left), (91, 0));
        assert!(r.current.unwrap().overstaying);
    }

    #[test]
    fn russia_counts_every_trip_in_the_calendar_year() {
        let trips = [trip("2026-01-10", Some("2026-02-08")), trip("2026-05-01", Some("2026-05-31"))];
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-07-01"), Some(d("2026-08-01"))).unwrap();
        assert_eq!((r.used, r.left), (30 + 31, 29));
        assert_eq!(last(&r), Some(d("2026-08-29")));
    }

    #[test]
    fn russia_current_stay_counts_the_earlier_trips_of_the_year() {
        // 61 days used before this trip: this one may last 29 days, 1-29 August.
        let trips =
            [trip("2026-01-10", Some("2026-02-08")), trip("2026-05-01", Some("2026-05-31")), trip("2026-08-01", None)];
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-08-10"), None).unwrap();
        assert_eq!((r.used, r.left), (71, 19));
        assert_eq!(r.current.unwrap().window.last_day, Some(d("2026-08-29")));
        // A planned exit later in the year counts only up to today in "used".
        let trips = [trip("2026-08-01", Some("2026-09-30"))];
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-08-10"), None).unwrap();
        assert_eq!(r.used, 10);
        assert!(!r.current.unwrap().exit_too_late);
    }

    #[test]
    fn russia_across_new_year() {
        // 80 days used in 2026; entering on 20 December leaves 10 days: 20-29 December.
        let trips = [trip("2026-02-01", Some("2026-04-21"))];
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-11-22"), Some(d("2026-12-20"))).unwrap();
        assert_eq!(r.used, 80);
        assert_eq!(last(&r), Some(d("2026-12-29")));
        // With nothing used in 2026, one stay is still capped at 90 days (assumption).
        let r = days_of_stay(StayRule::PerCalendarYear, &[], d("2026-11-22"), Some(d("2026-12-01"))).unwrap();
        assert_eq!(last(&r), Some(d("2027-02-28")));
        // Days used at the end of 2025 do not count in 2026.
        let trips = [trip("2025-10-15", Some("2026-01-05"))];
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-03-01"), None).unwrap();
        assert_eq!(r.used, 5);
    }

    #[test]
    fn no_days_left_in_the_year() {
        let trips = [trip("2026-01-01", Some("2026-03-31"))];
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-06-01"), Some(d("2026-06-01"))).unwrap();
        assert_eq!((r.used, r.left, last(&r)), (90, 0, None));
        // In the next calendar year the count starts again.
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-06-01"), Some(d("2027-01-01"))).unwrap();
        assert_eq!(last(&r), Some(d("2027-03-31")));
        // Entered anyway: overstaying from the first day.
        let trips = [trip("2026-01-01", Some("2026-03-31")), trip("2026-05-01", None)];
        let r = days_of_stay(StayRule::PerCalendarYear, &trips, d("2026-05-02"), None).unwrap();
        let current = r.current.unwrap();
        assert_eq!(current.window.last_day, None);
        assert!(current.overstaying);
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
        assert_eq!(
            e(&[trip("2026-03-01", None), trip("2026-04-01", Some("2026-04-05"))]),
            StayError::OpenTripNotLast { trip: 0 }
        );
        assert_eq!(e(&[trip("2026-07-01", None)]), StayError::EntryInFuture { trip: 0 });
    }

    #[test]
    fn a_planned_entry_must_follow_the_trips() {
        let today = d("2026-06-01");
        let e = |t: &[Trip], planned: &str| days_of_stay(StayRule::PerStay, t, today, Some(d(planned))).unwrap_err();
        assert_eq!(e(&[], "2026-05-31"), StayError::PlannedEntryInPast);
        assert_eq!(e(&[trip("2026-05-01", None)], "2026-07-01"), StayError::PlannedEntryDuringTrip);
        assert_eq!(e(&[trip("2026-05-01", Some("2026-06-10"))], "2026-06-10"), StayError::PlannedEntryDuringTrip);
        assert!(
            days_of_stay(StayRule::PerStay, &[trip("2026-05-01", Some("2026-06-10"))], today, Some(d("2026-06-11")))
                .is_ok()
        );
    }

    #[test]
    fn a_last_day_in_a_provisional_year_is_said_and_its_basis_shown() {
        let cal = crate::calendar::fixture::calendar();
        let r = days_of_stay(StayRule::PerStay, &[trip("2026-12-01", None)], d("2026-12-05"), None).unwrap();
        assert_eq!(r.last_days().collect::<Vec<_>>(), [d("2027-02-28")]);
        assert_eq!(r.provisional(cal).map(|p| p.label()), Some("2027".to_owned()));
        assert_eq!(r.bases(cal), [Basis::VisaFreeStay90Days, Basis::StayDayCounting, Basis::ProvisionalCalendar]);
        let r = days_of_stay(StayRule::PerCalendarYear, &[trip("2026-03-01", None)], d("2026-03-05"), None).unwrap();
        assert_eq!(r.provisional(cal), None);
        assert_eq!(
            r.bases(cal),
            [Basis::Russia90DaysPerCalendarYear, Basis::StayDayCounting, Basis::RussiaSingleStayAlsoCapped]
        );
    }
}

//! Properties that must hold for every input, not just the examples in the unit tests.

use migrationto_core::calendar::{BakuDate, WorkingCalendar};
use migrationto_core::citizenship::Citizenship;
use migrationto_core::registration::{registration, Accommodation, EntryBasis, PlannedStay, RegistrationInput};
use migrationto_core::stay::{days_of_stay, StayRule, Trip};
use proptest::prelude::*;

/// Any date from 2025-01-01 to 2026-12-31, the years with a published calendar.
fn published_date() -> impl Strategy<Value = BakuDate> {
    (0i64..730).prop_map(|n| BakuDate::parse_iso("2025-01-01").unwrap().add_days(n))
}

fn any_date() -> impl Strategy<Value = BakuDate> {
    (0i64..3650).prop_map(|n| BakuDate::parse_iso("2020-01-01").unwrap().add_days(n))
}

fn citizenship() -> impl Strategy<Value = Citizenship> {
    prop_oneof![Just("KZ"), Just("RU"), Just("UZ"), Just("DE"), Just("IN"), Just("stateless")]
        .prop_map(|c| Citizenship::parse(c).unwrap())
}

proptest! {
    #[test]
    fn the_registration_deadline_is_never_before_arrival(
        citizenship in citizenship(), arrival in any_date(), days in 0u32..400, today in any_date(), hotel in any::<bool>()
    ) {
        let input = RegistrationInput {
            citizenship,
            arrival,
            stay: PlannedStay::Days(days),
            accommodation: if hotel { Accommodation::Hotel } else { Accommodation::PrivateFlat },
            entry: EntryBasis::VisaFree,
            moved: None,
        };
        let r = registration(&input, today, &WorkingCalendar::default()).unwrap();
        prop_assert!(r.deadline.last_day.date > arrival);
        prop_assert!(r.stay_ends.date >= arrival);
        prop_assert_eq!(r.needed, days > r.threshold);
        prop_assert_eq!(r.deadline.days_left, today.days_until(r.deadline.last_day.date));
    }

    #[test]
    fn adding_working_days_never_lands_on_a_day_off(start in published_date(), n in 1u32..40) {
        let cal = WorkingCalendar::default();
        if let Ok(end) = cal.add_working_days(start, n) {
            prop_assert!(cal.is_working_day(end).unwrap());
            prop_assert!(end > start);
            // Exactly n working days in (start, end].
            let mut count = 0;
            let mut day = start.next_day();
            while day <= end {
                count += cal.is_working_day(day).unwrap() as u32;
                day = day.next_day();
            }
            prop_assert_eq!(count, n);
        }
    }

    #[test]
    fn the_next_working_day_is_a_working_day_and_not_earlier(start in published_date()) {
        let cal = WorkingCalendar::default();
        if let Ok(next) = cal.next_working_day(start) {
            prop_assert!(next >= start);
            prop_assert!(cal.is_working_day(next).unwrap());
        }
    }

    #[test]
    fn today_depends_only_on_the_instant(ms in -2_000_000_000_000i64..4_000_000_000_000i64) {
        // The same instant gives the same Baku date however it is reached, and the date
        // changes exactly at 20:00 UTC (midnight in Baku).
        let today = BakuDate::today_at(ms);
        let day_start = (ms + 4 * 3_600_000).div_euclid(86_400_000) * 86_400_000 - 4 * 3_600_000;
        prop_assert_eq!(BakuDate::today_at(day_start), today);
        prop_assert_eq!(BakuDate::today_at(day_start + 86_399_999), today);
        prop_assert_eq!(BakuDate::today_at(day_start - 1), today.add_days(-1));
    }

    #[test]
    fn calendar_year_days_match_a_day_by_day_count(
        trips in proptest::collection::vec((0i64..700, 0i64..100, 1i64..60), 0..4), probe in 0i64..900
    ) {
        // Build non-overlapping trips from (offset, length, gap) triples, then count day by day.
        let mut day = BakuDate::parse_iso("2025-01-01").unwrap();
        let mut list = Vec::new();
        for (offset, len, gap) in trips {
            let entry = day.add_days(offset % 30);
            let exit = entry.add_days(len);
            list.push(Trip { entry, exit: Some(exit) });
            day = exit.add_days(gap);
        }
        let today = BakuDate::parse_iso("2025-01-01").unwrap().add_days(probe).max(day);
        let r = days_of_stay(StayRule::PerCalendarYear, &list, today, Some(today.next_day())).unwrap();
        let mut expected = 0u32;
        for t in &list {
            let mut d = t.entry;
            while d <= t.exit.unwrap() {
                expected += (d.year() == today.year()) as u32;
                d = d.next_day();
            }
        }
        prop_assert_eq!(r.used, expected);
        prop_assert_eq!(r.left, 90u32.saturating_sub(expected));
        // Entering tomorrow, the last day keeps the year's total within 90 and one stay within 90.
        if let Some(last) = r.planned.unwrap().last_day {
            let mut total = expected;
            let mut d = today.next_day();
            while d <= last {
                if d.year() != today.year() { break; }
                total += 1;
                d = d.next_day();
            }
            // (Entering in a new year starts a fresh count: only the one-stay cap applies.)
            prop_assert!(total <= 90 || today.next_day().year() != today.year());
            prop_assert!(today.next_day().days_until(last) < 90);
        } else {
            prop_assert!(expected >= 90 && today.next_day().year() == today.year());
        }
    }
}

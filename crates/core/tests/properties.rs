//! Properties that must hold for every input, not just the examples in the unit tests.

use migrationto_core::calendar::labour_code::{FIXED_HOLIDAYS, fixed_holidays};
use migrationto_core::calendar::{BakuDate, DayStatus, WorkingCalendar};
use migrationto_core::citizenship::Citizenship;
use migrationto_core::registration::{Accommodation, EntryBasis, PlannedStay, RegistrationInput, registration};
use migrationto_core::stay::{StayRule, Trip, days_of_stay};
use proptest::prelude::*;

/// Any date from 2025-01-01 to 2035-12-31.
fn date_2025_2035() -> impl Strategy<Value = BakuDate> {
    (0i64..4017).prop_map(|n| BakuDate::parse_iso("2025-01-01").unwrap().add_days(n))
}

/// The calendars every property must hold for: the data files as they are, and the rules
/// alone (a year before its file exists). Neither depends on which years have files.
fn calendars() -> [&'static WorkingCalendar; 2] {
    static RULES_ONLY: std::sync::OnceLock<WorkingCalendar> = std::sync::OnceLock::new();
    [WorkingCalendar::published(), RULES_ONLY.get_or_init(|| WorkingCalendar::from_files(&[]).unwrap())]
}

fn d(s: &str) -> BakuDate {
    BakuDate::parse_iso(s).unwrap()
}

#[test]
fn a_fixed_holiday_is_never_a_working_day_2025_to_2035() {
    for cal in calendars() {
        for year in 2025..=2035 {
            for h in fixed_holidays(year) {
                assert_eq!(cal.day(h.date), DayStatus::Off, "{} {}", h.date, h.name);
            }
        }
    }
}

#[test]
fn a_holiday_on_a_weekend_gives_a_weekday_off_soon_after_2025_to_2035() {
    let rules = calendars()[1];
    for year in 2025..=2035 {
        for h in fixed_holidays(year).filter(|h| h.transfers && h.date.is_weekend()) {
            // The first working day after the holiday's block of days off is not the day
            // after the weekend: some weekday between them was given off.
            let mut day = h.date;
            while day.is_weekend() {
                day = day.next_day();
            }
            assert_eq!(rules.day(day), DayStatus::Off, "{}: {day} should be off", h.date);
        }
    }
}

#[test]
fn twenty_january_is_never_transferred_2025_to_2035() {
    let rules = calendars()[1];
    let mut weekends = 0;
    for year in 2025..=2035 {
        let jan20 = BakuDate::from_ymd(year, 1, 20).unwrap();
        if jan20.is_weekend() {
            weekends += 1;
            let mut monday = jan20;
            while monday.is_weekend() {
                monday = monday.next_day();
            }
            assert_eq!(rules.day(monday), DayStatus::Working, "{year}");
        }
    }
    assert!(weekends >= 2, "the range has weekends on 20 January (2029, 2030, 2035)");
}

#[test]
fn every_year_has_its_sixteen_fixed_holidays_and_about_240_working_days() {
    assert_eq!(FIXED_HOLIDAYS.len(), 16);
    for cal in calendars() {
        for year in 2025..=2035 {
            let mut day = BakuDate::from_ymd(year, 1, 1).unwrap();
            let mut working = 0;
            while day.year() == year {
                working += cal.is_working_day(day) as u32;
                day = day.next_day();
            }
            assert!((235..=252).contains(&working), "{year}: {working}");
        }
    }
}

#[test]
fn the_2025_calendar_has_the_cabinets_corrections() {
    // FACTS: 29 January non-working (municipal elections); 10 March and 1 April working,
    // 27-28 March non-working; Saturday 21 June working and 27 June non-working.
    let cal = WorkingCalendar::published();
    for off in [
        "2025-01-29",
        "2025-03-27",
        "2025-03-28",
        "2025-06-27",
        "2025-01-03",
        "2025-03-25",
        "2025-03-26",
        "2025-06-09",
        "2025-06-16",
        "2025-11-10",
        "2025-11-11",
    ] {
        assert_eq!(cal.day(d(off)), DayStatus::Off, "{off}");
    }
    for working in ["2025-03-10", "2025-04-01", "2025-06-21"] {
        assert_eq!(cal.day(d(working)), DayStatus::Working, "{working}");
    }
    assert!(!cal.is_provisional(2025));
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
        let r = registration(&input, today, WorkingCalendar::published()).unwrap();
        prop_assert!(r.deadline.last_day.date > arrival);
        prop_assert!(r.stay_ends.date >= arrival);
        prop_assert_eq!(r.needed, days > r.threshold);
        prop_assert_eq!(r.deadline.days_left, today.days_until(r.deadline.last_day.date));
    }

    #[test]
    fn adding_working_days_never_lands_on_a_day_off(start in date_2025_2035(), n in 1u32..40, which in 0usize..2) {
        let cal = calendars()[which];
        let (end, _) = cal.add_working_days(start, n);
        prop_assert!(cal.is_working_day(end));
        prop_assert!(end > start);
        // Exactly n working days in (start, end].
        let mut count = 0;
        let mut day = start.next_day();
        while day <= end {
            count += cal.is_working_day(day) as u32;
            day = day.next_day();
        }
        prop_assert_eq!(count, n);
    }

    #[test]
    fn the_next_working_day_is_a_working_day_and_not_earlier(start in date_2025_2035(), which in 0usize..2) {
        let cal = calendars()[which];
        let next = cal.next_working_day(start);
        prop_assert!(next >= start);
        prop_assert!(cal.is_working_day(next));
    }

    #[test]
    fn a_count_is_provisional_exactly_when_it_reaches_a_provisional_year(start in date_2025_2035(), n in 1u32..40) {
        let cal = calendars()[0];
        let (end, counting) = cal.add_working_days(start, n);
        let crosses = (start.next_day().year()..=end.year()).any(|y| cal.is_provisional(y));
        prop_assert_eq!(crosses, counting != migrationto_core::calendar::DayCounting::Published);
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

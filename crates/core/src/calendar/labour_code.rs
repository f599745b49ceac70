//! Labour Code Art. 105: the public holidays fixed by date, and the rule (Art. 105.5) that a
//! holiday falling on a Saturday or Sunday gives the next working day off. The Cabinet of
//! Ministers applies the same rule to two holidays on one day (2026: Ramazan on Novruz, Gurban
//! on Independence Day, each gave a day). 20 January is a day off but never moves.

use super::BakuDate;
use time::Weekday;

/// A holiday the Labour Code fixes by date.
#[derive(Clone, Copy, Debug)]
pub struct FixedHoliday {
    pub month: u8,
    pub day: u8,
    pub name: &'static str,
    /// Whether it moves to the next working day when it falls on a day off.
    pub transfers: bool,
}

const fn fixed(month: u8, day: u8, name: &'static str) -> FixedHoliday {
    FixedHoliday { month, day, name, transfers: true }
}

/// Every fixed-date non-working holiday, in calendar order.
pub const FIXED_HOLIDAYS: [FixedHoliday; 16] = [
    fixed(1, 1, "New Year"),
    fixed(1, 2, "New Year"),
    FixedHoliday { month: 1, day: 20, name: "National Mourning Day", transfers: false },
    fixed(3, 8, "International Women's Day"),
    fixed(3, 20, "Novruz"),
    fixed(3, 21, "Novruz"),
    fixed(3, 22, "Novruz"),
    fixed(3, 23, "Novruz"),
    fixed(3, 24, "Novruz"),
    fixed(5, 9, "Victory over Fascism Day"),
    fixed(5, 28, "Independence Day"),
    fixed(6, 15, "National Salvation Day"),
    fixed(6, 26, "Armed Forces Day"),
    fixed(11, 8, "Victory Day"),
    fixed(11, 9, "National Flag Day"),
    fixed(12, 31, "Day of Solidarity of World Azerbaijanis"),
];

/// A holiday on a day: fixed by the Code, or lunar (set by the Cabinet each year).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub date: BakuDate,
    pub name: String,
    pub transfers: bool,
}

/// The fixed-date holidays of `year`.
pub fn fixed_holidays(year: i32) -> impl Iterator<Item = Holiday> {
    FIXED_HOLIDAYS.iter().filter_map(move |h| {
        let date = BakuDate::from_ymd(year, h.month, h.day).ok()?;
        Some(Holiday { date, name: h.name.to_owned(), transfers: h.transfers })
    })
}

/// A weekday off given for a holiday that fell on a day off.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transfer {
    /// The day off.
    pub to: BakuDate,
    /// The holiday it is for.
    pub holiday: Holiday,
}

/// The transfers the rule gives for `holidays` (any order; a day may carry two). Each goes to
/// the first weekday after its holiday that is neither a holiday nor already taken, holidays
/// taken in date order.
pub fn transfers(holidays: &[Holiday]) -> Vec<Transfer> {
    let mut days: Vec<BakuDate> = holidays.iter().map(|h| h.date).collect();
    days.sort();
    days.dedup();
    let is_holiday = |d: BakuDate| holidays.iter().any(|h| h.date == d);
    let mut out: Vec<Transfer> = Vec::new();
    for day in days {
        let on_day: Vec<&Holiday> = holidays.iter().filter(|h| h.date == day).collect();
        // The days off lost: every holiday on a weekend; all but one on a weekday.
        let lost = if day.is_weekend() { on_day.len() } else { on_day.len() - 1 };
        let moving = on_day.iter().rev().filter(|h| h.transfers).take(lost);
        for holiday in moving {
            let mut to = day.next_day();
            while to.is_weekend() || is_holiday(to) || out.iter().any(|t| t.to == to) {
                to = to.next_day();
            }
            out.push(Transfer { to, holiday: (*holiday).clone() });
        }
    }
    out.sort_by_key(|t| t.to);
    out
}

/// Why a transfer was given, for the maintainers' listing: "a Saturday", "a Sunday", or the
/// holiday already on that day.
pub fn why(transfer: &Transfer, holidays: &[Holiday]) -> String {
    let date = transfer.holiday.date;
    match date.weekday() {
        Weekday::Saturday => "a Saturday".to_owned(),
        Weekday::Sunday => "a Sunday".to_owned(),
        _ => holidays
            .iter()
            .find(|h| h.date == date && h.name != transfer.holiday.name)
            .map(|h| format!("also {}", h.name))
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::calendar::fixture::d;

    fn lunar(date: &str, name: &str) -> Holiday {
        Holiday { date: d(date), name: name.to_owned(), transfers: true }
    }

    fn to_days(holidays: &[Holiday]) -> Vec<String> {
        transfers(holidays).iter().map(|t| t.to.to_string()).collect()
    }

    #[test]
    fn sixteen_fixed_days_every_year() {
        for year in [2025, 2027, 2100] {
            assert_eq!(fixed_holidays(year).count(), 16);
        }
    }

    #[test]
    fn a_holiday_on_a_weekend_gives_the_next_working_day() {
        // 2027: 2 January is a Saturday (off on Monday 4), Novruz 20-21 March fall on a weekend
        // (off on 25 and 26), 9 May and 26 June on a weekend (off on 10 May and 28 June).
        let holidays: Vec<Holiday> = fixed_holidays(2027).collect();
        assert_eq!(to_days(&holidays), ["2027-01-04", "2027-03-25", "2027-03-26", "2027-05-10", "2027-06-28"]);
    }

    #[test]
    fn twenty_january_never_moves() {
        // 20 January 2029 is a Saturday, 2030 a Sunday.
        for year in [2029, 2030] {
            let holidays: Vec<Holiday> = fixed_holidays(year).collect();
            assert!(transfers(&holidays).iter().all(|t| t.holiday.name != "National Mourning Day"), "{year}");
        }
    }

    #[test]
    fn two_holidays_on_one_day_give_a_day_as_in_2026() {
        let mut holidays: Vec<Holiday> = fixed_holidays(2026).collect();
        holidays.extend([lunar("2026-03-20", "Ramazan"), lunar("2026-03-21", "Ramazan")]);
        holidays.extend([lunar("2026-05-27", "Gurban"), lunar("2026-05-28", "Gurban")]);
        // The Cabinet's Decision No. 362 of 2 December 2025 gave exactly these.
        assert_eq!(
            to_days(&holidays),
            [
                "2026-03-09",
                "2026-03-25",
                "2026-03-26",
                "2026-03-27",
                "2026-03-30",
                "2026-05-11",
                "2026-05-29",
                "2026-11-10"
            ]
        );
        let t = transfers(&holidays);
        assert_eq!(why(&t[1], &holidays), "also Novruz");
    }

    #[test]
    fn a_transfer_crosses_into_the_next_year() {
        // 31 December 2028 is a Sunday: 1 and 2 January 2029 are holidays, so 3 January.
        let holidays: Vec<Holiday> = fixed_holidays(2028).chain(fixed_holidays(2029)).collect();
        let t = transfers(&holidays);
        assert!(t.iter().any(|t| t.to == d("2029-01-03") && t.holiday.date == d("2028-12-31")));
    }
}

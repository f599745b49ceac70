//! A calendar for tests, independent of the data files: 2026 as published, 2027 provisional
//! with the estimates of December 2026, every other year by the rules alone. Adding a year's
//! data file changes nothing here. Also [`d`], the date tests write as `2026-03-05`.

use super::{BakuDate, WorkingCalendar};
use std::sync::OnceLock;

pub const Y2026: &str = "# status: published\n# decision: Decision No. 362 of 2 December 2025\n# source: S\n\
    2026-03-20 holiday Ramazan bayramı\n2026-03-21 holiday Ramazan bayramı\n\
    2026-05-27 holiday Gurban bayramı\n2026-05-28 holiday Gurban bayramı\n";
pub const Y2027: &str = "# status: provisional\n# source: estimates\n\
    2027-03-09 estimated_holiday Ramazan bayramı\n2027-03-10 estimated_holiday Ramazan bayramı\n\
    2027-05-16 estimated_holiday Gurban bayramı\n2027-05-17 estimated_holiday Gurban bayramı\n";

pub fn calendar() -> &'static WorkingCalendar {
    static CALENDAR: OnceLock<WorkingCalendar> = OnceLock::new();
    CALENDAR.get_or_init(|| WorkingCalendar::from_files(&[Y2026, Y2027]).expect("valid"))
}

/// The date written `2026-03-05`; a test's own dates are always valid.
pub fn d(s: &str) -> BakuDate {
    BakuDate::parse_iso(s).unwrap()
}

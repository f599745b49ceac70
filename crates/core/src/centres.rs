//! Places that take appointments, and the times they offer. The list is the reference
//! backend's sample: the Service's main office and a few ASAN Xidmət centres. Addresses and
//! opening hours are not published here; the real backend supplies its own list.

use crate::calendar::{BakuDate, WorkingCalendar};

/// A service centre: its id and its name in az, en and ru.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Centre {
    pub id: &'static str,
    pub az: &'static str,
    pub en: &'static str,
    pub ru: &'static str,
}

pub const CENTRES: &[Centre] = &[
    Centre {
        id: "sms-baku",
        az: "Dövlət Miqrasiya Xidməti, Bakı",
        en: "State Migration Service, Baku",
        ru: "Государственная миграционная служба, Баку",
    },
    Centre {
        id: "asan-baku-1",
        az: "Bakı 1 nömrəli ASAN Xidmət mərkəzi",
        en: "ASAN Xidmət centre No. 1, Baku",
        ru: "Центр «ASAN Xidmət» № 1, Баку",
    },
    Centre {
        id: "asan-sumgayit",
        az: "Sumqayıt ASAN Xidmət mərkəzi",
        en: "ASAN Xidmət centre, Sumgayit",
        ru: "Центр «ASAN Xidmət», Сумгайыт",
    },
    Centre {
        id: "asan-ganja",
        az: "Gəncə ASAN Xidmət mərkəzi",
        en: "ASAN Xidmət centre, Ganja",
        ru: "Центр «ASAN Xidmət», Гянджа",
    },
];

pub fn centre(id: &str) -> Option<&'static Centre> {
    CENTRES.iter().find(|c| c.id == id)
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
/// horizon, on a working day. A year without a published calendar counts weekends only.
pub fn bookable(calendar: &WorkingCalendar, date: BakuDate, today: BakuDate) -> bool {
    let ahead = today.days_until(date);
    (1..=BOOKING_HORIZON_DAYS).contains(&ahead) && calendar.is_working_day(date).unwrap_or(!date.is_weekend())
}

/// The next `count` days that take appointments, from tomorrow.
pub fn next_bookable_days(calendar: &WorkingCalendar, today: BakuDate, count: usize) -> Vec<BakuDate> {
    (1..=BOOKING_HORIZON_DAYS).map(|n| today.add_days(n)).filter(|d| bookable(calendar, *d, today)).take(count).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> BakuDate {
        BakuDate::parse_iso(s).unwrap()
    }

    #[test]
    fn ids_are_unique_and_found() {
        for c in CENTRES {
            assert_eq!(centre(c.id), Some(c));
            assert_eq!(CENTRES.iter().filter(|o| o.id == c.id).count(), 1);
        }
        assert_eq!(centre("nowhere"), None);
    }

    #[test]
    fn bookable_days() {
        let cal = WorkingCalendar::default();
        let today = d("2026-11-23"); // Monday
        assert!(!bookable(&cal, today, today), "not today");
        assert!(bookable(&cal, d("2026-11-24"), today));
        assert!(!bookable(&cal, d("2026-11-28"), today), "Saturday");
        assert!(!bookable(&cal, d("2026-12-31"), today), "a public holiday");
        assert!(!bookable(&cal, d("2026-11-22"), today), "the past");
        assert!(bookable(&cal, d("2027-01-20"), today), "2027 without a calendar: weekdays");
        assert!(!bookable(&cal, d("2027-01-23"), today));
        assert!(!bookable(&cal, d("2027-01-25"), today), "beyond 60 days");
    }

    #[test]
    fn the_next_bookable_days_skip_weekends_and_holidays() {
        let cal = WorkingCalendar::default();
        let days = next_bookable_days(&cal, d("2026-11-23"), 5);
        let iso: Vec<String> = days.iter().map(|d| d.to_string()).collect();
        assert_eq!(iso, ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30"]);
        // 31 December is a holiday. 2027 has no published calendar yet, so only its weekends
        // are known to be days off (see `bookable`).
        let end = next_bookable_days(&cal, d("2026-12-29"), 2);
        assert_eq!(end, [d("2026-12-30"), d("2027-01-01")]);
        assert_eq!(next_bookable_days(&cal, d("2026-11-23"), 100).len(), next_bookable_days(&cal, d("2026-11-23"), 1000).len());
    }
}

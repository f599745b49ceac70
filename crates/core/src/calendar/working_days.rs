//! Working days in Azerbaijan for any year: Monday to Friday, less the Labour Code's holidays
//! and their transfers (computed), less the lunar holidays and plus or minus the Cabinet's
//! swaps (data, per year). A year the Cabinet has not published is provisional: a day that
//! depends on an estimated lunar holiday is uncertain.

use super::BakuDate;
use super::labour_code::{self, Holiday};
use super::year_data::{self, Listed, YearData, YearStatus};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};

/// What a day is, as far as the calendar can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayStatus {
    Working,
    Off,
    /// Off only if an estimated lunar holiday (or its transfer) falls on it: not known until
    /// the Cabinet publishes the year.
    Uncertain,
}

/// How a count of working days was made: on published calendars only, or crossing a
/// provisional year (the first one crossed), which the result must say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayCounting {
    Published,
    Provisional { year: i32 },
}

/// Provisional years among the dates a result shows, to say so beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProvisionalYears {
    pub first: i32,
    pub last: i32,
}

impl ProvisionalYears {
    /// "2027", or "2027–2028" for a span.
    pub fn label(self) -> String {
        if self.first == self.last { self.first.to_string() } else { format!("{}–{}", self.first, self.last) }
    }
}

/// A day that is not what its weekday says (a weekday off, or a weekend day worked), with why.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Marked {
    off: bool,
    what: String,
}

/// A year's days that differ from their weekday, counting estimated lunar holidays as real
/// (`likely`) and as absent (`without_estimates`); equal for a published year.
#[derive(Debug)]
struct YearDays {
    likely: BTreeMap<BakuDate, Marked>,
    without_estimates: BTreeMap<BakuDate, Marked>,
}

/// One line of a year's listing: a holiday, a transfer, or a swap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedDay {
    pub date: BakuDate,
    pub status: DayStatus,
    pub what: String,
}

/// Azerbaijan's calendars: the rules for every year, and the years' data files.
#[derive(Debug)]
pub struct WorkingCalendar {
    years: Vec<YearData>,
    computed: Mutex<BTreeMap<i32, Arc<YearDays>>>,
}

impl WorkingCalendar {
    /// The calendar of the data files in `crates/core/data/holidays/`, parsed once.
    pub fn published() -> &'static WorkingCalendar {
        static CALENDAR: OnceLock<WorkingCalendar> = OnceLock::new();
        CALENDAR.get_or_init(|| {
            let files: Vec<&str> = year_data::FILES.iter().map(|(_, text)| *text).collect();
            WorkingCalendar::from_files(&files).expect("holiday data files are checked by tests")
        })
    }

    /// A calendar of the given year files (the data files' format); tests pass their own, so
    /// that adding a year's file changes no test.
    pub fn from_files(files: &[&str]) -> Result<WorkingCalendar, String> {
        let mut years = Vec::new();
        for text in files {
            let year = year_data::parse(text)?;
            if years.iter().any(|y: &YearData| y.year == year.year) {
                return Err(format!("{} given twice", year.year));
            }
            years.push(year);
        }
        Ok(WorkingCalendar { years, computed: Mutex::default() })
    }

    /// Whether the year is published, with its decision, or provisional.
    pub fn status(&self, year: i32) -> YearStatus {
        self.data(year).map(|y| y.status.clone()).unwrap_or(YearStatus::Provisional { estimates: false })
    }

    pub fn is_provisional(&self, year: i32) -> bool {
        matches!(self.status(year), YearStatus::Provisional { .. })
    }

    /// The provisional years among `dates`, if any.
    pub fn provisional_in(&self, dates: impl IntoIterator<Item = BakuDate>) -> Option<ProvisionalYears> {
        let years: Vec<i32> = dates.into_iter().map(BakuDate::year).filter(|y| self.is_provisional(*y)).collect();
        Some(ProvisionalYears { first: *years.iter().min()?, last: *years.iter().max()? })
    }

    /// What `date` is: working, off, or (in a provisional year) uncertain.
    pub fn day(&self, date: BakuDate) -> DayStatus {
        let days = self.year_days(date.year());
        let off = |map: &BTreeMap<BakuDate, Marked>| map.get(&date).map_or(date.is_weekend(), |m| m.off);
        match (off(&days.likely), off(&days.without_estimates)) {
            (false, false) => DayStatus::Working,
            (true, true) => DayStatus::Off,
            _ => DayStatus::Uncertain,
        }
    }

    /// Whether a deadline counts `date` as a working day. An uncertain day counts as working,
    /// so a deadline in a provisional year is never later than the published calendar makes it.
    pub fn is_working_day(&self, date: BakuDate) -> bool {
        self.day(date) != DayStatus::Off
    }

    /// The first working day on or after `date`.
    pub fn next_working_day(&self, date: BakuDate) -> BakuDate {
        let mut day = date;
        while !self.is_working_day(day) {
            day = day.next_day();
        }
        day
    }

    /// The date `n` working days after `date` (the count starts the day after `date`), and
    /// whether the count crossed a provisional year.
    pub fn add_working_days(&self, date: BakuDate, n: u32) -> (BakuDate, DayCounting) {
        let mut day = date;
        let mut left = n;
        while left > 0 {
            day = day.next_day();
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        let counting = match self.provisional_in([date.next_day(), day]) {
            Some(p) => DayCounting::Provisional { year: p.first },
            None => DayCounting::Published,
        };
        (day, counting)
    }

    /// The year's holidays, transfers and swaps, for comparing with the Cabinet's
    /// decision (`cargo run -p migrationto-core --example holidays -- YEAR`).
    pub fn listing(&self, year: i32) -> Vec<ListedDay> {
        let days = self.year_days(year);
        let dates: std::collections::BTreeSet<BakuDate> =
            days.likely.keys().chain(days.without_estimates.keys()).copied().collect();
        dates
            .into_iter()
            .map(|date| {
                let what = days.likely.get(&date).or(days.without_estimates.get(&date)).map(|m| m.what.clone());
                ListedDay { date, status: self.day(date), what: what.unwrap_or_default() }
            })
            .collect()
    }

    fn data(&self, year: i32) -> Option<&YearData> {
        self.years.iter().find(|y| y.year == year)
    }

    fn year_days(&self, year: i32) -> Arc<YearDays> {
        let mut computed = self.computed.lock().unwrap_or_else(|e| e.into_inner());
        computed
            .entry(year)
            .or_insert_with(|| {
                Arc::new(YearDays { likely: self.mark(year, true), without_estimates: self.mark(year, false) })
            })
            .clone()
    }

    /// The year's holidays, transfers and swaps, with or without its estimated lunar holidays.
    fn mark(&self, year: i32, estimates: bool) -> BTreeMap<BakuDate, Marked> {
        // December of the year before too: a holiday late in December can move into January.
        let lunar = |y: i32| {
            self.data(y).into_iter().flat_map(|d| &d.lines).filter(move |l| match l.kind {
                Listed::Holiday => true,
                Listed::EstimatedHoliday => estimates,
                Listed::RestDay | Listed::WorkingDay => false,
            })
        };
        let holidays: Vec<Holiday> = labour_code::fixed_holidays(year - 1)
            .filter(|h| h.date.month() == 12)
            .chain(lunar(year - 1).filter(|l| l.date.month() == 12).map(lunar_holiday))
            .chain(labour_code::fixed_holidays(year))
            .chain(lunar(year).map(lunar_holiday))
            .collect();
        let mut marked: BTreeMap<BakuDate, Marked> = BTreeMap::new();
        for h in holidays.iter().filter(|h| h.date.year() == year) {
            marked
                .entry(h.date)
                .and_modify(|m| m.what = format!("{} and {}", m.what, h.name))
                .or_insert(Marked { off: true, what: h.name.clone() });
        }
        for t in labour_code::transfers(&holidays).into_iter().filter(|t| t.to.year() == year) {
            let what = format!("for {} on {}, {}", t.holiday.name, t.holiday.date, labour_code::why(&t, &holidays));
            marked.insert(t.to, Marked { off: true, what });
        }
        for line in self.data(year).into_iter().flat_map(|d| &d.lines) {
            let off = match line.kind {
                Listed::RestDay => true,
                Listed::WorkingDay => false,
                Listed::Holiday | Listed::EstimatedHoliday => continue,
            };
            marked.insert(line.date, Marked { off, what: line.what.clone() });
        }
        marked
    }
}

fn lunar_holiday(line: &year_data::Line) -> Holiday {
    let what =
        if line.kind == Listed::EstimatedHoliday { format!("{} (estimated)", line.what) } else { line.what.clone() };
    Holiday { date: line.date, name: what, transfers: true }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::calendar::fixture::d;

    fn calendar() -> &'static WorkingCalendar {
        super::super::fixture::calendar()
    }

    fn working_days_in(cal: &WorkingCalendar, year: i32) -> u32 {
        let mut day = BakuDate::from_ymd(year, 1, 1).unwrap();
        let mut count = 0;
        while day.year() == year {
            count += cal.is_working_day(day) as u32;
            day = day.next_day();
        }
        count
    }

    #[test]
    fn the_ministry_count_of_working_days_in_2026() {
        // The 2026 working time norm: 241 working days in a five-day week.
        assert_eq!(working_days_in(calendar(), 2026), 241);
    }

    #[test]
    fn five_working_days_across_the_2026_novruz_and_ramazan_break() {
        let cal = calendar();
        // Arrival at a new address on Thursday 19 March 2026: the break runs 20-30 March.
        assert_eq!(cal.add_working_days(d("2026-03-19"), 5), (d("2026-04-06"), DayCounting::Published));
        assert_eq!(cal.next_working_day(d("2026-03-20")), d("2026-03-31"));
    }

    #[test]
    fn the_new_year_2027_is_counted_by_the_rules_and_called_provisional() {
        let cal = calendar();
        // 28 Dec 2026 (Mon) + 5: 29, 30 Dec; 31 Dec, 1 Jan (holidays), 2-3 Jan (weekend),
        // 4 Jan (for 2 January, a Saturday) are off; then 5, 6, 7 Jan.
        assert_eq!(
            cal.add_working_days(d("2026-12-28"), 5),
            (d("2027-01-07"), DayCounting::Provisional { year: 2027 })
        );
        assert_eq!(cal.day(d("2027-01-04")), DayStatus::Off);
        assert_eq!(cal.day(d("2027-01-20")), DayStatus::Off);
    }

    #[test]
    fn estimated_lunar_days_are_uncertain_and_counted_as_working() {
        let cal = calendar();
        assert_eq!(cal.day(d("2027-03-09")), DayStatus::Uncertain);
        // Gurban estimated on Sunday 16 and Monday 17 May: its transfer, 18 May, is uncertain too.
        assert_eq!(cal.day(d("2027-05-18")), DayStatus::Uncertain);
        assert!(cal.is_working_day(d("2027-03-09")));
        // Friday 5 March + 2: Monday 8 March is a holiday; the estimated 9 and 10 count.
        assert_eq!(cal.add_working_days(d("2027-03-05"), 2).0, d("2027-03-10"));
    }

    #[test]
    fn a_year_without_a_file_has_its_fixed_holidays_and_is_provisional() {
        let cal = calendar();
        assert_eq!(cal.status(2031), YearStatus::Provisional { estimates: false });
        assert_eq!(cal.day(d("2031-01-01")), DayStatus::Off);
        assert_eq!(
            cal.status(2026),
            YearStatus::Published { decision: "Decision No. 362 of 2 December 2025".into(), source: "S".into() }
        );
        assert_eq!(
            cal.provisional_in([d("2026-05-01"), d("2028-01-01"), d("2027-01-01")]),
            Some(ProvisionalYears { first: 2027, last: 2028 })
        );
        assert_eq!(cal.provisional_in([d("2026-05-01")]), None);
        assert_eq!(ProvisionalYears { first: 2027, last: 2028 }.label(), "2027–2028");
    }

    #[test]
    fn swaps_override_the_rules() {
        let y2025 = "# status: published\n# decision: D\n# source: S\n\
            2025-03-10 working_day swapped for 27 March\n2025-03-27 rest_day swapped from 10 March\n\
            2025-06-21 working_day a Saturday worked\n";
        let cal = WorkingCalendar::from_files(&[y2025]).unwrap();
        assert_eq!(cal.day(d("2025-03-10")), DayStatus::Working, "8 March was a Saturday; its transfer was swapped");
        assert_eq!(cal.day(d("2025-03-27")), DayStatus::Off);
        assert_eq!(cal.day(d("2025-06-21")), DayStatus::Working);
    }

    #[test]
    fn the_listing_names_each_day() {
        let list = calendar().listing(2027);
        let day = |s: &str| list.iter().find(|l| l.date == d(s)).cloned();
        assert_eq!(day("2027-01-04").map(|l| l.what), Some("for New Year on 2027-01-02, a Saturday".into()));
        assert_eq!(day("2027-03-09").map(|l| l.status), Some(DayStatus::Uncertain));
        assert_eq!(day("2027-01-02").map(|l| (l.status, l.what)), Some((DayStatus::Off, "New Year".into())));
        assert_eq!(day("2027-01-05"), None, "an ordinary day");
    }

    #[test]
    fn the_same_year_twice_is_refused() {
        assert!(WorkingCalendar::from_files(&[super::super::fixture::Y2026, super::super::fixture::Y2026]).is_err());
    }
}

//! Registration at the place of stay (Migration Code Art. 21): whether it is needed, who
//! files, the last day, how long it lasts, re-registration after a move, and the dates that
//! follow from the end of the permitted stay.

use crate::basis::Basis;
use crate::calendar::{BakuDate, DayCounting, DayStatus, ProvisionalYears, WorkingCalendar};
use crate::citizenship::Citizenship;

/// Where the foreigner stays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accommodation {
    /// Hotel, hostel, sanatorium, hospital or similar: it registers its guests.
    Hotel,
    /// A flat or house: its owner registers the guest.
    PrivateFlat,
}

impl Accommodation {
    /// The calculators' answer (`hotel`, `flat`); `None` when none is chosen.
    pub fn from_answer(answer: &str) -> Option<Accommodation> {
        match answer {
            "hotel" => Some(Accommodation::Hotel),
            "flat" => Some(Accommodation::PrivateFlat),
            _ => None,
        }
    }
}

/// On what basis the foreigner entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryBasis {
    VisaFree,
    /// ASAN Visa, with the stay it allows (at most 30 days).
    EVisa {
        stay_days: u16,
    },
    /// Any other visa, with the stay it allows.
    Visa {
        stay_days: u16,
    },
}

/// The visa's days of stay, as typed, are not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnreadableVisaDays;

impl EntryBasis {
    /// The calculators' answers: how the foreigner entered (`visa-free`, `evisa`, `visa`) and,
    /// with a visa, its days of stay as typed. `Ok(None)` while an answer is missing (nothing
    /// chosen, or no days typed yet); `Err` when the days typed are not a number.
    pub fn from_answers(entry: &str, visa_days: &str) -> Result<Option<EntryBasis>, UnreadableVisaDays> {
        let days = visa_days.trim();
        let read =
            || if days.is_empty() { Ok(None) } else { days.parse::<u16>().map(Some).map_err(|_| UnreadableVisaDays) };
        Ok(match entry {
            "visa-free" => Some(EntryBasis::VisaFree),
            "evisa" => read()?.map(|stay_days| EntryBasis::EVisa { stay_days }),
            "visa" => read()?.map(|stay_days| EntryBasis::Visa { stay_days }),
            _ => None,
        })
    }
}

/// How long the foreigner plans to stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlannedStay {
    Until(BakuDate),
    Days(u32),
}

/// A move to a new address during the stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AddressMove {
    /// The day the foreigner arrived at the new address.
    pub arrived: BakuDate,
    /// Another flat of the same owner needs no new registration (since 1 December 2017).
    pub same_owner: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegistrationInput {
    pub citizenship: Citizenship,
    pub arrival: BakuDate,
    pub stay: PlannedStay,
    pub accommodation: Accommodation,
    pub entry: EntryBasis,
    pub moved: Option<AddressMove>,
}

/// Input that cannot describe a real stay; each names the field to fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegistrationError {
    DepartureBeforeArrival,
    StayTooLong,
    VisaStayOutOfRange { max: u16 },
    MoveBeforeArrival,
    MoveAfterDeparture,
}

/// Who files the registration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filer {
    Hotel,
    Host,
}

/// A date and the rule it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dated {
    pub date: BakuDate,
    pub basis: Basis,
}

/// A fine range in manats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FineRange {
    pub min_azn: u32,
    pub max_azn: u32,
    pub basis: Basis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// The last day to register: arrival plus 15 (or 30) calendar days.
    pub last_day: Dated,
    /// Calendar days from today in Baku to the last day (negative when passed).
    pub days_left: i64,
    /// The last day is a non-working day. Whether it then moves is not stated (FACTS: uncertain);
    /// it is not moved, and the visitor is told so.
    pub on_day_off: bool,
}

impl Deadline {
    /// Whether to tell the visitor that the last day, still ahead, is a non-working day (once
    /// it has passed, the result says it is late instead).
    pub fn warn_day_off(&self) -> bool {
        self.on_day_off && self.days_left >= 0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MoveDeadline {
    pub needed: bool,
    /// The last day to register at the new address (5 working days after arriving there).
    pub last_day: BakuDate,
    pub counting: DayCounting,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegistrationResult {
    /// Calendar days from arrival to departure.
    pub stay_days: u32,
    /// 15 days, or 30 for citizens of Kazakhstan.
    pub threshold: u32,
    pub threshold_basis: Basis,
    /// Registration is needed when the stay is longer than the threshold.
    pub needed: bool,
    pub filer: Filer,
    pub deadline: Deadline,
    /// Registration lasts until the end of the permitted stay.
    pub valid_until: Dated,
    /// The last day of the permitted stay.
    pub stay_ends: Dated,
    /// The planned departure is after the permitted stay ends.
    pub departure_after_stay_ends: bool,
    pub extension_apply_by: Dated,
    pub trp_apply_by: Dated,
    pub moved: Option<MoveDeadline>,
    /// The fines that apply once the last day has passed without registration.
    pub fine_foreigner: FineRange,
    pub fine_host: FineRange,
    /// The years of the dates shown whose calendar the Cabinet has not published yet.
    pub provisional: Option<ProvisionalYears>,
}

impl RegistrationResult {
    /// Whether the last day has passed while registration was due: only then do the fines
    /// apply (nothing is late when nothing is due).
    pub fn late(&self) -> bool {
        self.needed && self.deadline.days_left < 0
    }

    /// The rules a result rests on, in the order shown, for the portal and the widgets alike.
    pub fn bases(&self) -> Vec<Basis> {
        let mut bases = vec![
            self.threshold_basis,
            Basis::DeadlineDayCounting,
            Basis::WhoRegisters,
            Basis::RegistrationValidity,
            self.stay_ends.basis,
            Basis::ExtensionApply3DaysBefore,
            Basis::TrpApply30DaysBefore,
        ];
        if let Some(m) = self.moved {
            bases.push(Basis::ReRegistrationAfterMove);
            if m.needed {
                bases.push(Basis::PublishedWorkingDays);
            }
        }
        if self.provisional.is_some() {
            bases.push(Basis::ProvisionalCalendar);
        }
        if self.late() {
            bases.extend([self.fine_foreigner.basis, self.fine_host.basis]);
        }
        bases
    }
}

const VISA_FREE_STAY_DAYS: u16 = 90;
const EVISA_MAX_STAY_DAYS: u16 = 30;
const VISA_MAX_STAY_DAYS: u16 = 365;
const LONGEST_PLANNED_STAY: u32 = 3 * 366;

/// Works out registration for `input` as of `today` (in Baku).
pub fn registration(
    input: &RegistrationInput,
    today: BakuDate,
    calendar: &WorkingCalendar,
) -> Result<RegistrationResult, RegistrationError> {
    let departure = match input.stay {
        PlannedStay::Until(d) => d,
        PlannedStay::Days(n) if n > LONGEST_PLANNED_STAY => return Err(RegistrationError::StayTooLong),
        PlannedStay::Days(n) => input.arrival.add_days(n.into()),
    };
    let stay_days = input.arrival.days_until(departure);
    if stay_days < 0 {
        return Err(RegistrationError::DepartureBeforeArrival);
    }
    if stay_days > LONGEST_PLANNED_STAY as i64 {
        return Err(RegistrationError::StayTooLong);
    }
    let (allowed_days, stay_basis) = match input.entry {
        EntryBasis::VisaFree => (VISA_FREE_STAY_DAYS, Basis::VisaFreeStay90Days),
        EntryBasis::EVisa { stay_days } if (1..=EVISA_MAX_STAY_DAYS).contains(&stay_days) => {
            (stay_days, Basis::VisaStay)
        }
        EntryBasis::EVisa { .. } => return Err(RegistrationError::VisaStayOutOfRange { max: EVISA_MAX_STAY_DAYS }),
        EntryBasis::Visa { stay_days } if (1..=VISA_MAX_STAY_DAYS).contains(&stay_days) => (stay_days, Basis::VisaStay),
        EntryBasis::Visa { .. } => return Err(RegistrationError::VisaStayOutOfRange { max: VISA_MAX_STAY_DAYS }),
    };
    if let Some(m) = input.moved {
        if m.arrived < input.arrival {
            return Err(RegistrationError::MoveBeforeArrival);
        }
        if m.arrived > departure {
            return Err(RegistrationError::MoveAfterDeparture);
        }
    }

    let (threshold, threshold_basis) = crate::visa_free::registration_threshold(&input.citizenship);
    let last_day = input.arrival.add_days(threshold);
    // The arrival day is the first day of the permitted stay.
    let stay_ends = input.arrival.add_days(i64::from(allowed_days) - 1);

    let moved = input.moved.map(|m| {
        let (last_day, counting) = calendar.add_working_days(m.arrived, 5);
        MoveDeadline { needed: !m.same_owner, last_day, counting }
    });
    let needed = stay_days > threshold;
    let shown = [
        needed.then_some(last_day),
        Some(stay_ends),
        Some(stay_ends.add_days(-3)),
        Some(stay_ends.add_days(-30)),
        moved.filter(|m| m.needed).map(|m| m.last_day),
    ];

    Ok(RegistrationResult {
        stay_days: stay_days as u32,
        threshold: threshold as u32,
        threshold_basis,
        needed,
        filer: match input.accommodation {
            Accommodation::Hotel => Filer::Hotel,
            Accommodation::PrivateFlat => Filer::Host,
        },
        deadline: Deadline {
            last_day: Dated { date: last_day, basis: Basis::DeadlineDayCounting },
            days_left: today.days_until(last_day),
            on_day_off: calendar.day(last_day) == DayStatus::Off,
        },
        valid_until: Dated { date: stay_ends, basis: Basis::RegistrationValidity },
        stay_ends: Dated { date: stay_ends, basis: stay_basis },
        departure_after_stay_ends: departure > stay_ends,
        extension_apply_by: Dated { date: stay_ends.add_days(-3), basis: Basis::ExtensionApply3DaysBefore },
        trp_apply_by: Dated { date: stay_ends.add_days(-30), basis: Basis::TrpApply30DaysBefore },
        moved,
        fine_foreigner: FineRange { min_azn: 300, max_azn: 400, basis: Basis::FineForeignerUnregistered },
        fine_host: FineRange { min_azn: 300, max_azn: 500, basis: Basis::FineHostUnregistered },
        provisional: calendar.provisional_in(shown.into_iter().flatten()),
    })
}

#[cfg(test)]
mod answer_tests {
    use super::*;

    #[test]
    fn the_calculators_answers_are_read() {
        assert_eq!(Accommodation::from_answer("flat"), Some(Accommodation::PrivateFlat));
        assert_eq!(Accommodation::from_answer(""), None);
        assert_eq!(EntryBasis::from_answers("visa-free", "12"), Ok(Some(EntryBasis::VisaFree)));
        assert_eq!(EntryBasis::from_answers("evisa", " 30 "), Ok(Some(EntryBasis::EVisa { stay_days: 30 })));
        assert_eq!(EntryBasis::from_answers("visa", "90"), Ok(Some(EntryBasis::Visa { stay_days: 90 })));
        assert_eq!(EntryBasis::from_answers("visa", " "), Ok(None));
        assert_eq!(EntryBasis::from_answers("evisa", "ten"), Err(UnreadableVisaDays));
        assert_eq!(EntryBasis::from_answers("", "ten"), Ok(None));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::calendar::fixture::d;

    fn input(citizenship: &str, arrival: &str, departure: &str) -> RegistrationInput {
        RegistrationInput {
            citizenship: Citizenship::parse(citizenship).unwrap(),
            arrival: d(arrival),
            stay: PlannedStay::Until(d(departure)),
            accommodation: Accommodation::PrivateFlat,
            entry: EntryBasis::VisaFree,
            moved: None,
        }
    }

    fn run(i: &RegistrationInput, today: &str) -> Result<RegistrationResult, RegistrationError> {
        registration(i, d(today), crate::calendar::fixture::calendar())
    }

    #[test]
    fn fifteen_days_for_most_citizens_thirty_for_kazakhstan() {
        let de = run(&input("DE", "2026-03-05", "2026-05-01"), "2026-03-05").unwrap();
        assert_eq!(de.threshold, 15);
        assert_eq!(de.deadline.last_day.date, d("2026-03-20"));
        assert_eq!(de.threshold_basis, Basis::RegistrationWithin15Days);

        let kz = run(&input("KZ", "2026-03-05", "2026-05-01"), "2026-03-05").unwrap();
        assert_eq!(kz.threshold, 30);
        assert_eq!(kz.deadline.last_day.date, d("2026-04-04"));
        assert_eq!(kz.threshold_basis, Basis::KazakhstanProtocol30Days);

        // Uzbekistan follows the general rule since 15 January 2024.
        assert_eq!(run(&input("UZ", "2026-03-05", "2026-05-01"), "2026-03-05").unwrap().threshold, 15);
    }

    #[test]
    fn a_last_day_on_a_day_off_is_flagged_and_not_moved() {
        // 20 March 2026: Novruz; 4 April 2026: a Saturday; 16 October 2026: a Friday.
        let novruz = run(&input("DE", "2026-03-05", "2026-05-01"), "2026-03-05").unwrap();
        assert_eq!((novruz.deadline.last_day.date, novruz.deadline.on_day_off), (d("2026-03-20"), true));
        let saturday = run(&input("KZ", "2026-03-05", "2026-05-01"), "2026-03-05").unwrap();
        assert_eq!((saturday.deadline.last_day.date, saturday.deadline.on_day_off), (d("2026-04-04"), true));
        let friday = run(&input("DE", "2026-10-01", "2026-12-01"), "2026-10-01").unwrap();
        assert_eq!((friday.deadline.last_day.date, friday.deadline.on_day_off), (d("2026-10-16"), false));
        // Said while the day is ahead, including on the day itself; not once it has passed.
        assert!(novruz.deadline.warn_day_off());
        assert!(!friday.deadline.warn_day_off());
        let on_the_day = run(&input("DE", "2026-03-05", "2026-05-01"), "2026-03-20").unwrap();
        assert!(on_the_day.deadline.warn_day_off());
        let after = run(&input("DE", "2026-03-05", "2026-05-01"), "2026-03-21").unwrap();
        assert!(after.deadline.on_day_off && !after.deadline.warn_day_off());
    }

    #[test]
    fn a_stay_of_fifteen_days_or_less_needs_no_registration() {
        assert!(!run(&input("DE", "2026-03-05", "2026-03-20"), "2026-03-05").unwrap().needed);
        assert!(run(&input("DE", "2026-03-05", "2026-03-21"), "2026-03-05").unwrap().needed);
        assert!(!run(&input("KZ", "2026-03-05", "2026-04-04"), "2026-03-05").unwrap().needed);
        assert!(run(&input("KZ", "2026-03-05", "2026-04-05"), "2026-03-05").unwrap().needed);
        let same_day = run(&input("DE", "2026-03-05", "2026-03-05"), "2026-03-05").unwrap();
        assert_eq!(same_day.stay_days, 0);
        assert!(!same_day.needed);
    }

    #[test]
    fn days_left_counts_from_today_in_baku_and_goes_negative_when_late() {
        let i = input("FR", "2026-03-05", "2026-06-01");
        assert_eq!(run(&i, "2026-03-10").unwrap().deadline.days_left, 10);
        assert_eq!(run(&i, "2026-03-20").unwrap().deadline.days_left, 0);
        assert_eq!(run(&i, "2026-03-25").unwrap().deadline.days_left, -5);
    }

    #[test]
    fn who_files() {
        let mut i = input("FR", "2026-03-05", "2026-06-01");
        assert_eq!(run(&i, "2026-03-05").unwrap().filer, Filer::Host);
        i.accommodation = Accommodation::Hotel;
        assert_eq!(run(&i, "2026-03-05").unwrap().filer, Filer::Hotel);
    }

    #[test]
    fn permitted_stay_and_the_dates_before_it_ends() {
        let r = run(&input("FR", "2026-03-05", "2026-06-01"), "2026-03-05").unwrap();
        // 90 days visa-free counting the arrival day: 5 March to 2 June.
        assert_eq!(r.stay_ends.date, d("2026-06-02"));
        assert_eq!(r.valid_until.date, d("2026-06-02"));
        assert_eq!(r.extension_apply_by.date, d("2026-05-30"));
        assert_eq!(r.trp_apply_by.date, d("2026-05-03"));
        assert!(!r.departure_after_stay_ends);

        let mut evisa = input("IN", "2026-03-05", "2026-04-10");
        evisa.entry = EntryBasis::EVisa { stay_days: 30 };
        let r = run(&evisa, "2026-03-05").unwrap();
        assert_eq!(r.stay_ends.date, d("2026-04-03"));
        assert_eq!(r.stay_ends.basis, Basis::VisaStay);
        assert!(r.departure_after_stay_ends);
    }

    #[test]
    fn re_registration_after_a_move_counts_working_days() {
        let mut i = input("FR", "2026-03-01", "2026-05-20");
        i.moved = Some(AddressMove { arrived: d("2026-03-19"), same_owner: false });
        let m = run(&i, "2026-03-19").unwrap().moved.unwrap();
        assert!(m.needed);
        // 20-30 March are non-working (Novruz and Ramadan): five working days end on 6 April.
        assert_eq!(m.last_day, d("2026-04-06"));
        assert_eq!(m.counting, DayCounting::Published);

        i.moved = Some(AddressMove { arrived: d("2026-03-19"), same_owner: true });
        assert!(!run(&i, "2026-03-19").unwrap().moved.unwrap().needed);
    }

    #[test]
    fn a_move_over_new_year_2027_counts_the_transferred_day_and_says_provisional() {
        let mut i = input("FR", "2026-12-01", "2027-02-01");
        i.moved = Some(AddressMove { arrived: d("2026-12-28"), same_owner: false });
        let r = run(&i, "2026-12-28").unwrap();
        let m = r.moved.unwrap();
        // 31 Dec, 1 Jan, and Monday 4 Jan (for 2 January, a Saturday) are off.
        assert_eq!(m.last_day, d("2027-01-07"));
        assert_eq!(m.counting, DayCounting::Provisional { year: 2027 });
        assert_eq!(r.provisional.map(|p| p.label()), Some("2027".to_owned()));
        assert!(r.bases().contains(&Basis::ProvisionalCalendar));
    }

    #[test]
    fn a_result_within_published_years_is_not_provisional() {
        let r = run(&input("FR", "2026-03-05", "2026-06-01"), "2026-03-05").unwrap();
        assert_eq!(r.provisional, None);
        assert!(!r.bases().contains(&Basis::ProvisionalCalendar));
        // A visa-free stay from 1 December 2026 ends in 2027: its dates are provisional.
        let r = run(&input("FR", "2026-12-01", "2026-12-10"), "2026-12-01").unwrap();
        assert_eq!(r.provisional.map(|p| p.first), Some(2027));
    }

    #[test]
    fn fines_are_listed_only_when_registration_was_due_and_is_late() {
        let short = run(&input("FR", "2026-03-05", "2026-03-12"), "2026-04-30").unwrap();
        assert!(short.deadline.days_left < 0 && !short.needed);
        assert!(!short.late());
        assert!(!short.bases().contains(&Basis::FineForeignerUnregistered));
        let late = run(&input("FR", "2026-03-05", "2026-05-12"), "2026-04-30").unwrap();
        assert!(late.late());
        assert!(late.bases().ends_with(&[Basis::FineForeignerUnregistered, Basis::FineHostUnregistered]));
        let in_time = run(&input("FR", "2026-03-05", "2026-05-12"), "2026-03-20").unwrap();
        assert!(!in_time.late() && !in_time.bases().contains(&Basis::FineHostUnregistered));
    }

    #[test]
    fn bad_input_is_named() {
        assert_eq!(
            run(&input("FR", "2026-03-05", "2026-03-04"), "2026-03-05"),
            Err(RegistrationError::DepartureBeforeArrival)
        );
        let mut i = input("FR", "2026-03-05", "2026-04-01");
        i.entry = EntryBasis::EVisa { stay_days: 31 };
        assert_eq!(run(&i, "2026-03-05"), Err(RegistrationError::VisaStayOutOfRange { max: 30 }));
        i.entry = EntryBasis::Visa { stay_days: 0 };
        assert_eq!(run(&i, "2026-03-05"), Err(RegistrationError::VisaStayOutOfRange { max: 365 }));
        i.entry = EntryBasis::VisaFree;
        i.moved = Some(AddressMove { arrived: d("2026-03-01"), same_owner: false });
        assert_eq!(run(&i, "2026-03-05"), Err(RegistrationError::MoveBeforeArrival));
        i.moved = Some(AddressMove { arrived: d("2026-04-02"), same_owner: false });
        assert_eq!(run(&i, "2026-03-05"), Err(RegistrationError::MoveAfterDeparture));
        i.moved = None;
        i.stay = PlannedStay::Days(5000);
        assert_eq!(run(&i, "2026-03-05"), Err(RegistrationError::StayTooLong));
    }
}

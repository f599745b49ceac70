//! The legal basis of each figure the portal shows. Results carry these ids; the app turns
//! them into text in the user's language, with a note where FACTS mark the rule uncertain.

/// A rule a result rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    /// Migration Code Art. 21: register within 15 days when staying more than 15 days.
    RegistrationWithin15Days,
    /// 2021 protocol to the Azerbaijan–Kazakhstan visa-free agreement: 30 days.
    KazakhstanProtocol30Days,
    /// Migration Code Art. 21.2, 21.3: the receiving party files; the foreigner may file too.
    WhoRegisters,
    /// Migration Code Art. 21.5: registration lasts the visa's stay, or 90 days visa-free.
    RegistrationValidity,
    /// Migration Code Art. 21.9: register at a new address within 5 working days.
    ReRegistrationAfterMove,
    /// The period starts the day after arrival; whether a last day on a non-working day
    /// moves is not stated for online filing.
    DeadlineDayCounting,
    /// Migration Code Art. 20 (article number uncertain): at most 90 days visa-free.
    VisaFreeStay90Days,
    /// The stay allowed by the visa (ASAN Visa: up to 30 days).
    VisaStay,
    /// Apply to extend a temporary stay at least 3 days before it ends (article uncertain).
    ExtensionApply3DaysBefore,
    /// Apply for a temporary residence permit at least 30 days before the stay ends.
    TrpApply30DaysBefore,
    /// A permanent residence permit needs 2 years of temporary residence; apply at least 3
    /// months before the temporary permit ends.
    PrpApply3MonthsBefore,
    /// Code of Administrative Offences (current article probably 575): 300–400 AZN.
    FineForeignerUnregistered,
    /// Code of Administrative Offences: hosts who did not register a guest, 300–500 AZN.
    FineHostUnregistered,
    /// Cabinet of Ministers Decision No. 561 of 29 December 2024: citizens of Russia, 90
    /// days in a calendar year in total, from 1 January 2025.
    Russia90DaysPerCalendarYear,
    /// Days of stay count the day of entry and the day of exit.
    StayDayCounting,
    /// For citizens of Russia both limits are applied: 90 days in the calendar year and 90
    /// days in one stay; whether one stay across New Year may exceed 90 days is not stated.
    RussiaSingleStayAlsoCapped,
    /// Law "On State Duty" as amended in 2019: migration fees.
    StateDutyLaw,
    /// Working days from the published calendar of the year (Labour Code Art. 105).
    PublishedWorkingDays,
    /// A year without a published calendar: weekends only were counted.
    WorkingDaysAssumed,
}

impl Basis {
    /// True where `FACTS.md` marks the rule uncertain: the app must say what it assumes.
    pub fn is_uncertain(self) -> bool {
        matches!(
            self,
            Basis::DeadlineDayCounting
                | Basis::VisaFreeStay90Days
                | Basis::ExtensionApply3DaysBefore
                | Basis::FineForeignerUnregistered
                | Basis::WorkingDaysAssumed
                | Basis::StayDayCounting
                | Basis::RussiaSingleStayAlsoCapped
        )
    }
}

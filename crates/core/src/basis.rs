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
    /// Working days: Labour Code Art. 105 (holidays, and a holiday on a day off moves to the
    /// next working day) and the Cabinet of Ministers' calendar of the year.
    PublishedWorkingDays,
    /// A date falls in a year whose calendar the Cabinet has not published: fixed holidays
    /// and their transfers are counted, lunar holidays and swaps are not known.
    ProvisionalCalendar,
    /// An employer tells the Service within 5 working days that a foreign worker's contract
    /// ended early (FACTS names no article) (300 AZN fine if not); the worker leaves within 10
    /// working days.
    ContractEndNotice,
    /// Migration Code Art. 69.1-1: a work permit lasts up to 1 year and is extended by up to 1
    /// year each time; up to 2 years in the liberated territories (2023 to 2028).
    WorkPermitTerm,
    /// A lost permit is reported within 10 working days (a secondary source; the article is
    /// not named).
    LostPermitReport,
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
                | Basis::ProvisionalCalendar
                | Basis::StayDayCounting
                | Basis::RussiaSingleStayAlsoCapped
                | Basis::LostPermitReport
        )
    }

    /// Every rule, for the checks that each has its text.
    pub const ALL: [Basis; 22] = [
        Basis::RegistrationWithin15Days,
        Basis::KazakhstanProtocol30Days,
        Basis::WhoRegisters,
        Basis::RegistrationValidity,
        Basis::ReRegistrationAfterMove,
        Basis::DeadlineDayCounting,
        Basis::VisaFreeStay90Days,
        Basis::VisaStay,
        Basis::ExtensionApply3DaysBefore,
        Basis::TrpApply30DaysBefore,
        Basis::PrpApply3MonthsBefore,
        Basis::FineForeignerUnregistered,
        Basis::FineHostUnregistered,
        Basis::Russia90DaysPerCalendarYear,
        Basis::StayDayCounting,
        Basis::RussiaSingleStayAlsoCapped,
        Basis::StateDutyLaw,
        Basis::PublishedWorkingDays,
        Basis::ProvisionalCalendar,
        Basis::ContractEndNotice,
        Basis::WorkPermitTerm,
        Basis::LostPermitReport,
    ];

    /// The rule's text key under `basis` in the locale files; an uncertain rule's assumption
    /// is under the same key with `_assumption` added. (The portal names its keys in
    /// `t_string!` calls; the widgets, which carry a table, look them up by this.)
    pub const fn key(self) -> &'static str {
        match self {
            Basis::RegistrationWithin15Days => "registration_within_15_days",
            Basis::KazakhstanProtocol30Days => "kazakhstan_protocol",
            Basis::WhoRegisters => "who_registers",
            Basis::RegistrationValidity => "registration_validity",
            Basis::ReRegistrationAfterMove => "re_registration_after_move",
            Basis::DeadlineDayCounting => "deadline_day_counting",
            Basis::VisaFreeStay90Days => "visa_free_stay",
            Basis::VisaStay => "visa_stay",
            Basis::ExtensionApply3DaysBefore => "extension_3_days",
            Basis::TrpApply30DaysBefore => "trp_30_days",
            Basis::PrpApply3MonthsBefore => "prp_3_months",
            Basis::FineForeignerUnregistered => "fine_foreigner",
            Basis::FineHostUnregistered => "fine_host",
            Basis::Russia90DaysPerCalendarYear => "russia_90_per_year",
            Basis::StayDayCounting => "stay_day_counting",
            Basis::RussiaSingleStayAlsoCapped => "russia_single_stay",
            Basis::StateDutyLaw => "state_duty_law",
            Basis::PublishedWorkingDays => "published_working_days",
            Basis::ProvisionalCalendar => "provisional_calendar",
            Basis::ContractEndNotice => "contract_end_notice",
            Basis::WorkPermitTerm => "work_permit_term",
            Basis::LostPermitReport => "lost_permit_report",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_its_own_key() {
        let keys: std::collections::BTreeSet<&str> = Basis::ALL.iter().map(|b| b.key()).collect();
        assert_eq!(keys.len(), Basis::ALL.len());
    }
}

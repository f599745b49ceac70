//! Notices the law asks of people and that are easy to miss: the employer's notice that a
//! foreign worker's contract has ended early (within 5 working days; 300 manats fine when late)
//! and the foreigner's report of a lost, stolen or damaged residence permit (within 10 working
//! days). Each is short; a notice given late is still accepted, with a warning, because giving
//! it late is better than not giving it.

use super::answered_date as date;
use super::examples::{ADDRESS_AND_PHONE, EMPLOYER_AND_WORKER, RESIDENT, answers};
use super::registration::{
    ADDRESS, CITIZENSHIP, DATE_OF_BIRTH, DOCUMENT, GIVEN_NAMES, PASSPORT_COPY, PATRONYMIC, SEX, SURNAME,
    document_checks,
};
use super::work_permit::EMPLOYER;
use super::{Answers, Kind, Step, opt, req};
use crate::api::FieldError;
use crate::basis::Basis;
use crate::calendar::{BakuDate, DayCounting, WorkingCalendar};

/// Working days the employer has to tell the Service that a contract ended early.
pub const CONTRACT_END_WORKING_DAYS: u32 = 5;
/// Working days the worker has to leave once the contract ended early.
pub const LEAVE_WORKING_DAYS: u32 = 10;
/// The fine, in manats, for an employer who does not give the notice.
pub const CONTRACT_END_FINE_AZN: u32 = 300;
/// Working days to report a lost or damaged permit.
pub const LOST_PERMIT_WORKING_DAYS: u32 = 10;

pub const CONTRACT_END_STEPS: &[Step] = &[
    Step { id: "employer", when: None, fields: EMPLOYER },
    Step { id: "person", when: None, fields: &[SURNAME, GIVEN_NAMES, PATRONYMIC, DATE_OF_BIRTH, SEX, CITIZENSHIP] },
    Step { id: "document", when: None, fields: DOCUMENT },
    Step {
        id: "contract",
        when: None,
        fields: &[
            req("permit.number", Kind::Text(30)),
            req("contract.ended", Kind::PastOrToday),
            req("contract.ended_by", Kind::Choice(&["agreement", "employer", "worker", "other"])),
            opt("upload.termination", Kind::Upload),
        ],
    },
    Step { id: "declaration", when: None, fields: &[req("declaration", Kind::Declaration)] },
];

pub const LOST_PERMIT_STEPS: &[Step] = &[
    Step { id: "person", when: None, fields: &[SURNAME, GIVEN_NAMES, PATRONYMIC, DATE_OF_BIRTH, SEX, CITIZENSHIP] },
    Step { id: "document", when: None, fields: DOCUMENT },
    Step {
        id: "permit",
        when: None,
        fields: &[
            req("lost.permit", Kind::Choice(&["temporary", "permanent"])),
            opt("lost.number", Kind::Text(30)),
            req("lost.what", Kind::Choice(&["lost", "stolen", "damaged"])),
            req("lost.on", Kind::PastOrToday),
            req("lost.circumstances", Kind::Text(500)),
        ],
    },
    Step { id: "address", when: None, fields: ADDRESS },
    Step { id: "contact", when: None, fields: &[req("contact.phone", Kind::Phone), opt("contact.email", Kind::Email)] },
    Step { id: "documents", when: None, fields: &[PASSPORT_COPY] },
    Step { id: "declaration", when: None, fields: &[req("declaration", Kind::Declaration)] },
];

/// When a notice is due, counted in working days from the day of the event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Due {
    /// The day of the event (the contract ended, the permit was lost).
    pub from: BakuDate,
    /// The last day to give the notice.
    pub by: BakuDate,
    /// Today is after `by`.
    pub late: bool,
    /// The count crossed a year whose calendar is not published.
    pub counting: DayCounting,
    pub basis: Basis,
}

fn due(answers: &Answers, path: &str, working_days: u32, today: BakuDate, basis: Basis) -> Option<Due> {
    let from = date(answers, path).filter(|d| *d <= today)?;
    let (by, counting) = WorkingCalendar::published().add_working_days(from, working_days);
    Some(Due { from, by, late: today > by, counting, basis })
}

/// The employer's deadline for the notice, once the day the contract ended is given.
pub fn contract_end_due(answers: &Answers, today: BakuDate) -> Option<Due> {
    due(answers, "contract.ended", CONTRACT_END_WORKING_DAYS, today, Basis::ContractEndNotice)
}

/// The last day the worker may stay on this permit: 10 working days after the contract ended.
pub fn leave_by(answers: &Answers, today: BakuDate) -> Option<Due> {
    due(answers, "contract.ended", LEAVE_WORKING_DAYS, today, Basis::ContractEndNotice)
}

/// The deadline for reporting the lost or damaged permit.
pub fn lost_permit_due(answers: &Answers, today: BakuDate) -> Option<Due> {
    due(answers, "lost.on", LOST_PERMIT_WORKING_DAYS, today, Basis::LostPermitReport)
}

pub(super) fn contract_end_cross_checks(answers: &Answers) -> Vec<FieldError> {
    let mut errors = document_checks(answers);
    if let (Some(b), Some(e)) = (date(answers, "person.date_of_birth"), date(answers, "contract.ended"))
        && e < b
    {
        errors.push(FieldError::new("contract.ended", "notice.before_birth"));
    }
    errors
}

pub(super) fn lost_permit_cross_checks(answers: &Answers) -> Vec<FieldError> {
    let mut errors = document_checks(answers);
    if let (Some(b), Some(l)) = (date(answers, "person.date_of_birth"), date(answers, "lost.on"))
        && l < b
    {
        errors.push(FieldError::new("lost.on", "notice.before_birth"));
    }
    errors
}

/// Answers that pass on 23 November 2026 (the unit tests' day): `super::example_answers`.
pub(super) fn contract_end_example() -> Answers {
    let own =
        [("permit.number", "WP-2026-001234"), ("contract.ended", "2026-11-20"), ("contract.ended_by", "agreement")];
    answers(&[EMPLOYER_AND_WORKER, &own], &[])
}

/// Answers that pass on 23 November 2026 (the unit tests' day): `super::example_answers`.
pub(super) fn lost_permit_example() -> Answers {
    let own = [
        ("lost.permit", "temporary"),
        ("lost.what", "lost"),
        ("lost.on", "2026-11-18"),
        ("lost.circumstances", "Lost with my wallet in the metro on 18 November"),
    ];
    answers(&[RESIDENT, &own, ADDRESS_AND_PHONE], &[("upload.passport", 50)])
}

#[cfg(test)]
mod tests {
    use super::super::{Service, validate};
    use super::*;

    use crate::calendar::fixture::d;

    const TODAY: &str = "2026-11-23";

    fn with(mut a: Answers, k: &str, v: &str) -> Answers {
        a.insert(k.into(), v.into());
        a
    }

    #[test]
    fn complete_notices_pass() {
        assert_eq!(validate(Service::ContractEndNotice, &contract_end_example(), d(TODAY)), vec![]);
        assert_eq!(validate(Service::LostPermitReport, &lost_permit_example(), d(TODAY)), vec![]);
        assert_eq!(
            validate(
                Service::ContractEndNotice,
                &with(contract_end_example(), "contract.ended", "2026-11-24"),
                d(TODAY)
            ),
            vec![FieldError::new("contract.ended", "date.in_future")]
        );
        assert_eq!(
            validate(Service::LostPermitReport, &with(lost_permit_example(), "lost.on", "1990-01-01"), d(TODAY)),
            vec![FieldError::new("lost.on", "notice.before_birth")]
        );
    }

    #[test]
    fn the_contract_notice_is_due_5_working_days_after_the_contract_ended() {
        // Friday 20 November 2026: Monday 23 to Friday 27 are the five working days.
        let due = contract_end_due(&contract_end_example(), d(TODAY)).unwrap();
        assert_eq!((due.by, due.late), (d("2026-11-27"), false));
        // The day after the deadline it is late, and still accepted.
        let late = contract_end_due(&contract_end_example(), d("2026-11-28")).unwrap();
        assert!(late.late);
        // Monday 9 November 2026 is a holiday, and Sunday 8 November's moves to Tuesday 10:
        // from Friday 6, the five are 11, 12, 13, 16 and 17 November.
        let around_holidays = with(contract_end_example(), "contract.ended", "2026-11-06");
        assert_eq!(contract_end_due(&around_holidays, d(TODAY)).unwrap().by, d("2026-11-17"));
        // The worker leaves within 10 working days.
        assert_eq!(leave_by(&contract_end_example(), d(TODAY)).unwrap().by, d("2026-12-04"));
    }

    #[test]
    fn a_lost_permit_is_reported_within_10_working_days() {
        let due = lost_permit_due(&lost_permit_example(), d(TODAY)).unwrap();
        assert_eq!((due.by, due.late), (d("2026-12-02"), false));
        assert!(lost_permit_due(&lost_permit_example(), d("2026-12-03")).unwrap().late);
        assert_eq!(lost_permit_due(&with(lost_permit_example(), "lost.on", "2026-11-24"), d(TODAY)), None);
    }
}

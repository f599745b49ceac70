//! Extension of a work permit, applied for by the employer: the employer, the worker and their
//! document, the current permit (number and dates), the contract, and the new term (up to 1
//! year each time; up to 2 in the liberated territories, Migration Code Art. 69.1-1) with its
//! processing time and the fee from the core table. A permit that has already ended gets a
//! warning (the Service may ask for a new permit instead); a term the law does not allow, or a
//! contract that has ended, is refused; a term that outlasts the contract ends with it (a
//! permit lasts 1 year "or the contract term if shorter"), which the form says.

use super::answered_date as date;
use super::examples::{EMPLOYER_AND_WORKER, answers};
use super::registration::{
    CITIZENSHIP, DATE_OF_BIRTH, DOCUMENT, GIVEN_NAMES, PASSPORT_COPY, PATRONYMIC, SEX, SURNAME, document_checks,
};
use super::work_permit::{EMPLOYER, fee_for_term, liberated_only};
use super::{Answers, Kind, Step, req};
use crate::api::FieldError;
use crate::calendar::BakuDate;
use crate::fees::Fee;

pub const STEPS: &[Step] = &[
    Step { id: "employer", when: None, fields: EMPLOYER },
    Step { id: "person", when: None, fields: &[SURNAME, GIVEN_NAMES, PATRONYMIC, DATE_OF_BIRTH, SEX, CITIZENSHIP] },
    Step { id: "document", when: None, fields: DOCUMENT },
    Step {
        id: "current",
        when: None,
        fields: &[
            req("permit.number", Kind::Text(30)),
            req("permit.issued", Kind::PastOrToday),
            req("permit.until", Kind::Date),
        ],
    },
    Step {
        id: "contract",
        when: None,
        fields: &[
            req("job.position", Kind::Text(150)),
            req("job.contract_end", Kind::Date),
            req("upload.contract", Kind::Upload),
        ],
    },
    Step {
        id: "extension",
        when: None,
        fields: &[
            req("permit.liberated", Kind::Choice(&["no", "yes"])),
            req("extension.months", Kind::Choice(&["m3", "m6", "m12", "m18", "m24"])),
            req("permit.processing", Kind::Choice(&["ten", "fifteen", "twenty"])),
        ],
    },
    Step { id: "documents", when: None, fields: &[PASSPORT_COPY] },
    Step { id: "declaration", when: None, fields: &[req("declaration", Kind::Declaration)] },
];

fn months(answers: &Answers) -> Option<u8> {
    super::answered_months(answers, "extension.months")
}

/// The last day of the extended permit: the current one's last day plus the new term.
pub fn new_end(answers: &Answers) -> Option<BakuDate> {
    Some(date(answers, "permit.until")?.add_months(i32::from(months(answers)?)))
}

pub(super) fn cross_checks(answers: &Answers, today: BakuDate) -> Vec<FieldError> {
    let mut errors = document_checks(answers);
    let (issued, until) = (date(answers, "permit.issued"), date(answers, "permit.until"));
    if let (Some(i), Some(u)) = (issued, until)
        && u <= i
    {
        errors.push(FieldError::new("permit.until", "wpe.until_before_issued"));
    }
    let contract_end = date(answers, "job.contract_end");
    if contract_end.is_some_and(|c| c <= today) {
        errors.push(FieldError::new("job.contract_end", "work.contract_ended"));
    } else if let (Some(u), Some(c)) = (until, contract_end)
        && c <= u
    {
        errors.push(FieldError::new("job.contract_end", "wpe.contract_ends_first"));
    }
    errors.extend(liberated_only(answers, "extension.months"));
    errors
}

/// The contract's last day, when the term asked for would outlast it: the extended permit
/// ends with the contract.
pub fn capped_at(answers: &Answers) -> Option<BakuDate> {
    let contract_end = date(answers, "job.contract_end")?;
    (new_end(answers)? > contract_end).then_some(contract_end)
}

/// The day the current permit ended, when that is before today: the application is still
/// accepted, with a warning.
pub fn ended(answers: &Answers, today: BakuDate) -> Option<BakuDate> {
    date(answers, "permit.until").filter(|u| *u < today)
}

/// The fee, paid by the employer, from the work permit table, once term, processing and place
/// are chosen.
pub fn fee(answers: &Answers) -> Option<Fee> {
    fee_for_term(answers, "extension.months")
}

/// A complete set of answers that passes on 23 November 2026 (the unit tests' day), for
/// tests of the service here and over HTTP (`super::example_answers`).
pub(super) fn example() -> Answers {
    let own = [
        ("permit.number", "WP-2026-001234"),
        ("permit.issued", "2026-01-15"),
        ("permit.until", "2027-01-14"),
        ("job.position", "Civil engineer"),
        ("job.contract_end", "2028-12-31"),
        ("permit.liberated", "no"),
        ("extension.months", "m12"),
        ("permit.processing", "twenty"),
    ];
    answers(&[EMPLOYER_AND_WORKER, &own], &[("upload.contract", 40), ("upload.passport", 41)])
}

#[cfg(test)]
mod tests {
    use super::super::{Service, validate};
    use super::*;

    use crate::calendar::fixture::d;

    const TODAY: &str = "2026-11-23";

    use super::example as good;

    fn with(changes: &[(&str, &str)]) -> Answers {
        let mut a = good();
        for (k, v) in changes {
            a.insert(k.to_string(), v.to_string());
        }
        a
    }

    fn errors(a: &Answers) -> Vec<FieldError> {
        validate(Service::WorkPermitExtension, a, d(TODAY))
    }

    #[test]
    fn the_term_is_at_most_a_year_outside_the_liberated_territories_and_ends_with_the_contract() {
        assert_eq!(errors(&good()), vec![]);
        assert_eq!(
            errors(&with(&[("extension.months", "m18")])),
            vec![FieldError::new("extension.months", "work.liberated_only")]
        );
        assert_eq!(errors(&with(&[("extension.months", "m18"), ("permit.liberated", "yes")])), vec![]);
        // 14 January 2027 + 24 months is after the contract's end (31 December 2028): the
        // permit ends with the contract, which is allowed.
        let longer = with(&[("extension.months", "m24"), ("permit.liberated", "yes")]);
        assert_eq!(errors(&longer), vec![]);
        assert_eq!(capped_at(&longer), Some(d("2028-12-31")));
        assert_eq!(capped_at(&good()), None);
        assert_eq!(
            errors(&with(&[("permit.until", "2026-06-01"), ("job.contract_end", "2026-11-23")])),
            vec![FieldError::new("job.contract_end", "work.contract_ended")],
            "a contract that has ended cannot be extended"
        );
        assert_eq!(
            errors(&with(&[("job.contract_end", "2027-01-14")])),
            vec![FieldError::new("job.contract_end", "wpe.contract_ends_first")]
        );
        assert_eq!(
            errors(&with(&[("permit.until", "2026-01-15")])),
            vec![FieldError::new("permit.until", "wpe.until_before_issued")]
        );
        assert_eq!(new_end(&good()), Some(d("2028-01-14")));
    }

    #[test]
    fn a_permit_that_has_ended_is_warned_about_not_refused() {
        assert_eq!(ended(&good(), d(TODAY)), None);
        assert_eq!(ended(&with(&[("permit.until", "2026-11-23")]), d(TODAY)), None, "its last day is today");
        let past = with(&[("permit.until", "2026-11-22")]);
        assert_eq!(ended(&past, d(TODAY)), Some(d("2026-11-22")));
        assert_eq!(errors(&past), vec![]);
    }

    #[test]
    fn the_fee_is_the_work_permit_table() {
        let azn = |a: &Answers| match fee(a) {
            Some(Fee::Known { azn, .. }) => Some(azn),
            _ => None,
        };
        assert_eq!(azn(&good()), Some(1000));
        assert_eq!(super::super::work_permit::working_days(&good()), Some(20));
        let fast = with(&[("permit.processing", "ten"), ("extension.months", "m6")]);
        assert_eq!(azn(&fast), Some(900));
        assert_eq!(azn(&with(&[("extension.months", "m18")])), None);
    }
}

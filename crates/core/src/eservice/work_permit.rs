//! Work permit, applied for by the employer: the company with its VÖEN and a contact person;
//! the worker (18 or older) and their document; the job, the qualification and the contract
//! term; the length and processing time, with the fee; work in the liberated territories,
//! where permits of 18 and 24 months exist and processing is 5 working days shorter.

use super::answered_date as date;
use super::examples::{EMPLOYER_AND_WORKER, answers};
use super::extension::age_on;
use super::registration::{
    CITIZENSHIP, DATE_OF_BIRTH, DOCUMENT, GIVEN_NAMES, PASSPORT_COPY, PATRONYMIC, SEX, SURNAME, document_checks,
};
use super::{Answers, Field, Kind, Step, req};
use crate::api::FieldError;
use crate::calendar::BakuDate;
use crate::fees::{Fee, WorkPermitProcessing, work_permit_fee};

/// The employer and who to contact: the same questions in every service an employer uses.
pub(super) const EMPLOYER: &[Field] = &[
    req("employer.name", Kind::Text(200)),
    req("employer.voen", Kind::Voen),
    req("employer.contact_name", Kind::Text(100)),
    req("employer.phone", Kind::Phone),
    req("employer.email", Kind::Email),
];

pub const STEPS: &[Step] = &[
    Step { id: "employer", when: None, fields: EMPLOYER },
    Step { id: "person", when: None, fields: &[SURNAME, GIVEN_NAMES, PATRONYMIC, DATE_OF_BIRTH, SEX, CITIZENSHIP] },
    Step { id: "document", when: None, fields: DOCUMENT },
    Step {
        id: "job",
        when: None,
        fields: &[
            req("job.position", Kind::Text(150)),
            req("job.qualification", Kind::Text(200)),
            req("upload.qualification", Kind::Upload),
            req("job.contract_start", Kind::Date),
            req("job.contract_end", Kind::Date),
        ],
    },
    Step {
        id: "permit",
        when: None,
        fields: &[
            req("permit.liberated", Kind::Choice(&["no", "yes"])),
            req("permit.months", Kind::Choice(&["m3", "m6", "m12", "m18", "m24"])),
            req("permit.processing", Kind::Choice(&["ten", "fifteen", "twenty"])),
        ],
    },
    Step { id: "documents", when: None, fields: &[PASSPORT_COPY] },
    Step { id: "declaration", when: None, fields: &[req("declaration", Kind::Declaration)] },
];

/// The term chosen at `path` (`m12`), in months.
fn months(answers: &Answers, path: &str) -> Option<u8> {
    super::answered_months(answers, path)
}

pub(super) fn liberated(answers: &Answers) -> bool {
    answers.get("permit.liberated").map(String::as_str) == Some("yes")
}

pub(super) fn processing(answers: &Answers) -> Option<WorkPermitProcessing> {
    Some(match answers.get("permit.processing")?.as_str() {
        "ten" => WorkPermitProcessing::TenWorkingDays,
        "fifteen" => WorkPermitProcessing::FifteenWorkingDays,
        "twenty" => WorkPermitProcessing::TwentyWorkingDays,
        _ => return None,
    })
}

pub(super) fn cross_checks(answers: &Answers, today: BakuDate) -> Vec<FieldError> {
    let mut errors = document_checks(answers);
    if date(answers, "person.date_of_birth").is_some_and(|b| age_on(b, today) < 18) {
        errors.push(FieldError::new("person.date_of_birth", "work.under_18"));
    }
    if let (Some(s), Some(e)) = (date(answers, "job.contract_start"), date(answers, "job.contract_end"))
        && e <= s
    {
        errors.push(FieldError::new("job.contract_end", "work.contract_end_before_start"));
    }
    if date(answers, "job.contract_end").is_some_and(|e| e <= today) {
        errors.push(FieldError::new("job.contract_end", "work.contract_ended"));
    }
    errors.extend(liberated_only(answers, "permit.months"));
    errors
}

/// A term of more than a year (chosen at `path`) outside the liberated territories: refused.
pub(super) fn liberated_only(answers: &Answers, path: &'static str) -> Option<FieldError> {
    (months(answers, path).is_some_and(|m| m > 12) && !liberated(answers))
        .then(|| FieldError::new(path, "work.liberated_only"))
}

/// The fee, paid by the employer, once length, processing and place are chosen.
pub fn fee(answers: &Answers) -> Option<Fee> {
    fee_for_term(answers, "permit.months")
}

/// The fee from the work permit table for the term chosen at `path`, paid by the employer.
pub(super) fn fee_for_term(answers: &Answers, path: &str) -> Option<Fee> {
    work_permit_fee(processing(answers)?, months(answers, path)?, liberated(answers))
}

/// Working days to a decision: 5 fewer in the liberated territories (the same for an
/// extension, which asks the same questions).
pub fn working_days(answers: &Answers) -> Option<u8> {
    Some(processing(answers)?.working_days(liberated(answers)))
}

/// A complete set of answers that passes on 23 November 2026 (the unit tests' day), for
/// tests of the service here and over HTTP (`super::example_answers`).
pub(super) fn example() -> Answers {
    let own = [
        ("job.position", "Civil engineer"),
        ("job.qualification", "MSc in structural engineering"),
        ("job.contract_start", "2027-01-01"),
        ("job.contract_end", "2027-12-31"),
        ("permit.liberated", "no"),
        ("permit.months", "m12"),
        ("permit.processing", "fifteen"),
    ];
    answers(&[EMPLOYER_AND_WORKER, &own], &[("upload.qualification", 30), ("upload.passport", 31)])
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
        validate(Service::WorkPermit, a, d(TODAY))
    }

    #[test]
    fn checks() {
        assert_eq!(errors(&good()), vec![]);
        assert_eq!(
            errors(&with(&[("person.date_of_birth", "2008-11-24")])),
            vec![FieldError::new("person.date_of_birth", "work.under_18")]
        );
        assert_eq!(
            errors(&with(&[("job.contract_end", "2026-12-31")])),
            vec![FieldError::new("job.contract_end", "work.contract_end_before_start")]
        );
        assert_eq!(
            errors(&with(&[("job.contract_start", "2025-01-01"), ("job.contract_end", "2026-11-23")])),
            vec![FieldError::new("job.contract_end", "work.contract_ended")]
        );
        assert_eq!(
            errors(&with(&[("permit.months", "m24")])),
            vec![FieldError::new("permit.months", "work.liberated_only")]
        );
        assert_eq!(errors(&with(&[("permit.months", "m24"), ("permit.liberated", "yes")])), vec![]);
        assert_eq!(errors(&with(&[("employer.voen", "123")])), vec![FieldError::new("employer.voen", "voen.format")]);
    }

    #[test]
    fn fee_and_processing_time() {
        let azn = |a: &Answers| match fee(a) {
            Some(Fee::Known { azn, .. }) => Some(azn),
            _ => None,
        };
        assert_eq!(azn(&good()), Some(1200));
        assert_eq!(working_days(&good()), Some(15));
        let liberated = with(&[("permit.liberated", "yes"), ("permit.months", "m24"), ("permit.processing", "ten")]);
        assert_eq!(azn(&liberated), Some(1800));
        assert_eq!(working_days(&liberated), Some(5));
        assert_eq!(azn(&with(&[("permit.months", "m18")])), None, "18 months only in the liberated territories");
    }
}

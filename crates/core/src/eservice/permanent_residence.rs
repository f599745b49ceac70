//! Permanent residence permit: at least 2 years of temporary residence (checked from the dates
//! of the temporary permit), applied for at least 3 months before it ends (a warning), with
//! proof of means. The fee since 2019 is not known, and the app says so.

use super::answered_date as date;
use super::examples::{ADDRESS_AND_PHONE, RESIDENT, answers};
use super::registration::{
    ADDRESS, CITIZENSHIP, DATE_OF_BIRTH, DOCUMENT, GIVEN_NAMES, PASSPORT_COPY, PATRONYMIC, SEX, SURNAME,
    document_checks,
};
use super::{Answers, Kind, Step, opt, req};
use crate::api::FieldError;
use crate::calendar::BakuDate;

/// Years of temporary residence needed.
pub const YEARS_OF_RESIDENCE: i32 = 2;
/// Apply at least this many months before the temporary permit ends.
pub const APPLY_MONTHS_BEFORE: i32 = 3;

pub const STEPS: &[Step] = &[
    Step { id: "person", when: None, fields: &[SURNAME, GIVEN_NAMES, PATRONYMIC, DATE_OF_BIRTH, SEX, CITIZENSHIP] },
    Step { id: "document", when: None, fields: DOCUMENT },
    Step {
        id: "residence",
        when: None,
        fields: &[req("trp.since", Kind::PastOrToday), req("trp.until", Kind::Date), req("trp.number", Kind::Text(30))],
    },
    Step { id: "address", when: None, fields: ADDRESS },
    Step {
        id: "means",
        when: None,
        fields: &[
            req("means.source", Kind::Choice(&["employment", "business", "pension", "savings", "family", "other"])),
            req("upload.means", Kind::Upload),
        ],
    },
    Step { id: "contact", when: None, fields: &[req("contact.phone", Kind::Phone), opt("contact.email", Kind::Email)] },
    Step { id: "documents", when: None, fields: &[PASSPORT_COPY, req("upload.photo", Kind::Photo)] },
    Step { id: "declaration", when: None, fields: &[req("declaration", Kind::Declaration)] },
];

pub(super) fn cross_checks(answers: &Answers, today: BakuDate) -> Vec<FieldError> {
    let mut errors = document_checks(answers);
    let (since, until) = (date(answers, "trp.since"), date(answers, "trp.until"));
    if let Some(s) = since
        && s.add_months(12 * YEARS_OF_RESIDENCE) > today
    {
        errors.push(FieldError::new("trp.since", "prp.two_years"));
    }
    if let (Some(s), Some(u)) = (since, until)
        && u <= s
    {
        errors.push(FieldError::new("trp.until", "prp.until_before_since"));
    } else if until.is_some_and(|u| u < today) {
        errors.push(FieldError::new("trp.until", "prp.trp_ended"));
    }
    errors
}

/// Less than 3 months before the temporary permit ends: allowed, with a warning.
pub fn late(answers: &Answers, today: BakuDate) -> Option<BakuDate> {
    let until = date(answers, "trp.until").filter(|u| *u >= today)?;
    (today.add_months(APPLY_MONTHS_BEFORE) > until).then_some(until)
}

/// A complete set of answers that passes on 23 November 2026 (the unit tests' day), for
/// tests of the service here and over HTTP (`super::example_answers`).
pub(super) fn example() -> Answers {
    let own = [
        ("trp.since", "2024-05-01"),
        ("trp.until", "2027-05-01"),
        ("trp.number", "TRP-123456"),
        ("means.source", "employment"),
    ];
    answers(
        &[RESIDENT, &own, ADDRESS_AND_PHONE],
        &[("upload.means", 20), ("upload.passport", 21), ("upload.photo", 22)],
    )
}

#[cfg(test)]
mod tests {
    use super::super::{Service, validate};
    use super::*;

    use crate::calendar::fixture::d;

    const TODAY: &str = "2026-11-23";

    use super::example as good;

    fn with(k: &str, v: &str) -> Answers {
        let mut a = good();
        a.insert(k.into(), v.into());
        a
    }

    fn errors(a: &Answers) -> Vec<FieldError> {
        validate(Service::PermanentResidence, a, d(TODAY))
    }

    #[test]
    fn two_years_of_temporary_residence_are_needed() {
        assert_eq!(errors(&good()), vec![]);
        assert_eq!(errors(&with("trp.since", "2024-11-23")), vec![], "exactly 2 years");
        assert_eq!(errors(&with("trp.since", "2024-11-24")), vec![FieldError::new("trp.since", "prp.two_years")]);
        assert_eq!(
            errors(&with("trp.until", "2024-01-01")),
            vec![FieldError::new("trp.until", "prp.until_before_since")]
        );
        assert_eq!(errors(&with("trp.until", "2026-11-22")), vec![FieldError::new("trp.until", "prp.trp_ended")]);
    }

    #[test]
    fn three_months_before_the_permit_ends_is_a_warning() {
        assert_eq!(late(&good(), d(TODAY)), None);
        assert_eq!(late(&with("trp.until", "2027-02-23"), d(TODAY)), None);
        assert_eq!(late(&with("trp.until", "2027-02-22"), d(TODAY)), Some(d("2027-02-22")));
        assert!(errors(&with("trp.until", "2027-02-22")).is_empty(), "late is still accepted");
    }
}

//! The citizenship services: acquisition (naturalisation), restoration, renunciation and
//! determination of Azerbaijani citizenship. Each asks only what its case needs. The one rule
//! the portal can check from the answers is naturalisation's 5 years of lawful permanent
//! residence, counted from the permanent residence permit; income and the state language are
//! declared here and checked by the Service. No fee is shown: none is given in the portal's
//! sources, and the texts say so.

use super::answered_date as date;
use super::examples::{ADDRESS_AND_PHONE, RESIDENT, answers};
use super::registration::{
    ADDRESS, CITIZENSHIP, DATE_OF_BIRTH, DOCUMENT, GIVEN_NAMES, PASSPORT_COPY, PATRONYMIC, SEX, SURNAME,
    document_checks,
};
use super::{Answers, Field, Kind, Step, opt, req};
use crate::api::FieldError;
use crate::calendar::BakuDate;

/// Years of lawful permanent residence before naturalisation.
pub const NATURALISATION_YEARS: i32 = 5;

const PERSON: Step =
    Step { id: "person", when: None, fields: &[SURNAME, GIVEN_NAMES, PATRONYMIC, DATE_OF_BIRTH, SEX, CITIZENSHIP] };
const DOCUMENTS: Step = Step { id: "documents", when: None, fields: &[PASSPORT_COPY] };
const DECLARATION: Step = Step { id: "declaration", when: None, fields: &[req("declaration", Kind::Declaration)] };
const CONTACT: &[Field] = &[req("contact.phone", Kind::Phone), opt("contact.email", Kind::Email)];

pub const ACQUISITION_STEPS: &[Step] = &[
    PERSON,
    Step { id: "document", when: None, fields: DOCUMENT },
    Step {
        id: "residence",
        when: None,
        fields: &[req("prp.since", Kind::PastOrToday), req("prp.number", Kind::Text(30))],
    },
    Step {
        id: "income",
        when: None,
        fields: &[
            req("income.source", Kind::Choice(&["employment", "business", "pension", "savings", "family", "other"])),
            req("upload.income", Kind::Upload),
        ],
    },
    Step { id: "language", when: None, fields: &[req("language.declaration", Kind::Declaration)] },
    Step { id: "address", when: None, fields: ADDRESS },
    Step { id: "contact", when: None, fields: CONTACT },
    DOCUMENTS,
    DECLARATION,
];

pub const RESTORATION_STEPS: &[Step] = &[
    PERSON,
    Step { id: "document", when: None, fields: DOCUMENT },
    Step {
        id: "former",
        when: None,
        fields: &[
            req("former.ended", Kind::PastOrToday),
            req("former.how", Kind::Choice(&["renounced", "lost", "other"])),
            opt("former.passport", Kind::Text(30)),
            req("former.reason", Kind::Text(1000)),
        ],
    },
    Step { id: "address", when: None, fields: ADDRESS },
    Step { id: "contact", when: None, fields: CONTACT },
    DOCUMENTS,
    DECLARATION,
];

pub const RENUNCIATION_STEPS: &[Step] = &[
    PERSON,
    Step { id: "document", when: None, fields: DOCUMENT },
    Step {
        id: "renunciation",
        when: None,
        fields: &[
            req("renunciation.other_citizenship", Kind::Citizenship),
            req("renunciation.residence_country", Kind::Citizenship),
            req("renunciation.reason", Kind::Text(1000)),
        ],
    },
    Step {
        id: "contact",
        when: None,
        fields: &[
            req("contact.address", Kind::Text(300)),
            req("contact.phone", Kind::Phone),
            opt("contact.email", Kind::Email),
        ],
    },
    DOCUMENTS,
    DECLARATION,
];

pub const DETERMINATION_STEPS: &[Step] = &[
    PERSON,
    Step { id: "document", when: None, fields: DOCUMENT },
    Step {
        id: "background",
        when: None,
        fields: &[
            req("background.born_in", Kind::Choice(&["azerbaijan", "elsewhere"])),
            req("background.parents", Kind::Choice(&["both", "one", "none", "unknown"])),
            opt("background.in_azerbaijan_since", Kind::PastOrToday),
            req("background.reason", Kind::Text(1000)),
        ],
    },
    Step { id: "address", when: None, fields: ADDRESS },
    Step { id: "contact", when: None, fields: CONTACT },
    DOCUMENTS,
    DECLARATION,
];

/// The day 5 years of permanent residence are complete, once the permit's first day is given.
pub fn eligible_from(answers: &Answers) -> Option<BakuDate> {
    Some(date(answers, "prp.since")?.add_months(12 * NATURALISATION_YEARS))
}

pub(super) fn acquisition_cross_checks(answers: &Answers, today: BakuDate) -> Vec<FieldError> {
    let mut errors = document_checks(answers);
    if eligible_from(answers).is_some_and(|from| from > today) {
        errors.push(FieldError::new("prp.since", "citizenship.five_years"));
    }
    errors.extend(after_birth(answers, "prp.since"));
    errors
}

pub(super) fn restoration_cross_checks(answers: &Answers) -> Vec<FieldError> {
    let mut errors = document_checks(answers);
    errors.extend(after_birth(answers, "former.ended"));
    errors
}

pub(super) fn renunciation_cross_checks(answers: &Answers) -> Vec<FieldError> {
    let mut errors = document_checks(answers);
    if answers.get("person.citizenship").is_some_and(|c| !c.trim().eq_ignore_ascii_case("AZ")) {
        errors.push(FieldError::new("person.citizenship", "citizenship.renounce_not_citizen"));
    }
    if answers.get("renunciation.other_citizenship").is_some_and(|c| c.trim().eq_ignore_ascii_case("AZ")) {
        errors.push(FieldError::new("renunciation.other_citizenship", "citizenship.other_is_azerbaijan"));
    }
    errors
}

pub(super) fn determination_cross_checks(answers: &Answers) -> Vec<FieldError> {
    let mut errors = document_checks(answers);
    errors.extend(after_birth(answers, "background.in_azerbaijan_since"));
    errors
}

/// A date at `path` before the applicant was born.
fn after_birth(answers: &Answers, path: &'static str) -> Option<FieldError> {
    let (birth, d) = (date(answers, "person.date_of_birth")?, date(answers, path)?);
    (d < birth).then(|| FieldError::new(path, "notice.before_birth"))
}

/// Answers that pass on 23 November 2026 (the unit tests' day): `super::example_answers`.
pub(super) fn acquisition_example() -> Answers {
    let own = [
        ("prp.since", "2020-03-01"),
        ("prp.number", "PRP-004321"),
        ("income.source", "employment"),
        ("language.declaration", "yes"),
    ];
    answers(&[RESIDENT, &own, ADDRESS_AND_PHONE], &[("upload.income", 60), ("upload.passport", 61)])
}

pub(super) fn restoration_example() -> Answers {
    let own = [
        ("former.ended", "2005-04-01"),
        ("former.how", "renounced"),
        ("former.reason", "I have returned to live with my family in Baku"),
    ];
    answers(&[RESIDENT, &own, ADDRESS_AND_PHONE], &[("upload.passport", 62)])
}

/// A citizen of Azerbaijan living in Germany.
pub(super) fn renunciation_example() -> Answers {
    let own = [
        ("person.citizenship", "AZ"),
        ("document.issuing_country", "AZ"),
        ("document.number", "C01234567"),
        ("renunciation.other_citizenship", "DE"),
        ("renunciation.residence_country", "DE"),
        ("renunciation.reason", "I have become a citizen of Germany, where I live"),
        ("contact.address", "Hauptstraße 1, 10115 Berlin, Germany"),
        ("contact.phone", "+49 30 1234567"),
    ];
    answers(&[RESIDENT, &own], &[("upload.passport", 63)])
}

/// A stateless person with a travel document.
pub(super) fn determination_example() -> Answers {
    let own = [
        ("person.citizenship", "stateless"),
        ("document.type", "travel_document"),
        ("background.born_in", "azerbaijan"),
        ("background.parents", "both"),
        ("background.reason", "I left Baku as a child in 1991 and have only a Soviet birth certificate"),
    ];
    answers(&[RESIDENT, &own, ADDRESS_AND_PHONE], &[("upload.passport", 64)])
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
    fn naturalisation_needs_5_years_from_the_permanent_permit() {
        let errors = |a: &Answers| validate(Service::CitizenshipAcquisition, a, d(TODAY));
        assert_eq!(errors(&acquisition_example()), vec![]);
        assert_eq!(errors(&with(acquisition_example(), "prp.since", "2021-11-23")), vec![], "exactly 5 years");
        assert_eq!(
            errors(&with(acquisition_example(), "prp.since", "2021-11-24")),
            vec![FieldError::new("prp.since", "citizenship.five_years")]
        );
        assert_eq!(eligible_from(&with(acquisition_example(), "prp.since", "2021-11-24")), Some(d("2026-11-24")));
        assert_eq!(
            errors(&with(acquisition_example(), "language.declaration", "")),
            vec![FieldError::new("language.declaration", "required")]
        );
    }

    #[test]
    fn each_case_asks_its_own_questions() {
        assert_eq!(validate(Service::CitizenshipRestoration, &restoration_example(), d(TODAY)), vec![]);
        assert_eq!(validate(Service::CitizenshipRenunciation, &renunciation_example(), d(TODAY)), vec![]);
        assert_eq!(validate(Service::CitizenshipDetermination, &determination_example(), d(TODAY)), vec![]);
        // A question of another case is not one of this service's.
        assert_eq!(
            validate(
                Service::CitizenshipRestoration,
                &with(restoration_example(), "prp.since", "2020-01-01"),
                d(TODAY)
            ),
            vec![FieldError::new("prp.since", "field.unknown")]
        );
        assert_eq!(
            validate(
                Service::CitizenshipRestoration,
                &with(restoration_example(), "former.ended", "1970-01-01"),
                d(TODAY)
            ),
            vec![FieldError::new("former.ended", "notice.before_birth")]
        );
    }

    #[test]
    fn only_a_citizen_renounces_and_not_in_favour_of_azerbaijan() {
        let errors = |a: &Answers| validate(Service::CitizenshipRenunciation, a, d(TODAY));
        assert_eq!(
            errors(&with(renunciation_example(), "person.citizenship", "DE")),
            vec![FieldError::new("person.citizenship", "citizenship.renounce_not_citizen")]
        );
        assert_eq!(
            errors(&with(renunciation_example(), "renunciation.other_citizenship", "az")),
            vec![FieldError::new("renunciation.other_citizenship", "citizenship.other_is_azerbaijan")]
        );
    }
}

//! Extension of temporary stay as an e-service: the foreigner, their document, when the
//! current stay ends and the address, what they ask for (up to 30 or 60 days, a decision in
//! 3 working days or 1 at the higher fee) and why, how to reach them, a copy of the passport
//! and the declaration. The fee comes from the core's fee table; the rule "apply at least 3
//! days before the stay ends" is a warning, and a stay that has already ended cannot be
//! extended.

use super::answered_date as date;
use super::registration::{
    ADDRESS, CITIZENSHIP, DATE_OF_BIRTH, DOCUMENT, GIVEN_NAMES, PASSPORT_COPY, PATRONYMIC, SEX, SURNAME,
    document_checks,
};
use super::{Answers, Kind, Step, Timing, opt, req};
use crate::api::FieldError;
use crate::basis::Basis;
use crate::calendar::BakuDate;
use crate::fees::{Age, ExtensionLength, ExtensionSpeed, Fee, extension_fee};

/// Apply at least this many days before the stay ends (FACTS: the article is uncertain).
pub const APPLY_DAYS_BEFORE: i64 = 3;

pub const STEPS: &[Step] = &[
    Step { id: "person", when: None, fields: &[SURNAME, GIVEN_NAMES, PATRONYMIC, DATE_OF_BIRTH, SEX, CITIZENSHIP] },
    Step { id: "document", when: None, fields: DOCUMENT },
    Step { id: "stay", when: None, fields: &[req("stay.ends", Kind::Date)] },
    Step { id: "address", when: None, fields: ADDRESS },
    Step {
        id: "request",
        when: None,
        fields: &[
            req("extension.length", Kind::Choice(&["up_to_30", "up_to_60"])),
            req("extension.speed", Kind::Choice(&["three_days", "one_day"])),
            req("extension.grounds", Kind::Text(500)),
        ],
    },
    Step { id: "contact", when: None, fields: &[req("contact.phone", Kind::Phone), opt("contact.email", Kind::Email)] },
    Step { id: "documents", when: None, fields: &[PASSPORT_COPY] },
    Step { id: "declaration", when: None, fields: &[req("declaration", Kind::Declaration)] },
];

/// Answers that contradict each other or the calendar.
pub(super) fn cross_checks(answers: &Answers, today: BakuDate) -> Vec<FieldError> {
    let mut errors = document_checks(answers);
    if let Some(ends) = date(answers, "stay.ends") {
        if ends < today {
            errors.push(FieldError::new("stay.ends", "extension.stay_ended"));
        } else if date(answers, "document.expires").is_some_and(|e| e < ends) {
            errors.push(FieldError::new("stay.ends", "document.expires_before_stay_ends"));
        }
    }
    errors
}

/// How the application stands against "apply at least 3 days before the stay ends".
pub fn timing(answers: &Answers, today: BakuDate) -> Option<Timing> {
    super::timing(answers, "stay.ends", today, APPLY_DAYS_BEFORE, Basis::ExtensionApply3DaysBefore)
}

/// Whole years from `birth` to `today`.
pub fn age_on(birth: BakuDate, today: BakuDate) -> i32 {
    let had_birthday = (today.month(), today.day()) >= (birth.month(), birth.day());
    today.year() - birth.year() - if had_birthday { 0 } else { 1 }
}

/// The state fee for what was asked, once the date of birth, length and speed are answered.
pub fn fee(answers: &Answers, today: BakuDate) -> Option<Fee> {
    let birth = date(answers, "person.date_of_birth")?;
    let age = if age_on(birth, today) >= 18 { Age::Adult } else { Age::Minor };
    let length = match answers.get("extension.length")?.as_str() {
        "up_to_30" => ExtensionLength::UpTo30Days,
        "up_to_60" => ExtensionLength::UpTo60Days,
        _ => return None,
    };
    let speed = match answers.get("extension.speed")?.as_str() {
        "one_day" => ExtensionSpeed::OneWorkingDay,
        "three_days" => ExtensionSpeed::ThreeWorkingDays,
        _ => return None,
    };
    Some(extension_fee(speed, age, length))
}

/// A complete set of answers that passes on 23 November 2026 (the unit tests' day), for
/// tests of the service here and over HTTP (`super::example_answers`).
pub(super) fn example() -> Answers {
    [
        ("person.surname", "Petrov"),
        ("person.given_names", "Ivan"),
        ("person.date_of_birth", "1990-01-31"),
        ("person.sex", "male"),
        ("person.citizenship", "RU"),
        ("document.type", "passport"),
        ("document.number", "751234567"),
        ("document.issuing_country", "RU"),
        ("document.issued", "2020-05-01"),
        ("document.expires", "2030-05-01"),
        ("stay.ends", "2026-12-10"),
        ("address.district", "AZ-BA"),
        ("address.street", "Nizami küçəsi"),
        ("address.building", "5"),
        ("extension.length", "up_to_30"),
        ("extension.speed", "three_days"),
        ("extension.grounds", "Medical treatment that continues until January"),
        ("contact.phone", "+994 50 123 45 67"),
        ("declaration", "yes"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .chain([("upload.passport".to_owned(), crate::api::Code::new(crate::api::CodeKind::Upload, 2).to_string())])
    .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{Service, validate};
    use super::*;

    use crate::calendar::fixture::d;

    use super::example as good;

    fn with(changes: &[(&str, &str)]) -> Answers {
        let mut a = good();
        for (k, v) in changes {
            a.insert(k.to_string(), v.to_string());
        }
        a
    }

    const TODAY: &str = "2026-11-23";

    #[test]
    fn a_complete_application_passes_and_a_stay_that_has_ended_does_not() {
        assert_eq!(validate(Service::Extension, &good(), d(TODAY)), vec![]);
        assert_eq!(
            validate(Service::Extension, &with(&[("stay.ends", "2026-11-22")]), d(TODAY)),
            vec![FieldError::new("stay.ends", "extension.stay_ended")]
        );
        assert_eq!(
            validate(Service::Extension, &with(&[("document.expires", "2026-12-01")]), d(TODAY)),
            vec![FieldError::new("stay.ends", "document.expires_before_stay_ends")]
        );
        assert_eq!(
            validate(Service::Extension, &with(&[("extension.grounds", &"x".repeat(501))]), d(TODAY)),
            vec![FieldError::new("extension.grounds", "text.too_long")]
        );
        assert_eq!(
            validate(Service::Extension, &with(&[("person.arrived_from", "TR")]), d(TODAY)),
            vec![FieldError::new("person.arrived_from", "field.unknown")]
        );
    }

    #[test]
    fn applying_less_than_three_days_before_the_end_is_late_but_allowed() {
        let t = |ends: &str| timing(&with(&[("stay.ends", ends)]), d(TODAY));
        assert_eq!(t("2026-11-26").map(|t| (t.days_left, t.late)), Some((3, false)));
        assert_eq!(t("2026-11-25").map(|t| (t.days_left, t.late)), Some((2, true)));
        assert_eq!(t("2026-11-23").map(|t| (t.days_left, t.late)), Some((0, true)));
        assert_eq!(t("2026-11-22"), None);
        assert!(validate(Service::Extension, &with(&[("stay.ends", "2026-11-23")]), d(TODAY)).is_empty());
    }

    #[test]
    fn the_fee_follows_age_length_and_speed() {
        let azn = |a: &Answers, today: &str| match fee(a, d(today)) {
            Some(Fee::Known { azn, .. }) => Some(azn),
            _ => None,
        };
        assert_eq!(azn(&good(), TODAY), Some(30));
        assert_eq!(azn(&with(&[("extension.speed", "one_day"), ("extension.length", "up_to_60")]), TODAY), Some(100));
        // 17 until the day before the 18th birthday.
        let teen = with(&[("person.date_of_birth", "2008-11-24")]);
        assert_eq!(azn(&teen, TODAY), Some(15));
        assert_eq!(azn(&teen, "2026-11-24"), Some(30));
        assert_eq!(azn(&with(&[("extension.speed", "")]), TODAY), None);
    }

    #[test]
    fn ages_count_whole_years() {
        assert_eq!(age_on(d("2008-02-29"), d("2026-02-28")), 17);
        assert_eq!(age_on(d("2008-02-29"), d("2026-03-01")), 18);
        assert_eq!(age_on(d("1990-01-31"), d("2026-11-23")), 36);
    }
}

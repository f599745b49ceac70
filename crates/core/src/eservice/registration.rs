//! Registration at the place of stay (Migration Code Art. 21) as an e-service: who applies,
//! the foreigner, their document, how and when they came, the address, the receiving party,
//! a copy of the passport and the declaration.

use super::{Answers, Field, Kind, Step, When, answered_date, opt, req, req_when};
use crate::api::FieldError;
use crate::calendar::{BakuDate, WorkingCalendar};
use crate::citizenship::Citizenship;
use crate::registration::{
    self as rules, Accommodation, EntryBasis, PlannedStay, RegistrationInput, RegistrationResult,
};

const WITH_VISA: When = When { path: "entry.basis", any_of: &["asan_visa", "other_visa"] };
const PERSON_HOST: When = When { path: "host.kind", any_of: &["person"] };
const COMPANY_HOST: When = When { path: "host.kind", any_of: &["company"] };

/// The longest stay an ASAN Visa gives.
pub const ASAN_VISA_MAX_DAYS: u32 = 30;

// Questions every service about a foreigner asks the same way.
pub(super) const SURNAME: Field = req("person.surname", Kind::LatinName);
pub(super) const GIVEN_NAMES: Field = req("person.given_names", Kind::LatinName);
pub(super) const PATRONYMIC: Field = opt("person.patronymic", Kind::LatinName);
pub(super) const DATE_OF_BIRTH: Field = req("person.date_of_birth", Kind::DateOfBirth);
pub(super) const SEX: Field = req("person.sex", Kind::Choice(&["female", "male"]));
pub(super) const CITIZENSHIP: Field = req("person.citizenship", Kind::Citizenship);
pub(super) const DOCUMENT: &[Field] = &[
    req("document.type", Kind::Choice(&["passport", "travel_document"])),
    req("document.number", Kind::DocumentNumber),
    req("document.issuing_country", Kind::Citizenship),
    req("document.issued", Kind::PastOrToday),
    req("document.expires", Kind::Date),
];
pub(super) const ADDRESS: &[Field] = &[
    req("address.district", Kind::District),
    req("address.street", Kind::Text(120)),
    req("address.building", Kind::Text(20)),
    opt("address.flat", Kind::Text(20)),
];
pub(super) const PASSPORT_COPY: Field = req("upload.passport", Kind::Upload);

pub const STEPS: &[Step] = &[
    Step {
        id: "applicant",
        when: None,
        fields: &[req("applicant.role", Kind::Choice(&["foreigner", "hotel", "host"]))],
    },
    Step {
        id: "person",
        when: None,
        fields: &[
            SURNAME,
            GIVEN_NAMES,
            PATRONYMIC,
            DATE_OF_BIRTH,
            SEX,
            CITIZENSHIP,
            req("person.arrived_from", Kind::Citizenship),
        ],
    },
    Step { id: "document", when: None, fields: DOCUMENT },
    Step {
        id: "entry",
        when: None,
        fields: &[
            req("entry.basis", Kind::Choice(&["visa_free", "asan_visa", "other_visa"])),
            req_when("entry.visa_days", Kind::Days, WITH_VISA),
        ],
    },
    Step {
        id: "stay",
        when: None,
        fields: &[req("stay.arrival", Kind::PastOrToday), req("stay.departure", Kind::Date)],
    },
    Step { id: "address", when: None, fields: ADDRESS },
    Step {
        id: "host",
        when: None,
        fields: &[
            req("host.kind", Kind::Choice(&["person", "company"])),
            req_when("host.fin", Kind::Fin, PERSON_HOST),
            req_when("host.voen", Kind::Voen, COMPANY_HOST),
            req("host.phone", Kind::Phone),
            opt("host.email", Kind::Email),
        ],
    },
    Step { id: "documents", when: None, fields: &[PASSPORT_COPY] },
    Step { id: "declaration", when: None, fields: &[req("declaration", Kind::Declaration)] },
];

/// Answers that contradict each other; each is reported at the field to change.
pub(super) fn cross_checks(answers: &Answers) -> Vec<FieldError> {
    let date = |path: &str| answered_date(answers, path);
    let mut errors = Vec::new();
    let (birth, arrival, departure) = (date("person.date_of_birth"), date("stay.arrival"), date("stay.departure"));
    let expires = date("document.expires");
    errors.extend(document_checks(answers));
    if answers.get("entry.basis").map(String::as_str) == Some("asan_visa")
        && answers
            .get("entry.visa_days")
            .and_then(|v| v.trim().parse::<u32>().ok())
            .is_some_and(|d| d > ASAN_VISA_MAX_DAYS)
    {
        errors.push(FieldError::new("entry.visa_days", "entry.asan_visa_days"));
    }
    if let (Some(b), Some(a)) = (birth, arrival)
        && a < b
    {
        errors.push(FieldError::new("stay.arrival", "stay.arrival_before_birth"));
    }
    if let (Some(a), Some(e)) = (arrival, expires)
        && e < a
    {
        errors.push(FieldError::new("stay.arrival", "document.expired_on_arrival"));
    }
    if let (Some(a), Some(d)) = (arrival, departure)
        && d <= a
    {
        errors.push(FieldError::new("stay.departure", "stay.departure_not_after_arrival"));
    }
    if let (Some(a), Some(d)) = (arrival, departure)
        && a.days_until(d) > 3 * 366
    {
        errors.push(FieldError::new("stay.departure", "stay.too_long"));
    }
    errors
}

/// The document's dates against each other and the date of birth.
pub(super) fn document_checks(answers: &Answers) -> Vec<FieldError> {
    let date = |path: &str| answered_date(answers, path);
    let (birth, issued, expires) = (date("person.date_of_birth"), date("document.issued"), date("document.expires"));
    let mut errors = Vec::new();
    if let (Some(b), Some(i)) = (birth, issued)
        && i < b
    {
        errors.push(FieldError::new("document.issued", "document.issued_before_birth"));
    }
    if let (Some(i), Some(e)) = (issued, expires)
        && e <= i
    {
        errors.push(FieldError::new("document.expires", "document.expires_before_issued"));
    }
    errors
}

/// What the registration rules say about these answers once the citizenship, entry and
/// dates are known: whether registration is needed, the last day, the fines once it has
/// passed, and until when the registration is valid. `None` while any of them is missing.
pub fn outlook(answers: &Answers, today: BakuDate) -> Option<RegistrationResult> {
    let get = |p: &str| answers.get(p).map(|v| v.trim()).filter(|v| !v.is_empty());
    let date = |p: &str| answered_date(answers, p);
    let days = || get("entry.visa_days").and_then(|v| v.parse::<u16>().ok());
    let entry = match get("entry.basis")? {
        "visa_free" => EntryBasis::VisaFree,
        "asan_visa" => EntryBasis::EVisa { stay_days: days()? },
        _ => EntryBasis::Visa { stay_days: days()? },
    };
    let input = RegistrationInput {
        citizenship: Citizenship::parse(get("person.citizenship")?)?,
        arrival: date("stay.arrival")?,
        stay: PlannedStay::Until(date("stay.departure")?),
        accommodation: if get("applicant.role") == Some("hotel") {
            Accommodation::Hotel
        } else {
            Accommodation::PrivateFlat
        },
        entry,
        moved: None,
    };
    rules::registration(&input, today, WorkingCalendar::published()).ok()
}

/// A complete set of answers that passes on 23 November 2026 (the unit tests' day), for
/// tests of the service here and over HTTP (`super::example_answers`).
pub(super) fn example() -> Answers {
    [
        ("applicant.role", "host"),
        ("person.surname", "Smith"),
        ("person.given_names", "Anna Maria"),
        ("person.date_of_birth", "1990-01-31"),
        ("person.sex", "female"),
        ("person.citizenship", "GB"),
        ("person.arrived_from", "TR"),
        ("document.type", "passport"),
        ("document.number", "123456789"),
        ("document.issuing_country", "GB"),
        ("document.issued", "2020-05-01"),
        ("document.expires", "2030-05-01"),
        ("entry.basis", "asan_visa"),
        ("entry.visa_days", "30"),
        ("stay.arrival", "2026-11-20"),
        ("stay.departure", "2026-12-15"),
        ("address.district", "AZ-BA"),
        ("address.street", "Nizami küçəsi"),
        ("address.building", "5"),
        ("host.kind", "person"),
        ("host.fin", "5ABC12D"),
        ("host.phone", "+994 50 123 45 67"),
        ("declaration", "yes"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .chain([("upload.passport".to_owned(), crate::api::Code::new(crate::api::CodeKind::Upload, 1).to_string())])
    .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{
        Service, first_unfinished, next_step, position, previous_step, submittable, validate, validate_step,
    };
    use super::*;
    use crate::validate::REQUIRED as MISSING;

    fn today() -> BakuDate {
        BakuDate::parse_iso("2026-11-23").unwrap()
    }

    use super::example as good;

    fn with(changes: &[(&str, &str)]) -> Answers {
        let mut answers = good();
        for (k, v) in changes {
            if v.is_empty() {
                answers.remove(*k);
            } else {
                answers.insert(k.to_string(), v.to_string());
            }
        }
        answers
    }

    fn errors_with(changes: &[(&str, &str)]) -> Vec<FieldError> {
        validate(Service::Registration, &with(changes), today())
    }

    fn one(path: &str, rule: &'static str) -> Vec<FieldError> {
        vec![FieldError::new(path, rule)]
    }

    #[test]
    fn a_complete_registration_passes() {
        assert_eq!(errors_with(&[]), vec![]);
        assert_eq!(first_unfinished(Service::Registration, &good(), today()), None);
    }

    #[test]
    fn each_field_is_checked() {
        let cases: &[(&str, &str, &str)] = &[
            ("applicant.role", "minister", "choice.unknown"),
            ("person.surname", "Иванов", "name.not_latin"),
            ("person.given_names", "Anna2", "name.not_latin"),
            ("person.patronymic", &"a".repeat(61), "name.too_long"),
            ("person.date_of_birth", "2027-01-01", "date_of_birth.not_past"),
            ("person.sex", "x", "choice.unknown"),
            ("person.citizenship", "Narnia", "citizenship.unknown"),
            ("person.arrived_from", "1", "citizenship.unknown"),
            ("document.number", "12", "document_number.format"),
            ("document.issued", "2026-12-01", "date.in_future"),
            ("document.expires", "2030-02-30", "date.no_such_day"),
            ("entry.visa_days", "0", "number.out_of_range"),
            ("stay.arrival", "2026-11-24", "date.in_future"),
            ("stay.departure", "15.12.2026", "date.unreadable"),
            ("address.district", "Atlantis", "district.unknown"),
            ("address.street", &"x".repeat(121), "text.too_long"),
            ("address.flat", &"9".repeat(21), "text.too_long"),
            ("host.fin", "5ABC12", "fin.format"),
            ("host.phone", "12", "phone.format"),
            ("host.email", "a@b", "email.format"),
            ("upload.passport", "nonsense", "code.length"),
            ("declaration", "no", "choice.unknown"),
        ];
        for (path, value, rule) in cases {
            assert_eq!(errors_with(&[(path, value)]), one(path, rule), "{path} = {value}");
        }
        assert_eq!(
            errors_with(&[("host.kind", "company"), ("host.fin", ""), ("host.voen", "12345")]),
            one("host.voen", "voen.format")
        );
    }

    #[test]
    fn missing_answers_and_unknown_fields_are_named() {
        let mut answers = good();
        answers.remove("person.surname");
        answers.insert("person.favourite_colour".into(), "blue".into());
        let errors = validate(Service::Registration, &answers, today());
        assert!(errors.contains(&FieldError::new("person.surname", MISSING)));
        assert!(errors.contains(&FieldError::new("person.favourite_colour", "field.unknown")));
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn conditional_questions() {
        // A visa's stay is asked only with a visa; the host's FIN or VÖEN by kind of host.
        assert_eq!(errors_with(&[("entry.visa_days", "")]), one("entry.visa_days", MISSING));
        assert_eq!(errors_with(&[("entry.basis", "visa_free"), ("entry.visa_days", "")]), vec![]);
        assert_eq!(errors_with(&[("entry.basis", "visa_free")]), one("entry.visa_days", "field.not_asked"));
        assert_eq!(
            errors_with(&[("host.kind", "company")]),
            vec![FieldError::new("host.fin", "field.not_asked"), FieldError::new("host.voen", MISSING)]
        );
        let company = with(&[("host.kind", "company"), ("host.voen", "1234567891")]);
        let sent = submittable(Service::Registration, &company);
        assert!(!sent.contains_key("host.fin") && sent.contains_key("host.voen"));
        assert_eq!(validate(Service::Registration, &sent, today()), vec![]);
    }

    #[test]
    fn answers_that_contradict_each_other() {
        assert_eq!(
            errors_with(&[("stay.departure", "2026-11-20")]),
            one("stay.departure", "stay.departure_not_after_arrival")
        );
        assert_eq!(errors_with(&[("stay.departure", "2030-01-01")]), one("stay.departure", "stay.too_long"));
        assert_eq!(
            errors_with(&[("person.date_of_birth", "2026-11-21"), ("document.issued", "2026-11-21")]),
            one("stay.arrival", "stay.arrival_before_birth")
        );
        assert_eq!(
            errors_with(&[("document.issued", "1989-01-01")]),
            one("document.issued", "document.issued_before_birth")
        );
        assert_eq!(
            errors_with(&[("document.issued", "2016-05-01"), ("document.expires", "2026-11-19")]),
            one("stay.arrival", "document.expired_on_arrival")
        );
        assert_eq!(
            errors_with(&[("document.expires", "2019-05-01")]),
            vec![
                FieldError::new("document.expires", "document.expires_before_issued"),
                FieldError::new("stay.arrival", "document.expired_on_arrival"),
            ]
        );
        assert_eq!(errors_with(&[("entry.visa_days", "31")]), one("entry.visa_days", "entry.asan_visa_days"));
        assert_eq!(errors_with(&[("entry.basis", "other_visa"), ("entry.visa_days", "31")]), vec![]);
        // A date that is wrong on its own is not compared with others.
        assert_eq!(errors_with(&[("stay.departure", "2026-02-30")]), one("stay.departure", "date.no_such_day"));
    }

    #[test]
    fn steps_follow_the_answers() {
        let s = Service::Registration;
        let answers = good();
        let ids = |a: &Answers| super::super::visible_steps(s, a).iter().map(|s| s.id).collect::<Vec<_>>();
        assert_eq!(
            ids(&answers),
            ["applicant", "person", "document", "entry", "stay", "address", "host", "documents", "declaration"]
        );
        assert_eq!(next_step(s, "entry", &answers).map(|s| s.id), Some("stay"));
        assert_eq!(next_step(s, "declaration", &answers), None);
        assert_eq!(previous_step(s, "applicant", &answers), None);
        assert_eq!(previous_step(s, "person", &answers).map(|s| s.id), Some("applicant"));
        assert_eq!(position(s, "stay", &answers), Some((5, 9)));
        assert_eq!(position(s, "nowhere", &answers), None);

        let empty = Answers::new();
        assert_eq!(first_unfinished(s, &empty, today()).map(|s| s.id), Some("applicant"));
        let no_dates = with(&[("stay.arrival", "")]);
        assert_eq!(first_unfinished(s, &no_dates, today()).map(|s| s.id), Some("stay"));
    }

    #[test]
    fn a_step_reports_its_own_fields_and_comparisons_with_earlier_answers() {
        let s = Service::Registration;
        let stay = s.step("stay").unwrap();
        let answers = with(&[("stay.departure", "2026-11-19"), ("person.surname", "")]);
        assert_eq!(
            validate_step(s, stay, &answers, today()),
            one("stay.departure", "stay.departure_not_after_arrival")
        );
        let person = s.step("person").unwrap();
        assert_eq!(validate_step(s, person, &answers, today()), one("person.surname", MISSING));
    }

    #[test]
    fn the_rules_say_whether_registration_is_needed() {
        let short = outlook(
            &with(&[("entry.basis", "visa_free"), ("entry.visa_days", ""), ("stay.departure", "2026-12-01")]),
            today(),
        )
        .unwrap();
        assert!(!short.needed, "11 days");
        let long = outlook(&good(), today()).unwrap();
        assert!(long.needed);
        assert_eq!(
            long.valid_until.date,
            BakuDate::parse_iso("2026-12-19").unwrap(),
            "30 days of the visa, the arrival day first"
        );
        let kz = outlook(&with(&[("person.citizenship", "KZ")]), today()).unwrap();
        assert!(!kz.needed, "25 days is within Kazakhstan's 30");
        let late = outlook(
            &with(&[("stay.arrival", "2026-10-01"), ("entry.basis", "visa_free"), ("entry.visa_days", "")]),
            today(),
        )
        .unwrap();
        assert!(late.deadline.days_left < 0);
        assert_eq!((late.fine_foreigner.min_azn, late.fine_foreigner.max_azn), (300, 400));
        assert_eq!(outlook(&with(&[("stay.arrival", "")]), today()), None);
    }
}

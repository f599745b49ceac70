//! E-services as data: each service is a list of fields with the check that applies to each.
//! The reference backend validates every submission with these definitions, and the app's
//! wizard will render them, so both sides apply the same rules.

use crate::api::FieldError;
use crate::calendar::BakuDate;
use crate::validate::{self, Rule, REQUIRED};
use std::collections::BTreeMap;

/// An e-service that accepts applications.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Service {
    /// Registration at the place of stay (Migration Code Art. 21).
    Registration,
}

impl Service {
    pub const ALL: [Service; 1] = [Service::Registration];

    /// The id used on the wire and in addresses.
    pub const fn id(self) -> &'static str {
        match self {
            Service::Registration => "registration",
        }
    }

    pub fn from_id(id: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The paths of the answers that identify the applicant for "Track your applications":
    /// document number, date of birth and citizenship.
    pub const fn identity(self) -> [&'static str; 3] {
        match self {
            Service::Registration => ["document.number", "person.date_of_birth", "person.citizenship"],
        }
    }

    /// The fields of the service's application form, in order.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Service::Registration => REGISTRATION,
        }
    }
}

/// What kind of answer a field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One of the listed values.
    Choice(&'static [&'static str]),
    LatinName,
    /// A date, `YYYY-MM-DD`.
    Date,
    DateOfBirth,
    /// A date not after today in Baku.
    PastOrToday,
    Citizenship,
    DocumentNumber,
    Phone,
    Email,
    Fin,
    Voen,
    /// Free text up to this many characters.
    Text(usize),
    /// A whole number of days, 1 to 365.
    Days,
    /// The id of a file uploaded with the upload endpoint.
    Upload,
}

/// One field of a form: its path in the answers, its kind, and whether it must be answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub path: &'static str,
    pub kind: Kind,
    pub required: bool,
}

const fn req(path: &'static str, kind: Kind) -> Field {
    Field { path, kind, required: true }
}

const fn opt(path: &'static str, kind: Kind) -> Field {
    Field { path, kind, required: false }
}

const REGISTRATION: &[Field] = &[
    req("applicant.role", Kind::Choice(&["foreigner", "hotel", "host"])),
    req("person.surname", Kind::LatinName),
    req("person.given_names", Kind::LatinName),
    opt("person.patronymic", Kind::LatinName),
    req("person.date_of_birth", Kind::DateOfBirth),
    req("person.sex", Kind::Choice(&["female", "male"])),
    req("person.citizenship", Kind::Citizenship),
    req("person.arrived_from", Kind::Citizenship),
    req("document.type", Kind::Choice(&["passport", "travel_document"])),
    req("document.number", Kind::DocumentNumber),
    req("document.issuing_country", Kind::Citizenship),
    req("document.issued", Kind::PastOrToday),
    req("document.expires", Kind::Date),
    req("entry.basis", Kind::Choice(&["visa_free", "asan_visa", "other_visa"])),
    opt("entry.visa_days", Kind::Days),
    req("stay.arrival", Kind::PastOrToday),
    req("stay.departure", Kind::Date),
    req("address.district", Kind::Text(80)),
    req("address.street", Kind::Text(120)),
    req("address.building", Kind::Text(20)),
    opt("address.flat", Kind::Text(20)),
    req("host.kind", Kind::Choice(&["person", "company"])),
    opt("host.fin", Kind::Fin),
    opt("host.voen", Kind::Voen),
    req("host.phone", Kind::Phone),
    opt("host.email", Kind::Email),
    opt("upload.passport", Kind::Upload),
    req("declaration", Kind::Choice(&["yes"])),
];

/// Checks one answer against its field's kind.
pub fn check(kind: Kind, value: &str, today: BakuDate) -> Result<(), Rule> {
    match kind {
        Kind::Choice(options) => {
            if value.trim().is_empty() {
                Err(REQUIRED)
            } else if options.contains(&value) {
                Ok(())
            } else {
                Err("choice.unknown")
            }
        }
        Kind::LatinName => validate::latin_name(value).map(drop),
        Kind::Date => validate::date(value).map(drop),
        Kind::DateOfBirth => validate::date_of_birth(value, today).map(drop),
        Kind::PastOrToday => match validate::date(value)? {
            d if d > today => Err("date.in_future"),
            _ => Ok(()),
        },
        Kind::Citizenship => validate::citizenship(value).map(drop),
        Kind::DocumentNumber => validate::document_number(value).map(drop),
        Kind::Phone => validate::phone(value).map(drop),
        Kind::Email => validate::email(value).map(drop),
        Kind::Fin => validate::fin(value).map(drop),
        Kind::Voen => validate::voen(value).map(drop),
        Kind::Text(max) => validate::text(value, max).map(drop),
        Kind::Days => validate::whole_number(value, 1..=365).map(drop),
        Kind::Upload => crate::api::Code::parse(crate::api::CodeKind::Upload, value).map(drop).map_err(|e| e.rule()),
    }
}

/// Every problem with a set of answers: unknown fields, missing answers, answers that fail
/// their check, and answers that contradict each other. Empty when the answers can be sent.
pub fn validate(service: Service, answers: &BTreeMap<String, String>, today: BakuDate) -> Vec<FieldError> {
    let fields = service.fields();
    let mut errors: Vec<FieldError> = answers
        .keys()
        .filter(|k| !fields.iter().any(|f| f.path == k.as_str()))
        .map(|k| FieldError::new(k, "field.unknown"))
        .collect();
    for field in fields {
        let value = answers.get(field.path).map(String::as_str).unwrap_or("");
        if value.trim().is_empty() {
            if field.required {
                errors.push(FieldError::new(field.path, REQUIRED));
            }
            continue;
        }
        if let Err(rule) = check(field.kind, value, today) {
            errors.push(FieldError::new(field.path, rule));
        }
    }
    errors.extend(cross_checks(service, answers));
    errors
}

/// Rules that compare two answers; each is reported at the later field.
fn cross_checks(service: Service, answers: &BTreeMap<String, String>) -> Vec<FieldError> {
    let date = |path: &str| answers.get(path).and_then(|v| BakuDate::parse_iso(v).ok());
    let mut errors = Vec::new();
    match service {
        Service::Registration => {
            let (birth, arrival, departure) =
                (date("person.date_of_birth"), date("stay.arrival"), date("stay.departure"));
            if let (Some(a), Some(d)) = (arrival, departure)
                && d <= a
            {
                errors.push(FieldError::new("stay.departure", "stay.departure_not_after_arrival"));
            }
            if let (Some(b), Some(a)) = (birth, arrival)
                && a < b
            {
                errors.push(FieldError::new("stay.arrival", "stay.arrival_before_birth"));
            }
            if let (Some(i), Some(e)) = (date("document.issued"), date("document.expires"))
                && e <= i
            {
                errors.push(FieldError::new("document.expires", "document.expires_before_issued"));
            }
            if let (Some(a), Some(e)) = (arrival, date("document.expires"))
                && e < a
            {
                errors.push(FieldError::new("document.expires", "document.expired_on_arrival"));
            }
            let basis = answers.get("entry.basis").map(String::as_str);
            let days = answers.get("entry.visa_days").is_some_and(|v| !v.trim().is_empty());
            if matches!(basis, Some("asan_visa" | "other_visa")) && !days {
                errors.push(FieldError::new("entry.visa_days", REQUIRED));
            }
            let host = answers.get("host.kind").map(String::as_str);
            let filled = |p: &str| answers.get(p).is_some_and(|v| !v.trim().is_empty());
            if host == Some("person") && !filled("host.fin") {
                errors.push(FieldError::new("host.fin", REQUIRED));
            }
            if host == Some("company") && !filled("host.voen") {
                errors.push(FieldError::new("host.voen", REQUIRED));
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> BakuDate {
        BakuDate::parse_iso("2026-11-23").unwrap()
    }

    /// A complete, valid registration.
    fn good() -> BTreeMap<String, String> {
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
            ("address.district", "Baku, Yasamal"),
            ("address.street", "Nizami küçəsi"),
            ("address.building", "5"),
            ("host.kind", "person"),
            ("host.fin", "5ABC12D"),
            ("host.phone", "+994 50 123 45 67"),
            ("declaration", "yes"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    }

    fn errors_with(changes: &[(&str, &str)]) -> Vec<FieldError> {
        let mut answers = good();
        for (k, v) in changes {
            answers.insert(k.to_string(), v.to_string());
        }
        validate(Service::Registration, &answers, today())
    }

    fn one(path: &str, rule: &'static str) -> Vec<FieldError> {
        vec![FieldError::new(path, rule)]
    }

    #[test]
    fn a_complete_registration_passes() {
        assert_eq!(errors_with(&[]), vec![]);
    }

    #[test]
    fn each_field_is_checked() {
        assert_eq!(errors_with(&[("person.surname", "Иванов")]), one("person.surname", "name.not_latin"));
        assert_eq!(errors_with(&[("person.sex", "x")]), one("person.sex", "choice.unknown"));
        assert_eq!(errors_with(&[("person.citizenship", "Narnia")]), one("person.citizenship", "citizenship.unknown"));
        assert_eq!(errors_with(&[("stay.arrival", "2026-02-31")]), one("stay.arrival", "date.no_such_day"));
        assert_eq!(errors_with(&[("stay.arrival", "2026-11-24"), ("stay.departure", "2026-12-30")]), one("stay.arrival", "date.in_future"));
        assert_eq!(errors_with(&[("host.phone", "12")]), one("host.phone", "phone.format"));
        assert_eq!(errors_with(&[("entry.visa_days", "0")]), one("entry.visa_days", "number.out_of_range"));
        assert_eq!(errors_with(&[("address.flat", &"9".repeat(21))]), one("address.flat", "text.too_long"));
        assert_eq!(errors_with(&[("upload.passport", "nonsense")]), one("upload.passport", "code.length"));
    }

    #[test]
    fn missing_and_unknown_fields_are_named() {
        let mut answers = good();
        answers.remove("person.surname");
        answers.insert("person.favourite_colour".into(), "blue".into());
        let errors = validate(Service::Registration, &answers, today());
        assert!(errors.contains(&FieldError::new("person.surname", REQUIRED)));
        assert!(errors.contains(&FieldError::new("person.favourite_colour", "field.unknown")));
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn answers_that_contradict_each_other() {
        assert_eq!(errors_with(&[("stay.departure", "2026-11-20")]), one("stay.departure", "stay.departure_not_after_arrival"));
        assert_eq!(errors_with(&[("person.date_of_birth", "2026-11-21")]), one("stay.arrival", "stay.arrival_before_birth"));
        assert_eq!(errors_with(&[("document.expires", "2026-11-19")]), one("document.expires", "document.expired_on_arrival"));
        assert_eq!(
            errors_with(&[("document.issued", "2020-05-01"), ("document.expires", "2019-05-01")]),
            vec![
                FieldError::new("document.expires", "document.expires_before_issued"),
                FieldError::new("document.expires", "document.expired_on_arrival")
            ]
        );
        assert_eq!(errors_with(&[("entry.visa_days", "")]), one("entry.visa_days", REQUIRED));
        assert_eq!(errors_with(&[("entry.basis", "visa_free"), ("entry.visa_days", "")]), vec![]);
        assert_eq!(errors_with(&[("host.kind", "company")]), one("host.voen", REQUIRED));
    }
}

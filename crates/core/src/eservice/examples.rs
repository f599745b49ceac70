//! The people the example applications are about (`super::example_answers`): a foreign worker
//! and his employer, and a foreigner living in Baku. Each service's example adds its own
//! answers to one of them; every example passes on 23 November 2026, the unit tests' day.

use super::Answers;

/// The employer and the worker (an Indian civil engineer) of the employer's services.
pub(super) const EMPLOYER_AND_WORKER: &[(&str, &str)] = &[
    ("employer.name", "Xəzər Tikinti MMC"),
    ("employer.voen", "1234567891"),
    ("employer.contact_name", "Aygün Məmmədova"),
    ("employer.phone", "+994 12 345 67 89"),
    ("employer.email", "hr@example.az"),
    ("person.surname", "Singh"),
    ("person.given_names", "Ravi"),
    ("person.date_of_birth", "1988-03-02"),
    ("person.sex", "male"),
    ("person.citizenship", "IN"),
    ("document.type", "passport"),
    ("document.number", "Z1234567"),
    ("document.issuing_country", "IN"),
    ("document.issued", "2021-01-10"),
    ("document.expires", "2031-01-09"),
];

/// A Turkish citizen living in Baku: her details and passport.
pub(super) const RESIDENT: &[(&str, &str)] = &[
    ("person.surname", "Kaya"),
    ("person.given_names", "Elif"),
    ("person.date_of_birth", "1992-06-15"),
    ("person.sex", "female"),
    ("person.citizenship", "TR"),
    ("document.type", "passport"),
    ("document.number", "U12345678"),
    ("document.issuing_country", "TR"),
    ("document.issued", "2022-01-10"),
    ("document.expires", "2032-01-10"),
];

/// Her address and phone.
pub(super) const ADDRESS_AND_PHONE: &[(&str, &str)] = &[
    ("address.district", "AZ-BA"),
    ("address.street", "Nizami küçəsi"),
    ("address.building", "5"),
    ("contact.phone", "+994 50 123 45 67"),
];

/// The answers in `parts`, in order (a later answer replaces an earlier one), the declaration
/// confirmed, and each upload path with an upload id made from its number.
pub(super) fn answers(parts: &[&[(&str, &str)]], uploads: &[(&str, u64)]) -> Answers {
    let upload = |n| crate::api::Code::new(crate::api::CodeKind::Upload, n).to_string();
    parts
        .iter()
        .flat_map(|p| p.iter())
        .chain(&[("declaration", "yes")])
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .chain(uploads.iter().map(|(k, n)| ((*k).to_owned(), upload(*n))))
        .collect()
}

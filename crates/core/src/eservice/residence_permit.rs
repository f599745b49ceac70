//! Temporary residence permit (issue or extension, Migration Code Art. 45): the ground, which
//! decides the proof asked for; the length and processing time, with the fee; the person with
//! previous names and marital status; the passport, which must stay valid 3 months beyond the
//! requested end; the current stay, which should end no sooner than 30 days away; the address;
//! and the documents: passport, proof of the ground, health certificate, photo, and a parent's
//! notarised consent for applicants aged 14 to 17.

use super::answered_date as date;
use super::extension::age_on;
use super::registration::{
    ADDRESS, CITIZENSHIP, DATE_OF_BIRTH, DOCUMENT, GIVEN_NAMES, PASSPORT_COPY, PATRONYMIC, SEX, SURNAME,
    document_checks,
};
use super::{Answers, Kind, Step, Timing, When, opt, req, req_when};
use crate::api::FieldError;
use crate::basis::Basis;
use crate::calendar::BakuDate;
use crate::fees::{Fee, TrpApplicant, TrpProcessing, trp_fee};
use crate::validate::REQUIRED;

/// Apply at least this many days before the current stay or residence ends.
pub const APPLY_DAYS_BEFORE: i64 = 30;

const RELATIVE: When = When { path: "trp.ground", any_of: &["relative", "family_member"] };
const MONEY: When = When { path: "trp.ground", any_of: &["investment", "property"] };
const WORK: When = When { path: "trp.ground", any_of: &["work_permit", "specialist"] };
const STUDY: When = When { path: "trp.ground", any_of: &["study"] };

pub const STEPS: &[Step] = &[
    Step {
        id: "application",
        when: None,
        fields: &[
            req("trp.kind", Kind::Choice(&["issue", "extension"])),
            req(
                "trp.ground",
                Kind::Choice(&[
                    "relative",
                    "family_member",
                    "investment",
                    "property",
                    "specialist",
                    "work_permit",
                    "study",
                ]),
            ),
            req("trp.months", Kind::Choice(&["m3", "m6", "m12", "m18", "m24", "m30", "m36"])),
            req("trp.processing", Kind::Choice(&["fifteen", "twenty"])),
        ],
    },
    Step {
        id: "person",
        when: None,
        fields: &[
            SURNAME,
            GIVEN_NAMES,
            PATRONYMIC,
            opt("person.previous_names", Kind::Text(200)),
            DATE_OF_BIRTH,
            SEX,
            CITIZENSHIP,
            req("person.marital_status", Kind::Choice(&["single", "married", "divorced", "widowed"])),
        ],
    },
    Step { id: "document", when: None, fields: DOCUMENT },
    Step { id: "stay", when: None, fields: &[req("stay.ends", Kind::Date)] },
    Step { id: "address", when: None, fields: ADDRESS },
    Step { id: "contact", when: None, fields: &[req("contact.phone", Kind::Phone), opt("contact.email", Kind::Email)] },
    Step {
        id: "documents",
        when: None,
        fields: &[
            PASSPORT_COPY,
            req_when("upload.relationship", Kind::Upload, RELATIVE),
            req_when("upload.funds", Kind::Upload, MONEY),
            req_when("upload.employment", Kind::Upload, WORK),
            req_when("upload.studies", Kind::Upload, STUDY),
            req("upload.health", Kind::Upload),
            req("upload.photo", Kind::Photo),
            opt("upload.consent", Kind::Upload),
        ],
    },
    Step { id: "declaration", when: None, fields: &[req("declaration", Kind::Declaration)] },
];

/// The requested length in months.
pub fn months(answers: &Answers) -> Option<u8> {
    super::answered_months(answers, "trp.months")
}

/// The longest permit the ground allows: 1 year when first issued and 2 years when extended,
/// 3 years either way for investors (FACTS: residence permits).
pub fn longest(answers: &Answers) -> Option<u8> {
    let investor = answers.get("trp.ground").map(String::as_str) == Some("investment");
    match (answers.get("trp.kind")?.as_str(), investor) {
        (_, true) => Some(36),
        ("issue", false) => Some(12),
        _ => Some(24),
    }
}

pub(super) fn cross_checks(answers: &Answers, today: BakuDate) -> Vec<FieldError> {
    let mut errors = document_checks(answers);
    if let (Some(m), Some(max)) = (months(answers), longest(answers))
        && m > max
    {
        errors.push(FieldError::new("trp.months", "trp.too_long"));
    }
    if let (Some(expires), Some(m)) = (date(answers, "document.expires"), months(answers)) {
        // The passport must be valid at least 3 months beyond the requested end.
        let needed = today.add_months(i32::from(m) + 3);
        if expires < needed {
            errors.push(FieldError::new("document.expires", "trp.passport_validity"));
        }
    }
    if date(answers, "stay.ends").is_some_and(|e| e < today) {
        errors.push(FieldError::new("stay.ends", "trp.stay_ended"));
    }
    if let Some(birth) = date(answers, "person.date_of_birth") {
        let age = age_on(birth, today);
        let consent = answers.get("upload.consent").is_some_and(|v| !v.trim().is_empty());
        if (14..18).contains(&age) && !consent {
            errors.push(FieldError::new("upload.consent", REQUIRED));
        }
    }
    errors
}

/// How the application stands against "apply at least 30 days before the stay ends".
pub fn timing(answers: &Answers, today: BakuDate) -> Option<Timing> {
    super::timing(answers, "stay.ends", today, APPLY_DAYS_BEFORE, Basis::TrpApply30DaysBefore)
}

/// The state fee: a full-time student's (when studying is the ground), a minor's or an adult's.
pub fn fee(answers: &Answers, today: BakuDate) -> Option<Fee> {
    let birth = date(answers, "person.date_of_birth")?;
    let applicant = if answers.get("trp.ground").map(String::as_str) == Some("study") {
        TrpApplicant::FullTimeStudent
    } else if age_on(birth, today) < 18 {
        TrpApplicant::Minor
    } else {
        TrpApplicant::Adult
    };
    let processing = match answers.get("trp.processing")?.as_str() {
        "fifteen" => TrpProcessing::FifteenWorkingDays,
        "twenty" => TrpProcessing::TwentyWorkingDays,
        _ => return None,
    };
    trp_fee(applicant, processing, months(answers)?)
}

/// A complete set of answers that passes on 23 November 2026 (the unit tests' day), for
/// tests of the service here and over HTTP (`super::example_answers`).
pub(super) fn example() -> Answers {
    let upload = |n| crate::api::Code::new(crate::api::CodeKind::Upload, n).to_string();
    let mut a: Answers = [
        ("trp.kind", "issue"),
        ("trp.ground", "work_permit"),
        ("trp.months", "m12"),
        ("trp.processing", "twenty"),
        ("person.surname", "Kaya"),
        ("person.given_names", "Elif"),
        ("person.date_of_birth", "1992-06-15"),
        ("person.sex", "female"),
        ("person.citizenship", "TR"),
        ("person.marital_status", "married"),
        ("document.type", "passport"),
        ("document.number", "U12345678"),
        ("document.issuing_country", "TR"),
        ("document.issued", "2022-01-10"),
        ("document.expires", "2032-01-10"),
        ("stay.ends", "2027-02-01"),
        ("address.district", "AZ-BA"),
        ("address.street", "Nizami küçəsi"),
        ("address.building", "5"),
        ("contact.phone", "+994 50 123 45 67"),
        ("declaration", "yes"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    for (i, path) in ["upload.passport", "upload.employment", "upload.health", "upload.photo"].iter().enumerate() {
        a.insert((*path).to_owned(), upload(10 + i as u64));
    }
    a
}

#[cfg(test)]
mod tests {
    use super::super::{Service, submittable, validate, visible_steps};
    use super::*;

    use crate::calendar::fixture::d;

    const TODAY: &str = "2026-11-23";

    use super::example as good;

    fn with(changes: &[(&str, &str)]) -> Answers {
        let mut a = good();
        for (k, v) in changes {
            if v.is_empty() {
                a.remove(*k);
            } else {
                a.insert(k.to_string(), v.to_string());
            }
        }
        a
    }

    fn errors(a: &Answers) -> Vec<FieldError> {
        validate(Service::ResidencePermit, a, d(TODAY))
    }

    #[test]
    fn a_complete_application_passes() {
        assert_eq!(errors(&good()), vec![]);
        assert_eq!(visible_steps(Service::ResidencePermit, &good()).len(), 8);
    }

    #[test]
    fn the_ground_decides_the_proof_asked_for() {
        let family = with(&[("trp.ground", "relative")]);
        assert_eq!(
            errors(&family),
            vec![
                FieldError::new("upload.employment", "field.not_asked"),
                FieldError::new("upload.relationship", REQUIRED),
            ]
        );
        let sent = submittable(Service::ResidencePermit, &family);
        assert!(!sent.contains_key("upload.employment"));
    }

    #[test]
    fn length_passport_and_dates() {
        assert_eq!(errors(&with(&[("trp.months", "m24")])), vec![FieldError::new("trp.months", "trp.too_long")]);
        assert_eq!(errors(&with(&[("trp.kind", "extension"), ("trp.months", "m24")])), vec![]);
        assert_eq!(
            errors(&with(&[
                ("trp.ground", "investment"),
                ("upload.employment", ""),
                ("upload.funds", "F000-0000-000X"),
                ("trp.months", "m36")
            ]))
            .len(),
            1,
            "only the malformed upload id"
        );
        // 12 months + 3 from today is 23 February 2028.
        assert_eq!(
            errors(&with(&[("document.expires", "2028-02-22")])),
            vec![FieldError::new("document.expires", "trp.passport_validity")]
        );
        assert_eq!(errors(&with(&[("document.expires", "2028-02-23")])), vec![]);
        assert_eq!(errors(&with(&[("stay.ends", "2026-11-22")])), vec![FieldError::new("stay.ends", "trp.stay_ended")]);
    }

    #[test]
    fn thirty_days_before_the_stay_ends_is_a_warning() {
        let t = |e: &str| timing(&with(&[("stay.ends", e)]), d(TODAY)).map(|t| t.late);
        assert_eq!(t("2026-12-23"), Some(false));
        assert_eq!(t("2026-12-22"), Some(true));
        assert_eq!(t("2026-11-22"), None);
    }

    #[test]
    fn applicants_aged_14_to_17_need_a_consent() {
        let teen = with(&[("person.date_of_birth", "2010-01-01")]);
        assert_eq!(errors(&teen), vec![FieldError::new("upload.consent", REQUIRED)]);
        let consent = crate::api::Code::new(crate::api::CodeKind::Upload, 99).to_string();
        let mut with_consent = teen.clone();
        with_consent.insert("upload.consent".into(), consent);
        assert_eq!(errors(&with_consent), vec![]);
        assert_eq!(errors(&with(&[("person.date_of_birth", "2008-11-23")])), vec![], "18 today");
    }

    #[test]
    fn the_fee_follows_the_applicant() {
        let azn = |a: &Answers| match fee(a, d(TODAY)) {
            Some(Fee::Known { azn, .. }) => Some(azn),
            _ => None,
        };
        assert_eq!(azn(&good()), Some(120), "adult, 1 year, 20 working days");
        assert_eq!(azn(&with(&[("trp.processing", "fifteen")])), Some(160));
        assert_eq!(azn(&with(&[("person.date_of_birth", "2012-01-01")])), Some(60), "minor");
        assert_eq!(azn(&with(&[("trp.ground", "study"), ("trp.processing", "fifteen")])), Some(60), "student");
        assert_eq!(
            azn(&with(&[("trp.ground", "study"), ("trp.months", "m6")])),
            None,
            "no student figure for 6 months"
        );
    }
}

//! E-services as data: each service is a list of steps, each step a small group of fields,
//! with the conditions that show a step or a field and the check that applies to each answer.
//! The app's wizard renders any definition and the reference backend validates every
//! submission with the same one, so both sides apply the same rules. Adding a service is a
//! definition here plus its texts in `locales/*.json`.

pub mod citizenship;
mod examples;
pub mod extension;
pub mod notices;
pub mod permanent_residence;
pub mod registration;
pub mod residence_permit;
mod summary;
mod wizard;
pub mod work_permit;
pub mod work_permit_extension;

pub use summary::{Summary, summarise};
pub use wizard::{
    first_unfinished, next_step, position, previous_step, read_typed, submittable, to_typed, validate_step,
    visible_steps,
};

use crate::api::FieldError;
use crate::calendar::BakuDate;
use crate::validate::{self, REQUIRED, Rule};
use std::collections::BTreeMap;

/// The answers to a form, by field path (`person.surname`), as typed.
pub type Answers = BTreeMap<String, String>;

/// An e-service that accepts applications.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Service {
    /// Registration at the place of stay (Migration Code Art. 21).
    Registration,
    /// Extension of temporary stay.
    Extension,
    /// Temporary residence permit, issue or extension (Migration Code Art. 45).
    ResidencePermit,
    /// Permanent residence permit.
    PermanentResidence,
    /// Work permit, applied for by the employer.
    WorkPermit,
    /// Extension of a work permit, applied for by the employer.
    WorkPermitExtension,
    /// The employer's notice that a foreign worker's contract ended early.
    ContractEndNotice,
    /// A foreigner's report of a lost, stolen or damaged residence permit.
    LostPermitReport,
    /// Acquisition of Azerbaijani citizenship (naturalisation).
    CitizenshipAcquisition,
    /// Restoration of Azerbaijani citizenship.
    CitizenshipRestoration,
    /// Renunciation of Azerbaijani citizenship.
    CitizenshipRenunciation,
    /// Determination of whether a person is a citizen of Azerbaijan.
    CitizenshipDetermination,
}

/// Who an e-service is for: the e-services page lists them in these groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Audience {
    /// Foreigners in Azerbaijan (or their hosts): stay, residence, a lost permit.
    Foreigners,
    /// Employers of foreign workers.
    Employers,
    /// Citizenship of Azerbaijan: acquiring, restoring, renouncing or determining it.
    Citizenship,
}

impl Audience {
    pub const ALL: [Audience; 3] = [Audience::Foreigners, Audience::Employers, Audience::Citizenship];

    /// Its services, in the order of `Service::ALL`.
    pub fn services(self) -> impl Iterator<Item = Service> {
        Service::ALL.into_iter().filter(move |s| s.audience() == self)
    }
}

/// The pages every e-service's wizard has besides its steps, after `/e-services/{id}/`. The
/// app's wizard routes by them, and the build writes a page for each (`Page::wizard_paths`), so
/// the servers know every address the app answers.
pub mod wizard_page {
    pub const START: &str = "start";
    pub const CHECK_ANSWERS: &str = "check-answers";
    pub const CONFIRMATION: &str = "confirmation";
    pub const SAVE: &str = "save";
    pub const RESUME: &str = "resume";
    pub const NOT_NEEDED: &str = "not-needed";
    pub const ALL: [&str; 6] = [START, CHECK_ANSWERS, CONFIRMATION, SAVE, RESUME, NOT_NEEDED];
    /// The pages of an application that talk to the e-service with what was answered (send it,
    /// save it, reopen it) or show what it said: the sending's app (`page::Area::Sending`). The
    /// questions (the start page, the steps, "not needed") are the wizard's.
    pub const SENDING: [&str; 4] = [CHECK_ANSWERS, CONFIRMATION, SAVE, RESUME];
}

impl Service {
    /// In the order the e-services page lists them: the foreigner's own, then the employer's,
    /// then citizenship.
    pub const ALL: [Service; 12] = [
        Service::Registration,
        Service::Extension,
        Service::ResidencePermit,
        Service::PermanentResidence,
        Service::LostPermitReport,
        Service::WorkPermit,
        Service::WorkPermitExtension,
        Service::ContractEndNotice,
        Service::CitizenshipAcquisition,
        Service::CitizenshipRestoration,
        Service::CitizenshipRenunciation,
        Service::CitizenshipDetermination,
    ];

    pub const fn audience(self) -> Audience {
        match self {
            Service::Registration
            | Service::Extension
            | Service::ResidencePermit
            | Service::PermanentResidence
            | Service::LostPermitReport => Audience::Foreigners,
            Service::WorkPermit | Service::WorkPermitExtension | Service::ContractEndNotice => Audience::Employers,
            Service::CitizenshipAcquisition
            | Service::CitizenshipRestoration
            | Service::CitizenshipRenunciation
            | Service::CitizenshipDetermination => Audience::Citizenship,
        }
    }

    /// The id used on the wire and in addresses; its locale keys are under `eservice.<key>`.
    pub const fn id(self) -> &'static str {
        match self {
            Service::Registration => "registration",
            Service::Extension => "extension-of-stay",
            Service::ResidencePermit => "temporary-residence-permit",
            Service::PermanentResidence => "permanent-residence-permit",
            Service::WorkPermit => "work-permit",
            Service::WorkPermitExtension => "work-permit-extension",
            Service::ContractEndNotice => "contract-end-notice",
            Service::LostPermitReport => "lost-permit-report",
            Service::CitizenshipAcquisition => "citizenship-acquisition",
            Service::CitizenshipRestoration => "citizenship-restoration",
            Service::CitizenshipRenunciation => "citizenship-renunciation",
            Service::CitizenshipDetermination => "citizenship-determination",
        }
    }

    /// The name of its texts in the locale files (`eservice.extension_of_stay`).
    pub const fn key(self) -> &'static str {
        match self {
            Service::Registration => "registration",
            Service::Extension => "extension_of_stay",
            Service::ResidencePermit => "residence_permit",
            Service::PermanentResidence => "permanent_residence",
            Service::WorkPermit => "work_permit",
            Service::WorkPermitExtension => "work_permit_extension",
            Service::ContractEndNotice => "contract_end_notice",
            Service::LostPermitReport => "lost_permit_report",
            Service::CitizenshipAcquisition => "citizenship_acquisition",
            Service::CitizenshipRestoration => "citizenship_restoration",
            Service::CitizenshipRenunciation => "citizenship_renunciation",
            Service::CitizenshipDetermination => "citizenship_determination",
        }
    }

    pub fn from_id(id: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The key of its name as a noun, for a list of applications ("Work permit"), where the
    /// title of its form ("Apply for a work permit") would read wrong. The portal's status
    /// checks and the widgets read the same key.
    pub fn name_key(self) -> String {
        format!("status_check.service_{}", self.key())
    }

    /// The paths of the answers that identify the applicant for "Track your applications":
    /// document number, date of birth and citizenship.
    pub const fn identity(self) -> [&'static str; 3] {
        // The same paths in every service: the foreigner's own details (for a work permit,
        // the worker's).
        ["document.number", "person.date_of_birth", "person.citizenship"]
    }

    /// The steps of the service's form, in order.
    pub fn steps(self) -> &'static [Step] {
        match self {
            Service::Registration => registration::STEPS,
            Service::Extension => extension::STEPS,
            Service::ResidencePermit => residence_permit::STEPS,
            Service::PermanentResidence => permanent_residence::STEPS,
            Service::WorkPermit => work_permit::STEPS,
            Service::WorkPermitExtension => work_permit_extension::STEPS,
            Service::ContractEndNotice => notices::CONTRACT_END_STEPS,
            Service::LostPermitReport => notices::LOST_PERMIT_STEPS,
            Service::CitizenshipAcquisition => citizenship::ACQUISITION_STEPS,
            Service::CitizenshipRestoration => citizenship::RESTORATION_STEPS,
            Service::CitizenshipRenunciation => citizenship::RENUNCIATION_STEPS,
            Service::CitizenshipDetermination => citizenship::DETERMINATION_STEPS,
        }
    }

    /// Every page of its wizard, after `/e-services/{id}/`: the fixed ones, then the steps.
    pub fn pages(self) -> impl Iterator<Item = &'static str> {
        wizard_page::ALL.into_iter().chain(self.steps().iter().map(|s| s.id))
    }

    pub fn step(self, id: &str) -> Option<&'static Step> {
        self.steps().iter().find(|s| s.id == id)
    }

    /// Every field of every step, in order.
    pub fn fields(self) -> impl Iterator<Item = &'static Field> {
        self.steps().iter().flat_map(|s| s.fields)
    }

    pub fn field(self, path: &str) -> Option<&'static Field> {
        self.fields().find(|f| f.path == path)
    }

    /// The step that asks for `path`.
    pub fn step_of(self, path: &str) -> Option<&'static Step> {
        self.steps().iter().find(|s| s.fields.iter().any(|f| f.path == path))
    }

    /// Rules that compare answers with each other; each error names the field to change.
    fn cross_checks(self, answers: &Answers, today: BakuDate) -> Vec<FieldError> {
        match self {
            Service::Registration => registration::cross_checks(answers),
            Service::Extension => extension::cross_checks(answers, today),
            Service::ResidencePermit => residence_permit::cross_checks(answers, today),
            Service::PermanentResidence => permanent_residence::cross_checks(answers, today),
            Service::WorkPermit => work_permit::cross_checks(answers, today),
            Service::WorkPermitExtension => work_permit_extension::cross_checks(answers, today),
            Service::ContractEndNotice => notices::contract_end_cross_checks(answers),
            Service::LostPermitReport => notices::lost_permit_cross_checks(answers),
            Service::CitizenshipAcquisition => citizenship::acquisition_cross_checks(answers, today),
            Service::CitizenshipRestoration => citizenship::restoration_cross_checks(answers),
            Service::CitizenshipRenunciation => citizenship::renunciation_cross_checks(answers),
            Service::CitizenshipDetermination => citizenship::determination_cross_checks(answers),
        }
    }
}

/// The state fee for an application with these answers: known, unknown (the law's table is
/// not available to the portal), or `None` when the service has none or the answers that
/// decide it are not yet given. The same on "Check your answers", on the confirmation and in
/// the backend, which gives a payment reference for a known fee.
pub fn fee(service: Service, answers: &Answers, today: BakuDate) -> Option<crate::fees::Fee> {
    match service {
        Service::Extension => extension::fee(answers, today),
        Service::ResidencePermit => residence_permit::fee(answers, today),
        Service::PermanentResidence => Some(crate::fees::prp_fee()),
        Service::WorkPermit => work_permit::fee(answers),
        Service::WorkPermitExtension => work_permit_extension::fee(answers),
        Service::Registration
        | Service::ContractEndNotice
        | Service::LostPermitReport
        | Service::CitizenshipAcquisition
        | Service::CitizenshipRestoration
        | Service::CitizenshipRenunciation
        | Service::CitizenshipDetermination => None,
    }
}

/// One page of a form: a small group of questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Used in the address (`/en/e-services/registration/person`) and the locale keys.
    pub id: &'static str,
    pub fields: &'static [Field],
    /// Shown only when this holds.
    pub when: Option<When>,
}

/// A condition on an earlier answer: the answer at `path` is one of `any_of`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    pub path: &'static str,
    pub any_of: &'static [&'static str],
}

impl When {
    pub fn holds(&self, answers: &Answers) -> bool {
        answers.get(self.path).is_some_and(|v| self.any_of.contains(&v.as_str()))
    }
}

/// The date answered at `path`, if it is one.
pub(crate) fn answered_date(answers: &Answers, path: &str) -> Option<BakuDate> {
    answers.get(path).and_then(|v| BakuDate::parse_iso(v.trim()).ok())
}

/// The months chosen at `path` (options written `m3`, `m12`, ...).
pub(crate) fn answered_months(answers: &Answers, path: &str) -> Option<u8> {
    answers.get(path)?.strip_prefix('m')?.parse().ok()
}

/// How an application stands against a rule "apply at least N days before the stay (or
/// permit) ends".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    pub stay_ends: BakuDate,
    /// Calendar days from today in Baku to the last day.
    pub days_left: i64,
    /// Fewer days left than the rule asks: allowed, but late under the rule.
    pub late: bool,
    pub basis: crate::basis::Basis,
}

/// The timing of the end date at `path`; `None` until it is answered or once it has passed.
pub(crate) fn timing(
    answers: &Answers,
    path: &str,
    today: BakuDate,
    days_before: i64,
    basis: crate::basis::Basis,
) -> Option<Timing> {
    let stay_ends = answered_date(answers, path).filter(|e| *e >= today)?;
    let days_left = today.days_until(stay_ends);
    Some(Timing { stay_ends, days_left, late: days_left < days_before, basis })
}

fn shown(when: Option<When>, answers: &Answers) -> bool {
    when.is_none_or(|w| w.holds(answers))
}

/// What kind of answer a field takes; the app picks the input from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One of the listed values (radios).
    Choice(&'static [&'static str]),
    LatinName,
    /// A date, `YYYY-MM-DD`.
    Date,
    DateOfBirth,
    /// A date not after today in Baku.
    PastOrToday,
    /// A country (ISO 3166-1 alpha-2) or `stateless`.
    Citizenship,
    /// A city or district of Azerbaijan (ISO 3166-2:AZ), see `crate::districts`.
    District,
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
    /// A photo in the proportions of 3.5 x 4.5 cm, uploaded like any file; its proportions
    /// are checked in the browser from the image's header (`crate::upload::check_photo`).
    Photo,
    /// A statement the applicant confirms (a checkbox); the answer is `yes`.
    Declaration,
}

/// One question: its path in the answers, its kind, whether it must be answered, and when
/// it is asked at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub path: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub when: Option<When>,
}

impl Field {
    pub fn is_shown(&self, answers: &Answers) -> bool {
        shown(self.when, answers)
    }

    /// The locale key of the field: its path with `_` for `.` (`person_surname`).
    pub fn key(&self) -> String {
        self.path.replace('.', "_")
    }
}

pub(crate) const fn req(path: &'static str, kind: Kind) -> Field {
    Field { path, kind, required: true, when: None }
}

pub(crate) const fn opt(path: &'static str, kind: Kind) -> Field {
    Field { path, kind, required: false, when: None }
}

/// A required field asked only when the answer at `path` is one of `any_of`.
pub(crate) const fn req_when(path: &'static str, kind: Kind, when: When) -> Field {
    Field { path, kind, required: true, when: Some(when) }
}

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
        Kind::Declaration => match value {
            "yes" => Ok(()),
            "" => Err(REQUIRED),
            _ => Err("choice.unknown"),
        },
        Kind::LatinName => validate::latin_name(value).map(drop),
        Kind::Date => validate::date(value).map(drop),
        Kind::DateOfBirth => validate::date_of_birth(value, today).map(drop),
        Kind::PastOrToday => match validate::date(value)? {
            d if d > today => Err("date.in_future"),
            _ => Ok(()),
        },
        Kind::Citizenship => validate::citizenship(value).map(drop),
        Kind::District => crate::districts::find(value).map(drop).ok_or("district.unknown"),
        Kind::DocumentNumber => validate::document_number(value).map(drop),
        Kind::Phone => validate::phone(value).map(drop),
        Kind::Email => validate::email(value).map(drop),
        Kind::Fin => validate::fin(value).map(drop),
        Kind::Voen => validate::voen(value).map(drop),
        Kind::Text(max) => validate::text(value, max).map(drop),
        Kind::Days => validate::whole_number(value, 1..=365).map(drop),
        Kind::Upload | Kind::Photo => {
            crate::api::Code::parse(crate::api::CodeKind::Upload, value).map(drop).map_err(|e| e.rule())
        }
    }
}

/// The problems with the answers to `fields`: missing answers and answers that fail their
/// check. Fields not shown are skipped.
fn check_fields<'a>(fields: impl Iterator<Item = &'a Field>, answers: &Answers, today: BakuDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for field in fields.filter(|f| f.is_shown(answers)) {
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
    errors
}

/// Whether the form asked `field`: it is shown for these answers, on a step that is shown.
fn asked(field: &Field, answers: &Answers, visible: &[&Step]) -> bool {
    field.is_shown(answers) && visible.iter().any(|s| s.fields.contains(field))
}

/// A complete set of answers for `service` that passes on 23 November 2026, naming the uploads
/// it refers to by id (a test must store them): for tests, here and over HTTP.
pub fn example_answers(service: Service) -> Answers {
    match service {
        Service::Registration => registration::example(),
        Service::Extension => extension::example(),
        Service::ResidencePermit => residence_permit::example(),
        Service::PermanentResidence => permanent_residence::example(),
        Service::WorkPermit => work_permit::example(),
        Service::WorkPermitExtension => work_permit_extension::example(),
        Service::ContractEndNotice => notices::contract_end_example(),
        Service::LostPermitReport => notices::lost_permit_example(),
        Service::CitizenshipAcquisition => citizenship::acquisition_example(),
        Service::CitizenshipRestoration => citizenship::restoration_example(),
        Service::CitizenshipRenunciation => citizenship::renunciation_example(),
        Service::CitizenshipDetermination => citizenship::determination_example(),
    }
}

/// Every problem with a whole application: unknown fields, answers to questions that were
/// not asked, missing answers, answers that fail their check, and answers that contradict
/// each other. Empty when the application can be accepted.
pub fn validate(service: Service, answers: &Answers, today: BakuDate) -> Vec<FieldError> {
    let visible = visible_steps(service, answers);
    let mut errors: Vec<FieldError> = answers
        .iter()
        .filter_map(|(path, value)| match service.field(path) {
            None => Some(FieldError::new(path, "field.unknown")),
            Some(f) if !value.trim().is_empty() && !asked(f, answers, &visible) => {
                Some(FieldError::new(path, "field.not_asked"))
            }
            Some(_) => None,
        })
        .collect();
    errors.extend(check_fields(visible.iter().flat_map(|s| s.fields), answers, today));
    errors.extend(service.cross_checks(&sound(service, answers, today), today));
    errors
}

/// The answers that pass their own checks: a comparison is only worth making between
/// answers that are each fine on their own (a date of birth in the future is reported once,
/// not again as "arrival before birth").
fn sound(service: Service, answers: &Answers, today: BakuDate) -> Answers {
    answers
        .iter()
        .filter(|(path, value)| service.field(path).is_some_and(|f| check(f.kind, value, today).is_ok()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_groups_list_every_service_once_in_order() {
        let listed: Vec<Service> = Audience::ALL.into_iter().flat_map(Audience::services).collect();
        assert_eq!(listed, Service::ALL, "Service::ALL is in the order of the groups");
        assert_eq!(
            Audience::Employers.services().collect::<Vec<_>>(),
            [Service::WorkPermit, Service::WorkPermitExtension, Service::ContractEndNotice]
        );
    }

    #[test]
    fn every_field_path_is_unique_and_every_condition_names_an_earlier_choice() {
        for service in Service::ALL {
            let paths: Vec<&str> = service.fields().map(|f| f.path).collect();
            for (i, p) in paths.iter().enumerate() {
                assert!(!paths[..i].contains(p), "{p} twice");
            }
            for (i, field) in service.fields().enumerate() {
                if let Some(w) = field.when {
                    let earlier = paths[..i].iter().position(|p| *p == w.path);
                    assert!(earlier.is_some(), "{} depends on {} which is not asked before it", field.path, w.path);
                    let Kind::Choice(options) = service.field(w.path).unwrap().kind else {
                        panic!("{} is not a choice", w.path)
                    };
                    assert!(w.any_of.iter().all(|v| options.contains(v)), "{}: unknown option", field.path);
                }
            }
        }
    }

    #[test]
    fn keys_are_identifiers() {
        for field in Service::Registration.fields() {
            assert!(field.key().chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{}", field.path);
        }
    }
}

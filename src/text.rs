//! Texts for values known only at run time (a section, a page, a date error), in the
//! visitor's language. leptos_i18n keys must be literal, hence the matches.

use crate::locale::{I18n, t_string};
use migrationto_core::Section;
use migrationto_core::calendar::DateError;
use migrationto_core::eservice::Service;
use migrationto_core::page::{Area, Page};
pub use migrationto_core::text::Table;
use std::cell::Cell;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/texts.rs"));
}

/// Every text found by a key built at run time; `build.rs` puts every such key in it, or the
/// build fails.
pub const ALL: &Table = generated::TEXTS;

/// [`ALL`] but the texts of an e-service's steps, fields and rules (its title and hub card stay):
/// for the apps of the reading pages, the appointments and the status checks, which never show
/// those.
pub const READING: &Table = generated::READING_TEXTS;

/// The texts the calculators find at run time: a result's bases and the messages for a date.
pub const CALCULATORS: &Table = generated::CALCULATOR_TEXTS;

/// [`ALL`] but the texts of an e-service's start page, its card on the hub and its confirmation:
/// for the wizard's questions.
pub const QUESTIONS: &Table = generated::QUESTION_TEXTS;

/// [`QUESTIONS`] but the fields' hints and the rules' messages: for the sending's pages ("Check
/// your answers", the confirmation, save and resume).
pub const SENDING: &Table = generated::SENDING_TEXTS;

/// The texts of each e-service's own wizard pages (its title, steps, fields, notices and
/// confirmation), which neither [`QUESTIONS`] nor [`SENDING`] has: a wizard's page carries its
/// service's ([`service_rows`], written into the page by the prerender, read by
/// [`use_page_texts`]), so an app has only the texts every service shares.
pub const SERVICES: &Table = generated::SERVICE_TEXTS;

/// The rows of [`SERVICES`] of `service` (`eservice.<service>.…`), in key order.
pub fn service_rows(service: Service) -> &'static Table {
    let prefix = format!("eservice.{}.", service.key());
    let start = SERVICES.partition_point(|(key, _)| *key < prefix.as_str());
    let len = SERVICES[start..].iter().take_while(|(key, _)| key.starts_with(&prefix)).count();
    &SERVICES[start..start + len]
}

/// The table of an area's pages: the wizard's questions [`QUESTIONS`], the sending's pages
/// [`SENDING`], the reading pages, the appointments and the status checks [`READING`], the
/// calculators [`CALCULATORS`]. An area's binary calls it in a `const` block, so only its table
/// is linked.
pub const fn for_area(area: Area) -> &'static Table {
    match area {
        Area::EServices => QUESTIONS,
        Area::Sending => SENDING,
        Area::Content | Area::Partners | Area::Appointments | Area::StatusChecks => READING,
        Area::Calculators => CALCULATORS,
    }
}

thread_local! {
    /// The table [`run_time`] reads. Each binary names its own (`crate::mount_content`), so the
    /// linker keeps only that one.
    static TABLE: Cell<&'static Table> = const { Cell::new(&[]) };
    /// The texts the page carries ([`use_page_texts`]), which [`run_time`] reads after `TABLE`.
    static PAGE: Cell<&'static Table> = const { Cell::new(&[]) };
}

/// Makes [`run_time`] read `table`.
pub fn use_texts(table: &'static Table) {
    TABLE.set(table);
}

/// Makes [`run_time`] read `table` too, after the app's: the texts of the page's e-service
/// ([`service_rows`], or [`page_texts::read`] in a browser).
pub fn use_page_texts(table: &'static Table) {
    PAGE.set(table);
}

/// The text at a key built at run time (`eservice.…`, `basis.…`, a date message) in the
/// page's language, from the table in use ([`use_texts`]) or the page's ([`use_page_texts`]).
pub fn run_time(i18n: I18n, key: &str) -> Option<&'static str> {
    let lang = crate::lang::from_locale(i18n.get_locale());
    let lookup = |table| migrationto_core::text::lookup(table, lang, key);
    lookup(TABLE.get()).or_else(|| lookup(PAGE.get()))
}

/// `sections.<section>.<field>` for a section known only at run time.
macro_rules! section_text {
    ($i18n:expr, $section:expr, $field:ident) => {
        match $section {
            Section::Legislation => t_string!($i18n, sections.legislation.$field),
            Section::Living => t_string!($i18n, sections.living.$field),
            Section::Working => t_string!($i18n, sections.working.$field),
            Section::Business => t_string!($i18n, sections.business.$field),
            Section::Tourism => t_string!($i18n, sections.tourism.$field),
            Section::EServices => t_string!($i18n, sections.e_services.$field),
            Section::Calculators => t_string!($i18n, sections.calculators.$field),
            Section::UsefulInformation => t_string!($i18n, sections.useful_information.$field),
            Section::Faq => t_string!($i18n, sections.faq.$field),
        }
    };
}

/// The section's title in the current language (tracks the language when called reactively).
pub fn section_title(i18n: I18n, section: Section) -> &'static str {
    section_text!(i18n, section, title)
}

/// One line on what the section offers, for the home page.
pub fn section_summary(i18n: I18n, section: Section) -> &'static str {
    section_text!(i18n, section, summary)
}

/// The introduction paragraph of the section's page.
pub fn section_intro(i18n: I18n, section: Section) -> &'static str {
    section_text!(i18n, section, intro)
}

/// A page's title in the current language: the text at `Page::title_key`.
pub fn page_title(i18n: I18n, page: Page) -> String {
    match page {
        Page::Home => t_string!(i18n, home.title),
        Page::Search => t_string!(i18n, search.title),
        Page::Accessibility => t_string!(i18n, accessibility.title),
        Page::Privacy => t_string!(i18n, privacy.title),
        Page::Partners => t_string!(i18n, partners.title),
        Page::RegistrationDeadline => t_string!(i18n, registration_calc.title),
        Page::DaysOfStay => t_string!(i18n, stay_calc.title),
        Page::StateFees => t_string!(i18n, fee_calc.title),
        Page::EServiceStart(service) => return service_title(i18n, service),
        Page::Appointments => t_string!(i18n, appointments.title),
        Page::TrackApplications => t_string!(i18n, status_check.track_title),
        Page::RegistrationStatus => t_string!(i18n, status_check.registration_title),
        Page::TravelBan => t_string!(i18n, status_check.ban_title),
        Page::Offline => t_string!(i18n, offline.title),
    }
    .to_owned()
}

/// The message for a date that cannot be read; `empty` is the field's own "enter the date".
pub fn date_problem(i18n: I18n, err: DateError, empty: &'static str) -> String {
    err.message_key().and_then(|key| run_time(i18n, key)).unwrap_or(empty).to_owned()
}

/// The note under each calendar event: "indicative only" and the address of the answers.
pub fn calendar_note(i18n: I18n) -> String {
    let href = leptos::prelude::window().location().href().unwrap_or_default();
    format!("{} {href}", t_string!(i18n, calc_common.calendar_note))
}

/// A text of an e-service without placeholders, by its key under `eservice.`
/// (`registration.title`, `common.fields.person_surname.label`).
pub fn eservice_text(i18n: I18n, key: &str) -> Option<&'static str> {
    run_time(i18n, &format!("eservice.{key}")).filter(|t| !t.contains("{{"))
}

/// A text of a service that has no placeholders, by its key under `eservice.<service>`.
pub fn service_text(i18n: I18n, service: Service, key: &str) -> Option<&'static str> {
    eservice_text(i18n, &format!("{}.{key}", service.key()))
}

/// The service's name (`eservice.<service>.title`).
pub fn service_title(i18n: I18n, service: Service) -> String {
    service_text(i18n, service, "title").map(str::to_owned).unwrap_or_else(|| service.key().to_owned())
}

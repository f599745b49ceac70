//! Localized names for the core's enums. leptos_i18n keys must be literal, hence the macro.

use crate::i18n::{Locale, t_string};
use leptos_i18n::I18nContext;
use migrationto_core::Section;
use migrationto_core::page::Page;

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
pub fn section_title(i18n: I18nContext<Locale>, section: Section) -> &'static str {
    section_text!(i18n, section, title)
}

/// One line on what the section offers, for the home page.
pub fn section_summary(i18n: I18nContext<Locale>, section: Section) -> &'static str {
    section_text!(i18n, section, summary)
}

/// The introduction paragraph of the section's page.
pub fn section_intro(i18n: I18nContext<Locale>, section: Section) -> &'static str {
    section_text!(i18n, section, intro)
}

/// A page's title in the current language: the text at `Page::title_key`.
pub fn page_title(i18n: I18nContext<Locale>, page: Page) -> String {
    match page {
        Page::Home => t_string!(i18n, home.title),
        Page::Search => t_string!(i18n, search.title),
        Page::Accessibility => t_string!(i18n, accessibility.title),
        Page::Privacy => t_string!(i18n, privacy.title),
        Page::Partners => t_string!(i18n, partners.title),
        Page::RegistrationDeadline => t_string!(i18n, registration_calc.title),
        Page::DaysOfStay => t_string!(i18n, stay_calc.title),
        Page::StateFees => t_string!(i18n, fee_calc.title),
        Page::EServiceStart(service) => return crate::wizard::text::service_title(i18n, service),
        Page::Appointments => t_string!(i18n, appointments.title),
        Page::TrackApplications => t_string!(i18n, status_check.track_title),
        Page::RegistrationStatus => t_string!(i18n, status_check.registration_title),
        Page::TravelBan => t_string!(i18n, status_check.ban_title),
    }
    .to_owned()
}

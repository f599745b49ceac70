//! Articles as the content build writes them (`content/{lang}/...json`) and the app reads
//! them, and the app pages an article may link to.

use serde::{Deserialize, Serialize};

/// Pages of the app that are not articles or section landings, by their path after the
/// language, with the locale key of their title.
pub const APP_PAGES: &[(&str, &str)] = &[
    ("/calculators/registration-deadline", "registration_calc.title"),
    ("/calculators/days-of-stay", "stay_calc.title"),
    ("/calculators/state-fees", "fee_calc.title"),
    ("/useful-information/accessibility", "accessibility.title"),
    ("/useful-information/privacy", "privacy.title"),
    ("/useful-information/partners", "partners.title"),
    ("/e-services/registration/start", "eservice.registration.title"),
    ("/e-services/extension-of-stay/start", "eservice.extension_of_stay.title"),
    ("/e-services/temporary-residence-permit/start", "eservice.residence_permit.title"),
    ("/e-services/permanent-residence-permit/start", "eservice.permanent_residence.title"),
    ("/e-services/work-permit/start", "eservice.work_permit.title"),
    ("/e-services/appointments", "appointments.title"),
    ("/e-services/track-applications", "status_check.track_title"),
    ("/e-services/registration-status", "status_check.registration_title"),
    ("/e-services/travel-ban", "status_check.ban_title"),
    ("/search", "search.title"),
];

/// A link with its text: a related page, a source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub title: String,
    /// `/en/living/registration` inside the portal, `https://...` outside.
    pub url: String,
}

/// One step of a life event ("come to Azerbaijan, check you qualify, apply, pay...").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JourneyStep {
    pub title: String,
    pub text: String,
    pub link: Link,
}

/// A heading of the article's body, for "On this page".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    pub id: String,
    pub text: String,
}

/// An article in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// `/living/registration`: the same in every language.
    pub path: String,
    pub section: String,
    pub title: String,
    pub summary: String,
    /// `YYYY-MM-DD`.
    pub updated: String,
    /// The body as HTML, sanitised at build time.
    pub html: String,
    pub toc: Vec<Heading>,
    pub sources: Vec<Link>,
    pub related: Vec<Link>,
    pub journey: Vec<JourneyStep>,
}

/// An entry of a language's article list (`content/{lang}/index.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSummary {
    pub path: String,
    pub section: String,
    pub title: String,
    pub summary: String,
}

/// An entry of a language's search index (`content/{lang}/search.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchEntry {
    /// `/en/living/registration`.
    pub url: String,
    pub title: String,
    pub summary: String,
    /// The body as plain text.
    pub text: String,
}

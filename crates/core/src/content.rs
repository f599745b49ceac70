//! Articles as the content build writes them (`content/{lang}/...json`) and the app reads
//! them. The app's other pages, which an article may link to, are in `page`.

use serde::{Deserialize, Serialize};

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

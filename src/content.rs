//! Articles and indexes written by the content build (`crates/content`), fetched when a page
//! needs them and kept for the rest of the visit. At build time the prerender keeps the files a
//! page shows before rendering it (`keep`).

use migrationto_core::Lang;
use migrationto_core::content::{Article, ArticleSummary, SearchEntry};
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Why a file could not be had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// There is no such article (a 404): the page does not exist.
    NotFound,
    /// The network or the server failed; trying again may help.
    Failed,
}

thread_local! {
    static CACHE: RefCell<HashMap<String, Rc<dyn std::any::Any>>> = RefCell::new(HashMap::new());
}

async fn fetch<T: DeserializeOwned + 'static>(url: String) -> Result<Rc<T>, LoadError> {
    if let Some(hit) = at_hand::<T>(&url) {
        return Ok(hit);
    }
    let response = gloo_net::http::Request::get(&url).send().await.map_err(|_| LoadError::Failed)?;
    match response.status() {
        200 => {}
        404 => return Err(LoadError::NotFound),
        _ => return Err(LoadError::Failed),
    }
    let text = response.text().await.map_err(|_| LoadError::Failed)?;
    let value: Rc<T> = Rc::new(serde_json::from_str(&text).map_err(|_| LoadError::Failed)?);
    CACHE.with(|c| c.borrow_mut().insert(url, value.clone()));
    Ok(value)
}

fn at_hand<T: 'static>(url: &str) -> Option<Rc<T>> {
    CACHE.with(|c| c.borrow().get(url).cloned()).and_then(|v| v.downcast::<T>().ok())
}

/// Keeps a file of the content build (at build time, from the build folder), so the page that
/// shows it renders at once: `url` is its address
/// (`/content/en/index.json`, `/content/en/living/registration.json`). Whether it could be read.
pub fn keep(url: &str, json: &str) -> bool {
    fn parsed<T: DeserializeOwned + 'static>(url: &str, json: &str) -> bool {
        let Ok(value) = serde_json::from_str::<T>(json) else { return false };
        CACHE.with(|c| c.borrow_mut().insert(url.to_owned(), Rc::new(value)));
        true
    }
    match url.rsplit('/').next() {
        Some("index.json") => parsed::<Vec<ArticleSummary>>(url, json),
        Some("search.json") => parsed::<Vec<SearchEntry>>(url, json),
        _ => parsed::<Article>(url, json),
    }
}

fn article_url(lang: Lang, section: &str, slug: &str) -> Option<String> {
    let safe = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    (safe(section) && safe(slug)).then(|| format!("/content/{}/{section}/{slug}.json", lang.code()))
}

/// The address of the language's index of articles.
pub fn index_url(lang: Lang) -> String {
    format!("/content/{}/index.json", lang.code())
}

/// The article at `/{section}/{slug}` in `lang`.
pub async fn article(lang: Lang, section: &str, slug: &str) -> Result<Rc<Article>, LoadError> {
    fetch(article_url(lang, section, slug).ok_or(LoadError::NotFound)?).await
}

/// The article, if it is at hand without waiting (it came with the page, or was read before).
pub fn article_at_hand(lang: Lang, section: &str, slug: &str) -> Option<Rc<Article>> {
    at_hand(&article_url(lang, section, slug)?)
}

/// The language's articles, for section pages.
pub async fn index(lang: Lang) -> Result<Rc<Vec<ArticleSummary>>, LoadError> {
    fetch(index_url(lang)).await
}

/// The language's articles, if they are at hand without waiting.
pub fn index_at_hand(lang: Lang) -> Option<Rc<Vec<ArticleSummary>>> {
    at_hand(&index_url(lang))
}

/// The language's search index.
pub async fn search_entries(lang: Lang) -> Result<Rc<Vec<SearchEntry>>, LoadError> {
    fetch(format!("/content/{}/search.json", lang.code())).await
}

//! Articles and indexes written by the content build (`crates/content`), fetched when a page
//! needs them and kept for the rest of the visit.

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
    if let Some(hit) = CACHE.with(|c| c.borrow().get(&url).cloned()).and_then(|v| v.downcast::<T>().ok()) {
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

/// The article at `/{section}/{slug}` in `lang`.
pub async fn article(lang: Lang, section: &str, slug: &str) -> Result<Rc<Article>, LoadError> {
    let safe = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !safe(section) || !safe(slug) {
        return Err(LoadError::NotFound);
    }
    fetch(format!("/content/{}/{section}/{slug}.json", lang.code())).await
}

/// The language's articles, for section pages.
pub async fn index(lang: Lang) -> Result<Rc<Vec<ArticleSummary>>, LoadError> {
    fetch(format!("/content/{}/index.json", lang.code())).await
}

/// The language's search index.
pub async fn search_entries(lang: Lang) -> Result<Rc<Vec<SearchEntry>>, LoadError> {
    fetch(format!("/content/{}/search.json", lang.code())).await
}

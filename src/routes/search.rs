//! `/:lang/search?q=...`: the articles of the page's language that contain every word
//! typed, found without case or diacritics ("yasamaq icazesi" finds "yaşamaq icazəsi").
//! The index is loaded the first time search is used, and kept. The page is written at build
//! time as its form (core's `Area::needs_app`: the search app takes over its content, no
//! router); a search is a page load of this address with the words in its query, so the form
//! works before the app has started, or without it.

use crate::components::{breadcrumbs::Crumb, page::Page};
use crate::content;
use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use migrationto_core::page::Page as PortalPage;
use migrationto_core::path::localized;
use migrationto_core::search::{Index, Piece};
use std::rc::Rc;

/// The longest search a box takes, in characters (in the address, up to 6 bytes each).
pub const MAX_QUERY: &str = "200";

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let q = crate::browser::page_query().get("q").unwrap_or_default().trim().to_owned();
    // One status line that stays in the page: screen readers hear the count when the
    // results change, not every result, and a region added afresh may go unannounced.
    let announcement = RwSignal::new(String::new());
    let results = if q.is_empty() {
        // Nothing asked: the index is not loaded.
        Either::Left(view! { <p>{t!(i18n, search.empty)}</p> })
    } else {
        Either::Right(view! { <Outcome q=q.clone() announcement /> })
    };
    view! {
        <Page title=Signal::derive(move || t_string!(i18n, search.title).to_string()) trail=vec![Crumb::Home]>
            <form method="get" action=localized(lang.get_untracked(), &PortalPage::Search.path()) class="search-form" role="search">
                <div class="field">
                    <label class="label" for="search-page-q">{t!(i18n, search.label)}</label>
                    <p class="hint" id="search-page-hint">{t!(i18n, search.hint)}</p>
                    // A search is an address: a pasted page of text would be over what servers take.
                    <input id="search-page-q" type="search" name="q" prop:value=q.clone() maxlength=MAX_QUERY
                        aria-describedby="search-page-hint" autocomplete="off" />
                </div>
                <button type="submit" class="button">{t!(i18n, search.button)}</button>
            </form>
            <p class="visually-hidden" role="status">{move || announcement.get()}</p>
            // What the page script says while the app is on its way to a search (public/page.js).
            <div class="search-outcome" data-loading=t_string!(i18n, search.loading)>{results}</div>
        </Page>
    }
}

/// The results for `q`, once the index of the page's language is loaded.
#[component]
fn Outcome(q: String, announcement: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let (retries, set_retries) = signal(0u32);
    let index = LocalResource::new(move || {
        let lang = lang.get();
        retries.track();
        async move { content::search_entries(lang).await.map(|entries| Rc::new(Index::new((*entries).clone()))) }
    });
    move || match index.get() {
        None => EitherOf3::A(view! { <p class="loading">{t!(i18n, search.loading)}</p> }),
        Some(Err(_)) => EitherOf3::B(view! {
            <div class="load-failed" role="alert">
                <p>{t!(i18n, search.failed)}</p>
                <button type="button" class="button button-secondary" on:click=move |_| set_retries.update(|n| *n += 1)>
                    {t!(i18n, article.retry)}
                </button>
            </div>
        }),
        Some(Ok(index)) => EitherOf3::C(view! { <Results index q=q.clone() announcement /> }),
    }
}

#[component]
fn Results(index: Rc<Index>, q: String, announcement: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let hits = index.search(&q);
    let count = hits.len();
    let summary = if count == 0 {
        t_string!(i18n, search.none, query = q.clone()).to_string()
    } else {
        t_string!(i18n, search.results, query = q.clone(), count = count).to_string()
    };
    let said = summary.clone();
    Effect::new(move |_| announcement.set(said.clone()));
    let items = hits
        .into_iter()
        .map(|hit| {
            let entry = &index.entries()[hit.entry];
            view! {
                <li>
                    <a href=entry.url.clone()>{pieces(hit.title)}</a>
                    <p>{pieces(hit.snippet)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="search-count">{summary}</p>
        <ul class="search-results">{items}</ul>
    }
}

/// Text with the matches marked.
fn pieces(pieces: Vec<Piece>) -> impl IntoView {
    pieces
        .into_iter()
        .map(|p| if p.hit { Either::Left(view! { <mark>{p.text}</mark> }) } else { Either::Right(p.text) })
        .collect_view()
}

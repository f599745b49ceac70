//! `/:lang/search?q=...`: the articles of the page's language that contain every word
//! typed, found without case or diacritics ("yasamaq icazesi" finds "yaşamaq icazəsi").
//! The index is loaded the first time search is used, and kept.

use crate::components::{breadcrumbs::Crumb, page::Page};
use crate::content;
use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use leptos::either::EitherOf4;
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;
use migrationto_core::page::Page as PortalPage;
use migrationto_core::path::localized;
use migrationto_core::search::{Index, Piece};
use std::rc::Rc;

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let query = use_query_map();
    let q = Memo::new(move |_| query.with(|m| m.get("q").unwrap_or_default()).trim().to_owned());
    let (retries, set_retries) = signal(0u32);
    let index = LocalResource::new(move || {
        let lang = lang.get();
        retries.track();
        async move { content::search_entries(lang).await.map(|entries| Rc::new(Index::new((*entries).clone()))) }
    });
    // One status line that stays in the page: screen readers hear the count when the
    // results change, not every result, and a region added afresh may go unannounced.
    let announcement = RwSignal::new(String::new());
    let results = move || {
        let q = q.get();
        if q.is_empty() {
            return EitherOf4::A(view! { <p>{t!(i18n, search.empty)}</p> });
        }
        match index.get() {
            None => EitherOf4::B(view! { <p class="loading">{t!(i18n, search.loading)}</p> }),
            Some(Err(_)) => EitherOf4::C(view! {
                <div class="load-failed" role="alert">
                    <p>{t!(i18n, search.failed)}</p>
                    <button type="button" class="button button-secondary" on:click=move |_| set_retries.update(|n| *n += 1)>
                        {t!(i18n, article.retry)}
                    </button>
                </div>
            }),
            Some(Ok(index)) => EitherOf4::D(view! { <Results index q=q.clone() announcement /> }),
        }
    };
    view! {
        <Page title=Signal::derive(move || t_string!(i18n, search.title).to_string()) trail=vec![Crumb::Home]>
            <Form method="GET" action=move || localized(lang.get(), &PortalPage::Search.path()) attr:class="search-form" attr:role="search">
                <div class="field">
                    <label class="label" for="search-page-q">{t!(i18n, search.label)}</label>
                    <p class="hint" id="search-page-hint">{t!(i18n, search.hint)}</p>
                    <input id="search-page-q" type="search" name="q" prop:value=move || q.get()
                        aria-describedby="search-page-hint" autocomplete="off" />
                </div>
                <button type="submit" class="button">{t!(i18n, search.button)}</button>
            </Form>
            <p class="visually-hidden" role="status">{move || announcement.get()}</p>
            <div class="search-outcome">{results}</div>
        </Page>
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
        .map(|p| {
            if p.hit {
                leptos::either::Either::Left(view! { <mark>{p.text}</mark> })
            } else {
                leptos::either::Either::Right(p.text)
            }
        })
        .collect_view()
}

//! `/:lang/:section/:slug`: an article from the content build, with "On this page", the
//! steps of a life event, its legal basis and sources, and related pages.

use crate::components::{breadcrumbs::Crumb, page::Page};
use crate::content::{self, LoadError};
use crate::lang::use_page_lang;
use crate::locale::{t, use_i18n};
use crate::routes::not_found::NotFound;
use crate::routes::shell::focus_heading_if_pending;
use leptos::either::EitherOf4;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use migrationto_core::Section;
use migrationto_core::calendar::BakuDate;
use migrationto_core::content::Article;
use std::rc::Rc;

/// "On this page" is shown from this many headings up.
const TOC_FROM: usize = 3;

#[component]
pub fn ArticlePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let lang = use_page_lang();
    let key =
        move || params.with(|p| (lang.get(), p.get("section").unwrap_or_default(), p.get("slug").unwrap_or_default()));
    let (retries, set_retries) = signal(0u32);
    let loaded = LocalResource::new(move || {
        let (lang, section, slug) = key();
        retries.track();
        async move { content::article(lang, &section, &slug).await }
    });
    let at_hand = move || {
        let (lang, section, slug) = key();
        content::article_at_hand(lang, &section, &slug).map(Ok)
    };
    move || match at_hand().or_else(|| loaded.get()) {
        None => EitherOf4::A(view! { <p class="loading" role="status">{t!(i18n, article.loading)}</p> }),
        Some(Err(LoadError::NotFound)) => EitherOf4::B(view! { <NotFound /> }),
        Some(Err(LoadError::Failed)) => EitherOf4::C(view! {
            <div class="load-failed" role="alert">
                <p>{t!(i18n, article.failed)}</p>
                <button type="button" class="button button-secondary" on:click=move |_| set_retries.update(|n| *n += 1)>
                    {t!(i18n, article.retry)}
                </button>
            </div>
        }),
        Some(Ok(article)) => EitherOf4::D(view! { <ArticleView article /> }),
    }
}

#[component]
fn ArticleView(article: Rc<Article>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let section = Section::from_slug(&article.section);
    let trail = std::iter::once(Crumb::Home).chain(section.map(Crumb::Section)).collect();
    let updated = BakuDate::parse_iso(&article.updated)
        .map(|d| migrationto_cldr::long_date(lang.get_untracked(), d))
        .unwrap_or_default();
    let toc = (article.toc.len() >= TOC_FROM).then(|| {
        let items = article
            .toc
            .iter()
            .map(|h| view! { <li><a href=format!("#{}", h.id)>{h.text.clone()}</a></li> })
            .collect_view();
        view! {
            <nav class="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading" class="toc-heading">{t!(i18n, article.on_this_page)}</h2>
                <ol>{items}</ol>
            </nav>
        }
    });
    let journey = (!article.journey.is_empty()).then(|| {
        let steps = article
            .journey
            .iter()
            .map(|s| {
                view! {
                    <li>
                        <h3><a href=s.link.url.clone()>{s.title.clone()}</a></h3>
                        <p>{s.text.clone()}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="journey-heading">
                <h2 id="journey-heading">{t!(i18n, article.journey_heading)}</h2>
                <ol class="journey">{steps}</ol>
            </section>
        }
    });
    let sources = article
        .sources
        .iter()
        .map(|s| view! { <li><a href=s.url.clone() rel="noopener">{s.title.clone()}</a></li> })
        .collect_view();
    let related = (!article.related.is_empty()).then(|| {
        let links = article
            .related
            .iter()
            .map(|r| view! { <li><a href=r.url.clone()>{r.title.clone()}</a></li> })
            .collect_view();
        view! {
            <section aria-labelledby="related-heading" class="related">
                <h2 id="related-heading">{t!(i18n, article.related_heading)}</h2>
                <ul>{links}</ul>
            </section>
        }
    });
    let (title, summary, html) = (article.title.clone(), article.summary.clone(), article.html.clone());
    Effect::new(|_| focus_heading_if_pending());
    view! {
        <Page title=Signal::derive(move || title.clone()) trail>
            <article class="article">
                <p class="lead">{summary}</p>
                <p class="article-updated">{t!(i18n, article.updated)} " " {updated}</p>
                {toc}
                // Sanitised by the content build (ammonia): headings, lists, tables, links.
                <div class="article-body" inner_html=html></div>
                {journey}
                <section aria-labelledby="sources-heading" class="sources">
                    <h2 id="sources-heading">{t!(i18n, article.sources_heading)}</h2>
                    <ul>{sources}</ul>
                </section>
                {related}
                <p class="indicative">{t!(i18n, article.indicative)}</p>
                <p class="no-print">
                    <button type="button" class="button button-secondary" on:click=|_| {
                        let _ = window().print();
                    }>{t!(i18n, article.print)}</button>
                </p>
            </article>
        </Page>
    }
}

//! The home page of a language: what the portal is, the tasks people come for most (one link
//! each), and a way into every section.

use crate::components::page::Page;
use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use crate::text::{page_title, section_summary, section_title};
use leptos::prelude::*;
use migrationto_core::page::Page as PortalPage;
use migrationto_core::{Section, path::localized};

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let cards = Section::ALL
        .into_iter()
        .map(|section| {
            view! {
                <li class="card">
                    <h3 class="card-title">
                        <a href=move || localized(lang.get(), section.slug())>
                            {move || section_title(i18n, section)}
                        </a>
                    </h3>
                    <p>{move || section_summary(i18n, section)}</p>
                </li>
            }
        })
        .collect_view();
    let tasks = PortalPage::POPULAR
        .into_iter()
        .map(|page| {
            view! {
                <li>
                    <a href=move || localized(lang.get(), &page.path())>{move || page_title(i18n, page)}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=Signal::derive(move || t_string!(i18n, home.title).to_string()) is_home=true>
            <p class="lead">{t!(i18n, home.intro)}</p>
            <h2>{t!(i18n, home.tasks_heading)}</h2>
            <ul class="task-list">{tasks}</ul>
            <h2>{t!(i18n, home.sections_heading)}</h2>
            <ul class="card-list">{cards}</ul>
        </Page>
    }
}

//! The main navigation: every section of the portal.

use crate::components::shell::use_page_lang;
use crate::i18n::{t_string, use_i18n};
use crate::text::section_title;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use migrationto_core::{path::localized, Section};

#[component]
pub fn PrimaryNav() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let location = use_location();
    let items = Section::ALL
        .into_iter()
        .map(|section| {
            let href = move || localized(lang.get(), section.slug());
            // A section stays marked on its sub-pages too.
            let current = move || {
                let href = href();
                location.pathname.with(|p| p == &href || p.starts_with(&format!("{href}/")))
            };
            view! {
                <li>
                    <a href=href aria-current=move || current().then_some("page")>
                        {move || section_title(i18n, section)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="primary-nav" aria-label=move || t_string!(i18n, nav.label)>
            <div class="width-container">
                <ul>{items}</ul>
            </div>
        </nav>
    }
}

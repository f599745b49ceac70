//! The main navigation: every section of the portal. On narrow screens it folds behind a
//! "Menu" button so the page's own content starts on the first screen of a phone.

use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use crate::text::section_title;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use migrationto_core::{Section, path::localized};

#[component]
pub fn PrimaryNav() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let location = use_location();
    let (open, set_open) = signal(false);
    // Following a link closes the menu, as a new page would.
    Effect::watch(move || location.pathname.get(), move |_, _, _| set_open.set(false), false);

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
                // Shown only on narrow screens (style/layout.css); wide screens always show the list.
                <button type="button" class="menu-toggle" aria-controls="primary-nav-list"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| set_open.update(|o| *o = !*o)>
                    {t!(i18n, nav.menu)}
                </button>
                <ul id="primary-nav-list" class:open=move || open.get()>{items}</ul>
            </div>
        </nav>
    }
}

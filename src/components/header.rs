//! The header on every page: the mark and service name (linking home), the language
//! switcher and the main navigation.

use crate::components::{language_switcher::LanguageSwitcher, mark::Mark, primary_nav::PrimaryNav};
use crate::lang::use_page_lang;
use crate::locale::{t, use_i18n};
use leptos::prelude::*;
use migrationto_core::page::Page as PortalPage;
use migrationto_core::path::localized;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    view! {
        <header class="header">
            <div class="width-container header-top">
                // The link's name is its visible text and then where it leads (WCAG 2.5.3).
                <a class="brand" href=move || localized(lang.get(), "")>
                    <Mark />
                    <span class="brand-text">
                        <span class="brand-name">{t!(i18n, brand.name)}</span>
                        <span class="brand-owner">{t!(i18n, brand.owner)}</span>
                        <span class="visually-hidden">", "{t!(i18n, brand.home_page)}</span>
                    </span>
                </a>
                <LanguageSwitcher />
            </div>
            <div class="width-container">
                // A search is a page load of the search page, in every app and without one.
                <form method="get" action=move || localized(lang.get(), &PortalPage::Search.path()) class="header-search" role="search">
                    <label class="visually-hidden" for="header-search-q">{t!(i18n, search.label)}</label>
                    <input id="header-search-q" type="search" name="q" autocomplete="off"
                        maxlength=crate::routes::search::MAX_QUERY />
                    <button type="submit" class="button-secondary">{t!(i18n, search.button)}</button>
                </form>
            </div>
            <PrimaryNav />
        </header>
    }
}

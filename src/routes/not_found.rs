//! The page for an address that does not exist, in the language of the address.

use crate::components::page::Page;
use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::path::localized;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    view! {
        <Page title=Signal::derive(move || t_string!(i18n, not_found.title).to_string())>
            <p>{t!(i18n, not_found.typed)}</p>
            <p>{t!(i18n, not_found.pasted)}</p>
            <p><a href=move || localized(lang.get(), "")>{t!(i18n, not_found.home_link)}</a></p>
            <p>{t!(i18n, not_found.help)}</p>
        </Page>
    }
}

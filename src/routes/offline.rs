//! The page the service worker shows, in the address's language, for a page this device has not
//! kept when there is no connection (docs/offline.md): what still works, and where to go.

use crate::components::page::Page;
use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use crate::text::page_title;
use leptos::prelude::*;
use migrationto_core::page::Page as PortalPage;
use migrationto_core::path::localized;

#[component]
pub fn Offline() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let calculators = PortalPage::CALCULATORS
        .into_iter()
        .map(|page| {
            view! { <li><a href=move || localized(lang.get(), &page.path())>{move || page_title(i18n, page)}</a></li> }
        })
        .collect_view();
    view! {
        <Page title=Signal::derive(move || t_string!(i18n, offline.title).to_string())>
            <p>{t!(i18n, offline.not_kept)}</p>
            <p>{t!(i18n, offline.kept)}</p>
            <ul class="list">{calculators}</ul>
            <p>{t!(i18n, offline.again)}</p>
            <p><a href=move || localized(lang.get(), "")>{t!(i18n, offline.home_link)}</a></p>
            <p>{t!(i18n, offline.help)}</p>
        </Page>
    }
}

//! `/:lang/useful-information/privacy`: the privacy notice.

use crate::components::{breadcrumbs::Crumb, page::Page};
use crate::locale::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::Section;

#[component]
pub fn Privacy() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Page title=Signal::derive(move || t_string!(i18n, privacy.title).to_string())
            trail=vec![Crumb::Home, Crumb::Section(Section::UsefulInformation)]>
            <p class="lead">{t!(i18n, privacy.intro)}</p>
            <h2>{t!(i18n, privacy.reading_heading)}</h2>
            <p>{t!(i18n, privacy.reading)}</p>
            <h2>{t!(i18n, privacy.calculators_heading)}</h2>
            <p>{t!(i18n, privacy.calculators)}</p>
            <h2>{t!(i18n, privacy.applications_heading)}</h2>
            <p>{t!(i18n, privacy.applications)}</p>
        </Page>
    }
}

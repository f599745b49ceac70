//! `/:lang/useful-information/accessibility`: the accessibility statement.

use crate::components::{breadcrumbs::Crumb, page::Page};
use crate::locale::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::Section;

#[component]
pub fn Accessibility() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Page title=Signal::derive(move || t_string!(i18n, accessibility.title).to_string())
            trail=vec![Crumb::Home, Crumb::Section(Section::UsefulInformation)]>
            <p class="lead">{t!(i18n, accessibility.intro)}</p>
            <h2>{t!(i18n, accessibility.can_do_heading)}</h2>
            <p>{t!(i18n, accessibility.can_do)}</p>
            <h2>{t!(i18n, accessibility.testing_heading)}</h2>
            <p>{t!(i18n, accessibility.testing)}</p>
            <h2>{t!(i18n, accessibility.report_heading)}</h2>
            <p>{t!(i18n, accessibility.report)}</p>
        </Page>
    }
}

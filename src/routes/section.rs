//! `/:lang/:section`: a section's landing page. Unknown sections get the 404 page.

use crate::components::{breadcrumbs::Crumb, page::Page};
use crate::components::shell::use_page_lang;
use crate::i18n::{t, use_i18n};
use crate::routes::not_found::NotFound;
use crate::text::{section_intro, section_title};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use migrationto_core::{path::localized, Section};

#[component]
pub fn SectionPage() -> impl IntoView {
    let params = use_params_map();
    let section = Memo::new(move |_| {
        params.with(|p| p.get("section").and_then(|s| Section::from_slug(&s)))
    });
    move || match section.get() {
        Some(section) => Either::Left(view! { <SectionLanding section /> }),
        None => Either::Right(view! { <NotFound /> }),
    }
}

#[component]
fn SectionLanding(section: Section) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Page title=Signal::derive(move || section_title(i18n, section).to_string())
            trail=vec![Crumb::Home]>
            <p class="lead">{move || section_intro(i18n, section)}</p>
            {(section == Section::Calculators).then(|| view! { <CalculatorList /> })}
        </Page>
    }
}

/// The calculators that exist so far.
#[component]
fn CalculatorList() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    view! {
        <ul class="calculator-list">
            <li>
                <a href=move || localized(lang.get(), "calculators/registration-deadline")>
                    {t!(i18n, registration_calc.title)}
                </a>
            </li>
        </ul>
    }
}

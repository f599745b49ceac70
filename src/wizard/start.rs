//! The start page of an e-service: what it is for, who applies, what to have ready, how long
//! it takes; "Start now" and "Continue an application you saved". The build writes it whole.

use super::{text, use_wizard};
use crate::components::breadcrumbs::Crumb;
use crate::components::page::Page;
use crate::locale::{t, use_i18n};
use leptos::prelude::*;
use migrationto_core::Section;
use migrationto_core::eservice::wizard_page;

#[component]
pub fn Start() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let s = w.service;
    let para = move |key: &'static str| move || text::service_text(i18n, s, key).unwrap_or_default();
    // The page loads no app (core's `Area::needs_app`): answers already typed in this tab are
    // kept, and the first step, reached from here, goes on from where they stop.
    let first_step = format!("{}?from={}", s.steps()[0].id, wizard_page::START);
    view! {
        <Page title=Signal::derive(move || text::service_title(i18n, s)) trail=vec![Crumb::Home, Crumb::Section(Section::EServices)]>
            <p class="lead">{para("start_intro")}</p>
            <p>{para("start_who")}</p>
            <h2>{t!(i18n, wizard.before_you_start)}</h2>
            <p>{para("start_need")}</p>
            <p>{para("start_time")}</p>
            <p><a class="button button-start" href=w.href(&first_step)>{t!(i18n, wizard.start_now)}</a></p>
            <p><a href=move || w.href("resume")>{t!(i18n, wizard.resume_link)}</a></p>
        </Page>
    }
}

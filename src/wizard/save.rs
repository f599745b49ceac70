//! "Save and come back later": the answers so far are kept by the e-service for 30 days
//! under a code, reopened with the code and the date of birth on any device.

use super::use_wizard;
use crate::api::{self, ApiError};
use crate::browser::{focus_after_render, today_in_baku};
use crate::components::date_fields::{DateFields, DateText};
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::page::Page;
use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use crate::text::date_problem;
use leptos::prelude::*;
use migrationto_core::api::{DraftSaved, SaveDraft};
use migrationto_core::calendar::BakuDate;

const DOB: &str = "save-dob";

#[component]
pub fn SaveForLater() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let lang = use_page_lang();
    let part = |p: &str| w.value(&format!("person.date_of_birth#{p}"));
    let dob = RwSignal::new(DateText { day: part("day"), month: part("month"), year: part("year") });
    let touched = RwSignal::new(false);
    let attempt = RwSignal::new(0u32);
    let busy = RwSignal::new(false);
    let saved = RwSignal::new(None::<DraftSaved>);
    let failure = RwSignal::new(None::<ApiError>);
    let checked = Memo::new(move |_| {
        let d = dob.get();
        match BakuDate::from_fields(&d.day, &d.month, &d.year) {
            Ok(date) if date < today_in_baku() => Ok(date),
            Ok(_) => Err(t_string!(i18n, wizard.err_dob_past).to_owned()),
            Err(e) => Err(date_problem(i18n, e, t_string!(i18n, wizard.err_dob_empty))),
        }
    });
    let problems = Signal::derive(move || {
        if attempt.get() == 0 {
            return Vec::<Problem>::new();
        }
        checked.get().err().map(|m| vec![(format!("{DOB}-day"), m)]).unwrap_or_default()
    });
    let error = Signal::derive(move || problems.with(|p| p.first().map(|(_, m)| m.clone())));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempt.update(|n| *n += 1);
        let Ok(date) = checked.get_untracked() else { return };
        if busy.get_untracked() {
            return;
        }
        let draft =
            SaveDraft { service: w.service.id().to_owned(), date_of_birth: date.to_string(), answers: w.read().0 };
        busy.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            let result = api::save_draft(&draft, &api::new_idempotency_key()).await;
            busy.set(false);
            match result {
                Ok(s) => {
                    saved.set(Some(s));
                    focus_after_render("saved-heading".into());
                }
                Err(e) => {
                    failure.set(Some(e));
                    focus_after_render("save-failed".into());
                }
            }
        });
    };
    let back = move || w.href(w.resume_page());
    view! {
        <a class="back-link" href=back>{t!(i18n, wizard.back)}</a>
        <Page title=Signal::derive(move || t_string!(i18n, wizard.save_title).to_string())>
            {move || match saved.get() {
                Some(s) => {
                    let until = BakuDate::parse_iso(&s.expires_on).map(|d| migrationto_cldr::long_date(lang.get(), d)).unwrap_or(s.expires_on.clone());
                    view! {
                        <div class="panel-confirmation">
                            <h2 id="saved-heading" tabindex="-1">{t!(i18n, wizard.saved_title)}</h2>
                            <p class="panel-body">{t!(i18n, wizard.saved_code)}<br /><strong class="reference draft-code">{s.code.clone()}</strong></p>
                        </div>
                        <p>{t_string!(i18n, wizard.saved_until, date = until).to_string()}</p>
                        <p>{t!(i18n, wizard.saved_note)}</p>
                        <ul class="list result-actions">
                            <li><button type="button" class="button button-secondary" on:click=|_| { let _ = window().print(); }>{t!(i18n, wizard.print)}</button></li>
                            <li><a href=move || w.href(w.resume_page())>{t!(i18n, wizard.saved_continue)}</a></li>
                        </ul>
                    }.into_any()
                }
                None => view! {
                    <p>{t!(i18n, wizard.save_intro)}</p>
                    <ErrorSummary problems attempt />
                    {move || failure.get().map(|err| view! {
                        <div id="save-failed" class="load-failed" role="alert" tabindex="-1"><p>{api::message(i18n, &err)}</p></div>
                    })}
                    <form class="form" novalidate on:submit=submit>
                        <DateFields id=DOB legend=Signal::derive(move || t_string!(i18n, wizard.save_dob_legend).to_string())
                            value=dob error touched hint=Signal::derive(move || t_string!(i18n, wizard.save_dob_hint).to_string()) />
                        <button type="submit" class="button" aria-disabled=move || busy.get().then_some("true")>
                            {move || if busy.get() { t_string!(i18n, wizard.saving) } else { t_string!(i18n, wizard.save_button) }}
                        </button>
                    </form>
                }.into_any(),
            }}
        </Page>
    }
}

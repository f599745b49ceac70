//! "Continue an application you saved": the code and the date of birth reopen the answers
//! in this tab, and the user goes on from the first step that still needs an answer.

use super::use_wizard;
use crate::api::{self, ApiError};
use crate::browser::{focus_after_render, today_in_baku};
use crate::components::date_fields::{DateFields, DateText};
use crate::components::error_message::ErrorMessage;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::page::Page;
use crate::locale::{t, t_string, use_i18n};
use crate::text::date_problem;
use leptos::prelude::*;
use migrationto_core::api::{Code, CodeKind, ResumeDraft};
use migrationto_core::calendar::BakuDate;
use migrationto_core::eservice;

const CODE: &str = "resume-code";
const DOB: &str = "resume-dob";

#[component]
pub fn Resume() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let code = RwSignal::new(String::new());
    let dob = RwSignal::new(DateText::default());
    let touched = RwSignal::new(false);
    let attempt = RwSignal::new(0u32);
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let checked = Memo::new(move |_| {
        let mut problems: Vec<Problem> = Vec::new();
        let c = code.get();
        let parsed = if c.trim().is_empty() {
            problems.push((CODE.to_owned(), t_string!(i18n, wizard.err_code_empty).to_owned()));
            None
        } else {
            match Code::parse(CodeKind::Draft, &c) {
                Ok(code) => Some(code),
                Err(_) => {
                    problems.push((CODE.to_owned(), t_string!(i18n, wizard.err_code_format).to_owned()));
                    None
                }
            }
        };
        let d = dob.get();
        let birth = match BakuDate::from_fields(&d.day, &d.month, &d.year) {
            Ok(date) if date < today_in_baku() => Some(date),
            Ok(_) => {
                problems.push((format!("{DOB}-day"), t_string!(i18n, wizard.err_dob_past).to_owned()));
                None
            }
            Err(e) => {
                problems.push((format!("{DOB}-day"), date_problem(i18n, e, t_string!(i18n, wizard.err_dob_empty))));
                None
            }
        };
        match (parsed, birth) {
            (Some(c), Some(b)) => Ok(ResumeDraft { code: c.to_string(), date_of_birth: b.to_string() }),
            _ => Err(problems),
        }
    });
    let problems =
        Signal::derive(move || if attempt.get() == 0 { Vec::new() } else { checked.get().err().unwrap_or_default() });
    let at = move |id: String| {
        Signal::derive(move || problems.with(|p| p.iter().find(|(f, _)| *f == id).map(|(_, m)| m.clone())))
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempt.update(|n| *n += 1);
        let Ok(request) = checked.get_untracked() else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            let result = api::resume_draft(&request).await;
            busy.set(false);
            match result {
                Ok(draft) if draft.service == w.service.id() => {
                    w.reset(eservice::to_typed(w.service, &draft.answers));
                    w.go(w.resume_page(), false);
                }
                Ok(_) | Err(ApiError::NotFound) => {
                    failure.set(Some(t_string!(i18n, wizard.resume_not_found).to_owned()))
                }
                Err(e) => failure.set(Some(api::message(i18n, &e))),
            }
            if failure.with_untracked(Option::is_some) {
                focus_after_render("resume-failed".into());
            }
        });
    };
    let code_error = at(CODE.to_owned());
    view! {
        <a class="back-link" href=move || w.href("start")>{t!(i18n, wizard.back)}</a>
        <Page title=Signal::derive(move || t_string!(i18n, wizard.resume_title).to_string())>
            <p>{t!(i18n, wizard.resume_intro)}</p>
            <ErrorSummary problems attempt />
            {move || failure.get().map(|m| view! { <div id="resume-failed" class="load-failed" role="alert" tabindex="-1"><p>{m}</p></div> })}
            <form class="form" novalidate on:submit=submit>
                <div class="form-group" class:form-group-error=move || code_error.with(Option::is_some)>
                    <label class="label" for=CODE>{t!(i18n, wizard.resume_code_label)}</label>
                    <p id="resume-code-hint" class="hint">{t!(i18n, wizard.resume_code_hint)}</p>
                    <ErrorMessage id="resume-code-error".into() message=code_error />
                    <input id=CODE name=CODE class="input width-10" type="text" autocomplete="off" spellcheck="false" autocapitalize="characters"
                        aria-describedby=move || if code_error.with(Option::is_some) { "resume-code-hint resume-code-error" } else { "resume-code-hint" }
                        aria-invalid=move || code_error.with(Option::is_some).then_some("true")
                        prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev)) />
                </div>
                <DateFields id=DOB legend=Signal::derive(move || t_string!(i18n, wizard.save_dob_legend).to_string())
                    value=dob error=at(format!("{DOB}-day")) touched />
                // Written by the build, the button waits for the app: pressing Enter before it runs
                // would send the code and the date of birth in the address (a form's default GET).
                <button type="submit" class="button" disabled=cfg!(not(target_arch = "wasm32"))
                    aria-disabled=move || busy.get().then_some("true")>
                    {move || if busy.get() { t_string!(i18n, wizard.opening) } else { t_string!(i18n, wizard.resume_button) }}
                </button>
            </form>
        </Page>
    }
}

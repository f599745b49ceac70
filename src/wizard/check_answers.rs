//! "Check your answers": every answer grouped by step, each with a Change link that comes
//! back here, then the submission with one idempotency key for the application.

use super::draft::{self, Receipt};
use super::notices::{Place, ServiceNotices};
use super::{Wizard, text, use_wizard};
use crate::api::{self, ApiError};
use crate::browser::today_in_baku;
use crate::components::page::Page;
use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::api::SubmitApplication;
use migrationto_core::eservice::{self, Field, Service, Summary, summarise};

#[component]
pub fn CheckAnswers() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let s = w.service;
    let lang = use_page_lang();
    // Only a complete application can be checked; otherwise go to what is missing.
    let first_open = w.resume_page();
    if first_open != "check-answers" {
        // Once in the browser (not when the build renders the page).
        Effect::new(move |_| request_animation_frame(move || w.go(first_open, true)));
    }
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);

    let send = move |_| {
        if busy.get_untracked() {
            return;
        }
        let (answers, typed_errors) = w.read();
        if !typed_errors.is_empty() || eservice::first_unfinished(s, &answers, today_in_baku()).is_some() {
            w.go(w.resume_page(), false);
            return;
        }
        let key = w.key.get_untracked().unwrap_or_else(|| {
            let k = api::new_idempotency_key();
            w.key.set(Some(k.clone()));
            k
        });
        let application = SubmitApplication {
            service: s.id().to_owned(),
            lang: lang.get_untracked().code().to_owned(),
            answers: eservice::submittable(s, &answers),
        };
        busy.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            let result = api::submit_application(&application, &key).await;
            busy.set(false);
            match result {
                Ok(receipt) => {
                    let valid_until = match s {
                        Service::Registration => eservice::registration::outlook(&answers, today_in_baku())
                            .map(|o| o.valid_until.date.to_string()),
                        _ => None,
                    };
                    draft::store_receipt(
                        s,
                        &Receipt { reference: receipt.reference, valid_until, payment: receipt.payment },
                    );
                    w.reset(Default::default());
                    draft::clear(s);
                    w.go("confirmation", true);
                }
                Err(ApiError::Validation(errors)) if errors.iter().any(|e| s.field(&e.path).is_some()) => {
                    let first =
                        errors.iter().find_map(|e| s.step_of(&e.path)).map(|st| st.id).unwrap_or("check-answers");
                    w.server_errors.set(errors);
                    w.go(&format!("{first}?from=check"), false);
                }
                Err(err) => {
                    failure.set(Some(err));
                    crate::browser::focus_after_render("send-failed".into());
                }
            }
        });
    };

    let countries = LocalResource::new(move || crate::components::country_select::country_names(lang.get()));
    let groups = move || {
        let countries = countries.get().unwrap_or_default();
        let (answers, _) = w.read();
        eservice::visible_steps(s, &answers)
            .into_iter()
            .map(|step| {
                let rows = step
                    .fields
                    .iter()
                    .filter(|f| f.is_shown(&answers))
                    .map(|field| {
                        let value = answers.get(field.path).cloned().unwrap_or_default();
                        let shown = summary_text(w, field, &value, lang.get_untracked(), &countries);
                        let change = w.href(&format!("{}?from=check", step.id));
                        let name = text::label(i18n, s, field);
                        view! {
                            <div class="summary-row">
                                <dt>{name.clone()}</dt>
                                <dd class="summary-value">{shown}</dd>
                                <dd class="summary-action">
                                    <a href=change>{t!(i18n, wizard.change)}<span class="visually-hidden">" "{name}</span></a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <h2 class="summary-heading">{text::step_title(i18n, s, step.id)}</h2>
                    <dl class="summary summary-list">{rows}</dl>
                }
            })
            .collect_view()
    };

    view! {
        <a class="back-link" href=move || {
            let (answers, _) = w.read();
            eservice::visible_steps(s, &answers).last().map(|st| w.href(st.id)).unwrap_or_else(|| w.href("start"))
        }>{t!(i18n, wizard.back)}</a>
        <Page title=Signal::derive(move || t_string!(i18n, wizard.check_title).to_string())>
            <ServiceNotices place=Place::Check />
            {groups}
            <h2>{t!(i18n, wizard.send_heading)}</h2>
            <p>{t!(i18n, wizard.send_text)}</p>
            {move || failure.get().map(|err| view! {
                <div id="send-failed" class="load-failed" role="alert" tabindex="-1">
                    <h2>{t!(i18n, wizard.send_failed_heading)}</h2>
                    <p>{api::message(i18n, &err)}</p>
                </div>
            })}
            <button type="button" class="button" on:click=send aria-disabled=move || busy.get().then_some("true")>
                {move || if busy.get() {
                    t_string!(i18n, wizard.sending)
                } else if failure.with(Option::is_some) {
                    t_string!(i18n, api_error.retry)
                } else {
                    t_string!(i18n, wizard.send)
                }}
            </button>
            <div role="status" class="visually-hidden">{move || busy.get().then(|| t_string!(i18n, wizard.sending))}</div>
        </Page>
    }
}

/// An answer as the applicant should read it back.
fn summary_text(
    w: Wizard,
    field: &'static Field,
    value: &str,
    lang: migrationto_core::Lang,
    countries: &[(String, String)],
) -> String {
    let i18n = use_i18n();
    match summarise(field, value) {
        Summary::NotGiven => t_string!(i18n, wizard.not_given).to_owned(),
        Summary::Text(t) => t,
        Summary::Date(d) => migrationto_cldr::long_date(lang, d),
        Summary::Choice(o) => text::option(i18n, w.service, field, o),
        Summary::Country(code) if code == "stateless" => {
            t_string!(i18n, registration_calc.citizenship_stateless).to_owned()
        }
        Summary::Country(code) => {
            countries.iter().find(|(c, _)| c.eq_ignore_ascii_case(&code)).map(|(_, n)| n.clone()).unwrap_or(code)
        }
        Summary::District(d) => d.name(lang).to_owned(),
        Summary::Days(n) => t_string!(i18n, wizard.days_value, n = n).to_string(),
        // A draft reopened on another device has the file but not its name.
        Summary::File => {
            w.files.with(|f| f.get(field.path).map(|n| n.name.clone())).unwrap_or_else(|| value.to_owned())
        }
        Summary::Confirmed => t_string!(i18n, wizard.confirmed).to_owned(),
    }
}

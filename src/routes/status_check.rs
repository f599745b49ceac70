//! `/:lang/e-services/track-applications`, `.../registration-status` and `.../travel-ban`:
//! a person's passport number, date of birth and citizenship, checked in the browser with the
//! core's validators, then looked up by the e-service API. Nothing typed is kept in the
//! address or in storage.

use crate::api::{self, ApiError};
use crate::browser::{focus_after_render, today_in_baku};
use crate::components::country_select::CountrySelect;
use crate::components::date_fields::{DateFields, DateText};
use crate::components::error_message::ErrorMessage;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::{breadcrumbs::Crumb, page::Page};
use crate::lang::use_page_lang;
use crate::locale::{I18n, t, t_string, use_i18n};
use crate::text::date_problem;
use crate::text::run_time;
use leptos::prelude::*;
use migrationto_core::api::{ApplicationStatus, PersonLookup, RegistrationStatusReply, TrackReply, TravelBanReply};
use migrationto_core::calendar::BakuDate;
use migrationto_core::page::Page as PortalPage;
use migrationto_core::{Section, validate};

/// Which check the page makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    Track,
    Registration,
    TravelBan,
}

impl Check {
    pub const ALL: [Check; 3] = [Check::Track, Check::Registration, Check::TravelBan];

    /// Its page in the registry.
    pub fn page(self) -> PortalPage {
        match self {
            Check::Track => PortalPage::TrackApplications,
            Check::Registration => PortalPage::RegistrationStatus,
            Check::TravelBan => PortalPage::TravelBan,
        }
    }

    pub fn title(self, i18n: I18n) -> &'static str {
        match self {
            Check::Track => t_string!(i18n, status_check.track_title),
            Check::Registration => t_string!(i18n, status_check.registration_title),
            Check::TravelBan => t_string!(i18n, status_check.ban_title),
        }
    }
}

#[component]
pub fn TrackApplications() -> impl IntoView {
    view! { <StatusCheck check=Check::Track /> }
}

#[component]
pub fn RegistrationStatus() -> impl IntoView {
    view! { <StatusCheck check=Check::Registration /> }
}

#[component]
pub fn TravelBan() -> impl IntoView {
    view! { <StatusCheck check=Check::TravelBan /> }
}

/// What the lookup returned.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Track(TrackReply),
    Registration(RegistrationStatusReply),
    TravelBan(TravelBanReply),
    Failed(ApiError),
}

/// The fields' ids: the error summary links to them.
const PASSPORT: &str = "passport-number";
const DOB: &str = "dob";
const DOB_FIRST: &str = "dob-day";
const CITIZENSHIP: &str = "citizenship";

#[component]
fn StatusCheck(check: Check) -> impl IntoView {
    let i18n = use_i18n();
    let passport = RwSignal::new(String::new());
    let dob = RwSignal::new(DateText::default());
    let dob_touched = RwSignal::new(false);
    let citizenship = RwSignal::new(String::new());
    let attempt = RwSignal::new(0u32);
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Outcome>);
    // Problems the service found, shown until the answers change.
    let server_problems = RwSignal::new(Vec::<Problem>::new());
    Effect::watch(
        move || (passport.get(), dob.get(), citizenship.get()),
        move |_, _, _| server_problems.set(Vec::new()),
        false,
    );

    let checked =
        Memo::new(move |_| check_answers(i18n, &passport.get(), &dob.get(), &citizenship.get(), today_in_baku()));
    // Messages appear once the form has been sent, never while typing.
    let problems = Signal::derive(move || {
        if attempt.get() == 0 {
            return Vec::new();
        }
        let mut list = checked.with(|c| c.as_ref().err().cloned().unwrap_or_default());
        list.extend(server_problems.get());
        list
    });
    let at = move |id: &'static str| {
        Signal::derive(move || problems.with(|p| p.iter().find(|(f, _)| *f == id).map(|(_, m)| m.clone())))
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempt.update(|n| *n += 1);
        let Ok(person) = checked.get_untracked() else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let result = match check {
                Check::Track => api::track_applications(&person).await.map(Outcome::Track),
                Check::Registration => api::registration_status(&person).await.map(Outcome::Registration),
                Check::TravelBan => api::travel_ban(&person).await.map(Outcome::TravelBan),
            };
            let result = result.unwrap_or_else(|err| {
                server_problems
                    .set(err.field_errors().iter().filter_map(|e| server_problem(i18n, &e.path, &e.rule)).collect());
                Outcome::Failed(err)
            });
            let failed_on_fields = matches!(&result, Outcome::Failed(ApiError::Validation(_)));
            outcome.set(Some(result));
            busy.set(false);
            if failed_on_fields {
                attempt.update(|n| *n += 1);
            } else {
                focus_after_render("results-heading".into());
            }
        });
    };

    let submit_label = move || match check {
        Check::Track => t_string!(i18n, status_check.submit_track),
        Check::Registration => t_string!(i18n, status_check.submit_registration),
        Check::TravelBan => t_string!(i18n, status_check.submit_ban),
    };
    let intro = move || match check {
        Check::Track => t_string!(i18n, status_check.track_intro),
        Check::Registration => t_string!(i18n, status_check.registration_intro),
        Check::TravelBan => t_string!(i18n, status_check.ban_intro),
    };
    view! {
        <Page title=Signal::derive(move || check.title(i18n).to_string())
            trail=vec![Crumb::Home, Crumb::Section(Section::EServices)]>
            <p class="lead">{intro}</p>
            <ErrorSummary problems attempt />
            <form class="form" novalidate on:submit=submit>
                <div class="form-group" class:form-group-error=move || at(PASSPORT).with(Option::is_some)>
                    <label class="label" for=PASSPORT>{t!(i18n, status_check.passport_label)}</label>
                    <p id="passport-number-hint" class="hint">{t!(i18n, status_check.passport_hint)}</p>
                    <ErrorMessage id="passport-number-error".into() message=at(PASSPORT) />
                    <input id=PASSPORT name=PASSPORT class="input width-10" type="text" autocomplete="off"
                        spellcheck="false" autocapitalize="characters"
                        aria-describedby=move || if at(PASSPORT).with(Option::is_some) { "passport-number-hint passport-number-error" } else { "passport-number-hint" }
                        aria-invalid=move || at(PASSPORT).with(Option::is_some).then_some("true")
                        prop:value=move || passport.get()
                        on:input=move |ev| passport.set(event_target_value(&ev)) />
                </div>
                <DateFields id=DOB legend=Signal::derive(move || t_string!(i18n, status_check.dob_legend).to_string())
                    value=dob error=at(DOB_FIRST) touched=dob_touched
                    hint=Signal::derive(move || t_string!(i18n, status_check.dob_hint).to_string()) />
                <CountrySelect id=CITIZENSHIP value=citizenship error=at(CITIZENSHIP) />
                <p class="hint">{t!(i18n, status_check.privacy)}</p>
                // Written by the build, the button waits for the app: pressing Enter before it runs
                // would send the passport number and date of birth in the address (a form's
                // default GET).
                <button type="submit" class="button" disabled=cfg!(not(target_arch = "wasm32"))
                    aria-disabled=move || busy.get().then_some("true")>
                    {move || if busy.get() { t_string!(i18n, status_check.checking) } else { submit_label() }}
                </button>
            </form>
            <div role="status" class="visually-hidden">{move || busy.get().then(|| t_string!(i18n, status_check.checking))}</div>
            {move || outcome.get().map(|o| view! { <Results outcome=o /> })}
        </Page>
    }
}

/// The answers as a lookup, or the problems with them in the order of the fields.
fn check_answers(
    i18n: I18n,
    passport: &str,
    dob: &DateText,
    citizenship: &str,
    today: BakuDate,
) -> Result<PersonLookup, Vec<Problem>> {
    let mut problems = Vec::new();
    let number = match validate::document_number(passport) {
        Ok(n) => Some(n),
        Err(rule) => {
            problems.push((PASSPORT.to_owned(), rule_message(i18n, PASSPORT, rule)));
            None
        }
    };
    let birth = match BakuDate::from_fields(&dob.day, &dob.month, &dob.year) {
        Ok(d) if d < today => Some(d),
        Ok(_) => {
            problems.push((DOB_FIRST.to_owned(), t_string!(i18n, status_check.err_dob_past).to_owned()));
            None
        }
        Err(e) => {
            problems.push((DOB_FIRST.to_owned(), date_problem(i18n, e, t_string!(i18n, status_check.err_dob_empty))));
            None
        }
    };
    let country = match validate::citizenship(citizenship) {
        Ok(c) => Some(c),
        Err(_) => {
            problems.push((CITIZENSHIP.to_owned(), t_string!(i18n, status_check.err_citizenship_empty).to_owned()));
            None
        }
    };
    match (number, birth, country) {
        (Some(n), Some(d), Some(c)) => {
            Ok(PersonLookup { passport_number: n, date_of_birth: d.to_string(), citizenship: c.to_string() })
        }
        _ => Err(problems),
    }
}

/// The message for a rule the browser or the service found, at one of the fields.
fn rule_message(i18n: I18n, field: &str, rule: &str) -> String {
    let text = match (field, rule) {
        (PASSPORT, "required") => t_string!(i18n, status_check.err_passport_empty),
        (PASSPORT, _) => t_string!(i18n, status_check.err_passport_format),
        (DOB_FIRST, "date_of_birth.not_past") => t_string!(i18n, status_check.err_dob_past),
        (DOB_FIRST, "required") => t_string!(i18n, status_check.err_dob_empty),
        (DOB_FIRST, _) => t_string!(i18n, calc_common.err_date_real),
        _ => t_string!(i18n, status_check.err_citizenship_empty),
    };
    text.to_owned()
}

/// A field error from the service, placed at its field.
fn server_problem(i18n: I18n, path: &str, rule: &str) -> Option<Problem> {
    let field = match path {
        "passport_number" => PASSPORT,
        "date_of_birth" => DOB_FIRST,
        "citizenship" => CITIZENSHIP,
        _ => return None,
    };
    Some((field.to_owned(), rule_message(i18n, field, rule)))
}

#[component]
fn Results(outcome: Outcome) -> AnyView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let date = move |iso: &str| {
        BakuDate::parse_iso(iso)
            .map(|d| migrationto_cldr::long_date(lang.get_untracked(), d))
            .unwrap_or_else(|_| iso.to_owned())
    };
    // A moment (RFC 3339, UTC) as the date it was in Baku.
    let day_of = move |instant: &str| {
        let ms = js_sys::Date::parse(instant);
        if ms.is_nan() {
            instant.to_owned()
        } else {
            migrationto_cldr::long_date(lang.get_untracked(), BakuDate::today_at(ms as i64))
        }
    };
    let body = match outcome {
        Outcome::Failed(err) => {
            return view! {
                <div class="load-failed" role="alert"><p>{api::message(i18n, &err)}</p></div>
            }
            .into_any();
        }
        Outcome::Track(reply) if reply.applications.is_empty() => {
            view! { <p>{t!(i18n, status_check.track_none)}</p> }.into_any()
        }
        Outcome::Track(reply) => {
            let items = reply
                .applications
                .into_iter()
                .map(|a| {
                    let history = a
                        .history
                        .iter()
                        .map(|c| view! { <li>{status_name(i18n, c.status)}": "{day_of(&c.at)}</li> })
                        .collect_view();
                    let how = a.payment.as_ref().filter(|p| p.paid_at.is_none()).map(|_| {
                        view! { <p class="payment-how">{t!(i18n, wizard.payment_how)}</p> }
                    });
                    view! {
                        <li class="application">
                            <dl class="summary">
                                <div><dt>{t!(i18n, status_check.track_reference)}</dt><dd class="reference">{a.reference}</dd></div>
                                <div><dt>{t!(i18n, status_check.track_service)}</dt><dd>{service_name(i18n, &a.service)}</dd></div>
                                <div><dt>{t!(i18n, status_check.track_status)}</dt><dd class="status">{status_name(i18n, a.status)}</dd></div>
                                {a.payment.map(|p| {
                                    let amount = p.amount_azn.map(|azn| view! { <br />{t_string!(i18n, wizard.payment_amount, azn = azn).to_string()} });
                                    let state = match &p.paid_at {
                                        Some(at) => format!("{}: {}", t_string!(i18n, status_check.payment_paid), day_of(at)),
                                        None => format!("{}. {}", t_string!(i18n, status_check.payment_unpaid), t_string!(i18n, status_check.payment_reference, reference = p.reference.clone())),
                                    };
                                    view! { <div><dt>{t!(i18n, status_check.payment_label)}</dt><dd class="payment">{state}{amount}</dd></div> }
                                })}
                            </dl>
                            {how}
                            <h3>{t!(i18n, status_check.track_history)}</h3>
                            <ol class="history">{history}</ol>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="applications">{items}</ul> }.into_any()
        }
        Outcome::Registration(reply) if reply.registrations.is_empty() => {
            view! { <p>{t!(i18n, status_check.registration_none)}</p> }.into_any()
        }
        Outcome::Registration(reply) => {
            let today = today_in_baku();
            let items = reply
                .registrations
                .into_iter()
                .map(|r| {
                    let active = BakuDate::parse_iso(&r.valid_until).is_ok_and(|until| until >= today);
                    let period = t_string!(i18n, status_check.registration_period_value, from = date(&r.valid_from), until = date(&r.valid_until));
                    view! {
                        <li class="registration">
                            <dl class="summary">
                                <div><dt>{t!(i18n, status_check.registration_district)}</dt><dd>{r.district}</dd></div>
                                <div><dt>{t!(i18n, status_check.registration_period)}</dt><dd>{period.to_string()}</dd></div>
                                <div><dt>{t!(i18n, status_check.track_status)}</dt><dd>{if active {
                                    t_string!(i18n, status_check.registration_active)
                                } else {
                                    t_string!(i18n, status_check.registration_ended)
                                }}</dd></div>
                            </dl>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="applications">{items}</ul> }.into_any()
        }
        Outcome::TravelBan(reply) => view! {
            <p class="ban-answer">{if reply.ban_recorded {
                t_string!(i18n, status_check.ban_recorded)
            } else {
                t_string!(i18n, status_check.ban_none)
            }}</p>
            <p class="hint">{t!(i18n, status_check.ban_note)}</p>
        }
        .into_any(),
    };
    view! {
        <section class="result" aria-labelledby="results-heading">
            <h2 id="results-heading" tabindex="-1">{t!(i18n, status_check.results_heading)}</h2>
            {body}
        </section>
    }
    .into_any()
}

/// The status's name (`ApplicationStatus::text_key`), read as the widget reads it.
fn status_name(i18n: I18n, status: ApplicationStatus) -> &'static str {
    run_time(i18n, &status.text_key()).unwrap_or_default()
}

/// The service's name in the list (`Service::name_key`), read as the widget reads it.
fn service_name(i18n: I18n, id: &str) -> String {
    migrationto_core::eservice::Service::from_id(id)
        .and_then(|service| run_time(i18n, &service.name_key()))
        .map_or_else(|| id.to_owned(), str::to_owned)
}

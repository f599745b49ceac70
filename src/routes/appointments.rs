//! `/:lang/e-services/appointments`: the online queue. Choose a service centre, a working day
//! and a free time (asked of the e-service), give a name and a phone or e-mail, and get a
//! booking code; cancel by code. A slot is never booked twice: when someone else takes it
//! first, the user is told at the time field and the free times are asked again.

use crate::api::{self, ApiError};
use crate::browser::{focus_after_render, today_in_baku};
use crate::components::error_message::ErrorMessage;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::text_input::TextInput;
use crate::components::{breadcrumbs::Crumb, page::Page};
use crate::lang::use_page_lang;
use crate::locale::{I18n, t, t_string, use_i18n};
use crate::session;
use leptos::prelude::*;
use migrationto_core::api::{Appointment, BookAppointment, Code, CodeKind, ServiceCentre};
use migrationto_core::calendar::{BakuDate, WorkingCalendar};
use migrationto_core::{Section, centres, validate};

const CENTRE: &str = "centre";
const DAY: &str = "day";
const TIME: &str = "time";
const NAME: &str = "name";
const PHONE: &str = "phone";
const EMAIL: &str = "email";

#[component]
pub fn Appointments() -> impl IntoView {
    let i18n = use_i18n();
    // The booking made in this tab, kept over a reload or a change of language (a page load).
    let booked = RwSignal::new(kept_booking());
    view! {
        <Page title=Signal::derive(move || t_string!(i18n, appointments.title).to_string())
            trail=vec![Crumb::Home, Crumb::Section(Section::EServices)]>
            <Booking booked />
            <Cancel booked />
        </Page>
    }
}

#[component]
fn Booking(booked: RwSignal<Option<Appointment>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let centres_list = LocalResource::new(api::service_centres);
    let centre = RwSignal::new(String::new());
    let day = RwSignal::new(String::new());
    let time = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let attempt = RwSignal::new(0u32);
    let busy = RwSignal::new(false);
    let taken = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    // Asked again after a slot was taken by someone else.
    let refresh = RwSignal::new(0u32);
    let slots = LocalResource::new(move || {
        let (c, d) = (centre.get(), day.get());
        refresh.track();
        async move {
            if c.is_empty() || d.is_empty() {
                return None;
            }
            Some(api::day_slots(&c, &d).await)
        }
    });
    // A time belongs to a centre and a day.
    Effect::watch(move || (centre.get(), day.get()), move |_, _, _| time.set(String::new()), false);
    Effect::watch(move || time.get(), move |_, _, _| taken.set(false), false);

    let days = StoredValue::new(next_days());
    let provisional = days.with_value(|ds| WorkingCalendar::published().provisional_in(ds.iter().copied()));
    let day_hint = move || {
        let hint = t_string!(i18n, appointments.day_hint).to_string();
        match provisional {
            Some(years) => format!("{hint} {}", t_string!(i18n, appointments.provisional_days, years = years.label())),
            None => hint,
        }
    };
    let checked = Memo::new(move |_| {
        let answers = Answers {
            centre: centre.get(),
            day: day.get(),
            time: time.get(),
            name: name.get(),
            phone: phone.get(),
            email: email.get(),
        };
        problems_with(i18n, &answers, taken.get())
    });
    let problems = Signal::derive(move || if attempt.get() == 0 { Vec::new() } else { checked.get() });
    let at = move |id: String| {
        Signal::derive(move || problems.with(|p| p.iter().find(|(f, _)| *f == id).map(|(_, m)| m.clone())))
    };
    let key = StoredValue::new(api::new_idempotency_key());

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempt.update(|n| *n += 1);
        if !checked.with_untracked(Vec::is_empty) || busy.get_untracked() {
            return;
        }
        let booking = BookAppointment {
            centre: centre.get_untracked(),
            date: day.get_untracked(),
            time: time.get_untracked(),
            name: name.get_untracked().trim().to_owned(),
            phone: phone.get_untracked().trim().to_owned(),
            email: email.get_untracked().trim().to_owned(),
        };
        busy.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            let result = api::book_appointment(&booking, &key.get_value()).await;
            busy.set(false);
            match result {
                Ok(a) => {
                    keep_booking(Some(&a));
                    booked.set(Some(a));
                    focus_after_render("booked-heading".into());
                }
                Err(ApiError::SlotTaken) => {
                    // Another booking is another request: a new key for it.
                    key.set_value(api::new_idempotency_key());
                    refresh.update(|n| *n += 1);
                    taken.set(true);
                    attempt.update(|n| *n += 1);
                }
                Err(e) => {
                    failure.set(Some(e));
                    focus_after_render("booking-failed".into());
                }
            }
        });
    };

    let centre_name = move |id: &str| {
        centres_list
            .get()
            .and_then(|r| r.ok())
            .and_then(|list| list.into_iter().find(|c| c.id == id))
            .and_then(|c| c.name.get(lang.get().code()).cloned())
            .unwrap_or_else(|| id.to_owned())
    };
    let centre_options = move || {
        let list: Vec<ServiceCentre> = centres_list.get().and_then(|r| r.ok()).unwrap_or_default();
        list.into_iter()
            .map(|c| {
                let label = c.name.get(lang.get_untracked().code()).cloned().unwrap_or_else(|| c.id.clone());
                (c.id, label)
            })
            .collect::<Vec<_>>()
    };
    let time_options = move || -> Option<Result<Vec<String>, ApiError>> {
        slots.get().flatten().map(|r| r.map(|s| s.slots.into_iter().filter(|x| x.free).map(|x| x.time).collect()))
    };

    view! {
        {move || match booked.get() {
            Some(a) => view! { <Booked centre=centre_name(&a.centre) appointment=a booked /> }.into_any(),
            None => view! {
                <p class="lead">{t!(i18n, appointments.intro)}</p>
                <ErrorSummary problems attempt />
                {move || failure.get().map(|err| view! {
                    <div id="booking-failed" class="load-failed" role="alert" tabindex="-1"><p>{api::message(i18n, &err)}</p></div>
                })}
                // The form comes whole once the list of centres has, in the place of a loading
                // line a screen high: nothing moves when it does (the form is higher still).
                <form class="form" novalidate on:submit=submit>
                    {move || match centres_list.get() {
                        None => view! { <p class="loading-inline form-loading">{t!(i18n, appointments.times_loading)}</p> }.into_any(),
                        Some(Err(err)) => view! { <p class="load-failed" role="alert">{api::message(i18n, &err)}</p> }.into_any(),
                        Some(Ok(_)) => view! {
                            <Choice name=CENTRE legend=Signal::derive(move || t_string!(i18n, appointments.centre_legend).to_string())
                                options=Signal::derive(centre_options) value=centre error=at(format!("{CENTRE}-first")) />
                            <Choice name=DAY legend=Signal::derive(move || t_string!(i18n, appointments.day_legend).to_string())
                                hint=Signal::derive(day_hint)
                                options=Signal::derive(move || days.with_value(|ds| ds.iter().map(|d| (d.to_string(), migrationto_cldr::long_date(lang.get(), *d))).collect()))
                                value=day error=at(format!("{DAY}-first")) />
                            {move || match time_options() {
                                None if centre.with(String::is_empty) || day.with(String::is_empty) => view! {
                                    <p class="hint">{t!(i18n, appointments.times_choose_first)}</p>
                                }.into_any(),
                                None => view! { <p role="status">{t!(i18n, appointments.times_loading)}</p> }.into_any(),
                                Some(Err(err)) => view! { <p class="load-failed" role="alert">{api::message(i18n, &err)}</p> }.into_any(),
                                Some(Ok(free)) if free.is_empty() => view! { <p role="status">{t!(i18n, appointments.times_none)}</p> }.into_any(),
                                Some(Ok(free)) => view! {
                                    <Choice name=TIME legend=Signal::derive(move || t_string!(i18n, appointments.time_legend).to_string())
                                        options=Signal::derive(move || free.iter().map(|t| (t.clone(), t.clone())).collect())
                                        value=time error=at(format!("{TIME}-first")) />
                                }.into_any(),
                            }}
                            <TextInput id=NAME label=Signal::derive(move || t_string!(i18n, appointments.name_label).to_string())
                                hint=Signal::derive(move || t_string!(i18n, appointments.name_hint).to_string())
                                value=name error=at(NAME.into()) autocomplete="name" input_type="text" width="width-20" />
                            <TextInput id=PHONE label=Signal::derive(move || t_string!(i18n, appointments.phone_label).to_string())
                                hint=Signal::derive(move || t_string!(i18n, appointments.phone_hint).to_string())
                                value=phone error=at(PHONE.into()) autocomplete="tel" input_type="tel" width="width-20" />
                            <TextInput id=EMAIL label=Signal::derive(move || t_string!(i18n, appointments.email_label).to_string())
                                hint=Signal::derive(String::new)
                                value=email error=at(EMAIL.into()) autocomplete="email" input_type="email" width="width-20" />
                            <button type="submit" class="button" aria-disabled=move || busy.get().then_some("true")>
                                {move || if busy.get() { t_string!(i18n, appointments.booking) } else { t_string!(i18n, appointments.book) }}
                            </button>
                            <div role="status" class="visually-hidden">{move || busy.get().then(|| t_string!(i18n, appointments.booking))}</div>
                        }.into_any(),
                    }}
                </form>
            }.into_any(),
        }}
    }
}

/// The next bookable working days (never a day that may still become a holiday).
fn next_days() -> Vec<BakuDate> {
    centres::next_bookable_days(WorkingCalendar::published(), today_in_baku(), 10)
}

/// Radios whose options are data (centres, days, times); the first radio's id is
/// `<name>-first`, so the error summary can link to the question.
/// The booking's answers as typed.
struct Answers {
    centre: String,
    day: String,
    time: String,
    name: String,
    phone: String,
    email: String,
}

/// What must be fixed before booking, each at its field; `taken` when someone else booked the
/// chosen time first.
fn problems_with(i18n: I18n, a: &Answers, taken: bool) -> Vec<Problem> {
    let mut problems: Vec<Problem> = Vec::new();
    let mut add = |id: &str, text: &str| problems.push((id.to_owned(), text.to_owned()));
    if a.centre.is_empty() {
        add(&format!("{CENTRE}-first"), t_string!(i18n, appointments.err_centre));
    }
    if a.day.is_empty() {
        add(&format!("{DAY}-first"), t_string!(i18n, appointments.err_day));
    }
    if taken {
        add(&format!("{TIME}-first"), t_string!(i18n, appointments.slot_taken));
    } else if a.time.is_empty() && !a.centre.is_empty() && !a.day.is_empty() {
        add(&format!("{TIME}-first"), t_string!(i18n, appointments.err_time));
    }
    match validate::text(&a.name, 100) {
        Err("required") => add(NAME, t_string!(i18n, appointments.err_name)),
        Err(_) => add(NAME, t_string!(i18n, appointments.err_name_long)),
        Ok(_) => {}
    }
    let (p, e) = (a.phone.trim(), a.email.trim());
    if p.is_empty() && e.is_empty() {
        add(PHONE, t_string!(i18n, appointments.err_contact));
    }
    if !p.is_empty() && validate::phone(&a.phone).is_err() {
        add(PHONE, t_string!(i18n, appointments.err_phone));
    }
    if !e.is_empty() && validate::email(&a.email).is_err() {
        add(EMAIL, t_string!(i18n, appointments.err_email));
    }
    problems
}

/// The booking made: its code, where and when, and a print button.
#[component]
fn Booked(appointment: Appointment, centre: String, booked: RwSignal<Option<Appointment>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let a = appointment;
    let when = BakuDate::parse_iso(&a.date)
        .map(|d| migrationto_cldr::long_date(lang.get_untracked(), d))
        .unwrap_or(a.date.clone());
    view! {
        <div class="panel-confirmation">
            <h2 id="booked-heading" tabindex="-1">{t!(i18n, appointments.booked_title)}</h2>
            <p class="panel-body">{t!(i18n, appointments.booked_code)}<br /><strong class="reference booking-code">{a.code.clone()}</strong></p>
        </div>
        <p class="key-date">{centre}": "{t_string!(i18n, appointments.booked_when, date = when, time = a.time.clone()).to_string()}</p>
        <p>{t!(i18n, appointments.booked_note)}</p>
        <p><button type="button" class="button button-secondary" on:click=|_| { let _ = window().print(); }>{t!(i18n, appointments.print)}</button></p>
        <p><button type="button" class="button button-secondary" on:click=move |_| {
            keep_booking(None);
            booked.set(None);
        }>{t!(i18n, appointments.book_another)}</button></p>
    }
}

#[component]
fn Choice(
    name: &'static str,
    legend: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    options: Signal<Vec<(String, String)>>,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{name}-error");
    let hint_id = format!("{name}-hint");
    let described = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let items = move || {
        options
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, (option, label))| {
                let id = if i == 0 { format!("{name}-first") } else { format!("{name}-{}", option.replace(':', "")) };
                let (o1, o2) = (option.clone(), option.clone());
                view! {
                    <div class="radio">
                        <input id=id.clone() type="radio" name=name value=option
                            prop:checked=move || value.with(|v| *v == o1)
                            on:change=move |_| value.set(o2.clone()) />
                        <label for=id>{label}</label>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="form-group" class:form-group-error=move || error.with(Option::is_some)>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="legend">{move || legend.get()}</legend>
                {hint.map(|h| view! { <p id=hint_id class="hint">{move || h.get()}</p> })}
                <ErrorMessage id=error_id message=error />
                <div class="radios">{items}</div>
            </fieldset>
        </div>
    }
}

/// Cancelling a booking by its code.
#[component]
fn Cancel(booked: RwSignal<Option<Appointment>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let code = RwSignal::new(String::new());
    let attempt = RwSignal::new(0u32);
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<Appointment, String>>);
    let checked = Memo::new(move |_| {
        let c = code.get();
        if c.trim().is_empty() {
            Err(t_string!(i18n, appointments.err_code_empty).to_owned())
        } else {
            Code::parse(CodeKind::Appointment, &c).map_err(|_| t_string!(i18n, appointments.err_code_format).to_owned())
        }
    });
    let error = Signal::derive(move || if attempt.get() == 0 { None } else { checked.get().err() });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempt.update(|n| *n += 1);
        let Ok(parsed) = checked.get_untracked() else {
            focus_after_render("cancel-code".into());
            return;
        };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = api::cancel_appointment(&parsed.to_string(), &api::new_idempotency_key()).await;
            busy.set(false);
            // The booking shown above, cancelled: the form to book again takes its place.
            if let Ok(cancelled) = &result
                && booked.with_untracked(|b| b.as_ref().is_some_and(|b| b.code == cancelled.code))
            {
                keep_booking(None);
                booked.set(None);
            }
            outcome.set(Some(result.map_err(|e| match e {
                ApiError::NotFound => t_string!(i18n, appointments.cancel_not_found).to_owned(),
                e => api::message(i18n, &e),
            })));
            focus_after_render("cancel-outcome".into());
        });
    };
    view! {
        <section class="cancel" aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">{t!(i18n, appointments.cancel_heading)}</h2>
            <p>{t!(i18n, appointments.cancel_intro)}</p>
            <form class="form" novalidate on:submit=submit>
                <div class="form-group" class:form-group-error=move || error.with(Option::is_some)>
                    <label class="label" for="cancel-code">{t!(i18n, appointments.cancel_code_label)}</label>
                    <p id="cancel-code-hint" class="hint">{t!(i18n, appointments.cancel_code_hint)}</p>
                    <ErrorMessage id="cancel-code-error".into() message=error />
                    <input id="cancel-code" name="cancel-code" class="input width-10" type="text" autocomplete="off" spellcheck="false"
                        autocapitalize="characters"
                        aria-describedby=move || if error.with(Option::is_some) { "cancel-code-hint cancel-code-error" } else { "cancel-code-hint" }
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev)) />
                </div>
                <button type="submit" class="button button-secondary" aria-disabled=move || busy.get().then_some("true")>
                    {move || if busy.get() { t_string!(i18n, appointments.cancelling) } else { t_string!(i18n, appointments.cancel_button) }}
                </button>
            </form>
            {move || outcome.get().map(|o| match o {
                Ok(a) => {
                    let when = BakuDate::parse_iso(&a.date).map(|d| migrationto_cldr::long_date(lang.get(), d)).unwrap_or(a.date.clone());
                    view! { <p id="cancel-outcome" class="cancelled" role="status" tabindex="-1">
                        {t_string!(i18n, appointments.cancelled, date = when, time = a.time.clone()).to_string()}</p> }.into_any()
                }
                Err(m) => view! { <p id="cancel-outcome" class="load-failed" role="alert" tabindex="-1">{m}</p> }.into_any(),
            })}
        </section>
    }
}

/// Where the booking made in this tab is kept: the tab's session storage, like a wizard's
/// receipt (gone when the tab is closed).
const BOOKING_KEY: &str = "migrationto.appointment";

fn kept_booking() -> Option<Appointment> {
    session::read(BOOKING_KEY)
}

/// Keeps `booking`, or forgets the one kept.
fn keep_booking(booking: Option<&Appointment>) {
    match booking {
        Some(b) => session::write(BOOKING_KEY, b),
        None => session::forget(BOOKING_KEY),
    }
}

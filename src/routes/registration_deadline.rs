//! `/:lang/calculators/registration-deadline`: whether and by when a foreigner must be
//! registered at the place of stay. Answers live in the query string, so a result can be
//! bookmarked or shared; the result updates as the visitor types.

use crate::browser::{mirror_in_query, page_query, today_in_baku};
use crate::components::basis_list::BasisList;
use crate::components::calculator::{Calculator, Outcome};
use crate::components::country_select::CountrySelect;
use crate::components::date_fields::{DateFields, DateText};
use crate::components::error_message::ErrorMessage;
use crate::components::provisional_calendar::ProvisionalCalendar;
use crate::components::radios::Radios;
use crate::components::result_actions::CalendarDate;
use crate::lang::use_page_lang;
use crate::locale::{I18n, t, t_string, use_i18n};
use crate::text::date_problem;
use leptos::prelude::*;
use migrationto_cldr::long_date;
use migrationto_core::answers_query::DeadlineQuery;
use migrationto_core::calendar::{BakuDate, DateError, WorkingCalendar};
use migrationto_core::citizenship::Citizenship;
use migrationto_core::registration::{
    Accommodation, AddressMove, EntryBasis, Filer, PlannedStay, RegistrationError, RegistrationInput,
    RegistrationResult, registration,
};

/// The answers as typed; the query string mirrors them.
#[derive(Clone, Debug, Default, PartialEq)]
struct Answers {
    citizenship: String,
    arrival: DateText,
    departure: DateText,
    accommodation: String,
    entry: String,
    visa_days: String,
    /// "yes" when the visitor moved to a new address during the stay.
    moved: String,
    moved_on: DateText,
    /// "same" or "other" owner of the new address.
    owner: String,
}

/// Why there is no result yet, field by field.
#[derive(Clone, Debug, Default, PartialEq)]
struct Problems {
    arrival: Option<String>,
    departure: Option<String>,
    visa_days: Option<String>,
    moved_on: Option<String>,
}

impl Problems {
    fn any(&self) -> bool {
        self.arrival.is_some() || self.departure.is_some() || self.visa_days.is_some() || self.moved_on.is_some()
    }
}

/// Checks the answers; a field's problem is reported only once it was filled in and left
/// (or came from a shared link), so messages never interrupt typing.
fn check(i18n: I18n, a: &Answers, shown: &Shown, today: BakuDate) -> (Problems, Outcome<RegistrationResult>) {
    let mut p = Problems::default();
    let mut complete = true;
    let citizenship = Citizenship::parse(&a.citizenship);
    if citizenship.is_none() {
        complete = false;
    }
    let date = |text: &DateText, empty: &'static str, touched: bool, out: &mut Option<String>, complete: &mut bool| {
        let parsed = BakuDate::from_fields(&text.day, &text.month, &text.year);
        match parsed {
            Ok(d) => Some(d),
            Err(DateError::Empty) => {
                *complete = false;
                None
            }
            Err(e) => {
                *complete = false;
                if touched {
                    *out = Some(date_problem(i18n, e, empty));
                }
                None
            }
        }
    };
    let arrival = date(
        &a.arrival,
        t_string!(i18n, registration_calc.err_arrival_empty),
        shown.arrival,
        &mut p.arrival,
        &mut complete,
    );
    let departure = date(
        &a.departure,
        t_string!(i18n, registration_calc.err_departure_empty),
        shown.departure,
        &mut p.departure,
        &mut complete,
    );
    // The move is optional: only a "yes" asks for its date and owner.
    let moved = if a.moved == "yes" {
        let arrived = date(
            &a.moved_on,
            t_string!(i18n, registration_calc.err_moved_on_empty),
            shown.moved_on,
            &mut p.moved_on,
            &mut complete,
        );
        let same_owner = match a.owner.as_str() {
            "same" => Some(true),
            "other" => Some(false),
            _ => None,
        };
        match (arrived, same_owner) {
            (Some(arrived), Some(same_owner)) => Some(AddressMove { arrived, same_owner }),
            _ => {
                complete = false;
                None
            }
        }
    } else {
        None
    };
    let entry = EntryBasis::from_answers(&a.entry, &a.visa_days).unwrap_or_else(|_| {
        p.visa_days = Some(visa_days_problem(i18n, &a.entry));
        None
    });
    let accommodation = Accommodation::from_answer(&a.accommodation);
    let (Some(citizenship), Some(arrival), Some(departure), Some(entry), Some(accommodation), true) =
        (citizenship, arrival, departure, entry, accommodation, complete)
    else {
        return (p.clone(), if p.any() { Outcome::Fix } else { Outcome::Waiting });
    };
    let input =
        RegistrationInput { citizenship, arrival, stay: PlannedStay::Until(departure), accommodation, entry, moved };
    match registration(&input, today, WorkingCalendar::published()) {
        Ok(result) => (p, Outcome::Result(result)),
        Err(e) => {
            match e {
                RegistrationError::DepartureBeforeArrival => {
                    p.departure = Some(t_string!(i18n, registration_calc.err_departure_before_arrival).to_owned())
                }
                RegistrationError::StayTooLong => {
                    p.departure = Some(t_string!(i18n, registration_calc.err_stay_too_long).to_owned())
                }
                RegistrationError::VisaStayOutOfRange { .. } => p.visa_days = Some(visa_days_problem(i18n, &a.entry)),
                RegistrationError::MoveBeforeArrival => {
                    p.moved_on = Some(t_string!(i18n, registration_calc.err_moved_before_arrival).to_owned())
                }
                RegistrationError::MoveAfterDeparture => {
                    p.moved_on = Some(t_string!(i18n, registration_calc.err_moved_after_departure).to_owned())
                }
            }
            (p, Outcome::Fix)
        }
    }
}

fn visa_days_problem(i18n: I18n, entry: &str) -> String {
    if entry == "evisa" {
        t_string!(i18n, registration_calc.err_evisa_days).to_owned()
    } else {
        t_string!(i18n, registration_calc.err_visa_days).to_owned()
    }
}

/// Which date fields may show their messages.
#[derive(Clone, Copy, Default)]
struct Shown {
    arrival: bool,
    departure: bool,
    moved_on: bool,
}

#[component]
pub fn RegistrationDeadline() -> impl IntoView {
    let i18n = use_i18n();
    let query = page_query();
    let initial = DeadlineQuery::read(|key| query.get(key).unwrap_or_default().to_owned());
    let citizenship = RwSignal::new(initial.citizenship);
    let arrival = RwSignal::new(DateText::from_query(&initial.arrival));
    let departure = RwSignal::new(DateText::from_query(&initial.departure));
    let accommodation = RwSignal::new(initial.accommodation);
    let entry = RwSignal::new(initial.entry);
    let visa_days = RwSignal::new(initial.visa_days);
    let moved = RwSignal::new(initial.moved);
    let moved_on = RwSignal::new(DateText::from_query(&initial.moved_on));
    let owner = RwSignal::new(initial.owner);
    // Answers from a shared link are checked at once.
    let arrival_touched = RwSignal::new(!arrival.get_untracked().is_empty());
    let departure_touched = RwSignal::new(!departure.get_untracked().is_empty());
    let moved_on_touched = RwSignal::new(!moved_on.get_untracked().is_empty());

    let answers = Memo::new(move |_| Answers {
        citizenship: citizenship.get(),
        arrival: arrival.get(),
        departure: departure.get(),
        accommodation: accommodation.get(),
        entry: entry.get(),
        visa_days: visa_days.get(),
        moved: moved.get(),
        moved_on: moved_on.get(),
        owner: owner.get(),
    });

    mirror_in_query(answers, |a| {
        DeadlineQuery {
            citizenship: a.citizenship.clone(),
            arrival: a.arrival.to_query(),
            departure: a.departure.to_query(),
            accommodation: a.accommodation.clone(),
            entry: a.entry.clone(),
            visa_days: a.visa_days.clone(),
            moved: a.moved.clone(),
            moved_on: a.moved_on.to_query(),
            owner: a.owner.clone(),
        }
        .pairs()
    });

    let checked = Memo::new(move |_| {
        let shown = Shown {
            arrival: arrival_touched.get(),
            departure: departure_touched.get(),
            moved_on: moved_on_touched.get(),
        };
        answers.with(|a| check(i18n, a, &shown, today_in_baku()))
    });
    let problem = move |f: fn(&Problems) -> Option<String>| Signal::derive(move || checked.with(|(p, _)| f(p)));

    let title = Signal::derive(move || t_string!(i18n, registration_calc.title).to_owned());
    let label = move |f: fn(I18n) -> &'static str| Signal::derive(move || f(i18n).to_owned());
    view! {
        <Calculator title intro=label(|i| t_string!(i, registration_calc.intro))
            outcome=Signal::derive(move || checked.with(|(_, o)| o.clone()))
            show=|r: RegistrationResult| view! { <ResultView result=r /> }.into_any()
            dates=move |r: &RegistrationResult| calendar_dates(i18n, r, today_in_baku())
            file_name="registration">
                // An unchosen citizenship only holds the result back; it is never an error.
                <CountrySelect id="citizenship" value=citizenship error=Signal::derive(|| None::<String>) />
                <DateFields id="arrival" legend=label(|i| t_string!(i, registration_calc.arrival_legend))
                    value=arrival error=problem(|p| p.arrival.clone()) touched=arrival_touched />
                <DateFields id="departure" legend=label(|i| t_string!(i, registration_calc.departure_legend))
                    value=departure error=problem(|p| p.departure.clone()) touched=departure_touched />
                <Radios name="stay" legend=label(|i| t_string!(i, registration_calc.accommodation_legend)) value=accommodation
                    options=vec![
                        ("hotel", label(|i| t_string!(i, registration_calc.accommodation_hotel))),
                        ("flat", label(|i| t_string!(i, registration_calc.accommodation_flat))),
                    ] />
                <Radios name="entry" legend=label(|i| t_string!(i, registration_calc.entry_legend)) value=entry
                    options=vec![
                        ("visa-free", label(|i| t_string!(i, registration_calc.entry_visa_free))),
                        ("evisa", label(|i| t_string!(i, registration_calc.entry_evisa))),
                        ("visa", label(|i| t_string!(i, registration_calc.entry_visa))),
                    ] />
                <Show when=move || entry.with(|e| e == "evisa" || e == "visa")>
                    <VisaDays value=visa_days error=problem(|p| p.visa_days.clone()) />
                </Show>
                <Radios name="moved" legend=label(|i| t_string!(i, registration_calc.moved_legend)) value=moved
                    options=vec![
                        ("no", label(|i| t_string!(i, calc_common.no))),
                        ("yes", label(|i| t_string!(i, calc_common.yes))),
                    ] />
                <Show when=move || moved.with(|m| m == "yes")>
                    <DateFields id="moved-on" legend=label(|i| t_string!(i, registration_calc.moved_on_legend))
                        value=moved_on error=problem(|p| p.moved_on.clone()) touched=moved_on_touched />
                    <Radios name="owner" legend=label(|i| t_string!(i, registration_calc.owner_legend)) value=owner
                        options=vec![
                            ("other", label(|i| t_string!(i, registration_calc.owner_another))),
                            ("same", label(|i| t_string!(i, registration_calc.owner_same))),
                        ] />
                </Show>
        </Calculator>
    }
}

/// The result's dates from today on, as calendar events.
fn calendar_dates(i18n: I18n, r: &RegistrationResult, today: BakuDate) -> Vec<CalendarDate> {
    let mut dates = vec![
        (r.needed, r.deadline.last_day.date, t_string!(i18n, registration_calc.event_register)),
        (
            r.moved.is_some_and(|m| m.needed),
            r.moved.map_or(today, |m| m.last_day),
            t_string!(i18n, registration_calc.event_register_move),
        ),
        (true, r.trp_apply_by.date, t_string!(i18n, registration_calc.event_trp)),
        (true, r.extension_apply_by.date, t_string!(i18n, registration_calc.event_extension)),
        (true, r.stay_ends.date, t_string!(i18n, registration_calc.event_stay_ends)),
    ]
    .into_iter()
    .filter(|(wanted, date, _)| *wanted && *date >= today)
    .map(|(_, date, summary)| CalendarDate { date, summary: summary.to_owned() })
    .collect::<Vec<_>>();
    dates.sort_by_key(|d| d.date);
    dates
}

#[component]
fn VisaDays(value: RwSignal<String>, #[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="form-group" class:form-group-error=move || error.with(Option::is_some)>
            <label class="label" for="visa-days">{t!(i18n, registration_calc.visa_days_label)}</label>
            <ErrorMessage id="visa-days-error".to_owned() message=error />
            <input id="visa-days" name="days" class="input width-3" type="text" inputmode="numeric" autocomplete="off"
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || error.with(Option::is_some).then_some("visa-days-error")
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        </div>
    }
}

#[component]
fn ResultView(result: RegistrationResult) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let date = move |d: BakuDate| long_date(lang.get(), d);
    let r = result;
    let bases = r.bases();
    view! {
        <dl class="summary">
            <div><dt>{t!(i18n, registration_calc.needed_label)}</dt>
                <dd><strong>{move || if r.needed { t_string!(i18n, calc_common.yes) } else { t_string!(i18n, calc_common.no) }}</strong>" "
                    {move || if r.needed { t_string!(i18n, registration_calc.needed_yes) } else { t_string!(i18n, registration_calc.needed_no) }}</dd></div>
            <div><dt>{t!(i18n, registration_calc.stay_days_label)}</dt><dd>{r.stay_days}</dd></div>
            <div><dt>{t!(i18n, registration_calc.threshold_label)}</dt><dd>{r.threshold}</dd></div>
            <Show when=move || r.needed>
                <div><dt>{t!(i18n, registration_calc.last_day_label)}</dt><dd class="key-date">{move || date(r.deadline.last_day.date)}</dd>
                    {r.deadline.warn_day_off().then(|| view! { <dd class="day-off">{t!(i18n, registration_calc.last_day_off)}</dd> })}</div>
                <div><dt>{t!(i18n, registration_calc.days_left_label)}</dt>
                    <dd>{move || if r.deadline.days_left < 0 {
                        t_string!(i18n, registration_calc.late).to_owned()
                    } else {
                        r.deadline.days_left.to_string()
                    }}</dd></div>
                <div><dt>{t!(i18n, registration_calc.filer_label)}</dt>
                    <dd>{move || match r.filer {
                        Filer::Hotel => t_string!(i18n, registration_calc.filer_hotel),
                        Filer::Host => t_string!(i18n, registration_calc.filer_host),
                    }}</dd></div>
                <div><dt>{t!(i18n, registration_calc.valid_until_label)}</dt><dd>{move || date(r.valid_until.date)}</dd></div>
            </Show>
            <div><dt>{t!(i18n, registration_calc.stay_ends_label)}</dt><dd>{move || date(r.stay_ends.date)}</dd></div>
            <div><dt>{t!(i18n, registration_calc.extension_by_label)}</dt><dd>{move || date(r.extension_apply_by.date)}</dd></div>
            <div><dt>{t!(i18n, registration_calc.trp_by_label)}</dt><dd>{move || date(r.trp_apply_by.date)}</dd></div>
            {r.moved.map(|m| view! {
                <div><dt>{t!(i18n, registration_calc.moved_by_label)}</dt>
                    <dd class:key-date=m.needed>{move || if m.needed {
                        date(m.last_day)
                    } else {
                        t_string!(i18n, registration_calc.moved_same_owner).to_owned()
                    }}</dd></div>
            })}
        </dl>
        <Show when=move || r.departure_after_stay_ends>
            <p class="warning">{t!(i18n, registration_calc.overstay)}</p>
        </Show>
        <ProvisionalCalendar years=r.provisional />
        <Show when=move || r.late()>
            <h3>{t!(i18n, registration_calc.fine_heading)}</h3>
            <p>{t!(i18n, registration_calc.fine_foreigner, min = r.fine_foreigner.min_azn, max = r.fine_foreigner.max_azn)}</p>
            <p>{t!(i18n, registration_calc.fine_host, min = r.fine_host.min_azn, max = r.fine_host.max_azn)}</p>
        </Show>
        <BasisList bases />
    }
}

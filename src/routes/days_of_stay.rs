//! `/:lang/calculators/days-of-stay`: days of the permitted stay used and left, the last day
//! of the current stay, and the last day of a planned one. Trips live in the query string.

use crate::browser::{focus_after_render, mirror_in_query, page_query, today_in_baku};
use crate::components::basis_list::BasisList;
use crate::components::calculator::{Calculator, Outcome};
use crate::components::date_fields::{DateFields, DateText};
use crate::components::provisional_calendar::ProvisionalCalendar;
use crate::components::radios::Radios;
use crate::components::result_actions::CalendarDate;
use crate::lang::use_page_lang;
use crate::locale::{I18n, t, t_string, use_i18n};
use crate::text::date_problem;
use leptos::prelude::*;
use migrationto_cldr::long_date;
use migrationto_core::answers_query;
use migrationto_core::calendar::{BakuDate, WorkingCalendar};
use migrationto_core::stay::{StayError, StayResult, StayRule, Trip, days_of_stay};

/// The most trips the page asks about; a year of weekly trips would be unusual.
const MAX_TRIPS: usize = 30;

/// One trip's fields. `key` stays with the trip when others are removed.
#[derive(Clone, Copy)]
struct TripFields {
    key: u32,
    entry: RwSignal<DateText>,
    exit: RwSignal<DateText>,
    entry_touched: RwSignal<bool>,
    exit_touched: RwSignal<bool>,
}

impl TripFields {
    fn new(key: u32, entry: DateText, exit: DateText) -> TripFields {
        TripFields {
            key,
            entry_touched: RwSignal::new(!entry.is_empty()),
            exit_touched: RwSignal::new(!exit.is_empty()),
            entry: RwSignal::new(entry),
            exit: RwSignal::new(exit),
        }
    }
}

/// The answers as typed, in order; the query string mirrors them.
#[derive(Clone, Debug, Default, PartialEq)]
struct Answers {
    rule: String,
    trips: Vec<(DateText, DateText)>,
    planned: DateText,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Problems {
    /// Per trip, in order: entry and exit.
    trips: Vec<(Option<String>, Option<String>)>,
    planned: Option<String>,
}

/// A trip in the query string: `entry~exit`, each as typed (`year-month-day`).
fn trip_to_query((entry, exit): &(DateText, DateText)) -> String {
    answers_query::trip_to_query(&entry.to_query(), &exit.to_query())
}

fn trip_from_query(value: &str) -> (DateText, DateText) {
    let (entry, exit) = answers_query::trip_from_query(value);
    (DateText::from_query(entry), DateText::from_query(exit))
}

fn check(
    i18n: I18n,
    a: &Answers,
    touched: &[(bool, bool)],
    planned_touched: bool,
    today: BakuDate,
) -> (Problems, Outcome<(StayResult, BakuDate)>) {
    let mut p = Problems { trips: vec![(None, None); a.trips.len()], planned: None };
    let mut complete = true;
    let mut read =
        |text: &DateText, shown: bool, empty: &'static str, out: &mut Option<String>| match BakuDate::from_fields(
            &text.day,
            &text.month,
            &text.year,
        ) {
            Ok(d) => Some(d),
            Err(e) => {
                complete = false;
                if shown {
                    *out = Some(date_problem(i18n, e, empty));
                }
                None
            }
        };
    // Trips left entirely blank are ignored; `index` maps the trips read back to the fields.
    let mut trips = Vec::new();
    let mut index = Vec::new();
    for (i, (entry, exit)) in a.trips.iter().enumerate() {
        if entry.is_empty() && exit.is_empty() {
            continue;
        }
        let (entry_shown, exit_shown) = touched.get(i).copied().unwrap_or((true, true));
        let (mut entry_problem, mut exit_problem) = (None, None);
        let entry_date = read(entry, entry_shown, t_string!(i18n, stay_calc.err_entry_empty), &mut entry_problem);
        let exit_date = if exit.is_empty() {
            Some(None)
        } else {
            read(exit, exit_shown, t_string!(i18n, stay_calc.err_exit_empty), &mut exit_problem).map(Some)
        };
        p.trips[i] = (entry_problem, exit_problem);
        if let (Some(entry), Some(exit)) = (entry_date, exit_date) {
            trips.push(Trip { entry, exit });
            index.push(i);
        }
    }
    let planned = if a.planned.is_empty() {
        None
    } else {
        read(&a.planned, planned_touched, t_string!(i18n, stay_calc.err_planned_empty), &mut p.planned)
    };
    let rule = StayRule::from_answer(&a.rule);
    let any_problem = p.planned.is_some() || p.trips.iter().any(|(a, b)| a.is_some() || b.is_some());
    let (Some(rule), true) = (rule, complete && (!trips.is_empty() || planned.is_some())) else {
        return (p, if any_problem { Outcome::Fix } else { Outcome::Waiting });
    };
    match days_of_stay(rule, &trips, today, planned) {
        Ok(result) => (p, Outcome::Result((result, today))),
        Err(e) => {
            let n = |trip: usize| index[trip] + 1;
            match e {
                StayError::ExitBeforeEntry { trip } => {
                    p.trips[index[trip]].1 = Some(t_string!(i18n, stay_calc.err_exit_before_entry).to_owned())
                }
                StayError::Overlap { trip, with } => {
                    p.trips[index[trip]].0 = Some(t_string!(i18n, stay_calc.err_overlap, n = n(with)))
                }
                StayError::OpenTripNotLast { trip } => {
                    p.trips[index[trip]].1 = Some(t_string!(i18n, stay_calc.err_open_not_last).to_owned())
                }
                StayError::EntryInFuture { trip } => {
                    p.trips[index[trip]].0 = Some(t_string!(i18n, stay_calc.err_entry_future).to_owned())
                }
                StayError::PlannedEntryInPast => {
                    p.planned = Some(t_string!(i18n, stay_calc.err_planned_past).to_owned())
                }
                StayError::PlannedEntryDuringTrip => {
                    p.planned = Some(t_string!(i18n, stay_calc.err_planned_during_trip).to_owned())
                }
            }
            (p, Outcome::Fix)
        }
    }
}

#[component]
pub fn DaysOfStay() -> impl IntoView {
    let i18n = use_i18n();
    let query = page_query();
    let (rule_q, trips_q, planned_q) = (
        query.get("rule").unwrap_or_default().to_owned(),
        query.get_all("trip"),
        query.get("enter").unwrap_or_default(),
    );
    let rule = RwSignal::new(rule_q);
    let mut next_key = 0u32;
    let mut fields = trips_q
        .iter()
        .take(MAX_TRIPS)
        .map(|value| {
            let (entry, exit) = trip_from_query(value);
            next_key += 1;
            TripFields::new(next_key, entry, exit)
        })
        .collect::<Vec<_>>();
    if fields.is_empty() {
        next_key += 1;
        fields.push(TripFields::new(next_key, DateText::default(), DateText::default()));
    }
    let next_key = StoredValue::new(next_key);
    let trips = RwSignal::new(fields);
    let planned = RwSignal::new(DateText::from_query(planned_q));
    let planned_touched = RwSignal::new(!planned.get_untracked().is_empty());

    let answers = Memo::new(move |_| Answers {
        rule: rule.get(),
        trips: trips.with(|t| t.iter().map(|f| (f.entry.get(), f.exit.get())).collect()),
        planned: planned.get(),
    });
    mirror_in_query(answers, |a| {
        let trips: Vec<String> = a.trips.iter().map(trip_to_query).collect();
        answers_query::stay_pairs(&a.rule, &trips, &a.planned.to_query())
    });
    let checked = Memo::new(move |_| {
        let touched: Vec<(bool, bool)> =
            trips.with(|t| t.iter().map(|f| (f.entry_touched.get(), f.exit_touched.get())).collect());
        answers.with(|a| check(i18n, a, &touched, planned_touched.get(), today_in_baku()))
    });
    let position = move |key: u32| trips.with(|t| t.iter().position(|f| f.key == key).unwrap_or(0));
    let trip_problem = move |key: u32, exit: bool| {
        Signal::derive(move || {
            let i = position(key);
            checked.with(|(p, _)| p.trips.get(i).and_then(|(a, b)| if exit { b.clone() } else { a.clone() }))
        })
    };
    let add_trip = move |_| {
        let key = next_key.get_value() + 1;
        next_key.set_value(key);
        trips.update(|t| t.push(TripFields::new(key, DateText::default(), DateText::default())));
        focus_after_render(format!("trip-{key}-entry-day"));
    };
    let remove_trip = move |key: u32| {
        trips.update(|t| t.retain(|f| f.key != key));
        focus_after_render("trips-heading".to_owned());
    };

    let title = Signal::derive(move || t_string!(i18n, stay_calc.title).to_owned());
    let label = move |f: fn(I18n) -> &'static str| Signal::derive(move || f(i18n).to_owned());
    view! {
        <Calculator title intro=label(|i| t_string!(i, stay_calc.intro))
            outcome=Signal::derive(move || checked.with(|(_, o)| o.clone()))
            show=|(result, today): (StayResult, BakuDate)| view! { <ResultView result today /> }.into_any()
            dates=move |(result, today): &(StayResult, BakuDate)| calendar_dates(i18n, result, *today)
            file_name="days-of-stay">
                <Radios name="rule" legend=label(|i| t_string!(i, stay_calc.rule_legend)) value=rule
                    options=vec![
                        ("ru", label(|i| t_string!(i, stay_calc.rule_russia))),
                        ("other", label(|i| t_string!(i, stay_calc.rule_general))),
                    ] />
                <h2 id="trips-heading" tabindex="-1">{t!(i18n, stay_calc.trips_heading)}</h2>
                <p class="hint">{t!(i18n, stay_calc.trips_hint)}</p>
                <For each=move || trips.get() key=|f| f.key let(f)>
                    <div class="trip">
                        <h3>{move || t!(i18n, stay_calc.trip_heading, n = position(f.key) + 1)}</h3>
                        <DateFields id=format!("trip-{}-entry", f.key) legend=label(|i| t_string!(i, stay_calc.entry_legend))
                            value=f.entry error=trip_problem(f.key, false) touched=f.entry_touched />
                        <DateFields id=format!("trip-{}-exit", f.key) legend=label(|i| t_string!(i, stay_calc.exit_legend))
                            value=f.exit error=trip_problem(f.key, true) touched=f.exit_touched />
                        <Show when=move || trips.with(|t| t.len() > 1)>
                            <button type="button" class="button button-secondary" on:click=move |_| remove_trip(f.key)>
                                {move || t!(i18n, stay_calc.remove_trip, n = position(f.key) + 1)}
                            </button>
                        </Show>
                    </div>
                </For>
                <Show when=move || trips.with(|t| t.len() < MAX_TRIPS)>
                    <button type="button" class="button button-secondary" on:click=add_trip>
                        {t!(i18n, stay_calc.add_trip)}
                    </button>
                </Show>
                <h2>{t!(i18n, stay_calc.planned_heading)}</h2>
                <DateFields id="planned" legend=label(|i| t_string!(i, stay_calc.planned_legend))
                    value=planned error=Signal::derive(move || checked.with(|(p, _)| p.planned.clone()))
                    touched=planned_touched />
        </Calculator>
    }
}

/// The last days of the current and the planned stay, from today on, as calendar events.
fn calendar_dates(i18n: I18n, r: &StayResult, today: BakuDate) -> Vec<CalendarDate> {
    [r.current.map(|c| c.window), r.planned]
        .into_iter()
        .flatten()
        .filter_map(|w| w.last_day)
        .filter(|last| *last >= today)
        .map(|date| CalendarDate { date, summary: t_string!(i18n, stay_calc.event_last_day).to_owned() })
        .collect()
}

#[component]
fn ResultView(result: StayResult, today: BakuDate) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let date = move |d: BakuDate| long_date(lang.get(), d);
    let r = result;
    let per_year = r.rule == StayRule::PerCalendarYear;
    let calendar = WorkingCalendar::published();
    let bases = r.bases(calendar);
    let provisional = r.provisional(calendar);
    let current = r.current.map(|c| {
        let last = match c.window.last_day {
            Some(last) if c.overstaying => view! {
                <p class="warning">{move || t!(i18n, stay_calc.overstaying, date = date(last))}</p>
            }
            .into_any(),
            Some(last) => view! {
                <dl class="summary"><div><dt>{t!(i18n, stay_calc.current_last_day_label)}</dt>
                    <dd class="key-date">{move || date(last)}</dd></div></dl>
            }
            .into_any(),
            None => view! { <p class="warning">{t!(i18n, stay_calc.no_days_on_entry)}</p> }.into_any(),
        };
        view! {
            <h3>{t!(i18n, stay_calc.current_heading)}</h3>
            <p>{move || t!(i18n, stay_calc.current_since, date = date(c.window.entry))}</p>
            {last}
            <Show when=move || c.exit_too_late && !c.overstaying>
                <p class="warning">{t!(i18n, stay_calc.exit_too_late)}</p>
            </Show>
        }
    });
    let planned = r.planned.map(|w| {
        let last = match w.last_day {
            Some(last) => view! {
                <dl class="summary"><div><dt>{move || t!(i18n, stay_calc.planned_last_day_label, date = date(w.entry))}</dt>
                    <dd class="key-date">{move || date(last)}</dd></div></dl>
            }.into_any(),
            None => view! {
                <p class="warning">{move || t!(i18n, stay_calc.planned_no_days, year = w.entry.year(), date = date(w.entry))}</p>
            }.into_any(),
        };
        view! { <h3>{t!(i18n, stay_calc.planned_result_heading)}</h3>{last} }
    });
    view! {
        <dl class="summary">
            <div><dt>{t!(i18n, stay_calc.rule_label)}</dt>
                <dd>{move || if per_year { t_string!(i18n, stay_calc.rule_per_year) } else { t_string!(i18n, stay_calc.rule_per_stay) }}</dd></div>
            <div><dt>{move || if per_year {
                    t_string!(i18n, stay_calc.used_in_year_label, year = today.year())
                } else {
                    t_string!(i18n, stay_calc.used_in_stay_label).to_owned()
                }}</dt>
                <dd>{r.used}</dd></div>
            <div><dt>{t!(i18n, stay_calc.left_label)}</dt><dd>{r.left}</dd></div>
        </dl>
        {current}
        {planned}
        <ProvisionalCalendar years=provisional />
        <BasisList bases />
    }
}

//! A date asked as three fields, day, month and year (GOV.UK date input pattern): easier to
//! type on a phone and to read back than a native date picker, and every browser has it.

use crate::components::error_message::ErrorMessage;
use crate::locale::{t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::answers_query::{date_from_query, date_to_query};

/// What the visitor typed, kept as text so nothing they type is lost or reformatted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateText {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateText {
    /// Reads `year-month-day` as written by [`DateText::to_query`]; missing parts stay empty.
    pub fn from_query(value: &str) -> DateText {
        let (year, month, day) = date_from_query(value);
        DateText { day, month, year }
    }

    /// `year-month-day` as typed, or empty when nothing was typed.
    pub fn to_query(&self) -> String {
        date_to_query(&self.year, &self.month, &self.day)
    }

    pub fn is_empty(&self) -> bool {
        self.day.trim().is_empty() && self.month.trim().is_empty() && self.year.trim().is_empty()
    }
}

#[component]
pub fn DateFields(
    /// Prefix of the ids of the three inputs and of the hint and error message.
    #[prop(into)]
    id: String,
    /// The question, shown as the fieldset's legend.
    #[prop(into)]
    legend: Signal<String>,
    /// The typed date.
    value: RwSignal<DateText>,
    /// The message to show at the field, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Set when the visitor leaves the fields, so messages do not interrupt typing.
    touched: RwSignal<bool>,
    /// An example that fits the question; "For example, 27 3 2026" when not given.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if error.with(Option::is_some) { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    let field = |part: &'static str, label: &'static str, width: &'static str| {
        let input_id = format!("{id}-{part}");
        view! {
            <div class="date-part">
                <label for=input_id.clone()>{label}</label>
                <input id=input_id.clone() name=input_id class=format!("input {width}") type="text"
                    inputmode="numeric" autocomplete="off" spellcheck="false"
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=move || value.with(|v| match part { "day" => v.day.clone(), "month" => v.month.clone(), _ => v.year.clone() })
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        value.update(|v| match part {
                            "day" => v.day = text,
                            "month" => v.month = text,
                            _ => v.year = text,
                        });
                    } />
            </div>
        }
    };
    view! {
        <div class="form-group" class:form-group-error=move || error.with(Option::is_some)>
            <fieldset class="fieldset" role="group" aria-describedby=described_by
                on:focusout=move |_| touched.set(true)>
                <legend class="legend">{move || legend.get()}</legend>
                <p id=hint_id class="hint">{move || match hint {
                    Some(h) => h.get(),
                    None => t_string!(i18n, calc_common.date_hint).to_string(),
                }}</p>
                <ErrorMessage id=error_id message=error />
                <div class="date-input">
                    {field("day", t_string!(i18n, calc_common.day), "width-2")}
                    {field("month", t_string!(i18n, calc_common.month), "width-2")}
                    {field("year", t_string!(i18n, calc_common.year), "width-4")}
                </div>
            </fieldset>
        </div>
    }
}

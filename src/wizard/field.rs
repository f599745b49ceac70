//! One question of a step, drawn from its kind: radios for a choice, three boxes for a
//! date, the country combobox, a list of districts, a file, a checkbox, or a text box.

use super::upload::UploadField;
use super::{Wizard, text, use_wizard};
use crate::components::country_select::CountrySelect;
use crate::components::date_fields::{DateFields, DateText};
use crate::components::error_message::ErrorMessage;
use crate::components::radios::Radios;
use crate::components::text_input::TextInput;
use crate::lang::use_page_lang;
use crate::locale::{t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::districts;
use migrationto_core::eservice::{Field, Kind};

/// The id of the element the error summary links to for `field`.
pub fn target_id(field: &Field) -> String {
    match field.kind {
        Kind::Date | Kind::DateOfBirth | Kind::PastOrToday => format!("{}-day", dom_id(field)),
        Kind::Choice(options) => format!("{}-{}", dom_id(field), options[0]),
        _ => dom_id(field),
    }
}

/// The field's id in the page: its path with `-` for `.`.
pub fn dom_id(field: &Field) -> String {
    field.path.replace('.', "-")
}

/// A text answer mirrored into the wizard's answers.
fn answer(w: Wizard, key: String) -> RwSignal<String> {
    let value = RwSignal::new(w.value(&key));
    Effect::watch(move || value.get(), move |v, _, _| w.set(&key, v.clone()), false);
    value
}

#[component]
pub fn FieldInput(field: &'static Field, #[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let s = w.service;
    let label = Signal::derive(move || text::label(i18n, s, field));
    let hint = Signal::derive(move || text::hint(i18n, s, field).unwrap_or_default());
    let id = dom_id(field);
    match field.kind {
        Kind::Choice(options) => {
            let value = answer(w, field.path.to_owned());
            let options = options
                .iter()
                .map(|o| (*o, Signal::derive(move || text::option(i18n, s, field, o))))
                .collect::<Vec<_>>();
            let name: &'static str = Box::leak(id.into_boxed_str());
            view! { <Radios name legend=label options value error=error /> }.into_any()
        }
        Kind::Date | Kind::DateOfBirth | Kind::PastOrToday => {
            let key = |part: &str| format!("{}#{part}", field.path);
            let value = RwSignal::new(DateText {
                day: w.value(&key("day")),
                month: w.value(&key("month")),
                year: w.value(&key("year")),
            });
            Effect::watch(
                move || value.get(),
                move |v, _, _| {
                    w.set(&key("day"), v.day.clone());
                    w.set(&key("month"), v.month.clone());
                    w.set(&key("year"), v.year.clone());
                },
                false,
            );
            let touched = RwSignal::new(false);
            view! { <DateFields id legend=label value error touched hint /> }.into_any()
        }
        Kind::Citizenship => {
            let value = answer(w, field.path.to_owned());
            let id: &'static str = Box::leak(id.into_boxed_str());
            let hint = Signal::derive(move || {
                text::hint(i18n, s, field).unwrap_or_else(|| t_string!(i18n, wizard.country_hint).to_owned())
            });
            view! { <CountrySelect id value error label hint /> }.into_any()
        }
        Kind::District => view! { <DistrictSelect field id label error /> }.into_any(),
        Kind::Upload | Kind::Photo => view! { <UploadField field id label hint error /> }.into_any(),
        Kind::Declaration => {
            let value = answer(w, field.path.to_owned());
            let error_id = format!("{id}-error");
            let described = format!("{id}-hint {error_id}");
            view! {
                <div class="form-group" class:form-group-error=move || error.with(Option::is_some)>
                    <ErrorMessage id=error_id message=error />
                    <p id=format!("{id}-hint") class="hint">{move || hint.get()}</p>
                    <div class="checkbox">
                        <input id=id.clone() name=id.clone() type="checkbox" value="yes" aria-describedby=described
                            prop:checked=move || value.with(|v| v == "yes")
                            on:change=move |ev| value.set(if event_target_checked(&ev) { "yes".into() } else { String::new() }) />
                        <label for=id>{move || label.get()}</label>
                    </div>
                </div>
            }
            .into_any()
        }
        kind => {
            let value = answer(w, field.path.to_owned());
            let (input_type, autocomplete, width, input_mode) = match (field.path, kind) {
                ("person.surname", _) => ("text", "family-name", "width-20", "text"),
                ("person.given_names", _) => ("text", "given-name", "width-20", "text"),
                ("person.patronymic", _) => ("text", "additional-name", "width-20", "text"),
                (_, Kind::Phone) => ("tel", "tel", "width-20", "tel"),
                (_, Kind::Email) => ("email", "email", "width-20", "email"),
                (_, Kind::Days | Kind::Voen) => ("text", "off", "width-10", "numeric"),
                (_, Kind::Fin | Kind::DocumentNumber) => ("text", "off", "width-10", "text"),
                (_, Kind::Text(n)) if n <= 20 => ("text", "off", "width-5", "text"),
                _ => ("text", "off", "width-20", "text"),
            };
            view! {
                <TextInput id label hint value error input_type autocomplete width input_mode=input_mode
                    spellcheck=matches!(kind, Kind::Text(_)) />
            }
            .into_any()
        }
    }
}

/// A city or district of Azerbaijan from the list kept as data (`crates/core/data`), named
/// in the page's language.
#[component]
fn DistrictSelect(
    field: &'static Field,
    id: String,
    label: Signal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let lang = use_page_lang();
    let value = answer(w, field.path.to_owned());
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.with(Option::is_some).then(|| error_id.clone())
    };
    let options = move || {
        let lang = lang.get();
        // Baku first: most foreigners stay there.
        let baku = |d: &&districts::District| d.code == "AZ-BA";
        let all = districts::all().iter();
        all.clone()
            .filter(baku)
            .chain(all.filter(|d| !baku(d)))
            .map(|d| {
                let code = d.code;
                view! { <option value=code selected=move || value.with(|v| v == code)>{d.name(lang)}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="form-group" class:form-group-error=move || error.with(Option::is_some)>
            <label class="label" for=id.clone()>{move || label.get()}</label>
            <ErrorMessage id=error_id message=error />
            <select id=id.clone() name=id class="select" autocomplete="address-level2" aria-describedby=described
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="" selected=move || value.with(String::is_empty)>{move || t_string!(i18n, wizard.district_choose)}</option>
                {options}
            </select>
        </div>
    }
}

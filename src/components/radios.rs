//! One question answered by choosing one of a few options (GOV.UK radios pattern).

use crate::components::error_message::ErrorMessage;
use leptos::prelude::*;

#[component]
pub fn Radios(
    /// The name shared by the radios, also the prefix of their ids.
    name: &'static str,
    /// The question, shown as the fieldset's legend.
    #[prop(into)]
    legend: Signal<String>,
    /// Each option's value and its label in the current language.
    options: Vec<(&'static str, Signal<String>)>,
    /// The chosen value, or empty.
    value: RwSignal<String>,
    /// The message to show at the question, if any.
    #[prop(optional, into)]
    error: MaybeProp<String>,
) -> impl IntoView {
    let error_id = format!("{name}-error");
    let has_error = move || error.with(Option::is_some);
    let described_by = {
        let error_id = error_id.clone();
        move || has_error().then(|| error_id.clone())
    };
    let items = options
        .into_iter()
        .map(|(option, label)| {
            let id = format!("{name}-{option}");
            view! {
                <div class="radio">
                    <input id=id.clone() type="radio" name=name value=option
                        prop:checked=move || value.with(|v| v == option)
                        on:change=move |_| value.set(option.to_owned()) />
                    <label for=id>{move || label.get()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-group" class:form-group-error=has_error>
            <fieldset class="fieldset" aria-describedby=described_by>
                <legend class="legend">{move || legend.get()}</legend>
                <ErrorMessage id=error_id message=Signal::derive(move || error.get()) />
                <div class="radios">{items}</div>
            </fieldset>
        </div>
    }
}

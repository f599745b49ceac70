//! A labelled text box with its hint and the message at the field (GOV.UK text input
//! pattern). The box points at the hint and the message with `aria-describedby`.

use crate::components::error_message::ErrorMessage;
use leptos::prelude::*;

#[component]
pub fn TextInput(
    /// The box's id and name; the hint and message ids are made from it.
    #[prop(into)]
    id: String,
    /// The question, shown as the label.
    label: Signal<String>,
    /// A hint under the label; nothing is shown when it is empty.
    hint: Signal<String>,
    /// What is typed.
    value: RwSignal<String>,
    /// The message to show at the field, if any.
    error: Signal<Option<String>>,
    /// `type`: `text`, `tel` or `email`.
    input_type: &'static str,
    /// `autocomplete`: `name`, `tel`, `family-name`, `off`...
    autocomplete: &'static str,
    /// The width class, such as `width-20`.
    width: &'static str,
    /// `inputmode`, for the right keyboard on a phone; the type's own when not given.
    #[prop(optional)]
    input_mode: Option<&'static str>,
    /// Whether the browser may mark spelling: only for free text.
    #[prop(optional)]
    spellcheck: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if !hint.with(String::is_empty) {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="form-group" class:form-group-error=move || error.with(Option::is_some)>
            <label class="label" for=id.clone()>{move || label.get()}</label>
            <Show when=move || !hint.with(String::is_empty)>
                <p id=hint_id.clone() class="hint">{move || hint.get()}</p>
            </Show>
            <ErrorMessage id=error_id message=error />
            <input id=id.clone() name=id class=format!("input {width}") type=input_type autocomplete=autocomplete
                inputmode=input_mode spellcheck=if spellcheck { "true" } else { "false" }
                aria-describedby=described
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev)) />
        </div>
    }
}

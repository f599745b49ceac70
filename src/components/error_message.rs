//! The message at a field that needs correcting (GOV.UK error message pattern). The field
//! points at it with `aria-describedby`; "Error:" is read out but not shown.

use crate::locale::{t_string, use_i18n};
use leptos::prelude::*;

#[component]
pub fn ErrorMessage(
    /// The id the field's `aria-describedby` names.
    id: String,
    /// The message, or `None` when the field is fine.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        message.get().map(|text| {
            view! {
                <p id=id.clone() class="error-message">
                    <span class="visually-hidden">{t_string!(i18n, calc_common.error_prefix)}" "</span>
                    {text}
                </p>
            }
        })
    }
}

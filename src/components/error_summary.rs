//! The list of problems at the top of a form (GOV.UK error summary pattern): it takes focus
//! when it appears, so a screen reader reads it, and each item links to its field.

use crate::browser::focus_after_render;
use crate::locale::{t, use_i18n};
use leptos::prelude::*;

/// One problem: the id of the field to go to, and the message (the same as at the field).
pub type Problem = (String, String);

#[component]
pub fn ErrorSummary(
    /// The problems, in the order of the fields; nothing is shown when empty.
    #[prop(into)]
    problems: Signal<Vec<Problem>>,
    /// Changes each time the form is sent, so the summary takes focus again.
    #[prop(into)]
    attempt: Signal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    Effect::watch(
        move || attempt.get(),
        move |_, _, _| {
            if !problems.with_untracked(Vec::is_empty) {
                focus_after_render("error-summary".into());
            }
        },
        false,
    );
    move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|(id, message)| {
                    let target = id.clone();
                    view! {
                        <li>
                            <a href=format!("#{id}") on:click=move |ev| {
                                // Go to the field itself, not just scroll to it.
                                ev.prevent_default();
                                focus_after_render(target.clone());
                            }>{message}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div id="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                    <h2 id="error-summary-title" class="error-summary-title">{t!(i18n, status_check.summary_title)}</h2>
                    <ul class="error-summary-list">{items}</ul>
                </div>
            }
        })
    }
}

//! One step of an e-service: its questions, "Step 3 of 9", a back link, the error summary
//! and the messages at the fields, "Continue" and "Save and come back later".

use super::field::{FieldInput, target_id};
use super::notices::{Place, ServiceNotices};
use super::{Wizard, text, use_wizard};
use crate::browser::today_in_baku;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::page::Page;
use crate::locale::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::api::FieldError;
use migrationto_core::eservice::{self, Service, Step, wizard_page};

/// Every problem on `step`: dates that cannot be read, then the step's checks, then what the
/// e-service said about its fields.
pub fn step_errors(w: Wizard, step: &Step) -> Vec<FieldError> {
    let (answers, typed_errors) = w.read();
    let on_step = |e: &FieldError| step.fields.iter().any(|f| f.path == e.path && f.is_shown(&answers));
    let mut errors: Vec<FieldError> = typed_errors.into_iter().filter(|e| on_step(e)).collect();
    for e in eservice::validate_step(w.service, step, &answers, today_in_baku()) {
        if !errors.iter().any(|x| x.path == e.path) {
            errors.push(e);
        }
    }
    for e in w.server_errors.get().into_iter().filter(|e| on_step(e)) {
        if !errors.iter().any(|x| x.path == e.path) {
            errors.push(e);
        }
    }
    // In the order of the questions (each error is at one of them). Not a sort: each sort
    // of a new type adds its own copy of the sorting code to the app.
    step.fields.iter().flat_map(|f| errors.iter().filter(move |e| e.path == f.path)).cloned().collect()
}

/// The page after `step`: the next step, or "Check your answers" when the user came from
/// there to change an answer or there is no next step. Some answers end the application
/// early (a stay too short to need registration).
fn after(w: Wizard, step: &Step, back_to_check: bool) -> &'static str {
    let (answers, _) = w.read();
    if w.service == Service::Registration
        && step.id == "stay"
        && eservice::registration::outlook(&answers, today_in_baku()).is_some_and(|o| !o.needed)
    {
        return "not-needed";
    }
    match eservice::next_step(w.service, step.id, &answers) {
        // A changed answer can open a question not answered yet (a VÖEN for a company).
        Some(next)
            if !back_to_check
                || eservice::first_unfinished(w.service, &answers, today_in_baku())
                    .is_some_and(|s| s.id == next.id) =>
        {
            next.id
        }
        _ => "check-answers",
    }
}

#[component]
pub fn StepPage(step: &'static Step) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let s = w.service;
    let back_to_check = Memo::new(move |_| w.from_check());

    // A step reached before the ones it depends on (a bookmark, a cleared tab) sends the user
    // to the first step that still needs an answer, and so does "Start now" (`?from=start`, the
    // first step: its address then loses the query, so Back to it stays) when this tab has
    // answers already.
    let (answers, _) = w.read();
    let steps = eservice::visible_steps(s, &answers);
    let here = steps.iter().position(|x| x.id == step.id);
    let first_open = w.resume_page();
    let open_index = steps.iter().position(|x| x.id == first_open);
    let started = w.came_from(wizard_page::START);
    if here.is_none() || started || matches!((here, open_index), (Some(h), Some(o)) if o < h) {
        let target = if here.is_none() || started { first_open } else { steps[open_index.unwrap_or(0)].id };
        // Once in the browser (not when the build renders the page).
        Effect::new(move |_| request_animation_frame(move || w.go(target, true)));
    }

    let attempt = RwSignal::new(0u32);
    // Errors from the e-service are shown at once, as the user was sent here to fix them.
    if w.server_errors.with_untracked(|e| e.iter().any(|e| step.fields.iter().any(|f| f.path == e.path))) {
        attempt.set(1);
        // After the shell has moved focus to the heading of the new page.
        set_timeout(
            || crate::browser::focus_after_render("error-summary".into()),
            std::time::Duration::from_millis(150),
        );
    }
    let errors = Memo::new(move |_| step_errors(w, step));
    let problems = Signal::derive(move || {
        if attempt.get() == 0 {
            return Vec::<Problem>::new();
        }
        errors.with(|list| {
            list.iter()
                .filter_map(|e| {
                    let field = s.field(&e.path)?;
                    Some((target_id(field), text::message(i18n, s, field, &e.rule)))
                })
                .collect()
        })
    });
    let at = move |path: &'static str| {
        Signal::derive(move || {
            if attempt.get() == 0 {
                return None;
            }
            errors.with(|list| {
                list.iter()
                    .find(|e| e.path == path)
                    .and_then(|e| s.field(path).map(|f| text::message(i18n, s, f, &e.rule)))
            })
        })
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempt.update(|n| *n += 1);
        if errors.with_untracked(Vec::is_empty) {
            w.go(after(w, step, back_to_check.get_untracked()), false);
        }
    };

    let position = Memo::new(move |_| eservice::position(s, step.id, &w.read().0));
    let caption = Signal::derive(move || {
        position
            .get()
            .map(|(n, total)| t_string!(i18n, wizard.step_of, n = n, total = total).to_string())
            .unwrap_or_default()
    });
    let back = move || {
        if back_to_check.get() {
            return w.href("check-answers");
        }
        let (answers, _) = w.read();
        match eservice::previous_step(s, step.id, &answers) {
            Some(prev) => w.href(prev.id),
            None => w.href("start"),
        }
    };
    let fields = step
        .fields
        .iter()
        .map(|field| {
            let shown = Memo::new(move |_| field.is_shown(&w.read().0));
            view! { <Show when=move || shown.get()><FieldInput field error=at(field.path) /></Show> }
        })
        .collect_view();
    view! {
        <a class="back-link" href=back>{t!(i18n, wizard.back)}</a>
        <Page title=Signal::derive(move || text::step_title(i18n, s, step.id)) caption>
            <ErrorSummary problems attempt />
            <form class="form" novalidate on:submit=submit>
                {fields}
                <ServiceNotices place=Place::Step(step.id) />
                <div class="button-group">
                    // Written by the build (a first step), the button waits for the app: Enter
                    // before it runs would send the answers in the address (a form's default GET).
                    <button type="submit" class="button" disabled=cfg!(not(target_arch = "wasm32"))>
                        {t!(i18n, wizard.continue_button)}
                    </button>
                    <a class="button-link" href=move || w.href("save")>{t!(i18n, wizard.save_later)}</a>
                </div>
            </form>
            <p class="hint">{t!(i18n, wizard.answers_kept)}</p>
        </Page>
    }
}

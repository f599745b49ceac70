//! What the two calculators share: their layout (title, lead, form, a live result, the link to
//! the full calculator on the portal), answering as the visitor types, and the result or why
//! there is none yet.

use crate::Widget;
use crate::dom::{add, clear, el, on, text_el};
use crate::fields::DateField;
use std::rc::Rc;
use web_sys::Element;

/// The parts a calculator fills in after each change.
pub struct Parts {
    /// Where the result goes (announced politely as it changes).
    pub result: Element,
    /// Where the link to the full calculator goes.
    pub full: Element,
}

/// Lays out a calculator in `frame`: its title and lead, `form`, and the result below.
pub fn layout(w: &Widget, frame: &Element, title: &str, lead: &str, form: &Element) -> Parts {
    let section = el("div", &[("class", "result")]);
    let result = el("div", &[("aria-live", "polite")]);
    add(&section, &[&text_el(&w.heading(1), &[("class", "subheading")], w.t("calc_common.result_heading")), &result]);
    let full = el("p", &[("class", "more")]);
    add(
        frame,
        &[
            &text_el(&w.heading(0), &[("class", "title")], title),
            &text_el("p", &[("class", "lead")], lead),
            form,
            &section,
            &full,
        ],
    );
    Parts { result, full }
}

/// Runs `update` now, on every input and change in `form`, and when focus leaves one of
/// `dates` (whose messages then show). The form is never sent.
pub fn answer_live<T: 'static>(form: &Element, dates: &[&DateField], state: Rc<T>, update: fn(&T)) {
    update(&state);
    let on_change = {
        let state = state.clone();
        move |_| update(&state)
    };
    on(form, "input", on_change.clone());
    on(form, "change", on_change);
    on(form, "submit", |ev| ev.prevent_default());
    for field in dates {
        let state = state.clone();
        field.on_leave(move || update(&state));
    }
}

/// Shows `outcome` in `result`: the result, "answer the questions" while answers are missing,
/// or "correct the answers marked above" when one needs fixing.
pub fn show_outcome<R>(w: &Widget, result: &Element, outcome: Result<Option<R>, ()>, show: impl FnOnce(&R)) {
    clear(result);
    match outcome {
        Ok(Some(r)) => show(&r),
        Ok(None) => {
            add(result, &[&text_el("p", &[], w.t("calc_common.result_waiting"))]);
        }
        Err(()) => {
            add(result, &[&text_el("p", &[], w.t("calc_common.result_fix"))]);
        }
    }
}

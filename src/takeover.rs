//! The app taking over a page the server sent ready-made (a prerendered page, the 404 page among
//! them): what the visitor did before the app started is carried over. Answers typed or
//! chosen in the page's form fields are put back into the app's fields of the same id (with the
//! events the app listens to), focus goes back to the field that had it, and the scroll position
//! is kept.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// A field the visitor changed: its id and what it holds now.
enum Answer {
    Text(String, String),
    Checked(String, bool),
}

/// What the visitor did to the ready-made page.
pub struct Snapshot {
    answers: Vec<Answer>,
    focused: Option<String>,
    scroll: (f64, f64),
}

/// Reads the fields under `root` that differ from how the page came.
pub fn snapshot(root: &Element) -> Snapshot {
    let mut answers = Vec::new();
    if let Ok(fields) = root.query_selector_all("input[id], select[id], textarea[id]") {
        for i in 0..fields.length() {
            let Some(node) = fields.item(i) else { continue };
            if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                if matches!(input.type_().as_str(), "checkbox" | "radio") {
                    if input.checked() != input.default_checked() {
                        answers.push(Answer::Checked(input.id(), input.checked()));
                    }
                } else if input.value() != input.default_value() {
                    answers.push(Answer::Text(input.id(), input.value()));
                }
            } else if let Some(area) = node.dyn_ref::<HtmlTextAreaElement>() {
                if Ok(area.value()) != area.default_value() {
                    answers.push(Answer::Text(area.id(), area.value()));
                }
            } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
                let chosen =
                    select.selected_options().item(0).and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok());
                if chosen.is_some_and(|o| !o.default_selected()) {
                    answers.push(Answer::Text(select.id(), select.value()));
                }
            }
        }
    }
    let window = web_sys::window();
    let document = window.as_ref().and_then(|w| w.document());
    let focused = document.and_then(|d| d.active_element()).filter(|e| root.contains(Some(e))).map(|e| e.id());
    let scroll = window.map_or((0.0, 0.0), |w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)));
    Snapshot { answers, focused: focused.filter(|id| !id.is_empty()), scroll }
}

/// Puts the visitor's answers, focus and scroll position back, into the app's page.
pub fn restore(snapshot: Snapshot) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    for answer in snapshot.answers {
        let id = match &answer {
            Answer::Text(id, _) | Answer::Checked(id, _) => id,
        };
        let Some(field) = document.get_element_by_id(id) else { continue };
        match (&answer, field.dyn_ref::<HtmlInputElement>()) {
            (Answer::Checked(_, checked), Some(input)) => input.set_checked(*checked),
            (Answer::Text(_, value), Some(input)) => input.set_value(value),
            (Answer::Text(_, value), None) => {
                if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
                    area.set_value(value);
                } else if let Some(select) = field.dyn_ref::<HtmlSelectElement>() {
                    select.set_value(value);
                }
            }
            (Answer::Checked(..), None) => continue,
        }
        for kind in ["input", "change"] {
            let init = EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = Event::new_with_event_init_dict(kind, &init) {
                let _ = field.dispatch_event(&event);
            }
        }
    }
    if let Some(field) = snapshot.focused.and_then(|id| document.get_element_by_id(&id))
        && let Some(field) = field.dyn_ref::<web_sys::HtmlElement>()
    {
        let _ = field.focus();
    }
    window.scroll_to_with_x_and_y(snapshot.scroll.0, snapshot.scroll.1);
}

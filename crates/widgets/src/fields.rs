//! The form fields the widgets ask with, as in the portal (GOV.UK patterns): a label or
//! legend, a hint, the message at the field (`aria-describedby`), dates as three boxes.

use crate::Widget;
use crate::dom::{add, el, text_el};
use migrationto_core::calendar::{BakuDate, DateError};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

/// A field's group, its message slot and the ids that tie them to the inputs.
pub struct Group {
    pub root: Element,
    error: Element,
    inputs: Vec<Element>,
    hint_id: Option<String>,
    error_id: String,
    /// "Error:", read before the message by screen readers (GOV.UK's hidden prefix).
    prefix: &'static str,
}

/// What names a group: a label for its one input (`for` the group's id), or the legend of a
/// fieldset of several.
enum Caption<'a> {
    Label(&'a str),
    Legend(&'a str),
}

impl Group {
    /// A field: its caption, its hint, the slot for its message, then `controls`, which hold
    /// `inputs`; each input is described by the hint.
    fn new(
        w: &Widget,
        id: &str,
        caption: Caption,
        hint: Option<&str>,
        controls: &[&Element],
        inputs: Vec<Element>,
    ) -> Group {
        let (root, caption) = match caption {
            Caption::Label(text) => {
                (el("div", &[("class", "group")]), text_el("label", &[("for", id), ("class", "label")], text))
            }
            Caption::Legend(text) => {
                (el("fieldset", &[("class", "group")]), text_el("legend", &[("class", "legend")], text))
            }
        };
        let error_id = format!("{id}-error");
        let error = el("p", &[("class", "error-message"), ("id", &error_id), ("hidden", "")]);
        let hint_id = hint.map(|_| format!("{id}-hint"));
        let body = el("div", &[]);
        if let (Some(text), Some(hint_id)) = (hint, &hint_id) {
            add(&body, &[&text_el("p", &[("class", "hint"), ("id", hint_id)], text)]);
        }
        add(&body, &[&error]);
        add(&body, controls);
        add(&root, &[&caption, &body]);
        let group = Group { root, error, inputs, hint_id, error_id, prefix: w.t("calc_common.error_prefix") };
        group.set_error(None);
        group
    }

    fn describe(&self, input: &Element, with_error: bool) {
        let ids: Vec<&str> =
            self.hint_id.as_deref().into_iter().chain(with_error.then_some(self.error_id.as_str())).collect();
        if ids.is_empty() {
            let _ = input.remove_attribute("aria-describedby");
        } else {
            let _ = input.set_attribute("aria-describedby", &ids.join(" "));
        }
    }

    /// Shows `message` at the field, or clears it.
    pub fn set_error(&self, message: Option<&str>) {
        let _ = self.root.set_attribute("class", if message.is_some() { "group group-error" } else { "group" });
        self.error.set_text_content(None);
        if let Some(message) = message {
            add(&self.error, &[&text_el("span", &[("class", "visually-hidden")], &format!("{} ", self.prefix))]);
            let _ = self.error.append_with_str_1(message);
        }
        crate::dom::show(&self.error, message.is_some());
        for input in &self.inputs {
            self.describe(input, message.is_some());
            if message.is_some() {
                let _ = input.set_attribute("aria-invalid", "true");
            } else {
                let _ = input.remove_attribute("aria-invalid");
            }
        }
    }

    /// The first input, where the error summary sends focus.
    pub fn first_input(&self) -> Option<&Element> {
        self.inputs.first()
    }
}

/// A date as three boxes: day, month, year.
pub struct DateField {
    pub group: Group,
    day: HtmlInputElement,
    month: HtmlInputElement,
    year: HtmlInputElement,
    /// Its message shows only once the visitor has left its boxes.
    left: std::rc::Rc<std::cell::Cell<bool>>,
}

impl DateField {
    pub fn new(w: &Widget, id: &str, legend: &str, hint: Option<&str>) -> DateField {
        let boxes = el("div", &[("class", "date")]);
        let mut inputs = Vec::new();
        let mut part = |name: &str, label: &str, width: &str, autocomplete: Option<&str>| {
            let input_id = format!("{id}-{name}");
            let item = el("div", &[("class", "date-item")]);
            let input = el(
                "input",
                &[
                    ("id", &input_id),
                    ("name", &input_id),
                    ("class", width),
                    ("type", "text"),
                    ("inputmode", "numeric"),
                    ("autocomplete", autocomplete.unwrap_or("off")),
                ],
            );
            add(&item, &[&text_el("label", &[("for", &input_id)], label), &input]);
            let _ = boxes.append_child(&item);
            inputs.push(input.clone());
            input.unchecked_into::<HtmlInputElement>()
        };
        let birth = id.contains("birth");
        let day = part("day", w.t("calc_common.day"), "width-2", birth.then_some("bday-day"));
        let month = part("month", w.t("calc_common.month"), "width-2", birth.then_some("bday-month"));
        let year = part("year", w.t("calc_common.year"), "width-4", birth.then_some("bday-year"));
        let group = Group::new(w, id, Caption::Legend(legend), hint, &[&boxes], inputs);
        DateField { group, day, month, year, left: Default::default() }
    }

    /// Nothing typed in any box.
    pub fn is_empty(&self) -> bool {
        [&self.day, &self.month, &self.year].iter().all(|i| i.value().trim().is_empty())
    }

    pub fn read(&self) -> Result<BakuDate, DateError> {
        BakuDate::from_fields(&self.day.value(), &self.month.value(), &self.year.value())
    }

    /// Calls `handler` when focus leaves the three boxes, from then on showing the message.
    pub fn on_leave(&self, mut handler: impl FnMut() + 'static) {
        let left = self.left.clone();
        on_leave(&self.group.root, move || {
            left.set(true);
            handler();
        });
    }

    /// For a calculator that answers as the visitor types: the date, `None` while it is empty
    /// or still being typed, `Err` (with the message at the field) once it is left unreadable.
    /// `empty` is the field's own "enter the date".
    pub fn checked(&self, w: &Widget, empty: &str) -> Result<Option<BakuDate>, ()> {
        match self.read() {
            Ok(d) => {
                self.group.set_error(None);
                Ok(Some(d))
            }
            Err(DateError::Empty) => {
                self.group.set_error(None);
                Ok(None)
            }
            Err(e) => {
                let left = self.left.get();
                self.group.set_error(left.then(|| date_problem(w, e, empty)));
                if left { Err(()) } else { Ok(None) }
            }
        }
    }

    /// `year-month-day` as typed, the form the portal's calculators keep in their address.
    pub fn to_query(&self) -> String {
        migrationto_core::answers_query::date_to_query(&self.year.value(), &self.month.value(), &self.day.value())
    }

    pub fn clear(&self) {
        for input in [&self.day, &self.month, &self.year] {
            input.set_value("");
        }
    }
}

/// The message for a date that cannot be read; `empty` is the field's own "enter the date".
pub fn date_problem<'a>(w: &'a Widget, err: DateError, empty: &'a str) -> &'a str {
    err.message_key().map_or(empty, |key| w.t(key))
}

/// A set of radio buttons in a fieldset.
pub struct Radios {
    pub group: Group,
    inputs: Vec<HtmlInputElement>,
}

impl Radios {
    pub fn new(w: &Widget, id: &str, legend: &str, options: &[(&str, &str)]) -> Radios {
        let list = el("div", &[("class", "radios")]);
        let mut inputs = Vec::new();
        for (value, label) in options {
            let input_id = format!("{id}-{value}");
            let item = el("div", &[("class", "radio")]);
            let input = el("input", &[("id", &input_id), ("name", id), ("type", "radio"), ("value", value)]);
            add(&item, &[&input, &text_el("label", &[("for", &input_id)], label)]);
            let _ = list.append_child(&item);
            inputs.push(input.unchecked_into::<HtmlInputElement>());
        }
        let group = Group::new(
            w,
            id,
            Caption::Legend(legend),
            None,
            &[&list],
            inputs.iter().map(|i| i.clone().into()).collect(),
        );
        Radios { group, inputs }
    }

    /// The chosen option's value, or "".
    pub fn value(&self) -> String {
        self.inputs.iter().find(|i| i.checked()).map(|i| i.value()).unwrap_or_default()
    }
}

/// A native `<select>` of CLDR country names (and "stateless"): accessible everywhere,
/// searchable by typing, and no script of its own.
pub struct CountrySelect {
    pub group: Group,
    select: HtmlSelectElement,
}

impl CountrySelect {
    pub fn new(w: &Widget, id: &str, label: &str, hint: Option<&str>) -> CountrySelect {
        let select = el("select", &[("id", id), ("name", id), ("autocomplete", "country-name")]);
        let stateless = text_el("option", &[("value", "stateless")], w.t("registration_calc.citizenship_stateless"));
        add(&select, &[&text_el("option", &[("value", "")], w.t("registration_calc.citizenship_choose")), &stateless]);
        let status = el("div", &[("class", "hint"), ("role", "status")]);
        let group = Group::new(w, id, Caption::Label(label), hint, &[&select, &status], vec![select.clone()]);
        let select = select.unchecked_into::<HtmlSelectElement>();
        fill_countries(w.clone(), select.clone(), stateless, status);
        CountrySelect { group, select }
    }

    pub fn value(&self) -> String {
        self.select.value()
    }

    pub fn clear(&self) {
        self.select.set_value("");
    }
}

/// A one-line text box.
pub struct TextField {
    pub group: Group,
    input: HtmlInputElement,
}

impl TextField {
    pub fn new(w: &Widget, id: &str, label: &str, hint: Option<&str>, attrs: &[(&str, &str)]) -> TextField {
        let input = el("input", &[("id", id), ("name", id), ("type", "text")]);
        for (name, value) in attrs {
            let _ = input.set_attribute(name, value);
        }
        let group = Group::new(w, id, Caption::Label(label), hint, &[&input], vec![input.clone()]);
        TextField { group, input: input.unchecked_into() }
    }

    pub fn value(&self) -> String {
        self.input.value()
    }

    pub fn clear(&self) {
        self.input.set_value("");
    }
}

/// Calls `handler` when focus leaves `group` for somewhere outside it (not when it moves from
/// the day box to the month box).
pub fn on_leave(group: &Element, mut handler: impl FnMut() + 'static) {
    let inside = group.clone();
    crate::dom::on(group, "focusout", move |ev| {
        let next = ev.dyn_ref::<web_sys::FocusEvent>().and_then(|f| f.related_target());
        let stays = next.and_then(|t| t.dyn_into::<web_sys::Node>().ok()).is_some_and(|n| inside.contains(Some(&n)));
        if !stays {
            handler();
        }
    });
}

/// Puts the country names before "stateless" once they are loaded; if they cannot be, says
/// so beside the list with a button to try again.
fn fill_countries(w: Widget, select: HtmlSelectElement, stateless: Element, status: Element) {
    wasm_bindgen_futures::spawn_local(async move {
        crate::dom::clear(&status);
        match crate::countries::load(&w).await {
            Ok(list) => {
                for (code, name) in list.iter() {
                    let _ = select.insert_before(&text_el("option", &[("value", code)], name), Some(&stateless));
                }
            }
            Err(()) => {
                let retry = text_el(
                    "button",
                    &[("type", "button"), ("class", "button secondary")],
                    w.t("registration_calc.retry"),
                );
                add(&status, &[&text_el("p", &[], w.t("registration_calc.countries_failed")), &retry]);
                let (select, stateless, status2) = (select.clone(), stateless.clone(), status.clone());
                let w = w.clone();
                crate::dom::on(&retry, "click", move |_| {
                    fill_countries(w.clone(), select.clone(), stateless.clone(), status2.clone())
                });
            }
        }
    });
}

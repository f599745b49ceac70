//! The legal basis under a result, in the widget's language, with what is assumed where the
//! rule is uncertain and "indicative only": the same texts as the portal's basis list.

use crate::Widget;
use crate::dom::{add, el, text_el};
use crate::text::fill;
use migrationto_core::basis::Basis;
use migrationto_core::calendar::ProvisionalYears;
use web_sys::Element;

/// A "What this is based on" disclosure: short by default, so the widget stays small on the
/// partner's page, and open to read in full.
pub fn basis_list(w: &Widget, bases: &[Basis]) -> Element {
    let details = el("details", &[("class", "basis")]);
    add(&details, &[&text_el("summary", &[], w.t("calc_common.basis_heading"))]);
    let list = el("ul", &[]);
    for basis in bases {
        let item = text_el("li", &[], text(w, *basis));
        if let Some(assumption) = assumption(w, *basis) {
            let note = el("span", &[("class", "assumption")]);
            add(&note, &[&text_el("strong", &[], &format!("{}: ", w.t("calc_common.assumption")))]);
            let _ = note.append_with_str_1(assumption);
            add(&item, &[&note]);
        }
        add(&list, &[&item]);
    }
    add(&details, &[&list]);
    details
}

/// "This result is indicative only", shown under every result.
/// The note beside a result whose dates fall in a year whose calendar is not yet published.
pub fn provisional_note(w: &Widget, years: ProvisionalYears) -> Element {
    let note = el("div", &[("class", "provisional-calendar"), ("role", "note")]);
    let heading = el("p", &[]);
    add(
        &heading,
        &[&text_el("strong", &[], &fill(w.t("calc_common.provisional_calendar"), &[("years", &years.label())]))],
    );
    add(&note, &[&heading, &text_el("p", &[], w.t("calc_common.provisional_calendar_detail"))]);
    note
}

pub fn indicative(w: &Widget) -> Element {
    let p = el("p", &[("class", "indicative")]);
    add(&p, &[&text_el("strong", &[], w.t("calc_common.indicative"))]);
    p
}

fn text(w: &Widget, basis: Basis) -> &'static str {
    w.t(&format!("basis.{}", basis.key()))
}

/// What is assumed where FACTS.md marks the rule uncertain.
fn assumption(w: &Widget, basis: Basis) -> Option<&'static str> {
    basis.is_uncertain().then(|| w.t(&format!("basis.{}_assumption", basis.key())))
}

/// A list of results: each a label and a value.
pub fn summary(rows: &[(&str, &str)]) -> Element {
    let dl = el("dl", &[("class", "summary")]);
    for (label, value) in rows {
        let row = el("div", &[]);
        add(&row, &[&text_el("dt", &[], label), &text_el("dd", &[], value)]);
        add(&dl, &[&row]);
    }
    dl
}

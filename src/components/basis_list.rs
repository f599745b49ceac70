//! The legal basis under a result: each rule in the visitor's language, what the calculator
//! assumes where the rule is uncertain, and "indicative only".

use crate::locale::{I18n, t, t_string, use_i18n};
use crate::text::run_time;
use leptos::prelude::*;
use migrationto_core::basis::Basis;

#[component]
pub fn BasisList(bases: Vec<Basis>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h3>{t!(i18n, calc_common.basis_heading)}</h3>
        <ul class="basis">
            {bases.into_iter().map(|basis| view! { <BasisItem basis /> }).collect_view()}
        </ul>
        <p class="indicative"><strong>{t!(i18n, calc_common.indicative)}</strong></p>
    }
}

#[component]
fn BasisItem(basis: Basis) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li>
            {move || text(i18n, basis)}
            {move || assumption(i18n, basis).map(|a| view! {
                <span class="assumption"><strong>{t_string!(i18n, calc_common.assumption)}": "</strong>{a}</span>
            })}
        </li>
    }
}

/// The rule's text (`basis.<Basis::key()>`), read as the widgets read it.
fn text(i18n: I18n, basis: Basis) -> &'static str {
    run_time(i18n, &format!("basis.{}", basis.key())).unwrap_or_default()
}

/// What is assumed where FACTS.md marks the rule uncertain (`Basis::is_uncertain`).
fn assumption(i18n: I18n, basis: Basis) -> Option<&'static str> {
    basis.is_uncertain().then(|| run_time(i18n, &format!("basis.{}_assumption", basis.key()))).flatten()
}

//! What a service's rules say about the answers so far, shown where it matters: registration's
//! late notice, the extension's fee and its "3 days before" warning.

use super::not_needed::LateNotice;
use super::use_wizard;
use crate::calc::today_in_baku;
use crate::components::basis_list::BasisList;
use crate::components::shell::use_page_lang;
use crate::i18n::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::eservice::{Service, extension};
use migrationto_core::fees::Fee;

/// Where the notices are shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Under the questions of a step.
    Step(&'static str),
    /// On "Check your answers".
    Check,
}

#[component]
pub fn ServiceNotices(place: Place) -> impl IntoView {
    let w = use_wizard();
    match (w.service, place) {
        (Service::Registration, Place::Check) => view! { <LateNotice /> }.into_any(),
        (Service::Extension, Place::Step("request")) => view! { <ExtensionFee /> }.into_any(),
        (Service::Extension, Place::Check) => view! { <ExtensionLate /> <ExtensionFee /> }.into_any(),
        _ => ().into_any(),
    }
}

/// The state fee for the length and speed chosen, as soon as both are.
#[component]
fn ExtensionFee() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    move || {
        extension::fee(&w.read().0, today_in_baku()).map(|fee| match fee {
            Fee::Known { azn, basis, .. } => view! {
                <section class="fee" aria-live="polite">
                    <h2>{t!(i18n, eservice.extension_of_stay.fee_heading)}</h2>
                    <p class="key-date">{t_string!(i18n, eservice.extension_of_stay.fee_value, azn = azn).to_string()}</p>
                    <p>{t!(i18n, eservice.extension_of_stay.fee_note)}</p>
                    <BasisList bases=vec![basis] />
                </section>
            }
            .into_any(),
            Fee::Unknown { .. } => ().into_any(),
        })
    }
}

/// Less than 3 days before the stay ends: still accepted, with a plain warning.
#[component]
fn ExtensionLate() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let lang = use_page_lang();
    move || {
        extension::timing(&w.read().0, today_in_baku()).filter(|t| t.late).map(|t| {
            view! {
                <div class="warning-text" role="note">
                    <h2>{t!(i18n, eservice.extension_of_stay.late_heading)}</h2>
                    <p>{t_string!(i18n, eservice.extension_of_stay.late_text, date = migrationto_cldr::long_date(lang.get(), t.stay_ends)).to_string()}</p>
                    <BasisList bases=vec![t.basis] />
                </div>
            }
        })
    }
}

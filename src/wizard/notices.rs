//! What a service's rules say about the answers so far, shown where it matters: registration's
//! late notice; the fee of each paid service and its "apply at least … before" warning.

use super::not_needed::LateNotice;
use super::{text, use_wizard};
use crate::browser::today_in_baku;
use crate::components::basis_list::BasisList;
use crate::components::provisional_calendar::ProvisionalCalendar;
use crate::i18n::{t_string, use_i18n};
use crate::lang::use_page_lang;
use leptos::prelude::*;
use migrationto_core::basis::Basis;
use migrationto_core::calendar::{BakuDate, WorkingCalendar};
use migrationto_core::eservice::{Service, extension, permanent_residence, residence_permit, work_permit};
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
        (Service::Extension | Service::ResidencePermit | Service::WorkPermit, Place::Check) => {
            view! { <Late /> <FeeNotice /> }.into_any()
        }
        (Service::PermanentResidence, Place::Check) => view! { <Late /> <FeeNotice /> }.into_any(),
        (Service::Extension, Place::Step("request"))
        | (Service::ResidencePermit, Place::Step("application"))
        | (Service::WorkPermit, Place::Step("permit")) => view! { <FeeNotice /> }.into_any(),
        _ => ().into_any(),
    }
}

/// The state fee for what was chosen, as soon as it is known, or why it is not shown.
#[component]
fn FeeNotice() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let s = w.service;
    let own = move |key: &str| text::service_text(i18n, s, key).unwrap_or_default();
    move || {
        let (answers, _) = w.read();
        let today = today_in_baku();
        let (fee, chosen) = match s {
            Service::Extension => (extension::fee(&answers, today), true),
            Service::ResidencePermit => {
                let chosen =
                    ["trp.months", "trp.processing", "person.date_of_birth"].iter().all(|p| answers.contains_key(*p));
                (residence_permit::fee(&answers, today), chosen)
            }
            Service::WorkPermit => (work_permit::fee(&answers), true),
            Service::PermanentResidence => (Some(migrationto_core::fees::prp_fee()), true),
            Service::Registration => (None, false),
        };
        let days = (s == Service::WorkPermit).then(|| work_permit::working_days(&answers)).flatten();
        let body = match fee {
            Some(Fee::Known { azn, basis, .. }) => view! {
                <p class="key-date">{fee_value(i18n, s, azn)}</p>
                {days.map(|d| view! { <p>{t_string!(i18n, eservice.work_permit.fee_days, days = d).to_string()}</p> })}
                <p>{own("fee_note")}</p>
                <BasisList bases=vec![basis] />
            }
            .into_any(),
            Some(Fee::Unknown { basis }) => view! {
                <p>{own("fee_unknown")}</p>
                <BasisList bases=vec![basis] />
            }
            .into_any(),
            None if chosen && s == Service::ResidencePermit => view! { <p>{own("fee_none")}</p> }.into_any(),
            None => return None,
        };
        Some(view! {
            <section class="fee" aria-live="polite">
                <h2>{own("fee_heading")}</h2>
                {body}
            </section>
        })
    }
}

fn fee_value(i18n: leptos_i18n::I18nContext<crate::i18n::Locale>, s: Service, azn: u32) -> String {
    match s {
        Service::ResidencePermit => t_string!(i18n, eservice.residence_permit.fee_value, azn = azn).to_string(),
        Service::WorkPermit => t_string!(i18n, eservice.work_permit.fee_value, azn = azn).to_string(),
        _ => t_string!(i18n, eservice.extension_of_stay.fee_value, azn = azn).to_string(),
    }
}

/// Applying later than the rule asks: still accepted, with a plain warning.
#[component]
fn Late() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let lang = use_page_lang();
    let s = w.service;
    move || {
        let (answers, _) = w.read();
        let today = today_in_baku();
        let late: Option<(BakuDate, Basis)> = match s {
            Service::Extension => extension::timing(&answers, today).filter(|t| t.late).map(|t| (t.stay_ends, t.basis)),
            Service::ResidencePermit => {
                residence_permit::timing(&answers, today).filter(|t| t.late).map(|t| (t.stay_ends, t.basis))
            }
            Service::PermanentResidence => {
                permanent_residence::late(&answers, today).map(|d| (d, Basis::PrpApply3MonthsBefore))
            }
            _ => None,
        };
        late.map(|(date, basis)| {
            let provisional = WorkingCalendar::published().provisional_in([date]);
            let date = migrationto_cldr::long_date(lang.get(), date);
            let text = match s {
                Service::ResidencePermit => {
                    t_string!(i18n, eservice.residence_permit.late_text, date = date).to_string()
                }
                Service::PermanentResidence => {
                    t_string!(i18n, eservice.permanent_residence.late_text, date = date).to_string()
                }
                _ => t_string!(i18n, eservice.extension_of_stay.late_text, date = date).to_string(),
            };
            let mut bases = vec![basis];
            bases.extend(provisional.map(|_| Basis::ProvisionalCalendar));
            view! {
                <div class="warning-text" role="note">
                    <h2>{text::service_text(i18n, s, "late_heading").unwrap_or_default()}</h2>
                    <p>{text}</p>
                    <ProvisionalCalendar years=provisional />
                    <BasisList bases />
                </div>
            }
        })
    }
}

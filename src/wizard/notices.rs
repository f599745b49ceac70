//! What a service's rules say about the answers so far, shown where it matters: registration's
//! late notice; the fee of each paid service and its "apply at least … before" warning; the
//! deadline of a notice the law asks for; what a citizenship application leaves to the office.

use super::not_needed::LateNotice;
use super::{text, use_wizard};
use crate::browser::today_in_baku;
use crate::components::basis_list::BasisList;
use crate::components::provisional_calendar::ProvisionalCalendar;
use crate::lang::use_page_lang;
use crate::locale::use_i18n;
use leptos::prelude::*;
use migrationto_core::basis::Basis;
use migrationto_core::calendar::{BakuDate, WorkingCalendar};
use migrationto_core::eservice::{
    self, Service, extension, notices, permanent_residence, residence_permit, work_permit, work_permit_extension,
};
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
        (
            Service::Extension | Service::ResidencePermit | Service::WorkPermit | Service::PermanentResidence,
            Place::Check,
        ) => view! { <Late /> <FeeNotice /> }.into_any(),
        (Service::WorkPermitExtension, Place::Check) => view! { <Late /> <ContractCap /> <FeeNotice /> }.into_any(),
        (Service::Extension, Place::Step("request"))
        | (Service::ResidencePermit, Place::Step("application"))
        | (Service::WorkPermit, Place::Step("permit")) => view! { <FeeNotice /> }.into_any(),
        (Service::WorkPermitExtension, Place::Step("extension")) => view! { <ContractCap /> <FeeNotice /> }.into_any(),
        (Service::WorkPermitExtension, Place::Step("current")) => view! { <Late /> }.into_any(),
        (Service::ContractEndNotice, Place::Step("contract") | Place::Check)
        | (Service::LostPermitReport, Place::Step("permit") | Place::Check) => view! { <DueNotice /> }.into_any(),
        (
            Service::CitizenshipAcquisition
            | Service::CitizenshipRestoration
            | Service::CitizenshipRenunciation
            | Service::CitizenshipDetermination,
            Place::Check,
        ) => view! { <InPerson /> }.into_any(),
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
        let chosen = match s {
            Service::ResidencePermit => {
                ["trp.months", "trp.processing", "person.date_of_birth"].iter().all(|p| answers.contains_key(*p))
            }
            _ => true,
        };
        let fee = eservice::fee(s, &answers, today);
        let days = match s {
            Service::WorkPermit | Service::WorkPermitExtension => work_permit::working_days(&answers),
            _ => None,
        };
        let body = match fee {
            Some(Fee::Known { azn, basis, .. }) => view! {
                <p class="key-date">{fee_value(i18n, s, azn)}</p>
                {days.map(|d| view! { <p>{text::with_values(i18n, s, "fee_days", &[("days", d.to_string())])}</p> })}
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

/// The deadline of a notice the law asks for (5 working days after a contract ended early,
/// 10 after a permit was lost), and a warning once it has passed; for the employer's notice,
/// also the day the worker must leave by.
#[component]
fn DueNotice() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let lang = use_page_lang();
    let s = w.service;
    move || {
        let (answers, _) = w.read();
        let today = today_in_baku();
        let due = match s {
            Service::ContractEndNotice => notices::contract_end_due(&answers, today),
            _ => notices::lost_permit_due(&answers, today),
        }?;
        let leave = (s == Service::ContractEndNotice).then(|| notices::leave_by(&answers, today)).flatten();
        let long = move |d: BakuDate| migrationto_cldr::long_date(lang.get(), d);
        let last = leave.map_or(due.by, |l| l.by);
        let provisional = WorkingCalendar::published().provisional_in([due.from.next_day(), last]);
        let (heading, text_key, class) = if due.late {
            ("late_heading", "late_text", "warning-text")
        } else {
            ("due_heading", "due_text", "key-facts")
        };
        let leave_text =
            leave.map(|l| view! { <p>{text::with_values(i18n, s, "leave_text", &[("date", long(l.by))])}</p> });
        let mut bases = vec![due.basis];
        bases.extend(provisional.map(|_| Basis::ProvisionalCalendar));
        Some(view! {
            <div class=class role="note" aria-live="polite">
                <h2>{text::service_text(i18n, s, heading).unwrap_or_default()}</h2>
                <p class="key-date">{text::with_values(i18n, s, text_key, &[("date", long(due.by))])}</p>
                {leave_text}
                <ProvisionalCalendar years=provisional />
                <BasisList bases />
            </div>
        })
    }
}

/// A work permit's extension that would outlast the contract ends with it: the day it ends.
#[component]
fn ContractCap() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let lang = use_page_lang();
    let s = w.service;
    move || {
        let (answers, _) = w.read();
        let until = work_permit_extension::capped_at(&answers)?;
        let date = migrationto_cldr::long_date(lang.get(), until);
        Some(view! {
            <div class="key-facts contract-cap" role="note" aria-live="polite">
                <h2>{text::service_text(i18n, s, "capped_heading").unwrap_or_default()}</h2>
                <p>{text::with_values(i18n, s, "capped_text", &[("date", date)])}</p>
                <BasisList bases=vec![Basis::WorkPermitTerm] />
            </div>
        })
    }
}

/// What a citizenship application does not settle online: what the Service checks itself and
/// what the applicant brings in person.
#[component]
fn InPerson() -> impl IntoView {
    let i18n = use_i18n();
    let s = use_wizard().service;
    view! {
        <div class="key-facts" role="note">
            <h2>{move || text::service_text(i18n, s, "in_person_heading").unwrap_or_default()}</h2>
            <p>{move || text::service_text(i18n, s, "in_person_text").unwrap_or_default()}</p>
        </div>
    }
}

fn fee_value(i18n: crate::locale::I18n, s: Service, azn: u32) -> String {
    text::with_values(i18n, s, "fee_value", &[("azn", azn.to_string())])
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
            Service::WorkPermitExtension => {
                work_permit_extension::ended(&answers, today).map(|d| (d, Basis::WorkPermitTerm))
            }
            _ => None,
        };
        late.map(|(date, basis)| {
            let provisional = WorkingCalendar::published().provisional_in([date]);
            let date = migrationto_cldr::long_date(lang.get(), date);
            let (heading, text_key) = match s {
                Service::WorkPermitExtension => ("ended_heading", "ended_text"),
                _ => ("late_heading", "late_text"),
            };
            let text = text::with_values(i18n, s, text_key, &[("date", date)]);
            let mut bases = vec![basis];
            bases.extend(provisional.map(|_| Basis::ProvisionalCalendar));
            view! {
                <div class="warning-text" role="note">
                    <h2>{text::service_text(i18n, s, heading).unwrap_or_default()}</h2>
                    <p>{text}</p>
                    <ProvisionalCalendar years=provisional />
                    <BasisList bases />
                </div>
            }
        })
    }
}

//! The legal basis under a result: each rule in the visitor's language, what the calculator
//! assumes where the rule is uncertain, and "indicative only".

use crate::i18n::{Locale, t, t_string, use_i18n};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
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

fn text(i18n: I18nContext<Locale>, basis: Basis) -> &'static str {
    match basis {
        Basis::RegistrationWithin15Days => t_string!(i18n, basis.registration_within_15_days),
        Basis::KazakhstanProtocol30Days => t_string!(i18n, basis.kazakhstan_protocol),
        Basis::WhoRegisters => t_string!(i18n, basis.who_registers),
        Basis::RegistrationValidity => t_string!(i18n, basis.registration_validity),
        Basis::ReRegistrationAfterMove => t_string!(i18n, basis.re_registration_after_move),
        Basis::DeadlineDayCounting => t_string!(i18n, basis.deadline_day_counting),
        Basis::VisaFreeStay90Days => t_string!(i18n, basis.visa_free_stay),
        Basis::VisaStay => t_string!(i18n, basis.visa_stay),
        Basis::ExtensionApply3DaysBefore => t_string!(i18n, basis.extension_3_days),
        Basis::TrpApply30DaysBefore => t_string!(i18n, basis.trp_30_days),
        Basis::PrpApply3MonthsBefore => t_string!(i18n, basis.prp_3_months),
        Basis::FineForeignerUnregistered => t_string!(i18n, basis.fine_foreigner),
        Basis::FineHostUnregistered => t_string!(i18n, basis.fine_host),
        Basis::Russia90DaysPerCalendarYear => t_string!(i18n, basis.russia_90_per_year),
        Basis::StayDayCounting => t_string!(i18n, basis.stay_day_counting),
        Basis::RussiaSingleStayAlsoCapped => t_string!(i18n, basis.russia_single_stay),
        Basis::StateDutyLaw => t_string!(i18n, basis.state_duty_law),
        Basis::PublishedWorkingDays => t_string!(i18n, basis.published_working_days),
        Basis::ProvisionalCalendar => t_string!(i18n, basis.provisional_calendar),
    }
}

/// What is assumed where FACTS.md marks the rule uncertain (`Basis::is_uncertain`).
fn assumption(i18n: I18nContext<Locale>, basis: Basis) -> Option<&'static str> {
    Some(match basis {
        Basis::DeadlineDayCounting => t_string!(i18n, basis.deadline_day_counting_assumption),
        Basis::VisaFreeStay90Days => t_string!(i18n, basis.visa_free_stay_assumption),
        Basis::ExtensionApply3DaysBefore => t_string!(i18n, basis.extension_3_days_assumption),
        Basis::FineForeignerUnregistered => t_string!(i18n, basis.fine_foreigner_assumption),
        Basis::StayDayCounting => t_string!(i18n, basis.stay_day_counting_assumption),
        Basis::RussiaSingleStayAlsoCapped => t_string!(i18n, basis.russia_single_stay_assumption),
        Basis::ProvisionalCalendar => t_string!(i18n, basis.provisional_calendar_assumption),
        _ => return None,
    })
}

//! What the registration rules say once the dates are known: a stay too short to need
//! registration ends the application with the reason; a late one is still accepted, with
//! the fines explained.

use super::use_wizard;
use crate::browser::today_in_baku;
use crate::components::basis_list::BasisList;
use crate::components::page::Page;
use crate::components::provisional_calendar::ProvisionalCalendar;
use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::basis::Basis;
use migrationto_core::calendar::WorkingCalendar;
use migrationto_core::eservice::registration::outlook;
use migrationto_core::path::localized;
use migrationto_core::registration::FineRange;

#[component]
pub fn NotNeeded() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let lang = use_page_lang();
    let result = outlook(&w.read().0, today_in_baku());
    view! {
        <a class="back-link" href=w.href("stay")>{t!(i18n, wizard.back)}</a>
        <Page title=Signal::derive(move || t_string!(i18n, eservice.registration.not_needed_title).to_string())>
            {match result {
                Some(r) if !r.needed => view! {
                    <h2>{t!(i18n, calc_common.result_heading)}</h2>
                    <p>{move || t_string!(i18n, eservice.registration.not_needed_text, days = r.stay_days, threshold = r.threshold).to_string()}</p>
                    <p>{move || t_string!(i18n, eservice.registration.not_needed_later, threshold = r.threshold,
                        date = migrationto_cldr::long_date(lang.get(), r.deadline.last_day.date)).to_string()}</p>
                    <BasisList bases=vec![r.threshold_basis, r.deadline.last_day.basis] />
                }.into_any(),
                _ => view! { <p>{t!(i18n, wizard.nothing_to_show)}</p> }.into_any(),
            }}
            <p><a class="button" href=w.href("stay")>{t!(i18n, eservice.registration.not_needed_change)}</a></p>
            <p><a href=move || localized(lang.get(), "e-services")>{t!(i18n, sections.e_services.title)}</a></p>
        </Page>
    }
}

/// Shown on "Check your answers" when the last day to register has passed.
#[component]
pub fn LateNotice() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let lang = use_page_lang();
    let fine = move |f: FineRange| {
        t_string!(i18n, eservice.registration.fine_range, min = f.min_azn, max = f.max_azn).to_string()
    };
    move || {
        outlook(&w.read().0, today_in_baku()).filter(|r| r.late()).map(|r| {
            let provisional = WorkingCalendar::published().provisional_in([r.deadline.last_day.date]);
            let mut bases = vec![r.deadline.last_day.basis, r.fine_foreigner.basis, r.fine_host.basis];
            bases.extend(provisional.map(|_| Basis::ProvisionalCalendar));
            view! {
                <div class="warning-text" role="note">
                    <h2>{t!(i18n, eservice.registration.late_heading)}</h2>
                    <p>{t_string!(i18n, eservice.registration.late_text,
                        date = migrationto_cldr::long_date(lang.get(), r.deadline.last_day.date),
                        foreigner = fine(r.fine_foreigner), host = fine(r.fine_host)).to_string()}</p>
                    <ProvisionalCalendar years=provisional />
                    <BasisList bases />
                </div>
            }
        })
    }
}

//! The confirmation: the reference number, until when the registration is valid, how to pay
//! the state fee, what happens next, and print. It reads the receipt kept in this tab, so a reload shows it again.

use super::draft;
use super::{text, use_wizard};
use crate::components::page::Page;
use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::api::Payment;
use migrationto_core::calendar::BakuDate;
use migrationto_core::page::Page as PortalPage;
use migrationto_core::path::localized;

#[component]
pub fn Confirmation() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let s = w.service;
    let lang = use_page_lang();
    let Some(receipt) = draft::load_receipt(s) else {
        return view! {
            <Page title=Signal::derive(move || text::service_title(i18n, s))>
                <p>{t!(i18n, wizard.nothing_to_show)}</p>
                <p><a href=w.href("start")>{t!(i18n, wizard.new_application)}</a></p>
            </Page>
        }
        .into_any();
    };
    let valid_until = receipt.valid_until.clone().and_then(|d| BakuDate::parse_iso(&d).ok());
    let reference = receipt.reference.clone();
    let start_again = move |_| draft::clear_receipt(s);
    view! {
        <Page title=Signal::derive(move || t_string!(i18n, wizard.confirmation_title).to_string())>
            <div class="panel-confirmation">
                <p class="panel-body">{t!(i18n, wizard.reference_label)}<br /><strong class="reference">{reference}</strong></p>
            </div>
            <p>{t!(i18n, wizard.reference_note)}</p>
            {valid_until.map(|d| view! {
                <p class="valid-until">{move || t_string!(i18n, eservice.registration.valid_until, date = migrationto_cldr::long_date(lang.get(), d)).to_string()}</p>
            })}
            {receipt.payment.map(|p| view! { <PaymentPanel payment=p /> })}
            <h2>{t!(i18n, wizard.whats_next)}</h2>
            <p>{move || text::service_text(i18n, s, "whats_next").unwrap_or_default()}</p>
            <p class="indicative">{t!(i18n, calc_common.indicative)}</p>
            <ul class="list result-actions">
                <li><button type="button" class="button button-secondary" on:click=|_| { let _ = window().print(); }>{t!(i18n, wizard.print)}</button></li>
                <li><a href=move || localized(lang.get(), &PortalPage::TrackApplications.path())>{t!(i18n, wizard.track_link)}</a></li>
                <li><a href=w.href("start") on:click=start_again>{t!(i18n, wizard.new_application)}</a></li>
            </ul>
        </Page>
    }
    .into_any()
}

/// How to pay the state fee: the payment reference, the amount when known, where to pay, and
/// that the portal never takes card details.
#[component]
fn PaymentPanel(payment: Payment) -> impl IntoView {
    let i18n = use_i18n();
    let amount = move || match payment.amount_azn {
        Some(azn) => t_string!(i18n, wizard.payment_amount, azn = azn).to_string(),
        None => t_string!(i18n, wizard.payment_amount_unknown).to_string(),
    };
    view! {
        <section class="payment" aria-labelledby="payment-heading">
            <h2 id="payment-heading">{t!(i18n, wizard.payment_heading)}</h2>
            <p>{t!(i18n, wizard.payment_reference_label)}<br /><strong class="reference payment-reference">{payment.reference.clone()}</strong></p>
            <p class="key-date">{amount}</p>
            <p>{t!(i18n, wizard.payment_how)}</p>
            <p>{t!(i18n, wizard.payment_no_card)}</p>
            <p>{t!(i18n, wizard.payment_status)}</p>
        </section>
    }
}

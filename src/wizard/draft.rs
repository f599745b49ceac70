//! The answers of the application in progress, kept in `sessionStorage` as the user types:
//! a reload at any step keeps everything, and closing the tab leaves nothing behind
//! (`crate::session`).

use crate::session;
use migrationto_core::api::FieldError;
use migrationto_core::eservice::{Answers, Service};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A file attached to an upload field: what the page shows of it after a reload.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FileNote {
    pub name: String,
    pub size: u64,
    pub media_type: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// What was typed, by field path (dates as `<path>#day` and so on).
    pub typed: Answers,
    /// Files uploaded, by field path.
    #[serde(default)]
    pub files: BTreeMap<String, FileNote>,
    /// The idempotency key of this application, made on the first "Send" and kept until it
    /// is accepted, so a retry never makes a second application.
    #[serde(default)]
    pub key: Option<String>,
    /// What the e-service said about answers in a submission, shown at their fields (a page
    /// of the other app: `super::Wizard::go`) until they are changed.
    #[serde(default)]
    pub server_errors: Vec<FieldError>,
}

/// What the confirmation page shows: kept after the answers are cleared.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub reference: String,
    /// `YYYY-MM-DD`, when the rules give one.
    #[serde(default)]
    pub valid_until: Option<String>,
    /// How to pay the state fee, when the application has one.
    #[serde(default)]
    pub payment: Option<migrationto_core::api::Payment>,
}

fn draft_key(service: Service) -> String {
    format!("migrationto.draft.{}", service.id())
}

fn receipt_key(service: Service) -> String {
    format!("migrationto.receipt.{}", service.id())
}

pub fn load(service: Service) -> Draft {
    session::read(&draft_key(service)).unwrap_or_default()
}

pub fn store(service: Service, draft: &Draft) {
    if *draft == Draft::default() {
        // Nothing typed: nothing kept.
        clear(service);
    } else {
        session::write(&draft_key(service), draft);
    }
}

pub fn clear(service: Service) {
    session::forget(&draft_key(service));
}

pub fn load_receipt(service: Service) -> Option<Receipt> {
    session::read(&receipt_key(service))
}

pub fn store_receipt(service: Service, receipt: &Receipt) {
    session::write(&receipt_key(service), receipt);
}

pub fn clear_receipt(service: Service) {
    session::forget(&receipt_key(service));
}

//! The app's client for the e-service API (`/api/v1`, see `crates/backend/openapi.json`).
//!
//! The base URL is runtime configuration: `<meta name="migrationto-api" content="...">` in
//! `index.html`, which the server (or whoever deploys the files) may rewrite, so pointing the
//! portal at the real backend needs no rebuild. Requests time out, are retried with backoff
//! after network errors, time-outs and 5xx replies (a write keeps its idempotency key, so a
//! retry never creates a second application), and are never retried after a 4xx reply.

mod client;
mod error;
mod message;

pub use client::{Options, new_idempotency_key, send, send_file};
pub use error::ApiError;
pub use message::message;

use migrationto_core::api::{
    ApplicationReceipt, Appointment, BookAppointment, DaySlots, Draft, DraftSaved, Health, PersonLookup,
    RegistrationStatusReply, ResumeDraft, SaveDraft, ServiceCentre, SubmitApplication, TrackReply, TravelBanReply,
    UploadReceipt,
};

/// Where the API is: the `migrationto-api` meta tag, else `/api/v1` on this origin.
pub fn base_url() -> String {
    leptos::prelude::document()
        .query_selector(r#"meta[name="migrationto-api"]"#)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .map(|s| s.trim().trim_end_matches('/').to_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "/api/v1".to_owned())
}

pub async fn health() -> Result<Health, ApiError> {
    send("GET", "/health", None, None, Options::default()).await
}

/// Sends an application. Keep `key` for the whole life of the application (one per "Send"
/// the user means), so a retry after a lost reply returns the first receipt.
pub async fn submit_application(application: &SubmitApplication, key: &str) -> Result<ApplicationReceipt, ApiError> {
    send("POST", "/applications", Some(to_json(application)), Some(key), Options::default()).await
}

pub async fn track_applications(person: &PersonLookup) -> Result<TrackReply, ApiError> {
    send("POST", "/applications/track", Some(to_json(person)), None, Options::default()).await
}

pub async fn registration_status(person: &PersonLookup) -> Result<RegistrationStatusReply, ApiError> {
    send("POST", "/registrations/status", Some(to_json(person)), None, Options::default()).await
}

pub async fn travel_ban(person: &PersonLookup) -> Result<TravelBanReply, ApiError> {
    send("POST", "/travel-bans/check", Some(to_json(person)), None, Options::default()).await
}

pub async fn save_draft(draft: &SaveDraft, key: &str) -> Result<DraftSaved, ApiError> {
    send("POST", "/drafts", Some(to_json(draft)), Some(key), Options::default()).await
}

pub async fn resume_draft(resume: &ResumeDraft) -> Result<Draft, ApiError> {
    send("POST", "/drafts/resume", Some(to_json(resume)), None, Options::default()).await
}

/// Uploads a document; keep `key` for this file so a retry stores it once.
pub async fn upload(file: &web_sys::Blob, key: &str) -> Result<UploadReceipt, ApiError> {
    // A large file on a slow connection needs longer than a form.
    send_file("/uploads", file, key, Options { timeout_ms: 60_000, ..Options::default() }).await
}

pub async fn day_slots(centre: &str, date: &str) -> Result<DaySlots, ApiError> {
    let path = format!(
        "/service-centres/{}/slots?date={}",
        js_sys::encode_uri_component(centre),
        js_sys::encode_uri_component(date)
    );
    send("GET", &path, None, None, Options::default()).await
}

/// Books a slot; keep `key` for this booking so a retry never books twice.
pub async fn book_appointment(booking: &BookAppointment, key: &str) -> Result<Appointment, ApiError> {
    send("POST", "/appointments", Some(to_json(booking)), Some(key), Options::default()).await
}

pub async fn cancel_appointment(code: &str, key: &str) -> Result<Appointment, ApiError> {
    let path = format!("/appointments/{}", js_sys::encode_uri_component(code));
    send("DELETE", &path, None, Some(key), Options::default()).await
}

pub async fn service_centres() -> Result<Vec<ServiceCentre>, ApiError> {
    send("GET", "/service-centres", None, None, Options::default()).await
}

fn to_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).expect("wire types serialise")
}

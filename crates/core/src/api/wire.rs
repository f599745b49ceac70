//! Request and reply bodies of `/api/v1`. Requests reject unknown fields, so a typo in a
//! client is an error rather than a silently ignored answer. Dates travel as `YYYY-MM-DD`
//! text and are checked with `crate::validate`, so a wrong date is a field error, not a
//! malformed body.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `POST /applications`: an application to any e-service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmitApplication {
    /// The service id, such as `registration` (see `crate::eservice::Service`).
    pub service: String,
    /// The language the applicant used, `az`, `en` or `ru`: replies to them are in it.
    pub lang: String,
    /// The answers, by field path (`person.surname`), as text.
    pub answers: BTreeMap<String, String>,
}

/// The status of an application, as the caseworker moves it along.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    Received,
    UnderReview,
    DocumentsRequested,
    Approved,
    Refused,
    ReadyForCollection,
}

impl ApplicationStatus {
    pub const ALL: [ApplicationStatus; 6] = [
        ApplicationStatus::Received,
        ApplicationStatus::UnderReview,
        ApplicationStatus::DocumentsRequested,
        ApplicationStatus::Approved,
        ApplicationStatus::Refused,
        ApplicationStatus::ReadyForCollection,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            ApplicationStatus::Received => "received",
            ApplicationStatus::UnderReview => "under_review",
            ApplicationStatus::DocumentsRequested => "documents_requested",
            ApplicationStatus::Approved => "approved",
            ApplicationStatus::Refused => "refused",
            ApplicationStatus::ReadyForCollection => "ready_for_collection",
        }
    }

    pub fn from_id(id: &str) -> Option<ApplicationStatus> {
        ApplicationStatus::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The key of its name in the locale files (`status_check.status_under_review`), read the
    /// same way by the portal's status checks and the widgets.
    pub fn text_key(self) -> String {
        format!("status_check.status_{}", self.id())
    }
}

/// The reply to a submission: the reference number to quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationReceipt {
    /// `A7KP-93QX-DW2D`: see `crate::api::code`.
    pub reference: String,
    pub service: String,
    pub status: ApplicationStatus,
    /// When it was received, RFC 3339 in UTC.
    pub received_at: String,
    /// How to pay the state fee, when the application has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<Payment>,
}

/// The state fee of an application: the reference to quote when paying (on the Government
/// Payment Portal, with ASAN Ödəniş, at a bank or a terminal: never through the portal), the
/// amount when the fee table gives it, and when the Service received the payment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    /// `P7KP-93QX-DW2F`: the application's reference with `P` first (`Code::as_kind`).
    pub reference: String,
    /// In manats; absent when the portal does not know the fee (the Service tells the amount).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_azn: Option<u32>,
    /// When the payment was received, RFC 3339 in UTC; absent while it is not paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<String>,
}

/// `POST /applications/track`, `/registrations/status`, `/travel-bans/check`: who is asking
/// about themselves. Lookups are POSTs so personal data never appears in an address or a log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonLookup {
    pub passport_number: String,
    /// `YYYY-MM-DD`.
    pub date_of_birth: String,
    /// ISO 3166-1 alpha-2, or `stateless`.
    pub citizenship: String,
}

/// One change of status, with when it happened (RFC 3339, UTC).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    pub status: ApplicationStatus,
    pub at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackedApplication {
    pub reference: String,
    pub service: String,
    pub status: ApplicationStatus,
    /// Oldest first.
    pub history: Vec<StatusChange>,
    /// The state fee and whether it is paid, when the application has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<Payment>,
}

/// The reply to "Track your applications". Empty both when nobody matches and when the
/// details do not match, so the lookup reveals nothing about other people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackReply {
    pub applications: Vec<TrackedApplication>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationRecord {
    /// The city or district of the address.
    pub district: String,
    pub valid_from: String,
    pub valid_until: String,
}

/// The reply to "Check registration status": the person's registrations, newest first.
/// Empty when nothing matches, for the same reason as `TrackReply`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationStatusReply {
    pub registrations: Vec<RegistrationRecord>,
}

/// The reply to "Check for a travel ban".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TravelBanReply {
    /// Whether a ban on leaving Azerbaijan is recorded for these details. The reply says
    /// nothing more: the person is told to call 919 or visit the Service.
    pub ban_recorded: bool,
}

/// `POST /drafts`: answers saved to finish later, possibly on another device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaveDraft {
    pub service: String,
    /// Asked again, with the code, to reopen the draft.
    pub date_of_birth: String,
    pub answers: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSaved {
    /// `D...`: see `crate::api::code`.
    pub code: String,
    /// The last day the draft can be reopened, `YYYY-MM-DD` (30 days on).
    pub expires_on: String,
}

/// `POST /drafts/resume`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResumeDraft {
    pub code: String,
    pub date_of_birth: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub service: String,
    pub answers: BTreeMap<String, String>,
    pub expires_on: String,
}

/// The reply to `POST /uploads`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadReceipt {
    /// `F...`: given as the answer to an upload field.
    pub id: String,
    /// `application/pdf`, `image/jpeg` or `image/png`, as found in the content.
    pub media_type: String,
    pub size: u64,
}

/// A place that takes appointments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceCentre {
    pub id: String,
    /// The name in az, en and ru.
    pub name: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// `HH:MM`, Baku time.
    pub time: String,
    pub free: bool,
}

/// `GET /service-centres/{id}/slots?date=YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DaySlots {
    pub centre: String,
    pub date: String,
    /// Empty on a day off.
    pub slots: Vec<Slot>,
}

/// `POST /appointments`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookAppointment {
    pub centre: String,
    pub date: String,
    pub time: String,
    pub name: String,
    /// A phone number or an e-mail address; at least one.
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    /// `B...`: quoted to cancel.
    pub code: String,
    pub centre: String,
    pub date: String,
    pub time: String,
}

/// `GET /health`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub version: String,
}

//! What can go wrong with a request, in the terms the user is told about.

use migrationto_core::api::problem::ProblemKind;
use migrationto_core::api::{FieldError, Problem};

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The device is offline (`navigator.onLine` is false).
    Offline,
    /// The service could not be reached although the device is online.
    Unreachable,
    /// No reply in time, after every retry.
    Timeout,
    /// The service failed (5xx), after every retry.
    Server,
    /// Too many requests; try again after this many seconds, if the service said.
    RateLimited { retry_after: Option<u32> },
    /// Some answers were not accepted; each error names its field.
    Validation(Vec<FieldError>),
    /// Nothing found for these details (also when they do not match).
    NotFound,
    /// The appointment slot was taken by someone else.
    SlotTaken,
    /// This phone number or e-mail address already has an appointment at that centre that day.
    AlreadyBooked,
    /// Any other refusal (4xx), with the service's problem document.
    Refused(Problem),
    /// A reply that is not what the contract says.
    Malformed,
}

impl ApiError {
    /// The error for a reply with a non-success status; `body` is its text.
    pub fn from_reply(status: u16, body: &str, retry_after: Option<&str>) -> ApiError {
        if status >= 500 {
            return ApiError::Server;
        }
        let problem = serde_json::from_str::<Problem>(body).ok();
        match (status, problem.as_ref().and_then(Problem::problem_kind)) {
            (429, _) => ApiError::RateLimited { retry_after: retry_after.and_then(|s| s.trim().parse().ok()) },
            (_, Some(ProblemKind::SlotTaken)) => ApiError::SlotTaken,
            (_, Some(ProblemKind::AlreadyBooked)) => ApiError::AlreadyBooked,
            (404, _) => ApiError::NotFound,
            (_, _) if problem.as_ref().is_some_and(|p| !p.errors.is_empty()) => {
                ApiError::Validation(problem.map(|p| p.errors).unwrap_or_default())
            }
            (_, _) => problem.map(ApiError::Refused).unwrap_or(ApiError::Malformed),
        }
    }

    /// The field errors to show at their fields, if any.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            ApiError::Validation(errors) => errors,
            _ => &[],
        }
    }
}

//! What the user is told when a request fails, in their language.

use super::ApiError;
use crate::locale::{I18n, t_string};

/// One sentence that says what happened and what to do; the answers are never lost.
pub fn message(i18n: I18n, error: &ApiError) -> String {
    match error {
        ApiError::Offline => t_string!(i18n, api_error.offline).to_string(),
        ApiError::Unreachable => t_string!(i18n, api_error.unreachable).to_string(),
        ApiError::Timeout => t_string!(i18n, api_error.timeout).to_string(),
        ApiError::Server => t_string!(i18n, api_error.server).to_string(),
        ApiError::RateLimited { retry_after: Some(seconds) } => {
            t_string!(i18n, api_error.rate_limited_seconds, seconds = *seconds).to_string()
        }
        ApiError::RateLimited { retry_after: None } => t_string!(i18n, api_error.rate_limited).to_string(),
        ApiError::Validation(_) => t_string!(i18n, api_error.validation).to_string(),
        ApiError::NotFound => t_string!(i18n, api_error.not_found).to_string(),
        ApiError::SlotTaken => t_string!(i18n, api_error.slot_taken).to_string(),
        ApiError::AlreadyBooked => t_string!(i18n, api_error.already_booked).to_string(),
        ApiError::Refused(_) => t_string!(i18n, api_error.refused).to_string(),
        ApiError::Malformed => t_string!(i18n, api_error.malformed).to_string(),
    }
}

//! Errors as `application/problem+json` (RFC 9457), with the field errors the app shows at
//! each field in the user's language.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One answer that was not accepted: where it is and which rule it broke. The rule ids are
/// those of `crate::validate` and `crate::eservice`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The field's path, such as `stay.arrival` or `passport_number`.
    pub path: String,
    /// The rule id, such as `date.no_such_day`.
    pub rule: Cow<'static, str>,
}

impl FieldError {
    pub fn new(path: &str, rule: &'static str) -> FieldError {
        FieldError { path: path.to_owned(), rule: Cow::Borrowed(rule) }
    }
}

/// The body of every error reply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// A URI naming the kind of problem, under `/api/v1/problems/`.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short English summary, for developers; the app shows its own text.
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The answers that were not accepted, when the problem is one of validation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// The kinds of problem the API reports, each with its status code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// 422: some answers were not accepted (see `errors`).
    Validation,
    /// 400: the body is not JSON of the expected shape.
    MalformedBody,
    /// 400: a write without an `Idempotency-Key` header, or with a bad one.
    IdempotencyKeyMissing,
    /// 422: an `Idempotency-Key` used before with a different request.
    IdempotencyKeyReused,
    /// 404: nothing found (also when details do not match, so lookups reveal nothing).
    NotFound,
    /// 409: the appointment slot was booked by someone else.
    SlotTaken,
    /// 409: the same person (phone number or e-mail address) already has a live booking at this
    /// centre on this day.
    AlreadyBooked,
    /// 413: the body is too large.
    TooLarge,
    /// 415: a file type or content type the endpoint does not take.
    UnsupportedMediaType,
    /// 429: too many lookups from this client; `Retry-After` says when to try again.
    RateLimited,
    /// 403: a cross-origin request from a site not on the partner list.
    OriginNotAllowed,
    /// 500: the server failed; nothing was stored.
    Internal,
}

impl ProblemKind {
    pub const fn status(self) -> u16 {
        match self {
            ProblemKind::Validation | ProblemKind::IdempotencyKeyReused => 422,
            ProblemKind::MalformedBody | ProblemKind::IdempotencyKeyMissing => 400,
            ProblemKind::NotFound => 404,
            ProblemKind::SlotTaken | ProblemKind::AlreadyBooked => 409,
            ProblemKind::TooLarge => 413,
            ProblemKind::UnsupportedMediaType => 415,
            ProblemKind::RateLimited => 429,
            ProblemKind::OriginNotAllowed => 403,
            ProblemKind::Internal => 500,
        }
    }

    pub const fn slug(self) -> &'static str {
        match self {
            ProblemKind::Validation => "validation",
            ProblemKind::MalformedBody => "malformed-body",
            ProblemKind::IdempotencyKeyMissing => "idempotency-key-missing",
            ProblemKind::IdempotencyKeyReused => "idempotency-key-reused",
            ProblemKind::NotFound => "not-found",
            ProblemKind::SlotTaken => "slot-taken",
            ProblemKind::AlreadyBooked => "already-booked",
            ProblemKind::TooLarge => "too-large",
            ProblemKind::UnsupportedMediaType => "unsupported-media-type",
            ProblemKind::RateLimited => "rate-limited",
            ProblemKind::OriginNotAllowed => "origin-not-allowed",
            ProblemKind::Internal => "internal",
        }
    }

    const fn title(self) -> &'static str {
        match self {
            ProblemKind::Validation => "Some answers were not accepted",
            ProblemKind::MalformedBody => "The request body is not valid JSON of the expected shape",
            ProblemKind::IdempotencyKeyMissing => {
                "Writes need an Idempotency-Key header of 8 to 128 visible characters"
            }
            ProblemKind::IdempotencyKeyReused => "This Idempotency-Key was used with a different request",
            ProblemKind::NotFound => "Nothing was found for these details",
            ProblemKind::SlotTaken => "This appointment slot is no longer free",
            ProblemKind::AlreadyBooked => {
                "This phone number or e-mail address already has an appointment at this centre on this day"
            }
            ProblemKind::TooLarge => "The request body is too large",
            ProblemKind::UnsupportedMediaType => "This type of content is not accepted here",
            ProblemKind::RateLimited => "Too many requests; try again later",
            ProblemKind::OriginNotAllowed => "This site is not on the partner list",
            ProblemKind::Internal => "The server failed; nothing was stored",
        }
    }

    pub const ALL: [ProblemKind; 12] = {
        use ProblemKind::*;
        [
            Validation,
            MalformedBody,
            IdempotencyKeyMissing,
            IdempotencyKeyReused,
            NotFound,
            SlotTaken,
            AlreadyBooked,
            TooLarge,
            UnsupportedMediaType,
            RateLimited,
            OriginNotAllowed,
            Internal,
        ]
    };

    pub fn from_slug(slug: &str) -> Option<ProblemKind> {
        ProblemKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

impl Problem {
    pub fn new(kind: ProblemKind) -> Problem {
        Problem {
            kind: format!("/api/v1/problems/{}", kind.slug()),
            title: kind.title().to_owned(),
            status: kind.status(),
            detail: None,
            errors: Vec::new(),
        }
    }

    pub fn validation(errors: Vec<FieldError>) -> Problem {
        Problem { errors, ..Problem::new(ProblemKind::Validation) }
    }

    pub fn with_detail(self, detail: impl Into<String>) -> Problem {
        Problem { detail: Some(detail.into()), ..self }
    }

    /// The kind, read back from `type`.
    pub fn problem_kind(&self) -> Option<ProblemKind> {
        self.kind.strip_prefix("/api/v1/problems/").and_then(ProblemKind::from_slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_as_rfc9457_json() {
        let p = Problem::validation(vec![FieldError::new("stay.arrival", "date.no_such_day")]);
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains(r#""type":"/api/v1/problems/validation""#), "{json}");
        assert!(json.contains(r#""status":422"#));
        let back: Problem = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        assert_eq!(back.problem_kind(), Some(ProblemKind::Validation));
    }

    #[test]
    fn every_kind_round_trips_through_its_slug() {
        for k in ProblemKind::ALL {
            assert_eq!(Problem::new(k).problem_kind(), Some(k));
            assert_eq!(Problem::new(k).status, k.status());
        }
    }

    #[test]
    fn unknown_rule_ids_are_kept_as_text() {
        let p: Problem = serde_json::from_str(
            r#"{"type":"/api/v1/problems/validation","title":"x","status":422,"errors":[{"path":"a","rule":"brand.new"}]}"#,
        )
        .unwrap();
        assert_eq!(p.errors[0].rule, "brand.new");
    }
}

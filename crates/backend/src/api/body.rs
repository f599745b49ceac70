//! Reading a request's body: within the route's size limit, and JSON read strictly.

use super::error::ApiError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use migrationto_core::api::problem::ProblemKind;
use migrationto_core::api::{FieldError, Problem};
use serde::de::DeserializeOwned;

/// The largest JSON body accepted; applications are a few kilobytes.
pub const JSON_LIMIT: usize = 64 * 1024;

/// A JSON body read strictly: `application/json` only, an object only, and a wrong type, a
/// missing or an unknown field is a field error at its path rather than a bare 400.
pub struct JsonBody<T>(pub T, pub String);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let is_json =
            req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| {
                v.split(';').next().is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
            });
        if !is_json {
            return Err(ProblemKind::UnsupportedMediaType.into());
        }
        let bytes = read_body(req, state).await?;
        let text = String::from_utf8(bytes.to_vec()).map_err(|_| ApiError::from(ProblemKind::MalformedBody))?;
        // Every request body is an object: serde would also fill a struct from an array, in
        // field order, which the contract does not allow.
        if !text.trim_start_matches([' ', '\t', '\n', '\r']).starts_with('{') {
            return Err(ProblemKind::MalformedBody.into());
        }
        let de = &mut serde_json::Deserializer::from_str(&text);
        let value = serde_path_to_error::deserialize(&mut *de).map_err(|err| body_error(&err))?;
        // Nothing but white space may follow the JSON value.
        de.end().map_err(|_| ApiError::from(ProblemKind::MalformedBody))?;
        Ok(JsonBody(value, text))
    }
}

/// The request's body, within the route's size limit (413 `too-large` beyond it).
pub async fn read_body<S: Send + Sync>(req: Request, state: &S) -> Result<Bytes, ApiError> {
    Bytes::from_request(req, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::from(ProblemKind::TooLarge)
        } else {
            ApiError::from(ProblemKind::MalformedBody)
        }
    })
}

/// Turns a serde error into a field error where the fault is in one field.
fn body_error(err: &serde_path_to_error::Error<serde_json::Error>) -> ApiError {
    let path = err.path().to_string();
    let message = err.inner().to_string();
    let problem = Problem::new(ProblemKind::MalformedBody);
    let field = |path: String, rule: &'static str| Problem {
        errors: vec![FieldError { path, rule: rule.into() }],
        ..problem.clone()
    };
    if err.inner().is_syntax() || err.inner().is_eof() {
        return problem.into();
    }
    // serde_path_to_error's path already ends at an unknown field, but stops at the parent
    // of a missing one.
    if message.starts_with("unknown field `") {
        return field(path, "field.unknown").into();
    }
    if let Some(name) = message.strip_prefix("missing field `").and_then(|m| m.split('`').next()) {
        let full = if path == "." { name.to_owned() } else { format!("{path}.{name}") };
        return field(full, "required").into();
    }
    if path != "." {
        return field(path, "type.mismatch").into();
    }
    problem.into()
}

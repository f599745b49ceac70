//! Error replies: a problem document (`application/problem+json`) and, when the client should
//! wait, `Retry-After`.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use migrationto_core::api::problem::ProblemKind;
use migrationto_core::api::{FieldError, Problem};

/// An error reply: a problem document, and `Retry-After` when the client should wait.
#[derive(Debug)]
pub struct ApiError {
    pub problem: Problem,
    pub retry_after: Option<u64>,
}

impl From<ProblemKind> for ApiError {
    fn from(kind: ProblemKind) -> ApiError {
        ApiError { problem: Problem::new(kind), retry_after: None }
    }
}

impl From<Problem> for ApiError {
    fn from(problem: Problem) -> ApiError {
        ApiError { problem, retry_after: None }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(err: rusqlite::Error) -> ApiError {
        // The error names no personal data: statements use parameters.
        eprintln!("migrationto: database error: {err}");
        ProblemKind::Internal.into()
    }
}

impl ApiError {
    pub fn fields(errors: Vec<FieldError>) -> ApiError {
        Problem::validation(errors).into()
    }

    pub fn field(path: &str, rule: &'static str) -> ApiError {
        ApiError::fields(vec![FieldError::new(path, rule)])
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_string(&self.problem).expect("problems serialise");
        let mut res = (status, [(header::CONTENT_TYPE, "application/problem+json")], body).into_response();
        if let Some(secs) = self.retry_after {
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        res
    }
}

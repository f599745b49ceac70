//! Writes made once: the `Idempotency-Key` header, and the first reply given again to a retry.

use super::error::ApiError;
use super::state::ApiState;
use crate::db;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use migrationto_core::api::problem::ProblemKind;
use serde::Serialize;

/// The `Idempotency-Key` of a write: 8 to 128 visible ASCII characters.
pub fn idempotency_key(headers: &HeaderMap) -> Result<String, ApiError> {
    headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .filter(|k| (8..=128).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_owned)
        .ok_or_else(|| ProblemKind::IdempotencyKeyMissing.into())
}

/// The first reply to a write already made with this key and this request, if any. Handlers
/// call it before validating, so a retry gets its first reply even if a check would now
/// fail (a booked day that has since become today); `once` checks again in its transaction.
pub async fn replay(
    state: &ApiState,
    scope: &'static str,
    key: &str,
    request: &str,
) -> Result<Option<Response>, ApiError> {
    let (key, request) = (key.to_owned(), request.to_owned());
    let seen = state.db.run(move |conn| db::remembered(conn, scope, &key)).await?;
    Ok(seen.filter(|s| s.request == request).map(|s| json_reply(s.status, s.reply)))
}

/// Runs a write once per idempotency key. In one transaction: if the key was seen with the
/// same request, the first reply is returned and nothing new is made; if it was seen with a
/// different request, that is an error; otherwise `write` runs and its reply is remembered.
/// Only successful replies are remembered, so a corrected request may reuse its key.
pub async fn once<T, F>(
    state: &ApiState,
    scope: &'static str,
    key: String,
    request: String,
    write: F,
) -> Result<Response, ApiError>
where
    T: Serialize,
    F: FnOnce(&rusqlite::Transaction) -> Result<(StatusCode, T), ApiError> + Send + 'static,
{
    let now = state.now();
    let outcome = state
        .db
        .run(move |conn| {
            let tx = conn.transaction()?;
            if let Some(seen) = db::remembered(&tx, scope, &key)? {
                return Ok(if seen.request == request {
                    Ok((seen.status, seen.reply))
                } else {
                    Err(ApiError::from(ProblemKind::IdempotencyKeyReused))
                });
            }
            let (status, reply) = match write(&tx) {
                Ok(done) => done,
                Err(err) => return Ok(Err(err)),
            };
            let reply = serde_json::to_string(&reply).expect("replies serialise");
            db::remember(&tx, scope, &key, &request, status.as_u16(), &reply, &now)?;
            tx.commit()?;
            Ok(Ok((status.as_u16(), reply)))
        })
        .await??;
    Ok(json_reply(outcome.0, outcome.1))
}

/// A write's reply: its status and its JSON, as first sent or as remembered.
fn json_reply(status: u16, json: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    (status, [(header::CONTENT_TYPE, "application/json")], json).into_response()
}

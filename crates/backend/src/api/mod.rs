//! The e-service API under `/api/v1`, as described by `openapi.json` beside this crate.

mod applications;
mod appointments;
mod drafts;
mod lookups;
mod uploads;

use crate::db::{self, Db};
use crate::rate_limit::LookupLimiter;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Request};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use migrationto_core::api::problem::ProblemKind;
use migrationto_core::api::{Code, CodeKind, FieldError, Problem};
use migrationto_core::calendar::BakuDate;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// The largest JSON body accepted; applications are a few kilobytes.
pub const JSON_LIMIT: usize = 64 * 1024;

/// What every handler can reach.
#[derive(Clone)]
pub struct ApiState {
    pub db: Db,
    /// Milliseconds since 1970 (UTC); a fixed clock in tests.
    pub clock: Arc<dyn Fn() -> i64 + Send + Sync>,
    pub lookups: Arc<LookupLimiter>,
}

impl ApiState {
    pub fn today(&self) -> BakuDate {
        BakuDate::today_at((self.clock)())
    }

    /// Now as RFC 3339 in UTC, to the second.
    pub fn now(&self) -> String {
        let t = time::OffsetDateTime::from_unix_timestamp((self.clock)().div_euclid(1000))
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
        t.format(&time::format_description::well_known::Rfc3339).expect("a valid timestamp")
    }
}

pub fn router(state: ApiState) -> Router {
    let lookups = Router::new()
        .route("/applications/track", post(applications::track))
        .route("/registrations/status", post(lookups::registration_status))
        .route("/travel-bans/check", post(lookups::travel_ban))
        .route("/drafts/resume", post(drafts::resume))
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), crate::rate_limit::limit_lookups));
    Router::new()
        .route("/health", get(health))
        .route("/openapi.json", get(openapi))
        .route("/applications", post(applications::submit))
        .route("/uploads", post(uploads::upload).layer(DefaultBodyLimit::max(uploads::MAX_BYTES + 1)))
        .route("/drafts", post(drafts::save))
        .route("/service-centres", get(appointments::centres))
        .route("/service-centres/{id}/slots", get(appointments::slots))
        .route("/appointments", post(appointments::book))
        .route("/appointments/{code}", delete(appointments::cancel))
        .merge(lookups)
        .fallback(|| async { ApiError::from(ProblemKind::NotFound) })
        .layer(DefaultBodyLimit::max(JSON_LIMIT))
        .with_state(state)
}

async fn health(
    axum::extract::State(state): axum::extract::State<ApiState>,
) -> Result<Json<migrationto_core::api::Health>, ApiError> {
    state.db.run(|c| c.query_row("SELECT 1", [], |r| r.get::<_, i64>(0))).await?;
    Ok(Json(migrationto_core::api::Health { status: "ok".into(), version: env!("CARGO_PKG_VERSION").into() }))
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], include_str!("../../openapi.json"))
}

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

/// A JSON body read strictly: `application/json` only, and a wrong type, a missing or an
/// unknown field is a field error at its path rather than a bare 400.
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

/// A fresh code of `kind` from the operating system's randomness.
pub fn new_code(kind: CodeKind) -> Code {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the OS provides randomness");
    Code::new(kind, u64::from_le_bytes(bytes))
}

/// The identity a lookup asks about, checked with the core's validators; each bad part is a
/// field error at its name.
pub struct Person {
    pub document_number: String,
    pub date_of_birth: String,
    pub citizenship: String,
}

impl Person {
    pub fn from_lookup(lookup: &migrationto_core::api::PersonLookup, today: BakuDate) -> Result<Person, ApiError> {
        use migrationto_core::validate;
        let mut errors = Vec::new();
        let document_number = validate::document_number(&lookup.passport_number)
            .map_err(|r| errors.push(FieldError::new("passport_number", r)))
            .ok();
        let date_of_birth = validate::date_of_birth(&lookup.date_of_birth, today)
            .map_err(|r| errors.push(FieldError::new("date_of_birth", r)))
            .ok();
        let citizenship =
            validate::citizenship(&lookup.citizenship).map_err(|r| errors.push(FieldError::new("citizenship", r))).ok();
        match (document_number, date_of_birth, citizenship) {
            (Some(n), Some(d), Some(c)) => {
                Ok(Person { document_number: n, date_of_birth: d.to_string(), citizenship: c.to_string() })
            }
            _ => Err(ApiError::fields(errors)),
        }
    }
}

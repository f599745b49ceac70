//! "Save and continue later": answers kept for 30 days under a resume code, reopened with
//! the code and the date of birth.

use super::body::JsonBody;
use super::codes::new_code;
use super::error::ApiError;
use super::idempotency::{idempotency_key, once, replay};
use super::state::ApiState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use migrationto_core::api::problem::ProblemKind;
use migrationto_core::api::{Code, CodeKind, Draft, DraftSaved, FieldError, ResumeDraft, SaveDraft};
use migrationto_core::eservice::Service;
use migrationto_core::validate;
use rusqlite::{OptionalExtension, params};
use std::collections::BTreeMap;

/// How long a draft can be reopened, in days.
pub const KEEP_DAYS: i64 = 30;

pub async fn save(
    State(state): State<ApiState>,
    headers: HeaderMap,
    JsonBody(body, raw): JsonBody<SaveDraft>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    if let Some(first) = replay(&state, "drafts", &key, &raw).await? {
        return Ok(first);
    }
    let today = state.today();
    let service = Service::from_id(&body.service).ok_or_else(|| ApiError::field("service", "service.unknown"))?;
    let birth = validate::date_of_birth(&body.date_of_birth, today).map_err(|r| ApiError::field("date_of_birth", r))?;
    // A draft may be incomplete, but not hold answers the form does not have.
    let unknown: Vec<FieldError> = body
        .answers
        .keys()
        .filter(|k| service.field(k).is_none())
        .map(|k| FieldError::new(k, "field.unknown"))
        .collect();
    if !unknown.is_empty() {
        return Err(ApiError::fields(unknown));
    }
    let too_long = body.answers.iter().find(|(_, v)| v.chars().count() > 1000);
    if let Some((path, _)) = too_long {
        return Err(ApiError::field(path, "text.too_long"));
    }
    let expires_on = today.add_days(KEEP_DAYS).to_string();
    let answers = serde_json::to_string(&body.answers).expect("answers serialise");
    once(&state, "drafts", key, raw, move |tx| {
        let code = new_code(CodeKind::Draft);
        tx.execute(
            "INSERT INTO drafts (code, service, date_of_birth, answers, expires_on) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![code.compact(), service.id(), birth.to_string(), answers, expires_on],
        )?;
        Ok((StatusCode::CREATED, DraftSaved { code: code.to_string(), expires_on }))
    })
    .await
}

pub async fn resume(
    State(state): State<ApiState>,
    JsonBody(body, _): JsonBody<ResumeDraft>,
) -> Result<Json<Draft>, ApiError> {
    let today = state.today();
    let code = Code::parse(CodeKind::Draft, &body.code).map_err(|e| ApiError::field("code", e.rule()))?;
    let birth = validate::date_of_birth(&body.date_of_birth, today).map_err(|r| ApiError::field("date_of_birth", r))?;
    let found = state
        .db
        .run(move |conn| {
            conn.query_row(
                "SELECT service, answers, expires_on FROM drafts WHERE code = ?1 AND date_of_birth = ?2 AND expires_on >= ?3",
                params![code.compact(), birth.to_string(), today.to_string()],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)),
            )
            .optional()
        })
        .await?;
    // Unknown code, wrong date of birth and expired draft get the same reply.
    let (service, answers, expires_on) = found.ok_or(ApiError::from(ProblemKind::NotFound))?;
    let answers: BTreeMap<String, String> = serde_json::from_str(&answers).unwrap_or_default();
    Ok(Json(Draft { service, answers, expires_on }))
}

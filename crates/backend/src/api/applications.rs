//! Submitting an application, and "Track your applications".

use super::body::JsonBody;
use super::codes::new_code;
use super::error::ApiError;
use super::idempotency::{idempotency_key, once, replay};
use super::person::Person;
use super::state::ApiState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use migrationto_core::api::{
    ApplicationReceipt, ApplicationStatus, Code, CodeKind, FieldError, PersonLookup, StatusChange, SubmitApplication,
    TrackReply, TrackedApplication,
};
use migrationto_core::eservice::{self, Kind, Service};
use migrationto_core::{Lang, validate};
use rusqlite::params;

pub async fn submit(
    State(state): State<ApiState>,
    headers: HeaderMap,
    JsonBody(body, raw): JsonBody<SubmitApplication>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    if let Some(first) = replay(&state, "applications", &key, &raw).await? {
        return Ok(first);
    }
    let service = Service::from_id(&body.service).ok_or_else(|| ApiError::field("service", "service.unknown"))?;
    let mut errors = Vec::new();
    if Lang::from_code(&body.lang).is_none() {
        errors.push(FieldError::new("lang", "lang.unknown"));
    }
    errors.extend(eservice::validate(service, &body.answers, state.today()));
    if !errors.is_empty() {
        return Err(ApiError::fields(errors));
    }
    let [number_path, birth_path, citizenship_path] = service.identity();
    let answer = |p: &str| body.answers.get(p).cloned().unwrap_or_default();
    // Stored in the same normal form the lookups use, so "c01x 00t47" finds "C01X00T47".
    let number = validate::document_number(&answer(number_path)).unwrap_or_default();
    let citizenship = validate::citizenship(&answer(citizenship_path)).map(|c| c.to_string()).unwrap_or_default();
    let birth = validate::date(&answer(birth_path)).map(|d| d.to_string()).unwrap_or_default();
    let uploads: Vec<(String, String)> = service
        .fields()
        .filter(|f| f.kind == Kind::Upload)
        .filter_map(|f| {
            Some((f.path.to_owned(), Code::parse(CodeKind::Upload, body.answers.get(f.path)?).ok()?.to_string()))
        })
        .collect();
    let missing: Vec<FieldError> = state
        .db
        .run(move |conn| {
            let mut found = conn.prepare("SELECT EXISTS (SELECT 1 FROM uploads WHERE id = ?1)")?;
            let mut missing = Vec::new();
            for (path, id) in uploads {
                if !found.query_row(params![id], |r| r.get::<_, bool>(0))? {
                    missing.push(FieldError::new(&path, "upload.unknown"));
                }
            }
            Ok(missing)
        })
        .await?;
    if !missing.is_empty() {
        return Err(ApiError::fields(missing));
    }
    let answers = serde_json::to_string(&body.answers).expect("answers serialise");
    let now = state.now();
    once(&state, "applications", key, raw, move |tx| {
        let reference = new_code(CodeKind::Application).to_string();
        tx.execute(
            "INSERT INTO applications (reference, service, lang, answers, document_number, date_of_birth, citizenship, received_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![reference, service.id(), body.lang, answers, number, birth, citizenship, now],
        )?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO status_history (application_id, status, at) VALUES (?1, ?2, ?3)",
            params![id, ApplicationStatus::Received.id(), now],
        )?;
        let receipt = ApplicationReceipt {
            reference,
            service: service.id().to_owned(),
            status: ApplicationStatus::Received,
            received_at: now,
        };
        Ok((StatusCode::CREATED, receipt))
    })
    .await
}

pub async fn track(
    State(state): State<ApiState>,
    JsonBody(body, _): JsonBody<PersonLookup>,
) -> Result<Json<TrackReply>, ApiError> {
    let person = Person::from_lookup(&body, state.today())?;
    let applications = state
        .db
        .run(move |conn| {
            let mut apps = conn.prepare(
                "SELECT id, reference, service FROM applications
                 WHERE document_number = ?1 AND date_of_birth = ?2 AND citizenship = ?3 ORDER BY id DESC",
            )?;
            let mut history =
                conn.prepare("SELECT status, at FROM status_history WHERE application_id = ?1 ORDER BY rowid")?;
            let found = apps
                .query_map(params![person.document_number, person.date_of_birth, person.citizenship], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let mut out = Vec::new();
            for (id, reference, service) in found {
                let changes = history
                    .query_map(params![id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
                    .filter_map(|row| {
                        let (status, at) = row.ok()?;
                        Some(StatusChange { status: ApplicationStatus::from_id(&status)?, at })
                    })
                    .collect::<Vec<_>>();
                let status = changes.last().map(|c| c.status).unwrap_or(ApplicationStatus::Received);
                out.push(TrackedApplication { reference, service, status, history: changes });
            }
            Ok(out)
        })
        .await?;
    Ok(Json(TrackReply { applications }))
}

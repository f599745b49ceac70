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
    ApplicationReceipt, ApplicationStatus, Code, CodeKind, FieldError, Payment, PersonLookup, StatusChange,
    SubmitApplication, TrackReply, TrackedApplication,
};
use migrationto_core::eservice::{self, Kind, Service};
use migrationto_core::fees::Fee;
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
    let fee = eservice::fee(service, &body.answers, state.today());
    let answers = serde_json::to_string(&body.answers).expect("answers serialise");
    let now = state.now();
    once(&state, "applications", key, raw, move |tx| {
        let code = new_code(CodeKind::Application);
        let reference = code.to_string();
        let payment = fee.map(|fee| Payment {
            reference: code.as_kind(CodeKind::Payment).to_string(),
            amount_azn: match fee {
                Fee::Known { azn, .. } => Some(azn),
                Fee::Unknown { .. } => None,
            },
            paid_at: None,
        });
        tx.execute(
            "INSERT INTO applications (reference, service, lang, answers, document_number, date_of_birth, citizenship, received_at, payment_reference, fee_azn)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                reference,
                service.id(),
                body.lang,
                answers,
                number,
                birth,
                citizenship,
                now,
                payment.as_ref().map(|p| p.reference.clone()),
                payment.as_ref().and_then(|p| p.amount_azn),
            ],
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
            payment,
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
                "SELECT id, reference, service, payment_reference, fee_azn, paid_at FROM applications
                 WHERE document_number = ?1 AND date_of_birth = ?2 AND citizenship = ?3 ORDER BY id DESC",
            )?;
            let mut history =
                conn.prepare("SELECT status, at FROM status_history WHERE application_id = ?1 ORDER BY rowid")?;
            let found = apps
                .query_map(params![person.document_number, person.date_of_birth, person.citizenship], |r| {
                    let payment = r.get::<_, Option<String>>(3)?.map(|reference| Payment {
                        reference,
                        amount_azn: r.get(4).ok().flatten(),
                        paid_at: r.get(5).ok().flatten(),
                    });
                    Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, payment))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let mut out = Vec::new();
            for (id, reference, service, payment) in found {
                let changes = history
                    .query_map(params![id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
                    .filter_map(|row| {
                        let (status, at) = row.ok()?;
                        Some(StatusChange { status: ApplicationStatus::from_id(&status)?, at })
                    })
                    .collect::<Vec<_>>();
                let status = changes.last().map(|c| c.status).unwrap_or(ApplicationStatus::Received);
                out.push(TrackedApplication { reference, service, status, history: changes, payment });
            }
            Ok(out)
        })
        .await?;
    Ok(Json(TrackReply { applications }))
}

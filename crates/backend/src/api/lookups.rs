//! "Check registration status" and "Check for a travel ban". Both answer the same way when
//! nobody matches and when the details belong to nobody, so they cannot confirm who exists.

use super::body::JsonBody;
use super::error::ApiError;
use super::person::Person;
use super::state::ApiState;
use axum::Json;
use axum::extract::State;
use migrationto_core::api::{PersonLookup, RegistrationRecord, RegistrationStatusReply, TravelBanReply};
use rusqlite::params;

pub async fn registration_status(
    State(state): State<ApiState>,
    JsonBody(body, _): JsonBody<PersonLookup>,
) -> Result<Json<RegistrationStatusReply>, ApiError> {
    let p = Person::from_lookup(&body, state.today())?;
    let registrations = state
        .db
        .run(move |conn| {
            conn.prepare(
                "SELECT district, valid_from, valid_until FROM registrations
                 WHERE document_number = ?1 AND date_of_birth = ?2 AND citizenship = ?3 ORDER BY valid_from DESC",
            )?
            .query_map(params![p.document_number, p.date_of_birth, p.citizenship], |r| {
                Ok(RegistrationRecord { district: r.get(0)?, valid_from: r.get(1)?, valid_until: r.get(2)? })
            })?
            .collect()
        })
        .await?;
    Ok(Json(RegistrationStatusReply { registrations }))
}

pub async fn travel_ban(
    State(state): State<ApiState>,
    JsonBody(body, _): JsonBody<PersonLookup>,
) -> Result<Json<TravelBanReply>, ApiError> {
    let p = Person::from_lookup(&body, state.today())?;
    let ban_recorded = state
        .db
        .run(move |conn| {
            conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM travel_bans WHERE document_number = ?1 AND date_of_birth = ?2 AND citizenship = ?3)",
                params![p.document_number, p.date_of_birth, p.citizenship],
                |r| r.get(0),
            )
        })
        .await?;
    Ok(Json(TravelBanReply { ban_recorded }))
}

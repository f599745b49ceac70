//! Service centres, free slots, and booking and cancelling appointments. A slot is never
//! booked twice: a unique index on live bookings decides between concurrent requests.

use super::body::JsonBody;
use super::codes::new_code;
use super::error::ApiError;
use super::idempotency::{idempotency_key, once, replay};
use super::state::ApiState;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use migrationto_core::api::problem::ProblemKind;
use migrationto_core::api::{Appointment, BookAppointment, Code, CodeKind, DaySlots, FieldError, ServiceCentre, Slot};
use migrationto_core::calendar::WorkingCalendar;
use migrationto_core::centres::{self, DAY_TIMES};
use migrationto_core::validate;
use rusqlite::{OptionalExtension, params};
use serde::Deserialize;
use std::collections::BTreeMap;

pub async fn centres() -> Json<Vec<ServiceCentre>> {
    Json(
        centres::all()
            .iter()
            .map(|c| ServiceCentre {
                id: c.id.to_owned(),
                name: BTreeMap::from([
                    ("az".into(), c.az.into()),
                    ("en".into(), c.en.into()),
                    ("ru".into(), c.ru.into()),
                ]),
            })
            .collect(),
    )
}

#[derive(Deserialize)]
pub struct SlotsQuery {
    date: Option<String>,
}

pub async fn slots(
    State(state): State<ApiState>,
    Path(id): Path<String>,
    Query(q): Query<SlotsQuery>,
) -> Result<Json<DaySlots>, ApiError> {
    let centre = centres::centre(&id).ok_or(ApiError::from(ProblemKind::NotFound))?;
    let date = validate::date(q.date.as_deref().unwrap_or("")).map_err(|r| ApiError::field("date", r))?;
    if !centres::bookable(WorkingCalendar::published(), date, state.today()) {
        return Ok(Json(DaySlots { centre: centre.id.into(), date: date.to_string(), slots: vec![] }));
    }
    let taken: Vec<String> = state
        .db
        .run(move |conn| {
            conn.prepare("SELECT time FROM appointments WHERE centre = ?1 AND date = ?2 AND cancelled_at IS NULL")?
                .query_map(params![centre.id, date.to_string()], |r| r.get(0))?
                .collect()
        })
        .await?;
    let slots = DAY_TIMES.iter().map(|t| Slot { time: (*t).into(), free: !taken.iter().any(|x| x == t) }).collect();
    Ok(Json(DaySlots { centre: centre.id.into(), date: date.to_string(), slots }))
}

pub async fn book(
    State(state): State<ApiState>,
    headers: HeaderMap,
    JsonBody(body, raw): JsonBody<BookAppointment>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    if let Some(first) = replay(&state, "appointments", &key, &raw).await? {
        return Ok(first);
    }
    let today = state.today();
    let mut errors = Vec::new();
    let centre = centres::centre(&body.centre);
    if centre.is_none() {
        errors.push(FieldError::new("centre", "centre.unknown"));
    }
    let date = validate::date(&body.date).map_err(|r| errors.push(FieldError::new("date", r))).ok();
    if let (Some(d), Some(_)) = (date, centre)
        && !centres::bookable(WorkingCalendar::published(), d, today)
    {
        errors.push(FieldError::new("date", "slot.unknown"));
    }
    if !DAY_TIMES.contains(&body.time.as_str()) {
        errors.push(FieldError::new("time", "slot.unknown"));
    }
    if let Err(r) = validate::text(&body.name, 100) {
        errors.push(FieldError::new("name", r));
    }
    let (phone, email) = (body.phone.trim(), body.email.trim());
    if phone.is_empty() && email.is_empty() {
        errors.push(FieldError::new("phone", validate::REQUIRED));
    }
    if !phone.is_empty()
        && let Err(r) = validate::phone(phone)
    {
        errors.push(FieldError::new("phone", r));
    }
    if !email.is_empty()
        && let Err(r) = validate::email(email)
    {
        errors.push(FieldError::new("email", r));
    }
    let (Some(centre), Some(date), true) = (centre, date, errors.is_empty()) else {
        return Err(ApiError::fields(errors));
    };
    let now = state.now();
    let (name, phone, email) = (body.name.trim().to_owned(), phone.to_owned(), email.to_owned());
    once(&state, "appointments", key, raw, move |tx| {
        if holds_booking(tx, centre.id, &date.to_string(), &phone, &email)? {
            return Err(ProblemKind::AlreadyBooked.into());
        }
        let code = new_code(CodeKind::Appointment);
        let inserted = tx.execute(
            "INSERT INTO appointments (code, centre, date, time, name, phone, email, booked_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING",
            params![code.compact(), centre.id, date.to_string(), body.time, name, phone, email, now],
        )?;
        if inserted == 0 {
            return Err(ProblemKind::SlotTaken.into());
        }
        let booked =
            Appointment { code: code.to_string(), centre: centre.id.into(), date: date.to_string(), time: body.time };
        Ok((StatusCode::CREATED, booked))
    })
    .await
}

/// Whether someone with this phone number or e-mail address already holds a live booking at
/// `centre` on `date`: one person, one appointment a centre a day, so nobody can hold a day's
/// slots under one contact. Numbers are compared in normal form (`050 123 45 67` is
/// `+994501234567`), addresses without regard to case.
fn holds_booking(
    tx: &rusqlite::Transaction,
    centre: &str,
    date: &str,
    phone: &str,
    email: &str,
) -> rusqlite::Result<bool> {
    let phone = validate::phone(phone).ok();
    let email = (!email.is_empty()).then(|| email.to_lowercase());
    let mut query =
        tx.prepare("SELECT phone, email FROM appointments WHERE centre = ?1 AND date = ?2 AND cancelled_at IS NULL")?;
    let held: Vec<(String, String)> =
        query.query_map(params![centre, date], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
    Ok(held.iter().any(|(p, e)| {
        (phone.is_some() && validate::phone(p).ok() == phone) || (email.is_some() && Some(e.to_lowercase()) == email)
    }))
}

/// Cancels a booking by its code; the slot is free again at once. Repeating the request with
/// the same idempotency key repeats the reply.
pub async fn cancel(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let code = Code::parse(CodeKind::Appointment, &code).map_err(|e| ApiError::field("code", e.rule()))?;
    let now = state.now();
    once(&state, "cancellations", key, code.compact().to_owned(), move |tx| {
        let found = tx
            .query_row(
                "UPDATE appointments SET cancelled_at = ?2 WHERE code = ?1 AND cancelled_at IS NULL
                 RETURNING centre, date, time",
                params![code.compact(), now],
                |r| Ok(Appointment { code: code.to_string(), centre: r.get(0)?, date: r.get(1)?, time: r.get(2)? }),
            )
            .optional()?;
        found.map(|a| (StatusCode::OK, a)).ok_or(ProblemKind::NotFound.into())
    })
    .await
}

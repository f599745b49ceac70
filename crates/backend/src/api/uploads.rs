//! Document uploads: PDF, JPEG or PNG up to 5 MiB, the type found from the content itself,
//! whatever the request claims.

use super::body::read_body;
use super::codes::new_code;
use super::error::ApiError;
use super::idempotency::{idempotency_key, once};
use super::state::ApiState;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use migrationto_core::api::problem::ProblemKind;
use migrationto_core::api::{CodeKind, UploadReceipt};
use rusqlite::params;

pub use migrationto_core::upload::{MAX_BYTES, sniff};

pub async fn upload(State(state): State<ApiState>, req: Request) -> Result<Response, ApiError> {
    let key = idempotency_key(req.headers())?;
    let content = read_body(req, &()).await?;
    if content.len() > MAX_BYTES {
        return Err(ProblemKind::TooLarge.into());
    }
    let media_type = sniff(&content).ok_or(ApiError::from(ProblemKind::UnsupportedMediaType))?;
    // The same file sent again under the same key is the same upload.
    let fingerprint = format!("{}:{:016x}", content.len(), fnv1a(&content));
    let now = state.now();
    once(&state, "uploads", key, fingerprint, move |tx| {
        let id = new_code(CodeKind::Upload).to_string();
        tx.execute(
            "INSERT INTO uploads (id, media_type, size, content, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, media_type, content.len() as i64, &content[..], now],
        )?;
        Ok((StatusCode::CREATED, UploadReceipt { id, media_type: media_type.to_owned(), size: content.len() as u64 }))
    })
    .await
}

/// FNV-1a, enough to tell a repeated upload from a different file under a reused key.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3))
}

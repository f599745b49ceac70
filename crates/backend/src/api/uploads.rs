//! Document uploads: PDF, JPEG or PNG up to 5 MiB, the type found from the content itself,
//! whatever the request claims.

use super::{ApiError, ApiState, idempotency_key, new_code, once, read_body};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use migrationto_core::api::problem::ProblemKind;
use migrationto_core::api::{CodeKind, UploadReceipt};
use rusqlite::params;

pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The media type the first bytes show, if it is one the Service accepts.
pub fn sniff(content: &[u8]) -> Option<&'static str> {
    if content.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if content.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if content.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_content() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some("application/pdf"));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Some("image/jpeg"));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some("image/png"));
        assert_eq!(sniff(b"<html><script>alert(1)</script>"), None);
        assert_eq!(sniff(b"MZ\x90\0"), None);
        assert_eq!(sniff(b""), None);
    }
}

//! Cross-origin use of the API by partner sites. Same-origin requests pass. A request from
//! an origin on the partner list gets CORS headers. A request from any other origin gets a
//! readable 403 problem (with CORS headers, so a widget can show "this site is not on the
//! partner list" instead of failing silently) and is never processed.
//!
//! Hand-written rather than tower-http's `CorsLayer`, which can only leave a refused origin
//! without headers, which a browser reports to the page as a bare network error.

use crate::api::ApiError;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use migrationto_core::api::problem::ProblemKind;
use std::sync::Arc;

/// Origins (`https://hotel.example`) allowed to call the API from their pages.
#[derive(Clone, Debug, Default)]
pub struct Partners(pub Arc<Vec<String>>);

impl Partners {
    pub fn allows(&self, origin: &str) -> bool {
        self.0.iter().any(|o| o.eq_ignore_ascii_case(origin))
    }
}

pub async fn check_origin(State(partners): State<Partners>, req: Request, next: Next) -> Response {
    let Some(origin) = req.headers().get(header::ORIGIN).and_then(|v| v.to_str().ok()).map(str::to_owned) else {
        return next.run(req).await;
    };
    if is_same_origin(&origin, req.headers()) {
        return next.run(req).await;
    }
    let preflight = req.method() == Method::OPTIONS;
    let mut res = if preflight {
        StatusCode::NO_CONTENT.into_response()
    } else if partners.allows(&origin) {
        next.run(req).await
    } else {
        ApiError::from(ProblemKind::OriginNotAllowed).into_response()
    };
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&origin) {
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
    }
    h.insert(header::VARY, HeaderValue::from_static("Origin"));
    if preflight {
        h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, POST, DELETE"));
        h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("content-type, idempotency-key"));
        h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    } else {
        h.insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static("retry-after"));
    }
    res
}

/// Whether `origin` is the address the request was sent to (`Host`, or the proxy's
/// `X-Forwarded-Host`), whatever the scheme.
fn is_same_origin(origin: &str, headers: &HeaderMap) -> bool {
    let host = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    let origin_host = origin.split_once("://").map(|(_, h)| h).unwrap_or(origin);
    [host("x-forwarded-host"), host(header::HOST.as_str())]
        .into_iter()
        .flatten()
        .any(|h| h.eq_ignore_ascii_case(origin_host))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_origin_is_told_by_host() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert!(is_same_origin("http://127.0.0.1:8080", &h));
        assert!(!is_same_origin("http://127.0.0.1:9090", &h));
        assert!(!is_same_origin("null", &h));
    }
}

//! The built app: fingerprinted files with long-lived caching, and `index.html` for every
//! page address (the history fallback), with a fresh CSP nonce per response.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::io;
use std::path::Path;
use std::sync::Arc;
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// The placeholder Trunk writes into `nonce` attributes (`create_nonce = true`).
const NONCE_PLACEHOLDER: &str = "{{__TRUNK NONCE__}}";

#[derive(Clone)]
struct Shell {
    html: Arc<str>,
}

pub fn router(dist: &Path) -> io::Result<Router> {
    let html: Arc<str> = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dist.join("index.html").display())))?
        .into();
    let shell = Shell { html };
    let files = ServeDir::new(dist).append_index_html_on_directories(false);
    Ok(Router::new()
        .route("/", get(page))
        .route("/index.html", get(page))
        .fallback(move |State(shell): State<Shell>, req: Request| {
            let files = files.clone();
            async move { asset_or_page(files, shell, req).await }
        })
        .with_state(shell))
}

async fn asset_or_page(files: ServeDir, shell: Shell, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    let res = match files.oneshot(req).await {
        Ok(res) => res.map(Body::new),
        Err(never) => match never {},
    };
    if res.status() == StatusCode::NOT_FOUND && looks_like_page(&path) {
        return page(State(shell)).await;
    }
    let mut res = res;
    if res.status().is_success() {
        let cache = if is_fingerprinted(&path) {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=300"
        };
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    }
    res
}

async fn page(State(shell): State<Shell>) -> Response {
    let nonce = new_nonce();
    let html = shell.html.replace(NONCE_PLACEHOLDER, &nonce);
    let csp = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    );
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            (header::CONTENT_SECURITY_POLICY, HeaderValue::from_str(&csp).expect("ascii")),
        ],
        html,
    )
        .into_response()
}

/// 128 random bits, hex-encoded (hex digits are valid in a CSP nonce).
fn new_nonce() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the OS provides randomness");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Page addresses get the app; a missing file (`/x.js`, `/img.png`) stays a plain 404.
fn looks_like_page(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or("");
    !last.contains('.')
}

/// Trunk names built files `name-<hash>.ext` (or `_bg.wasm`), the hash a 64-bit number in
/// hex without leading zeros; such a file never changes, so browsers may keep it for a year.
fn is_fingerprinted(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    name.match_indices('-').any(|(i, _)| {
        let rest = &name[i + 1..];
        let hex = rest.bytes().take_while(u8::is_ascii_hexdigit).count();
        (12..=16).contains(&hex) && matches!(rest.as_bytes().get(hex), Some(b'.') | Some(b'_'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_files_are_told_apart() {
        assert!(looks_like_page("/en/living"));
        assert!(looks_like_page("/"));
        assert!(looks_like_page("/ru/useful-information/privacy"));
        assert!(!looks_like_page("/migrationto-abc.js"));
        assert!(!looks_like_page("/robots.txt"));
    }

    #[test]
    fn fingerprinted_names() {
        assert!(is_fingerprinted("/migrationto-1a2b3c4d5e6f7a8b_bg.wasm"));
        assert!(is_fingerprinted("/tokens-0123456789abcdef.css"));
        assert!(is_fingerprinted("/layout-68046d2666ce6a9.css"));
        assert!(!is_fingerprinted("/robots.txt"));
        assert!(!is_fingerprinted("/index.html"));
        assert!(!is_fingerprinted("/my-file.css"));
        assert!(!is_fingerprinted("/x-0123456789abcdeg.css"));
        assert!(!is_fingerprinted("/x-0123456789abcdef0.css"));
    }

    #[test]
    fn nonces_are_fresh_and_hex() {
        let a = new_nonce();
        let b = new_nonce();
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}

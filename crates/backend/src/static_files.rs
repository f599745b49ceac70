//! The built app: fingerprinted files with long-lived caching, and for every page address its
//! prerendered page, the app, or (in a language, where the build wrote no page) the 404 page,
//! each with a fresh CSP nonce per response.

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::collections::HashMap;
use std::io;
use std::path::Path;
use std::sync::Arc;
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// The placeholder Trunk writes into `nonce` attributes (`create_nonce = true`).
const NONCE_PLACEHOLDER: &str = "{{__TRUNK NONCE__}}";

/// The meta tag that tells the app where the API is (`<meta name="migrationto-api">`).
const API_BASE_META: &str = "migrationto-api";

/// The page behind `/{lang}/embed/{widget}`, written by `scripts/build-widgets.sh`.
const EMBED_PAGE: &str = "widgets/embed.html";

/// Folders partner pages load from other origins: the widgets (module scripts and wasm are
/// fetched in CORS mode) and the country names they list.
const SHARED_FOLDERS: [&str; 2] = ["/widgets/", "/cldr/"];

/// The service worker the build writes (scripts/build-worker.mjs), for the whole site.
const SERVICE_WORKER: &str = "/sw.js";

/// The folder of pages written by the build (`pages/{lang}{path}.html`, src/bin/prerender/):
/// each is sent for its address instead of the bare app, and the folder is not served.
const PAGES: &str = "pages";

/// The folder of the 404 pages the build writes, one a language (`not-found/en.html`). A build
/// that has them wrote a page for every address the portal has (the app's own pages too): an
/// address in a language with no page is then answered 404 with that language's page. Without
/// them (an older or partial build), every page address gets the app, which says what it knows.
const NOT_FOUND: &str = "not-found";

#[derive(Clone)]
struct Shell {
    html: Arc<str>,
    /// A page address (`/en/living/registration`) to its prerendered page.
    pages: Arc<HashMap<String, String>>,
    /// A language code to its 404 page; empty when the build wrote none.
    not_found: Arc<HashMap<String, String>>,
    /// Sources the page may fetch from besides itself (an API on another origin).
    connect_src: Arc<str>,
    /// Sites that may frame the embed pages.
    frame_ancestors: Arc<str>,
    /// The embed page, if the widgets were built.
    embed: Option<Arc<str>>,
}

/// How the built app is served: where the API is, and who may frame the embed pages.
#[derive(Clone, Debug, Default)]
pub struct ShellOptions {
    /// The API base the app calls: `/api/v1` (the default) or a full URL elsewhere.
    pub api_base: Option<String>,
    /// Partner origins, allowed to frame `/{lang}/embed/...`.
    pub partners: Vec<String>,
}

pub fn router(dist: &Path, options: &ShellOptions) -> io::Result<Router> {
    let mut html = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dist.join("index.html").display())))?;
    let mut connect_src = String::new();
    if let Some(base) = &options.api_base {
        html = with_api_base(&html, base);
        if let Some(origin) = origin_of(base) {
            connect_src = format!(" {origin}");
        }
    }
    let frame_ancestors = options.partners.iter().map(|p| format!(" {p}")).collect::<String>();
    let mut pages = HashMap::new();
    collect_pages(&dist.join(PAGES), "", &mut pages)?;
    let mut not_found = HashMap::new();
    collect_pages(&dist.join(NOT_FOUND), "", &mut not_found)?;
    let mut not_found: HashMap<String, String> =
        not_found.into_iter().map(|(name, page)| (name.trim_start_matches('/').to_owned(), page)).collect();
    if let Some(base) = &options.api_base {
        for page in pages.values_mut().chain(not_found.values_mut()) {
            *page = with_api_base(page, base);
        }
    }
    let embed = std::fs::read_to_string(dist.join(EMBED_PAGE)).ok().map(|page| match &options.api_base {
        Some(base) => with_api_base(&page, base).into(),
        None => page.into(),
    });
    let shell = Shell {
        html: html.into(),
        pages: Arc::new(pages),
        not_found: Arc::new(not_found),
        connect_src: connect_src.into(),
        frame_ancestors: frame_ancestors.into(),
        embed,
    };
    let files = ServeDir::new(dist).append_index_html_on_directories(false).precompressed_br().precompressed_gzip();
    Ok(Router::new()
        .route("/", get(|State(shell): State<Shell>| async move { shell.page("/") }))
        .route("/index.html", get(|State(shell): State<Shell>| async move { shell.page("/") }))
        .fallback(move |State(shell): State<Shell>, req: Request| {
            let files = files.clone();
            async move { asset_or_page(files, shell, req).await }
        })
        .with_state(shell))
}

/// Reads every `.html` file under `dir` into `pages`, keyed by its address.
fn collect_pages(dir: &Path, prefix: &str, pages: &mut HashMap<String, String>) -> io::Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(()) };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path.is_dir() {
            collect_pages(&path, &format!("{prefix}/{name}"), pages)?;
        } else if let Some(stem) = name.strip_suffix(".html") {
            pages.insert(format!("{prefix}/{stem}"), std::fs::read_to_string(&path)?);
        }
    }
    Ok(())
}

async fn asset_or_page(files: ServeDir, shell: Shell, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    if [PAGES, NOT_FOUND].iter().any(|folder| path == format!("/{folder}") || path.starts_with(&format!("/{folder}/")))
    {
        return StatusCode::NOT_FOUND.into_response();
    }
    let res = match files.oneshot(req).await {
        Ok(res) => res.map(Body::new),
        Err(never) => match never {},
    };
    if res.status() == StatusCode::NOT_FOUND && looks_like_page(&path) {
        return shell.page(&path);
    }
    let mut res = res;
    if SHARED_FOLDERS.iter().any(|folder| path.starts_with(folder)) {
        res.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    }
    if res.status().is_success() {
        let cache = if is_fingerprinted(&path) {
            "public, max-age=31536000, immutable"
        } else if path == SERVICE_WORKER {
            // Browsers look for a new version at each visit: a new deploy is found at once.
            "no-cache"
        } else {
            "public, max-age=300"
        };
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    }
    res
}

impl Shell {
    /// The app's page for `path`, with a fresh nonce. Only the embed pages may be framed, and
    /// only by partner sites.
    fn page(&self, path: &str) -> Response {
        let nonce = new_nonce();
        let embed = embedded_widget(path).and_then(|(lang, _)| Some(self.embed.as_deref()?.replace("__LANG__", lang)));
        let (status, page) = match (&embed, self.pages.get(path.trim_end_matches('/'))) {
            (Some(embed), _) => (StatusCode::OK, embed.as_str()),
            (None, Some(page)) => (StatusCode::OK, page.as_str()),
            (None, None) => match address_lang(path).and_then(|lang| self.not_found.get(lang)) {
                Some(not_found) => (StatusCode::NOT_FOUND, not_found.as_str()),
                // `/`, an address without a language (the app sends the visitor on to theirs),
                // or a build without 404 pages.
                None => (StatusCode::OK, &*self.html),
            },
        };
        let html = page.replace(NONCE_PLACEHOLDER, &nonce);
        let frame_ancestors =
            if is_embed(path) { format!("'self'{}", self.frame_ancestors) } else { "'none'".to_owned() };
        let csp = format!(
            "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
             style-src 'self'; img-src 'self' data: blob:; connect-src 'self'{}; font-src 'self'; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {frame_ancestors}",
            self.connect_src
        );
        (
            status,
            [
                (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
                (header::CONTENT_SECURITY_POLICY, HeaderValue::from_str(&csp).expect("ascii")),
            ],
            html,
        )
            .into_response()
    }
}

/// The language an address is in (`en` for `/en/living`), if its first segment is one.
fn address_lang(path: &str) -> Option<&str> {
    let first = path.trim_start_matches('/').split('/').next()?;
    migrationto_core::Lang::from_code(first).map(|_| first)
}

/// `/en/embed/...`: the pages partner sites may show in an iframe.
fn is_embed(path: &str) -> bool {
    let mut parts = path.trim_start_matches('/').split('/');
    parts.next().is_some_and(|lang| migrationto_core::Lang::from_code(lang).is_some()) && parts.next() == Some("embed")
}

/// The language and widget of an embed page (`/en/embed/days-of-stay`), if it is one.
fn embedded_widget(path: &str) -> Option<(&str, &str)> {
    let mut parts = path.trim_start_matches('/').trim_end_matches('/').split('/');
    let (lang, embed, widget) = (parts.next()?, parts.next()?, parts.next()?);
    (migrationto_core::Lang::from_code(lang).is_some()
        && embed == "embed"
        && migrationto_core::embed::Widget::from_id(widget).is_some()
        && parts.next().is_none())
    .then_some((lang, widget))
}

/// `https://api.example:8443` from `https://api.example:8443/api/v1`; `None` for a path.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split('/').next()?;
    (!host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b".:-[]".contains(&b)))
        .then(|| format!("{scheme}://{host}"))
}

/// The page with its API meta tag pointing at `base`. Trunk minifies the page, which may
/// reorder and unquote attributes, so the whole tag is found by its name and replaced.
fn with_api_base(html: &str, base: &str) -> String {
    let tag = format!(r#"<meta name="{API_BASE_META}" content="{}">"#, attr_escape(base));
    let found = html.find(API_BASE_META).and_then(|at| {
        let start = html[..at].rfind('<')?;
        let end = at + html[at..].find('>')? + 1;
        Some((start, end))
    });
    match found {
        Some((start, end)) => format!("{}{tag}{}", &html[..start], &html[end..]),
        None => html.to_owned(),
    }
}

fn attr_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
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
        assert!(is_fingerprinted("/migrationto-e-services-0a2b3c4d5e6f7a8b.js"));
        assert!(is_fingerprinted("/layout-68046d2666ce6a9.css"));
        assert!(!is_fingerprinted("/robots.txt"));
        assert!(!is_fingerprinted("/index.html"));
        assert!(!is_fingerprinted("/my-file.css"));
        assert!(!is_fingerprinted("/x-0123456789abcdeg.css"));
        assert!(!is_fingerprinted("/x-0123456789abcdef0.css"));
    }

    #[test]
    fn the_language_of_an_address() {
        assert_eq!(address_lang("/en/living"), Some("en"));
        assert_eq!(address_lang("/ru"), Some("ru"));
        assert_eq!(address_lang("/az/"), Some("az"));
        assert_eq!(address_lang("/"), None);
        assert_eq!(address_lang("/living/en"), None);
        assert_eq!(address_lang("/english"), None);
    }

    #[test]
    fn only_embed_pages_are_embed_pages() {
        assert!(is_embed("/en/embed/deadline-calculator"));
        assert!(!is_embed("/en/living"));
        assert!(!is_embed("/embed/en"));
        assert!(!is_embed("/xx/embed/a"));
        assert_eq!(embedded_widget("/ru/embed/status-tracker"), Some(("ru", "status-tracker")));
        assert_eq!(embedded_widget("/en/embed/unknown"), None);
        assert_eq!(embedded_widget("/en/embed/days-of-stay/x"), None);
        assert_eq!(embedded_widget("/de/embed/days-of-stay"), None);
    }

    #[test]
    fn the_api_base_is_rewritten_in_the_minified_page() {
        let minified = "<head><meta content=/api/v1 name=migrationto-api><title>x</title>";
        assert_eq!(
            with_api_base(minified, "https://api.example/v1"),
            r#"<head><meta name="migrationto-api" content="https://api.example/v1"><title>x</title>"#
        );
        assert_eq!(with_api_base("<head></head>", "/x"), "<head></head>");
    }

    #[test]
    fn api_origins() {
        assert_eq!(origin_of("https://api.example:8443/api/v1").as_deref(), Some("https://api.example:8443"));
        assert_eq!(origin_of("/api/v1"), None);
        assert_eq!(origin_of("https://a b/"), None);
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

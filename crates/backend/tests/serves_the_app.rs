//! The server over real HTTP on loopback, with a small built app in a temporary folder.

use migrationto_backend::{Config, router, serve_on};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const INDEX: &str = r#"<!DOCTYPE html><html lang="az"><head><meta name="migrationto-api" content="/api/v1"><script type="module" nonce="{{__TRUNK NONCE__}}">import init from '/app-0123456789abcdef.js';</script></head><body>shell</body></html>"#;

const EMBED: &str = r#"<html lang="__LANG__"><script type="module" nonce="{{__TRUNK NONCE__}}" src="/widgets/embed.js"></script><main id="widget"></main></html>"#;

struct Reply {
    status: u16,
    headers: String,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

/// Starts a server on its own copy of the app: tests run in parallel, and one test rewriting
/// a shared `index.html` while another reads it would see a half-written file.
async fn start() -> String {
    start_with(|_| {}).await
}

/// As `start`, with what the full build also writes: the app's own pages and the 404 pages.
async fn start_built() -> String {
    start_with(|dist| {
        std::fs::create_dir_all(dist.join("pages/en/e-services/registration")).unwrap();
        std::fs::write(
            dist.join("pages/en/e-services/registration/check-answers.html"),
            INDEX.replace("shell", "wizard"),
        )
        .unwrap();
        std::fs::create_dir_all(dist.join("not-found")).unwrap();
        for lang in ["az", "en", "ru"] {
            let page = INDEX
                .replace("lang=\"az\"", &format!("lang=\"{lang}\""))
                .replace("shell", &format!("not found {lang}"));
            std::fs::write(dist.join(format!("not-found/{lang}.html")), page).unwrap();
        }
    })
    .await
}

async fn start_with(build: impl FnOnce(&std::path::Path)) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dist = std::env::temp_dir().join(format!("migrationto-dist-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), INDEX).unwrap();
    std::fs::write(dist.join("app-0123456789abcdef.js"), "export default 1;").unwrap();
    // Stands in for the .br file the build writes beside each file.
    std::fs::write(dist.join("app-0123456789abcdef.js.br"), "brotli bytes").unwrap();
    std::fs::write(dist.join("robots.txt"), "User-agent: *\n").unwrap();
    std::fs::create_dir_all(dist.join("pages/en/living")).unwrap();
    std::fs::write(dist.join("pages/en/living/registration.html"), INDEX.replace("shell", "<h1>Registration</h1>"))
        .unwrap();
    std::fs::create_dir_all(dist.join("widgets")).unwrap();
    std::fs::write(dist.join("widgets/embed.html"), EMBED).unwrap();
    std::fs::write(dist.join("widgets/migrationto-widgets.js"), "customElements;").unwrap();
    build(&dist);
    let config = Config { dist: PathBuf::from(&dist), data: dist.join("data"), ..Config::default() };
    let app = router(&config).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve_on(listener, app));
    addr.to_string()
}

async fn get(addr: &str, path: &str) -> Reply {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(req.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    Reply { status, headers: head.to_owned(), body: body.to_owned() }
}

#[tokio::test]
async fn deep_links_get_the_app_with_a_fresh_nonce() {
    let addr = start().await;
    let a = get(&addr, "/ru/useful-information/privacy").await;
    assert_eq!(a.status, 200);
    assert!(a.body.contains("shell"));
    assert!(!a.body.contains("{{__TRUNK NONCE__}}"), "placeholder left in: {}", a.body);
    let csp = a.header("content-security-policy").expect("CSP on pages");
    let nonce = a.body.split("nonce=\"").nth(1).unwrap().split('"').next().unwrap();
    assert!(csp.contains(&format!("'nonce-{nonce}'")), "{csp}");
    assert!(csp.contains("'wasm-unsafe-eval'"));
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(a.header("cache-control"), Some("no-cache"));

    let b = get(&addr, "/").await;
    let nonce_b = b.body.split("nonce=\"").nth(1).unwrap().split('"').next().unwrap();
    assert_ne!(nonce, nonce_b, "each response needs its own nonce");
}

#[tokio::test]
async fn an_address_in_a_language_without_a_page_is_a_404_in_that_language() {
    let addr = start_built().await;
    for (path, lang) in [("/en/no-such-page", "en"), ("/ru/living/no/such", "ru"), ("/az/embed/nothing", "az")] {
        let reply = get(&addr, path).await;
        assert_eq!(reply.status, 404, "{path}");
        assert!(reply.body.contains(&format!("not found {lang}")), "{path}: {}", reply.body);
        // The 404 page is a page: the app's script may run, with this response's nonce.
        let nonce = reply.body.split("nonce=\"").nth(1).unwrap().split('"').next().unwrap();
        assert!(reply.header("content-security-policy").unwrap().contains(&format!("'nonce-{nonce}'")));
    }
    // The pages the build wrote, the app's own among them, with or without a trailing slash.
    assert!(get(&addr, "/en/living/registration/").await.body.contains("<h1>Registration</h1>"));
    let wizard = get(&addr, "/en/e-services/registration/check-answers").await;
    assert_eq!((wizard.status, wizard.body.contains("wizard")), (200, true));
    // No language: the app, which sends the visitor on to the address in theirs.
    for path in ["/", "/nonsense/page"] {
        let reply = get(&addr, path).await;
        assert_eq!((reply.status, reply.body.contains("<body>shell")), (200, true), "{path}");
    }
    // The 404 pages are not served under their own names; a missing file stays a plain 404.
    for path in ["/not-found/en.html", "/not-found/en", "/en/no-such.js"] {
        let reply = get(&addr, path).await;
        assert_eq!(reply.status, 404, "{path}");
        assert!(!reply.body.contains("not found"), "{path}");
    }
}

#[tokio::test]
async fn built_files_are_served_with_cache_headers() {
    let addr = start().await;
    let js = get(&addr, "/app-0123456789abcdef.js").await;
    assert_eq!(js.status, 200);
    assert_eq!(js.body, "export default 1;");
    assert_eq!(js.header("cache-control"), Some("public, max-age=31536000, immutable"));
    assert_eq!(js.header("x-content-type-options"), Some("nosniff"));
    let robots = get(&addr, "/robots.txt").await;
    assert_eq!(robots.header("cache-control"), Some("public, max-age=300"));
}

#[tokio::test]
async fn missing_files_are_plain_404s() {
    let addr = start().await;
    let missing = get(&addr, "/nothing-here.js").await;
    assert_eq!(missing.status, 404);
    assert!(!missing.body.contains("shell"));
}

#[tokio::test]
async fn only_embed_pages_may_be_framed() {
    let addr = start().await;
    let page = get(&addr, "/en/living").await;
    assert!(page.header("content-security-policy").unwrap().contains("frame-ancestors 'none'"));
    let embed = get(&addr, "/en/embed/deadline-calculator").await;
    assert!(embed.header("content-security-policy").unwrap().contains("frame-ancestors 'self'"));
}

#[tokio::test]
async fn embed_pages_are_the_widget_page_in_their_language() {
    let addr = start().await;
    let embed = get(&addr, "/ru/embed/status-tracker").await;
    assert_eq!(embed.status, 200);
    assert!(embed.body.contains(r#"<html lang="ru">"#), "{}", embed.body);
    assert!(!embed.body.contains("{{__TRUNK NONCE__}}"));
    // Not a widget: the app, which says the page does not exist (a full build: the 404 page).
    let unknown = get(&addr, "/ru/embed/nothing").await;
    assert!(unknown.body.contains("shell"));
}

#[tokio::test]
async fn partner_pages_may_load_the_widgets_from_another_origin() {
    let addr = start().await;
    let loader = get(&addr, "/widgets/migrationto-widgets.js").await;
    assert_eq!(loader.status, 200);
    assert_eq!(loader.header("access-control-allow-origin"), Some("*"));
    let app = get(&addr, "/app-0123456789abcdef.js").await;
    assert_eq!(app.header("access-control-allow-origin"), None);
}

#[tokio::test]
async fn precompressed_files_are_served_to_browsers_that_take_them() {
    let addr = start().await;
    let mut stream = TcpStream::connect(&addr).await.unwrap();
    let req = format!(
        "GET /app-0123456789abcdef.js HTTP/1.1\r\nHost: {addr}\r\nAccept-Encoding: br, gzip\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(req.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8_lossy(&raw);
    assert!(text.to_ascii_lowercase().contains("content-encoding: br"), "{text}");
    assert!(text.ends_with("brotli bytes"), "{text}");
}

#[tokio::test]
async fn articles_get_their_static_page_and_the_folder_is_not_served() {
    let addr = start().await;
    let article = get(&addr, "/en/living/registration").await;
    assert_eq!(article.status, 200);
    assert!(article.body.contains("<h1>Registration</h1>"), "{}", article.body);
    assert!(!article.body.contains("{{__TRUNK NONCE__}}"));
    assert!(article.header("content-security-policy").unwrap().contains("'nonce-"));
    assert!(get(&addr, "/en/living/registration/").await.body.contains("<h1>Registration</h1>"));
    assert!(get(&addr, "/ru/living/registration").await.body.contains("shell"), "other pages get the app");
    assert_eq!(get(&addr, "/pages/en/living/registration.html").await.status, 404);
}

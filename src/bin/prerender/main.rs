//! Writes every page that does not depend on the visitor, in az, en and ru, as HTML rendered by
//! the app's own components (feature `ssr`): `pages/{lang}{path}.html` in Trunk's staging folder
//! (`TRUNK_STAGING_DIR`, when Trunk runs it as a hook) or in `--out DIR`. The servers send such a
//! page for its address instead of the bare app, so it reads without JavaScript. A reading page
//! runs no app, only the page script (core's `Area::needs_app`); on the others, the area's app
//! takes the content of `<main>` over when it starts (`migrationto::mount_content`). Articles and
//! section lists are rendered from the content build's files (run it first:
//! `scripts/build-pages.sh`); the search page as it opens, its form; each e-service's first step
//! as its empty form (core's `first_steps`); the appointment page, which shows the free days
//! from today, and a wizard's later pages, which show the visitor's answers, as their frame
//! ([`frame`]; "Continue an application you saved" is written whole); and each language its 404
//! page (`not-found/{lang}.html`): the servers then know every address the portal has, and
//! answer any other with status 404. Last, Trunk's `index.html`,
//! the page for an address without a language, is made to run the page script, which sends the
//! visitor on to their language. See docs/static-first.md.

use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use migrationto_core::Lang;
use migrationto_core::content::{Article, ArticleSummary};
use migrationto_core::eservice::{Service, wizard_page};
use migrationto_core::page::{Area, Page, SITE_URL, first_steps, route_list, wizard_page_at, wizard_paths};
use migrationto_core::path::{localized, split_lang};
use migrationto_shell_html::{
    escape, load_app, load_script, loaded_app, remove_links, remove_tag, replace_element, replace_tag,
    start_after_paint,
};
use std::path::{Path, PathBuf};

/// Pages whose content is left to the app: the appointment page lists the free days from today,
/// which a page written at build time cannot know, and a wizard's pages after its first step
/// (core's `wizard_paths`) show the visitor's answers. They are written as their frame (header,
/// title, footer) with a loading line in `<main>` ([`frame`]), for an app that takes over the
/// content of `<main>` (`migrationto::mount_content`).
const LIVE: [Page; 1] = [Page::Appointments];

/// The folder of the 404 pages, one a language (`not-found/en.html`); the servers send them for
/// an address in that language that has no page, and never under their own name.
const NOT_FOUND: &str = "not-found";

/// A page's `#app` content and its document title.
struct Rendered {
    body: String,
    title: String,
    /// What it says to a visitor without JavaScript.
    notice: Notice,
}

fn render(path: &str) -> Rendered {
    render_with(path, || migrationto::app::App().into_any())
}

/// The frame of a page whose content is left to its app ([`LIVE`]): what the app renders around
/// the page (skip link, header, footer, connection notices) and the page's title, with a loading
/// line in `<main>` that the page's app replaces with the page. `<main>` keeps the frame's height
/// (`main-live`, style/components.css), so a short page does not pull the footer up into view. The frame is the reading pages'
/// app's: it renders another area's address with nothing in `<main>` (`migrationto::area::shows`).
fn frame(lang: Lang, path: &str) -> Result<Rendered, String> {
    use migrationto::i18n::td_string;
    let title = render(path).title;
    let Rendered { mut body, .. } = render_with(path, || migrationto::app::ContentApp().into_any());
    // As high as the frame's, whatever the app puts in it: the footer stays where it was.
    let main = "<main id=\"main\" tabindex=\"-1\" class=\"main\">";
    if !body.contains(main) {
        return Err(format!("no {main}"));
    }
    body = body.replacen(main, "<main id=\"main\" tabindex=\"-1\" class=\"main main-live\">", 1);
    let main_end = body.find("</main>").ok_or("no <main>")?;
    let container_end = body[..main_end].rfind("</div>").ok_or("no container in <main>")?;
    let loading = td_string!(migrationto::lang::to_locale(lang), article.loading);
    body.insert_str(
        container_end,
        &format!("<p class=\"loading page-loading\" role=\"status\">{}</p>", escape(loading)),
    );
    Ok(Rendered { body, title, notice: Notice::NeedsScript })
}

fn render_with(path: &str, app: fn() -> AnyView) -> Rendered {
    // The texts the page's own app has, so what a page shows without its app is what it has; a
    // page without an app (an e-service's start page) is whole as written here.
    let rest = split_lang(path).map_or("", |(_, rest)| rest);
    let texts = match Area::needs_app(rest) {
        true => migrationto::text::for_area(Area::of_path(rest)),
        false => migrationto::text::ALL,
    };
    migrationto::text::use_texts(texts);
    // A wizard's page carries its e-service's own texts for its app ([`page`]).
    migrationto::text::use_page_texts(match carried_texts(rest) {
        Some(service) => migrationto::text::service_rows(service),
        None => &[],
    });
    let owner = Owner::new();
    owner.with(|| {
        let (meta, head) = ServerMetaContext::new();
        provide_context(meta);
        provide_context(RequestUrl::new(path));
        // The title is read while the page's view is alive, after its first chunk: a head for
        // it to go into is put before that chunk.
        let mut first = true;
        let chunks = app()
            .to_html_stream_in_order()
            .map(move |chunk| if std::mem::take(&mut first) { format!("<head></head>{chunk}") } else { chunk });
        let html = futures::executor::block_on(async move {
            head.inject_meta_context(Box::pin(chunks)).await.collect::<Vec<String>>().await.concat()
        });
        let (head, body) = html.split_once("</head>").unwrap_or(("", &html));
        let title = head.split_once("<title>").and_then(|(_, t)| t.split_once("</title>")).map(|(t, _)| t.to_owned());
        let notice = match split_lang(path).and_then(|(_, rest)| Page::from_path(rest)) {
            Some(Page::Search) => Notice::Search,
            _ => Notice::Reads,
        };
        Rendered { body: body.to_owned(), title: title.unwrap_or_default(), notice }
    })
}

/// The e-service whose own texts the page at `path` (after the language) carries for its app: a
/// wizard's page that loads one (`migrationto::page_texts`).
fn carried_texts(path: &str) -> Option<Service> {
    wizard_page_at(path).filter(|_| Area::needs_app(path)).map(|(service, _)| service)
}

/// What a page says about itself to search engines and link previews, besides its title.
struct About<'a> {
    /// The article's summary, for `description`; other pages keep the portal's.
    summary: Option<&'a str>,
    kind: &'static str,
}

/// The page for `path` in `lang`: [`filled`], with its canonical address, what it says about
/// itself to search engines and link previews, and its alternates in the other languages.
fn page(
    shell: &str,
    site_url: &str,
    lang: Lang,
    path: &str,
    rendered: &Rendered,
    about: &About,
) -> Result<String, String> {
    let url = format!("{site_url}{}", localized(lang, path));
    let mut head = format!(
        "<link rel=\"canonical\" href=\"{url}\"><meta property=\"og:type\" content=\"{kind}\">\
         <meta property=\"og:title\" content=\"{title}\"><meta property=\"og:url\" content=\"{url}\">\
         <meta property=\"og:locale\" content=\"{locale}\">",
        kind = about.kind,
        title = escape(&rendered.title),
        locale = match lang {
            Lang::Az => "az_AZ",
            Lang::En => "en_GB",
            Lang::Ru => "ru_RU",
        },
    );
    if let Some(summary) = about.summary {
        head.push_str(&format!(
            "<meta name=\"description\" content=\"{s}\"><meta property=\"og:description\" content=\"{s}\">",
            s = escape(summary)
        ));
    }
    if let Some(service) = carried_texts(path) {
        head.push_str(&migrationto::page_texts::script(lang, service));
    }
    for alt in Lang::ALL {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{site_url}{}\">",
            alt.code(),
            localized(alt, path)
        ));
    }
    filled(shell, lang, rendered, &head, about.summary.is_some())
}

/// The built `index.html` with `rendered` inside `#app`, in `lang`, `head` added to its head
/// (and its own description removed when `head` has one).
fn filled(shell: &str, lang: Lang, rendered: &Rendered, head: &str, own_description: bool) -> Result<String, String> {
    // The page reads as it is: the app's code is fetched once the page has been painted, not
    // ahead of or alongside the page's own text and styles (measured: docs/static-first.md).
    let html = start_after_paint(&remove_links(shell, &["preload", "modulepreload"]));
    // A page without an app says so: the app's mark that it has taken over (`data-app="running"`)
    // never comes there.
    let app = if loaded_app(shell).is_some() { "" } else { " data-app=\"none\"" };
    let html = replace_tag(&html, "<html", &format!("<html lang=\"{}\"{app}>", lang.code()));
    let html = replace_element(&html, "<title", "</title>", &format!("<title>{}</title>", escape(&rendered.title)));
    let html = if own_description { remove_tag(&html, "description") } else { html };
    let html = html.replacen("</head>", &format!("{head}{}</head>", manifest_link(lang)), 1);
    // The shell's notice says the portal needs JavaScript, in three languages; this page's says
    // whether it reads without it and what needs it, in the page's language.
    let notice = format!(
        "<noscript><div class=\"width-container noscript\"><p>{} {}</p></div></noscript>",
        escape(&noscript_text(lang, rendered.notice)),
        OFFICIAL_SERVICES
    );
    let html = replace_element(&html, "<noscript", "</noscript>", &notice);
    // `#app` runs from its opening tag to the last `</div>` before the `<noscript>` after it.
    let open = ["<div id=app>", "<div id=\"app\">"]
        .iter()
        .find_map(|tag| html.find(tag).map(|at| at + tag.len()))
        .ok_or("index.html has no <div id=\"app\">")?;
    let close = html[open..]
        .find("<noscript")
        .and_then(|n| html[open..open + n].rfind("</div>"))
        .map(|c| open + c)
        .ok_or("index.html: #app must be followed by <noscript>")?;
    Ok(format!("{}{}{}", &html[..open], rendered.body, &html[close..]))
}

/// Where a visitor without JavaScript can still apply: names, not texts, so not translated.
const OFFICIAL_SERVICES: &str = "<a href=\"https://www.migration.gov.az\">migration.gov.az</a>, \
     <a href=\"https://www.e-gov.az\">e-gov.az</a>.";

/// What a page says to a visitor without JavaScript, besides where to get help.
#[derive(Clone, Copy)]
enum Notice {
    /// It reads without it (what needs it is elsewhere).
    Reads,
    /// A frame waiting for its app: it needs it.
    NeedsScript,
    /// The search page: its form reads, searching needs it.
    Search,
}

fn noscript_text(lang: Lang, notice: Notice) -> String {
    use migrationto::i18n::td_string;
    let locale = migrationto::lang::to_locale(lang);
    match notice {
        Notice::Reads => td_string!(locale, noscript.reading),
        Notice::NeedsScript => td_string!(locale, noscript.needs_script),
        Notice::Search => td_string!(locale, noscript.search),
    }
    .to_string()
}

/// Reads a file the content build wrote, and keeps it for the pages about to be rendered.
fn content_file(out: &Path, url: &str) -> String {
    let json = std::fs::read_to_string(out.join(url.trim_start_matches('/')))
        .unwrap_or_else(|e| fail(&format!("{url}: {e} (the content build runs first)")));
    if !migrationto::content::keep(url, &json) {
        fail(&format!("{url}: not what the app reads"));
    }
    json
}

fn main() {
    let out = out_dir().unwrap_or_else(|| fail("give --out DIR, or run as a Trunk hook"));
    let shell = std::fs::read_to_string(out.join("index.html"))
        .unwrap_or_else(|e| fail(&format!("{}: {e}", out.join("index.html").display())));
    let shells = Shells::new(&out, &shell);
    any_spawner::Executor::init_futures_executor().expect("one executor");
    let site_url = std::env::var("MIGRATIONTO_SITE_URL").unwrap_or_else(|_| SITE_URL.into());
    let first_steps = first_steps();
    // A wizard's pages after its first step show what the visitor answered: their frames. But
    // "Continue an application you saved" asks for a code and a date of birth whatever this tab
    // holds: written whole, like a first step.
    let later_pages: Vec<String> = wizard_paths().into_iter().filter(|p| !first_steps.contains(p)).collect();
    let resume = format!("/{}", wizard_page::RESUME);
    let live: Vec<String> =
        LIVE.iter().map(|p| p.path()).chain(later_pages.iter().filter(|p| !p.ends_with(&resume)).cloned()).collect();
    let paths: Vec<String> =
        route_list().into_iter().map(|(path, _)| path).chain(first_steps.iter().cloned()).chain(later_pages).collect();
    let mut articles = 0;
    for lang in Lang::ALL {
        let index_url = migrationto::content::index_url(lang);
        let index = content_file(&out, &index_url);
        let summaries: Vec<ArticleSummary> = serde_json::from_str(&index).expect("kept above");
        let save = |path: &str, html: String| {
            write(&out.join("pages").join(format!("{}.html", localized(lang, path).trim_start_matches('/'))), &html);
        };
        for path in &paths {
            let rendered = if live.contains(path) {
                frame(lang, &localized(lang, path)).unwrap_or_else(|e| fail(&format!("{path}: {e}")))
            } else {
                render(&localized(lang, path))
            };
            let about = About { summary: None, kind: "website" };
            save(
                path,
                page(&shells.of(lang, path), &site_url, lang, path, &rendered, &about)
                    .unwrap_or_else(|e| fail(&format!("{path}: {e}"))),
            );
        }
        for summary in &summaries {
            let url = format!("/content/{}{}.json", lang.code(), summary.path);
            let json = content_file(&out, &url);
            let article: Article = serde_json::from_str(&json).expect("kept above");
            let rendered = render(&localized(lang, &summary.path));
            let about = About { summary: Some(&article.summary), kind: "article" };
            let html = page(&shells.of(lang, &summary.path), &site_url, lang, &summary.path, &rendered, &about)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", summary.path)));
            save(&summary.path, html);
            articles += 1;
        }
    }
    // An address the servers find no page for is not the portal's (404).
    for lang in Lang::ALL {
        // The page for such an address, sent with status 404: the app's, for an address that
        // matches no route.
        let rendered = render(&localized(lang, "/not/a/page"));
        let noindex = "<meta name=\"robots\" content=\"noindex\">";
        let html = filled(&shells.of(lang, "/not/a/page"), lang, &rendered, noindex, false)
            .unwrap_or_else(|e| fail(&format!("404: {e}")));
        write(&out.join(NOT_FOUND).join(format!("{}.html", lang.code())), &html);
    }
    for lang in Lang::ALL {
        write(&out.join(manifest_name(lang)), &manifest(lang));
    }
    // An address without a language gets Trunk's page (index.html), which only sends the visitor
    // on to the address in their language: the page script does that, not the whole app.
    write(&out.join("index.html"), &shells.no_lang);
    eprintln!(
        "migrationto-prerender: {} pages ({} of them frames for their app) and {} articles in az, en and ru; the 404 page",
        paths.len(),
        live.len(),
        articles / Lang::ALL.len(),
    );
}

/// The web app manifest of a language (`manifest-en.webmanifest`): the installed portal opens at
/// that language's home page (docs/offline.md).
fn manifest_name(lang: Lang) -> String {
    format!("manifest-{}.webmanifest", lang.code())
}

fn manifest_link(lang: Lang) -> String {
    format!("<link rel=\"manifest\" href=\"/{}\">", manifest_name(lang))
}

fn manifest(lang: Lang) -> String {
    use migrationto::i18n::td_string;
    let locale = migrationto::lang::to_locale(lang);
    let icon = |purpose: &str, size: u32| {
        serde_json::json!({
            "src": format!("/icons/{purpose}-{size}.png"),
            "sizes": format!("{size}x{size}"),
            "type": "image/png",
            "purpose": purpose,
        })
    };
    let home = localized(lang, "");
    let manifest = serde_json::json!({
        "id": home,
        "name": td_string!(locale, manifest.name),
        "short_name": td_string!(locale, manifest.short_name),
        "description": td_string!(locale, manifest.description),
        "lang": lang.code(),
        "dir": "ltr",
        "start_url": home,
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": "#ffffff",
        "icons": [icon("any", 192), icon("any", 512), icon("maskable", 192), icon("maskable", 512)],
    });
    serde_json::to_string_pretty(&manifest).expect("plain JSON")
}

/// The header's colour (`--colour-brand`, style/tokens.css, and index.html's `theme-color`).
const THEME_COLOUR: &str = "#00365f";

/// Trunk's page made to load what a page needs.
struct Shells {
    /// In each language (the order of `Lang::ALL`), each area's app (the order of `Area::ALL`):
    /// its files are the ones `scripts/build-areas.sh` wrote into the output as
    /// `<app name>-<lang>-<hash>.js` and `_bg.wasm`.
    apps: Vec<Vec<String>>,
    /// In each language, the page script it wrote as `page-<hash>.js`, for the pages that need
    /// no app.
    scripts: Vec<String>,
    /// In each language, the page script for an e-service's start page, whose connection script
    /// also keeps the questions' app and the first step ([`FIRST_STEP`]).
    starts: Vec<String>,
    /// The page script for an address without a language (`index.html`).
    no_lang: String,
}

/// Where an e-service's start page names its first step, relative to its own address.
const FIRST_STEP: &str = "{first-step}";

impl Shells {
    fn new(out: &Path, shell: &str) -> Shells {
        // The prerender rewrites index.html (`main`): run it on a fresh build (`trunk build`).
        let whole = loaded_app(shell).unwrap_or_else(|| fail("index.html loads no app (not the page Trunk built)"));
        let files: Vec<String> = std::fs::read_dir(out)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())))
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .collect();
        // The one built file named `{name}-<hash>.js`, without `.js`.
        let built = |name: &str| {
            let found: Vec<&str> = files
                .iter()
                .filter_map(|f| f.strip_suffix(".js"))
                .filter(|stem| stem.strip_prefix(name).and_then(|rest| rest.strip_prefix('-')).is_some_and(is_hash))
                .collect();
            match found.as_slice() {
                [one] => *one,
                _ => fail(&format!("{name}: {} found, one expected (scripts/build-areas.sh)", found.len())),
            }
        };
        let unexpected = || fail("index.html does not load its app as expected");
        // Every page also runs the connection script (public/connection.js: the service worker,
        // the offline notices), after its own. On a page in a language it names the calculators'
        // app in that language (`data-keep`): the script keeps it for the calculators offline.
        // A wizard's question also names the sending's app and the application's "Check your
        // answers" (relative to the page's address): the move there is a page load, which then
        // works offline and needs no download.
        let connection = |keep: &[&str]| {
            let keep: Vec<String> = keep
                .iter()
                .map(|name| match name.starts_with("migrationto-") {
                    true => format!("/{name}.js /{name}_bg.wasm"),
                    false => (*name).to_owned(),
                })
                .collect();
            let keep = if keep.is_empty() { String::new() } else { format!(" data-keep=\"{}\"", keep.join(" ")) };
            format!("<script type=module src=\"/{}.js\"{keep}></script></head>", built("connection"))
        };
        let page_script = format!("{}.js", built("page"));
        let script = load_script(shell, whole, &page_script).unwrap_or_else(unexpected);
        let app_in = |lang: Lang, area: Area| built(&format!("{}-{}", area.app_name(), lang.code()));
        // The end of the head of every page in each language.
        let head_end: Vec<String> = Lang::ALL.iter().map(|l| connection(&[app_in(*l, Area::Calculators)])).collect();
        Shells {
            apps: Lang::ALL
                .iter()
                .zip(&head_end)
                .map(|(lang, end)| {
                    let questions_end = connection(&[
                        app_in(*lang, Area::Calculators),
                        app_in(*lang, Area::Sending),
                        wizard_page::CHECK_ANSWERS,
                    ]);
                    Area::ALL
                        .iter()
                        .map(|area| {
                            let page = load_app(shell, whole, app_in(*lang, *area)).unwrap_or_else(unexpected);
                            let end = if *area == Area::EServices { &questions_end } else { end };
                            // Every app takes over only the content of `<main>`
                            // (`migrationto::mount_content`) and leaves the rest of the page to
                            // the page script, as on a reading page.
                            page.replacen(
                                "</head>",
                                &format!("<script type=module src=\"/{page_script}\"></script>{end}"),
                                1,
                            )
                        })
                        .collect()
                })
                .collect(),
            scripts: head_end.iter().map(|end| script.replacen("</head>", end, 1)).collect(),
            // "Start now" is a page load of the first step in the questions' app: kept once the
            // service worker is ready, it needs no download, and works offline.
            starts: Lang::ALL
                .iter()
                .map(|lang| {
                    let end =
                        connection(&[app_in(*lang, Area::Calculators), app_in(*lang, Area::EServices), FIRST_STEP]);
                    script.replacen("</head>", &end, 1)
                })
                .collect(),
            no_lang: script.replacen("</head>", &connection(&[]), 1),
        }
    }

    /// The page for an address in `lang` after the language: its area's app in that language,
    /// or the page script when it needs no app (`Area::needs_app`), which on an e-service's
    /// start page also keeps its first step and the app that shows it.
    fn of(&self, lang: Lang, path: &str) -> std::borrow::Cow<'_, str> {
        let area = Area::of_path(path);
        let lang = lang.column();
        match (Page::from_path(path), Area::ALL.iter().position(|a| *a == area)) {
            (Some(Page::EServiceStart(service)), _) => {
                self.starts[lang].replace(FIRST_STEP, service.steps()[0].id).into()
            }
            (_, Some(app)) if Area::needs_app(path) => self.apps[lang][app].as_str().into(),
            _ => self.scripts[lang].as_str().into(),
        }
    }
}

/// Whether a file name's part is a build's hash (`scripts/build-areas.sh`: 16 hex digits).
fn is_hash(part: &str) -> bool {
    part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit())
}

fn out_dir() -> Option<PathBuf> {
    let mut args = std::env::args().skip(1);
    match (args.next().as_deref(), args.next()) {
        (Some("--out"), Some(dir)) => Some(dir.into()),
        (None, _) => std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from),
        _ => None,
    }
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("has a parent"))
        .and_then(|()| std::fs::write(path, text))
        .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("migrationto-prerender: {message}");
    std::process::exit(1)
}

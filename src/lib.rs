#![recursion_limit = "256"]
//! The migrationto single-page app: shell, routes and components.
//! `main.rs` only mounts [`app::App`]; everything lives here so tests can reach it.

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub mod api;
pub mod app;
pub mod area;
pub mod browser;
pub mod components;
pub mod content;
pub mod lang;
pub mod locale;
pub mod page_texts;
pub mod routes;
pub mod session;
mod takeover;
pub mod text;
pub mod wizard;

use wasm_bindgen::JsCast;

/// Replaces the page the server sent in `#app` (a prerendered page, or the loading shell of
/// `index.html`) with the running app, carrying over what the visitor typed, chose and focused
/// meanwhile. `<html data-app="running">` says the app has taken over. A prerendered page is
/// left as it is until the browser has painted it: it is what the visitor reads first, and its
/// paint stays the page's largest.
pub fn mount() {
    text::use_texts(text::ALL);
    area::note_loaded_at();
    // A prerendered page's start-up script fetched the app only once the browser had reported
    // the page's largest paint (`shell_html::start_after_paint`): the app takes over at once.
    take_over(app::App);
}

/// A page's view, made inside the app that shows it.
pub type PageView = fn() -> leptos::prelude::AnyView;

/// The app of one area (`src/bin/area/`), showing one page at a time: the search's,
/// `src/bin/area/search.rs`, the partners page's, `partners.rs`, the calculators',
/// `calculators.rs`, the appointments', `appointments.rs`, the status checks',
/// `status_checks.rs`, and the e-services' wizards', `e_services.rs` and `sending.rs`. Such a page is
/// prerendered (the appointment page, whose free days depend on the day, and a wizard's pages
/// after its first step, which depend on the answers, as their frame and a loading line), and its header, menu, language switcher and
/// footer work as on a reading page (the page script, `public/page.js`); this app takes over
/// only the content of `<main>` after the connection notices: the view `show` names for the
/// address after the language (`None`: not one of this app's). It has no router: a
/// calculator's answers are read from and kept in the browser's address (`browser::Address`),
/// a wizard moves between the pages of an application itself (`wizard::at_address`), and every
/// other link leads to a page. On any other page it leaves the page as it is, marked
/// `<html data-app="none">`.
pub fn mount_content(texts: &'static text::Table, show: fn(&str) -> Option<PageView>) {
    use leptos::prelude::*;
    text::use_texts(texts);
    let path = window().location().pathname().unwrap_or_default();
    let found = migrationto_core::path::split_lang(&path).and_then(|(in_address, rest)| {
        let view = show(rest)?;
        let container = document().query_selector("main .width-container").ok().flatten()?;
        Some((lang::BUILT_FOR.unwrap_or(in_address), view, container))
    });
    let Some((lang, view, container)) = found else {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("data-app", "none");
        }
        return;
    };
    let before = takeover::snapshot(&container);
    let children = container.children();
    let page_nodes: Vec<web_sys::Element> = (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|child| !matches!(child.id().as_str(), "connection-status" | "update-notice"))
        .collect();
    for node in page_nodes {
        node.remove();
    }
    let root = container.unchecked_into::<web_sys::HtmlElement>();
    leptos::mount::mount_to(root, move || {
        locale::provide_i18n();
        locale::use_i18n().set_locale(lang::to_locale(lang));
        provide_context(lang::PageLang(Memo::new(move |_| lang)));
        view()
    })
    .forget();
    after_takeover(before);
}

fn take_over<V: leptos::prelude::IntoView + 'static>(app: fn() -> V) {
    let document = leptos::prelude::document();
    let root = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| document.body().expect("the page has a body"));
    let before = takeover::snapshot(&root);
    root.set_inner_html("");
    leptos::mount::mount_to(root, app).forget();
    after_takeover(before);
}

/// Puts back what the visitor did to the page before the app took it over, and marks the page
/// `<html data-app="running">`.
fn after_takeover(before: takeover::Snapshot) {
    let document = leptos::prelude::document();
    // The router puts the page in place in a task of its own, queued first, and that page's
    // effects start in tasks it queues; the answers go back after both (so the effects see them
    // change), still before the browser paints.
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        takeover::restore(before);
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-app", "running");
        }
    });
}

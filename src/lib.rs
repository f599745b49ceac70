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
    mount_with(app::App, text::ALL);
}

/// [`mount`] with the app of one area (`src/bin/area/`), the pages of that area only, and the
/// table of run-time texts they show (`text::READING` or `text::ALL`).
pub fn mount_with<V: leptos::prelude::IntoView + 'static>(app: fn() -> V, texts: &'static text::Table) {
    text::use_texts(texts);
    area::note_loaded_at();
    // A prerendered page's start-up script fetched the app only once the browser had reported
    // the page's largest paint (`shell_html::start_after_paint`): the app takes over at once.
    take_over(app);
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

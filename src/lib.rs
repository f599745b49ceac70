//! The migrationto single-page app: shell, routes and components.
//! `main.rs` only mounts [`app::App`]; everything lives here so tests can reach it.

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub mod api;
pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod lang;
pub mod routes;
pub mod text;
pub mod wizard;

use wasm_bindgen::JsCast;

/// Replaces the static loading shell in `#app` (see `index.html`) with the running app.
pub fn mount() {
    let document = leptos::prelude::document();
    let root = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| document.body().expect("the page has a body"));
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
}

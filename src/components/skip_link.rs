//! "Skip to main content": the first focusable element on every page (WCAG 2.4.1).

use crate::locale::{t, use_i18n};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    // The router would treat `#main` as a navigation; focusing the landmark ourselves also
    // moves the sequential focus start point in every browser.
    let on_click = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    };
    view! {
        <a href="#main" class="skip-link" on:click=on_click>
            {t!(i18n, skip_link)}
        </a>
    }
}

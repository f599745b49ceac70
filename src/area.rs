//! The app of one area (`src/bin/area/`): the pages of that area only, in one language. An
//! address of another area or in another language is left with a page load, so that area's
//! app in that language (or its prerendered page) takes it.

use crate::lang::BUILT_FOR;
use leptos::prelude::*;
use migrationto_core::page::Area;

/// The area whose pages the running app has; `None` for the whole app (`index.html`).
#[derive(Clone, Copy)]
pub struct ThisApp(pub Option<Area>);

thread_local! {
    /// The address the page was loaded at: never left by a page load (it would load again).
    static LOADED_AT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Notes the address the page was loaded at; called once as the app starts.
pub fn note_loaded_at() {
    let path = window().location().pathname().unwrap_or_default();
    LOADED_AT.with(|at| *at.borrow_mut() = Some(path));
}

/// Whether this app shows the page at `pathname` (`/en/calculators/days-of-stay`): the whole
/// app shows every page; an area's app its area's in the language it was built for
/// (`lang::BUILT_FOR`), and the address it was loaded at whatever it is (its 404 page at
/// worst), so a page load never repeats.
pub fn shows(pathname: &str) -> bool {
    let Some(area) = use_context::<ThisApp>().and_then(|a| a.0) else { return true };
    area.has(BUILT_FOR, pathname) || LOADED_AT.with(|at| at.borrow().as_deref() == Some(pathname))
}

/// Loads the address the router has moved to (`pathname`, `search` with or without its `?`)
/// as a page. The router puts an address in the address bar and the history once its page is
/// ready, so this waits for the next task: then the page load takes the place of that history
/// entry (Back returns to the page before), or, if the router has not written it, follows it.
pub fn leave(pathname: String, search: String) {
    set_timeout(
        move || {
            let location = window().location();
            if location.pathname().is_ok_and(|p| p == pathname) {
                if let Ok(href) = location.href() {
                    let _ = location.replace(&href);
                }
            } else {
                let search = search.trim_start_matches('?');
                let _ = location.assign(&if search.is_empty() { pathname } else { format!("{pathname}?{search}") });
            }
        },
        std::time::Duration::ZERO,
    );
}

//! The frame around every page in a language: skip link, header, main landmark, footer.

use crate::area;
use crate::components::{connection_notices::ConnectionNotices, footer::Footer, header::Header, skip_link::SkipLink};
use crate::lang::{PageLang, to_locale};
use crate::locale::use_i18n;
use crate::routes::locale_root::LocaleRoot;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::{
    components::Outlet,
    hooks::{use_location, use_params_map},
};
use migrationto_core::Lang;

/// Route view for `/:lang/...`. A first segment that is not a language sends the visitor
/// to the same path under their preferred language.
#[component]
pub fn Shell() -> impl IntoView {
    let params = use_params_map();
    let url_lang = Memo::new(move |_| params.with(|p| p.get("lang").and_then(|c| Lang::from_code(&c))));
    let known = Memo::new(move |_| url_lang.get().is_some());
    move || {
        if known.get() {
            // Keeps the last good language while the URL briefly has none during navigation.
            let lang = Memo::new(move |prev: Option<&Lang>| url_lang.get().or(prev.copied()).unwrap_or_default());
            Either::Left(view! { <LocalizedShell lang /> })
        } else {
            Either::Right(view! { <LocaleRoot /> })
        }
    }
}

#[component]
fn LocalizedShell(lang: Memo<Lang>) -> impl IntoView {
    provide_context(PageLang(lang));
    let i18n = use_i18n();
    // Set before the first render so no text flashes in another language.
    i18n.set_locale(to_locale(lang.get_untracked()));
    Effect::new(move || {
        let lang = lang.get();
        i18n.set_locale(to_locale(lang));
        // The page's language for the browser, its reader and its translator.
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
    });
    focus_heading_after_navigation();
    // An address of another area's app: a page load brings it (nothing shows meanwhile).
    let location = use_location();
    let shown = Memo::new(move |_| area::shows(&location.pathname.get()));
    Effect::new(move || {
        if !shown.get() {
            area::leave(location.pathname.get_untracked(), location.search.get_untracked());
        }
    });

    view! {
        <SkipLink />
        <Header />
        <main id="main" class="main" tabindex="-1">
            <div class="width-container">
                <ConnectionNotices />
                <Show when=move || shown.get()>
                    <Outlet />
                </Show>
            </div>
        </main>
        <Footer />
    }
}

thread_local! {
    /// A navigation happened but its page had no heading yet (it was still loading).
    static FOCUS_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// After an in-app navigation, moves focus to the new page's heading so screen-reader and
/// keyboard users start at the new content, as after a full page load. The first load keeps
/// the browser's default so the skip link stays the first stop. A page whose heading comes
/// later (an article being fetched) calls [`focus_heading_if_pending`] when it has one.
fn focus_heading_after_navigation() {
    let location = use_location();
    Effect::watch(
        move || location.pathname.get(),
        move |_, _, _| {
            request_animation_frame(|| FOCUS_PENDING.set(!focus_heading()));
        },
        false,
    );
}

/// Focuses the page's heading if a navigation is still waiting for one.
pub fn focus_heading_if_pending() {
    request_animation_frame(|| {
        if FOCUS_PENDING.get() {
            FOCUS_PENDING.set(!focus_heading());
        }
    });
}

/// Moves focus to `main h1`; false when there is none.
fn focus_heading() -> bool {
    let heading = document().query_selector("main h1").ok().flatten();
    match heading.and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok()) {
        Some(h) => h.focus().is_ok(),
        None => false,
    }
}

//! Browser helpers the pages share: today in Baku, answers mirrored in the address so a
//! result can be bookmarked or shared, and focus moved once the view has been updated.

use leptos::prelude::*;
use leptos_router::{
    NavigateOptions,
    hooks::{use_location, use_navigate},
};
use migrationto_core::answers_query::with_query;

pub use migrationto_browser::today_in_baku;

/// Keeps the address in step with the answers: `pairs` gives each query parameter (a key may
/// repeat; empty values are left out). The history entry is replaced, not added to.
pub fn mirror_in_query<T>(answers: Memo<T>, pairs: impl Fn(&T) -> Vec<(&'static str, String)> + 'static)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let navigate = use_navigate();
    let location = use_location();
    Effect::watch(
        move || answers.get(),
        move |a, _, _| {
            let url = with_query(&location.pathname.get_untracked(), &pairs(a));
            navigate(&url, NavigateOptions { replace: true, scroll: false, resolve: false, ..Default::default() });
        },
        false,
    );
}

/// Moves focus to the element with `id` once the view has been updated.
pub fn focus_after_render(id: String) {
    request_animation_frame(move || {
        let element = document().get_element_by_id(&id);
        if let Some(el) = element.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()) {
            let _ = el.focus();
        }
    });
}

/// The portal's own origin (`https://migrationto.az`); empty when the page is rendered at build
/// time, where there is no address yet.
pub fn origin() -> String {
    if cfg!(target_arch = "wasm32") { window().location().origin().unwrap_or_default() } else { String::new() }
}

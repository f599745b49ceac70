//! `/` and any address without a language: send the visitor to the same address under their
//! language (saved choice, then the browser's languages, then Azerbaijani).

use crate::lang::visitor_lang;
use leptos::prelude::*;
use leptos_router::{NavigateOptions, components::Redirect, hooks::use_location};
use migrationto_core::path::localized;

#[component]
pub fn LocaleRoot() -> impl IntoView {
    let location = use_location();
    let mut rest = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    if !search.is_empty() {
        rest.push('?');
        rest.push_str(search.trim_start_matches('?'));
    }
    let target = localized(visitor_lang(), &rest);
    // Replace, so the Back button does not return to an address that redirects again.
    let options = NavigateOptions { replace: true, resolve: false, ..Default::default() };
    view! { <Redirect path=target options /> }
}

//! "You are here": links from the home page down to the current page's parent.

use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use crate::text::section_title;
use leptos::prelude::*;
use migrationto_core::{Section, path::localized};

/// A page above the current one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Crumb {
    Home,
    Section(Section),
}

/// Renders nothing when `trail` is empty (the home page has no parents).
#[component]
pub fn Breadcrumbs(
    /// The pages above the current one, from the home page down.
    trail: Vec<Crumb>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    (!trail.is_empty()).then(|| {
        let items = trail
            .into_iter()
            .map(|crumb| {
                let (href, label) = match crumb {
                    Crumb::Home => {
                        (Signal::derive(move || localized(lang.get(), "")), view! { {t!(i18n, nav.home)} }.into_any())
                    }
                    Crumb::Section(s) => (
                        Signal::derive(move || localized(lang.get(), s.slug())),
                        view! { {move || section_title(i18n, s)} }.into_any(),
                    ),
                };
                view! { <li><a href=href>{label}</a></li> }
            })
            .collect_view();
        view! {
            <nav class="breadcrumbs" aria-label=move || t_string!(i18n, breadcrumbs.label)>
                <ol>{items}</ol>
            </nav>
        }
    })
}

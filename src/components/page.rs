//! The frame of one page's content: breadcrumbs, the document title and the one `<h1>`.

use crate::components::breadcrumbs::{Breadcrumbs, Crumb};
use crate::locale::{t_string, use_i18n};
use leptos::prelude::*;

/// How the document's `<title>` follows the page: an app with a router provides leptos_meta's
/// `<Title>` (`app.rs`: a page changes under it). The wizards' app, which moves between an
/// application's pages itself, sets `document.title` (`wizard::at_address`). The other apps
/// without a router (`mount_content`: the calculators', the appointments', the status checks')
/// provide none: each takes over one prerendered page, whose title is already right and never
/// changes, and leptos_meta is not in them.
#[derive(Clone, Copy)]
pub struct DocumentTitle(pub fn(Signal<String>) -> AnyView);

#[component]
pub fn Page(
    /// The page heading, also the start of the document title.
    #[prop(into)]
    title: Signal<String>,
    /// The pages above this one, from the home page down.
    #[prop(optional)]
    trail: Vec<Crumb>,
    /// When true the document title is the service name alone (the home page).
    #[prop(optional)]
    is_home: bool,
    /// A line above the heading and read with it, such as "Step 3 of 9".
    #[prop(optional, into)]
    caption: Option<Signal<String>>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let document_title = move || {
        let brand = t_string!(i18n, brand.name);
        if is_home { brand.to_string() } else { format!("{} – {brand}", title.get()) }
    };
    let document_title = use_context::<DocumentTitle>().map(|DocumentTitle(set)| set(Signal::derive(document_title)));
    view! {
        {document_title}
        <Breadcrumbs trail />
        // tabindex -1: focus moves here after navigation, but it is not a tab stop.
        <h1 class="page-heading" tabindex="-1">
            {caption.map(|c| view! { <span class="caption">{move || c.get()}</span> })}
            {move || title.get()}
        </h1>
        {children()}
    }
}

//! Browser helpers the pages share: today in Baku, answers mirrored in the address so a
//! result can be bookmarked or shared, and focus moved once the view has been updated.

use leptos::prelude::*;
use migrationto_core::answers_query::{Query, with_query};

pub use migrationto_browser::today_in_baku;

/// Replaces the current history entry with the same path and the query of `pairs` (as
/// [`with_query`] writes them).
pub type ReplaceQuery = Box<dyn Fn(&[(&'static str, String)])>;

/// How a page reads and replaces the query of its address. An app with a router provides the
/// router's (the frame in `app.rs`: the router knows an address before the browser's address bar
/// does, and its links keep the query); without one (the apps that take over only a prerendered
/// page's content, `mount_content`: the calculators' is the one that reads the query) it is the
/// browser's address, and no code of the router is in those apps.
#[derive(Clone, Copy)]
pub struct Address {
    /// The query string, with or without its `?`; called in a component's body.
    pub search: fn() -> String,
    /// Makes a [`ReplaceQuery`]; called in a component's body.
    pub replacer: fn() -> ReplaceQuery,
}

impl Address {
    /// The browser's own address.
    const BROWSER: Address = Address {
        search: || {
            if cfg!(target_arch = "wasm32") { window().location().search().unwrap_or_default() } else { String::new() }
        },
        replacer: || {
            Box::new(|pairs| {
                let path = window().location().pathname().unwrap_or_default();
                if let Ok(history) = window().history() {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&with_query(&path, pairs)),
                    );
                }
            })
        },
    };
}

fn address() -> Address {
    use_context::<Address>().unwrap_or(Address::BROWSER)
}

/// The query of the page's address as it was when the page opened (a shared link's answers).
pub fn page_query() -> Query {
    Query::parse(&(address().search)())
}

/// Keeps the address in step with the answers: `pairs` gives each query parameter (a key may
/// repeat; empty values are left out). The history entry is replaced, not added to.
pub fn mirror_in_query<T>(answers: Memo<T>, pairs: impl Fn(&T) -> Vec<(&'static str, String)> + 'static)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let replace = (address().replacer)();
    Effect::watch(move || answers.get(), move |a, _, _| replace(&pairs(a)), false);
}

/// The body of `GET url` when the reply is a success; `None` when the device is offline, the
/// server cannot be reached, or it answers with an error.
pub async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
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

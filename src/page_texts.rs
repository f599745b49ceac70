//! The texts a page carries for its app: a wizard's page has its e-service's own texts
//! (`text::service_rows`) in a `<script type="application/json">` in its head, which the
//! prerender writes ([`script`]) and the app reads when it starts ([`read`]). An app of the
//! wizard then has only the texts every e-service shares, not every service's (docs/static-first.md).

use crate::text::{Table, service_rows};
use migrationto_core::Lang;
use migrationto_core::eservice::Service;

/// The script element's id.
const ID: &str = "page-texts";

/// The element with `service`'s texts in `lang`: a JSON list of `[key, text]` in key order. No
/// `<` is written as itself, so no text can end the element.
pub fn script(lang: Lang, service: Service) -> String {
    let pairs: Vec<(&str, &str)> = service_rows(service)
        .iter()
        .map(|(key, texts)| (*key, texts[lang.column()]))
        .filter(|(_, text)| !text.is_empty())
        .collect();
    let json = serde_json::to_string(&pairs).unwrap_or_default().replace('<', "\\u003c");
    format!("<script type=\"application/json\" id=\"{ID}\">{json}</script>")
}

/// The texts the page carries, as a table for `text::use_page_texts` (each text in every
/// language's column: the page has only its own language's), or `None` when it has none or they
/// cannot be read. Once per app, which keeps them for its life.
pub fn read() -> Option<&'static Table> {
    let json = leptos::prelude::document().get_element_by_id(ID)?.text_content()?;
    let pairs: Vec<(String, String)> = serde_json::from_str(&json).ok()?;
    let rows: Vec<(&'static str, [&'static str; 3])> = pairs
        .into_iter()
        .map(|(key, text)| {
            let text: &'static str = text.leak();
            (&*key.leak(), [text; 3])
        })
        .collect();
    // `text::lookup` finds a key by binary search: the prerender writes them in key order.
    rows.is_sorted_by_key(|(key, _)| *key).then(|| &*rows.leak())
}

/// Makes the app read the texts the page carries (`text::use_page_texts`): called by the
/// wizard's apps only (the others' pages carry none, and reading them would link a JSON parser
/// into an app that has none).
pub fn use_carried() {
    if let Some(own) = read() {
        crate::text::use_page_texts(own);
    }
}

//! The notices about the connection and about a new version of the portal, in the page's
//! language. The connection script (`public/connection.js`, on every page with or without an
//! app) fills them in: the status line when the device goes offline and comes back or when the
//! page's app could not be loaded, and the update notice when a new version waits
//! (docs/offline.md). The app never swaps its own code
//! under the visitor: the new version starts when they choose "Reload".

use crate::locale::{t, t_string, use_i18n};
use leptos::prelude::*;

#[component]
pub fn ConnectionNotices() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        // Empty until the script writes the line for the new state: a polite live region.
        <p
            id="connection-status"
            class="connection-status"
            role="status"
            data-offline=move || t_string!(i18n, connection.offline)
            data-online=move || t_string!(i18n, connection.online)
            data-unavailable=move || t_string!(i18n, connection.unavailable)
        ></p>
        <div id="update-notice" class="update-notice" hidden=true>
            <p>{t!(i18n, connection.update)}" "{t!(i18n, connection.reload_note)}</p>
            <button type="button" id="update-reload" class="button button-secondary">
                {t!(i18n, connection.reload)}
            </button>
        </div>
    }
}

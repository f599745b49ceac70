//! Under a result: "Add to calendar" (an .ics file with the result's dates as all-day events)
//! and "Print". Print styles print only the result (`style/print.css`).

use crate::locale::{t, use_i18n};
use leptos::prelude::*;
use migrationto_core::calendar::BakuDate;
use migrationto_core::ics::{AllDayEvent, calendar};
use wasm_bindgen::JsCast;

/// One date for the calendar file, with its title in the visitor's language.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarDate {
    pub date: BakuDate,
    pub summary: String,
}

#[component]
pub fn ResultActions(
    /// The dates to offer as calendar events; no calendar button when empty.
    #[prop(into)]
    dates: Signal<Vec<CalendarDate>>,
    /// The downloaded file's name, without `.ics`.
    file_name: &'static str,
    /// A line under every event: where it came from and that it is indicative.
    #[prop(into)]
    description: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let download = move |_| {
        let text = dates.with(|dates| {
            let description = description.get();
            let events: Vec<AllDayEvent> = dates
                .iter()
                .map(|d| AllDayEvent { date: d.date, summary: &d.summary, description: &description })
                .collect();
            calendar(&events, js_sys::Date::now() as i64)
        });
        save_file(&format!("{file_name}.ics"), "text/calendar;charset=utf-8", &text);
    };
    view! {
        <div class="result-actions">
            <Show when=move || dates.with(|d| !d.is_empty())>
                <button type="button" class="button button-secondary" on:click=download>
                    {t!(i18n, calc_common.add_to_calendar)}
                </button>
            </Show>
            <button type="button" class="button button-secondary" on:click=|_| {
                let _ = window().print();
            }>{t!(i18n, calc_common.print)}</button>
        </div>
    }
}

/// Offers `text` as a file download, without a round trip to the server.
fn save_file(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(link) =
        document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Some browsers read the file after the click returns: let it go a little later.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}

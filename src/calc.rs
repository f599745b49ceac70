//! What the calculator pages share: today in Baku, date messages in the visitor's language,
//! and answers mirrored in the address so a result can be bookmarked or shared.

use crate::i18n::{Locale, t_string};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::{
    NavigateOptions,
    hooks::{use_location, use_navigate},
};
use migrationto_core::calendar::{BakuDate, DateError};

/// Today in Baku, whatever the device's time zone.
pub fn today_in_baku() -> BakuDate {
    BakuDate::today_at(js_sys::Date::now() as i64)
}

/// The message for a date that cannot be read; `empty` is the field's own "enter the date".
pub fn date_problem(i18n: I18nContext<Locale>, err: DateError, empty: &'static str) -> String {
    match err {
        DateError::Empty => empty,
        DateError::Incomplete => t_string!(i18n, calc_common.err_date_incomplete),
        DateError::NotANumber | DateError::Unreadable => t_string!(i18n, calc_common.err_date_nan),
        DateError::NoSuchDay => t_string!(i18n, calc_common.err_date_real),
        DateError::MonthOutOfRange => t_string!(i18n, calc_common.err_date_month),
        DateError::YearOutOfRange => t_string!(i18n, calc_common.err_date_year),
    }
    .to_owned()
}

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
            let query = pairs(a)
                .into_iter()
                .filter(|(_, value)| !value.is_empty())
                .map(|(key, value)| format!("{key}={}", js_sys::encode_uri_component(&value)))
                .collect::<Vec<_>>()
                .join("&");
            let path = location.pathname.get_untracked();
            let url = if query.is_empty() { path } else { format!("{path}?{query}") };
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

/// The note under each calendar event: "indicative only" and the address of the answers.
pub fn calendar_note(i18n: I18nContext<Locale>) -> String {
    let href = window().location().href().unwrap_or_default();
    format!("{} {href}", t_string!(i18n, calc_common.calendar_note))
}

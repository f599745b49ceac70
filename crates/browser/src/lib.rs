//! What the portal and the partner widgets both need from the browser, written once: today in
//! Baku, and the CLDR country list the portal serves (`/cldr/countries-<lang>.json`), read with
//! the browser's JSON parser (a serde deserialiser would add tens of kilobytes to either bundle).
//! Each side fetches in its own way (the portal with gloo-net, the widgets without cookies and
//! with a time limit); what they fetch and how they read it is here.

use migrationto_core::Lang;
use migrationto_core::calendar::BakuDate;
use wasm_bindgen::{JsCast, JsValue};

/// Today in Baku, whatever the device's time zone.
pub fn today_in_baku() -> BakuDate {
    #[cfg(target_arch = "wasm32")]
    let now = js_sys::Date::now() as i64;
    // Natively (pages rendered at build time): the system clock.
    #[cfg(not(target_arch = "wasm32"))]
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
    BakuDate::today_at(now)
}

/// The address of the country list in `lang`, below `portal` (empty for the portal itself).
pub fn countries_url(portal: &str, lang: Lang) -> String {
    format!("{portal}/cldr/countries-{}.json", lang.code())
}

/// The countries (code, name) in a country list's JSON, in its order; `None` when the text is
/// not such a list or the list is empty.
pub fn read_countries(json: &str) -> Option<Vec<(String, String)>> {
    let value = js_sys::JSON::parse(json).ok()?;
    let list = field(&value, "countries");
    if !js_sys::Array::is_array(&list) {
        return None;
    }
    let countries: Option<Vec<(String, String)>> = list
        .unchecked_ref::<js_sys::Array>()
        .iter()
        .map(|item| Some((field(&item, "code").as_string()?, field(&item, "name").as_string()?)))
        .collect();
    countries.filter(|c| !c.is_empty())
}

fn field(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

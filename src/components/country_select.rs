//! Citizenship: every ISO 3166-1 country, named and ordered as in the visitor's language
//! (CLDR data in `public/cldr/`), plus "Stateless person". A native select: keyboard and
//! screen reader support come with it, and typing a name's first letters jumps to it.

use crate::components::error_message::ErrorMessage;
use crate::components::shell::use_page_lang;
use crate::i18n::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::Lang;
use wasm_bindgen::JsValue;

#[derive(Clone, Debug, PartialEq)]
struct Country {
    code: String,
    name: String,
}

/// Fetches `/cldr/countries-<lang>.json`. The browser's JSON parser reads it: a serde
/// deserialiser would add tens of kilobytes to the wasm for one small list.
async fn load(lang: Lang) -> Result<Vec<Country>, ()> {
    let url = format!("/cldr/countries-{}.json", lang.code());
    let response = gloo_net::http::Request::get(&url).send().await.map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = response.text().await.map_err(|_| ())?;
    let json = js_sys::JSON::parse(&text).map_err(|_| ())?;
    let list = js_sys::Reflect::get(&json, &JsValue::from_str("countries")).map_err(|_| ())?;
    let field = |item: &JsValue, key: &str| {
        js_sys::Reflect::get(item, &JsValue::from_str(key)).ok().and_then(|v| v.as_string())
    };
    let countries: Option<Vec<Country>> = js_sys::Array::from(&list)
        .iter()
        .map(|item| Some(Country { code: field(&item, "code")?, name: field(&item, "name")? }))
        .collect();
    countries.filter(|c| !c.is_empty()).ok_or(())
}

#[component]
pub fn CountrySelect(
    /// The id of the select (its label points at it).
    id: &'static str,
    /// The chosen code (`KZ`), `stateless`, or empty.
    value: RwSignal<String>,
    /// The message to show at the field, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let attempt = RwSignal::new(0u32);
    let countries = LocalResource::new(move || {
        attempt.track();
        load(lang.get())
    });
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if error.with(Option::is_some) { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    let options = move || {
        countries.get().map(|loaded| match loaded {
            Ok(list) => list
                .into_iter()
                .map(|c| {
                    let code = c.code.clone();
                    view! { <option value=c.code selected=move || value.with(|v| v == &code)>{c.name}</option> }
                })
                .collect_view()
                .into_any(),
            Err(()) => ().into_any(),
        })
    };
    let failed = move || matches!(countries.get(), Some(Err(())));
    let loading = move || countries.get().is_none();
    view! {
        <div class="form-group" class:form-group-error=move || error.with(Option::is_some)>
            <label class="label" for=id>{t!(i18n, registration_calc.citizenship_label)}</label>
            <p id=hint_id class="hint">{t!(i18n, registration_calc.citizenship_hint)}</p>
            <ErrorMessage id=error_id message=error />
            <select id=id name=id class="select" aria-describedby=described_by
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="" selected=move || value.with(String::is_empty)>
                    {move || if loading() {
                        t_string!(i18n, registration_calc.countries_loading)
                    } else {
                        t_string!(i18n, registration_calc.citizenship_choose)
                    }}
                </option>
                {options}
                <option value="stateless" selected=move || value.with(|v| v == "stateless")>
                    {t!(i18n, registration_calc.citizenship_stateless)}
                </option>
            </select>
            <Show when=failed>
                <p class="field-problem" role="alert">
                    {t!(i18n, registration_calc.countries_failed)}" "
                    <button type="button" class="button-secondary" on:click=move |_| attempt.update(|n| *n += 1)>
                        {t!(i18n, registration_calc.retry)}
                    </button>
                </p>
            </Show>
        </div>
    }
}

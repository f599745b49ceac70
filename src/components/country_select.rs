//! Citizenship: every ISO 3166-1 country, named and ordered as in the visitor's language
//! (CLDR data in `public/cldr/`), plus "Stateless person". A combobox (WAI-ARIA 1.2 pattern,
//! like GOV.UK's accessible autocomplete): typing any part of a name narrows the list, the
//! arrow keys move through it, Enter chooses, Escape closes, and a screen reader hears the
//! active option and how many match.

use crate::components::error_message::ErrorMessage;
use crate::lang::use_page_lang;
use crate::locale::{t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_browser::{countries_url, read_countries};
use migrationto_core::Lang;
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq)]
struct Country {
    code: String,
    name: String,
    /// The name folded for matching: lower case, without accents.
    folded: String,
}

impl Country {
    fn new(code: String, name: String) -> Country {
        let folded = fold(&name);
        Country { code, name, folded }
    }

    /// True when `query` (folded) starts the name or any word in it.
    fn matches(&self, query: &str) -> bool {
        self.folded.starts_with(query)
            || self.folded.match_indices(query).any(|(i, _)| self.folded[..i].ends_with([' ', '-', '(', '.']))
    }
}

/// Lower case without combining accents, so "turk" finds "Türkiyə" and "kot" finds "Côte". In the
/// browser, its own `normalize` and `toLowerCase` (Rust's would add their Unicode tables to the
/// app).
fn fold(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    let lowered: String = js_sys::JsString::from(text).normalize("NFD").to_lower_case().into();
    // Natively (pages rendered at build time) nothing is typed yet.
    #[cfg(not(target_arch = "wasm32"))]
    let lowered = text.to_lowercase();
    lowered.chars().filter(|c| !('\u{0300}'..='\u{036f}').contains(c)).collect()
}

/// Fetches `/cldr/countries-<lang>.json`, read as the widgets read it. The browser's `fetch`
/// itself, not gloo-net nor a resource: this box is in the calculators' app, where those cost
/// 15 KB gzip (docs/static-first.md).
async fn load(lang: Lang) -> Result<Vec<Country>, ()> {
    let text = crate::browser::fetch_text(&countries_url("", lang)).await.ok_or(())?;
    let countries = read_countries(&text).ok_or(())?;
    Ok(countries.into_iter().map(|(code, name)| Country::new(code, name)).collect())
}

/// Every country's code and name in `lang` (empty when the list cannot be loaded), for
/// showing a chosen country back to the user.
pub async fn country_names(lang: Lang) -> Vec<(String, String)> {
    load(lang).await.map(|l| l.into_iter().map(|c| (c.code, c.name)).collect()).unwrap_or_default()
}

#[component]
pub fn CountrySelect(
    /// The id of the text box (its label points at it).
    id: &'static str,
    /// The chosen code (`KZ`), `stateless`, or empty.
    value: RwSignal<String>,
    /// The message to show at the field, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The question; "Citizenship" when not given.
    #[prop(optional, into)]
    label: Option<Signal<String>>,
    /// The hint under the question; how to use the list when not given.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_page_lang();
    let label = move || {
        label.map(|l| l.get()).unwrap_or_else(|| t_string!(i18n, registration_calc.citizenship_label).to_owned())
    };
    let hint =
        move || hint.map(|h| h.get()).unwrap_or_else(|| t_string!(i18n, registration_calc.citizenship_hint).to_owned());
    let attempt = RwSignal::new(0u32);
    // None while the first list in a language is on its way. "Try again" fetches it again and
    // keeps the failure (and its focused button) until the answer; only the latest request's
    // answer is taken.
    let countries = RwSignal::new(None::<Result<Vec<Country>, ()>>);
    let latest = StoredValue::new(0u32);
    Effect::new(move |before: Option<Lang>| {
        attempt.track();
        let asked = lang.get();
        if before.is_some_and(|b| b != asked) {
            countries.set(None);
        }
        latest.update_value(|n| *n += 1);
        let this = latest.get_value();
        leptos::task::spawn_local(async move {
            let list = load(asked).await;
            if latest.try_get_value() == Some(this) {
                countries.try_set(Some(list));
            }
        });
        asked
    });
    // The whole list in the page's language, with "Stateless person" last.
    let all = Memo::new(move |_| {
        let mut list = match countries.get() {
            Some(Ok(list)) => list,
            _ => Vec::new(),
        };
        list.push(Country::new("stateless".into(), t_string!(i18n, registration_calc.citizenship_stateless).into()));
        list
    });
    let text = RwSignal::new(String::new());
    // Typed since the last choice: the list then narrows to what was typed, even when it
    // spells a country out in full; reopened after a choice, it shows every country.
    let typed = RwSignal::new(false);
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let choose = move |c: &Country| {
        typed.set(false);
        value.set(c.code.clone());
        text.set(c.name.clone());
        open.set(false);
        active.set(None);
    };
    // The country whose name is typed in full, if any.
    let typed_in_full = move || {
        let query = fold(text.get_untracked().trim());
        all.with(|l| l.iter().find(|c| c.folded == query).cloned())
    };
    // Show the chosen country's name, also after the list arrives or the language changes. A
    // name typed in full and left before the list arrived (a slow connection) counts as chosen
    // once it is here, as on leaving the box (`on_blur`, below); not while the box is in use.
    Effect::new(move |_| {
        let code = value.get();
        if let Some(c) = all.with(|l| l.iter().find(|c| c.code == code).cloned()) {
            text.set(c.name);
        } else if code.is_empty()
            && !has_focus(id)
            && let Some(c) = typed_in_full()
        {
            choose(&c);
        }
    });
    let matches = Memo::new(move |_| {
        let query = fold(text.get().trim());
        all.with(|list| {
            let chosen = !typed.get() && list.iter().any(|c| c.code == value.get() && c.folded == query);
            list.iter().filter(|c| chosen || c.matches(&query)).cloned().collect::<Vec<_>>()
        })
    });
    let listbox_id = format!("{id}-listbox");
    let option_id = move |code: &str| format!("{id}-option-{code}");
    let move_to = move |index: usize| {
        active.set(Some(index));
        if let Some(c) = matches.with(|m| m.get(index).cloned()) {
            scroll_into_view(&option_id(&c.code));
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let count = matches.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                open.set(true);
                if count > 0 {
                    move_to(active.get().map_or(0, |i| (i + 1).min(count - 1)));
                }
            }
            "ArrowUp" => {
                ev.prevent_default();
                match active.get() {
                    Some(0) | None => active.set(None),
                    Some(i) => move_to(i - 1),
                }
            }
            "Enter" => {
                if let (true, Some(i)) = (open.get(), active.get()) {
                    ev.prevent_default();
                    if let Some(c) = matches.with(|m| m.get(i).cloned()) {
                        choose(&c);
                    }
                }
            }
            "Escape" => {
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    // Leaving the box: a name typed in full counts as chosen.
    let on_blur = move |_| {
        if let Some(c) = typed_in_full() {
            choose(&c);
        }
        open.set(false);
        active.set(None);
    };

    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if error.with(Option::is_some) { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    let failed = move || matches!(countries.get(), Some(Err(())));
    let loading = move || countries.get().is_none();
    let options = move || {
        matches
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, c)| {
                let is_active = move || active.get() == Some(index);
                let chosen = c.clone();
                view! {
                    <li id=option_id(&c.code) role="option" class="combobox-option"
                        class:combobox-option-active=is_active
                        aria-selected=move || if is_active() { "true" } else { "false" }
                        on:mousedown=move |ev| ev.prevent_default()
                        on:click=move |_| choose(&chosen)>
                        {c.name}
                    </li>
                }
            })
            .collect_view()
    };
    let status = move || {
        if !open.get() || loading() {
            String::new()
        } else {
            t_string!(i18n, registration_calc.countries_found, n = matches.with(Vec::len))
        }
    };
    view! {
        <div class="form-group" class:form-group-error=move || error.with(Option::is_some)>
            <label class="label" for=id>{label}</label>
            <p id=hint_id class="hint">{hint}</p>
            <ErrorMessage id=error_id message=error />
            <div class="combobox">
                <input id=id name=id class="input combobox-input" type="text" role="combobox"
                    autocomplete="off" autocapitalize="off" spellcheck="false"
                    aria-autocomplete="list" aria-controls=listbox_id.clone()
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-activedescendant=move || active.get().and_then(|i| matches.with(|m| m.get(i).map(|c| option_id(&c.code))))
                    aria-describedby=described_by
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    placeholder=move || if loading() { t_string!(i18n, registration_calc.countries_loading) } else { "" }
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        let typed_text = event_target_value(&ev);
                        let folded = fold(typed_text.trim());
                        let exact = all.with(|l| l.iter().find(|c| c.folded == folded).map(|c| c.code.clone()));
                        value.set(exact.unwrap_or_default());
                        text.set(typed_text);
                        typed.set(true);
                        open.set(true);
                        active.set(None);
                    }
                    on:click=move |_| open.set(true)
                    on:keydown=on_keydown
                    on:blur=on_blur />
                <ul id=listbox_id role="listbox" class="combobox-listbox" hidden=move || !open.get()
                    aria-label=label>
                    {options}
                </ul>
                <Show when=move || open.get() && matches.with(Vec::is_empty) && !loading()>
                    <p class="combobox-empty">{t!(i18n, registration_calc.countries_none)}</p>
                </Show>
            </div>
            <div class="visually-hidden" role="status">{status}</div>
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

/// Whether the element with `id` has the keyboard's focus.
fn has_focus(id: &str) -> bool {
    document().active_element().is_some_and(|e| e.id() == id)
}

/// Keeps the active option visible in a scrolled list.
fn scroll_into_view(id: &str) {
    let Some(element) = document().get_element_by_id(id) else { return };
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

//! Values kept as JSON in the tab's session storage: they survive a reload and a change of
//! language (a page load into another language's app), and are gone when the tab is closed.
//! A full or blocked storage (a browser set to refuse site data) keeps them in the page's memory
//! instead, which loses that safety net, never what is on screen; a move to another app's page
//! takes them along in the history entry it goes to ([`carried`]), where the browser keeps them
//! for that entry, not as site data.

use serde::{Serialize, de::DeserializeOwned};
use std::cell::RefCell;
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;

thread_local! {
    /// What could not be written to the storage, as JSON by key: what the move to this page
    /// carried ([`carried`]) first.
    static UNKEPT: RefCell<BTreeMap<String, String>> = RefCell::new(take_carried());
}

fn storage() -> Option<web_sys::Storage> {
    // Natively (pages rendered at build time) nothing is stored (nor written: the pages write
    // nothing while they are rendered).
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    web_sys::window()?.session_storage().ok().flatten()
}

/// The value kept under `key`, if there is one this version can read: in the storage, else in
/// this page's memory.
pub fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .or_else(|| UNKEPT.with_borrow(|unkept| unkept.get(key).cloned()))?;
    serde_json::from_str(&text).ok()
}

/// Keeps `value` under `key`, in place of what was there.
pub fn write<T: Serialize>(key: &str, value: &T) {
    let Ok(text) = serde_json::to_string(value) else { return };
    if storage().is_some_and(|s| s.set_item(key, &text).is_ok()) {
        UNKEPT.with_borrow_mut(|unkept| unkept.remove(key));
    } else {
        UNKEPT.with_borrow_mut(|unkept| unkept.insert(key.to_owned(), text));
    }
}

/// Forgets what is kept under `key`.
pub fn forget(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
    UNKEPT.with_borrow_mut(|unkept| unkept.remove(key));
}

/// Whether anything is in this page's memory only (the storage refused it).
pub fn carries() -> bool {
    UNKEPT.with_borrow(|unkept| !unkept.is_empty())
}

/// What the storage could not keep, for the history entry of a page load to another app's page
/// (`history.pushState` with it, then a reload): `null` when the storage kept everything.
pub fn carried() -> wasm_bindgen::JsValue {
    UNKEPT.with_borrow(|unkept| {
        if unkept.is_empty() {
            return wasm_bindgen::JsValue::NULL;
        }
        let state = js_sys::Object::new();
        for (key, text) in unkept {
            let _ = js_sys::Reflect::set(&state, &key.into(), &text.into());
        }
        state.into()
    })
}

/// What the move to this page carried (this history entry's state), taken out of the entry: read
/// once, it is this page's to keep, and a later return to the entry (Back, a reload) cannot bring
/// back answers changed or sent since.
fn take_carried() -> BTreeMap<String, String> {
    let mut carried = BTreeMap::new();
    // Natively (pages rendered at build time) nothing is carried.
    if cfg!(not(target_arch = "wasm32")) {
        return carried;
    }
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else { return carried };
    let Some(state) = history.state().ok().filter(|s| s.is_object()) else { return carried };
    for key in js_sys::Object::keys::<wasm_bindgen::JsValue>(state.unchecked_ref()).iter().filter_map(|k| k.as_string())
    {
        if let Some(text) = js_sys::Reflect::get(&state, &key.clone().into()).ok().and_then(|v| v.as_string()) {
            carried.insert(key, text);
        }
    }
    if !carried.is_empty() {
        let _ = history.replace_state(&wasm_bindgen::JsValue::NULL, "");
    }
    carried
}

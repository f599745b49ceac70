//! Values kept as JSON in the tab's session storage: they survive a reload and a change of
//! language (a page load into another language's app), and are gone when the tab is closed.
//! A full or blocked storage only loses that safety net, never what is on screen.

use serde::{Serialize, de::DeserializeOwned};

fn storage() -> Option<web_sys::Storage> {
    // Natively (pages rendered at build time) nothing is kept.
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    web_sys::window()?.session_storage().ok().flatten()
}

/// The value kept under `key`, if there is one this version can read.
pub fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    storage()?.get_item(key).ok().flatten().and_then(|text| serde_json::from_str(&text).ok())
}

/// Keeps `value` under `key`, in place of what was there.
pub fn write<T: Serialize>(key: &str, value: &T) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(value)) {
        let _ = storage.set_item(key, &text);
    }
}

/// Forgets what is kept under `key`.
pub fn forget(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

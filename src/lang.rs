//! The page's language (a context every component inside the shell reads), glue between the core's [`Lang`] and leptos_i18n's generated [`Locale`], and the
//! visitor's saved language choice.

use crate::i18n::Locale;
use leptos::prelude::*;
use migrationto_core::{Lang, negotiate::preferred_lang};

/// Where the language switcher keeps the visitor's choice (local storage, never a cookie).
const SAVED_LANG_KEY: &str = "migrationto.lang";

/// The current page's language, provided to every component inside the shell.
#[derive(Clone, Copy)]
pub struct PageLang(pub Memo<Lang>);

/// The language in the URL, for components inside the shell.
pub fn use_page_lang() -> Memo<Lang> {
    expect_context::<PageLang>().0
}

/// The one language whose texts this app was built with (a feature `lang-az`, `lang-en` or
/// `lang-ru`: an area's app for the pages in that language, build.rs), or `None` for all three.
pub const BUILT_FOR: Option<Lang> = if cfg!(feature = "lang-az") {
    Some(Lang::Az)
} else if cfg!(feature = "lang-en") {
    Some(Lang::En)
} else if cfg!(feature = "lang-ru") {
    Some(Lang::Ru)
} else {
    None
};

pub fn to_locale(lang: Lang) -> Locale {
    match lang {
        Lang::Az => Locale::az,
        Lang::En => Locale::en,
        Lang::Ru => Locale::ru,
    }
}

pub fn from_locale(locale: Locale) -> Lang {
    match locale {
        Locale::az => Lang::Az,
        Locale::en => Lang::En,
        Locale::ru => Lang::Ru,
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    // Storage can be switched off or throw (private modes); the portal then works without it.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language the visitor chose with the switcher, if they did and it is still readable.
pub fn saved_lang() -> Option<Lang> {
    local_storage()?.get_item(SAVED_LANG_KEY).ok().flatten().as_deref().and_then(Lang::from_code)
}

/// Remembers the visitor's explicit choice for their next visit to `/`.
pub fn save_lang(lang: Lang) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(SAVED_LANG_KEY, lang.code());
    }
}

/// The browser's preferred languages, most preferred first.
fn browser_langs() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let listed: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if listed.is_empty() { navigator.language().into_iter().collect() } else { listed }
}

/// The language a visitor without a language in the URL should see.
pub fn visitor_lang() -> Lang {
    let saved = saved_lang();
    preferred_lang(saved.map(Lang::code), &browser_langs())
}

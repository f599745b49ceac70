//! The language the components show their texts in: a signal the app's frame provides and the
//! shell sets from the address (`/az/...`), read by [`t!`] and [`t_string!`] around leptos_i18n's
//! `td!` and `td_string!` (the texts of the given language, from `locales/*.json`).
//!
//! In place of leptos_i18n's own context provider, which also works out a language from the
//! browser's preferred languages (with ICU's locale parsing) and can keep it in a cookie: here
//! the address always names the language (an address without one is sent on by
//! `routes::locale_root`, from the visitor's saved choice or the browser's languages), so that
//! work was never used, and it cost each app about 30 KB of its gzipped wasm.

use crate::i18n::Locale;
use leptos::prelude::*;

/// The page's language as the texts read it. `Copy`, like the signal inside it.
#[derive(Clone, Copy)]
pub struct I18n(RwSignal<Locale>);

impl I18n {
    /// The language, tracked: a text read in a reactive closure follows a change of it.
    pub fn get_locale(self) -> Locale {
        self.0.get()
    }

    pub fn set_locale(self, locale: Locale) {
        if self.0.get_untracked() != locale {
            self.0.set(locale);
        }
    }
}

/// Provides the texts' language to everything inside; the shell sets it from the address.
pub fn provide_i18n() {
    provide_context(I18n(RwSignal::new(Locale::default())));
}

/// The texts' language, for components inside the app's frame.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A key's text (`text_in`, one function for the three languages) in the page's language, as
/// a signal that follows a change of language: one type for every key, so the views showing
/// one are built once, not once for each key.
pub fn text(i18n: I18n, text_in: fn(Locale) -> &'static str) -> Signal<&'static str> {
    Signal::derive(move || text_in(i18n.get_locale()))
}

/// The text of a key (with its values and elements, leptos_i18n's syntax) in the page's
/// language, as a view that follows a change of language.
macro_rules! t {
    ($i18n:expr, $($key:ident).+) => {
        $crate::locale::text($i18n, |locale| $crate::i18n::td_string!(locale, $($key).+))
    };
    ($i18n:expr, $($key_and_values:tt)*) => {{
        let i18n: $crate::locale::I18n = $i18n;
        move || $crate::i18n::td!(i18n.get_locale(), $($key_and_values)*)
    }};
}

/// The text of a key (with its values) in the page's language now, as a string.
macro_rules! t_string {
    ($i18n:expr, $($key_and_values:tt)*) => {
        $crate::i18n::td_string!(($i18n).get_locale(), $($key_and_values)*)
    };
}

pub(crate) use {t, t_string};

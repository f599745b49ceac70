//! Which language a visitor who opens `/` should land in.

use crate::Lang;

/// The visitor's language: the choice they saved with the language switcher, else the first
/// of the browser's languages the portal has, else Azerbaijani.
///
/// ```
/// use migrationto_core::{negotiate::preferred_lang, Lang};
/// assert_eq!(preferred_lang(None, &["de-DE", "ru-RU", "en"]), Lang::Ru);
/// assert_eq!(preferred_lang(Some("en"), &["ru"]), Lang::En);
/// ```
pub fn preferred_lang<S: AsRef<str>>(saved: Option<&str>, browser: &[S]) -> Lang {
    saved
        .and_then(Lang::from_code)
        .or_else(|| browser.iter().find_map(|t| Lang::from_tag(t.as_ref())))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: [&str; 0] = [];

    #[test]
    fn saved_choice_wins_over_browser() {
        assert_eq!(preferred_lang(Some("ru"), &["en-US", "az"]), Lang::Ru);
    }

    #[test]
    fn unreadable_saved_choice_is_ignored() {
        assert_eq!(preferred_lang(Some("klingon"), &["en-US"]), Lang::En);
    }

    #[test]
    fn first_supported_browser_language_wins() {
        assert_eq!(preferred_lang(None, &["tr-TR", "fr", "en-GB", "ru"]), Lang::En);
        assert_eq!(preferred_lang(None, &["ru-RU", "en"]), Lang::Ru);
    }

    #[test]
    fn falls_back_to_azerbaijani() {
        assert_eq!(preferred_lang(None, &["de", "tr"]), Lang::Az);
        assert_eq!(preferred_lang(None, &NONE), Lang::Az);
    }
}

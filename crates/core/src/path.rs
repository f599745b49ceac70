//! Locale-prefixed URLs: every page lives under `/az/`, `/en/` or `/ru/`.

use crate::Lang;

/// Splits `/ru/living?x=1` into its language and the rest (`/living?x=1`).
/// Returns `None` when the first segment is not one of the portal's languages.
pub fn split_lang(path: &str) -> Option<(Lang, &str)> {
    let trimmed = path.strip_prefix('/')?;
    let end = trimmed.find(['/', '?', '#']).unwrap_or(trimmed.len());
    let lang = Lang::from_code(&trimmed[..end])?;
    Some((lang, &trimmed[end..]))
}

/// The same page in another language: `/ru/living?x=1` becomes `/en/living?x=1`.
/// A path without a language prefix is placed under the new language as it is.
pub fn switch_lang(path: &str, to: Lang) -> String {
    let rest = match split_lang(path) {
        Some((_, rest)) => rest,
        None => path,
    };
    localized(to, rest)
}

/// `rest` (such as `/living` or `living`) under the language prefix.
pub fn localized(lang: Lang, rest: &str) -> String {
    let rest = rest.trim_start_matches('/');
    if rest.is_empty() {
        format!("/{}", lang.code())
    } else if rest.starts_with(['?', '#']) {
        format!("/{}{rest}", lang.code())
    } else {
        format!("/{}/{rest}", lang.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_language_and_rest() {
        assert_eq!(split_lang("/ru/living"), Some((Lang::Ru, "/living")));
        assert_eq!(split_lang("/az"), Some((Lang::Az, "")));
        assert_eq!(split_lang("/en/"), Some((Lang::En, "/")));
        assert_eq!(split_lang("/en?q=1"), Some((Lang::En, "?q=1")));
        assert_eq!(split_lang("/de/living"), None);
        assert_eq!(split_lang("/english/x"), None);
        assert_eq!(split_lang("living"), None);
    }

    #[test]
    fn switching_keeps_the_page_query_and_fragment() {
        assert_eq!(switch_lang("/ru/living", Lang::En), "/en/living");
        assert_eq!(
            switch_lang("/az/calculators?arrival=2026-03-05#result", Lang::Ru),
            "/ru/calculators?arrival=2026-03-05#result"
        );
        assert_eq!(switch_lang("/en", Lang::Az), "/az");
        assert_eq!(switch_lang("/en/", Lang::Az), "/az");
        assert_eq!(switch_lang("/en?x=1", Lang::Az), "/az?x=1");
    }

    #[test]
    fn unprefixed_paths_get_a_prefix() {
        assert_eq!(switch_lang("/living", Lang::Ru), "/ru/living");
        assert_eq!(switch_lang("/", Lang::Az), "/az");
    }

    #[test]
    fn localized_joins_with_one_slash() {
        assert_eq!(localized(Lang::En, "faq"), "/en/faq");
        assert_eq!(localized(Lang::En, "/faq"), "/en/faq");
        assert_eq!(localized(Lang::En, ""), "/en");
    }
}

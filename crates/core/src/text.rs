//! Texts found by a key built at run time (`basis.<Basis::key()>`, a date error, an e-service
//! field). The table is generated at build time from `locales/*.json` by
//! `migrationto-locale-check`, which fails the build when a key is missing in any language;
//! the portal and the widgets look texts up here the same way.

use crate::Lang;

/// Keys and their texts in az, en and ru, sorted by key.
pub type Table = [(&'static str, [&'static str; 3])];

/// The text at `key` in `lang`, if the table has the key in that language. An app built with
/// one language's texts has the others' empty (the app's build script): those are not there.
pub fn lookup(table: &'static Table, lang: Lang, key: &str) -> Option<&'static str> {
    let column = lang.column();
    table.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|at| table[at].1[column]).filter(|text| !text.is_empty())
}

/// Fills `{{ name }}` placeholders (leptos_i18n's syntax) with values.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = text.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{{ {name} }}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    static TABLE: &Table = &[("a.b", ["az", "en", "ru"]), ("a.c", ["c-az", "c-en", "c-ru"]), ("a.e", ["", "e-en", ""])];

    #[test]
    fn every_key_is_found_in_each_language() {
        assert_eq!(lookup(TABLE, Lang::Ru, "a.b"), Some("ru"));
        assert_eq!(lookup(TABLE, Lang::Az, "a.c"), Some("c-az"));
        assert_eq!(lookup(TABLE, Lang::En, "a.d"), None);
    }

    #[test]
    fn an_empty_text_is_not_there() {
        assert_eq!(lookup(TABLE, Lang::En, "a.e"), Some("e-en"));
        assert_eq!(lookup(TABLE, Lang::Az, "a.e"), None);
    }

    #[test]
    fn placeholders_are_filled_by_name() {
        assert_eq!(fill("{{ n }} of {{ total }}", &[("total", "9"), ("n", "3")]), "3 of 9");
    }
}

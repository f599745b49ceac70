//! The one reader of the UI string files in `locales/`. It checks them (every key in every
//! language, no empty text, every plural message with all the forms its language's CLDR
//! plural rules need) and, in [`table`], generates the tables of texts that code looks up by a
//! key built at run time (the app's and the widgets' build scripts use it), and in [`subset`]
//! a file with only some of its texts.

pub mod glossary;
pub mod subset;
pub mod table;

use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The suffixes leptos_i18n reads as plural forms (`days_one`, `days_few`, ...).
const PLURAL_SUFFIXES: [(&str, PluralCategory); 6] = [
    ("_zero", PluralCategory::Zero),
    ("_one", PluralCategory::One),
    ("_two", PluralCategory::Two),
    ("_few", PluralCategory::Few),
    ("_many", PluralCategory::Many),
    ("_other", PluralCategory::Other),
];

/// One locale file, flattened to dotted keys (`sections.living.title`) and their text.
#[derive(Debug)]
pub struct LocaleFile {
    pub lang: String,
    pub strings: BTreeMap<String, String>,
}

impl LocaleFile {
    /// Parses a locale file's JSON. Values must be strings or objects of them.
    pub fn parse(lang: &str, json: &str) -> Result<LocaleFile, String> {
        let value: Value = serde_json::from_str(json).map_err(|e| format!("{lang}: {e}"))?;
        let mut strings = BTreeMap::new();
        flatten("", &value, &mut strings).map_err(|e| format!("{lang}: {e}"))?;
        Ok(LocaleFile { lang: lang.to_owned(), strings })
    }

    /// Keys with any plural suffix folded to the message they belong to.
    fn messages(&self) -> BTreeSet<String> {
        self.strings.keys().map(|k| split_plural(k).0.to_owned()).collect()
    }
}

fn flatten(prefix: &str, value: &Value, out: &mut BTreeMap<String, String>) -> Result<(), String> {
    match value {
        Value::String(s) => {
            out.insert(prefix.to_owned(), s.clone());
            Ok(())
        }
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&key, v, out)?;
            }
            Ok(())
        }
        other => Err(format!("{prefix}: expected text, found {other}")),
    }
}

fn split_plural(key: &str) -> (&str, Option<PluralCategory>) {
    PLURAL_SUFFIXES
        .iter()
        .find_map(|(suffix, cat)| key.strip_suffix(suffix).map(|base| (base, Some(*cat))))
        .unwrap_or((key, None))
}

/// Every problem found, one readable line each; empty when the files agree.
pub fn problems(files: &[LocaleFile]) -> Vec<String> {
    let mut out = Vec::new();
    let all: BTreeSet<String> = files.iter().flat_map(|f| f.messages()).collect();
    for file in files {
        let have = file.messages();
        for key in all.difference(&have) {
            out.push(format!("{}: missing key {key}", file.lang));
        }
        for (key, text) in &file.strings {
            if text.trim().is_empty() {
                out.push(format!("{}: empty text at {key}", file.lang));
            }
        }
        out.extend(plural_gaps(file));
    }
    out
}

/// Plural messages that lack a form the language's CLDR rules use.
fn plural_gaps(file: &LocaleFile) -> Vec<String> {
    let needed: Vec<PluralCategory> = match file.lang.parse::<Locale>() {
        Ok(locale) => match PluralRules::try_new_cardinal(locale.into()) {
            Ok(rules) => rules.categories().collect(),
            Err(e) => return vec![format!("{}: no CLDR plural rules ({e})", file.lang)],
        },
        Err(e) => return vec![format!("{}: not a language tag ({e})", file.lang)],
    };
    let mut forms: BTreeMap<&str, BTreeSet<PluralCategory>> = BTreeMap::new();
    for key in file.strings.keys() {
        if let (base, Some(cat)) = split_plural(key) {
            forms.entry(base).or_default().insert(cat);
        }
    }
    let mut out = Vec::new();
    for (base, present) in forms {
        for cat in &needed {
            if !present.contains(cat) {
                out.push(format!("{}: plural {base} lacks the {} form", file.lang, name(*cat)));
            }
        }
    }
    out
}

fn name(cat: PluralCategory) -> &'static str {
    PLURAL_SUFFIXES.iter().find(|(_, c)| *c == cat).map(|(s, _)| &s[1..]).unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(lang: &str, json: &str) -> LocaleFile {
        LocaleFile::parse(lang, json).unwrap()
    }

    #[test]
    fn agreeing_files_have_no_problems() {
        let files = [
            file("en", r#"{"a": {"b": "x"}, "days_one": "1 day", "days_other": "{{ n }} days"}"#),
            file("ru", r#"{"a": {"b": "х"}, "days_one": "д", "days_few": "д", "days_many": "д", "days_other": "д"}"#),
        ];
        assert_eq!(problems(&files), Vec::<String>::new());
    }

    #[test]
    fn a_missing_nested_key_is_reported_for_its_file() {
        let files = [file("en", r#"{"a": {"b": "x", "c": "y"}}"#), file("az", r#"{"a": {"b": "x"}}"#)];
        assert_eq!(problems(&files), vec!["az: missing key a.c".to_owned()]);
    }

    #[test]
    fn russian_plural_without_few_and_many_is_reported() {
        let files = [file("ru", r#"{"days_one": "день", "days_other": "дня"}"#)];
        assert_eq!(
            problems(&files),
            vec!["ru: plural days lacks the few form".to_owned(), "ru: plural days lacks the many form".to_owned()]
        );
    }

    #[test]
    fn english_needs_one_and_other() {
        let files = [file("en", r#"{"days_other": "days"}"#)];
        assert_eq!(problems(&files), vec!["en: plural days lacks the one form".to_owned()]);
    }

    #[test]
    fn empty_text_is_reported() {
        let files = [file("en", r#"{"a": "  "}"#)];
        assert_eq!(problems(&files), vec!["en: empty text at a".to_owned()]);
    }

    #[test]
    fn non_text_values_are_rejected() {
        assert!(LocaleFile::parse("en", r#"{"a": 3}"#).is_err());
        assert!(LocaleFile::parse("en", "{").is_err());
    }
}

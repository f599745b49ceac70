//! The project's own `locales/*.json`: the check that fails the build when a translation is missing.

use migrationto_locale_check::glossary::Glossary;
use migrationto_locale_check::{LocaleFile, problems};
use std::path::Path;

#[test]
fn every_locale_has_every_key_and_plural_form() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut files = Vec::new();
    for lang in ["az", "en", "ru"] {
        let path = dir.join(format!("{lang}.json"));
        let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        files.push(LocaleFile::parse(lang, &json).unwrap());
    }
    let found = problems(&files);
    assert!(found.is_empty(), "locale problems:\n{}", found.join("\n"));
    // Each language names itself in the switcher, so the three names must differ.
    let names: std::collections::BTreeSet<_> =
        files.iter().map(|f| f.strings.get("self_name").cloned().unwrap_or_default()).collect();
    assert_eq!(names.len(), 3, "self_name must differ per language: {names:?}");
}

#[test]
fn no_ui_text_uses_a_variant_the_glossary_rules_out() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let glossary = Glossary::parse(&std::fs::read_to_string(root.join("content/glossary.toml")).unwrap()).unwrap();
    let mut found = Vec::new();
    for lang in ["az", "en", "ru"] {
        let json = std::fs::read_to_string(root.join(format!("locales/{lang}.json"))).unwrap();
        for (key, text) in LocaleFile::parse(lang, &json).unwrap().strings {
            found.extend(glossary.misuses(lang, &text).into_iter().map(|m| format!("{lang}.json {key}: {m}")));
        }
    }
    assert!(found.is_empty(), "texts the glossary rules out:\n{}", found.join("\n"));
}

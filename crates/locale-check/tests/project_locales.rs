//! The project's own `locales/*.json`: the check that fails the build when a translation is missing.

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

//! Every legal basis a result can rest on has its text in every locale, and an uncertain one
//! the assumption made. The widgets look them up by `Basis::key()` at run time, so the
//! compiler cannot check them.

use migrationto_core::basis::Basis;
use migrationto_locale_check::LocaleFile;
use std::path::Path;

#[test]
fn every_basis_has_its_text_and_assumption() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for lang in ["az", "en", "ru"] {
        let file =
            LocaleFile::parse(lang, &std::fs::read_to_string(dir.join(format!("{lang}.json"))).unwrap()).unwrap();
        for basis in Basis::ALL {
            let key = format!("basis.{}", basis.key());
            assert!(file.strings.contains_key(&key), "{lang}: no {key}");
            let assumption = format!("{key}_assumption");
            assert_eq!(file.strings.contains_key(&assumption), basis.is_uncertain(), "{lang}: {assumption}");
        }
    }
}

//! Every legal basis a result can rest on has its text in every locale, and an uncertain one
//! the assumption made. The portal and the widgets look them up by `Basis::key()` at run time, so the
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

#[test]
fn every_key_core_builds_at_run_time_is_in_the_tables() {
    use migrationto_core::calendar::DateError::*;
    use migrationto_locale_check::table::RUN_TIME_KEYS;
    let carried = |key: &str| RUN_TIME_KEYS.iter().any(|prefix| key.starts_with(prefix));
    for basis in Basis::ALL {
        assert!(carried(&format!("basis.{}", basis.key())), "{basis:?}");
    }
    for err in [Incomplete, NotANumber, Unreadable, NoSuchDay, MonthOutOfRange, YearOutOfRange] {
        assert!(carried(err.message_key().unwrap()), "{err:?}");
    }
    assert_eq!(Empty.message_key(), None);
    for service in migrationto_core::eservice::Service::ALL {
        assert!(carried(&service.name_key()), "{service:?}");
    }
    for status in migrationto_core::api::ApplicationStatus::ALL {
        assert!(carried(&status.text_key()), "{status:?}");
    }
}

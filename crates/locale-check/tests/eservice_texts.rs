//! Every e-service definition has its texts in every locale: the service's title, each
//! step's title, each field's label and option labels, and a message for every rule the
//! core can report. The wizard finds these by keys built at run time, so the compiler
//! cannot check them.

use migrationto_core::eservice::{Kind, Service};
use migrationto_locale_check::LocaleFile;
use std::path::Path;

fn locales() -> Vec<LocaleFile> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    ["az", "en", "ru"]
        .into_iter()
        .map(|lang| {
            LocaleFile::parse(lang, &std::fs::read_to_string(dir.join(format!("{lang}.json"))).unwrap()).unwrap()
        })
        .collect()
}

/// Every rule id written in the core's sources: the quoted `word.word` strings of the files
/// that report rules.
fn rules() -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src");
    let files = [
        "validate.rs",
        "upload.rs",
        "api/code.rs",
        "eservice/mod.rs",
        "eservice/registration.rs",
        "eservice/extension.rs",
        "eservice/residence_permit.rs",
        "eservice/permanent_residence.rs",
        "eservice/work_permit.rs",
        "eservice/work_permit_extension.rs",
        "eservice/notices.rs",
        "eservice/citizenship.rs",
    ];
    let mut rules = vec!["required".to_owned()];
    for file in files {
        let text = std::fs::read_to_string(src.join(file)).unwrap();
        // Only the code, not the tests beside it.
        let code = text.split("#[cfg(test)]").next().unwrap();
        for quoted in code.split('"').skip(1).step_by(2) {
            let is_rule = quoted.split('.').count() == 2
                && quoted.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            if is_rule && !quoted.starts_with("person.") && !rules.iter().any(|r| r == quoted) {
                rules.push(quoted.to_owned());
            }
        }
    }
    rules.retain(|r| !Service::ALL.iter().any(|s| s.field(r).is_some()));
    rules
}

#[test]
fn every_rule_has_a_message() {
    let rules = rules();
    assert!(rules.len() > 30, "found only {rules:?}");
    assert!(rules.iter().any(|r| r == "date.no_such_day"), "{rules:?}");
    for file in locales() {
        for rule in &rules {
            let key = format!("eservice.rules.{}", rule.replace('.', "_"));
            assert!(file.strings.contains_key(&key), "{}: no {key}", file.lang);
        }
    }
}

#[test]
fn every_service_step_field_and_option_has_its_text() {
    for file in locales() {
        let has = |key: String| assert!(file.strings.contains_key(&key), "{}: no {key}", file.lang);
        for service in Service::ALL {
            let id = service.key();
            has(format!("eservice.{id}.title"));
            for key in ["start_intro", "start_who", "start_need", "start_time", "whats_next", "hub_fee"] {
                has(format!("eservice.{id}.{key}"));
            }
            for step in service.steps() {
                has(format!("eservice.{id}.steps.{}", step.id));
                for field in step.fields {
                    // The service's own text, or the one shared by every service.
                    let field_has = |rest: String| {
                        let own = format!("eservice.{id}.fields.{}.{rest}", field.key());
                        let common = format!("eservice.common.fields.{}.{rest}", field.key());
                        assert!(
                            file.strings.contains_key(&own) || file.strings.contains_key(&common),
                            "{}: neither {own} nor {common}",
                            file.lang
                        );
                    };
                    field_has("label".into());
                    if let Kind::Choice(options) = field.kind {
                        for o in options {
                            field_has(format!("options.{o}"));
                        }
                    }
                    if field.required {
                        field_has("err.required".into());
                    }
                }
            }
        }
    }
}

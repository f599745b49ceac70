//! The texts of an e-service definition, found by keys built from it at run time: the label,
//! hint and option labels of each field, each step's title, and the message for each rule.
//! They are read from the table of run-time keys (`crate::text::run_time`).

use crate::locale::{I18n, t_string};
use migrationto_core::eservice::{Field, Service};

use crate::text::{eservice_text as plain, run_time};
pub use crate::text::{service_text, service_title};

/// A text of the service, or its key when it is missing (the locale test catches that).
fn get(i18n: I18n, key: String) -> String {
    plain(i18n, &key).map(str::to_owned).unwrap_or(key)
}

pub fn step_title(i18n: I18n, service: Service, step: &str) -> String {
    get(i18n, format!("{}.steps.{step}", service.key()))
}

/// A text of a field (`label`, `hint`, `options.female`, `err.required`): the service's own,
/// else the one shared by every service that asks the question (`eservice.common`).
fn field_text(i18n: I18n, service: Service, field: &Field, rest: &str) -> Option<&'static str> {
    plain(i18n, &format!("{}.fields.{}.{rest}", service.key(), field.key()))
        .or_else(|| plain(i18n, &format!("common.fields.{}.{rest}", field.key())))
}

pub fn label(i18n: I18n, service: Service, field: &Field) -> String {
    field_text(i18n, service, field, "label").map(str::to_owned).unwrap_or_else(|| field.path.to_owned())
}

pub fn hint(i18n: I18n, service: Service, field: &Field) -> Option<String> {
    field_text(i18n, service, field, "hint").map(str::to_owned)
}

pub fn option(i18n: I18n, service: Service, field: &Field, value: &str) -> String {
    field_text(i18n, service, field, &format!("options.{value}")).map(str::to_owned).unwrap_or_else(|| value.to_owned())
}

/// The message for `rule` at `field`: the field's own wording if it has one ("Enter the
/// surname as in the passport"), else the rule's, naming the field.
pub fn message(i18n: I18n, service: Service, field: &Field, rule: &str) -> String {
    let rule_key = rule.replace('.', "_");
    if let Some(own) = field_text(i18n, service, field, &format!("err.{rule_key}")) {
        return own.to_owned();
    }
    let name = label(i18n, service, field);
    run_time(i18n, &format!("eservice.rules.{rule_key}"))
        .or_else(|| run_time(i18n, "eservice.rules.field_unknown"))
        .map(|t| t.replace("{{ label }}", &name))
        .unwrap_or_else(|| t_string!(i18n, api_error.validation).to_owned())
}

/// A text of the service with its `{{ name }}` placeholders filled (`late_text` with a date).
pub fn with_values(i18n: I18n, service: Service, key: &str, values: &[(&str, String)]) -> String {
    let raw = run_time(i18n, &format!("eservice.{}.{key}", service.key())).unwrap_or(key);
    values.iter().fold(raw.to_owned(), |text, (name, value)| text.replace(&format!("{{{{ {name} }}}}"), value))
}

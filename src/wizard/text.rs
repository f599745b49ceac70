//! The texts of an e-service definition, found by keys built from it at run time: the label,
//! hint and option labels of each field, each step's title, and the message for each rule.
//! `build.rs` generates the lookup from the `eservice` keys of the locale files.

use crate::i18n::{Locale, t_string};
use leptos_i18n::I18nContext;
use migrationto_core::eservice::{Field, Service};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/eservice_text.rs"));
}

/// The text at `key` under `eservice` in the page's language.
fn lookup(i18n: I18nContext<Locale>, key: &str) -> Option<&'static str> {
    let column = match i18n.get_locale() {
        Locale::az => 0,
        Locale::en => 1,
        Locale::ru => 2,
    };
    let at = generated::TEXTS.binary_search_by(|(k, _)| (*k).cmp(key)).ok()?;
    Some(generated::TEXTS[at].1[column])
}

/// A text without placeholders.
fn plain(i18n: I18nContext<Locale>, key: &str) -> Option<&'static str> {
    lookup(i18n, key).filter(|t| !t.contains("{{"))
}

/// A text of the service, or its key when it is missing (the locale test catches that).
fn get(i18n: I18nContext<Locale>, key: String) -> String {
    plain(i18n, &key).map(str::to_owned).unwrap_or(key)
}

pub fn service_title(i18n: I18nContext<Locale>, service: Service) -> String {
    get(i18n, format!("{}.title", service.key()))
}

pub fn step_title(i18n: I18nContext<Locale>, service: Service, step: &str) -> String {
    get(i18n, format!("{}.steps.{step}", service.key()))
}

/// A text of a field (`label`, `hint`, `options.female`, `err.required`): the service's own,
/// else the one shared by every service that asks the question (`eservice.common`).
fn field_text(i18n: I18nContext<Locale>, service: Service, field: &Field, rest: &str) -> Option<&'static str> {
    plain(i18n, &format!("{}.fields.{}.{rest}", service.key(), field.key()))
        .or_else(|| plain(i18n, &format!("common.fields.{}.{rest}", field.key())))
}

pub fn label(i18n: I18nContext<Locale>, service: Service, field: &Field) -> String {
    field_text(i18n, service, field, "label").map(str::to_owned).unwrap_or_else(|| field.path.to_owned())
}

pub fn hint(i18n: I18nContext<Locale>, service: Service, field: &Field) -> Option<String> {
    field_text(i18n, service, field, "hint").map(str::to_owned)
}

pub fn option(i18n: I18nContext<Locale>, service: Service, field: &Field, value: &str) -> String {
    field_text(i18n, service, field, &format!("options.{value}")).map(str::to_owned).unwrap_or_else(|| value.to_owned())
}

/// The message for `rule` at `field`: the field's own wording if it has one ("Enter the
/// surname as in the passport"), else the rule's, naming the field.
pub fn message(i18n: I18nContext<Locale>, service: Service, field: &Field, rule: &str) -> String {
    let rule_key = rule.replace('.', "_");
    if let Some(own) = field_text(i18n, service, field, &format!("err.{rule_key}")) {
        return own.to_owned();
    }
    let name = label(i18n, service, field);
    lookup(i18n, &format!("rules.{rule_key}"))
        .or_else(|| lookup(i18n, "rules.field_unknown"))
        .map(|t| t.replace("{{ label }}", &name))
        .unwrap_or_else(|| t_string!(i18n, api_error.validation).to_owned())
}

/// A text of a service that has no placeholders, by its key under `eservice.<service>`.
pub fn service_text(i18n: I18nContext<Locale>, service: Service, key: &str) -> Option<&'static str> {
    plain(i18n, &format!("{}.{key}", service.key()))
}

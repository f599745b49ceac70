//! Generates the app's texts from `locales/*.json`: leptos_i18n's `i18n` module (every literal
//! key in `t!`/`t_string!`, checked by the compiler) and `texts.rs`, the table of texts that
//! code finds by a key built at run time (e-service fields, legal bases, date messages). The
//! build fails when the locale files disagree (`migrationto_locale_check::problems`).
//!
//! With a feature `lang-az`, `lang-en` or `lang-ru` (an area's app for the pages in one
//! language, scripts/build-areas.sh) only that language's texts are built in: leptos_i18n gets
//! it as its default and, of the others, only what a page shows in another language (each
//! language's own name in the switcher, the partners page's widget names); the table has
//! empty texts for them. Without one (the prerender, tests, Trunk's whole app): all three.
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use migrationto_locale_check::subset::{IN_EVERY_LANGUAGE, keep_only};
use migrationto_locale_check::table::{
    LANGS, RUN_TIME_KEYS, keys_starting_with, named_table_source, read_locales, table_source,
};
use std::error::Error;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    let locales_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let only: Vec<&str> = LANGS
        .into_iter()
        .filter(|l| std::env::var_os(format!("CARGO_FEATURE_LANG_{}", l.to_uppercase())).is_some())
        .collect();
    let only = match only[..] {
        [] => None,
        [one] => Some(one),
        _ => return Err("choose one of the features lang-az, lang-en, lang-ru, or none".into()),
    };

    // A table of strings costs the wasm only its text; a `t_string!` per key would add code
    // for each, and leptos_i18n's keys are compile-time only.
    let mut locales = read_locales(&locales_dir)?;
    // A key missing in any language, an empty text or a plural form a language needs fails the
    // build, for the literal keys leptos_i18n would otherwise fill from az with a warning.
    let problems = migrationto_locale_check::problems(&locales);
    if !problems.is_empty() {
        return Err(format!("locales/*.json:\n{}", problems.join("\n")).into());
    }

    // az is the default: the portal's first language and the fallback for every key.
    // `interpolate_display` lets `t_string!` fill in values (a trip number, a date) as text.
    let options = ParseOptions::new().interpolate_display(true);
    let cfg = match only {
        None => Config::new("az")?.add_locale("en")?.add_locale("ru")?.parse_options(options),
        Some(lang) => {
            // The one language is the default, so every key the others lack is its text.
            let dir = out_dir.join("locales");
            std::fs::create_dir_all(&dir)?;
            for other in LANGS {
                let json = std::fs::read_to_string(locales_dir.join(format!("{other}.json")))?;
                let json = if other == lang {
                    json
                } else {
                    keep_only(&json, &IN_EVERY_LANGUAGE).map_err(|e| format!("locales/{other}.json: {e}"))?
                };
                std::fs::write(dir.join(format!("{other}.json")), json)?;
            }
            let others = LANGS.iter().filter(|l| **l != lang);
            others
                .fold(Config::new(lang), |cfg, other| cfg?.add_locale(other))?
                .locales_path(dir.to_string_lossy().into_owned())
                .parse_options(options.suppress_key_warnings(true))
        }
    };
    let translations_infos = TranslationsInfos::parse(cfg)?;
    translations_infos.emit_diagnostics();
    for lang in LANGS {
        println!("cargo::rerun-if-changed={}", locales_dir.join(format!("{lang}.json")).display());
    }
    translations_infos.generate_i18n_module(out_dir.join("i18n"))?;

    if let Some(lang) = only {
        // The table keeps its three columns; the other languages' are empty.
        for file in locales.iter_mut().filter(|f| f.lang != lang) {
            file.strings.values_mut().for_each(String::clear);
        }
    }
    let prefixes: Vec<&str> = ["eservice."].into_iter().chain(RUN_TIME_KEYS.iter().copied()).collect();
    let all = keys_starting_with(&locales, &prefixes);
    // The reading pages and the calculators name an e-service (its title, its card on the hub)
    // but never show its steps, fields, rules, notices or confirmation: their apps get the
    // table with only the card's texts, a third of the size (src/text.rs).
    const CARD: [&str; 6] = ["title", "start_intro", "start_who", "start_need", "start_time", "hub_fee"];
    let reading: Vec<String> = all
        .iter()
        .filter(|key| match key.strip_prefix("eservice.").map(|rest| rest.split('.').collect::<Vec<_>>()) {
            Some(parts) => parts.len() == 2 && !["common", "rules"].contains(&parts[0]) && CARD.contains(&parts[1]),
            None => true,
        })
        .cloned()
        .collect();
    // The calculators show a result's bases and the messages for a date, nothing else found by a
    // key built at run time.
    let calculators: Vec<String> = all
        .iter()
        .filter(|key| ["basis.", "calc_common.err_date_"].iter().any(|p| key.starts_with(p)))
        .cloned()
        .collect();
    // Neither of the wizard's apps shows an e-service's start page or its card on the hub but
    // its title (the start page is written whole by the build and loads no app), nor a status
    // check's texts.
    let eservice_part = |key: &str| -> Vec<String> {
        key.strip_prefix("eservice.").map(|rest| rest.split('.').map(str::to_owned).collect()).unwrap_or_default()
    };
    let wizard: Vec<&String> = all
        .iter()
        .filter(|key| !key.starts_with("status_check."))
        .filter(|key| !matches!(eservice_part(key).as_slice(), [_, part] if part != "title" && CARD.contains(&part.as_str())))
        .collect();
    // A wizard's page shows one e-service's own texts (its steps, fields, notices): the page
    // carries them (the prerender writes them into it, `SERVICE_TEXTS`), so neither app has the
    // other services' (src/text.rs, `use_page_texts`). The apps keep what every service shares.
    let own = |key: &str| matches!(eservice_part(key).first(), Some(first) if first != "common" && first != "rules");
    let (service, wizard): (Vec<&String>, Vec<&String>) = wizard.into_iter().partition(|key| own(key));
    let service: Vec<String> = service.into_iter().cloned().collect();
    let questions: Vec<String> = wizard.iter().map(|key| (*key).clone()).collect();
    // The sending's pages (the confirmation among them) never show a field's hint or a rule's
    // message.
    let sending: Vec<String> = wizard
        .iter()
        .filter(|key| {
            let parts = eservice_part(key);
            let field_text = parts.get(1).is_some_and(|p| p == "fields") && parts.len() > 3;
            let message = field_text && parts.iter().rev().skip(1).any(|p| p == "err");
            let hint = field_text && parts.last().is_some_and(|p| p == "hint");
            !(parts.first().is_some_and(|p| p == "rules") || message || hint)
        })
        .map(|key| (*key).clone())
        .collect();
    let source = table_source(&locales, &all)?
        + &named_table_source(&locales, &reading, "READING_TEXTS")?
        + &named_table_source(&locales, &calculators, "CALCULATOR_TEXTS")?
        + &named_table_source(&locales, &questions, "QUESTION_TEXTS")?
        + &named_table_source(&locales, &sending, "SENDING_TEXTS")?
        + &named_table_source(&locales, &service, "SERVICE_TEXTS")?;
    std::fs::write(out_dir.join("texts.rs"), source)?;
    Ok(())
}

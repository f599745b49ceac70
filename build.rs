//! Generates the app's texts from `locales/*.json`: leptos_i18n's `i18n` module (every literal
//! key in `t!`/`t_string!`, checked by the compiler) and `texts.rs`, the table of texts that
//! code finds by a key built at run time (e-service fields, legal bases, date messages). The
//! build fails when the locale files disagree (`migrationto_locale_check::problems`).
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use migrationto_locale_check::table::{
    RUN_TIME_KEYS, keys_starting_with, named_table_source, read_locales, table_source,
};
use std::error::Error;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());

    // az is the default: the portal's first language and the fallback for every key.
    // `interpolate_display` lets `t_string!` fill in values (a trip number, a date) as text.
    let cfg = Config::new("az")?
        .add_locale("en")?
        .add_locale("ru")?
        .parse_options(ParseOptions::new().interpolate_display(true));
    let translations_infos = TranslationsInfos::parse(cfg)?;
    translations_infos.emit_diagnostics();
    translations_infos.rerun_if_locales_changed();
    translations_infos.generate_i18n_module(out_dir.join("i18n"))?;

    // A table of strings costs the wasm only its text; a `t_string!` per key would add code
    // for each, and leptos_i18n's keys are compile-time only.
    let locales = read_locales(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))?;
    // A key missing in any language, an empty text or a plural form a language needs fails the
    // build, for the literal keys leptos_i18n would otherwise fill from az with a warning.
    let problems = migrationto_locale_check::problems(&locales);
    if !problems.is_empty() {
        return Err(format!("locales/*.json:\n{}", problems.join("\n")).into());
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
    let source = table_source(&locales, &all)? + &named_table_source(&locales, &reading, "READING_TEXTS")?;
    std::fs::write(out_dir.join("texts.rs"), source)?;
    Ok(())
}

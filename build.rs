//! Generates the `i18n` module from `locales/*.json` (leptos_i18n's build-script set-up).
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");

    let i18n_mod_directory = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("i18n");
    // az is the default: the portal's first language and the fallback for every key.
    // `interpolate_display` lets `t_string!` fill in values (a trip number, a date) as text.
    let cfg = Config::new("az")?
        .add_locale("en")?
        .add_locale("ru")?
        .parse_options(ParseOptions::new().interpolate_display(true));
    let translations_infos = TranslationsInfos::parse(cfg)?;
    translations_infos.emit_diagnostics();
    translations_infos.rerun_if_locales_changed();
    translations_infos.generate_i18n_module(i18n_mod_directory)?;
    Ok(())
}

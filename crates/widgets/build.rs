//! Writes `texts.rs` for the widgets: only the texts their code asks for (each `t("key")` in
//! `src/`) and those core names at run time (legal bases, date messages), in az, en and ru.
//! The table comes from the same generator as the app's; the build fails when a key is missing
//! in any language, so a widget never shows a key instead of a sentence.

use migrationto_locale_check::table::{RUN_TIME_KEYS, keys_in_source, keys_starting_with, read_locales, table_source};
use std::error::Error;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for watched in [Path::new("src"), &dir] {
        println!("cargo::rerun-if-changed={}", watched.display());
    }
    let locales = read_locales(&dir)?;
    let mut keys = keys_starting_with(&locales, RUN_TIME_KEYS);
    for entry in std::fs::read_dir("src")? {
        keys.extend(keys_in_source(&std::fs::read_to_string(entry?.path())?));
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("texts.rs");
    std::fs::write(out, table_source(&locales, &keys)?)?;
    Ok(())
}

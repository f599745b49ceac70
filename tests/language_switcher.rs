//! The language switcher: links to the same page in the other languages, named in themselves,
//! and a click changes the page language (its texts and `<html lang>`) and remembers the choice.
#![cfg(target_arch = "wasm32")]

mod common;
use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlAnchorElement;

wasm_bindgen_test_configure!(run_in_browser);

/// The skip link's text in `lang`, as the locale file has it.
fn skip_link_text(lang: &str) -> String {
    let file = match lang {
        "en" => include_str!("../locales/en.json"),
        "ru" => include_str!("../locales/ru.json"),
        other => panic!("no locale file read for {other}"),
    };
    let texts: serde_json::Value = serde_json::from_str(file).unwrap();
    texts["skip_link"].as_str().unwrap().to_owned()
}

fn skip_link() -> String {
    document().query_selector(".skip-link").unwrap().and_then(|a| a.text_content()).unwrap_or_default()
}

fn switcher_link(lang: &str) -> Option<HtmlAnchorElement> {
    document().query_selector(&format!(".lang-switcher a[hreflang=\"{lang}\"]")).unwrap().map(|a| a.dyn_into().unwrap())
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_page_and_remembers_the_choice() {
    storage().remove_item("migrationto.lang").unwrap();
    visit("/ru/living?arrival=2026-03-05");
    let _app = mount_app();
    eventually("the Russian page", || html_lang() == "ru" && switcher_link("en").is_some()).await;
    let russian_heading = h1_text();
    assert_eq!(skip_link(), skip_link_text("ru"));

    let current = document().query_selector(".lang-switcher [aria-current=\"true\"]").unwrap().unwrap();
    assert_eq!(current.text_content().unwrap(), "Русский");
    assert_eq!(current.get_attribute("lang").as_deref(), Some("ru"));
    assert!(switcher_link("ru").is_none(), "the current language is not a link");

    let english = switcher_link("en").unwrap();
    assert_eq!(english.text_content().unwrap(), "English");
    assert_eq!(english.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(english.get_attribute("href").as_deref(), Some("/en/living?arrival=2026-03-05"));
    let azerbaijani = switcher_link("az").unwrap();
    assert_eq!(azerbaijani.text_content().unwrap(), "Azərbaycanca");
    assert_eq!(azerbaijani.get_attribute("href").as_deref(), Some("/az/living?arrival=2026-03-05"));

    english.click();
    eventually("the English page", || pathname() == "/en/living" && html_lang() == "en").await;
    eventually("the heading in English", || !h1_text().is_empty() && h1_text() != russian_heading).await;
    // A text of the frame the page change did not build again follows the language too.
    assert_eq!(skip_link(), skip_link_text("en"));
    assert_eq!(web_sys::window().unwrap().location().search().unwrap(), "?arrival=2026-03-05");
    assert_eq!(storage().get_item("migrationto.lang").unwrap().as_deref(), Some("en"));
    // Now English is current and Russian is offered.
    eventually("Russian offered", || {
        switcher_link("ru").is_some_and(|a| a.get_attribute("href").as_deref() == Some("/ru/living?arrival=2026-03-05"))
    })
    .await;
    storage().remove_item("migrationto.lang").unwrap();
}

//! `/` sends the visitor to their language: saved choice, then browser language, then az.
//! webdriver.json starts Chromium with Russian as the browser language.
#![cfg(target_arch = "wasm32")]

mod common;
use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn root_goes_to_the_browser_language_then_to_the_saved_choice() {
    let languages: Vec<String> =
        web_sys::window().unwrap().navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    assert_eq!(languages.first().map(String::as_str), Some("ru-RU"), "the test browser should prefer Russian");

    storage().remove_item("migrationto.lang").unwrap();
    visit("/");
    let app = mount_app();
    eventually("redirect to /ru", || pathname() == "/ru").await;
    eventually("Russian on the page", || html_lang() == "ru" && !h1_text().is_empty()).await;
    let russian_heading = h1_text();
    drop(app);

    storage().set_item("migrationto.lang", "en").unwrap();
    visit("/");
    let app = mount_app();
    eventually("redirect to the saved /en", || pathname() == "/en").await;
    eventually("English on the page", || html_lang() == "en" && !h1_text().is_empty()).await;
    assert_ne!(h1_text(), russian_heading, "the heading must change language");
    drop(app);

    // A saved value that is not one of our languages is ignored.
    storage().set_item("migrationto.lang", "xx").unwrap();
    visit("/tourism");
    let app = mount_app();
    eventually("redirect to /ru/tourism", || pathname() == "/ru/tourism").await;
    drop(app);
    storage().remove_item("migrationto.lang").unwrap();
}

//! The wizard in the whole app, which has a router (`App`: `trunk serve`, these tests): the
//! router makes the moves between an application's pages, and the wizard shows the page at the
//! router's address, in the address's language.
#![cfg(target_arch = "wasm32")]

mod common;
use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A text of the registration service in Russian, as the locale file has it.
fn russian(path: &[&str]) -> String {
    let texts: serde_json::Value = serde_json::from_str(include_str!("../locales/ru.json")).unwrap();
    let text = path.iter().fold(&texts["eservice"]["registration"], |at, key| &at[*key]);
    text.as_str().unwrap().to_owned()
}

fn click(selector: &str) {
    let element = document().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    element.dyn_into::<HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
async fn after_a_change_of_language_the_wizard_moves_in_the_new_language() {
    storage().remove_item("migrationto.lang").unwrap();
    visit("/en/e-services/registration/start");
    let _app = mount_app();
    eventually("the English start page", || {
        html_lang() == "en" && document().query_selector(".button-start").unwrap().is_some()
    })
    .await;

    click(".lang-switcher a[hreflang=\"ru\"]");
    eventually("the Russian start page", || pathname() == "/ru/e-services/registration/start" && html_lang() == "ru")
        .await;

    // "Start now" goes on in Russian, at the Russian address.
    click(".button-start");
    let applicant = russian(&["steps", "applicant"]);
    eventually("the first step in Russian", || {
        pathname() == "/ru/e-services/registration/applicant" && h1_text().contains(&applicant)
    })
    .await;

    // Back is the router's: the wizard shows the page at its address.
    web_sys::window().unwrap().history().unwrap().back().unwrap();
    eventually("the start page again", || {
        pathname() == "/ru/e-services/registration/start"
            && document().query_selector(".button-start").unwrap().is_some()
    })
    .await;
    storage().remove_item("migrationto.lang").unwrap();
}

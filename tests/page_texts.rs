//! The texts a wizard's page carries for its app: what the prerender writes into the page is
//! what the app reads back, in the page's language, and the wizard's apps have none of them.
#![cfg(target_arch = "wasm32")]

mod common;
use common::*;
use migrationto::page_texts::{read, script};
use migrationto::text::{QUESTIONS, SENDING};
use migrationto_core::Lang;
use migrationto_core::eservice::Service;
use migrationto_core::text::lookup;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A text as `locales/ru.json` has it, at a dotted key.
fn russian(key: &str) -> String {
    let texts: serde_json::Value = serde_json::from_str(include_str!("../locales/ru.json")).unwrap();
    key.split('.').fold(&texts, |value, part| &value[part]).as_str().unwrap().to_owned()
}

/// Puts `html` in the document's head for the length of `check`.
fn with_in_head(html: &str, check: impl FnOnce()) {
    // One element at a time, whatever a failed test before left.
    while let Some(left) = document().get_element_by_id("page-texts") {
        left.remove();
    }
    let head = document().head().unwrap();
    head.insert_adjacent_html("beforeend", html).unwrap();
    let element = document().get_element_by_id("page-texts").unwrap();
    check();
    element.remove();
}

#[wasm_bindgen_test]
fn a_wizard_page_carries_its_own_service_texts_in_its_language() {
    with_in_head(&script(Lang::Ru, Service::Registration), || {
        let table = read().expect("the page's texts");
        for key in
            ["eservice.registration.title", "eservice.registration.steps.stay", "eservice.registration.late_text"]
        {
            assert_eq!(lookup(table, Lang::Ru, key), Some(russian(key).as_str()), "{key}");
        }
        assert_eq!(lookup(table, Lang::Ru, "eservice.extension_of_stay.title"), None, "another service's");
        assert!(table.windows(2).all(|pair| pair[0].0 < pair[1].0), "in key order, for the lookup");
    });
}

#[wasm_bindgen_test]
fn the_wizard_apps_have_only_the_texts_every_service_shares() {
    for table in [QUESTIONS, SENDING] {
        assert_eq!(lookup(table, Lang::Ru, "eservice.registration.title"), None);
        assert!(lookup(table, Lang::Ru, "eservice.common.fields.person_given_names.label").is_some());
    }
    assert!(lookup(QUESTIONS, Lang::En, "eservice.rules.required").is_some());
}

#[wasm_bindgen_test]
fn texts_that_cannot_be_read_are_none() {
    with_in_head("<script type=\"application/json\" id=\"page-texts\">[[\"a\", 1]</script>", || {
        assert!(read().is_none());
    });
    with_in_head(
        "<script type=\"application/json\" id=\"page-texts\">[[\"b\", \"x\"], [\"a\", \"y\"]]</script>",
        || {
            assert!(read().is_none(), "not in key order: the lookup could not find them");
        },
    );
    assert!(read().is_none(), "a page without texts");
}

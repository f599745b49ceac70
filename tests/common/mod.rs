//! Helpers for component tests that run the app in headless Chromium.

use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Puts the browser at `path` without loading a page, as if the visitor had opened it.
pub fn visit(path: &str) {
    web_sys::window().unwrap().history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some(path)).unwrap();
}

pub fn pathname() -> String {
    web_sys::window().unwrap().location().pathname().unwrap()
}

pub fn html_lang() -> String {
    document().document_element().unwrap().get_attribute("lang").unwrap_or_default()
}

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts the whole app into a fresh element; dropping the handle unmounts it.
pub fn mount_app() -> impl Drop {
    let host: HtmlElement = document().create_element("div").unwrap().dyn_into().unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    migrationto::text::use_texts(migrationto::text::ALL);
    Mounted { handle: Some(leptos::mount::mount_to(host.clone(), migrationto::app::App)), host }
}

struct Mounted<T> {
    handle: Option<T>,
    host: HtmlElement,
}

impl<T> Drop for Mounted<T> {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.host.remove();
    }
}

pub async fn sleep(duration: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, duration.as_millis() as i32)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Polls `check` until it holds or five seconds pass; the message names what never happened.
pub async fn eventually(what: &str, check: impl Fn() -> bool) {
    for _ in 0..100 {
        if check() {
            return;
        }
        sleep(Duration::from_millis(50)).await;
    }
    panic!("never happened: {what} (path {}, lang {})", pathname(), html_lang());
}

pub fn h1_text() -> String {
    document().query_selector("main h1").unwrap().map(|h| h.text_content().unwrap_or_default()).unwrap_or_default()
}

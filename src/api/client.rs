//! One request with time-outs and retries, following the core's `RetryPolicy`.

use super::{ApiError, base_url};
use gloo_net::http::{Method, RequestBuilder};
use migrationto_core::api::retry::{Outcome, RetryPolicy};
use serde::de::DeserializeOwned;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How long to wait for each attempt, and how to retry.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub timeout_ms: u32,
    pub retry: RetryPolicy,
}

impl Default for Options {
    fn default() -> Self {
        Options { timeout_ms: 15_000, retry: RetryPolicy::default() }
    }
}

/// A fresh idempotency key (a random UUID from the browser).
pub fn new_idempotency_key() -> String {
    // Natively (a page rendered at build time) there is nothing to send: no key.
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    web_sys::window().and_then(|w| w.crypto().ok()).map(|c| c.random_uuid()).unwrap_or_else(|| {
        // Browsers without crypto.randomUUID (none the portal supports) still get a unique key.
        format!("k-{}-{}", js_sys::Date::now(), (js_sys::Math::random() * 1e16) as u64)
    })
}

/// Sends `method path` under the API base with an optional JSON body and idempotency key,
/// and reads the reply as `T`.
pub async fn send<T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: Option<String>,
    idempotency_key: Option<&str>,
    options: Options,
) -> Result<T, ApiError> {
    let body = body.map(|b| (JsValue::from_str(&b), "application/json"));
    send_body(method, path, body, idempotency_key, options).await
}

/// Sends a file as the body of `POST path` (the upload endpoint reads the type from the
/// content, so the browser's guess of the type is not sent).
pub async fn send_file<T: DeserializeOwned>(
    path: &str,
    file: &web_sys::Blob,
    idempotency_key: &str,
    options: Options,
) -> Result<T, ApiError> {
    send_body("POST", path, Some((file.into(), "application/octet-stream")), Some(idempotency_key), options).await
}

async fn send_body<T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: Option<(JsValue, &str)>,
    idempotency_key: Option<&str>,
    options: Options,
) -> Result<T, ApiError> {
    let url = format!("{}{path}", base_url());
    let mut attempt = 1;
    loop {
        let (outcome, error) =
            match attempt_once(method, &url, body.as_ref(), idempotency_key, options.timeout_ms).await {
                Ok((status, text, _)) if (200..300).contains(&status) => {
                    return serde_json::from_str(&text).map_err(|_| ApiError::Malformed);
                }
                Ok((status, text, retry_after)) => {
                    (Outcome::Status(status), ApiError::from_reply(status, &text, retry_after.as_deref()))
                }
                Err(Failure::Timeout) => (Outcome::Timeout, ApiError::Timeout),
                Err(Failure::Network) => {
                    (Outcome::Network, if is_offline() { ApiError::Offline } else { ApiError::Unreachable })
                }
            };
        match options.retry.next_wait_ms(attempt, outcome, js_sys::Math::random()) {
            Some(wait) => sleep_ms(wait).await,
            None => return Err(error),
        }
        attempt += 1;
    }
}

enum Failure {
    Network,
    Timeout,
}

/// One attempt: the status, the body's text and any `Retry-After`, or why there was none.
async fn attempt_once(
    method: &str,
    url: &str,
    body: Option<&(JsValue, &str)>,
    key: Option<&str>,
    timeout_ms: u32,
) -> Result<(u16, String, Option<String>), Failure> {
    let (signal, _timer) = time_limit(timeout_ms)?;
    let method = match method {
        "POST" => Method::POST,
        "DELETE" => Method::DELETE,
        _ => Method::GET,
    };
    let mut request = RequestBuilder::new(url).method(method).abort_signal(Some(&signal));
    if let Some(key) = key {
        request = request.header("idempotency-key", key);
    }
    let sent = match body {
        Some((body, content_type)) => match request.header("content-type", content_type).body(body.clone()) {
            Ok(r) => r.send().await,
            Err(e) => Err(e),
        },
        None => request.send().await,
    };
    match sent {
        Ok(res) => {
            let retry_after = res.headers().get("retry-after");
            match res.text().await {
                Ok(text) => Ok((res.status(), text, retry_after)),
                Err(_) if signal.aborted() => Err(Failure::Timeout),
                Err(_) => Err(Failure::Network),
            }
        }
        Err(_) if signal.aborted() => Err(Failure::Timeout),
        Err(_) => Err(Failure::Network),
    }
}

/// The signal that aborts an attempt once `timeout_ms` have passed. The browser's
/// `AbortSignal.timeout` needs no timer of ours, so nothing is left to clear whether the attempt
/// ends or is dropped before (a list asked again for another day drops it). A browser without it
/// (Safari before 16) gets an `AbortController` and a timer, cleared as the [`Timer`] goes.
fn time_limit(timeout_ms: u32) -> Result<(web_sys::AbortSignal, Option<Timer>), Failure> {
    let has_timeout = js_sys::Reflect::get(&js_sys::global(), &"AbortSignal".into())
        .and_then(|class| js_sys::Reflect::has(&class, &"timeout".into()))
        .unwrap_or(false);
    if has_timeout {
        return Ok((web_sys::AbortSignal::timeout_with_u32(timeout_ms), None));
    }
    let controller = web_sys::AbortController::new().map_err(|_| Failure::Network)?;
    let on_timeout = {
        let controller = controller.clone();
        Closure::once(move || controller.abort())
    };
    let window = web_sys::window().ok_or(Failure::Network)?;
    let id = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(on_timeout.as_ref().unchecked_ref(), timeout_ms as i32)
        .map_err(|_| Failure::Network)?;
    Ok((controller.signal(), Some(Timer { id, _on_timeout: on_timeout })))
}

/// A timer that aborts an attempt; cleared when the attempt ends or is dropped, so it never
/// calls back into a function that is gone.
struct Timer {
    id: i32,
    _on_timeout: Closure<dyn FnMut()>,
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.id);
        }
    }
}

fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

async fn sleep_ms(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

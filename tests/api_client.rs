//! The API client against a scripted `window.fetch`: each failure kind, retries with one
//! idempotency key, no retry after 4xx, time-outs through `AbortSignal.timeout` (or a timer where
//! it is missing), and the base URL from the page's meta tag.
#![cfg(target_arch = "wasm32")]

use migrationto::api::{self, ApiError, Options};
use migrationto_core::api::retry::RetryPolicy;
use migrationto_core::api::{ApplicationReceipt, FieldError, Health};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Replaces `window.fetch` with one that answers from `steps` in turn (the last one repeats):
/// `{status, body, headers}` replies, `"network"` fails as a dropped connection does, and
/// `"hang"` never answers until the request is aborted. Every call is recorded.
fn script(steps: &str) {
    let install = js_sys::Function::new_with_args(
        "steps",
        r#"
        window.__calls = [];
        const queue = JSON.parse(steps);
        window.fetch = (request) => {
            window.__calls.push({ method: request.method, url: request.url, key: request.headers.get('idempotency-key'),
                                  type: request.headers.get('content-type') });
            const step = queue.length > 1 ? queue.shift() : queue[0];
            if (step === 'network') return Promise.reject(new TypeError('Failed to fetch'));
            if (step === 'hang') return new Promise((_, reject) =>
                request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
            return Promise.resolve(new Response(step.body, { status: step.status, headers: step.headers || {} }));
        };
        "#,
    );
    install.call1(&JsValue::NULL, &JsValue::from_str(steps)).unwrap();
}

fn calls() -> Vec<(String, String, Option<String>)> {
    let calls = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__calls".into()).unwrap();
    js_sys::Array::from(&calls)
        .iter()
        .map(|c| {
            let get = |k: &str| js_sys::Reflect::get(&c, &k.into()).unwrap().as_string();
            (get("method").unwrap(), get("url").unwrap(), get("key"))
        })
        .collect()
}

/// Fast retries and a short time-out, so the tests do not wait for real back-off.
fn quick() -> Options {
    Options { timeout_ms: 100, retry: RetryPolicy { attempts: 3, base_ms: 1 } }
}

const RECEIPT: &str = r#"{"reference":"A7KP-93QX-DW2D","service":"registration","status":"received","received_at":"2026-11-23T08:00:00Z"}"#;

async fn submit() -> Result<ApplicationReceipt, ApiError> {
    api::send("POST", "/applications", Some("{}".into()), Some("key-12345678"), quick()).await
}

#[wasm_bindgen_test]
async fn server_errors_and_dropped_connections_are_retried_with_the_same_key() {
    script(&format!(
        r#"[{{"status":503,"body":""}}, "network", {{"status":201,"body":{}}}]"#,
        serde_json::to_string(RECEIPT).unwrap()
    ));
    let receipt = submit().await.unwrap();
    assert_eq!(receipt.reference, "A7KP-93QX-DW2D");
    let calls = calls();
    assert_eq!(calls.len(), 3);
    assert!(calls.iter().all(|(m, _, k)| m == "POST" && k.as_deref() == Some("key-12345678")), "{calls:?}");
}

#[wasm_bindgen_test]
async fn a_failing_server_is_reported_after_three_attempts() {
    script(r#"[{"status":500,"body":"oops"}]"#);
    assert_eq!(submit().await, Err(ApiError::Server));
    assert_eq!(calls().len(), 3);
}

#[wasm_bindgen_test]
async fn an_unreachable_service_is_reported_after_three_attempts() {
    script(r#"["network"]"#);
    assert_eq!(submit().await, Err(ApiError::Unreachable));
    assert_eq!(calls().len(), 3);
}

#[wasm_bindgen_test]
async fn a_device_offline_is_told_so() {
    script(r#"["network"]"#);
    let navigator = web_sys::window().unwrap().navigator();
    let define =
        js_sys::Function::new_with_args("n, v", "Object.defineProperty(n, 'onLine', { value: v, configurable: true })");
    define.call2(&JsValue::NULL, &navigator, &JsValue::FALSE).unwrap();
    let result = submit().await;
    define.call2(&JsValue::NULL, &navigator, &JsValue::TRUE).unwrap();
    assert_eq!(result, Err(ApiError::Offline));
}

#[wasm_bindgen_test]
async fn a_request_without_reply_times_out() {
    script(r#"["hang"]"#);
    assert_eq!(submit().await, Err(ApiError::Timeout));
    assert_eq!(calls().len(), 3, "time-outs are retried too");
}

#[wasm_bindgen_test]
async fn a_request_dropped_before_its_reply_leaves_no_timer_behind() {
    // A list asked again (another day's free times) drops the request before: its time-out
    // must not fire later into a function that is gone.
    js_sys::eval("window.__errors = []; addEventListener('error', (e) => window.__errors.push(e.message));").unwrap();
    script(r#"["hang"]"#);
    let mut request = Box::pin(submit());
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    assert!(request.as_mut().poll(&mut cx).is_pending(), "the request waits for its reply");
    assert_eq!(calls().len(), 1);
    drop(request);
    // Past the time-out (100 ms).
    let waited = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 300).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(waited).await.unwrap();
    let errors = js_sys::eval("window.__errors.join('; ')").unwrap().as_string().unwrap();
    assert_eq!(errors, "");
}

#[wasm_bindgen_test]
async fn without_abort_signal_timeout_a_request_still_times_out_and_a_dropped_one_leaves_no_timer() {
    // Safari before 16 has no `AbortSignal.timeout`: the client keeps a timer of its own.
    js_sys::eval("window.__timeout = AbortSignal.timeout; delete AbortSignal.timeout;").unwrap();
    script(r#"["hang"]"#);
    assert_eq!(submit().await, Err(ApiError::Timeout));
    assert_eq!(calls().len(), 3, "time-outs are retried too");
    js_sys::eval("window.__errors = []; addEventListener('error', (e) => window.__errors.push(e.message));").unwrap();
    script(r#"["hang"]"#);
    let mut request = Box::pin(submit());
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    assert!(request.as_mut().poll(&mut cx).is_pending());
    drop(request);
    let waited = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 300).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(waited).await.unwrap();
    js_sys::eval("AbortSignal.timeout = window.__timeout;").unwrap();
    let errors = js_sys::eval("window.__errors.join('; ')").unwrap().as_string().unwrap();
    assert_eq!(errors, "");
}

#[wasm_bindgen_test]
async fn validation_errors_come_back_per_field_and_are_not_retried() {
    script(
        r#"[{"status":422,"headers":{"content-type":"application/problem+json"},
            "body":"{\"type\":\"/api/v1/problems/validation\",\"title\":\"x\",\"status\":422,\"errors\":[{\"path\":\"stay.arrival\",\"rule\":\"date.no_such_day\"}]}"}]"#,
    );
    let err = submit().await.unwrap_err();
    assert_eq!(err.field_errors(), [FieldError::new("stay.arrival", "date.no_such_day")]);
    assert_eq!(calls().len(), 1);
}

#[wasm_bindgen_test]
async fn rate_limits_say_when_to_try_again() {
    script(
        r#"[{"status":429,"headers":{"retry-after":"42"},"body":"{\"type\":\"/api/v1/problems/rate-limited\",\"title\":\"x\",\"status\":429}"}]"#,
    );
    assert_eq!(submit().await, Err(ApiError::RateLimited { retry_after: Some(42) }));
    assert_eq!(calls().len(), 1);
}

#[wasm_bindgen_test]
async fn other_refusals_are_final() {
    script(r#"[{"status":409,"body":"{\"type\":\"/api/v1/problems/slot-taken\",\"title\":\"x\",\"status\":409}"}]"#);
    assert_eq!(submit().await, Err(ApiError::SlotTaken));
    script(
        r#"[{"status":409,"body":"{\"type\":\"/api/v1/problems/already-booked\",\"title\":\"x\",\"status\":409}"}]"#,
    );
    assert_eq!(submit().await, Err(ApiError::AlreadyBooked));
    script(r#"[{"status":404,"body":"{\"type\":\"/api/v1/problems/not-found\",\"title\":\"x\",\"status\":404}"}]"#);
    assert_eq!(submit().await, Err(ApiError::NotFound));
    script(r#"[{"status":400,"body":"<html>Bad Request</html>"}]"#);
    assert_eq!(submit().await, Err(ApiError::Malformed));
    assert_eq!(calls().len(), 1);
}

#[wasm_bindgen_test]
async fn a_reply_that_breaks_the_contract_is_malformed() {
    script(r#"[{"status":200,"body":"{\"status\":"}]"#);
    let health: Result<Health, ApiError> = api::send("GET", "/health", None, None, quick()).await;
    assert_eq!(health, Err(ApiError::Malformed));
    script(r#"[{"status":201,"body":"{\"unexpected\":true}"}]"#);
    assert_eq!(submit().await, Err(ApiError::Malformed));
}

#[wasm_bindgen_test]
async fn the_base_url_comes_from_the_page() {
    let document = web_sys::window().unwrap().document().unwrap();
    script(r#"[{"status":200,"body":"{\"status\":\"ok\",\"version\":\"1\"}"}]"#);
    let _: Health = api::send("GET", "/health", None, None, quick()).await.unwrap();
    assert!(calls()[0].1.ends_with("/api/v1/health"), "{:?}", calls());

    let meta = document.create_element("meta").unwrap();
    meta.set_attribute("name", "migrationto-api").unwrap();
    meta.set_attribute("content", "https://api.example.az/api/v1/").unwrap();
    document.head().unwrap().append_child(&meta).unwrap();
    let _: Health = api::send("GET", "/health", None, None, quick()).await.unwrap();
    meta.remove();
    assert_eq!(calls()[1].1, "https://api.example.az/api/v1/health");
}

#[wasm_bindgen_test]
fn idempotency_keys_are_fresh() {
    let (a, b) = (api::new_idempotency_key(), api::new_idempotency_key());
    assert_ne!(a, b);
    assert!(a.len() >= 8);
}

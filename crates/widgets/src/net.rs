//! Requests to the portal: no cookies either way, a time limit, and the reply's text, so each
//! widget decides what a status means.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestCredentials, RequestInit, RequestMode, Response};

const TIMEOUT_MS: i32 = 15_000;

/// A reply: its status, `Retry-After` in seconds if given, and its body.
pub struct Reply {
    pub status: u16,
    pub retry_after: Option<u32>,
    pub body: String,
}

/// Why there is no reply.
pub enum NoReply {
    Timeout,
    /// Offline, refused, or blocked by the browser (a missing CORS header looks the same).
    Unreachable,
}

/// `GET url`, or `POST url` with a JSON `body`.
pub async fn request(url: &str, json_body: Option<&str>) -> Result<Reply, NoReply> {
    let window = web_sys::window().ok_or(NoReply::Unreachable)?;
    let init = RequestInit::new();
    init.set_mode(RequestMode::Cors);
    // The partner's cookies are never sent, and the portal sets none.
    init.set_credentials(RequestCredentials::Omit);
    if let Some(body) = json_body {
        init.set_method("POST");
        init.set_body(&JsValue::from_str(body));
        let headers = web_sys::Headers::new().map_err(|_| NoReply::Unreachable)?;
        let _ = headers.set("content-type", "application/json");
        init.set_headers(&headers);
    }
    let controller = AbortController::new().map_err(|_| NoReply::Unreachable)?;
    init.set_signal(Some(&controller.signal()));
    let abort = {
        let controller = controller.clone();
        Closure::once_into_js(move || controller.abort())
    };
    let timer =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), TIMEOUT_MS).unwrap_or(0);
    let sent = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await;
    let body = match &sent {
        Ok(response) => match response.unchecked_ref::<Response>().text() {
            Ok(text) => JsFuture::from(text).await.ok().and_then(|t| t.as_string()),
            Err(_) => None,
        },
        Err(_) => None,
    };
    window.clear_timeout_with_handle(timer);
    let response: Response = match sent {
        Ok(response) => response.unchecked_into(),
        Err(_) if controller.signal().aborted() => return Err(NoReply::Timeout),
        Err(_) => return Err(NoReply::Unreachable),
    };
    let Some(body) = body else {
        return Err(if controller.signal().aborted() { NoReply::Timeout } else { NoReply::Unreachable });
    };
    let retry_after = response.headers().get("retry-after").ok().flatten().and_then(|s| s.trim().parse().ok());
    Ok(Reply { status: response.status(), retry_after, body })
}

/// `value[key]` of parsed JSON, `undefined` when absent.
pub fn field(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The reply's JSON, or `undefined` when it is not JSON.
pub fn parse(body: &str) -> JsValue {
    js_sys::JSON::parse(body).unwrap_or(JsValue::UNDEFINED)
}

/// A list in parsed JSON; empty when `value` is not one.
pub fn items(value: &JsValue) -> Vec<JsValue> {
    if js_sys::Array::is_array(value) { value.unchecked_ref::<js_sys::Array>().iter().collect() } else { Vec::new() }
}

/// A JSON object from string pairs, as text.
pub fn object(pairs: &[(&str, &str)]) -> String {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    js_sys::JSON::stringify(&object).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

//! One line a request: method, route, status and time. Never the query string, a body or a
//! header, so no personal data reaches the log (lookups send theirs in the body).

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;

pub async fn log_request(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    // The route pattern (`/api/v1/appointments/{code}`), not the address with its values.
    let route = req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned());
    let start = Instant::now();
    let res = next.run(req).await;
    let route = route.as_deref().unwrap_or(if res.status().is_success() { "(file)" } else { "(other)" });
    eprintln!("{method} {route} {} {}ms", res.status().as_u16(), start.elapsed().as_millis());
    res
}

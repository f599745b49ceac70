//! The e-service API under `/api/v1`, as described by `openapi.json` beside this crate: the
//! router here, one file per resource, and beside them the state, error replies, body reading,
//! idempotency, reference codes and the lookup limit.

mod applications;
mod appointments;
mod body;
mod codes;
mod drafts;
mod error;
mod idempotency;
mod lookups;
mod openapi;
mod person;
pub mod rate_limit;
mod state;
mod uploads;

pub use body::JSON_LIMIT;
pub use error::ApiError;
pub use state::ApiState;

use axum::extract::DefaultBodyLimit;
use axum::response::IntoResponse;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use migrationto_core::api::problem::ProblemKind;
use std::sync::Arc;
use tower_http::catch_panic::CatchPanicLayer;

/// How long an upload no application or draft refers to is kept: long enough to finish a form
/// over a few days without saving it.
pub const UNATTACHED_UPLOAD_DAYS: i64 = 7;

/// Deletes expired drafts and old unattached uploads now and then every hour, while the server
/// runs (within a Tokio runtime; a router built outside one does not purge).
fn purge_every_hour(state: &ApiState) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else { return };
    let state = state.clone();
    runtime.spawn(async move {
        loop {
            let today = state.today().to_string();
            let cutoff = state.now_minus_days(UNATTACHED_UPLOAD_DAYS);
            match state.db.run(move |conn| crate::db::purge(conn, &today, &cutoff)).await {
                Ok((0, 0)) => {}
                Ok((drafts, uploads)) => {
                    eprintln!("migrationto: purged {drafts} expired drafts, {uploads} unattached uploads")
                }
                Err(err) => eprintln!("migrationto: purge failed: {err}"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        }
    });
}

pub fn router(state: ApiState) -> Router {
    purge_every_hour(&state);
    let limit =
        |limiter: &Arc<rate_limit::Limiter>| axum::middleware::from_fn_with_state(limiter.clone(), rate_limit::limit);
    // Each `let` below is a group of routes behind a per-client limit (429 with Retry-After).
    let lookups = Router::new()
        .route("/applications/track", post(applications::track))
        .route("/registrations/status", post(lookups::registration_status))
        .route("/travel-bans/check", post(lookups::travel_ban))
        .route("/drafts/resume", post(drafts::resume))
        .route_layer(limit(&state.limits.lookups));
    let bookings =
        Router::new().route("/appointments", post(appointments::book)).route_layer(limit(&state.limits.bookings));
    let drafts = Router::new().route("/drafts", post(drafts::save)).route_layer(limit(&state.limits.drafts));
    let uploads = Router::new()
        .route("/uploads", post(uploads::upload).layer(DefaultBodyLimit::max(uploads::MAX_BYTES + 1)))
        .route_layer(limit(&state.limits.upload_bytes))
        .route_layer(limit(&state.limits.uploads));
    Router::new()
        .route("/health", get(health))
        .route("/openapi.json", get(openapi))
        .route("/applications", post(applications::submit))
        .route("/service-centres", get(appointments::centres))
        .route("/service-centres/{id}/slots", get(appointments::slots))
        .route("/appointments/{code}", delete(appointments::cancel))
        .merge(lookups)
        .merge(bookings)
        .merge(drafts)
        .merge(uploads)
        .fallback(|| async { ApiError::from(ProblemKind::NotFound) })
        .layer(DefaultBodyLimit::max(JSON_LIMIT))
        .layer(CatchPanicLayer::custom(panicked))
        .with_state(state)
}

/// A handler that panics answers 500 `internal` as a problem rather than dropping the
/// connection. What it panicked with is not logged: it may hold a visitor's answers.
fn panicked(_: Box<dyn std::any::Any + Send + 'static>) -> axum::response::Response {
    eprintln!("migrationto: a request handler panicked; answered 500");
    ApiError::from(ProblemKind::Internal).into_response()
}

async fn health(
    axum::extract::State(state): axum::extract::State<ApiState>,
) -> Result<Json<migrationto_core::api::Health>, ApiError> {
    state.db.run(|c| c.query_row("SELECT 1", [], |r| r.get::<_, i64>(0))).await?;
    Ok(Json(migrationto_core::api::Health { status: "ok".into(), version: env!("CARGO_PKG_VERSION").into() }))
}

async fn openapi(axum::extract::State(state): axum::extract::State<ApiState>) -> Json<serde_json::Value> {
    Json(openapi::document(state.today()))
}

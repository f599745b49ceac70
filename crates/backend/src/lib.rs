//! Reference backend of the portal: the e-service API under `/api/v1` (SQLite), and the
//! built single-page app with its history fallback.

mod api;
pub mod commands;
mod config;
pub mod db;
mod headers;
mod log;
mod origin;
mod static_files;

pub use config::{Command, Config, USAGE};

use axum::Router;
use migrationto_core::calendar::BakuDate;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;

/// Milliseconds since 1970 (UTC), from the system clock.
pub fn system_clock() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

/// The whole HTTP application, for `serve` and for tests; `clock` gives "now".
pub fn router_with_clock(config: &Config, clock: Arc<dyn Fn() -> i64 + Send + Sync>) -> io::Result<Router> {
    let db = db::Db::open(&config.data).map_err(|e| io::Error::other(format!("{}: {e}", config.data.display())))?;
    let state = api::ApiState { db, clock, limits: api::rate_limit::Limits::new(config) };
    let partners = origin::Partners(Arc::new(config.partners.clone()));
    let api = api::router(state).layer(axum::middleware::from_fn_with_state(partners, origin::check_origin));
    let options = static_files::ShellOptions { api_base: config.api_base.clone(), partners: config.partners.clone() };
    let app = Router::new().nest("/api/v1", api).merge(static_files::router(&config.dist, &options)?);
    Ok(headers::with_security_headers(app).layer(axum::middleware::from_fn(log::log_request)))
}

pub fn router(config: &Config) -> io::Result<Router> {
    router_with_clock(config, clock(config.today))
}

/// The system clock, or with `--today` a clock that starts at noon in Baku on that day and
/// runs on from there.
pub fn clock(today: Option<BakuDate>) -> Arc<dyn Fn() -> i64 + Send + Sync> {
    match today {
        None => Arc::new(system_clock),
        Some(day) => {
            let epoch = BakuDate::from_ymd(1970, 1, 1).expect("a date");
            let noon_in_baku = epoch.days_until(day) * 86_400_000 + 8 * 3_600_000;
            let started = system_clock();
            Arc::new(move || noon_in_baku + (system_clock() - started))
        }
    }
}

/// Serves `app` on `listener`, with each request's peer address (for the lookup limits).
pub async fn serve_on(listener: TcpListener, app: Router) -> io::Result<()> {
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
}

/// Binds `config.addr` and serves until Ctrl-C or SIGTERM, finishing requests in flight.
pub async fn serve(config: Config) -> io::Result<()> {
    let app = router(&config)?;
    let listener = TcpListener::bind(config.addr).await?;
    eprintln!(
        "migrationto: serving {} and the API (data in {}) on http://{}",
        config.dist.display(),
        config.data.display(),
        listener.local_addr()?
    );
    if let Some(day) = config.today {
        eprintln!("migrationto: --today {day}: the server's clock is set to that day (tests and demos only)");
    }
    serve_on(listener, app).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}

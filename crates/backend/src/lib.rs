//! Reference backend of the portal. For now it serves the built single-page app; the
//! e-service API joins it under `/api/v1`.

mod config;
mod headers;
mod static_files;

pub use config::Config;

use std::io;
use tokio::net::TcpListener;

/// The whole HTTP application, for `serve` and for tests.
pub fn router(config: &Config) -> io::Result<axum::Router> {
    let app = static_files::router(&config.dist)?;
    Ok(headers::with_security_headers(app))
}

/// Binds `config.addr` and serves until Ctrl-C or SIGTERM, finishing requests in flight.
pub async fn serve(config: Config) -> io::Result<()> {
    let app = router(&config)?;
    let listener = TcpListener::bind(config.addr).await?;
    eprintln!("migrationto: serving {} on http://{}", config.dist.display(), listener.local_addr()?);
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await
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

//! `migrationto-backend [--dist DIR] [--addr HOST:PORT]`: serves the built portal.

use migrationto_backend::{serve, Config};

#[tokio::main]
async fn main() {
    let config = match Config::from_args(std::env::args().skip(1)) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("{message}\nusage: migrationto-backend [--dist DIR] [--addr HOST:PORT]");
            std::process::exit(2);
        }
    };
    if let Err(err) = serve(config).await {
        eprintln!("migrationto-backend: {err}");
        std::process::exit(1);
    }
}

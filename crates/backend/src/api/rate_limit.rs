//! Per-client limits, past which the reply is 429 `rate-limited` with `Retry-After`: on the
//! lookups, so that a lookup cannot be used to try passport numbers one after another, and on
//! every write a stranger could abuse (booking appointments, uploading files by count and by
//! bytes, saving drafts). A client is its IP address (the proxy's `X-Real-IP` when the server
//! is told it runs behind one on loopback).

use super::error::ApiError;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use migrationto_core::api::problem::ProblemKind;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

/// One limit, per client.
pub struct Limiter {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    behind_proxy: bool,
    /// Each request costs its declared length in bytes rather than 1.
    by_bytes: bool,
}

/// Every limit the API applies, set from the command line (`Config`).
#[derive(Clone)]
pub struct Limits {
    pub lookups: Arc<Limiter>,
    pub bookings: Arc<Limiter>,
    pub uploads: Arc<Limiter>,
    pub upload_bytes: Arc<Limiter>,
    pub drafts: Arc<Limiter>,
}

impl Limits {
    pub fn new(config: &crate::Config) -> Limits {
        let proxy = config.behind_proxy;
        let hourly = |n: u32| Arc::new(Limiter::new(Quota::per_hour(at_least_one(n)), proxy, false));
        Limits {
            lookups: Arc::new(Limiter::new(Quota::per_minute(at_least_one(config.lookups_per_minute)), proxy, false)),
            bookings: hourly(config.bookings_per_hour),
            uploads: hourly(config.uploads_per_hour),
            upload_bytes: Arc::new(Limiter::new(
                Quota::per_hour(at_least_one(config.upload_megabytes_per_hour.saturating_mul(1 << 20))),
                proxy,
                true,
            )),
            drafts: hourly(config.drafts_per_hour),
        }
    }
}

fn at_least_one(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n.max(1)).expect("at least 1")
}

impl Limiter {
    /// `quota` per client, all of which may be used at once.
    fn new(quota: Quota, behind_proxy: bool, by_bytes: bool) -> Limiter {
        Limiter { limiter: DefaultKeyedRateLimiter::keyed(quota), behind_proxy, by_bytes }
    }

    fn client(&self, req: &Request) -> IpAddr {
        let peer = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let forwarded = || req.headers().get("x-real-ip")?.to_str().ok()?.trim().parse().ok();
        match peer {
            Some(ip) if self.behind_proxy && ip.is_loopback() => forwarded().unwrap_or(ip),
            Some(ip) => ip,
            None => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        }
    }

    /// What the request costs: 1, or for a limit on bytes its `Content-Length` (without one,
    /// the largest upload there may be).
    fn cost(&self, req: &Request) -> NonZeroU32 {
        if !self.by_bytes {
            return NonZeroU32::MIN;
        }
        let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u32>().ok());
        at_least_one(declared.unwrap_or(migrationto_core::upload::MAX_BYTES as u32))
    }
}

/// The middleware: passes the request on, or answers 429 with how long to wait.
pub async fn limit(State(limiter): State<Arc<Limiter>>, req: Request, next: Next) -> Response {
    let client = limiter.client(&req);
    let wait = match limiter.limiter.check_key_n(&client, limiter.cost(&req)) {
        Ok(Ok(())) => return next.run(req).await,
        Ok(Err(not_until)) => not_until.wait_time_from(DefaultClock::default().now()).as_secs(),
        // More than the whole allowance at once: never possible within the hour.
        Err(_) => 3600,
    };
    let mut err = ApiError::from(ProblemKind::RateLimited);
    err.retry_after = Some(wait.max(1));
    err.into_response()
}

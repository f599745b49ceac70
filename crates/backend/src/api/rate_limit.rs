//! Per-client limits on the lookup endpoints, so that a lookup cannot be used to try
//! passport numbers one after another. A client is its IP address (the proxy's `X-Real-IP`
//! when the server is told it runs behind one).

use super::error::ApiError;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use migrationto_core::api::problem::ProblemKind;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

pub struct LookupLimiter {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    behind_proxy: bool,
}

impl LookupLimiter {
    /// `per_minute` lookups a minute from one client, all of which may come at once.
    pub fn new(per_minute: u32, behind_proxy: bool) -> LookupLimiter {
        let n = NonZeroU32::new(per_minute.max(1)).expect("at least 1");
        LookupLimiter { limiter: DefaultKeyedRateLimiter::keyed(Quota::per_minute(n)), behind_proxy }
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
}

pub async fn limit_lookups(State(lookups): State<Arc<LookupLimiter>>, req: Request, next: Next) -> Response {
    let client = lookups.client(&req);
    match lookups.limiter.check_key(&client) {
        Ok(()) => next.run(req).await,
        Err(not_until) => {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            let mut err = ApiError::from(ProblemKind::RateLimited);
            err.retry_after = Some(wait.as_secs().max(1));
            err.into_response()
        }
    }
}

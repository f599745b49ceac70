//! What every handler can reach: the database, the clock and the per-client limits.

use super::rate_limit::Limits;
use crate::db::Db;
use migrationto_core::calendar::BakuDate;
use std::sync::Arc;

/// What every handler can reach.
#[derive(Clone)]
pub struct ApiState {
    pub db: Db,
    /// Milliseconds since 1970 (UTC); a fixed clock in tests.
    pub clock: Arc<dyn Fn() -> i64 + Send + Sync>,
    pub limits: Limits,
}

impl ApiState {
    pub fn today(&self) -> BakuDate {
        BakuDate::today_at((self.clock)())
    }

    /// Now as RFC 3339 in UTC, to the second.
    pub fn now(&self) -> String {
        rfc3339((self.clock)())
    }

    /// The moment `days` days ago, as RFC 3339 in UTC.
    pub fn now_minus_days(&self, days: i64) -> String {
        rfc3339((self.clock)() - days * 86_400_000)
    }
}

fn rfc3339(millis: i64) -> String {
    let t =
        time::OffsetDateTime::from_unix_timestamp(millis.div_euclid(1000)).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    t.format(&time::format_description::well_known::Rfc3339).expect("a valid timestamp")
}

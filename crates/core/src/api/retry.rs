//! When a client should try a request again. Pure, so the app's API client and its tests
//! share one policy.

/// How a request ended, as far as retrying is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The request never reached a server, or the connection broke.
    Network,
    /// No reply within the time limit.
    Timeout,
    /// A reply with this status code.
    Status(u16),
}

/// Tries up to `attempts` times in all, waiting `base_ms`, then twice that, and so on, with
/// up to a quarter of the wait added at random so many clients do not retry in step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub base_ms: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { attempts: 3, base_ms: 500 }
    }
}

impl RetryPolicy {
    /// The wait before attempt `attempt + 1` after attempt `attempt` (counted from 1) ended
    /// with `outcome`, or `None` to stop. Network errors, time-outs and 5xx replies are tried
    /// again (writes carry the same idempotency key, so nothing is created twice); any 4xx
    /// reply is final: the request itself must change. `jitter` is in `0.0..1.0`.
    pub fn next_wait_ms(&self, attempt: u32, outcome: Outcome, jitter: f64) -> Option<u32> {
        let retryable = match outcome {
            Outcome::Network | Outcome::Timeout => true,
            Outcome::Status(s) => (500..600).contains(&s),
        };
        if !retryable || attempt >= self.attempts {
            return None;
        }
        let wait = self.base_ms.saturating_mul(1 << (attempt - 1).min(16));
        Some(wait.saturating_add((f64::from(wait) * 0.25 * jitter.clamp(0.0, 1.0)) as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_network_errors_timeouts_and_5xx_with_growing_waits() {
        let p = RetryPolicy::default();
        assert_eq!(p.next_wait_ms(1, Outcome::Network, 0.0), Some(500));
        assert_eq!(p.next_wait_ms(2, Outcome::Timeout, 0.0), Some(1000));
        assert_eq!(p.next_wait_ms(1, Outcome::Status(503), 0.999), Some(624));
        assert_eq!(p.next_wait_ms(3, Outcome::Status(500), 0.0), None, "three attempts in all");
    }

    #[test]
    fn never_retries_4xx() {
        let p = RetryPolicy::default();
        for s in [400, 404, 409, 413, 422, 429] {
            assert_eq!(p.next_wait_ms(1, Outcome::Status(s), 0.5), None, "{s}");
        }
    }
}

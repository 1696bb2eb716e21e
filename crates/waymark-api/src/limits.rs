//! Abuse limits: writes per IP address and per account, and sign-in attempts per IP
//! address and per email. Over a limit: 429 problem+json with `Retry-After`.
//!
//! Pins posted into a live workshop (`X-Waymark-Workshop: CODE`, which the handler
//! checks against the pin's own workshop) count against a larger allowance per address:
//! a room of phones on one venue network shares one public address.

use std::hash::Hash;
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::Response;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::auth::identity::{SESSION_COOKIE, digest};
use crate::{ApiError, AppState};

/// Requests per minute; 0 turns a limit off (benchmarks do).
#[derive(Debug, Clone, Copy)]
pub struct LimitsConfig {
    pub writes_per_minute_per_ip: u32,
    /// Pins a minute per IP address into a live workshop.
    pub workshop_writes_per_minute_per_ip: u32,
    pub writes_per_minute_per_account: u32,
    pub logins_per_minute: u32,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        Self {
            writes_per_minute_per_ip: 120,
            workshop_writes_per_minute_per_ip: 1200,
            writes_per_minute_per_account: 60,
            logins_per_minute: 10,
        }
    }
}

pub struct Limits {
    writes_per_ip: Option<DefaultKeyedRateLimiter<IpAddr>>,
    workshop_writes_per_ip: Option<DefaultKeyedRateLimiter<IpAddr>>,
    writes_per_account: Option<DefaultKeyedRateLimiter<Vec<u8>>>,
    logins_per_ip: Option<DefaultKeyedRateLimiter<IpAddr>>,
    logins_per_email: Option<DefaultKeyedRateLimiter<String>>,
    clock: DefaultClock,
}

fn keyed<K: Hash + Eq + Clone>(per_minute: u32) -> Option<DefaultKeyedRateLimiter<K>> {
    NonZeroU32::new(per_minute).map(|n| RateLimiter::keyed(Quota::per_minute(n)))
}

impl Limits {
    pub fn new(config: LimitsConfig) -> Self {
        Self {
            writes_per_ip: keyed(config.writes_per_minute_per_ip),
            workshop_writes_per_ip: keyed(config.workshop_writes_per_minute_per_ip),
            writes_per_account: keyed(config.writes_per_minute_per_account),
            logins_per_ip: keyed(config.logins_per_minute.saturating_mul(5)),
            logins_per_email: keyed(config.logins_per_minute),
            clock: DefaultClock::default(),
        }
    }

    fn check<K: Hash + Eq + Clone>(
        &self,
        limiter: &Option<DefaultKeyedRateLimiter<K>>,
        key: &K,
    ) -> Result<(), ApiError> {
        let Some(limiter) = limiter else {
            return Ok(());
        };
        limiter.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            ApiError::RateLimited {
                retry_after: wait.as_secs() + u64::from(wait.subsec_nanos() > 0),
            }
        })
    }

    pub fn check_login(&self, ip: IpAddr, email: &str) -> Result<(), ApiError> {
        self.check(&self.logins_per_ip, &ip)?;
        self.check(&self.logins_per_email, &email.trim().to_lowercase())
    }

    fn check_write(&self, ip: Option<IpAddr>, headers: &HeaderMap) -> Result<(), ApiError> {
        if let Some(ip) = ip {
            let per_ip = if headers.contains_key(WORKSHOP_HEADER) {
                &self.workshop_writes_per_ip
            } else {
                &self.writes_per_ip
            };
            self.check(per_ip, &ip)?;
        }
        if let Some(credential) = credential(headers) {
            self.check(&self.writes_per_account, &digest(&credential))?;
        }
        Ok(())
    }
}

/// Names the live workshop a pin is posted into.
pub const WORKSHOP_HEADER: &str = "x-waymark-workshop";

/// The bearer token or session cookie a request carries, if any.
fn credential(headers: &HeaderMap) -> Option<String> {
    if let Some(auth) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        return Some(auth.to_owned());
    }
    axum_extra::extract::CookieJar::from_headers(headers)
        .get(SESSION_COOKIE)
        .map(|c| c.value().to_owned())
}

fn is_write(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Routes that count against the sign-in limits (`check_login`) instead of the write limits.
const SIGN_IN_LIMITED: [&str; 3] = [
    "/api/v1/auth/login",
    "/api/v1/auth/signup",
    "/api/v1/auth/password-reset",
];

/// Applies the write limits to every unsafe request (sign-in, sign-up and password
/// reset requests have their own).
pub async fn limit_writes(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    if is_write(request.method()) && !SIGN_IN_LIMITED.contains(&request.uri().path()) {
        let ip = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        state.limits.check_write(ip, request.headers())?;
    }
    Ok(next.run(request).await)
}

/// Cross-site request protection for cookie sessions: besides SameSite=Lax cookies,
/// an unsafe request that carries a Waymark cookie must also carry the
/// `X-Requested-With` header, which a cross-site form cannot send and a cross-site
/// script cannot send without a CORS preflight that this API never grants. Requests
/// with a bearer token carry no ambient credential and need no such header.
pub async fn require_same_site_writes(request: Request, next: Next) -> Result<Response, ApiError> {
    let headers = request.headers();
    if is_write(request.method()) && !headers.contains_key(header::AUTHORIZATION) {
        let cross_site = headers
            .get("sec-fetch-site")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"cross-site"));
        let has_cookie = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|v| v.contains("waymark_"));
        let marked = headers
            .get("x-requested-with")
            .is_some_and(|v| !v.is_empty());
        if cross_site || (has_cookie && !marked) {
            return Err(ApiError::CrossSite);
        }
    }
    Ok(next.run(request).await)
}

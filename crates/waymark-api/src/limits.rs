//! Abuse limits: writes per address and per account, and sign-in attempts per address
//! and per email. Over a limit: 429 problem+json with `Retry-After`.
//!
//! A pin posted to a plan's contributions with `X-Waymark-Workshop: CODE`, naming an
//! open workshop of that plan, counts against a larger allowance per address: a room of
//! phones on one venue network shares one public address. (The handler then checks that
//! the pin is that workshop's own.) Every other write has the ordinary allowance,
//! whatever headers it carries.
//!
//! Keys stay few, whatever clients send: an IPv6 address counts by its /64, which one
//! subscriber usually has whole; an account by its id, and only once its credential
//! authenticated (a made-up token counts against its address alone); an email by its
//! digest. `serve` forgets idle keys every minute (`prune_periodically`).
//!
//! Several processes (nodes) behind one address share the allowances: each keeps its
//! own in-memory limiter (governor) as a first gate, which refuses without asking the
//! database, and then takes the request from the count they all share in PostgreSQL
//! (`waymark_store::rate_limits`, the same algorithm). A client meets one allowance
//! whichever node answers it, not one per node. The in-memory gate also counts requests
//! the shared count then refused, so a node may refuse a little sooner than the shared
//! count alone would; never later.

use std::hash::Hash;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::Response;
use governor::clock::{Clock, DefaultClock};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use waymark_store::PgPool;

use crate::auth::identity::Identity;
use crate::{ApiError, AppState};

/// Requests per minute; 0 turns a limit off (benchmarks do).
#[derive(Debug, Clone, Copy)]
pub struct LimitsConfig {
    pub writes_per_minute_per_ip: u32,
    /// Pins a minute per IP address into an open workshop.
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

type Keyed<K, C> =
    RateLimiter<K, DefaultKeyedStateStore<K>, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// One limit: this process's limiter, and its name and allowance in the shared count.
struct Limiter<K: Hash + Eq + Clone, C: Clock> {
    local: Keyed<K, C>,
    name: &'static str,
    per_minute: u32,
}

/// The limiters of one process. The clock is a parameter so that tests can let a
/// minute pass without waiting for it.
pub struct Limits<C: Clock = DefaultClock> {
    writes_per_ip: Option<Limiter<IpAddr, C>>,
    workshop_writes_per_ip: Option<Limiter<IpAddr, C>>,
    writes_per_account: Option<Limiter<Uuid, C>>,
    logins_per_ip: Option<Limiter<IpAddr, C>>,
    logins_per_email: Option<Limiter<[u8; 32], C>>,
    clock: C,
    /// The count every process shares; `None`: this process's limiters alone.
    shared: Option<PgPool>,
}

fn keyed<K: Hash + Eq + Clone, C: Clock + Clone>(
    name: &'static str,
    per_minute: u32,
    clock: &C,
) -> Option<Limiter<K, C>> {
    NonZeroU32::new(per_minute).map(|n| Limiter {
        local: RateLimiter::new(
            Quota::per_minute(n),
            DefaultKeyedStateStore::default(),
            clock.clone(),
        ),
        name,
        per_minute,
    })
}

/// Forgets the keys whose allowance is whole again: they are no different from keys
/// never seen.
fn prune<K: Hash + Eq + Clone, C: Clock>(limiter: &Option<Limiter<K, C>>) {
    if let Some(limiter) = limiter {
        limiter.local.retain_recent();
        limiter.local.shrink_to_fit();
    }
}

fn len<K: Hash + Eq + Clone, C: Clock>(limiter: &Option<Limiter<K, C>>) -> usize {
    limiter.as_ref().map_or(0, |l| l.local.len())
}

/// How a key is written in the shared count.
trait SharedKey {
    fn shared(&self) -> String;
}

impl SharedKey for IpAddr {
    fn shared(&self) -> String {
        self.to_string()
    }
}

impl SharedKey for Uuid {
    fn shared(&self) -> String {
        self.to_string()
    }
}

impl SharedKey for [u8; 32] {
    fn shared(&self) -> String {
        self.iter().map(|b| format!("{b:02x}")).collect()
    }
}

fn too_many(wait: Duration) -> ApiError {
    ApiError::RateLimited {
        retry_after: wait.as_secs() + u64::from(wait.subsec_nanos() > 0),
    }
}

/// The key of a client address: an IPv6 address by its /64, which one subscriber
/// usually has whole (else each of its 2^64 addresses would be a fresh allowance).
fn address_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & (u128::MAX << 64))),
        v4 => v4,
    }
}

impl Limits {
    /// This process's limiters alone.
    pub fn new(config: LimitsConfig) -> Self {
        Self::with_clock(config, DefaultClock::default())
    }

    /// This process's limiters, then the count shared on `pool` by every process.
    #[must_use]
    pub fn shared(config: LimitsConfig, pool: PgPool) -> Self {
        Self {
            shared: Some(pool),
            ..Self::new(config)
        }
    }
}

impl<C: Clock + Clone> Limits<C> {
    pub fn with_clock(config: LimitsConfig, clock: C) -> Self {
        Self {
            writes_per_ip: keyed("writes_per_ip", config.writes_per_minute_per_ip, &clock),
            workshop_writes_per_ip: keyed(
                "workshop_writes_per_ip",
                config.workshop_writes_per_minute_per_ip,
                &clock,
            ),
            writes_per_account: keyed(
                "writes_per_account",
                config.writes_per_minute_per_account,
                &clock,
            ),
            logins_per_ip: keyed(
                "logins_per_ip",
                config.logins_per_minute.saturating_mul(5),
                &clock,
            ),
            logins_per_email: keyed("logins_per_email", config.logins_per_minute, &clock),
            clock,
            shared: None,
        }
    }

    /// This process's limiter first (it refuses without a query), then the shared count.
    async fn check<K: Hash + Eq + Clone + SharedKey>(
        &self,
        limiter: &Option<Limiter<K, C>>,
        key: &K,
    ) -> Result<(), ApiError> {
        let Some(limiter) = limiter else {
            return Ok(());
        };
        limiter
            .local
            .check_key(key)
            .map_err(|not_until| too_many(not_until.wait_time_from(self.clock.now())))?;
        let Some(pool) = &self.shared else {
            return Ok(());
        };
        match waymark_store::rate_limits::take(
            pool,
            limiter.name,
            &key.shared(),
            limiter.per_minute,
        )
        .await?
        {
            None => Ok(()),
            Some(wait) => Err(too_many(wait)),
        }
    }

    /// A sign-in attempt: the address's allowance first, so that one address cannot
    /// try more emails than its own allowance.
    pub async fn check_login(&self, ip: IpAddr, email: &str) -> Result<(), ApiError> {
        self.check(&self.logins_per_ip, &address_key(ip)).await?;
        let email: [u8; 32] = Sha256::digest(email.trim().to_lowercase().as_bytes()).into();
        self.check(&self.logins_per_email, &email).await
    }

    /// A write from `ip`; `into_open_workshop` for a pin into an open workshop.
    pub async fn check_write_by_address(
        &self,
        ip: IpAddr,
        into_open_workshop: bool,
    ) -> Result<(), ApiError> {
        let limiter = if into_open_workshop {
            &self.workshop_writes_per_ip
        } else {
            &self.writes_per_ip
        };
        self.check(limiter, &address_key(ip)).await
    }

    /// A write by a signed-in user, whichever of their sessions or tokens it came with.
    pub async fn check_write_by_account(&self, user: Uuid) -> Result<(), ApiError> {
        self.check(&self.writes_per_account, &user).await
    }

    /// Forgets every key whose allowance is whole again, in this process (and, with
    /// `shared`, in the shared count: any process may do it for all).
    pub fn prune(&self) {
        prune(&self.writes_per_ip);
        prune(&self.workshop_writes_per_ip);
        prune(&self.writes_per_account);
        prune(&self.logins_per_ip);
        prune(&self.logins_per_email);
    }

    /// Keys each limiter holds, by name (for `/metrics`).
    pub fn key_counts(&self) -> [(&'static str, usize); 5] {
        [
            ("writes_per_ip", len(&self.writes_per_ip)),
            ("workshop_writes_per_ip", len(&self.workshop_writes_per_ip)),
            ("writes_per_account", len(&self.writes_per_account)),
            ("logins_per_ip", len(&self.logins_per_ip)),
            ("logins_per_email", len(&self.logins_per_email)),
        ]
    }
}

/// How often `serve` forgets idle keys; a key's allowance is whole again a minute after
/// its last use at the latest.
const PRUNE_EVERY: Duration = Duration::from_secs(60);

/// Forgets idle keys every minute, so that memory follows the clients of the last
/// minute or two, not every address and email ever seen.
pub async fn prune_periodically(limits: Arc<Limits>) {
    let start = tokio::time::Instant::now() + PRUNE_EVERY;
    let mut every = tokio::time::interval_at(start, PRUNE_EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        limits.prune();
        if let Some(pool) = &limits.shared
            && let Err(error) = waymark_store::rate_limits::prune(pool).await
        {
            tracing::warn!(%error, "cannot forget the shared limits' idle keys; later");
        }
    }
}

/// Names the open workshop a pin is posted into.
pub const WORKSHOP_HEADER: &str = "x-waymark-workshop";

/// Whether this request posts a pin to a plan's contributions with a workshop header
/// that names an open workshop of that plan.
async fn pin_into_open_workshop(state: &AppState, parts: &Parts) -> Result<bool, ApiError> {
    let Some(code) = parts
        .headers
        .get(WORKSHOP_HEADER)
        .and_then(|v| v.to_str().ok())
        .filter(|code| (1..=32).contains(&code.len()))
    else {
        return Ok(false);
    };
    let plan = parts
        .uri
        .path()
        .strip_prefix("/api/v1/plans/")
        .and_then(|rest| rest.strip_suffix("/contributions"))
        .filter(|plan| !plan.contains('/'));
    let Some(plan) = plan.filter(|_| parts.method == Method::POST) else {
        return Ok(false);
    };
    let workshop = waymark_store::workshops::get(&state.pool, code).await?;
    Ok(workshop.is_some_and(|w| w.plan == plan && w.status == "open"))
}

fn is_write(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Routes that count against the sign-in limits (`check_login`) instead of the write
/// limits: they sign in, or mail a link to an address.
const SIGN_IN_LIMITED: [&str; 4] = [
    "/api/v1/auth/login",
    "/api/v1/auth/signup",
    "/api/v1/auth/password-reset",
    "/api/v1/me/link",
];

/// A POST that works something out and saves nothing, as a GET would: an energy plan's
/// impact, which the builder's sliders ask for several times a second.
fn works_out_only(path: &str) -> bool {
    path.strip_prefix("/api/v1/energy-plans/")
        .and_then(|rest| rest.strip_suffix("/impact"))
        .is_some_and(|id| !id.contains('/'))
}

/// Applies the write limits to every unsafe request (sign-in, sign-up and password
/// reset requests have their own; working out an impact is not a write).
pub async fn limit_writes(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let path = request.uri().path();
    if !is_write(request.method()) || SIGN_IN_LIMITED.contains(&path) || works_out_only(path) {
        return Ok(next.run(request).await);
    }
    let (mut parts, body) = request.into_parts();
    let ip = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    if let Some(ip) = ip {
        let into_workshop = pin_into_open_workshop(&state, &parts).await?;
        state
            .limits
            .check_write_by_address(ip, into_workshop)
            .await?;
    }
    // Only after the address's allowance, so that made-up credentials cost no lookup
    // beyond it; the handler reuses the identity found here.
    if let Some(user) = Identity::from_request_parts(&mut parts, &state).await?.0 {
        state.limits.check_write_by_account(user.id).await?;
    }
    Ok(next.run(Request::from_parts(parts, body)).await)
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

#[cfg(test)]
mod tests {
    use governor::clock::FakeRelativeClock;

    use super::*;

    fn total(limits: &Limits<FakeRelativeClock>) -> usize {
        limits.key_counts().iter().map(|(_, n)| n).sum()
    }

    /// 100,000 sign-ins with made-up emails from as many addresses, each also writing:
    /// pruned every minute, the limiters hold at most the last minute's keys, and none
    /// once everyone is quiet.
    #[tokio::test]
    async fn a_hundred_thousand_junk_keys_are_forgotten_once_idle() {
        let clock = FakeRelativeClock::default();
        let limits = Limits::with_clock(LimitsConfig::default(), clock.clone());
        let per_round = 1000u32;
        for round in 0..100u32 {
            for n in round * per_round..(round + 1) * per_round {
                let ip = IpAddr::from(n.to_be_bytes());
                assert!(
                    limits
                        .check_login(ip, &format!("junk{n}@example.org"))
                        .await
                        .is_ok()
                );
                assert!(limits.check_write_by_address(ip, false).await.is_ok());
                assert!(
                    limits
                        .check_write_by_account(Uuid::from_u128(n.into()))
                        .await
                        .is_ok()
                );
            }
            clock.advance(Duration::from_secs(6));
            if round % 10 == 9 {
                limits.prune();
                for (limiter, keys) in limits.key_counts() {
                    assert!(keys <= 10 * per_round as usize, "{limiter}: {keys} keys");
                }
            }
        }
        clock.advance(Duration::from_secs(120));
        limits.prune();
        assert_eq!(total(&limits), 0, "{:?}", limits.key_counts());
    }

    #[tokio::test]
    async fn one_ipv6_network_and_one_email_in_any_case_are_one_key_each() {
        let limits = Limits::with_clock(LimitsConfig::default(), FakeRelativeClock::default());
        for n in 0..1000u128 {
            let ip = IpAddr::V6(Ipv6Addr::from((0x2001_0db8_u128 << 96) | n));
            let email = if n % 2 == 0 {
                " Amira@Example.org"
            } else {
                "amira@example.org "
            };
            let _ = limits.check_login(ip, email).await;
            let _ = limits.check_write_by_address(ip, false).await;
        }
        let _ = limits
            .check_write_by_address("::ffff:192.0.2.1".parse().unwrap(), false)
            .await;
        let _ = limits
            .check_write_by_address("192.0.2.1".parse().unwrap(), false)
            .await;
        let counts = limits.key_counts();
        assert_eq!(counts[0], ("writes_per_ip", 2));
        assert_eq!(counts[3], ("logins_per_ip", 1));
        assert_eq!(counts[4], ("logins_per_email", 1));
        // The network's allowance is shared: 1000 writes from it met the limit of 120.
        assert!(
            limits
                .check_write_by_address("2001:db8::1".parse().unwrap(), false)
                .await
                .is_err()
        );
    }
}

//! Several database hosts, one of them writable: the primary of a failover cluster
//! (pg_auto_failover, deploy/failover.md). sqlx takes one host per URL, so Waymark does
//! what libpq's `target_session_attrs=read-write` does itself: the URL may list hosts
//! (`postgres://user:pass@db1:5432,db2:5432/waymark`), the pool connects to the first
//! one that is writable, and a watcher follows the primary from then on. When the
//! primary stops answering or turns read-only, the watcher looks through the hosts again,
//! points the pool at the new primary and retires every connection made before the
//! switch; until then requests wait at most the acquire timeout and get 503.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, Error, PgConnection, PgPool};

/// How often the watcher asks the primary whether it still is one.
const WATCH_EVERY: Duration = Duration::from_secs(1);

/// The URL once per host: `postgres://u:p@a:1,b:2/db?x` → `postgres://u:p@a:1/db?x` and
/// `postgres://u:p@b:2/db?x`. `target_session_attrs` is dropped: Waymark always wants
/// the writable host here.
pub fn split_hosts(url: &str) -> Vec<String> {
    let Some((scheme, rest)) = url.split_once("://") else {
        return vec![url.to_owned()];
    };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let (user, hosts) = match authority.rsplit_once('@') {
        Some((user, hosts)) => (format!("{user}@"), hosts),
        None => (String::new(), authority),
    };
    let tail = drop_param(tail, "target_session_attrs");
    hosts
        .split(',')
        .map(|host| format!("{scheme}://{user}{host}{tail}"))
        .collect()
}

fn drop_param(tail: &str, name: &str) -> String {
    let Some((path, query)) = tail.split_once('?') else {
        return tail.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| p.split('=').next() != Some(name))
        .collect();
    if kept.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

/// Whether this connection may write: not a standby, not read-only.
async fn writable(conn: &mut PgConnection) -> Result<bool, Error> {
    sqlx::query_scalar::<_, bool>(
        "SELECT NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off'",
    )
    .fetch_one(conn)
    .await
}

/// The first writable host, with a connection to it.
async fn find_primary(hosts: &[PgConnectOptions]) -> Option<(PgConnectOptions, PgConnection)> {
    for host in hosts {
        let Ok(mut conn) = PgConnection::connect_with(host).await else {
            continue;
        };
        if let Ok(true) = writable(&mut conn).await {
            return Some((host.clone(), conn));
        }
    }
    None
}

/// A pool on the writable host among `urls`, followed by a watcher for the life of the
/// pool.
pub(crate) async fn pool(
    urls: &[String],
    options: PgPoolOptions,
    application_name: &str,
) -> Result<PgPool, Error> {
    let hosts = urls
        .iter()
        .map(|url| {
            url.parse::<PgConnectOptions>()
                .map(|o| o.application_name(application_name))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let (primary, watch) = find_primary(&hosts).await.ok_or_else(|| {
        Error::Configuration(
            format!("none of the {} database hosts is writable", hosts.len()).into(),
        )
    })?;
    let switched = Arc::new(Mutex::new(Instant::now()));
    let retire = Arc::clone(&switched);
    let pool = options
        // A connection made to a host that has since turned standby is refused here;
        // the watcher points the pool elsewhere.
        .after_connect(|conn, _| {
            Box::pin(async move {
                if writable(conn).await? {
                    Ok(())
                } else {
                    Err(Error::Configuration(
                        "connected to a read-only database host".into(),
                    ))
                }
            })
        })
        // Connections older than the last switch lead to the old primary: retired.
        .before_acquire(move |_, meta| {
            let since_switch = retire.lock().map(|t| t.elapsed()).unwrap_or_default();
            Box::pin(async move { Ok(meta.age <= since_switch) })
        })
        .connect_with(primary)
        .await?;
    tokio::spawn(follow(pool.clone(), hosts, watch, switched));
    Ok(pool)
}

/// Whether two connection settings lead to the same server (host and port).
fn same_host(a: &PgConnectOptions, b: &PgConnectOptions) -> bool {
    (a.get_host(), a.get_port()) == (b.get_host(), b.get_port())
}

/// Asks the primary every second whether it still is one; when it is not, or does not
/// answer, points the pool at whichever host now is.
async fn follow(
    pool: PgPool,
    hosts: Vec<PgConnectOptions>,
    watch: PgConnection,
    switched: Arc<Mutex<Instant>>,
) {
    let mut watch = Some(watch);
    let mut ticks = tokio::time::interval(WATCH_EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    while !pool.is_closed() {
        ticks.tick().await;
        if let Some(conn) = watch.as_mut()
            && let Ok(true) = writable(conn).await
        {
            continue;
        }
        watch = None;
        let Some((primary, conn)) = find_primary(&hosts).await else {
            tracing::warn!("no writable database host yet");
            continue;
        };
        if !same_host(&pool.connect_options(), &primary) {
            tracing::warn!(
                host = primary.get_host(),
                port = primary.get_port(),
                "the database primary moved; following it"
            );
            pool.set_connect_options(primary);
            if let Ok(mut at) = switched.lock() {
                *at = Instant::now();
            }
        }
        watch = Some(conn);
    }
}

/// Keeps `own` (a listener's pool) pointed where `main` points.
pub(crate) async fn mirror(main: PgPool, own: PgPool) {
    let mut ticks = tokio::time::interval(WATCH_EVERY);
    while !main.is_closed() && !own.is_closed() {
        ticks.tick().await;
        let want = main.connect_options();
        if !same_host(&want, &own.connect_options()) {
            own.set_connect_options(want.as_ref().clone());
        }
    }
}

/// The primary's WAL position now (`0/3000110`): after a write has committed, at or
/// past its commit record.
pub async fn current_lsn(db: impl sqlx::PgExecutor<'_>) -> Result<String, Error> {
    sqlx::query_scalar::<_, String>("SELECT pg_current_wal_lsn()::text")
        .fetch_one(db)
        .await
}

/// Whether this standby has replayed the WAL up to `lsn` (a primary always has).
pub async fn replayed(pool: &PgPool, lsn: &str) -> Result<bool, Error> {
    sqlx::query_scalar::<_, bool>(
        "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() >= $1::pg_lsn
                     ELSE true END",
    )
    .bind(lsn)
    .fetch_one(pool)
    .await
}

/// A WAL position as one number, to compare and keep (`16/B374D848` → 0x16_B374_D848).
pub fn parse_lsn(text: &str) -> Option<u64> {
    if !is_lsn(text) {
        return None;
    }
    let (hi, lo) = text.split_once('/')?;
    Some((u64::from_str_radix(hi, 16).ok()? << 32) | u64::from_str_radix(lo, 16).ok()?)
}

/// A WAL position as PostgreSQL writes one.
pub fn format_lsn(lsn: u64) -> String {
    format!("{:X}/{:X}", lsn >> 32, lsn & 0xFFFF_FFFF)
}

/// Whether `text` is a WAL position as PostgreSQL writes one (`16/B374D848`).
pub fn is_lsn(text: &str) -> bool {
    let hex = |s: &str| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_hexdigit());
    text.split_once('/').is_some_and(|(a, b)| hex(a) && hex(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wal_positions_are_two_hex_numbers() {
        assert!(is_lsn("0/3000110") && is_lsn("16/B374D848"));
        for bad in [
            "",
            "0/",
            "/1",
            "0/1/2",
            "G/1",
            "0/123456789",
            "0'/1",
            "0/1;",
        ] {
            assert!(!is_lsn(bad), "{bad}");
            assert_eq!(parse_lsn(bad), None);
        }
        assert_eq!(parse_lsn("16/B374D848"), Some(0x16_B374_D848));
        assert_eq!(format_lsn(0x16_B374_D848), "16/B374D848");
        assert!(parse_lsn("0/3000110") < parse_lsn("1/0"));
    }

    #[test]
    fn a_url_with_several_hosts_becomes_one_per_host() {
        assert_eq!(
            split_hosts(
                "postgres://u:p%40ss@db1:5432,db2:6543/waymark?sslmode=require&target_session_attrs=read-write"
            ),
            vec![
                "postgres://u:p%40ss@db1:5432/waymark?sslmode=require",
                "postgres://u:p%40ss@db2:6543/waymark?sslmode=require",
            ]
        );
        assert_eq!(
            split_hosts("postgres://a,b/db?target_session_attrs=read-write"),
            vec!["postgres://a/db", "postgres://b/db"]
        );
        assert_eq!(
            split_hosts("postgres://u@h:1/db"),
            vec!["postgres://u@h:1/db"]
        );
    }
}

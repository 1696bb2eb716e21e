//! Waymark's storage: every SQL statement lives here.
//!
//! Functions take an executor or a `&mut PgConnection`, so the caller owns the
//! transaction and can make several writes atomic.

pub mod about_you;
pub mod accounts;
pub mod admin;
pub mod basemaps;
pub mod boundaries;
pub mod contributions;
pub mod dfes;
pub mod energy_plans;
pub mod events;
pub mod files;
pub mod groups;
pub mod hearing_back;
pub mod moderation;
pub mod my_data;
pub mod network;
pub mod organisations;
pub mod outbox;
pub mod outcomes;
pub mod participation;
pub mod plans;
pub mod primary;
pub mod projects;
pub mod projects_demo;
pub mod proposals;
pub mod rate_limits;
pub mod replies;
pub mod reports;
pub mod retention;
pub mod seed;
pub mod self_service;
pub mod subscriptions;
pub mod supports;
pub mod tiles;
pub mod workshops;

use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
pub use sqlx::postgres::{PgListener, PgNotification};
pub use sqlx::{Connection, Error, PgConnection, PgPool, Postgres};

/// The schema migrations, embedded in the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations");

/// Opens a pool. Statements are prepared once per connection and cached by sqlx.
pub async fn connect(url: &str, max_connections: u32) -> Result<PgPool, Error> {
    connect_waiting_at_most(url, max_connections, Duration::from_secs(5)).await
}

/// A pool whose requests wait at most `acquire_timeout` for a connection: while the
/// database is down or restarting they fail after that (and the API answers 503), and
/// once it is back the pool connects again by itself. A URL naming several hosts
/// (`postgres://u:p@db1:5432,db2:5432/waymark`) connects to the writable one and
/// follows it through a failover (see `primary`).
pub async fn connect_waiting_at_most(
    url: &str,
    max_connections: u32,
    acquire_timeout: Duration,
) -> Result<PgPool, Error> {
    let options = PgPoolOptions::new()
        .max_connections(max_connections)
        .min_connections(1)
        .acquire_timeout(acquire_timeout);
    let hosts = primary::split_hosts(url);
    if hosts.len() > 1 {
        return primary::pool(&hosts, options, "waymark").await;
    }
    let connect: PgConnectOptions = url.parse()?;
    options
        .connect_with(connect.application_name("waymark"))
        .await
}

/// A pool that connects on first use (a read replica's): a replica away at start does
/// not stop Waymark.
pub fn connect_lazy(
    url: &str,
    max_connections: u32,
    application_name: &str,
) -> Result<PgPool, Error> {
    let options: PgConnectOptions = url.parse()?;
    Ok(PgPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(Duration::from_secs(3))
        .connect_lazy_with(options.application_name(application_name)))
}

/// A LISTEN connection of its own, outside the request pool, so that listening never
/// takes a connection a request needs. It reconnects by itself after a drop, to wherever
/// `pool` then points (after a failover, the new primary).
pub async fn listener(pool: &PgPool, channel: &str) -> Result<PgListener, Error> {
    let own = PgPoolOptions::new()
        .max_connections(1)
        .connect_lazy_with(pool.connect_options().as_ref().clone());
    tokio::spawn(primary::mirror(pool.clone(), own.clone()));
    let mut listener = PgListener::connect_with(&own).await?;
    listener.listen(channel).await?;
    Ok(listener)
}

/// The newest migration this build knows, and the newest the database has had applied
/// (`None` for a database never migrated).
pub async fn schema_versions(pool: &PgPool) -> Result<(i64, Option<i64>), Error> {
    let known = MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0);
    let applied: Option<i64> =
        sqlx::query_scalar("SELECT max(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(pool)
            .await
            .or_else(|e| match e {
                // No migrations table at all: never migrated.
                Error::Database(ref db) if db.code().as_deref() == Some("42P01") => Ok(None),
                other => Err(other),
            })?;
    Ok((known, applied))
}

/// Answers whether the database is there and willing.
pub async fn ping(pool: &PgPool) -> Result<(), Error> {
    sqlx::query_scalar!("SELECT 1 AS \"one!\"")
        .fetch_one(pool)
        .await
        .map(|_| ())
}

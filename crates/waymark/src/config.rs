//! Typed configuration: a TOML file, overridden by `WAYMARK_*` environment variables
//! (and `DATABASE_URL`). Defaults are safe for a public deployment.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// PostgreSQL with PostGIS 3 (`DATABASE_URL`).
    pub database_url: Option<String>,
    /// Where to listen (`WAYMARK_LISTEN`).
    pub listen: SocketAddr,
    /// Pool size; about twice the database's cores is plenty (`WAYMARK_DB_MAX_CONNECTIONS`).
    pub db_max_connections: u32,
    /// How long a request waits for a database connection, in milliseconds, before it is
    /// answered 503 (`WAYMARK_DB_ACQUIRE_TIMEOUT_MS`): while the database is down or
    /// restarting, requests fail this fast rather than hang.
    pub db_acquire_timeout_ms: u64,
    /// The public origin, e.g. `https://map.example.org` (`WAYMARK_PUBLIC_URL`); links
    /// in mails start with it.
    pub public_url: Option<String>,
    /// At least 32 bytes that sign cookies; every process of one site must share it
    /// (`WAYMARK_SECRET`). Without it a random one is made at start.
    pub secret: Option<String>,
    /// Largest request body in bytes (`WAYMARK_BODY_LIMIT`).
    pub body_limit: usize,
    /// The built map UI (`WAYMARK_UI_DIR`).
    pub ui_dir: PathBuf,
    /// Below this zoom, contributions tiles show counted bubbles (`WAYMARK_CLUSTER_BELOW_ZOOM`).
    pub cluster_below_zoom: u8,
    /// Memory for cached tiles, in MiB (`WAYMARK_TILE_CACHE_MB`).
    pub tile_cache_mb: u64,
    /// An external raster basemap, `https://…/{z}/{x}/{y}.png`, instead of the plan's
    /// own basemap (`WAYMARK_BASEMAP_TILES`), with its attribution
    /// (`WAYMARK_BASEMAP_ATTRIBUTION`).
    pub basemap_tiles: Option<String>,
    pub basemap_attribution: Option<String>,
    /// Where plans' PMTiles basemap archives are kept (`WAYMARK_BASEMAP_DIR`); every
    /// process serving tiles must see the same files.
    pub basemap_dir: PathBuf,
    /// Writes a minute allowed per IP address (`WAYMARK_WRITES_PER_MINUTE_PER_IP`), per
    /// account (`WAYMARK_WRITES_PER_MINUTE_PER_ACCOUNT`), and sign-in attempts a minute
    /// per email (`WAYMARK_LOGINS_PER_MINUTE`); 0 turns a limit off. Pins into a live
    /// workshop have their own allowance per IP address, since a room of phones shares
    /// one (`WAYMARK_WORKSHOP_WRITES_PER_MINUTE_PER_IP`).
    pub writes_per_minute_per_ip: u32,
    pub workshop_writes_per_minute_per_ip: u32,
    pub writes_per_minute_per_account: u32,
    pub logins_per_minute: u32,
    /// Thresholds of the network feasibility screen (`[feasibility]` in the file;
    /// `WAYMARK_FEASIBILITY__AMBER_SHARE` and so on). Defaults: 3.68 kW per phase is
    /// small generation; using over half the remaining headroom is amber; power factor 0.95.
    pub feasibility: waymark_domain::energy::Thresholds,
    /// Where mail goes (`WAYMARK_MAIL_URL`): `smtp://host:25`, `smtps://user:pass@host`,
    /// or `file:///dir` (each mail an `.eml` file, for trying out). Unset: mails wait in
    /// the database until one is set. A mail server needs `public_url`.
    pub mail_url: Option<String>,
    /// The sender of Waymark's mails (`WAYMARK_MAIL_FROM`).
    pub mail_from: String,
    /// How often `serve` looks for digests that are due, in minutes
    /// (`WAYMARK_DIGEST_CHECK_MINUTES`).
    pub digest_check_minutes: u64,
    /// What `serve` deletes, and when (`[retention]` in the file;
    /// `WAYMARK_RETENTION__EVENTS_DAYS`, `WAYMARK_RETENTION__EXPIRED_SESSIONS_DAYS`).
    /// Defaults: events after 30 days (at least 8), sessions 7 days after they expired.
    pub retention: crate::retention::Retention,
    /// `text` or `json` logs (`WAYMARK_LOG_FORMAT`); the level comes from `RUST_LOG`.
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: None,
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            db_max_connections: 16,
            db_acquire_timeout_ms: 3000,
            public_url: None,
            secret: None,
            body_limit: 256 * 1024,
            ui_dir: PathBuf::from("map-ui/dist"),
            cluster_below_zoom: 13,
            tile_cache_mb: 192,
            basemap_tiles: None,
            basemap_attribution: None,
            basemap_dir: PathBuf::from("basemaps"),
            writes_per_minute_per_ip: 120,
            workshop_writes_per_minute_per_ip: 1200,
            writes_per_minute_per_account: 60,
            logins_per_minute: 10,
            feasibility: waymark_domain::energy::Thresholds::default(),
            mail_url: None,
            mail_from: "Waymark <waymark@localhost>".into(),
            digest_check_minutes: 10,
            retention: crate::retention::Retention::default(),
            log_format: LogFormat::Text,
        }
    }
}

impl Config {
    /// Reads `file` when it exists, then the environment.
    pub fn load(file: &Path) -> anyhow::Result<Self> {
        let config: Config = Figment::from(Serialized::defaults(Config::default()))
            .merge(Toml::file(file))
            .merge(Env::prefixed("WAYMARK_").split("__"))
            .merge(
                Env::raw()
                    .only(&["DATABASE_URL"])
                    .map(|_| "database_url".into()),
            )
            .extract()?;
        if let Some(secret) = &config.secret {
            anyhow::ensure!(
                secret.len() >= 32,
                "the secret must be at least 32 bytes long"
            );
        }
        config.retention.check()?;
        Ok(config)
    }

    /// The mail sender, when one is set. Real mail needs the public URL, since its
    /// links must reach the site from a reader's inbox; mail written to files (trying
    /// Waymark out) may link to the listening address instead.
    pub fn mail_sender(&self) -> anyhow::Result<Option<crate::mail::Sender>> {
        let Some(url) = self.mail_url.as_deref() else {
            return Ok(None);
        };
        anyhow::ensure!(
            self.public_url.is_some() || url.starts_with("file://"),
            "sending mail through a mail server needs WAYMARK_PUBLIC_URL (public_url in the \
             config file), the address readers reach this site at, e.g. \
             https://map.example.org: links in mails start with it"
        );
        crate::mail::Sender::from_url(url).map(Some)
    }

    pub fn mail_from(&self) -> anyhow::Result<lettre::message::Mailbox> {
        self.mail_from
            .parse()
            .map_err(|e| anyhow::anyhow!("WAYMARK_MAIL_FROM is not a mail address: {e}"))
    }

    /// The address links in mails start with: the public URL, else (mail written to
    /// files, or none sent) the listening address.
    pub fn base_url(&self) -> String {
        self.public_url
            .as_deref()
            .map(|u| u.trim_end_matches('/').to_owned())
            .unwrap_or_else(|| format!("http://{}", self.listen))
    }

    pub fn database_url(&self) -> anyhow::Result<&str> {
        self.database_url
            .as_deref()
            .ok_or_else(|| anyhow::anyhow!("set DATABASE_URL (or database_url in the config file)"))
    }
}

#[cfg(test)]
// figment's `Jail` closures return its own large error type; that is its API, not ours.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;

    #[test]
    fn defaults_listen_on_loopback_only() {
        let c = Config::default();
        assert!(c.listen.ip().is_loopback());
        assert_eq!(c.listen.port(), 8080);
    }

    #[test]
    fn the_environment_overrides_the_file() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "waymark.toml",
                "listen = \"127.0.0.1:9000\"\nbody_limit = 10",
            )?;
            jail.set_env("WAYMARK_LISTEN", "127.0.0.1:9100");
            jail.set_env("DATABASE_URL", "postgres://x/y");
            let c = Config::load(Path::new("waymark.toml")).map_err(|e| e.to_string())?;
            assert_eq!(c.listen.port(), 9100);
            assert_eq!(c.body_limit, 10);
            assert_eq!(c.database_url.as_deref(), Some("postgres://x/y"));
            Ok(())
        });
    }

    /// A runtime, since lettre's SMTP pool starts a task of its own.
    #[tokio::test]
    async fn a_mail_server_without_a_public_url_is_refused() {
        let smtp = Config {
            mail_url: Some("smtp://localhost:25".into()),
            ..Config::default()
        };
        let refused = smtp.mail_sender().err().expect("refused").to_string();
        assert!(refused.contains("WAYMARK_PUBLIC_URL"), "{refused}");
        let with_public_url = Config {
            public_url: Some("https://map.example.org".into()),
            ..smtp
        };
        assert!(with_public_url.mail_sender().is_ok_and(|s| s.is_some()));
        let dir = std::env::temp_dir().join(format!("waymark-mail-{}", uuid::Uuid::new_v4()));
        let files = Config {
            mail_url: Some(format!("file://{}", dir.display())),
            ..Config::default()
        };
        assert!(files.mail_sender().is_ok_and(|s| s.is_some()));
        assert_eq!(files.base_url(), "http://127.0.0.1:8080");
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn retention_comes_from_the_environment_and_keeps_a_week_of_events() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("WAYMARK_RETENTION__EVENTS_DAYS", "90");
            let c = Config::load(Path::new("none.toml")).map_err(|e| e.to_string())?;
            assert_eq!(c.retention.events_days, 90);
            assert_eq!(c.retention.expired_sessions_days, 7);
            jail.set_env("WAYMARK_RETENTION__EVENTS_DAYS", "3");
            assert!(Config::load(Path::new("none.toml")).is_err());
            Ok(())
        });
    }

    #[test]
    fn a_short_secret_is_refused() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("WAYMARK_SECRET", "short");
            assert!(Config::load(Path::new("none.toml")).is_err());
            Ok(())
        });
    }
}

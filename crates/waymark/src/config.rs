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
    /// How long a changed tile may still be served while its new version renders, in
    /// milliseconds (`WAYMARK_TILE_STALE_MS`); older than that, a request waits for it.
    pub tile_stale_ms: u64,
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
    /// What `serve` (hourly) and `waymark privacy purge` delete or cut, and when
    /// (`[retention]` in the file; `WAYMARK_RETENTION__EVENTS_DAYS` and so on). The
    /// settings and their defaults are listed in the README's Retention paragraph.
    pub retention: crate::retention::Retention,
    /// `text` or `json` logs (`WAYMARK_LOG_FORMAT`); the level comes from `RUST_LOG`.
    pub log_format: LogFormat,
    /// The reverse proxies in front of Waymark, comma-separated addresses or networks
    /// (`WAYMARK_TRUSTED_PROXIES`, e.g. `127.0.0.1, ::1` for nginx on the same machine):
    /// only their `X-Forwarded-For` names the client that rate limits count.
    pub trusted_proxies: String,
    /// Where uploaded files (group resources, project photos) are kept
    /// (`WAYMARK_STORAGE_URL`): `file:///dir`, `s3://bucket/prefix` (credentials and
    /// endpoint from the `AWS_*` variables), or `memory:`. Unset: the folder `storage`
    /// where Waymark starts. Several servers must share one store.
    pub storage_url: Option<String>,
    /// Largest uploaded file in bytes (`WAYMARK_UPLOAD_MAX_BYTES`).
    pub upload_max_bytes: usize,
    /// Streaming replicas for public reads, space- or comma-separated URLs
    /// (`WAYMARK_READ_DATABASE_URLS`), and how long a read waits, in milliseconds, for one
    /// to replay the reader's own last write before reading the primary
    /// (`WAYMARK_READ_WAIT_MS`).
    pub read_database_urls: Option<String>,
    pub read_wait_ms: u64,
    /// Whether the write and sign-in limits are counted in PostgreSQL as well, shared by
    /// every Waymark process on the database (`WAYMARK_SHARED_LIMITS`, on by default);
    /// off, each process counts alone, so N processes behind one address allow N times
    /// the limits.
    pub shared_limits: bool,
    /// How many groups of new pins are written at once, each in one transaction on a
    /// connection of its own (`WAYMARK_PIN_WRITERS`); the pins posted meanwhile wait for
    /// the next group.
    pub pin_writers: usize,
}

/// Something `waymark check-config` says about a configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// Not safe for a public site.
    Unsafe(String),
    /// Worth knowing; fine for some setups.
    Note(String),
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
            tile_stale_ms: 2000,
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
            trusted_proxies: String::new(),
            storage_url: None,
            upload_max_bytes: waymark_api::files::DEFAULT_MAX_BYTES,
            read_database_urls: None,
            read_wait_ms: 500,
            shared_limits: true,
            pin_writers: waymark_api::contributions::writer::WRITERS,
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
        config.trusted_proxies()?;
        let most = waymark_api::contributions::writer::MAX_WRITERS;
        anyhow::ensure!(
            (1..=most).contains(&config.pin_writers),
            "WAYMARK_PIN_WRITERS (pin_writers) must be from 1 to {most}, not {}",
            config.pin_writers
        );
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

    /// The storage URL in effect: the setting, else `file://` the folder `storage` here.
    pub fn storage_url(&self) -> anyhow::Result<String> {
        match &self.storage_url {
            Some(url) => Ok(url.clone()),
            None => Ok(format!(
                "file://{}",
                std::env::current_dir()?.join("storage").display()
            )),
        }
    }

    /// The read replicas' URLs. A comma also separates a multi-host URL's hosts, so a
    /// new URL starts only where a piece begins with its scheme.
    pub fn read_database_urls(&self) -> Vec<String> {
        let mut urls: Vec<String> = Vec::new();
        let pieces = self.read_database_urls.as_deref().unwrap_or_default();
        for piece in pieces
            .split([',', ' ', '\n', '\t'])
            .filter(|p| !p.is_empty())
        {
            match urls.last_mut() {
                Some(last) if !piece.starts_with("postgres") => {
                    last.push(',');
                    last.push_str(piece);
                }
                _ => urls.push(piece.to_owned()),
            }
        }
        urls
    }

    /// Opens the file store.
    pub fn files(&self) -> anyhow::Result<waymark_api::files::FileStore> {
        waymark_api::files::FileStore::open(&self.storage_url()?, self.upload_max_bytes)
    }

    /// The trusted proxies' networks; a bare address is a network of one.
    pub fn trusted_proxies(&self) -> anyhow::Result<Vec<ipnet::IpNet>> {
        self.trusted_proxies
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<ipnet::IpNet>()
                    .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .map_err(|_| {
                        anyhow::anyhow!(
                            "WAYMARK_TRUSTED_PROXIES: '{s}' is not an address or a network"
                        )
                    })
            })
            .collect()
    }

    /// The settings in effect, as `name = value` lines, with passwords and the secret
    /// left out.
    pub fn effective(&self) -> Vec<(&'static str, String)> {
        let or_unset = |v: &Option<String>| v.as_deref().map_or("(unset)".into(), hide_password);
        vec![
            ("database_url", or_unset(&self.database_url)),
            ("listen", self.listen.to_string()),
            ("public_url", or_unset(&self.public_url)),
            (
                "secret",
                self.secret
                    .as_ref()
                    .map_or("(unset)".into(), |s| format!("(set, {} bytes)", s.len())),
            ),
            ("trusted_proxies", self.trusted_proxies.clone()),
            ("db_max_connections", self.db_max_connections.to_string()),
            (
                "db_acquire_timeout_ms",
                self.db_acquire_timeout_ms.to_string(),
            ),
            ("body_limit", self.body_limit.to_string()),
            ("ui_dir", self.ui_dir.display().to_string()),
            ("basemap_dir", self.basemap_dir.display().to_string()),
            ("basemap_tiles", or_unset(&self.basemap_tiles)),
            ("tile_cache_mb", self.tile_cache_mb.to_string()),
            ("tile_stale_ms", self.tile_stale_ms.to_string()),
            (
                "storage_url",
                self.storage_url().unwrap_or_else(|e| e.to_string()),
            ),
            ("upload_max_bytes", self.upload_max_bytes.to_string()),
            (
                "read_database_urls",
                self.read_database_urls()
                    .iter()
                    .map(|u| hide_password(u))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            ("read_wait_ms", self.read_wait_ms.to_string()),
            ("shared_limits", self.shared_limits.to_string()),
            ("pin_writers", self.pin_writers.to_string()),
            (
                "writes_per_minute_per_ip",
                self.writes_per_minute_per_ip.to_string(),
            ),
            (
                "writes_per_minute_per_account",
                self.writes_per_minute_per_account.to_string(),
            ),
            ("logins_per_minute", self.logins_per_minute.to_string()),
            ("mail_url", or_unset(&self.mail_url)),
            ("mail_from", self.mail_from.clone()),
            (
                "retention.events_days",
                self.retention.events_days.to_string(),
            ),
            (
                "retention.expired_sessions_days",
                self.retention.expired_sessions_days.to_string(),
            ),
            (
                "retention.unconfirmed_subscriptions_days",
                self.retention.unconfirmed_subscriptions_days.to_string(),
            ),
            (
                "retention.sent_mail_days",
                self.retention.sent_mail_days.to_string(),
            ),
            (
                "retention.idempotency_keys_days",
                self.retention.idempotency_keys_days.to_string(),
            ),
            (
                "retention.visitor_links_days",
                self.retention.visitor_links_days.to_string(),
            ),
            (
                "retention.inactive_accounts_days",
                self.retention.inactive_accounts_days.to_string(),
            ),
            (
                "retention.inactive_warning_days",
                self.retention.inactive_warning_days.to_string(),
            ),
            (
                "retention.about_you_days",
                self.retention.about_you_days.to_string(),
            ),
            (
                "retention.help_requests_days",
                self.retention.help_requests_days.to_string(),
            ),
            (
                "log_format",
                format!("{:?}", self.log_format).to_lowercase(),
            ),
        ]
    }

    /// What is unsafe, or worth knowing, about this configuration for a public site.
    pub fn findings(&self) -> Vec<Finding> {
        let mut found = Vec::new();
        if self.database_url.is_none() {
            found.push(Finding::Unsafe(
                "no DATABASE_URL: Waymark cannot start".into(),
            ));
        }
        if self.secret.is_none() {
            found.push(Finding::Unsafe(
                "no WAYMARK_SECRET: visitors' cookies (their pins and support) are lost at \
                 every restart, and two processes cannot share a site"
                    .into(),
            ));
        }
        match self.public_url.as_deref() {
            None => found.push(Finding::Unsafe(
                "no WAYMARK_PUBLIC_URL: links in mails would point at the listening address, \
                 and cookies are not marked Secure"
                    .into(),
            )),
            Some(url) if !url.starts_with("https://") => found.push(Finding::Unsafe(format!(
                "WAYMARK_PUBLIC_URL {url} is not https: sign-in cookies would cross the \
                 network in clear"
            ))),
            Some(_) => {}
        }
        match self.trusted_proxies() {
            Err(e) => found.push(Finding::Unsafe(e.to_string())),
            Ok(proxies) if proxies.is_empty() && self.listen.ip().is_loopback() => {
                found.push(Finding::Note(
                    "listening on loopback with no WAYMARK_TRUSTED_PROXIES: behind a proxy, \
                     every visitor shares the proxy's rate limits"
                        .into(),
                ));
            }
            Ok(proxies) if proxies.iter().any(|p| p.prefix_len() == 0) => {
                found.push(Finding::Unsafe(
                    "WAYMARK_TRUSTED_PROXIES trusts every address: anyone can choose the \
                     address their rate limits count"
                        .into(),
                ));
            }
            Ok(_) => {}
        }
        if !self.listen.ip().is_loopback()
            && self
                .public_url
                .as_deref()
                .is_some_and(|u| u.starts_with("https://"))
        {
            found.push(Finding::Note(format!(
                "listening on {} directly: Waymark speaks plain HTTP, so put a TLS proxy \
                 in front and listen on 127.0.0.1",
                self.listen
            )));
        }
        for (name, limit) in [
            (
                "WAYMARK_WRITES_PER_MINUTE_PER_IP",
                self.writes_per_minute_per_ip,
            ),
            (
                "WAYMARK_WRITES_PER_MINUTE_PER_ACCOUNT",
                self.writes_per_minute_per_account,
            ),
            ("WAYMARK_LOGINS_PER_MINUTE", self.logins_per_minute),
        ] {
            if limit == 0 {
                found.push(Finding::Unsafe(format!("{name} is 0: that limit is off")));
            }
        }
        if self.mail_url.is_none() {
            found.push(Finding::Note(
                "no WAYMARK_MAIL_URL: confirmation and reset mails wait in the database".into(),
            ));
            if self.retention.inactive_accounts_days > 0 {
                found.push(Finding::Unsafe(
                    "WAYMARK_RETENTION__INACTIVE_ACCOUNTS_DAYS is set but no WAYMARK_MAIL_URL: unused accounts would be deleted without their warning mail"
                        .into(),
                ));
            }
        } else if let Err(e) = self.mail_sender() {
            found.push(Finding::Unsafe(e.to_string()));
        }
        match self.storage_url() {
            Ok(url) if url.starts_with("file://") => found.push(Finding::Note(format!(
                "uploaded files are kept in {url}: several servers need one shared store \
                 (WAYMARK_STORAGE_URL=s3://bucket), and backups must include it"
            ))),
            Ok(url) if url == "memory:" => found.push(Finding::Unsafe(
                "WAYMARK_STORAGE_URL is memory:: uploaded files are lost at every restart".into(),
            )),
            Ok(_) => {}
            Err(e) => found.push(Finding::Unsafe(e.to_string())),
        }
        found
    }

    pub fn database_url(&self) -> anyhow::Result<&str> {
        self.database_url
            .as_deref()
            .ok_or_else(|| anyhow::anyhow!("set DATABASE_URL (or database_url in the config file)"))
    }
}

/// `scheme://user:password@host/…` with the password replaced by `***`.
fn hide_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (authority, path) = rest
        .split_once('/')
        .map_or((rest, None), |(a, p)| (a, Some(p)));
    let authority = match authority.rsplit_once('@') {
        Some((credentials, host)) => match credentials.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => format!("{credentials}@{host}"),
        },
        None => authority.to_owned(),
    };
    match path {
        Some(path) => format!("{scheme}://{authority}/{path}"),
        None => format!("{scheme}://{authority}"),
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

    #[test]
    fn read_replicas_are_listed_with_spaces_or_commas() {
        let c = Config {
            read_database_urls: Some(
                "postgres://u:p@r1/db, postgresql://u@r2:5433,r3:5433/db\npostgres://r4/db".into(),
            ),
            ..Config::default()
        };
        assert_eq!(
            c.read_database_urls(),
            vec![
                "postgres://u:p@r1/db",
                "postgresql://u@r2:5433,r3:5433/db",
                "postgres://r4/db"
            ]
        );
        assert!(Config::default().read_database_urls().is_empty());
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
            jail.set_env("WAYMARK_RETENTION__EVENTS_DAYS", "30");
            jail.set_env("WAYMARK_RETENTION__VISITOR_LINKS_DAYS", "0");
            jail.set_env("WAYMARK_RETENTION__INACTIVE_ACCOUNTS_DAYS", "1095");
            let c = Config::load(Path::new("none.toml")).map_err(|e| e.to_string())?;
            assert_eq!(c.retention.visitor_links_days, 0);
            assert_eq!(c.retention.inactive_accounts_days, 1095);
            assert_eq!(c.retention.inactive_warning_days, 30);
            let said = c
                .findings()
                .into_iter()
                .filter_map(|f| match f {
                    Finding::Unsafe(t) => Some(t),
                    Finding::Note(_) => None,
                })
                .collect::<Vec<_>>()
                .join("\n");
            assert!(said.contains("without their warning mail"), "{said}");
            for zero in [
                "SENT_MAIL_DAYS",
                "IDEMPOTENCY_KEYS_DAYS",
                "UNCONFIRMED_SUBSCRIPTIONS_DAYS",
                "INACTIVE_WARNING_DAYS",
            ] {
                jail.set_env(format!("WAYMARK_RETENTION__{zero}"), "0");
                let refused = Config::load(Path::new("none.toml")).err();
                assert!(refused.is_some(), "{zero} = 0 is refused");
                jail.set_env(format!("WAYMARK_RETENTION__{zero}"), "7");
            }
            Ok(())
        });
    }

    /// A runtime, since checking a mail server's URL starts lettre's SMTP pool.
    #[tokio::test]
    async fn check_config_names_what_is_unsafe_and_hides_passwords() {
        let unsafe_texts = |c: &Config| -> Vec<String> {
            c.findings()
                .into_iter()
                .filter_map(|f| match f {
                    Finding::Unsafe(t) => Some(t),
                    Finding::Note(_) => None,
                })
                .collect()
        };
        let bare = Config::default();
        let said = unsafe_texts(&bare).join("\n");
        for expected in ["DATABASE_URL", "WAYMARK_SECRET", "WAYMARK_PUBLIC_URL"] {
            assert!(said.contains(expected), "{said}");
        }
        let plain_http = Config {
            public_url: Some("http://map.example.org".into()),
            ..Config::default()
        };
        assert!(unsafe_texts(&plain_http).join("\n").contains("not https"));
        let everyone = Config {
            trusted_proxies: "0.0.0.0/0".into(),
            ..Config::default()
        };
        assert!(
            unsafe_texts(&everyone)
                .join("\n")
                .contains("trusts every address")
        );
        let no_limit = Config {
            logins_per_minute: 0,
            ..Config::default()
        };
        assert!(
            unsafe_texts(&no_limit)
                .join("\n")
                .contains("WAYMARK_LOGINS_PER_MINUTE is 0")
        );

        let production = Config {
            database_url: Some("postgres://waymark:s3cret@db.internal:5432/waymark".into()),
            public_url: Some("https://map.example.org".into()),
            secret: Some("x".repeat(40)),
            trusted_proxies: "127.0.0.1, ::1".into(),
            mail_url: Some("smtps://mailer:hunter2@mail.example.org".into()),
            ..Config::default()
        };
        assert_eq!(unsafe_texts(&production), Vec::<String>::new());
        assert_eq!(production.trusted_proxies().unwrap().len(), 2);
        let shown = format!("{:?}", production.effective());
        assert!(
            shown.contains("postgres://waymark:***@db.internal:5432/waymark"),
            "{shown}"
        );
        assert!(
            shown.contains("smtps://mailer:***@mail.example.org"),
            "{shown}"
        );
        assert!(!shown.contains("s3cret") && !shown.contains("hunter2") && !shown.contains("xxxx"));
    }

    #[test]
    fn a_trusted_proxy_must_be_an_address_or_a_network() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("WAYMARK_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8");
            let c = Config::load(Path::new("none.toml")).map_err(|e| e.to_string())?;
            assert_eq!(c.trusted_proxies().unwrap().len(), 2);
            jail.set_env("WAYMARK_TRUSTED_PROXIES", "nginx");
            assert!(Config::load(Path::new("none.toml")).is_err());
            Ok(())
        });
    }

    #[test]
    fn pin_writers_are_one_to_sixty_four() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("WAYMARK_PIN_WRITERS", "64");
            let c = Config::load(Path::new("none.toml")).map_err(|e| e.to_string())?;
            assert_eq!(c.pin_writers, 64);
            for wrong in ["0", "65"] {
                jail.set_env("WAYMARK_PIN_WRITERS", wrong);
                let error = Config::load(Path::new("none.toml"))
                    .unwrap_err()
                    .to_string();
                assert!(error.contains("WAYMARK_PIN_WRITERS"), "{error}");
            }
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

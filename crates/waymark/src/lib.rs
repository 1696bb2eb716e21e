//! The `waymark` command as a library: configuration, serving and the data loaders,
//! so that tests drive the same code as the binary.

pub mod config;
pub mod import;
pub mod mail;
pub mod organisations;
pub mod plans;
pub mod privacy;
pub mod retention;
pub mod seed;
mod seed_energy;
mod seed_files;
mod seed_groups;
pub mod users;

use std::path::PathBuf;

use anyhow::Context;
use axum_extra::extract::cookie::Key;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use config::{Config, LogFormat};

#[derive(Debug, Parser)]
#[command(
    name = "waymark",
    version,
    about = "Participatory mapping for neighbourhood planning"
)]
struct Cli {
    /// Configuration file (TOML); `WAYMARK_*` variables and `DATABASE_URL` override it.
    #[arg(
        long,
        global = true,
        env = "WAYMARK_CONFIG",
        default_value = "waymark.toml"
    )]
    config: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the API, tiles and map UI.
    #[command(after_help = "Example:\n  DATABASE_URL=postgres://localhost/waymark \
                            WAYMARK_LISTEN=127.0.0.1:8080 waymark serve")]
    Serve,
    /// Print the settings in effect and what is unsafe about them for a public site;
    /// exits with status 1 when something is.
    #[command(name = "check-config")]
    CheckConfig,
    /// Bring the database schema up to date.
    #[command(after_help = "Example:\n  DATABASE_URL=postgres://localhost/waymark waymark migrate")]
    Migrate,
    /// Import published data, all or nothing.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Set up plans (towns).
    #[command(subcommand)]
    Plan(plans::PlanCommand),
    /// Write reports.
    #[command(subcommand)]
    Report(ReportCommand),
    /// Manage accounts.
    #[command(subcommand)]
    User(users::UserCommand),
    /// Manage a plan's organisations, which answer what people said.
    #[command(subcommand)]
    Org(organisations::OrgCommand),
    /// Make the digests that are due and send every queued mail, once (for cron; `serve`
    /// does this by itself).
    #[command(after_help = "Example:\n  WAYMARK_MAIL_URL=smtp://localhost:25 waymark mail")]
    Mail,
    /// People's data: purge what is past its retention period (for cron; `serve` does
    /// this by itself every hour).
    #[command(subcommand)]
    Privacy(privacy::PrivacyCommand),
    /// Load demo or synthetic data.
    #[command(
        after_help = "Examples:\n  waymark seed --demo\n  waymark seed --synthetic 1000000\n  waymark seed --synthetic --plans 50 --pins-per-plan 200000"
    )]
    Seed(seed::SeedArgs),
}

#[derive(Debug, Subcommand)]
enum ReportCommand {
    /// The monthly dialogue report per neighbourhood, written to standard output.
    #[command(
        after_help = "Example:\n  waymark report dialogue --plan milton-keynes --month 2026-10 --format html --lang pl > october.html"
    )]
    Dialogue {
        #[arg(long)]
        plan: String,
        /// YYYY-MM.
        #[arg(long)]
        month: String,
        #[arg(long)]
        neighbourhood: Option<String>,
        /// html, csv, md, geojson or json.
        #[arg(long, default_value = "html")]
        format: String,
        /// The language of the HTML report: en-GB, pl, ro, pt, ur or ar.
        #[arg(long, default_value = "en-GB")]
        lang: String,
    },
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Network capacity data (substations, supply areas, constraint zones) through a
    /// column-mapping profile: built in `generic`, `nged`, `ukpn`, or a profile file.
    #[command(
        after_help = "Examples:\n  waymark import network --profile nged --file network-capacity.csv\n  \
                            waymark import network --profile my-operator.toml --file export.csv"
    )]
    Network {
        #[arg(long)]
        profile: String,
        #[arg(long)]
        file: PathBuf,
    },
    /// Earlier conversation logs (CSV or GeoJSON), all or nothing; bad rows are named by
    /// line. Columns are Waymark's field names unless `--profile` maps them.
    #[command(
        after_help = "Example:\n  waymark import contributions --plan milton-keynes --file logs-2024.csv"
    )]
    Contributions {
        #[arg(long)]
        plan: String,
        #[arg(long)]
        file: PathBuf,
        /// A TOML file with `[columns]` field = "source column".
        #[arg(long)]
        profile: Option<PathBuf>,
    },
    /// A plan's neighbourhoods from a boundary file (GeoJSON, GeoPackage, Shapefile or a
    /// zipped Shapefile, in any projection the file names), all or nothing. Ones whose
    /// name matches keep their ids; every pin is placed again, and pins outside every
    /// neighbourhood are listed.
    #[command(
        after_help = "Examples:\n  waymark import neighbourhoods --plan testville --file wards.gpkg\n  \
                      waymark import neighbourhoods --plan testville --file wards.shp --name-field WARD_NAME"
    )]
    Neighbourhoods {
        /// The plan's slug.
        #[arg(long)]
        plan: String,
        /// A .geojson/.json, .gpkg, .shp (with its .shx, .dbf, .prj beside it) or a .zip
        /// holding a Shapefile.
        #[arg(long)]
        file: PathBuf,
        /// The field naming each neighbourhood (default: name, NAME or Name).
        #[arg(long)]
        name_field: Option<String>,
        /// The layer to read, when the file has several.
        #[arg(long)]
        layer: Option<String>,
    },
    /// A basemap for a plan, with no outside requests: an OpenStreetMap extract (read with
    /// osm2pgsql) or a PMTiles archive of vector tiles (served as it is).
    #[command(
        after_help = "Examples:\n  waymark import basemap --plan milton-keynes --osm milton-keynes.osm.pbf\n  \
                            waymark import basemap --plan milton-keynes --pmtiles milton-keynes.pmtiles"
    )]
    Basemap(import::basemap::BasemapArgs),
    /// Future headroom per substation, scenario and year from an operator's Distribution
    /// Future Energy Scenarios (DFES) file, through a column-mapping profile: built in
    /// `long` (one row per year) and `wide` (one column per year), or a profile file. All or
    /// nothing; it replaces the years of the substations and scenarios the file names.
    #[command(
        after_help = "Examples:\n  waymark import dfes --profile long --file dfes-network-headroom.csv\n  \
                      waymark import dfes --profile my-operator-dfes.toml --file dfes-2025.csv"
    )]
    Dfes {
        #[arg(long)]
        profile: String,
        #[arg(long)]
        file: PathBuf,
    },
    /// The number of homes in each neighbourhood of a plan, from a CSV file with the header
    /// `neighbourhood,homes[,source]` (a neighbourhood by slug or name), all or nothing.
    #[command(
        after_help = "Example:\n  waymark import homes --plan milton-keynes --file homes.csv"
    )]
    Homes {
        /// The plan's slug; may be left out when there is only one plan.
        #[arg(long)]
        plan: Option<String>,
        #[arg(long)]
        file: PathBuf,
    },
    /// Who lives in each neighbourhood of a plan, in all and by census band, from a CSV
    /// file with the header `neighbourhood,dimension,band,people[,source]`: `dimension` is
    /// `total` (band `all`) or one of age, gender, ethnic_group, disability, tenure with one
    /// of its bands. Or, with `--profile ons`, from ONS 2021 census tables as the ONS's
    /// custom dataset service gives them (one `--file` per table) added up into
    /// neighbourhoods by `--areas` (`area_code,neighbourhood`). Replaces the plan's
    /// figures, all or nothing.
    #[command(
        after_help = "Examples:\n  waymark import population --plan milton-keynes --file population.csv\n  waymark import population --plan milton-keynes --profile ons --areas lsoa-to-neighbourhood.csv \\\n      --file TS007.csv --file TS008.csv --file TS021.csv --file TS038.csv --file TS054.csv"
    )]
    Population {
        /// The plan's slug; may be left out when there is only one plan.
        #[arg(long)]
        plan: Option<String>,
        /// The file; with `--profile ons`, one per census table.
        #[arg(long, required = true)]
        file: Vec<PathBuf>,
        /// `waymark` (the header above) or `ons` (census tables).
        #[arg(long, default_value = "waymark", value_parser = ["waymark", "ons"])]
        profile: String,
        /// With `--profile ons`: which neighbourhood each census area lies in.
        #[arg(long, required_if_eq("profile", "ons"))]
        areas: Option<PathBuf>,
    },
}

/// Runs the command line the process was started with.
pub async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let config = Config::load(&cli.config)?;
    init_tracing(config.log_format);
    match cli.command {
        Command::Serve => serve(config).await,
        Command::CheckConfig => check_config(&config),
        Command::Migrate => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            waymark_store::MIGRATOR.run(&pool).await?;
            tracing::info!("database schema is up to date");
            Ok(())
        }
        Command::Import(ImportCommand::Network { profile, file }) => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            let profile = import::network::Profile::load(&profile)?;
            let report = import::network::import(&pool, &profile, &file).await?;
            tracing::info!(
                substations = report.substations,
                supply_areas = report.supply_areas,
                constraint_zones = report.constraint_zones,
                "imported the network"
            );
            Ok(())
        }
        Command::Import(ImportCommand::Dfes { profile, file }) => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            let profile = import::dfes::Profile::load(&profile)?;
            let report = import::dfes::import(&pool, &profile, &file).await?;
            let (first, last) = report.years.unwrap_or_default();
            tracing::info!(
                rows = report.rows,
                substations = report.substations,
                scenarios = %report.scenarios.join(", "),
                first,
                last,
                "imported DFES headroom"
            );
            Ok(())
        }
        Command::Import(ImportCommand::Homes { plan, file }) => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            let plan_id = import::homes::plan_id(&pool, plan.as_deref()).await?;
            let set = import::homes::import(&pool, plan_id, &file).await?;
            tracing::info!(neighbourhoods = set, "imported homes");
            Ok(())
        }
        Command::Import(ImportCommand::Population {
            plan,
            file,
            profile,
            areas,
        }) => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            let plan_id = import::homes::plan_id(&pool, plan.as_deref()).await?;
            let stored = match (profile.as_str(), areas, &file[..]) {
                ("ons", Some(areas), tables) => {
                    import::population::import_ons(&pool, plan_id, tables, &areas).await?
                }
                (_, _, [one]) => import::population::import(&pool, plan_id, one).await?,
                _ => anyhow::bail!("give one --file (several only with --profile ons)"),
            };
            tracing::info!(figures = stored, "imported the population");
            Ok(())
        }
        Command::Import(ImportCommand::Contributions {
            plan,
            file,
            profile,
        }) => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            let mapping = import::contributions::Mapping::load(profile.as_deref())?;
            let rows = import::contributions::import(&pool, &plan, &file, &mapping).await?;
            tracing::info!(rows, plan, "imported contributions");
            Ok(())
        }
        Command::Import(ImportCommand::Neighbourhoods {
            plan,
            file,
            name_field,
            layer,
        }) => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            let options = waymark_boundaries::Options { name_field, layer };
            let report = plans::import_neighbourhoods(&pool, &plan, &file, &options).await?;
            print!("{}", plans::summary(&report));
            Ok(())
        }
        Command::Plan(plans::PlanCommand::Create {
            slug,
            name,
            description,
            bbox,
            anonymous,
            moderation,
        }) => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            let said = plans::create(
                &pool,
                &slug,
                &name,
                &description,
                bbox.as_deref(),
                anonymous,
                &moderation,
            )
            .await?;
            print!("{said}");
            Ok(())
        }
        Command::Import(ImportCommand::Basemap(args)) => {
            let url = config.database_url()?;
            let pool = waymark_store::connect(url, 2).await?;
            import::basemap::run(&pool, url, &config.basemap_dir, args).await
        }
        Command::Report(ReportCommand::Dialogue {
            plan,
            month,
            neighbourhood,
            format,
            lang,
        }) => {
            let lang = waymark_i18n::Lang::from_tag(&lang).ok_or_else(|| {
                anyhow::anyhow!("--lang is en-GB, pl, ro, pt, ur or ar, not '{lang}'")
            })?;
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            let month =
                waymark_domain::report::Month::parse(&month).map_err(|e| anyhow::anyhow!("{e}"))?;
            let mut conn = pool.acquire().await?;
            let report =
                waymark_store::reports::dialogue(&mut conn, &plan, month, neighbourhood.as_deref())
                    .await?
                    .ok_or_else(|| {
                        anyhow::anyhow!("no plan '{plan}' (or no such neighbourhood)")
                    })?;
            let text = match format.as_str() {
                "html" => report.to_html(lang),
                "csv" => report.to_csv(),
                "md" => report.to_markdown(lang),
                "geojson" => waymark_api::reports::pins_geojson(&report).to_string(),
                "json" => serde_json::to_string_pretty(&report)?,
                other => anyhow::bail!("--format is html, csv, md, geojson or json, not '{other}'"),
            };
            print!("{text}");
            Ok(())
        }
        Command::Mail => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            let digests = mail::periodic(&pool, &config.base_url()).await?;
            let sent = match config.mail_sender()? {
                Some(sender) => mail::deliver_pending(&pool, &sender, &config.mail_from()?).await?,
                None => {
                    tracing::warn!("no mail sender set (WAYMARK_MAIL_URL): mails stay queued");
                    0
                }
            };
            tracing::info!(digests, sent, "mail done");
            Ok(())
        }
        Command::User(command) => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            users::run(&pool, command).await
        }
        Command::Org(command) => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            print!("{}", organisations::run(&pool, command).await?);
            Ok(())
        }
        Command::Privacy(command) => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            print!(
                "{}",
                privacy::run(&pool, &config.retention, &config.base_url(), command).await?
            );
            Ok(())
        }
        Command::Seed(args) => {
            let pool = waymark_store::connect(config.database_url()?, 2).await?;
            // The demo's files go where `serve` reads them (WAYMARK_STORAGE_URL).
            seed::run(&pool, args, &config.files()?).await
        }
    }
}

fn check_config(config: &Config) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    for (name, value) in config.effective() {
        writeln!(out, "{name} = {value}")?;
    }
    let findings = config.findings();
    let mut unsafe_count = 0;
    for finding in &findings {
        match finding {
            config::Finding::Unsafe(text) => {
                unsafe_count += 1;
                writeln!(out, "UNSAFE: {text}")?;
            }
            config::Finding::Note(text) => writeln!(out, "note: {text}")?,
        }
    }
    anyhow::ensure!(
        unsafe_count == 0,
        "{unsafe_count} unsafe setting(s) for a public site"
    );
    writeln!(out, "ok: nothing unsafe for a public site")?;
    Ok(())
}

fn init_tracing(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

pub async fn serve(config: Config) -> anyhow::Result<()> {
    let pool = waymark_store::connect_waiting_at_most(
        config.database_url()?,
        config.db_max_connections,
        std::time::Duration::from_millis(config.db_acquire_timeout_ms),
    )
    .await
    .context("connecting to the database")?;
    // A schema newer than this build may have changed what this build's queries assume:
    // serving on it could write wrong data. An older one only lacks what is new.
    match waymark_store::schema_versions(&pool).await? {
        (known, Some(applied)) if applied > known => anyhow::bail!(
            "the database's schema is at migration {applied}, newer than this waymark knows \
             ({known}); run the newer version of waymark"
        ),
        (known, applied) if applied != Some(known) => tracing::warn!(
            known,
            applied,
            "the database's schema is older than this waymark: run `waymark migrate`"
        ),
        _ => {}
    }
    let cookie_key = match &config.secret {
        Some(secret) => Key::derive_from(secret.as_bytes()),
        None => {
            tracing::warn!("no WAYMARK_SECRET set: visitor cookies will not outlive this process");
            Key::generate()
        }
    };
    let api_config = waymark_api::ApiConfig {
        cookie_secure: config
            .public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://")),
        public_url: config.public_url.clone(),
        body_limit: config.body_limit,
        ui_dir: config.ui_dir.clone(),
        cluster_below_zoom: config.cluster_below_zoom,
        tile_cache_bytes: config.tile_cache_mb * 1024 * 1024,
        tile_stale_max: std::time::Duration::from_millis(config.tile_stale_ms),
        basemap: config
            .basemap_tiles
            .clone()
            .map(|tiles| waymark_api::ExternalBasemap {
                tiles,
                attribution: config.basemap_attribution.clone().unwrap_or_default(),
            }),
        basemap_dir: config.basemap_dir.clone(),
        database_url: Some(config.database_url()?.to_owned()),
        trusted_proxies: config.trusted_proxies()?,
        limits: waymark_api::limits::LimitsConfig {
            writes_per_minute_per_ip: config.writes_per_minute_per_ip,
            workshop_writes_per_minute_per_ip: config.workshop_writes_per_minute_per_ip,
            writes_per_minute_per_account: config.writes_per_minute_per_account,
            logins_per_minute: config.logins_per_minute,
        },
        feasibility: config.feasibility,
        retention: config.retention,
        files: config.files()?,
        read_database_urls: config.read_database_urls(),
        read_wait: std::time::Duration::from_millis(config.read_wait_ms),
        tiles_wait_for_replay: true,
        shared_limits: config.shared_limits,
        pin_writers: config.pin_writers,
    };
    let mail_sender = config.mail_sender()?;
    let mail_from = config.mail_from()?;
    let state = waymark_api::AppState::new(pool.clone(), api_config, cookie_key);
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("listening on {}", config.listen))?;
    let address = listener.local_addr()?;
    tracing::info!("Waymark is serving on http://{address}");
    if config.public_url.is_none() {
        tracing::warn!(
            "no WAYMARK_PUBLIC_URL set: links in mails point to http://{address}, which only \
             this machine may reach"
        );
    }
    let retention = tokio::spawn(retention::run(
        pool.clone(),
        config.retention,
        config.base_url(),
    ));
    let mail = tokio::spawn(mail::run(
        pool,
        mail_sender,
        mail_from,
        config.base_url(),
        std::time::Duration::from_secs(config.digest_check_minutes.max(1) * 60),
    ));
    waymark_api::serve(listener, state, shutdown_signal()).await?;
    mail.abort();
    retention.abort();
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM, so that requests in flight can finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

//! A real basemap for any place from an OpenStreetMap extract (`.osm.pbf`, or `.osm` XML),
//! with no outside requests: osm2pgsql (flex output, `basemap.lua`) reads it into a staging
//! table, and it is moved into the plan's basemap in one transaction. `waymark import
//! basemap --osm` and the admin console's upload both run this.

use std::fmt;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use waymark_store::plans::PlanRow;
use waymark_store::{Connection, PgConnection, PgPool};

/// The osm2pgsql style: which OSM features become which basemap layer and class.
const OSM_STYLE: &str = include_str!("../basemap.lua");

/// Extracts larger than this (a county or more) are read in osm2pgsql's slim mode.
const LARGE_EXTRACT: u64 = 256 * 1024 * 1024;

/// Why an import changed nothing.
#[derive(Debug)]
pub enum OsmError {
    NoPlan(String),
    /// The file is missing or is not an extract, or osm2pgsql could not read it.
    Unreadable(String),
    /// The extract's data does not touch the plan's area.
    OutsidePlan(String),
    Database(waymark_store::Error),
}

impl fmt::Display for OsmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OsmError::NoPlan(slug) => write!(f, "there is no plan '{slug}'"),
            OsmError::Unreadable(why) => write!(f, "{why}; nothing was changed"),
            OsmError::OutsidePlan(why) => write!(f, "{why}; nothing was changed"),
            OsmError::Database(e) => write!(f, "database: {e}"),
        }
    }
}

impl std::error::Error for OsmError {}

impl From<waymark_store::Error> for OsmError {
    fn from(e: waymark_store::Error) -> Self {
        OsmError::Database(e)
    }
}

/// `lon 0.1000 to 0.2000, lat …`, for messages.
pub fn show_bbox([a, b, c, d]: [f64; 4]) -> String {
    format!("lon {a:.4} to {c:.4}, lat {b:.4} to {d:.4}")
}

/// Imports the extract into the plan's basemap, replacing its previous OSM basemap, and
/// makes it the basemap the plan draws; returns the features kept. An extract with no
/// feature inside the plan's boundary changes nothing.
pub async fn import_osm(
    pool: &PgPool,
    database_url: &str,
    slug: &str,
    file: &Path,
) -> Result<u64, OsmError> {
    let plan = waymark_store::plans::get(pool, slug)
        .await?
        .ok_or_else(|| OsmError::NoPlan(slug.to_owned()))?;
    let size = std::fs::metadata(file)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .ok_or_else(|| OsmError::Unreadable(format!("cannot read {}", file.display())))?
        .len();
    let mut conn = pool.acquire().await?;
    // Every import stages in the same table: one at a time, held on this connection, which
    // is closed afterwards so that the lock can never outlive the import (even cancelled).
    conn.close_on_drop();
    waymark_store::basemaps::lock_osm_import(&mut conn).await?;
    let imported = stage_and_move(&mut conn, database_url, &plan, file, size).await;
    let unlocked = waymark_store::basemaps::unlock_osm_import(&mut conn).await;
    let features = imported?;
    unlocked?;
    Ok(features)
}

async fn stage_and_move(
    conn: &mut PgConnection,
    database_url: &str,
    plan: &PlanRow,
    file: &Path,
    size: u64,
) -> Result<u64, OsmError> {
    tracing::info!(file = %file.display(), "reading the extract with osm2pgsql");
    let database_url = database_url.to_owned();
    let file = file.to_owned();
    tokio::task::spawn_blocking(move || osm2pgsql(&database_url, &file, size))
        .await
        .map_err(|e| OsmError::Unreadable(format!("osm2pgsql did not finish: {e}")))??;
    let staged = waymark_store::basemaps::staged(&mut *conn, plan.id).await?;
    tracing::info!(
        features = staged.features,
        inside = staged.inside,
        "osm2pgsql read the extract"
    );
    let Some(bbox) = staged.bbox else {
        return Err(OsmError::Unreadable(
            "the extract has no roads, railways, water, green spaces, buildings or places".into(),
        ));
    };
    if staged.inside == 0 {
        return Err(OsmError::OutsidePlan(format!(
            "the extract's data ({}) lies outside plan '{}' ({})",
            show_bbox(bbox),
            plan.slug,
            show_bbox(plan.bbox)
        )));
    }
    let mut tx = conn.begin().await?;
    let kept = waymark_store::basemaps::replace_osm(&mut tx, plan.id).await?;
    tx.commit().await?;
    Ok(kept)
}

/// Runs osm2pgsql on the extract with Waymark's style, its log lines going to ours.
fn osm2pgsql(database_url: &str, file: &Path, size: u64) -> Result<(), OsmError> {
    let style = std::env::temp_dir().join(format!(
        "waymark-basemap-{}.lua",
        uuid::Uuid::new_v4().simple()
    ));
    std::fs::write(&style, OSM_STYLE)
        .map_err(|e| OsmError::Unreadable(format!("cannot write {}: {e}", style.display())))?;
    let run = || -> Result<(), OsmError> {
        let mut command = Command::new("osm2pgsql");
        if size > LARGE_EXTRACT {
            // Nodes of a large extract wait on disk (dropped at the end), not in memory.
            command.args(["--slim", "--drop", "--middle-schema=osm_import"]);
        }
        let mut child = command
            .arg("--create")
            .arg("--output=flex")
            .arg("--style")
            .arg(&style)
            .arg("--database")
            .arg(database_url)
            .arg("--number-processes=1")
            .arg(file)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                OsmError::Unreadable(if e.kind() == std::io::ErrorKind::NotFound {
                    "osm2pgsql is not installed (Debian package osm2pgsql)".to_owned()
                } else {
                    format!("cannot run osm2pgsql: {e}")
                })
            })?;
        let mut last = std::collections::VecDeque::new();
        if let Some(stderr) = child.stderr.take() {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                // Progress lines end in carriage returns; the last state is what counts.
                let line = line.rsplit('\r').next().unwrap_or("");
                // osm2pgsql stamps its lines with the time; ours are stamped already.
                let line = match line.as_bytes().get(4..19) {
                    Some([b'-', .., b':', _, _]) => line.get(19..).unwrap_or(line),
                    _ => line,
                };
                let line = line.trim().to_owned();
                if line.is_empty() {
                    continue;
                }
                tracing::info!(target: "osm2pgsql", "{line}");
                last.push_back(line);
                if last.len() > 5 {
                    last.pop_front();
                }
            }
        }
        let status = child
            .wait()
            .map_err(|e| OsmError::Unreadable(format!("osm2pgsql: {e}")))?;
        if !status.success() {
            return Err(OsmError::Unreadable(format!(
                "osm2pgsql could not import {}: {}",
                file.display(),
                Vec::from(last).join(" / ")
            )));
        }
        Ok(())
    };
    let result = run();
    let _ = std::fs::remove_file(&style);
    result
}

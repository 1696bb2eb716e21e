//! `waymark import basemap`: a real basemap for a plan, with no outside requests. Either an
//! OpenStreetMap extract (imported by `waymark_osm`, as the admin console's upload is), or
//! a PMTiles archive of vector tiles, copied into the basemap directory and served as it is.

use std::fmt;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use waymark_api::tiles::archives;
use waymark_osm::show_bbox;
use waymark_store::PgPool;
use waymark_store::plans::PlanRow;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["osm", "pmtiles"])))]
pub struct BasemapArgs {
    /// The plan's slug.
    #[arg(long)]
    pub plan: String,
    /// An OpenStreetMap extract (.osm.pbf, or .osm XML) around the plan's area.
    #[arg(long, value_name = "FILE")]
    pub osm: Option<PathBuf>,
    /// A PMTiles v3 archive of vector tiles covering the plan's area (e.g. a regional
    /// extract of the Protomaps basemap).
    #[arg(long, value_name = "FILE")]
    pub pmtiles: Option<PathBuf>,
}

/// Why an import changed nothing.
#[derive(Debug)]
pub enum BasemapError {
    NoPlan(String),
    /// The file is missing or is not what it should be, or osm2pgsql could not read it.
    Unreadable(String),
    /// The file's data does not cover the plan's area.
    OutsidePlan(String),
    Database(waymark_store::Error),
}

impl fmt::Display for BasemapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BasemapError::NoPlan(slug) => write!(f, "there is no plan '{slug}'"),
            BasemapError::Unreadable(why) => write!(f, "{why}; nothing was changed"),
            BasemapError::OutsidePlan(why) => write!(f, "{why}; nothing was changed"),
            BasemapError::Database(e) => write!(f, "database: {e}"),
        }
    }
}

impl std::error::Error for BasemapError {}

impl From<waymark_store::Error> for BasemapError {
    fn from(e: waymark_store::Error) -> Self {
        BasemapError::Database(e)
    }
}

/// Runs `waymark import basemap` as the command line asked.
pub async fn run(
    pool: &PgPool,
    database_url: &str,
    basemap_dir: &Path,
    args: BasemapArgs,
) -> anyhow::Result<()> {
    match (args.osm, args.pmtiles) {
        (Some(file), _) => {
            let features = waymark_osm::import_osm(pool, database_url, &args.plan, &file).await?;
            tracing::info!(
                plan = args.plan,
                features,
                "the plan now draws its OpenStreetMap basemap"
            );
        }
        (None, Some(file)) => {
            let info = import_pmtiles(pool, basemap_dir, &args.plan, &file).await?;
            tracing::info!(
                plan = args.plan,
                layers = info.schema,
                min_zoom = info.min_zoom,
                max_zoom = info.max_zoom,
                "the plan now draws its PMTiles basemap"
            );
        }
        (None, None) => anyhow::bail!("give --osm FILE or --pmtiles FILE"),
    }
    Ok(())
}

async fn plan(pool: &PgPool, slug: &str) -> Result<PlanRow, BasemapError> {
    waymark_store::plans::get(pool, slug)
        .await?
        .ok_or_else(|| BasemapError::NoPlan(slug.to_owned()))
}

fn readable(file: &Path) -> Result<std::fs::Metadata, BasemapError> {
    std::fs::metadata(file)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .ok_or_else(|| BasemapError::Unreadable(format!("cannot read {}", file.display())))
}

/// Checks the archive (PMTiles v3, vector tiles, layers Waymark can style, covering the
/// plan's area), copies it into `basemap_dir` under a new name and makes it the basemap
/// the plan draws; the plan's previous archive is deleted.
pub async fn import_pmtiles(
    pool: &PgPool,
    basemap_dir: &Path,
    slug: &str,
    file: &Path,
) -> Result<archives::ArchiveInfo, BasemapError> {
    let plan = plan(pool, slug).await?;
    let size = readable(file)?.len();
    let info = archives::inspect(file)
        .await
        .map_err(|e| BasemapError::Unreadable(format!("{}: {e}", file.display())))?;
    let [w, s, e, n] = info.bounds;
    let [pw, ps, pe, pn] = plan.bbox;
    const SLACK: f64 = 1e-6;
    if w > pw + SLACK || s > ps + SLACK || e < pe - SLACK || n < pn - SLACK {
        return Err(BasemapError::OutsidePlan(format!(
            "the archive covers {}, not all of plan '{}' ({})",
            show_bbox(info.bounds),
            plan.slug,
            show_bbox(plan.bbox)
        )));
    }
    tracing::info!(
        layers = info.schema,
        min_zoom = info.min_zoom,
        max_zoom = info.max_zoom,
        "the archive is a vector basemap covering the plan"
    );
    let name = format!("{}-{}.pmtiles", plan.slug, uuid::Uuid::new_v4().simple());
    let target = basemap_dir.join(&name);
    let (from, dir, to) = (file.to_owned(), basemap_dir.to_owned(), target.clone());
    tokio::task::spawn_blocking(move || copy(&from, &dir, &to, size))
        .await
        .map_err(|e| BasemapError::Unreadable(format!("copying did not finish: {e}")))??;
    let recorded = async {
        let mut tx = pool.begin().await?;
        let previous = waymark_store::basemaps::replace_archive(
            &mut tx,
            plan.id,
            &waymark_store::basemaps::Archive {
                file: name,
                schema: info.schema.to_owned(),
                min_zoom: info.min_zoom.into(),
                max_zoom: info.max_zoom.into(),
                attribution: info.attribution.clone(),
            },
        )
        .await?;
        tx.commit().await?;
        Ok::<_, waymark_store::Error>(previous)
    }
    .await;
    match recorded {
        Ok(previous) => {
            if let Some(previous) = previous {
                // Servers still reading it keep their mapping until they let go.
                if let Err(error) = std::fs::remove_file(basemap_dir.join(&previous)) {
                    tracing::warn!(%error, previous, "cannot delete the plan's previous archive");
                }
            }
            Ok(info)
        }
        Err(error) => {
            let _ = std::fs::remove_file(&target);
            Err(error.into())
        }
    }
}

/// Copies the archive into the basemap directory: first under a hidden name, then renamed,
/// so that a server never sees half a file.
fn copy(from: &Path, dir: &Path, to: &Path, size: u64) -> Result<(), BasemapError> {
    let failed = |e: std::io::Error| {
        BasemapError::Unreadable(format!(
            "cannot copy the archive into {}: {e}",
            dir.display()
        ))
    };
    std::fs::create_dir_all(dir).map_err(failed)?;
    let partial = dir.join(format!(
        ".{}.part",
        to.file_name().and_then(|n| n.to_str()).unwrap_or("archive")
    ));
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(size).with_message("copying the archive");
        bar.set_style(
            ProgressStyle::with_template("{msg} [{bar:40}] {bytes}/{total_bytes} ({eta} left)")
                .expect("a valid template"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let result = (|| {
        let mut source = bar.wrap_read(std::fs::File::open(from)?);
        let mut out = std::fs::File::create(&partial)?;
        std::io::copy(&mut source, &mut out)?;
        out.sync_all()?;
        std::fs::rename(&partial, to)
    })();
    bar.finish_and_clear();
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result.map_err(failed)
}

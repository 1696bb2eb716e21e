//! `waymark plan create` and `waymark import neighbourhoods`: a new town's plan from the
//! command line, through the same code as the admin API.

use std::fmt::Write as _;
use std::path::Path;

use clap::Subcommand;
use waymark_boundaries::{Options, Report, Source};
use waymark_domain::BBox;
use waymark_domain::plan::{Moderation, NewPlan};
use waymark_store::PgPool;

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Create a plan. Without --bbox it has no area until its neighbourhoods are
    /// imported (`waymark import neighbourhoods`); its area is then their union.
    #[command(
        after_help = "Examples:\n  waymark plan create --slug testville --name Testville\n  \
                      waymark plan create --slug lichfield --name Lichfield --bbox=-1.87,52.66,-1.79,52.70 --moderation pre"
    )]
    Create {
        /// The plan's address in URLs: lowercase words joined by hyphens.
        #[arg(long)]
        slug: String,
        /// The plan's title.
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "")]
        description: String,
        /// The plan's area as a box: west,south,east,north in WGS 84 degrees.
        #[arg(long, value_name = "W,S,E,N", allow_hyphen_values = true)]
        bbox: Option<String>,
        /// Whether people without an account may contribute.
        #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "true|false")]
        anonymous: bool,
        /// post: contributions show at once; pre: after a moderator approves them.
        #[arg(long, default_value = "post", value_name = "pre|post")]
        moderation: String,
    },
}

/// Who the audit log says did it: the command line, as the operating-system user.
pub(crate) fn actor() -> String {
    format!(
        "cli:{}",
        std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_else(|_| "unknown".to_owned())
    )
}

/// Creates the plan and says so; a taken slug or a bad field is an error that says which.
pub async fn create(
    pool: &PgPool,
    slug: &str,
    name: &str,
    description: &str,
    bbox: Option<&str>,
    anonymous: bool,
    moderation: &str,
) -> anyhow::Result<String> {
    let problems = |e: waymark_domain::ValidationErrors| anyhow::anyhow!("{e}");
    let bbox: Option<BBox> = bbox.map(str::parse).transpose().map_err(problems)?;
    let moderation: Moderation = moderation.parse().map_err(problems)?;
    let new =
        NewPlan::new(slug, name, description, bbox, anonymous, moderation).map_err(problems)?;
    let mut tx = pool.begin().await?;
    let created = waymark_store::plans::create(&mut tx, &new, &actor()).await?;
    anyhow::ensure!(
        created.is_some(),
        "there is already a plan '{}'; choose another --slug",
        new.slug
    );
    tx.commit().await?;
    tracing::info!(plan = %new.slug, "plan created");
    Ok(format!(
        "Created the plan '{}' ({}).{}\n",
        new.slug,
        new.title,
        if new.bbox.is_none() {
            " It has no area until its neighbourhoods are imported: \
             waymark import neighbourhoods --plan SLUG --file FILE"
        } else {
            ""
        }
    ))
}

/// Imports a plan's neighbourhoods from a file; `summary` tells what changed.
pub async fn import_neighbourhoods(
    pool: &PgPool,
    plan: &str,
    file: &Path,
    options: &Options,
) -> anyhow::Result<Report> {
    let report = waymark_boundaries::import(pool, plan, Source::Path(file), options, &actor())
        .await
        .map_err(|e| match e {
            waymark_boundaries::ImportError::NoPlan => anyhow::anyhow!(
                "there is no plan '{plan}'; create it first with waymark plan create"
            ),
            other => anyhow::anyhow!("{other}"),
        })?;
    Ok(report)
}

/// The report as lines for a person at a terminal.
pub fn summary(report: &Report) -> String {
    let mut out = String::new();
    let list = |names: &[String]| names.join(", ");
    let _ = writeln!(
        out,
        "Imported the neighbourhoods of '{}' from layer '{}' (names from '{}'), {}.",
        report.plan,
        report.layer,
        report.name_field,
        match &report.source_crs {
            Some(crs) if crs == "WGS 84" => "in WGS 84".to_owned(),
            Some(crs) => format!("reprojected from {crs} to WGS 84"),
            None =>
                "which gave no projection: its longitude/latitude were read as WGS 84".to_owned(),
        }
    );
    for (label, names) in [
        ("new", &report.created),
        ("updated", &report.updated),
        ("removed", &report.deleted),
    ] {
        if !names.is_empty() {
            let _ = writeln!(out, "  {} {label}: {}", names.len(), list(names));
        }
    }
    for r in &report.repaired {
        let _ = writeln!(out, "  repaired '{}': {}", r.name, r.reason);
    }
    if report.subscriptions_kept_as_areas > 0 {
        let _ = writeln!(
            out,
            "  {} subscriptions to removed neighbourhoods now follow their old areas",
            report.subscriptions_kept_as_areas
        );
    }
    if report.pins_outside.is_empty() {
        let _ = writeln!(out, "  every pin lies in a neighbourhood");
    } else {
        let _ = writeln!(
            out,
            "  {} pins lie outside every neighbourhood (kept, counted in the nearest):",
            report.pins_outside.len()
        );
        for pin in &report.pins_outside {
            let _ = writeln!(out, "    {} {}", pin.id, pin.title);
        }
    }
    out
}

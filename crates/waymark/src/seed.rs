//! `waymark seed`: the Milton Keynes demo plan, or synthetic pins for benchmarks.

use std::io::IsTerminal;

use anyhow::Context;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rand_distr::{Distribution, Normal};
use serde::Deserialize;
use time::{Duration, OffsetDateTime};
use waymark_domain::contribution::ContributionInput;
use waymark_domain::{Kind, NewContribution, NewReply, Position, Precision, Theme};
use waymark_store::PgPool;
use waymark_store::seed::SyntheticRow;

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct SeedArgs {
    /// Load the Milton Keynes demo plan, its neighbourhoods and contributions (skipped
    /// when the plan is already there).
    #[arg(long)]
    demo: bool,
    /// Add N synthetic contributions clustered around the demo neighbourhoods (the
    /// demo plan is loaded first if missing).
    #[arg(long, value_name = "N")]
    synthetic: Option<u64>,
}

const PLAN: &str = include_str!("../../../fixtures/milton-keynes/plan.json");
const NEIGHBOURHOODS: &str = include_str!("../../../fixtures/milton-keynes/neighbourhoods.geojson");
const CONTRIBUTIONS: &str = include_str!("../../../fixtures/milton-keynes/contributions.json");
const BASEMAP: &str = include_str!("../../../fixtures/milton-keynes/basemap.geojson");

#[derive(Deserialize)]
struct PlanFixture {
    slug: String,
    title: String,
    description: String,
    boundary: serde_json::Value,
}

#[derive(Deserialize)]
struct NeighbourhoodFixtures {
    features: Vec<NeighbourhoodFixture>,
}

#[derive(Deserialize)]
struct NeighbourhoodFixture {
    geometry: serde_json::Value,
    properties: NeighbourhoodProps,
}

#[derive(Deserialize)]
struct NeighbourhoodProps {
    slug: String,
    name: String,
}

#[derive(Deserialize)]
struct ContributionFixture {
    kind: Kind,
    themes: Vec<Theme>,
    title: String,
    body: String,
    display_name: Option<String>,
    precision: Precision,
    lon: f64,
    lat: f64,
    days_ago: i64,
    supports: u32,
    #[serde(default)]
    replies: Vec<ReplyFixture>,
}

#[derive(Deserialize)]
struct ReplyFixture {
    body: String,
    display_name: Option<String>,
    days_after: i64,
}

pub async fn run(pool: &PgPool, args: SeedArgs) -> anyhow::Result<()> {
    if args.demo {
        demo(pool).await?;
    }
    if let Some(n) = args.synthetic {
        synthetic(pool, n).await?;
    }
    Ok(())
}

fn progress(len: u64, what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len).with_message(what.to_owned());
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({per_sec}, {eta} left)")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar
}

/// Loads the demo plan, its neighbourhoods and basemap, without contributions; returns
/// the plan's id.
pub async fn load_plan(conn: &mut waymark_store::PgConnection) -> anyhow::Result<uuid::Uuid> {
    let plan: PlanFixture = serde_json::from_str(PLAN).context("reading plan.json")?;
    let plan_id = waymark_store::plans::upsert(
        &mut *conn,
        &plan.slug,
        &plan.title,
        &plan.description,
        &plan.boundary.to_string(),
    )
    .await?;
    let neighbourhoods: NeighbourhoodFixtures =
        serde_json::from_str(NEIGHBOURHOODS).context("reading neighbourhoods.geojson")?;
    for n in &neighbourhoods.features {
        waymark_store::plans::upsert_neighbourhood(
            &mut *conn,
            plan_id,
            &n.properties.slug,
            &n.properties.name,
            &n.geometry.to_string(),
        )
        .await?;
    }
    waymark_store::plans::replace_basemap(&mut *conn, plan_id, BASEMAP).await?;
    Ok(plan_id)
}

fn demo_slug() -> anyhow::Result<String> {
    Ok(serde_json::from_str::<PlanFixture>(PLAN)?.slug)
}

/// The demo plan, in one transaction: all of it or nothing.
pub async fn demo(pool: &PgPool) -> anyhow::Result<()> {
    let slug = demo_slug()?;
    if waymark_store::plans::get(pool, &slug).await?.is_some() {
        tracing::info!(plan = %slug, "the demo plan is already loaded; leaving it as it is");
        return Ok(());
    }
    let fixtures: Vec<ContributionFixture> =
        serde_json::from_str(CONTRIBUTIONS).context("reading contributions.json")?;
    let mut tx = pool.begin().await?;
    let plan_id = load_plan(&mut tx).await?;
    let bar = progress(fixtures.len() as u64, "demo contributions");
    let now = OffsetDateTime::now_utc();
    for (line, f) in fixtures.into_iter().enumerate() {
        let input = ContributionInput {
            kind: Some(f.kind),
            themes: f.themes,
            title: Some(f.title),
            body: Some(f.body),
            display_name: f.display_name,
            precision: Some(f.precision),
        };
        let new = NewContribution::new(input, Position::new("position", f.lon, f.lat))
            .with_context(|| format!("contributions.json item {line}"))?;
        let created_at = now - Duration::days(f.days_ago) - Duration::minutes(line as i64 * 7);
        let replies = f
            .replies
            .into_iter()
            .map(|r| {
                let at = (created_at + Duration::days(r.days_after) + Duration::hours(2)).min(now);
                NewReply::new(&r.body, r.display_name.as_deref()).map(|reply| (reply, at))
            })
            .collect::<Result<Vec<_>, _>>()
            .with_context(|| format!("contributions.json item {line}: a reply"))?;
        waymark_store::seed::insert_with_history(
            &mut tx, plan_id, &new, created_at, f.supports, &replies,
        )
        .await?;
        bar.inc(1);
    }
    tx.commit().await?;
    bar.finish_and_clear();
    tracing::info!(plan = %slug, "loaded the demo plan");
    Ok(())
}

/// `n` pins spread around the neighbourhood centres, streamed with COPY.
pub async fn synthetic(pool: &PgPool, n: u64) -> anyhow::Result<()> {
    let slug = demo_slug()?;
    let mut conn = pool.acquire().await?;
    let plan_id = match waymark_store::plans::get(&mut *conn, &slug).await? {
        Some(plan) => plan.id,
        None => load_plan(&mut conn).await?,
    };
    let centres: Vec<[f64; 2]> = waymark_store::plans::neighbourhoods(&mut *conn, plan_id)
        .await?
        .into_iter()
        .map(|nb| nb.centre)
        .collect();
    anyhow::ensure!(!centres.is_empty(), "the plan has no neighbourhoods");

    let bar = progress(n, "synthetic contributions");
    let rows = SyntheticPins::new(centres, n);
    let sent = waymark_store::seed::copy_contributions(&mut conn, plan_id, rows, |sent| {
        bar.set_position(sent)
    })
    .await?;
    bar.finish_and_clear();
    tracing::info!(rows = sent, plan = %slug, "loaded synthetic contributions");
    Ok(())
}

const THEMES: [&str; 8] = [
    "energy",
    "transport",
    "housing",
    "green_space",
    "safety",
    "community",
    "health",
    "other",
];
const KINDS: [&str; 4] = ["idea", "issue", "interest", "story"];

/// A deterministic stream of pins: each around a neighbourhood centre (busier ones
/// first), normally spread with σ ≈ 350 m, and dated over the last year.
struct SyntheticPins {
    centres: Vec<[f64; 2]>,
    left: u64,
    rng: StdRng,
    spread: Normal<f64>,
    now: OffsetDateTime,
}

impl SyntheticPins {
    fn new(centres: Vec<[f64; 2]>, n: u64) -> Self {
        Self {
            centres,
            left: n,
            rng: StdRng::seed_from_u64(20_26),
            spread: Normal::new(0.0, 1.0).expect("a valid distribution"),
            now: OffsetDateTime::now_utc(),
        }
    }
}

impl Iterator for SyntheticPins {
    type Item = SyntheticRow<'static>;

    fn next(&mut self) -> Option<Self::Item> {
        self.left = self.left.checked_sub(1)?;
        // Skew towards the first neighbourhoods so density varies across the city.
        let pick = (self.rng.r#gen::<f64>().powi(2) * self.centres.len() as f64) as usize;
        let [lon, lat] = self.centres[pick.min(self.centres.len() - 1)];
        let sigma_lat = 350.0 / 111_320.0;
        let sigma_lon = sigma_lat / lat.to_radians().cos();
        let dx = self.spread.sample(&mut self.rng).clamp(-3.0, 3.0) * sigma_lon;
        let dy = self.spread.sample(&mut self.rng).clamp(-3.0, 3.0) * sigma_lat;
        let theme = self.rng.gen_range(0..THEMES.len());
        Some(SyntheticRow {
            kind: KINDS[self.rng.gen_range(0..KINDS.len())],
            themes: &THEMES[theme..=theme],
            title: "Synthetic pin",
            lon: lon + dx,
            lat: lat + dy,
            created_at: self.now - Duration::seconds(self.rng.gen_range(0..31_536_000)),
        })
    }
}

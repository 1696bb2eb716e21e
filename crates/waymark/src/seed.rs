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
pub struct SeedArgs {
    /// Load the Milton Keynes demo plan, its neighbourhoods and contributions (skipped
    /// when the plan is already there).
    #[arg(long, required_unless_present = "synthetic")]
    demo: bool,
    /// Synthetic plans for benchmarks: with no N, `--plans` plans ("Synthetic plan 07",
    /// over the open Atlantic) of `--pins-per-plan` pins each, made inside PostgreSQL and
    /// topped up, never duplicated, on a second run. With N, N more pins clustered around
    /// the demo neighbourhoods (the demo plan is loaded first if missing).
    #[arg(long, value_name = "N", num_args = 0..=1)]
    synthetic: Option<Option<u64>>,
    /// How many synthetic plans (1 to 99), with `--synthetic` and no N.
    #[arg(long, value_name = "N", default_value_t = 50, requires = "synthetic",
          value_parser = clap::value_parser!(u32).range(1..=99))]
    plans: u32,
    /// How many pins each synthetic plan holds, with `--synthetic` and no N.
    #[arg(
        long,
        value_name = "M",
        default_value_t = 200_000,
        requires = "synthetic"
    )]
    pins_per_plan: u64,
}

const PLAN: &str = include_str!("../../../fixtures/milton-keynes/plan.json");
const NEIGHBOURHOODS: &str = include_str!("../../../fixtures/milton-keynes/neighbourhoods.geojson");
const CONTRIBUTIONS: &str = include_str!("../../../fixtures/milton-keynes/contributions.json");
const BASEMAP: &str = include_str!("../../../fixtures/milton-keynes/basemap.geojson");
const NETWORK: &[u8] =
    include_bytes!("../../../fixtures/milton-keynes/network/demo-generic.geojson");
const PROPOSALS: &str = include_str!("../../../fixtures/milton-keynes/proposals.json");
const OUTCOMES: &str = include_str!("../../../fixtures/milton-keynes/outcomes.json");

#[derive(Deserialize)]
struct OutcomeFixtures {
    organisations: Vec<OrganisationFixture>,
    responses: Vec<ResponseToPins>,
}

#[derive(Deserialize)]
struct OrganisationFixture {
    slug: String,
    name: String,
    kind: String,
}

/// An organisation's answer to demo pins named by title.
#[derive(Deserialize)]
struct ResponseToPins {
    organisation: String,
    status: waymark_domain::outcome::OutcomeStatus,
    response: String,
    title: Option<String>,
    progress: Option<i64>,
    /// With `planned`: how many months after the day of loading.
    expected_in_months: Option<u8>,
    reason: Option<String>,
    referred_to: Option<String>,
    /// With `duplicate`: the title of the pin they repeat.
    duplicate_of: Option<String>,
    titles: Vec<String>,
    #[serde(default)]
    updates: Vec<UpdateFixture>,
}

#[derive(Deserialize)]
struct UpdateFixture {
    progress: i64,
    note: String,
    days_ago: i64,
}

#[derive(Deserialize)]
struct ProposalFixtures {
    proposals: Vec<ProposalFixture>,
}

#[derive(Deserialize)]
struct ProposalFixture {
    title: String,
    group_name: String,
    technology: waymark_domain::energy::Technology,
    capacity_kw: f64,
    export_kw: f64,
    import_kw: f64,
    phases: i16,
    site: serde_json::Value,
    description: String,
    history: Vec<HistoryFixture>,
    response: Option<ResponseFixture>,
}

#[derive(Deserialize)]
struct HistoryFixture {
    status: String,
    days_ago: i64,
    actor: String,
    note: Option<String>,
}

#[derive(Deserialize)]
struct ResponseFixture {
    decision: waymark_domain::energy::DnoDecision,
    cost_band: String,
    timescale: String,
    conditions: String,
    notes: String,
    days_ago: i64,
}

#[derive(Deserialize)]
struct PlanFixture {
    slug: String,
    title: String,
    description: String,
    /// The demo's privacy notice names a controller and an example.org contact, marked
    /// as a demo so nobody takes it for a real one.
    privacy_controller: String,
    privacy_contact: String,
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

pub async fn run(
    pool: &PgPool,
    args: SeedArgs,
    files: &waymark_api::files::FileStore,
) -> anyhow::Result<()> {
    if args.demo {
        demo_with_files(pool, Some(files)).await?;
    }
    match args.synthetic {
        Some(Some(n)) => synthetic(pool, n).await?,
        Some(None) => synthetic_plans(pool, args.plans, args.pins_per_plan).await?,
        None => {}
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
    let privacy = waymark_store::plans::SettingsPatch {
        privacy_controller: Some(Some(&plan.privacy_controller)),
        privacy_contact: Some(Some(&plan.privacy_contact)),
        ..Default::default()
    };
    waymark_store::plans::update_settings(&mut *conn, &plan.slug, &privacy).await?;
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

/// The demo plan, in one transaction: all of it or nothing; without files (a group's
/// PDF, a project update's photo), which need a file store (`demo_with_files`).
pub async fn demo(pool: &PgPool) -> anyhow::Result<()> {
    demo_with_files(pool, None).await
}

/// The demo plan, with its files kept in `files` when there is one (the same store
/// the server reads: `WAYMARK_STORAGE_URL`).
pub async fn demo_with_files(
    pool: &PgPool,
    files: Option<&waymark_api::files::FileStore>,
) -> anyhow::Result<()> {
    let slug = demo_slug()?;
    if waymark_store::plans::id(pool, &slug).await?.is_some() {
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
    load_network_and_proposals(&mut tx, &slug, now).await?;
    load_outcomes(&mut tx, plan_id, &slug, now).await?;
    // Synthetic too: DFES headroom for the demo primaries, and homes per neighbourhood.
    crate::import::dfes::load_demo(&mut tx).await?;
    crate::import::homes::load_demo(&mut tx, plan_id).await?;
    crate::import::population::load_demo(&mut tx, plan_id).await?;
    // SYNTHETIC "about you" answers, skewed so that the staff "who's missing" view shows
    // who is under-represented (not real people's answers).
    waymark_store::seed::synthetic_about_you(&mut tx, plan_id).await?;
    crate::seed_energy::load(&mut tx, &slug).await?;
    crate::seed_groups::load(&mut tx, &slug, now, files).await?;
    waymark_store::projects_demo::load(&mut tx, &slug).await?;
    if let Some(files) = files {
        project_photo(&mut tx, plan_id, files).await?;
    }
    tx.commit().await?;
    bar.finish_and_clear();
    tracing::info!(plan = %slug, "loaded the demo plan");
    Ok(())
}

/// The demo organisations and their responses, commitments and progress updates, through
/// the same store calls as the API (so the audit log and events have them too).
async fn load_outcomes(
    tx: &mut waymark_store::PgConnection,
    plan_id: uuid::Uuid,
    plan: &str,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    use waymark_domain::outcome::{NewResponse, ProgressUpdate, ResponseInput};
    use waymark_store::organisations::{self as orgs, CreateOrganisation};
    let fixtures: OutcomeFixtures =
        serde_json::from_str(OUTCOMES).context("reading outcomes.json")?;
    for o in &fixtures.organisations {
        let created = orgs::create_organisation(&mut *tx, plan, &o.slug, &o.name, &o.kind).await?;
        anyhow::ensure!(
            matches!(created, CreateOrganisation::Created(_)),
            "demo organisation {}: {created:?}",
            o.slug
        );
    }
    let actor = "seed:demo";
    for (n, r) in fixtures.responses.into_iter().enumerate() {
        let organisation = orgs::organisation_by_slug(&mut *tx, plan, &r.organisation)
            .await?
            .with_context(|| format!("outcomes.json response {n}: no {}", r.organisation))?;
        let referred_to = match &r.referred_to {
            Some(slug) => Some(
                orgs::organisation_by_slug(&mut *tx, plan, slug)
                    .await?
                    .with_context(|| format!("outcomes.json response {n}: no {slug}"))?,
            ),
            None => None,
        };
        let ids = pins_titled(&mut *tx, plan_id, &r.titles)
            .await
            .with_context(|| format!("outcomes.json response {n}"))?;
        let duplicate_of = match &r.duplicate_of {
            Some(title) => {
                Some(pins_titled(&mut *tx, plan_id, std::slice::from_ref(title)).await?[0])
            }
            None => None,
        };
        let expected_month = r.expected_in_months.map(|months| {
            let total = now.year() * 12 + i32::from(u8::from(now.month())) - 1 + i32::from(months);
            format!("{:04}-{:02}", total / 12, total % 12 + 1)
        });
        let response = NewResponse::new(ResponseInput {
            status: Some(r.status),
            response: Some(r.response),
            title: r.title,
            progress: r.progress,
            expected_month,
            reason: r.reason,
            has_referred_to: referred_to.is_some(),
            duplicate_of,
        })
        .map_err(|e| anyhow::anyhow!("outcomes.json response {n}: {e:?}"))?;
        let written = waymark_store::outcomes::write_response(
            &mut *tx,
            plan_id,
            &organisation,
            referred_to.as_ref(),
            &response,
            &ids,
            actor,
        )
        .await?;
        for u in r.updates {
            let update = ProgressUpdate::new(Some(u.progress), Some(&u.note))
                .map_err(|e| anyhow::anyhow!("outcomes.json response {n}: {e:?}"))?;
            let day = (now - Duration::days(u.days_ago)).date();
            waymark_store::outcomes::add_update(
                &mut *tx,
                written.id,
                None,
                &update,
                Some(day),
                actor,
            )
            .await?;
        }
    }
    Ok(())
}

/// The ids of the demo pins with these titles, in the same order; every one must exist.
async fn pins_titled(
    tx: &mut waymark_store::PgConnection,
    plan_id: uuid::Uuid,
    titles: &[String],
) -> anyhow::Result<Vec<uuid::Uuid>> {
    let mut ids = Vec::with_capacity(titles.len());
    for title in titles {
        let id = waymark_store::seed::contribution_titled(&mut *tx, plan_id, title)
            .await?
            .with_context(|| format!("no demo pin is titled '{title}'"))?;
        ids.push(id);
    }
    Ok(ids)
}

/// The synthetic demo network (every substation named DEMO) and the demo proposals
/// with their history and the operator's answers.
async fn load_network_and_proposals(
    tx: &mut waymark_store::PgConnection,
    plan: &str,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    let profile = crate::import::network::Profile::load("generic")?;
    let network = crate::import::network::read(&profile, NETWORK)?;
    crate::import::network::write(&mut *tx, &network).await?;
    let fixtures: ProposalFixtures =
        serde_json::from_str(PROPOSALS).context("reading proposals.json")?;
    for p in fixtures.proposals {
        let first = p.history.first().context("a demo proposal has a history")?;
        let site = p.site.to_string();
        let new = waymark_store::proposals::NewProposal {
            title: &p.title,
            technology: p.technology.as_str(),
            capacity_kw: p.capacity_kw,
            export_kw: p.export_kw,
            import_kw: p.import_kw,
            phases: p.phases,
            site: &site,
            group_name: &p.group_name,
            description: &p.description,
            status: &first.status,
        };
        let author = format!("seed:{}", p.group_name);
        let at = |days: i64| Some(now - Duration::days(days));
        let created =
            waymark_store::proposals::create(&mut *tx, plan, &new, &author, at(first.days_ago))
                .await?;
        let waymark_store::proposals::CreateOutcome::Created(row) = created else {
            anyhow::bail!("demo proposal '{}' is outside the plan", p.title);
        };
        let mut status = first.status.clone();
        for step in &p.history[1..] {
            let actor = if step.actor == "proposer" {
                author.clone()
            } else {
                format!("seed:{}", step.actor)
            };
            if let Some(r) = p
                .response
                .as_ref()
                .filter(|r| r.decision.as_str() == step.status)
            {
                waymark_store::proposals::add_response(
                    &mut *tx,
                    row.id,
                    r.decision.as_str(),
                    &r.cost_band,
                    &r.timescale,
                    &r.conditions,
                    &r.notes,
                    &actor,
                    at(r.days_ago),
                )
                .await?;
            }
            waymark_store::proposals::transition(
                &mut *tx,
                row.id,
                &status,
                &step.status,
                &actor,
                step.note.as_deref(),
                at(step.days_ago),
            )
            .await?;
            status = step.status.clone();
        }
    }
    Ok(())
}

/// `n` pins spread around the neighbourhood centres, streamed with COPY.
pub async fn synthetic(pool: &PgPool, n: u64) -> anyhow::Result<()> {
    let slug = demo_slug()?;
    let mut conn = pool.acquire().await?;
    let plan_id = match waymark_store::plans::id(&mut *conn, &slug).await? {
        Some(id) => id,
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

/// `plans` synthetic plans of `pins_per_plan` pins each, topped up plan by plan (one
/// transaction each): a second run finds them full and adds nothing.
pub async fn synthetic_plans(pool: &PgPool, plans: u32, pins_per_plan: u64) -> anyhow::Result<()> {
    let mut conn = pool.acquire().await?;
    let bar = progress(u64::from(plans), "synthetic plans");
    for number in 1..=plans {
        let plan_id = waymark_store::seed::synthetic_plan(&mut conn, number).await?;
        let added =
            waymark_store::seed::synthetic_plan_pins(&mut conn, plan_id, pins_per_plan).await?;
        tracing::info!(plan = number, added, "synthetic plan");
        bar.inc(1);
    }
    bar.finish_and_clear();
    Ok(())
}

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
        let theme = self.rng.gen_range(0..Theme::ALL.len());
        Some(SyntheticRow {
            kind: Kind::ALL[self.rng.gen_range(0..Kind::ALL.len())],
            themes: &Theme::ALL[theme..=theme],
            title: "Synthetic pin",
            lon: lon + dx,
            lat: lat + dy,
            created_at: self.now - Duration::seconds(self.rng.gen_range(0..31_536_000)),
        })
    }
}

/// A photo (a small PNG made here) on the newest update of the Springfield demo project.
async fn project_photo(
    tx: &mut waymark_store::PgConnection,
    plan_id: uuid::Uuid,
    files: &waymark_api::files::FileStore,
) -> anyhow::Result<()> {
    let update =
        waymark_store::projects_demo::newest_update(&mut *tx, plan_id, "springfield-centre-solar")
            .await?;
    let Some((project, update)) = update else {
        return Ok(());
    };
    let png = crate::seed_files::png(64, 48, [0xf2, 0xb7, 0x05]);
    let accepted = files
        .accept(png.into(), waymark_api::files::Kinds::Images)
        .map_err(|e| anyhow::anyhow!("the demo photo: {e}"))?;
    let row = files
        .save(&mut *tx, plan_id, accepted, "panels-on-the-roof.png", None)
        .await
        .map_err(|e| anyhow::anyhow!("the demo photo: {e}"))?;
    waymark_store::projects::set_update_photo(
        &mut *tx,
        project,
        update,
        row.id,
        "A yellow square standing in for a photo of the panels (demo)",
    )
    .await?;
    Ok(())
}

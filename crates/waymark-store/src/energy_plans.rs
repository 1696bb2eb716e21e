//! Neighbourhood energy plans: their versions, the community's priorities, what the
//! impact needs from the map (homes and the substations serving them), and the answers
//! of the network operator and the council.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;
use sqlx::{PgConnection, PgExecutor};
use time::OffsetDateTime;
use uuid::Uuid;

#[derive(Debug, Clone)]
pub struct NewEnergyPlan<'a> {
    pub title: &'a str,
    pub group_name: &'a str,
    /// Slugs of the plan's neighbourhoods it covers (ignored when `area` is given).
    pub neighbourhoods: &'a [String],
    /// A drawn area as GeoJSON (Polygon or MultiPolygon).
    pub area: Option<&'a str>,
    pub scenario: &'a Value,
    pub dfes_scenario: Option<&'a str>,
}

#[derive(Debug)]
pub enum CreateOutcome {
    Created(Uuid),
    PlanNotFound,
    /// These slugs name no neighbourhood of the plan.
    UnknownNeighbourhoods(Vec<String>),
    /// The drawn area's sides cross.
    InvalidArea,
    /// The drawn area is not inside the plan's boundary, or touches no neighbourhood.
    OutsidePlan,
}

/// Creates an energy plan and its first version, a draft.
pub async fn create(
    conn: &mut PgConnection,
    plan: &str,
    new: &NewEnergyPlan<'_>,
    author_key: &str,
) -> Result<CreateOutcome, sqlx::Error> {
    let Some(plan_id) = crate::plans::id(&mut *conn, plan).await? else {
        return Ok(CreateOutcome::PlanNotFound);
    };
    let neighbourhoods: Vec<Uuid> = if let Some(area) = new.area {
        let valid = sqlx::query_scalar!(
            r#"SELECT ST_IsValid(ST_GeomFromGeoJSON($1)) AS "valid!""#,
            area
        )
        .fetch_one(&mut *conn)
        .await?;
        if !valid {
            return Ok(CreateOutcome::InvalidArea);
        }
        let ids = sqlx::query_scalar!(
            r#"WITH a AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($2), 4326) AS g)
               SELECT n.id FROM neighbourhoods n, a, plans pl
                WHERE pl.id = $1 AND n.plan_id = pl.id AND ST_Within(a.g, pl.boundary)
                  AND ST_Intersects(n.boundary, a.g)
                ORDER BY n.slug"#,
            plan_id,
            area
        )
        .fetch_all(&mut *conn)
        .await?;
        if ids.is_empty() {
            return Ok(CreateOutcome::OutsidePlan);
        }
        ids
    } else {
        let found = sqlx::query!(
            "SELECT id, slug FROM neighbourhoods WHERE plan_id = $1 AND slug = ANY($2)",
            plan_id,
            new.neighbourhoods
        )
        .fetch_all(&mut *conn)
        .await?;
        let unknown: Vec<String> = new
            .neighbourhoods
            .iter()
            .filter(|s| !found.iter().any(|f| &f.slug == *s))
            .cloned()
            .collect();
        if !unknown.is_empty() {
            return Ok(CreateOutcome::UnknownNeighbourhoods(unknown));
        }
        found.into_iter().map(|f| f.id).collect()
    };
    let id = sqlx::query_scalar!(
        r#"INSERT INTO energy_plans (plan_id, title, group_name, author_key, area)
           VALUES ($1, $2, $3, $4, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($5), 4326)))
           RETURNING id"#,
        plan_id,
        new.title,
        new.group_name,
        author_key,
        new.area
    )
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query!(
        r#"INSERT INTO energy_plan_neighbourhoods (energy_plan_id, neighbourhood_id)
           SELECT $1, unnest($2::uuid[])"#,
        id,
        &neighbourhoods
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        r#"INSERT INTO energy_plan_versions (energy_plan_id, number, scenario, dfes_scenario)
           VALUES ($1, 1, $2, $3)"#,
        id,
        new.scenario,
        new.dfes_scenario
    )
    .execute(&mut *conn)
    .await?;
    Ok(CreateOutcome::Created(id))
}

#[derive(Debug, Clone)]
pub struct EnergyPlanRow {
    pub id: Uuid,
    pub plan_id: Uuid,
    pub plan: String,
    pub title: String,
    pub group_name: String,
    pub author_key: String,
    /// The area it covers (drawn, or its neighbourhoods'), as GeoJSON.
    pub area: Value,
    /// Slug and name of each neighbourhood it touches.
    pub neighbourhoods: Vec<(String, String)>,
    pub created_at: OffsetDateTime,
}

pub async fn get(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<EnergyPlanRow>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT e.id, e.plan_id, pl.slug AS plan, e.title, e.group_name, e.author_key, e.created_at,
                  ST_AsGeoJSON(energy_plan_area(e.id), 6)::jsonb AS "area!",
                  coalesce((SELECT array_agg(n.slug ORDER BY n.name)
                              FROM energy_plan_neighbourhoods en
                              JOIN neighbourhoods n ON n.id = en.neighbourhood_id
                             WHERE en.energy_plan_id = e.id), '{}') AS "slugs!",
                  coalesce((SELECT array_agg(n.name ORDER BY n.name)
                              FROM energy_plan_neighbourhoods en
                              JOIN neighbourhoods n ON n.id = en.neighbourhood_id
                             WHERE en.energy_plan_id = e.id), '{}') AS "names!"
             FROM energy_plans e JOIN plans pl ON pl.id = e.plan_id
            WHERE e.id = $1"#,
        id
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| EnergyPlanRow {
        id: r.id,
        plan_id: r.plan_id,
        plan: r.plan,
        title: r.title,
        group_name: r.group_name,
        author_key: r.author_key,
        area: r.area,
        neighbourhoods: r.slugs.into_iter().zip(r.names).collect(),
        created_at: r.created_at,
    }))
}

/// One energy plan in a list, with the version the person asking sees.
#[derive(Debug, Clone)]
pub struct ListRow {
    pub id: Uuid,
    pub title: String,
    pub group_name: String,
    pub neighbourhoods: Vec<String>,
    pub version: i32,
    pub status: String,
    pub created_at: OffsetDateTime,
}

/// A plan's energy plans: each with its latest shared or answered version, and with its
/// draft for its own group (`author`) and admins (`all_drafts`). Plans the asker may
/// see no version of are left out.
pub async fn list(
    db: impl PgExecutor<'_>,
    plan: &str,
    author: Option<&str>,
    all_drafts: bool,
) -> Result<Vec<ListRow>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT e.id, e.title, e.group_name, e.created_at, v.number, v.status,
                  coalesce((SELECT array_agg(n.name ORDER BY n.name)
                              FROM energy_plan_neighbourhoods en
                              JOIN neighbourhoods n ON n.id = en.neighbourhood_id
                             WHERE en.energy_plan_id = e.id), '{}') AS "neighbourhoods!"
             FROM energy_plans e
             JOIN plans pl ON pl.id = e.plan_id
             JOIN LATERAL (
                 SELECT number, status FROM energy_plan_versions v
                  WHERE v.energy_plan_id = e.id
                    AND (v.status <> 'draft' OR $3 OR e.author_key = $2)
                  ORDER BY number DESC LIMIT 1) v ON true
            WHERE pl.slug = $1
            ORDER BY e.created_at, e.id"#,
        plan,
        author,
        all_drafts
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| ListRow {
            id: r.id,
            title: r.title,
            group_name: r.group_name,
            neighbourhoods: r.neighbourhoods,
            version: r.number,
            status: r.status,
            created_at: r.created_at,
        })
        .collect())
}

#[derive(Debug, Clone)]
pub struct VersionRow {
    pub id: Uuid,
    pub number: i32,
    pub status: String,
    pub scenario: Value,
    pub dfes_scenario: Option<String>,
    pub note: String,
    pub created_at: OffsetDateTime,
    pub shared_at: Option<OffsetDateTime>,
    pub answered_at: Option<OffsetDateTime>,
}

/// Every version of an energy plan, oldest first.
pub async fn versions(
    db: impl PgExecutor<'_>,
    energy_plan: Uuid,
) -> Result<Vec<VersionRow>, sqlx::Error> {
    sqlx::query_as!(
        VersionRow,
        r#"SELECT id, number, status, scenario, dfes_scenario, note, created_at, shared_at,
                  answered_at
             FROM energy_plan_versions WHERE energy_plan_id = $1 ORDER BY number"#,
        energy_plan
    )
    .fetch_all(db)
    .await
}

/// What a change to a version found.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    Done,
    NotFound,
    /// The version is shared: it is frozen.
    NotDraft,
}

/// A version's status, its row locked until the transaction ends.
async fn locked_status(
    conn: &mut PgConnection,
    energy_plan: Uuid,
    number: i32,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar!(
        "SELECT status FROM energy_plan_versions WHERE energy_plan_id = $1 AND number = $2 FOR UPDATE",
        energy_plan,
        number
    )
    .fetch_optional(conn)
    .await
}

/// Replaces a draft's scenario, DFES scenario and note.
pub async fn update_draft(
    conn: &mut PgConnection,
    energy_plan: Uuid,
    number: i32,
    scenario: &Value,
    dfes_scenario: Option<&str>,
    note: &str,
) -> Result<Change, sqlx::Error> {
    match locked_status(&mut *conn, energy_plan, number)
        .await?
        .as_deref()
    {
        None => Ok(Change::NotFound),
        Some("draft") => {
            sqlx::query!(
                r#"UPDATE energy_plan_versions SET scenario = $3, dfes_scenario = $4, note = $5
                    WHERE energy_plan_id = $1 AND number = $2"#,
                energy_plan,
                number,
                scenario,
                dfes_scenario,
                note
            )
            .execute(&mut *conn)
            .await?;
            Ok(Change::Done)
        }
        Some(_) => Ok(Change::NotDraft),
    }
}

/// Shares a draft: from now on it is frozen, and the operator and the council are asked.
pub async fn share(
    conn: &mut PgConnection,
    energy_plan: Uuid,
    number: i32,
) -> Result<Change, sqlx::Error> {
    match locked_status(&mut *conn, energy_plan, number)
        .await?
        .as_deref()
    {
        None => Ok(Change::NotFound),
        Some("draft") => {
            sqlx::query!(
                r#"UPDATE energy_plan_versions SET status = 'shared', shared_at = now()
                    WHERE energy_plan_id = $1 AND number = $2"#,
                energy_plan,
                number
            )
            .execute(&mut *conn)
            .await?;
            Ok(Change::Done)
        }
        Some(_) => Ok(Change::NotDraft),
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum NextDraft {
    Created(i32),
    /// The latest version is not answered yet (or is itself the draft).
    LatestNotAnswered,
}

/// Starts the next draft from the latest version, once it is answered: its scenario,
/// DFES scenario and priorities are copied into the new draft.
pub async fn next_draft(
    conn: &mut PgConnection,
    energy_plan: Uuid,
) -> Result<NextDraft, sqlx::Error> {
    let latest = sqlx::query!(
        r#"SELECT id, number, status FROM energy_plan_versions
            WHERE energy_plan_id = $1 ORDER BY number DESC LIMIT 1 FOR UPDATE"#,
        energy_plan
    )
    .fetch_one(&mut *conn)
    .await?;
    if latest.status != "answered" {
        return Ok(NextDraft::LatestNotAnswered);
    }
    let number = latest.number + 1;
    let id = sqlx::query_scalar!(
        r#"INSERT INTO energy_plan_versions (energy_plan_id, number, scenario, dfes_scenario)
           SELECT energy_plan_id, $2, scenario, dfes_scenario FROM energy_plan_versions WHERE id = $1
           RETURNING id"#,
        latest.id,
        number
    )
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query!(
        r#"INSERT INTO energy_plan_priorities (version_id, contribution_id, position)
           SELECT $2, contribution_id, position FROM energy_plan_priorities WHERE version_id = $1"#,
        latest.id,
        id
    )
    .execute(&mut *conn)
    .await?;
    Ok(NextDraft::Created(number))
}

/// A pin or conversation in the area, with its counts as they are now.
#[derive(Debug, Clone)]
pub struct Voice {
    pub id: Uuid,
    pub kind: String,
    pub title: String,
    pub themes: Vec<String>,
    /// A conversation a mobiliser recorded, rather than a pin.
    pub conversation: bool,
    pub supports: i32,
    pub replies: i32,
    pub neighbourhood: Option<String>,
}

/// The published pins and conversations inside the area, most supported first: what
/// the group chooses its priorities from.
pub async fn voices(
    db: impl PgExecutor<'_>,
    energy_plan: Uuid,
    limit: i64,
) -> Result<Vec<Voice>, sqlx::Error> {
    sqlx::query_as!(
        Voice,
        r#"SELECT c.id, c.kind, c.title, c.themes, (c.recorded_by IS NOT NULL) AS "conversation!",
                  c.support_count AS supports, c.reply_count AS replies, n.name AS "neighbourhood?"
             FROM energy_plans e
             JOIN contributions c ON c.plan_id = e.plan_id AND c.status = 'published'
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
            WHERE e.id = $1 AND ST_Intersects(c.geom, energy_plan_area(e.id))
            ORDER BY c.support_count DESC, c.created_at DESC, c.id
            LIMIT $2"#,
        energy_plan,
        limit
    )
    .fetch_all(db)
    .await
}

/// A version's priorities, in the group's order, with their counts read now. A pin that
/// has since been hidden or withdrawn is left out.
pub async fn priorities(db: impl PgExecutor<'_>, version: Uuid) -> Result<Vec<Voice>, sqlx::Error> {
    sqlx::query_as!(
        Voice,
        r#"SELECT c.id, c.kind, c.title, c.themes, (c.recorded_by IS NOT NULL) AS "conversation!",
                  c.support_count AS supports, c.reply_count AS replies, n.name AS "neighbourhood?"
             FROM energy_plan_priorities p
             JOIN contributions c ON c.id = p.contribution_id AND c.status = 'published'
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
            WHERE p.version_id = $1
            ORDER BY p.position"#,
        version
    )
    .fetch_all(db)
    .await
}

/// Sets a draft's priorities. Returns the ids that are not published pins or
/// conversations inside the area (nothing is written then).
pub async fn set_priorities(
    conn: &mut PgConnection,
    energy_plan: Uuid,
    version: Uuid,
    contributions: &[Uuid],
) -> Result<Vec<Uuid>, sqlx::Error> {
    let inside = sqlx::query_scalar!(
        r#"SELECT c.id FROM energy_plans e
             JOIN contributions c ON c.plan_id = e.plan_id AND c.status = 'published'
            WHERE e.id = $1 AND c.id = ANY($2) AND ST_Intersects(c.geom, energy_plan_area(e.id))"#,
        energy_plan,
        contributions
    )
    .fetch_all(&mut *conn)
    .await?;
    let outside: Vec<Uuid> = contributions
        .iter()
        .filter(|id| !inside.contains(id))
        .copied()
        .collect();
    if !outside.is_empty() {
        return Ok(outside);
    }
    sqlx::query!(
        "DELETE FROM energy_plan_priorities WHERE version_id = $1",
        version
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        r#"INSERT INTO energy_plan_priorities (version_id, contribution_id, position)
           SELECT $1, id, (ord - 1)::int FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)"#,
        version,
        contributions
    )
    .execute(&mut *conn)
    .await?;
    Ok(Vec::new())
}

/// A community-energy proposal inside the area, and the primary substation whose
/// supply area holds its site (if any).
#[derive(Debug, Clone)]
pub struct AreaProposal {
    pub id: Uuid,
    pub title: String,
    pub technology: String,
    pub import_kw: f64,
    pub export_kw: f64,
    pub status: String,
    pub group_name: String,
    pub substation: Option<Uuid>,
}

/// The proposals (not drafts) whose sites lie in the area.
pub async fn proposals(
    db: impl PgExecutor<'_>,
    energy_plan: Uuid,
) -> Result<Vec<AreaProposal>, sqlx::Error> {
    sqlx::query_as!(
        AreaProposal,
        r#"SELECT p.id, p.title, p.technology, p.import_kw, p.export_kw, p.status, p.group_name,
                  (SELECT s.id FROM supply_areas sa JOIN substations s ON s.id = sa.substation_id
                    WHERE s.kind = 'primary' AND ST_Intersects(sa.geom, p.site_point)
                    ORDER BY s.name LIMIT 1) AS substation
             FROM energy_plans e
             JOIN proposals p ON p.plan_id = e.plan_id AND p.status <> 'draft'
            WHERE e.id = $1 AND ST_Intersects(p.site_point, energy_plan_area(e.id))
            ORDER BY p.created_at, p.id"#,
        energy_plan
    )
    .fetch_all(db)
    .await
}

/// Homes in one neighbourhood's part of the area, and the share of that part each
/// primary substation's supply area covers (shares of area stand in for shares of homes).
/// Both are ratios of areas within one neighbourhood, so planar areas in degrees serve:
/// the scale of a degree hardly changes across a neighbourhood.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaShares {
    pub slug: String,
    pub name: String,
    /// `None` when no homes figure was imported for the neighbourhood.
    pub homes: Option<f64>,
    pub served_by: Vec<(Uuid, f64)>,
}

pub async fn area_shares(
    db: impl PgExecutor<'_>,
    energy_plan: Uuid,
) -> Result<Vec<AreaShares>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"WITH a AS (SELECT energy_plan_area($1) AS g),
                part AS (
                    SELECT n.slug, n.name, n.homes, ST_Area(n.boundary) AS whole,
                           ST_Intersection(n.boundary, a.g) AS g
                      FROM energy_plan_neighbourhoods en
                      JOIN neighbourhoods n ON n.id = en.neighbourhood_id, a
                     WHERE en.energy_plan_id = $1)
           SELECT part.slug AS "slug!", part.name AS "name!",
                  part.homes * ST_Area(part.g) / nullif(part.whole, 0) AS homes,
                  s.id AS "substation?",
                  ST_Area(ST_Intersection(part.g, sa.geom)) / nullif(ST_Area(part.g), 0) AS share
             FROM part
             LEFT JOIN (supply_areas sa JOIN substations s ON s.id = sa.substation_id AND s.kind = 'primary')
                    ON ST_Intersects(part.g, sa.geom)
            ORDER BY part.slug, s.name"#,
        energy_plan
    )
    .fetch_all(db)
    .await?;
    let mut areas: Vec<AreaShares> = Vec::new();
    for r in rows {
        if areas.last().is_none_or(|a| a.slug != r.slug) {
            areas.push(AreaShares {
                slug: r.slug.clone(),
                name: r.name.clone(),
                homes: r.homes,
                served_by: Vec::new(),
            });
        }
        if let (Some(substation), Some(share)) = (r.substation, r.share)
            && share > 0.0
            && let Some(area) = areas.last_mut()
        {
            area.served_by.push((substation, share));
        }
    }
    Ok(areas)
}

/// A primary substation's headroom today and, for a DFES scenario, per future year.
#[derive(Debug, Clone, PartialEq)]
pub struct SubstationHeadroom {
    pub id: Uuid,
    pub name: String,
    pub demand_mva: f64,
    /// After the generation already queued.
    pub generation_mw: f64,
    pub future: BTreeMap<i32, (f64, f64)>,
}

pub async fn headroom(
    conn: &mut PgConnection,
    substations: &[Uuid],
    dfes_scenario: Option<&str>,
) -> Result<Vec<SubstationHeadroom>, sqlx::Error> {
    let today = sqlx::query!(
        r#"SELECT id, name, coalesce(demand_headroom_mva, 0) AS "demand!",
                  coalesce(generation_headroom_mw, 0) - coalesce(queued_generation_mw, 0) AS "generation!"
             FROM substations WHERE id = ANY($1) ORDER BY name, id"#,
        substations
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut future: HashMap<Uuid, BTreeMap<i32, (f64, f64)>> = HashMap::new();
    if let Some(scenario) = dfes_scenario {
        for (id, year, demand, generation) in
            crate::dfes::headroom(&mut *conn, substations, scenario).await?
        {
            future
                .entry(id)
                .or_default()
                .insert(year, (demand, generation));
        }
    }
    Ok(today
        .into_iter()
        .map(|r| SubstationHeadroom {
            future: future.remove(&r.id).unwrap_or_default(),
            id: r.id,
            name: r.name,
            demand_mva: r.demand,
            generation_mw: r.generation,
        })
        .collect())
}

/// The plan's energy assumptions as its admin set them (a JSON object).
pub async fn assumptions(db: impl PgExecutor<'_>, plan_id: Uuid) -> Result<Value, sqlx::Error> {
    sqlx::query_scalar!(
        "SELECT energy_assumptions FROM plans WHERE id = $1",
        plan_id
    )
    .fetch_one(db)
    .await
}

pub async fn set_assumptions(
    db: impl PgExecutor<'_>,
    plan: &str,
    assumptions: &Value,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "UPDATE plans SET energy_assumptions = $2 WHERE slug = $1",
        plan,
        assumptions
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Debug, Clone)]
pub struct NetworkAnswer {
    pub substation: Uuid,
    pub verdict: String,
    pub cost_band: Option<String>,
    pub earliest_year: Option<i32>,
    pub note: String,
    pub answered_at: OffsetDateTime,
}

#[derive(Debug, Clone)]
pub struct LaepAnswer {
    pub verdict: String,
    pub note: String,
    pub answered_at: OffsetDateTime,
}

pub async fn network_answers(
    db: impl PgExecutor<'_>,
    version: Uuid,
) -> Result<Vec<NetworkAnswer>, sqlx::Error> {
    sqlx::query_as!(
        NetworkAnswer,
        r#"SELECT substation_id AS substation, verdict, cost_band, earliest_year, note, answered_at
             FROM energy_plan_network_answers WHERE version_id = $1"#,
        version
    )
    .fetch_all(db)
    .await
}

pub async fn laep_answer(
    db: impl PgExecutor<'_>,
    version: Uuid,
) -> Result<Option<LaepAnswer>, sqlx::Error> {
    sqlx::query_as!(
        LaepAnswer,
        "SELECT verdict, note, answered_at FROM energy_plan_laep_answers WHERE version_id = $1",
        version
    )
    .fetch_optional(db)
    .await
}

pub struct NewNetworkAnswer<'a> {
    pub substation: Uuid,
    pub verdict: &'a str,
    pub cost_band: Option<&'a str>,
    pub earliest_year: Option<i32>,
    pub note: &'a str,
}

/// Records (or revises) the operator's answer for one substation of a shared version.
pub async fn answer_network(
    conn: &mut PgConnection,
    version: Uuid,
    answer: &NewNetworkAnswer<'_>,
    responder: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        r#"INSERT INTO energy_plan_network_answers
                (version_id, substation_id, verdict, cost_band, earliest_year, note, responder)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (version_id, substation_id) DO UPDATE
              SET verdict = EXCLUDED.verdict, cost_band = EXCLUDED.cost_band,
                  earliest_year = EXCLUDED.earliest_year, note = EXCLUDED.note,
                  responder = EXCLUDED.responder, answered_at = now()"#,
        version,
        answer.substation,
        answer.verdict,
        answer.cost_band,
        answer.earliest_year,
        answer.note,
        responder
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Records (or revises) the council's answer for its Local Area Energy Plan.
pub async fn answer_laep(
    conn: &mut PgConnection,
    version: Uuid,
    verdict: &str,
    note: &str,
    responder: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        r#"INSERT INTO energy_plan_laep_answers (version_id, verdict, note, responder)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (version_id) DO UPDATE
              SET verdict = EXCLUDED.verdict, note = EXCLUDED.note,
                  responder = EXCLUDED.responder, answered_at = now()"#,
        version,
        verdict,
        note,
        responder
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A shared version becomes answered once the council has answered and the operator has
/// answered for every one of `substations` (those the version affects).
pub async fn mark_answered_when_complete(
    conn: &mut PgConnection,
    version: Uuid,
    substations: &[Uuid],
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        r#"UPDATE energy_plan_versions v SET status = 'answered', answered_at = now()
            WHERE v.id = $1 AND v.status = 'shared'
              AND EXISTS (SELECT 1 FROM energy_plan_laep_answers l WHERE l.version_id = v.id)
              AND NOT EXISTS (
                  SELECT 1 FROM unnest($2::uuid[]) AS s(id)
                   WHERE NOT EXISTS (SELECT 1 FROM energy_plan_network_answers a
                                      WHERE a.version_id = v.id AND a.substation_id = s.id))"#,
        version,
        substations
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Energy plans with a shared or answered version as GeoJSON features, for anyone: the
/// area, the latest shared version and its answers as traffic lights. `bbox` keeps those
/// whose area meets it.
pub async fn public_features(
    db: impl PgExecutor<'_>,
    bbox: Option<[f64; 4]>,
) -> Result<Vec<Value>, sqlx::Error> {
    let [min_lon, min_lat, max_lon, max_lat] = bbox.unwrap_or([-180.0, -90.0, 180.0, 90.0]);
    sqlx::query_scalar!(
        r#"SELECT json_build_object(
                   'type', 'Feature',
                   'id', e.id,
                   'geometry', ST_AsGeoJSON(e.geom, 6)::json,
                   'properties', json_build_object(
                       'plan', pl.slug, 'title', e.title, 'group_name', e.group_name,
                       'version', e.version, 'status', e.status, 'target_year', e.target_year,
                       'network_rag', e.network_rag, 'laep_rag', e.laep_rag,
                       'shared_at', e.shared_at, 'answered_at', e.answered_at)
               )::jsonb AS "feature!"
             FROM energy_plans_public e JOIN plans pl ON pl.id = e.plan_id
            WHERE ST_Intersects(e.geom, ST_MakeEnvelope($1, $2, $3, $4, 4326))
            ORDER BY e.shared_at, e.id"#,
        min_lon,
        min_lat,
        max_lon,
        max_lat
    )
    .fetch_all(db)
    .await
}

/// The supply areas of these substations as GeoJSON (what anyone may see of where a
/// substation serves).
pub async fn supply_areas(
    db: impl PgExecutor<'_>,
    substations: &[Uuid],
) -> Result<HashMap<Uuid, Value>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT substation_id, ST_AsGeoJSON(geom, 6)::jsonb AS "geometry!"
             FROM supply_areas WHERE substation_id = ANY($1)"#,
        substations
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.substation_id, r.geometry))
        .collect())
}

/// The primary substations an energy plan affects: those serving its area, and those
/// whose supply areas hold a proposal in it (what `area_shares` and `proposals` name).
pub async fn affected_substations(
    conn: &mut PgConnection,
    energy_plan: Uuid,
) -> Result<Vec<Uuid>, sqlx::Error> {
    let areas = area_shares(&mut *conn, energy_plan).await?;
    let proposals = proposals(&mut *conn, energy_plan).await?;
    Ok(affected(&areas, &proposals))
}

/// The substations that `areas` and `proposals` name, each once, in order.
pub fn affected(areas: &[AreaShares], proposals: &[AreaProposal]) -> Vec<Uuid> {
    let mut ids: Vec<Uuid> = areas
        .iter()
        .flat_map(|a| a.served_by.iter().map(|(s, _)| *s))
        .chain(proposals.iter().filter_map(|p| p.substation))
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

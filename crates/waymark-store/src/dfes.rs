//! What an energy plan looks ahead with: each substation's future headroom per DFES
//! scenario and year, and the number of homes in each neighbourhood.

use sqlx::{PgConnection, PgExecutor};
use uuid::Uuid;

/// A substation as a DFES file may name it: by its operator's id or by its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubstationKey {
    pub id: Uuid,
    pub operator: String,
    pub external_id: String,
    pub name: String,
}

/// Every substation, for matching a file's rows to them.
pub async fn substations(db: impl PgExecutor<'_>) -> Result<Vec<SubstationKey>, sqlx::Error> {
    sqlx::query_as!(
        SubstationKey,
        "SELECT id, operator, external_id, name FROM substations ORDER BY operator, external_id"
    )
    .fetch_all(db)
    .await
}

/// One substation's headroom in one year of one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadroomRow {
    pub substation_id: Uuid,
    pub scenario: String,
    pub year: i32,
    pub demand_headroom_mva: f64,
    pub generation_headroom_mw: f64,
    pub source: String,
}

/// Replaces every row of the substations in `rows` for the scenarios in `rows` with
/// `rows`, so that a newer file leaves no year of an older one behind. Returns how many
/// rows were written.
pub async fn replace(conn: &mut PgConnection, rows: &[HeadroomRow]) -> Result<u64, sqlx::Error> {
    let mut substations: Vec<Uuid> = rows.iter().map(|r| r.substation_id).collect();
    substations.sort_unstable();
    substations.dedup();
    let mut scenarios: Vec<String> = rows.iter().map(|r| r.scenario.clone()).collect();
    scenarios.sort_unstable();
    scenarios.dedup();
    sqlx::query!(
        "DELETE FROM dfes_headroom WHERE substation_id = ANY($1) AND scenario = ANY($2)",
        &substations,
        &scenarios
    )
    .execute(&mut *conn)
    .await?;
    // One array per column, for a single INSERT … SELECT FROM unnest(…).
    let ids: Vec<Uuid> = rows.iter().map(|r| r.substation_id).collect();
    let names: Vec<String> = rows.iter().map(|r| r.scenario.clone()).collect();
    let years: Vec<i32> = rows.iter().map(|r| r.year).collect();
    let demand: Vec<f64> = rows.iter().map(|r| r.demand_headroom_mva).collect();
    let generation: Vec<f64> = rows.iter().map(|r| r.generation_headroom_mw).collect();
    let sources: Vec<String> = rows.iter().map(|r| r.source.clone()).collect();
    let done = sqlx::query!(
        r#"INSERT INTO dfes_headroom
               (substation_id, scenario, year, demand_headroom_mva, generation_headroom_mw, source)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::float8[], $5::float8[],
                                $6::text[])"#,
        &ids,
        &names,
        &years,
        &demand,
        &generation,
        &sources
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// The names of the scenarios that have rows, sorted.
pub async fn scenarios(db: impl PgExecutor<'_>) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar!("SELECT DISTINCT scenario FROM dfes_headroom ORDER BY scenario")
        .fetch_all(db)
        .await
}

/// `(substation, year, demand headroom MVA, generation headroom MW)` of these substations
/// in one scenario, by substation and year.
pub async fn headroom(
    db: impl PgExecutor<'_>,
    substation_ids: &[Uuid],
    scenario: &str,
) -> Result<Vec<(Uuid, i32, f64, f64)>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT substation_id, year, demand_headroom_mva, generation_headroom_mw
             FROM dfes_headroom
            WHERE substation_id = ANY($1) AND scenario = $2
            ORDER BY substation_id, year"#,
        substation_ids,
        scenario
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.substation_id,
                r.year,
                r.demand_headroom_mva,
                r.generation_headroom_mw,
            )
        })
        .collect())
}

/// A neighbourhood of a plan as a homes file may name it: by slug or by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeighbourhoodKey {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
}

pub async fn neighbourhood_keys(
    db: impl PgExecutor<'_>,
    plan_id: Uuid,
) -> Result<Vec<NeighbourhoodKey>, sqlx::Error> {
    sqlx::query_as!(
        NeighbourhoodKey,
        "SELECT id, slug, name FROM neighbourhoods WHERE plan_id = $1 ORDER BY slug",
        plan_id
    )
    .fetch_all(db)
    .await
}

/// Sets the homes of these neighbourhoods of the plan, `(neighbourhood, homes, source)`;
/// the plan's other neighbourhoods keep theirs. Returns how many were set.
pub async fn set_homes(
    conn: &mut PgConnection,
    plan_id: Uuid,
    homes: &[(Uuid, i32, String)],
) -> Result<u64, sqlx::Error> {
    let ids: Vec<Uuid> = homes.iter().map(|h| h.0).collect();
    let counts: Vec<i32> = homes.iter().map(|h| h.1).collect();
    let sources: Vec<String> = homes.iter().map(|h| h.2.clone()).collect();
    let done = sqlx::query!(
        r#"UPDATE neighbourhoods n SET homes = h.homes, homes_source = h.source
             FROM unnest($2::uuid[], $3::int[], $4::text[]) AS h(id, homes, source)
            WHERE n.id = h.id AND n.plan_id = $1"#,
        plan_id,
        &ids,
        &counts,
        &sources
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// `(slug, name, homes, source)` of every neighbourhood of the plan, by name; `None`
/// where no homes were imported.
pub async fn homes(
    db: impl PgExecutor<'_>,
    plan_id: Uuid,
) -> Result<Vec<(String, String, Option<i32>, Option<String>)>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT slug, name, homes, homes_source
             FROM neighbourhoods WHERE plan_id = $1 ORDER BY name, slug"#,
        plan_id
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.slug, r.name, r.homes, r.homes_source))
        .collect())
}

/// One figure of a neighbourhood's population: everyone (`dimension` "total", `band`
/// "all") or the people in one band.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PopulationFigure {
    pub neighbourhood_id: Uuid,
    pub dimension: String,
    pub band: String,
    pub people: i32,
    pub source: String,
}

/// Replaces the population of the plan's neighbourhoods with `figures`: a neighbourhood
/// the file leaves out keeps no figures. Returns how many figures were stored.
pub async fn set_population(
    conn: &mut PgConnection,
    plan_id: Uuid,
    figures: &[PopulationFigure],
) -> Result<u64, sqlx::Error> {
    sqlx::query!(
        "DELETE FROM neighbourhood_population p USING neighbourhoods n
          WHERE p.neighbourhood_id = n.id AND n.plan_id = $1",
        plan_id
    )
    .execute(&mut *conn)
    .await?;
    let column = |f: fn(&PopulationFigure) -> String| figures.iter().map(f).collect::<Vec<_>>();
    let ids: Vec<Uuid> = figures.iter().map(|f| f.neighbourhood_id).collect();
    let people: Vec<i32> = figures.iter().map(|f| f.people).collect();
    let done = sqlx::query!(
        r#"INSERT INTO neighbourhood_population (neighbourhood_id, dimension, band, people, source)
           SELECT f.id, f.dimension, f.band, f.people, f.source
             FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::text[])
                  AS f(id, dimension, band, people, source)
             JOIN neighbourhoods n ON n.id = f.id AND n.plan_id = $1"#,
        plan_id,
        &ids,
        &column(|f| f.dimension.clone()),
        &column(|f| f.band.clone()),
        &people,
        &column(|f| f.source.clone()),
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

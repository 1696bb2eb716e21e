//! A version's impact as JSON, and as exports a council or an operator can take into
//! their own tools: GeoJSON (supply areas with the scenario's figures) and CSV, with exact
//! figures or bands as the reader may see them.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use uuid::Uuid;
use waymark_domain::energy_plan::{Impact, Scenario};
use waymark_store::energy_plans as store;

use super::impact::{Ground, compute};
use super::{ImpactView, private, visible};
use crate::auth::identity::{Identity, KnownAuthor};
use crate::extract::Path;
use crate::{ApiError, AppState, Problem};

/// The version's impact for whoever asks, and the supply areas of its substations.
async fn version_impact(
    state: &AppState,
    identity: &Identity,
    author: Option<&str>,
    id: Uuid,
    number: i32,
) -> Result<(store::EnergyPlanRow, Impact), ApiError> {
    let (row, versions, viewer) = visible(state, id, identity, author).await?;
    let version = versions
        .into_iter()
        .find(|v| v.number == number)
        .ok_or(ApiError::NotFound("version"))?;
    let scenario: Scenario =
        serde_json::from_value(version.scenario).map_err(ApiError::internal)?;
    let mut conn = state.pool.acquire().await?;
    let ground = Ground::load(&mut conn, id, row.plan_id).await?;
    let impact = compute(
        state,
        &mut conn,
        &ground,
        &scenario,
        version.dfes_scenario.as_deref(),
        viewer.detail(),
    )
    .await?
    .map_err(ApiError::Validation)?;
    Ok((row, impact))
}

fn download(content_type: &'static str, filename: String, body: String) -> Response {
    let mut response = private(([(header::CONTENT_TYPE, content_type)], body).into_response());
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// A version's impact on each primary substation, year by year to its target year, for
/// whoever asks: exact headroom for DNO engineers and admins, bands for everyone else.
#[utoipa::path(get, path = "/api/v1/energy-plans/{id}/versions/{number}/impact",
    tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path)),
    responses((status = 200, body = ImpactView),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn version_impact_json(
    State(state): State<AppState>,
    Path((id, number)): Path<(Uuid, i32)>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    let (_, impact) = version_impact(&state, &identity, author.as_deref(), id, number).await?;
    Ok(private(axum::Json(ImpactView { impact }).into_response()))
}

/// The version's impact as GeoJSON: each primary substation's supply area with its
/// homes, traffic light and year-by-year figures.
#[utoipa::path(get, path = "/api/v1/energy-plans/{id}/versions/{number}/substations.geojson",
    tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path)),
    responses((status = 200, description = "A FeatureCollection", content_type = "application/geo+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn substations_geojson(
    State(state): State<AppState>,
    Path((id, number)): Path<(Uuid, i32)>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    let (row, impact) = version_impact(&state, &identity, author.as_deref(), id, number).await?;
    let ids: Vec<Uuid> = impact
        .substations
        .iter()
        .filter_map(|s| s.key.parse().ok())
        .collect();
    let areas = store::supply_areas(&state.pool, &ids).await?;
    let features: Vec<Value> = impact
        .substations
        .iter()
        .map(|s| {
            let geometry = s
                .key
                .parse::<Uuid>()
                .ok()
                .and_then(|k| areas.get(&k).cloned())
                .unwrap_or(Value::Null);
            json!({
                "type": "Feature",
                "id": s.key,
                "geometry": geometry,
                "properties": {
                    "energy_plan": row.id, "title": row.title, "version": number,
                    "substation": s.name, "homes": s.homes, "rag": s.rag,
                    "years": s.years,
                },
            })
        })
        .collect();
    let body = json!({ "type": "FeatureCollection", "features": features }).to_string();
    Ok(download(
        "application/geo+json",
        format!("energy-plan-{id}-v{number}.geojson"),
        body,
    ))
}

/// The version's impact as CSV, one row per substation per year.
#[utoipa::path(get, path = "/api/v1/energy-plans/{id}/versions/{number}/substations.csv",
    tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path)),
    responses((status = 200, description = "CSV", content_type = "text/csv"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn substations_csv(
    State(state): State<AppState>,
    Path((id, number)): Path<(Uuid, i32)>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    let (_, impact) = version_impact(&state, &identity, author.as_deref(), id, number).await?;
    Ok(download(
        "text/csv; charset=utf-8",
        format!("energy-plan-{id}-v{number}.csv"),
        impact.to_csv(),
    ))
}

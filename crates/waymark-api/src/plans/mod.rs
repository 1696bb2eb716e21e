//! `/api/v1/plans`: the plans and their neighbourhoods; admins create plans and load
//! neighbourhoods from boundary files.

mod basemap;
mod privacy;
mod setup;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use waymark_store::plans::{self as store, PlanRow};

use crate::contributions::wire::{FeatureCollectionType, FeatureType};
use crate::extract::Path;
use crate::{ApiError, AppState, Problem};

pub use basemap::{BasemapState, OsmExtract};
pub use privacy::PrivacyNotice;
pub use setup::{BoundaryFile, ImportReport, NewPlanBody};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_plans, setup::create_plan))
        .routes(routes!(get_plan))
        .routes(routes!(list_neighbourhoods, setup::import_neighbourhoods))
        .routes(routes!(basemap::get_basemap, basemap::choose_basemap))
        .routes(routes!(basemap::import_osm))
        .routes(routes!(privacy::get_privacy))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Plan {
    pub slug: String,
    pub title: String,
    pub description: String,
    /// `[minLon, minLat, maxLon, maxLat]` of the plan's area; the whole world
    /// (`[-180, -85.051129, 180, 85.051129]`) while a new plan has no area yet.
    pub bbox: [f64; 4],
    /// Whether people without an account may contribute.
    pub allow_anonymous: bool,
    /// `post`: contributions show at once; `pre`: after a moderator approves them.
    pub moderation: String,
    /// The most contributions one person may post to the plan in a day; absent: no limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contributions_per_day: Option<i32>,
    /// The basemap the plan's map draws: `own` (drawn for the plan), `osm` (imported from
    /// OpenStreetMap) or `pmtiles` (an archive of vector tiles).
    pub basemap: String,
    /// Who is responsible for the plan's personal data (its privacy notice); absent
    /// until an admin sets it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privacy_controller: Option<String>,
    /// Where people write to use their rights: an e-mail or a postal address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privacy_contact: Option<String>,
    /// The plan's area, a GeoJSON MultiPolygon (with no coordinates while a new plan
    /// has no area yet: no pin can be placed until it has).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub boundary: Option<Value>,
}

impl Plan {
    pub(crate) fn from_row(row: PlanRow) -> Self {
        Self {
            slug: row.slug,
            title: row.title,
            description: row.description,
            bbox: row.bbox,
            allow_anonymous: row.allow_anonymous,
            moderation: row.moderation,
            contributions_per_day: row.contributions_per_day,
            basemap: row.basemap,
            privacy_controller: row.privacy_controller,
            privacy_contact: row.privacy_contact,
            boundary: row.boundary,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PlanList {
    pub plans: Vec<Plan>,
}

/// Every plan on this server.
#[utoipa::path(get, path = "/api/v1/plans", tag = "plans",
    responses((status = 200, body = PlanList)))]
async fn list_plans(State(state): State<AppState>) -> Result<Json<PlanList>, ApiError> {
    let plans = store::list(&state.pool).await?;
    Ok(Json(PlanList {
        plans: plans.into_iter().map(Plan::from_row).collect(),
    }))
}

/// One plan, with its boundary.
#[utoipa::path(get, path = "/api/v1/plans/{plan}", tag = "plans",
    params(("plan" = String, Path, description = "The plan's slug")),
    responses(
        (status = 200, body = Plan),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn get_plan(
    State(state): State<AppState>,
    Path(plan): Path<String>,
) -> Result<Json<Plan>, ApiError> {
    let row = store::get(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    Ok(Json(Plan::from_row(row)))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NeighbourhoodFeature {
    #[serde(rename = "type")]
    pub type_: FeatureType,
    pub id: String,
    /// The neighbourhood's area, a GeoJSON MultiPolygon.
    #[schema(value_type = Object)]
    pub geometry: Value,
    pub properties: NeighbourhoodProperties,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NeighbourhoodProperties {
    pub slug: String,
    pub name: String,
    /// A point inside the area, where neighbourhood-precision pins are published.
    pub centre: [f64; 2],
    /// Published contributions in it.
    pub contribution_count: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NeighbourhoodCollection {
    #[serde(rename = "type")]
    pub type_: FeatureCollectionType,
    pub features: Vec<NeighbourhoodFeature>,
}

/// A plan's neighbourhoods as GeoJSON.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/neighbourhoods", tag = "plans",
    params(("plan" = String, Path, description = "The plan's slug")),
    responses(
        (status = 200, body = NeighbourhoodCollection, content_type = "application/geo+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn list_neighbourhoods(
    State(state): State<AppState>,
    Path(plan): Path<String>,
) -> Result<Response, ApiError> {
    let plan = store::get(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let rows = store::neighbourhoods(&state.pool, plan.id).await?;
    let collection = NeighbourhoodCollection {
        type_: FeatureCollectionType::FeatureCollection,
        features: rows
            .into_iter()
            .map(|n| NeighbourhoodFeature {
                type_: FeatureType::Feature,
                id: n.slug.clone(),
                geometry: n.boundary,
                properties: NeighbourhoodProperties {
                    slug: n.slug,
                    name: n.name,
                    centre: n.centre,
                    contribution_count: n.contribution_count,
                },
            })
            .collect(),
    };
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/geo+json"),
        )],
        Json(collection),
    )
        .into_response())
}

//! Admins set up a plan: create it, then load its neighbourhoods from a boundary file
//! (GeoJSON, GeoPackage or a zipped Shapefile) sent as the request body. The import
//! itself is `waymark_boundaries::import`, the same as `waymark import neighbourhoods`.

use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use waymark_boundaries::{Format, ImportError, Options, Source};
use waymark_domain::plan::{Moderation, NewPlan};
use waymark_domain::{Action, BBox, ValidationErrors};

use super::Plan;
use crate::auth::identity::Identity;
use crate::error::Detail;
use crate::extract::{JsonBody, Path, Query};
use crate::tiles::cache::Eviction;
use crate::tiles::layers::Layer;
use crate::{ApiError, AppState, Problem};

/// The largest boundary file taken, in bytes: far more than any town's neighbourhoods
/// need, and kept apart from the small limit of every other body.
pub const BOUNDARY_FILE_LIMIT: usize = 20 * 1024 * 1024;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPlanBody {
    /// The plan's address in URLs: lowercase letters and digits in words joined by
    /// hyphens, at most 64 characters.
    #[schema(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 64)]
    pub slug: String,
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub description: Option<String>,
    /// `[minLon, minLat, maxLon, maxLat]` of the plan's area. Without it the plan has
    /// no area until neighbourhoods are imported; its area is then their union.
    pub bbox: Option<[f64; 4]>,
    /// Whether people without an account may contribute (default true).
    pub allow_anonymous: Option<bool>,
    /// `post` (default): contributions show at once; `pre`: after a moderator approves.
    pub moderation: Option<Moderation>,
}

/// Creates a plan (admins). Its slug must be new.
#[utoipa::path(post, path = "/api/v1/plans", tag = "plans",
    request_body = NewPlanBody,
    responses(
        (status = 201, body = Plan, headers(("Location" = String, description = "The new plan"))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The slug is taken (`conflict`)", body = Problem,
         content_type = "application/problem+json"),
    ))]
pub(super) async fn create_plan(
    State(state): State<AppState>,
    identity: Identity,
    body: JsonBody<NewPlanBody>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::ManagePlan, false)?;
    let actor = identity.user()?.key();
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let bbox = b.bbox.and_then(|c| errors.check(BBox::from_corners(c)));
    let new = errors.check(NewPlan::new(
        &b.slug,
        &b.title,
        b.description.as_deref().unwrap_or(""),
        bbox,
        b.allow_anonymous.unwrap_or(true),
        b.moderation.unwrap_or(Moderation::Post),
    ));
    let new = match new {
        Some(new) if errors.is_empty() => new,
        _ => return Err(ApiError::Validation(errors)),
    };
    let mut tx = state.pool.begin().await?;
    if waymark_store::plans::create(&mut tx, &new, &actor)
        .await?
        .is_none()
    {
        return Err(ApiError::Conflict(
            Detail::new("problem-detail-plan-slug-taken").arg("slug", &new.slug),
        ));
    }
    tx.commit().await?;
    let row = waymark_store::plans::get(&state.pool, new.slug.as_str())
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let location = format!("/api/v1/plans/{}", new.slug);
    Ok((
        StatusCode::CREATED,
        [(
            header::LOCATION,
            HeaderValue::from_str(&location).map_err(ApiError::internal)?,
        )],
        Json(Plan::from_row(row)),
    )
        .into_response())
}

/// A boundary file's bytes, as the request body (the handler reads the body itself).
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct BoundaryFile(pub Vec<u8>);

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportParams {
    /// The field that names each neighbourhood; by default `name`, `NAME` or `Name`.
    name_field: Option<String>,
    /// The layer to read, when the file (a GeoPackage) has several.
    layer: Option<String>,
}

/// A neighbourhood whose boundary was not valid and was repaired.
#[derive(Debug, Serialize, ToSchema)]
pub struct RepairedNeighbourhood {
    pub name: String,
    /// Why it was not valid, as PostGIS says (`Self-intersection[-1.83 52.67]`).
    pub reason: String,
}

/// A pin that lies in no neighbourhood after the import: kept, and counted in the
/// nearest neighbourhood.
#[derive(Debug, Serialize, ToSchema)]
pub struct PinOutside {
    pub id: Uuid,
    pub title: String,
}

/// What an import did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportReport {
    pub plan: String,
    /// The layer read and the field the names came from.
    pub layer: String,
    pub name_field: String,
    /// The projection the file gave, reprojected to WGS 84; `null` when the file gave
    /// none and its coordinates were longitude/latitude, taken as WGS 84.
    pub source_crs: Option<String>,
    /// Names of the neighbourhoods new to the plan.
    pub created: Vec<String>,
    /// Names of those already there (matched by the slug of their name): their
    /// boundaries were replaced and their ids kept.
    pub updated: Vec<String>,
    /// Names of those the file no longer has, now removed.
    pub deleted: Vec<String>,
    pub repaired: Vec<RepairedNeighbourhood>,
    pub pins_outside: Vec<PinOutside>,
    /// Subscriptions to a removed neighbourhood, kept as subscriptions to its old area.
    pub subscriptions_kept_as_areas: u64,
    /// Whether the plan's area is now the union of its neighbourhoods (plans created
    /// without an area).
    pub plan_area_from_neighbourhoods: bool,
}

/// Replaces a plan's neighbourhoods with those of a boundary file, all or nothing
/// (admins). The body is the file: GeoJSON, a GeoPackage or a zipped Shapefile, in any
/// projection the file names. Neighbourhoods keep their ids when their name's slug
/// matches; every pin is placed again and those outside every neighbourhood are listed.
/// A feature that cannot be repaired, overlapping neighbourhoods, a missing name field,
/// coordinates that are not longitude/latitude with no projection, or an unreadable
/// file are a 422 naming each, and nothing changes.
#[utoipa::path(put, path = "/api/v1/plans/{plan}/neighbourhoods", tag = "plans",
    params(("plan" = String, Path, description = "The plan's slug"), ImportParams),
    request_body(description = "The boundary file, at most 20 MB", content(
        (BoundaryFile = "application/geo+json"),
        (BoundaryFile = "application/geopackage+sqlite3"),
        (BoundaryFile = "application/zip"),
    )),
    responses(
        (status = 200, body = ImportReport),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The file is larger than 20 MB (`payload_too_large`)",
         body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not GeoJSON, a GeoPackage or a zip (`unsupported_media_type`)",
         body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The file or its features, each named (`validation_failed`)",
         body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn import_neighbourhoods(
    State(state): State<AppState>,
    identity: Identity,
    Path(plan): Path<String>,
    Query(params): Query<ImportParams>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<ImportReport>, ApiError> {
    // Who and what first: a large body is read only for an admin, in a format we take.
    identity.authorize(Action::ManagePlan, false)?;
    let actor = identity.user()?.key();
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let format = Format::from_media_type(content_type).ok_or_else(|| {
        ApiError::UnsupportedMediaType(format!(
            "send the file as application/geo+json, application/geopackage+sqlite3 or \
             application/zip (a zipped Shapefile), not '{}'",
            content_type.chars().take(80).collect::<String>()
        ))
    })?;
    let bytes = axum::body::to_bytes(body, BOUNDARY_FILE_LIMIT)
        .await
        .map_err(|_| ApiError::PayloadTooLarge)?;
    let options = Options {
        name_field: params.name_field,
        layer: params.layer,
    };
    let report = waymark_boundaries::import(
        &state.pool,
        &plan,
        Source::Bytes(&bytes, format),
        &options,
        &actor,
    )
    .await
    .map_err(|e| match e {
        ImportError::NoPlan => ApiError::NotFound("plan"),
        ImportError::Refused(errors) => ApiError::Validation(errors),
        ImportError::Tool(why) => ApiError::internal(why),
        ImportError::Database(e) => e.into(),
    })?;
    // This process drops its stale tiles at once; others hear of it through NOTIFY.
    if let Some([x0, y0, x1, y1]) = report.touched {
        for layer in [Layer::Neighbourhoods, Layer::Contributions] {
            state
                .tiles
                .evict(layer, (x0, y0), (x1, y1), Eviction::Hard)
                .await;
        }
    }
    Ok(Json(ImportReport {
        plan: report.plan,
        layer: report.layer,
        name_field: report.name_field,
        source_crs: report.source_crs,
        created: report.created,
        updated: report.updated,
        deleted: report.deleted,
        repaired: report
            .repaired
            .into_iter()
            .map(|r| RepairedNeighbourhood {
                name: r.name,
                reason: r.reason,
            })
            .collect(),
        pins_outside: report
            .pins_outside
            .into_iter()
            .map(|p| PinOutside {
                id: p.id,
                title: p.title,
            })
            .collect(),
        subscriptions_kept_as_areas: report.subscriptions_kept_as_areas,
        plan_area_from_neighbourhoods: report.plan_area_from_neighbourhoods,
    }))
}

//! Admins choose the basemap a plan draws, among those loaded for it, and load one from an
//! OpenStreetMap extract sent from the browser (the same import as `waymark import
//! basemap --osm`). Every change is audited.

use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use futures::TryStreamExt;
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::OffsetDateTime;
use tokio::io::AsyncWriteExt;
use utoipa::ToSchema;
use waymark_domain::Action;
use waymark_store::basemaps::{self as store, ChooseOutcome};

use crate::auth::identity::Identity;
use crate::error::Detail;
use crate::extract::{JsonBody, Path};
use crate::tiles::cache::Eviction;
use crate::tiles::layers::Layer;
use crate::{ApiError, AppState, Problem};

/// The largest extract taken from the browser: a town's or a county's extract is far
/// smaller; a region's belongs on the command line.
pub const OSM_EXTRACT_LIMIT: u64 = 512 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum BasemapKind {
    /// Drawn for the plan (the demo's hand-drawn streets).
    Own,
    /// Imported from an OpenStreetMap extract.
    Osm,
    /// A PMTiles archive of vector tiles.
    Pmtiles,
}

impl BasemapKind {
    fn as_str(self) -> &'static str {
        match self {
            BasemapKind::Own => "own",
            BasemapKind::Osm => "osm",
            BasemapKind::Pmtiles => "pmtiles",
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ArchiveInfo {
    /// Whose layer names the archive's tiles use: `protomaps` or `waymark`.
    pub schema: String,
    pub min_zoom: i16,
    pub max_zoom: i16,
    pub attribution: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub imported_at: OffsetDateTime,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Available {
    /// Features drawn for the plan (0: none).
    pub own: i64,
    /// Features imported from OpenStreetMap (0: none).
    pub osm: i64,
    /// The plan's PMTiles archive, if it has one.
    pub pmtiles: Option<ArchiveInfo>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BasemapState {
    /// The basemap the plan's map draws now: `own`, `osm` or `pmtiles`.
    pub current: String,
    pub available: Available,
}

async fn state_of(state: &AppState, plan: &str) -> Result<BasemapState, ApiError> {
    let loaded = store::loaded(&state.pool, plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    Ok(BasemapState {
        current: loaded.current,
        available: Available {
            own: loaded.own_features,
            osm: loaded.osm_features,
            pmtiles: loaded.archive.map(|(a, imported_at)| ArchiveInfo {
                schema: a.schema,
                min_zoom: a.min_zoom,
                max_zoom: a.max_zoom,
                attribution: a.attribution,
                imported_at,
            }),
        },
    })
}

/// The basemap a plan draws and those it could (admins).
#[utoipa::path(get, path = "/api/v1/plans/{plan}/basemap", tag = "plans",
    params(("plan" = String, Path, description = "The plan's slug")),
    responses(
        (status = 200, body = BasemapState),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn get_basemap(
    State(state): State<AppState>,
    identity: Identity,
    Path(plan): Path<String>,
) -> Result<Json<BasemapState>, ApiError> {
    identity.authorize(Action::ManagePlan, false)?;
    Ok(Json(state_of(&state, &plan).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BasemapChoice {
    pub basemap: BasemapKind,
}

/// Makes one of the plan's loaded basemaps the one its map draws (admins).
#[utoipa::path(put, path = "/api/v1/plans/{plan}/basemap", tag = "plans",
    params(("plan" = String, Path, description = "The plan's slug")),
    request_body = BasemapChoice,
    responses(
        (status = 200, body = BasemapState),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No such basemap is loaded for the plan (`basemap_missing`)",
         body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn choose_basemap(
    State(state): State<AppState>,
    identity: Identity,
    Path(plan): Path<String>,
    body: JsonBody<BasemapChoice>,
) -> Result<Json<BasemapState>, ApiError> {
    identity.authorize(Action::ManagePlan, false)?;
    let actor = identity.user()?.key();
    let choice = body.value.basemap.as_str();
    let mut tx = state.pool.begin().await?;
    let before = store::loaded(&mut *tx, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?
        .current;
    match store::choose_loaded(&mut tx, &plan, choice).await? {
        ChooseOutcome::Chosen => {}
        ChooseOutcome::NoPlan => return Err(ApiError::NotFound("plan")),
        ChooseOutcome::NotLoaded => {
            return Err(ApiError::Refused {
                status: StatusCode::CONFLICT,
                code: "basemap_missing",
                detail: Detail::new("problem-detail-basemap-missing")
                    .arg("plan", &plan)
                    .arg(
                        "source",
                        match choice {
                            "osm" => "OpenStreetMap",
                            _ => "PMTiles",
                        },
                    ),
            });
        }
    }
    waymark_store::moderation::audit(
        &mut *tx,
        &actor,
        "plan.basemap",
        "plan",
        &plan,
        None,
        Some(json!({ "basemap": before })),
        Some(json!({ "basemap": choice })),
    )
    .await?;
    tx.commit().await?;
    state
        .tiles
        .evict(
            Layer::Basemap,
            (-180.0, -90.0),
            (180.0, 90.0),
            Eviction::Hard,
        )
        .await;
    Ok(Json(state_of(&state, &plan).await?))
}

/// An OpenStreetMap extract's bytes, as the request body.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct OsmExtract(pub Vec<u8>);

#[derive(Debug, Serialize, ToSchema)]
pub struct OsmImported {
    /// The features kept: those inside the plan's map area.
    pub features: u64,
    pub basemap: BasemapState,
}

/// Loads the plan's basemap from an OpenStreetMap extract and makes it the one the plan
/// draws (admins). The body is the extract: `.osm.pbf` (`application/octet-stream` or
/// `application/x-protobuf`) or `.osm` XML (`application/xml`). An extract that osm2pgsql
/// cannot read, or whose data lies outside the plan's area, is a 422 and nothing changes.
#[utoipa::path(put, path = "/api/v1/plans/{plan}/basemap/osm", tag = "plans",
    params(("plan" = String, Path, description = "The plan's slug")),
    request_body(description = "The extract, at most 512 MB", content(
        (OsmExtract = "application/octet-stream"),
        (OsmExtract = "application/xml"),
    )),
    responses(
        (status = 200, body = OsmImported),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unreadable, or outside the plan (`validation_failed`)",
         body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "This server cannot run osm2pgsql (`unavailable`)",
         body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn import_osm(
    State(state): State<AppState>,
    identity: Identity,
    Path(plan): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<OsmImported>, ApiError> {
    // Who and what first: a large body is read only for an admin, in a format we take.
    identity.authorize(Action::ManagePlan, false)?;
    let actor = identity.user()?.key();
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let suffix = match content_type.split(';').next().unwrap_or("").trim() {
        "application/octet-stream"
        | "application/x-protobuf"
        | "application/vnd.openstreetmap.data+pbf" => ".osm.pbf",
        "application/xml" | "text/xml" | "application/osm+xml" => ".osm",
        other => {
            return Err(ApiError::UnsupportedMediaType(format!(
                "send the extract as application/octet-stream (.osm.pbf) or application/xml \
                 (.osm), not '{}'",
                other.chars().take(80).collect::<String>()
            )));
        }
    };
    let database_url = state
        .config
        .database_url
        .clone()
        .ok_or(ApiError::Unavailable)?;
    if store::loaded(&state.pool, &plan).await?.is_none() {
        return Err(ApiError::NotFound("plan"));
    }
    let file = tempfile::Builder::new()
        .prefix("waymark-upload-")
        .suffix(suffix)
        .tempfile()
        .map_err(ApiError::internal)?;
    save(body, file.path()).await?;
    let features = waymark_osm::import_osm(&state.pool, &database_url, &plan, file.path())
        .await
        .map_err(|e| match e {
            waymark_osm::OsmError::NoPlan(_) => ApiError::NotFound("plan"),
            waymark_osm::OsmError::Unreadable(why) | waymark_osm::OsmError::OutsidePlan(why) => {
                ApiError::Validation(waymark_domain::ValidationErrors::one("file", why))
            }
            waymark_osm::OsmError::Database(e) => e.into(),
        })?;
    waymark_store::moderation::audit(
        &state.pool,
        &actor,
        "plan.basemap_import",
        "plan",
        &plan,
        None,
        None,
        Some(json!({ "basemap": "osm", "features": features })),
    )
    .await?;
    state
        .tiles
        .evict(
            Layer::Basemap,
            (-180.0, -90.0),
            (180.0, 90.0),
            Eviction::Hard,
        )
        .await;
    Ok(Json(OsmImported {
        features,
        basemap: state_of(&state, &plan).await?,
    }))
}

/// Writes the request body to `path`, refusing it once it is larger than the limit.
async fn save(body: Body, path: &std::path::Path) -> Result<(), ApiError> {
    let mut out = tokio::fs::File::create(path)
        .await
        .map_err(ApiError::internal)?;
    let mut stream = body.into_data_stream();
    let mut written: u64 = 0;
    while let Some(chunk) = stream.try_next().await.map_err(|_| ApiError::Refused {
        status: StatusCode::BAD_REQUEST,
        code: "upload_incomplete",
        detail: Detail::new("problem-detail-upload-incomplete"),
    })? {
        written += chunk.len() as u64;
        if written > OSM_EXTRACT_LIMIT {
            return Err(ApiError::PayloadTooLarge);
        }
        out.write_all(&chunk).await.map_err(ApiError::internal)?;
    }
    out.flush().await.map_err(ApiError::internal)?;
    Ok(())
}

//! `/api/v1/plans/{plan}/reports/dialogue`: the monthly dialogue report per
//! neighbourhood, as JSON, CSV, Markdown, a printable HTML page, or GeoJSON of the
//! month's public pins.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::report::{DialogueReport, Month};
use waymark_domain::{Action, ValidationErrors};
use waymark_store::reports::Featured;

use crate::auth::identity::Identity;
use crate::extract::{Path, Query};
use crate::lang::ReaderLang;
use crate::replicas::ReadPool;
use crate::{ApiError, AppState, Detail, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(dialogue))
        .routes(routes!(featured, feature, unfeature))
}

/// Whether a contribution is one of the report's quotes.
#[derive(Debug, Serialize, ToSchema)]
pub struct FeaturedState {
    featured: bool,
}

/// Whether a contribution is one of the report's quotes (mobilisers and admins).
#[utoipa::path(get, path = "/api/v1/contributions/{id}/featured", tag = "reports",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = FeaturedState),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn featured(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
) -> Result<Json<FeaturedState>, ApiError> {
    identity.authorize(Action::RecordConversations, false)?;
    let featured = waymark_store::reports::is_featured(&state.pool, id)
        .await?
        .ok_or(ApiError::NotFound("contribution"))?;
    Ok(Json(FeaturedState { featured }))
}

/// Features a contribution as a quote in the monthly dialogue report (mobilisers and
/// admins). Only a published contribution whose resident agreed to publication can be
/// featured: an internal or hidden one is refused with 409.
#[utoipa::path(put, path = "/api/v1/contributions/{id}/featured", tag = "reports",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = FeaturedState),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
async fn feature(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
) -> Result<Json<FeaturedState>, ApiError> {
    set_featured(state, id, identity, true).await
}

/// Takes a quote out of the monthly dialogue report.
#[utoipa::path(delete, path = "/api/v1/contributions/{id}/featured", tag = "reports",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = FeaturedState),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn unfeature(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
) -> Result<Json<FeaturedState>, ApiError> {
    set_featured(state, id, identity, false).await
}

async fn set_featured(
    state: AppState,
    id: Uuid,
    identity: Identity,
    featured: bool,
) -> Result<Json<FeaturedState>, ApiError> {
    identity.authorize(Action::RecordConversations, false)?;
    let actor = identity.user()?.key();
    let mut tx = state.pool.begin().await?;
    match waymark_store::reports::set_featured(&mut tx, id, featured, &actor).await? {
        Featured::Done => {
            tx.commit().await?;
            Ok(Json(FeaturedState { featured }))
        }
        Featured::NotFound => Err(ApiError::NotFound("contribution")),
        Featured::NotQuotable => Err(ApiError::Conflict(Detail::new(
            "problem-detail-not-quotable",
        ))),
    }
}

/// A report's month, `YYYY-MM` (400 when it is not one), this month or an earlier one
/// (422 for a month to come); this month when absent.
pub fn past_month(text: Option<&str>) -> Result<Month, ApiError> {
    let today = time::OffsetDateTime::now_utc().date();
    let this_month = Month {
        year: today.year(),
        month: u8::from(today.month()),
    };
    let Some(text) = text else {
        return Ok(this_month);
    };
    let month = Month::parse(text).map_err(ApiError::InvalidParameter)?;
    if (month.year, month.month) > (this_month.year, this_month.month) {
        return Err(ApiError::Validation(ValidationErrors::one(
            "month",
            "this month or an earlier one",
        )));
    }
    Ok(month)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DialogueParams {
    /// `YYYY-MM`.
    #[param(pattern = r"^[0-9]{4}-(0[1-9]|1[0-2])$")]
    month: String,
    /// One neighbourhood's slug; all of them when absent.
    neighbourhood: Option<String>,
    /// `json` (default), `csv`, `md`, `html` or `geojson`.
    format: Option<String>,
    /// For `geojson`: `pins` (default), the month's public pins, or `neighbourhoods`, the
    /// city map's figures (this month, last month, the shaded value and class).
    #[param(pattern = r"^(pins|neighbourhoods)$")]
    layer: Option<String>,
    /// `public` (default) or `staff`: the staff edition (mobilisers, facilitators and
    /// admins; 401 or 403 for anyone else) adds "Who is heard" to the JSON, CSV and HTML:
    /// participation per 1,000 residents over the 12 months to `month`, where to knock
    /// next, and each question's respondents against residents per neighbourhood.
    #[param(pattern = r"^(public|staff)$")]
    edition: Option<String>,
}

/// The month's pins as GeoJSON, each with its neighbourhood and kind.
pub fn pins_geojson(report: &DialogueReport) -> serde_json::Value {
    let features: Vec<_> = report
        .neighbourhoods
        .iter()
        .flat_map(|n| {
            n.pins.iter().map(move |(lon, lat, kind)| {
                json!({ "type": "Feature", "geometry": { "type": "Point", "coordinates": [lon, lat] },
                        "properties": { "neighbourhood": n.slug, "kind": kind } })
            })
        })
        .collect();
    json!({ "type": "FeatureCollection", "month": report.month.to_string(), "features": features })
}

/// The city map as GeoJSON: each neighbourhood's outline with its figures.
pub fn neighbourhoods_geojson(report: &DialogueReport) -> serde_json::Value {
    let features: Vec<_> = report
        .neighbourhoods
        .iter()
        .zip(&report.overview.map)
        .map(|(n, m)| {
            let polygons: Vec<_> = n.outline.iter().map(|ring| vec![ring]).collect();
            json!({ "type": "Feature",
                    "geometry": { "type": "MultiPolygon", "coordinates": polygons },
                    "properties": { "neighbourhood": n.slug, "name": n.name,
                                    "this_month": n.total.this_month, "last_month": n.total.last_month,
                                    "value": m.value, "class": m.class } })
        })
        .collect();
    json!({ "type": "FeatureCollection", "month": report.month.to_string(),
            "measure": report.overview.measure, "features": features })
}

/// The monthly dialogue report: a city overview (neighbourhoods shaded by activity, the
/// month's themes against last month and the 12-month average), then per neighbourhood
/// counts by kind and theme with the change from last month, the most supported items,
/// the quotes mobilisers featured (never internal items), new proposals, a map over the
/// plan's basemap, 12 months of trend and what happened to last month's items. The HTML
/// draws its charts and maps as SVG on the server and has no script.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/reports/dialogue", tag = "reports",
    params(("plan" = String, Path), DialogueParams,
        ("lang" = Option<String>, Query, description = "The language of the HTML report (en-GB, pl, ro, pt, ur, ar); without it, the `waymark_lang` cookie, then `Accept-Language`, decide")),
    responses(
        (status = 200, description = "The report in the format asked for"),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn dialogue(
    ReadPool(read): ReadPool,
    Path(plan): Path<String>,
    Query(params): Query<DialogueParams>,
    lang: ReaderLang,
    identity: Result<Identity, ApiError>,
) -> Result<Response, ApiError> {
    let staff = match params.edition.as_deref() {
        None | Some("public") => false,
        Some("staff") => {
            identity?.authorize(Action::ViewParticipation, false)?;
            true
        }
        Some(_) => {
            return Err(ApiError::InvalidParameter(ValidationErrors::one(
                "edition",
                "public or staff",
            )));
        }
    };
    let month = past_month(Some(&params.month))?;
    let format = params.format.as_deref().unwrap_or("json");
    if !matches!(format, "json" | "csv" | "md" | "html" | "geojson") {
        return Err(ApiError::InvalidParameter(ValidationErrors::one(
            "format",
            "json, csv, md, html or geojson",
        )));
    }
    let layer = params.layer.as_deref().unwrap_or("pins");
    if !matches!(layer, "pins" | "neighbourhoods") {
        return Err(ApiError::InvalidParameter(ValidationErrors::one(
            "layer",
            "pins or neighbourhoods",
        )));
    }
    if staff && !matches!(format, "json" | "csv" | "html") {
        return Err(ApiError::InvalidParameter(ValidationErrors::one(
            "format",
            "json, csv or html for the staff edition",
        )));
    }
    let mut conn = read.acquire().await?;
    let mut report =
        waymark_store::reports::dialogue(&mut conn, &plan, month, params.neighbourhood.as_deref())
            .await?
            .ok_or(ApiError::NotFound("plan or neighbourhood"))?;
    if staff {
        report.who_is_heard = waymark_store::participation::who_is_heard(
            &mut conn,
            &plan,
            month,
            params.neighbourhood.as_deref(),
        )
        .await?;
    }
    let text = |content_type: &'static str, body: String| {
        (
            [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
            body,
        )
            .into_response()
    };
    let mut response = match format {
        "csv" => text("text/csv; charset=utf-8", report.to_csv()),
        "md" => (
            lang,
            text("text/markdown; charset=utf-8", report.to_markdown(lang.0)),
        )
            .into_response(),
        "html" => {
            // The page has its own small stylesheet inline; allow that and nothing else.
            let mut response = (
                lang,
                text("text/html; charset=utf-8", report.to_html(lang.0)),
            )
                .into_response();
            response.headers_mut().insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"),
            );
            response
        }
        "geojson" => (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/geo+json"),
            )],
            Json(if layer == "neighbourhoods" {
                neighbourhoods_geojson(&report)
            } else {
                pins_geojson(&report)
            }),
        )
            .into_response(),
        _ => Json(report).into_response(),
    };
    if staff {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
    Ok(response)
}

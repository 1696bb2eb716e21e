//! `/api/v1/plans/{plan}/reports/dialogue`: the monthly dialogue report per
//! neighbourhood, as JSON, CSV, Markdown, a printable HTML page, or GeoJSON of the
//! month's public pins.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use waymark_domain::ValidationErrors;
use waymark_domain::report::{DialogueReport, Month};

use crate::extract::{Path, Query};
use crate::lang::ReaderLang;
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(dialogue))
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

/// The monthly dialogue report: per neighbourhood, counts by kind and theme with the
/// change from last month, the most supported items, quotes residents agreed to
/// publish (never internal items), new proposals, a small map and 12 months of trend.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/reports/dialogue", tag = "reports",
    params(("plan" = String, Path), DialogueParams,
        ("lang" = Option<String>, Query, description = "The language of the HTML report (en-GB, pl, ro, pt, ur, ar); without it, the `waymark_lang` cookie, then `Accept-Language`, decide")),
    responses(
        (status = 200, description = "The report in the format asked for"),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn dialogue(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    Query(params): Query<DialogueParams>,
    lang: ReaderLang,
) -> Result<Response, ApiError> {
    let month = Month::parse(&params.month).map_err(ApiError::InvalidParameter)?;
    let format = params.format.as_deref().unwrap_or("json");
    if !matches!(format, "json" | "csv" | "md" | "html" | "geojson") {
        return Err(ApiError::InvalidParameter(ValidationErrors::one(
            "format",
            "json, csv, md, html or geojson",
        )));
    }
    let mut conn = state.pool.acquire().await?;
    let report =
        waymark_store::reports::dialogue(&mut conn, &plan, month, params.neighbourhood.as_deref())
            .await?
            .ok_or(ApiError::NotFound("plan or neighbourhood"))?;
    let text = |content_type: &'static str, body: String| {
        (
            [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
            body,
        )
            .into_response()
    };
    Ok(match format {
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
            Json(pins_geojson(&report)),
        )
            .into_response(),
        _ => Json(report).into_response(),
    })
}

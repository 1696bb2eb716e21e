//! `/api/v1/plans/{plan}/participation`: who took part in each neighbourhood over the
//! last 12 months against who lives there, and where to knock on doors next. Staff only
//! (mobilisers, facilitators, admins): the "about you" answers leave the server only
//! aggregated, suppressed under 10, and only to them.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use waymark_domain::Action;
use waymark_domain::equality::WhoIsHeard;

use crate::auth::identity::Identity;
use crate::extract::{Path, Query};
use crate::reports::past_month;
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(participation))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ParticipationParams {
    /// `YYYY-MM`, the last of the 12 months counted; this month when absent.
    #[param(pattern = r"^[0-9]{4}-(0[1-9]|1[0-2])$")]
    month: Option<String>,
    /// `json` (default) or `geojson` (the neighbourhoods' outlines with their figures).
    #[param(pattern = r"^(json|geojson)$")]
    format: Option<String>,
}

/// The neighbourhoods as GeoJSON: each outline with its figures, for the staff map.
pub fn geojson(heard: &WhoIsHeard) -> serde_json::Value {
    let features: Vec<_> = heard
        .neighbourhoods
        .iter()
        .map(|n| {
            let polygons: Vec<_> = n.outline.iter().map(|ring| vec![ring]).collect();
            let mut properties = serde_json::to_value(n).unwrap_or_default();
            if let Some(p) = properties.as_object_mut() {
                p.insert(
                    "knock_rank".into(),
                    json!(
                        heard
                            .knock_next
                            .iter()
                            .position(|s| s == &n.slug)
                            .map(|i| i + 1)
                    ),
                );
            }
            json!({ "type": "Feature",
                    "geometry": { "type": "MultiPolygon", "coordinates": polygons },
                    "properties": properties })
        })
        .collect();
    json!({ "type": "FeatureCollection", "from": heard.from, "to": heard.to,
            "class_bounds": heard.class_bounds, "knock_next": heard.knock_next,
            "population_sources": heard.population_sources,
            "features": features })
}

/// Participation against population per neighbourhood over the 12 months up to
/// `month`: residents, participants (distinct contributors; "suppressed" under 10),
/// participants per 1,000 residents, per dimension (age, gender, ethnic group,
/// disability, tenure) each band's share of respondents against its share of residents,
/// representativeness (one minus the index of dissimilarity; per neighbourhood the mean
/// over the dimensions with at least 10 respondents), the most under-represented band,
/// and `knock_next`: the neighbourhoods by lowest rate, then least representative.
/// Counts under 10, and counts that subtraction would reveal, are `"suppressed"`, and so
/// are the shares computed from them.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/participation", tag = "reports",
    params(("plan" = String, Path), ParticipationParams),
    responses(
        (status = 200, description = "The figures (private, never cached): JSON, or with \
            `format=geojson` a FeatureCollection of the neighbourhoods with their figures",
            content(
                (WhoIsHeard = "application/json"),
                (Object = "application/geo+json"),
            )),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn participation(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    Query(params): Query<ParticipationParams>,
    identity: Identity,
) -> Result<Response, ApiError> {
    identity.authorize(Action::ViewParticipation, false)?;
    let month = past_month(params.month.as_deref())?;
    let format = params.format.as_deref().unwrap_or("json");
    if !matches!(format, "json" | "geojson") {
        return Err(ApiError::InvalidParameter(
            waymark_domain::ValidationErrors::one("format", "json or geojson"),
        ));
    }
    let mut conn = state.pool.acquire().await?;
    let heard = waymark_store::participation::who_is_heard(&mut conn, &plan, month, None)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let private = (
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(if format == "geojson" {
        (
            [
                private,
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/geo+json"),
                ),
            ],
            Json(geojson(&heard)),
        )
            .into_response()
    } else {
        ([private], Json(heard)).into_response()
    })
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};
    use waymark_domain::equality::Published;

    /// The schema the OpenAPI document gives `name`, with its `$ref`s left as they are.
    fn schema(name: &str) -> Value {
        let spec = serde_json::to_value(crate::openapi()).unwrap();
        spec["components"]["schemas"][name].clone()
    }

    #[test]
    fn both_formats_of_the_figures_are_documented() {
        let spec = serde_json::to_value(crate::openapi()).unwrap();
        let ok = &spec["paths"]["/api/v1/plans/{plan}/participation"]["get"]["responses"]["200"];
        for media_type in ["application/json", "application/geo+json"] {
            assert!(ok["content"][media_type].is_object(), "{media_type}: {ok}");
        }
    }

    #[test]
    fn a_published_count_is_documented_as_it_is_written() {
        // As serde writes them: a count, or the word "suppressed".
        assert_eq!(
            serde_json::to_value(Published::Count(12)).unwrap(),
            json!({ "count": 12 })
        );
        assert_eq!(
            serde_json::to_value(Published::Suppressed).unwrap(),
            json!("suppressed")
        );
        let published = schema("Published");
        let shapes = published["oneOf"].as_array().expect("oneOf");
        assert!(
            shapes
                .iter()
                .any(|s| s["type"] == "object" && s["properties"]["count"]["type"] == "integer"),
            "{published}"
        );
        assert!(
            shapes
                .iter()
                .any(|s| s["type"] == "string" && s["enum"] == json!(["suppressed"])),
            "{published}"
        );
        for (owner, field) in [
            ("Participation", "participants"),
            ("DimensionFigures", "answered"),
            ("BandFigures", "respondents"),
        ] {
            assert_eq!(
                schema(owner)["properties"][field]["$ref"],
                "#/components/schemas/Published",
                "{owner}.{field}"
            );
        }
    }
}

//! OGC API – Features, Part 1 (Core, GeoJSON, OpenAPI 3.0) at `/ogc`, so that QGIS,
//! GDAL and ArcGIS can read the plan's public layers.

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;
use waymark_domain::{Action, BBox, ValidationErrors};
use waymark_store::contributions::{self as contributions_store, Filter};
use waymark_store::plans as plans_store;

use crate::auth::identity::Identity;
use crate::caching;
use crate::contributions::cursor::Cursor;
use crate::contributions::wire::ContributionFeature;
use crate::extract::{Path, Query};
use crate::links::origin;
use crate::replicas::ReadPool;
use crate::{ApiError, AppState};

const CONFORMANCE: [&str; 3] = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
];
const CRS84: &str = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
const DEFAULT_LIMIT: i64 = 100;
const MAX_LIMIT: i64 = 1000;
/// Pins are counted for `numberMatched` up to this many; beyond it the count is left out
/// (counting 200,000 pins in a box takes half a second, the page itself a few ms).
const MATCHED_UP_TO: i64 = 5000;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/ogc", get(landing))
        .route("/ogc/", get(landing))
        .route("/ogc/conformance", get(conformance))
        .route("/ogc/collections", get(collections))
        .route("/ogc/collections/{collection}", get(collection))
        .route("/ogc/collections/{collection}/items", get(items))
        .route("/ogc/collections/{collection}/items/{fid}", get(item))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Collection {
    Contributions,
    Neighbourhoods,
    Network,
    Proposals,
    EnergyPlans,
    Projects,
}

impl Collection {
    const ALL: [Collection; 6] = [
        Collection::Contributions,
        Collection::Neighbourhoods,
        Collection::Network,
        Collection::Proposals,
        Collection::EnergyPlans,
        Collection::Projects,
    ];

    fn parse(id: &str) -> Result<Self, ApiError> {
        Self::ALL
            .into_iter()
            .find(|c| c.id() == id)
            .ok_or(ApiError::NotFound("collection"))
    }

    fn id(self) -> &'static str {
        match self {
            Collection::Contributions => "contributions",
            Collection::Neighbourhoods => "neighbourhoods",
            Collection::Network => "network",
            Collection::Proposals => "proposals",
            Collection::EnergyPlans => "energy_plans",
            Collection::Projects => "projects",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Collection::Contributions => "Contributions",
            Collection::Neighbourhoods => "Neighbourhoods",
            Collection::Network => "Electricity network",
            Collection::Proposals => "Community-energy proposals",
            Collection::EnergyPlans => "Neighbourhood energy plans",
            Collection::Projects => "Community energy projects",
        }
    }

    fn description(self) -> &'static str {
        match self {
            Collection::Contributions => {
                "Ideas, issues, interests and stories residents pinned, at their published precision"
            }
            Collection::Neighbourhoods => "The neighbourhoods of every plan",
            Collection::Network => {
                "Supply areas by red/amber/green headroom; exact figures, substations and \
                 constraint zones for DNO engineers"
            }
            Collection::Proposals => {
                "Community-energy projects groups propose, past the draft stage, at their sites"
            }
            Collection::EnergyPlans => {
                "Neighbourhood energy plans once shared: the area, the latest shared version, \
                 and the network operator's and the council's answers as red/amber/green"
            }
            Collection::Projects => {
                "Community energy projects at their sites: stage, technology, kWp, homes and \
                 buildings served"
            }
        }
    }
}

fn link(href: String, rel: &str, type_: &str, title: &str) -> Value {
    json!({ "href": href, "rel": rel, "type": type_, "title": title })
}

async fn landing(State(state): State<AppState>, headers: HeaderMap) -> Json<Value> {
    let base = origin(state.config.public_url.as_deref(), &headers);
    Json(json!({
        "title": "Waymark",
        "description": "Participatory mapping for neighbourhood planning: public layers as OGC API – Features",
        "links": [
            link(format!("{base}/ogc"), "self", "application/json", "This document"),
            link(format!("{base}/openapi.json"), "service-desc", "application/vnd.oai.openapi+json;version=3.0", "The API definition"),
            link(format!("{base}/ogc/conformance"), "conformance", "application/json", "Conformance classes"),
            link(format!("{base}/ogc/collections"), "data", "application/json", "Collections"),
        ],
    }))
}

async fn conformance() -> Json<Value> {
    Json(json!({ "conformsTo": CONFORMANCE }))
}

async fn describe(state: &AppState, base: &str, c: Collection) -> Result<Value, ApiError> {
    let bbox = plans_store::extent(&state.pool)
        .await?
        .unwrap_or([-180.0, -90.0, 180.0, 90.0]);
    let id = c.id();
    Ok(json!({
        "id": id,
        "title": c.title(),
        "description": c.description(),
        "itemType": "feature",
        "crs": [CRS84],
        "extent": { "spatial": { "bbox": [bbox], "crs": CRS84 } },
        "links": [
            link(format!("{base}/ogc/collections/{id}"), "self", "application/json", c.title()),
            link(format!("{base}/ogc/collections/{id}/items"), "items", "application/geo+json", c.title()),
        ],
    }))
}

async fn collections(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let base = origin(state.config.public_url.as_deref(), &headers);
    let mut list = Vec::new();
    for c in Collection::ALL {
        list.push(describe(&state, &base, c).await?);
    }
    Ok(Json(json!({
        "links": [link(format!("{base}/ogc/collections"), "self", "application/json", "Collections")],
        "collections": list,
    })))
}

async fn collection(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let c = Collection::parse(&id)?;
    let base = origin(state.config.public_url.as_deref(), &headers);
    Ok(Json(describe(&state, &base, c).await?))
}

#[derive(Debug, Default, Deserialize)]
struct ItemsParams {
    bbox: Option<String>,
    limit: Option<String>,
    cursor: Option<String>,
    /// Only JSON is offered; `f=json` and `f=geojson` are accepted for clients that send it.
    f: Option<String>,
}

struct Page {
    bbox: Option<[f64; 4]>,
    limit: i64,
}

impl ItemsParams {
    fn page(&self) -> Result<Page, ApiError> {
        let mut errors = ValidationErrors::default();
        let bbox = self
            .bbox
            .as_deref()
            .and_then(|b| errors.check(b.parse::<BBox>()))
            .map(|b| [b.min.lon(), b.min.lat(), b.max.lon(), b.max.lat()]);
        let limit = match self.limit.as_deref() {
            None => DEFAULT_LIMIT,
            // OGC API: a limit above the maximum is served at the maximum.
            Some(l) => match l.parse::<i64>() {
                Ok(n) if n >= 1 => n.min(MAX_LIMIT),
                _ => {
                    errors.push("limit", "limit is a whole number of 1 or more");
                    DEFAULT_LIMIT
                }
            },
        };
        if let Some(f) = self
            .f
            .as_deref()
            .filter(|f| !matches!(*f, "json" | "geojson"))
        {
            errors.push(
                "f",
                format!(
                    "only JSON is offered, not '{}'",
                    f.chars().take(20).collect::<String>()
                ),
            );
        }
        if errors.is_empty() {
            Ok(Page { bbox, limit })
        } else {
            Err(ApiError::InvalidParameter(errors))
        }
    }

    fn next_url(&self, items_url: &str, cursor: &str, limit: i64) -> String {
        let mut url = format!("{items_url}?limit={limit}&cursor={cursor}");
        if let Some(b) = &self.bbox {
            url.push_str("&bbox=");
            url.push_str(&b.replace(' ', "%20"));
        }
        url
    }
}

fn geojson(body: Value) -> Response {
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/geo+json"),
        )],
        Json(body),
    )
        .into_response()
}

/// The network differs by role: its answers, refusals included, are for who asked only.
fn for_who_asks(c: Collection, answer: Result<Response, ApiError>) -> Response {
    let mut response = answer.into_response();
    if c == Collection::Network {
        caching::for_who_asks_only(response.headers_mut());
    }
    response
}

async fn items(
    State(state): State<AppState>,
    ReadPool(read): ReadPool,
    Path(id): Path<String>,
    Query(params): Query<ItemsParams>,
    headers: HeaderMap,
    identity: Identity,
) -> Result<Response, ApiError> {
    let c = Collection::parse(&id)?;
    Ok(for_who_asks(
        c,
        collection_items(&state.reading(read), c, &params, &headers, &identity).await,
    ))
}

async fn collection_items(
    state: &AppState,
    c: Collection,
    params: &ItemsParams,
    headers: &HeaderMap,
    identity: &Identity,
) -> Result<Response, ApiError> {
    let id = c.id();
    let page = params.page()?;
    let base = origin(state.config.public_url.as_deref(), headers);
    let items_url = format!("{base}/ogc/collections/{id}/items");
    let (features, matched, next_cursor): (Vec<Value>, Option<i64>, Option<String>) = match c {
        Collection::Contributions => {
            let after = params
                .cursor
                .as_deref()
                .map(Cursor::decode)
                .transpose()
                .map_err(ApiError::InvalidParameter)?;
            let filter = Filter {
                bbox: page.bbox,
                ..Filter::default()
            };
            let mut rows = contributions_store::list_public(
                &state.pool,
                None,
                &filter,
                after.map(Cursor::into_store),
                page.limit + 1,
            )
            .await?;
            let more = rows.len() as i64 > page.limit;
            rows.truncate(page.limit as usize);
            let next = more
                .then(|| {
                    rows.last()
                        .map(|r| Cursor::after(r.created_at, r.id).encode())
                })
                .flatten();
            let matched =
                contributions_store::count_public(&state.pool, page.bbox, MATCHED_UP_TO).await?;
            let features = rows
                .into_iter()
                .map(|r| serde_json::to_value(ContributionFeature::from_row(r, None)))
                .collect::<Result<_, _>>()
                .map_err(ApiError::internal)?;
            (features, matched, next)
        }
        Collection::Neighbourhoods => {
            let offset = match params.cursor.as_deref() {
                None => 0,
                Some(c) => decode_offset(c)?,
            };
            let rows = plans_store::neighbourhood_items(
                &state.pool,
                page.bbox,
                None,
                offset,
                page.limit + 1,
            )
            .await?;
            let more = rows.len() as i64 > page.limit;
            let matched = plans_store::count_neighbourhoods(&state.pool, page.bbox).await?;
            let next = more.then(|| URL_SAFE_NO_PAD.encode((offset + page.limit).to_string()));
            let features = rows
                .into_iter()
                .take(page.limit as usize)
                .map(neighbourhood_feature)
                .collect();
            (features, Some(matched), next)
        }
        Collection::Network => {
            // A small layer: one page, filtered by role in SQL, then by box and page here.
            let detailed = identity.authorize(Action::ViewNetworkDetail, false).is_ok();
            let offset = match params.cursor.as_deref() {
                None => 0,
                Some(c) => decode_offset(c)?,
            };
            let mut conn = state.pool.acquire().await?;
            let all = waymark_store::network::features(&mut conn, detailed, page.bbox).await?;
            let matched = all.len() as i64;
            let features: Vec<Value> = all
                .into_iter()
                .skip(offset as usize)
                .take(page.limit as usize)
                .collect();
            let more = offset + (features.len() as i64) < matched;
            let next = more.then(|| URL_SAFE_NO_PAD.encode((offset + page.limit).to_string()));
            (features, Some(matched), next)
        }
        Collection::Proposals | Collection::EnergyPlans | Collection::Projects => {
            // Small layers: one query, then a page of it.
            let offset = match params.cursor.as_deref() {
                None => 0,
                Some(c) => decode_offset(c)?,
            };
            let all = small_layer(state, c, page.bbox).await?;
            let matched = all.len() as i64;
            let features: Vec<Value> = all
                .into_iter()
                .skip(offset as usize)
                .take(page.limit as usize)
                .collect();
            let more = offset + (features.len() as i64) < matched;
            let next = more.then(|| URL_SAFE_NO_PAD.encode((offset + page.limit).to_string()));
            (features, Some(matched), next)
        }
    };
    let mut links = vec![link(
        items_url.clone(),
        "self",
        "application/geo+json",
        "This page",
    )];
    if let Some(cursor) = &next_cursor {
        links.push(link(
            params.next_url(&items_url, cursor, page.limit),
            "next",
            "application/geo+json",
            "Next page",
        ));
    }
    let now = OffsetDateTime::now_utc()
        .format(&Rfc3339)
        .map_err(ApiError::internal)?;
    let mut body = json!({
        "type": "FeatureCollection",
        "numberReturned": features.len(),
        "timeStamp": now,
        "features": features,
        "links": links,
    });
    // Optional in OGC API - Features: left out rather than counted at great cost.
    if let Some(matched) = matched {
        body["numberMatched"] = matched.into();
    }
    Ok(geojson(body))
}

/// Every public feature of a small collection (proposals, energy plans) meeting `bbox`;
/// the large ones are paged in SQL instead.
async fn small_layer(
    state: &AppState,
    c: Collection,
    bbox: Option<[f64; 4]>,
) -> Result<Vec<Value>, ApiError> {
    Ok(match c {
        Collection::Proposals => {
            waymark_store::proposals::public_features(&state.pool, bbox).await?
        }
        Collection::EnergyPlans => {
            waymark_store::energy_plans::public_features(&state.pool, bbox).await?
        }
        Collection::Projects => waymark_store::projects::public_features(&state.pool, bbox).await?,
        Collection::Contributions | Collection::Neighbourhoods | Collection::Network => Vec::new(),
    })
}

fn decode_offset(cursor: &str) -> Result<i64, ApiError> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| s.parse::<i64>().ok())
        .filter(|n| *n >= 0)
        .ok_or_else(|| {
            ApiError::InvalidParameter(ValidationErrors::one(
                "cursor",
                "use the cursor from a `next` link as it is",
            ))
        })
}

fn neighbourhood_feature(n: plans_store::NeighbourhoodItem) -> Value {
    json!({
        "type": "Feature",
        "id": n.id,
        "geometry": n.boundary,
        "properties": { "plan": n.plan, "slug": n.slug, "name": n.name },
    })
}

async fn item(
    State(state): State<AppState>,
    ReadPool(read): ReadPool,
    Path((id, fid)): Path<(String, String)>,
    headers: HeaderMap,
    identity: Identity,
) -> Result<Response, ApiError> {
    let c = Collection::parse(&id)?;
    Ok(for_who_asks(
        c,
        one_item(&state.reading(read), c, &fid, &headers, &identity).await,
    ))
}

async fn one_item(
    state: &AppState,
    c: Collection,
    fid: &str,
    headers: &HeaderMap,
    identity: &Identity,
) -> Result<Response, ApiError> {
    let id = c.id();
    let fid: Uuid = fid.parse().map_err(|_| ApiError::NotFound("feature"))?;
    let base = origin(state.config.public_url.as_deref(), headers);
    let mut feature = match c {
        Collection::Contributions => {
            let (row, _) = contributions_store::get_public(&state.pool, fid, None)
                .await?
                .ok_or(ApiError::NotFound("feature"))?;
            serde_json::to_value(ContributionFeature::from_row(row, None))
                .map_err(ApiError::internal)?
        }
        Collection::Network => {
            let detailed = identity.authorize(Action::ViewNetworkDetail, false).is_ok();
            let mut conn = state.pool.acquire().await?;
            waymark_store::network::features(&mut conn, detailed, None)
                .await?
                .into_iter()
                .find(|f| f["id"].as_str() == Some(&fid.to_string()))
                .ok_or(ApiError::NotFound("feature"))?
        }
        Collection::Proposals | Collection::EnergyPlans | Collection::Projects => {
            small_layer(state, c, None)
                .await?
                .into_iter()
                .find(|f| f["id"].as_str() == Some(&fid.to_string()))
                .ok_or(ApiError::NotFound("feature"))?
        }
        Collection::Neighbourhoods => {
            let row = plans_store::neighbourhood_items(&state.pool, None, Some(fid), 0, 1)
                .await?
                .pop()
                .ok_or(ApiError::NotFound("feature"))?;
            neighbourhood_feature(row)
        }
    };
    feature["links"] = json!([
        link(
            format!("{base}/ogc/collections/{id}/items/{fid}"),
            "self",
            "application/geo+json",
            "This feature"
        ),
        link(
            format!("{base}/ogc/collections/{id}"),
            "collection",
            "application/json",
            c.title()
        ),
    ]);
    Ok(geojson(feature))
}

//! `/style.json`: a MapLibre style with the plan's layers over a basemap this server
//! serves itself, so the map needs no internet. `?plan=` gives one plan's style, over the
//! basemap it chose (its own drawing, its OpenStreetMap import or its PMTiles archive);
//! an operator can point the others at an external raster tile service instead.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use serde_json::{Value, json};
use waymark_domain::tile::BUBBLE_RADII;

use crate::extract::Query;
use crate::links::origin;
use crate::{ApiError, AppState};

mod basemap;

/// Colours per kind; each kind also has its own icon shape, so colour is never alone.
pub const KIND_COLOURS: [(&str, &str); 4] = [
    ("idea", "#1b7837"),
    ("issue", "#b2182b"),
    ("interest", "#2166ac"),
    ("story", "#7b3294"),
];

#[derive(Debug, serde::Deserialize)]
pub struct StyleQuery {
    /// A plan's slug: its basemap, centred on its area. Without it, the whole server's.
    plan: Option<String>,
}

/// What the style draws under the plan's layers.
enum Basemap {
    /// The plans' own drawing and OSM imports, in Waymark's `basemap` tiles.
    Tiles { drawn: bool, osm: bool },
    /// A plan's PMTiles archive.
    Archive {
        plan: String,
        archive: waymark_store::basemaps::Archive,
    },
}

const DRAWN_ATTRIBUTION: &str = "Demo basemap: approximate, drawn for Waymark";

pub async fn style(
    State(state): State<AppState>,
    Query(query): Query<StyleQuery>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let base = origin(state.config.public_url.as_deref(), &headers);
    let (extent, basemap) = match query.plan {
        Some(slug) => {
            let plan = waymark_store::basemaps::of_plan(&state.pool, &slug)
                .await?
                .ok_or(ApiError::NotFound("plan"))?;
            let basemap = match plan.archive {
                Some(archive) => Basemap::Archive {
                    plan: slug,
                    archive,
                },
                None => Basemap::Tiles {
                    drawn: plan.basemap == "own",
                    osm: plan.basemap == "osm",
                },
            };
            (Some(plan.bbox), basemap)
        }
        None => {
            let in_use = waymark_store::basemaps::in_use(&state.pool).await?;
            let extent = waymark_store::plans::extent(&state.pool).await?;
            let drawn = in_use.is_empty() || in_use.iter().any(|b| b == "own");
            let osm = in_use.iter().any(|b| b == "osm");
            (extent, Basemap::Tiles { drawn, osm })
        }
    };
    let (center, zoom) = match extent {
        Some([a, b, c, d]) => ([(a + c) / 2.0, (b + d) / 2.0], 12.0),
        None => ([0.0, 20.0], 1.0),
    };
    let tiles = |layer: &str| json!([format!("{base}/tiles/{layer}/{{z}}/{{x}}/{{y}}.mvt")]);
    let mut sources = serde_json::Map::new();
    let mut layers = vec![json!({
        "id": "background", "type": "background",
        "paint": { "background-color": "#f4f1ea" }
    })];
    match (&state.config.basemap, basemap) {
        // A plan's own import wins over the server's external basemap.
        (_, Basemap::Archive { plan, archive }) => {
            sources.insert(
                "basemap".into(),
                json!({
                    "type": "vector",
                    "tiles": [format!("{base}/tiles/basemap-pmtiles/{plan}/{{z}}/{{x}}/{{y}}.mvt")],
                    "minzoom": archive.min_zoom, "maxzoom": archive.max_zoom,
                    "attribution": archive.attribution,
                }),
            );
            layers.extend(if archive.schema == "protomaps" {
                basemap::protomaps_layers()
            } else {
                basemap::waymark_layers()
            });
        }
        (Some(external), Basemap::Tiles { osm: false, .. }) => {
            sources.insert(
                "basemap".into(),
                json!({
                    "type": "raster", "tiles": [external.tiles], "tileSize": 256,
                    "attribution": external.attribution,
                }),
            );
            layers.push(json!({ "id": "basemap", "type": "raster", "source": "basemap" }));
        }
        (_, Basemap::Tiles { drawn, osm }) => {
            let attribution = [
                (drawn, DRAWN_ATTRIBUTION),
                (osm, crate::tiles::archives::OSM_ATTRIBUTION),
            ]
            .into_iter()
            .filter_map(|(used, text)| used.then_some(text))
            .collect::<Vec<_>>()
            .join("; ");
            sources.insert(
                "basemap".into(),
                json!({
                    "type": "vector", "tiles": tiles("basemap"), "minzoom": 0, "maxzoom": 16,
                    "attribution": attribution,
                }),
            );
            layers.extend(basemap::waymark_layers());
        }
    }
    sources.insert(
        "neighbourhoods".into(),
        json!({ "type": "vector", "tiles": tiles("neighbourhoods"), "minzoom": 0, "maxzoom": 16 }),
    );
    sources.insert(
        "contributions".into(),
        json!({
            "type": "vector", "tiles": tiles("contributions"), "minzoom": 0, "maxzoom": 16,
            "promoteId": "id",
        }),
    );
    layers.extend(plan_layers());
    Ok(Json(json!({
        "version": 8,
        "name": "Waymark",
        "center": center,
        "zoom": zoom,
        "sources": sources,
        "glyphs": format!("{base}/fonts/{{fontstack}}/{{range}}.pbf"),
        "sprite": format!("{base}/sprites/waymark"),
        "layers": layers,
    })))
}

/// The radius of a bubble by its count, as the tiles place it (`waymark_domain::tile`).
fn bubble_radius() -> Value {
    let mut step = vec![
        json!("step"),
        json!(["get", "count"]),
        json!(BUBBLE_RADII[0].1),
    ];
    for (from, radius) in &BUBBLE_RADII[1..] {
        step.push(json!(from));
        step.push(json!(radius));
    }
    Value::Array(step)
}

/// A bubble's count as it fits inside it: 1,234 as "1.2k", 56,789 as "57k".
fn bubble_label() -> Value {
    let count = json!(["get", "count"]);
    json!([
        "case",
        [">=", count, 10000],
        ["concat", ["to-string", ["round", ["/", count, 1000]]], "k"],
        [">=", count, 1000],
        [
            "concat",
            ["to-string", ["/", ["round", ["/", count, 100]], 10]],
            "k"
        ],
        ["to-string", count]
    ])
}

fn plan_layers() -> Vec<Value> {
    let is_cluster = json!(["==", ["get", "cluster"], true]);
    let colour_by_kind = {
        let mut m = vec![json!("match"), json!(["get", "kind"])];
        for (kind, colour) in KIND_COLOURS {
            m.push(json!(kind));
            m.push(json!(colour));
        }
        m.push(json!("#555555"));
        Value::Array(m)
    };
    vec![
        json!({ "id": "neighbourhoods-fill", "type": "fill", "source": "neighbourhoods",
                "source-layer": "neighbourhoods",
                "paint": { "fill-color": "#6b5b95", "fill-opacity": 0.04 } }),
        json!({ "id": "neighbourhoods-outline", "type": "line", "source": "neighbourhoods",
                "source-layer": "neighbourhoods",
                "paint": { "line-color": "#6b5b95", "line-width": 1.5, "line-dasharray": [2, 1] } }),
        json!({ "id": "neighbourhood-labels", "type": "symbol", "source": "neighbourhoods",
                "source-layer": "neighbourhood_labels", "minzoom": 11,
                "layout": { "text-field": ["get", "name"], "text-font": ["Noto Sans Bold"],
                            "text-size": ["interpolate", ["linear"], ["zoom"], 11, 11, 15, 15],
                            "text-transform": "uppercase", "text-letter-spacing": 0.05 },
                "paint": { "text-color": "#4b3f72", "text-halo-color": "#ffffff", "text-halo-width": 2 } }),
        json!({ "id": "contribution-clusters", "type": "circle", "source": "contributions",
                "source-layer": "contributions", "filter": is_cluster,
                "paint": {
                    "circle-color": "#0b4f6c",
                    "circle-opacity": 0.85,
                    "circle-radius": bubble_radius(),
                    "circle-stroke-color": "#ffffff", "circle-stroke-width": 2 } }),
        json!({ "id": "contribution-cluster-count", "type": "symbol", "source": "contributions",
                "source-layer": "contributions", "filter": is_cluster,
                "layout": { "text-field": bubble_label(),
                            "text-font": ["Noto Sans Bold"], "text-size": 13,
                            "text-allow-overlap": true },
                "paint": { "text-color": "#ffffff" } }),
        json!({ "id": "contributions", "type": "symbol", "source": "contributions",
                "source-layer": "contributions", "filter": ["!", is_cluster],
                "layout": {
                    "icon-image": ["get", "kind"], "icon-allow-overlap": true,
                    "icon-size": ["interpolate", ["linear"], ["zoom"], 13, 0.8, 17, 1.2],
                    "text-field": ["step", ["zoom"], "", 16, ["get", "title"]],
                    "text-font": ["Noto Sans Regular"], "text-size": 12,
                    "text-offset": [0, 1.4], "text-anchor": "top", "text-max-width": 12,
                    "text-optional": true },
                "paint": { "text-color": colour_by_kind, "text-halo-color": "#ffffff",
                           "text-halo-width": 1.5 } }),
    ]
}

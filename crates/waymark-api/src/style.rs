//! `/style.json`: a MapLibre style with the plan's layers over a basemap this server
//! serves itself, so the demo map needs no internet. An operator can point the basemap
//! at an external raster tile service instead.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use serde_json::{Value, json};

use crate::links::origin;
use crate::{ApiError, AppState};

/// Colours per kind; each kind also has its own icon shape, so colour is never alone.
pub const KIND_COLOURS: [(&str, &str); 4] = [
    ("idea", "#1b7837"),
    ("issue", "#b2182b"),
    ("interest", "#2166ac"),
    ("story", "#7b3294"),
];

pub async fn style(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let base = origin(state.config.public_url.as_deref(), &headers);
    let extent = waymark_store::plans::extent(&state.pool).await?;
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
    match &state.config.basemap {
        Some(external) => {
            sources.insert(
                "basemap".into(),
                json!({
                    "type": "raster", "tiles": [external.tiles], "tileSize": 256,
                    "attribution": external.attribution,
                }),
            );
            layers.push(json!({ "id": "basemap", "type": "raster", "source": "basemap" }));
        }
        None => {
            sources.insert(
                "basemap".into(),
                json!({
                    "type": "vector", "tiles": tiles("basemap"), "minzoom": 0, "maxzoom": 16,
                    "attribution": "Demo basemap: approximate, drawn for Waymark",
                }),
            );
            layers.extend(basemap_layers());
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

fn line_width(at_12: f64, at_16: f64) -> Value {
    json!([
        "interpolate",
        ["exponential", 1.5],
        ["zoom"],
        10,
        at_12 / 2.0,
        12,
        at_12,
        16,
        at_16
    ])
}

fn basemap_layers() -> Vec<Value> {
    let class = |c: &str| json!(["==", ["get", "class"], c]);
    vec![
        json!({ "id": "basemap-park", "type": "fill", "source": "basemap", "source-layer": "basemap",
                "filter": class("park"), "paint": { "fill-color": "#d3e8c8" } }),
        json!({ "id": "basemap-water", "type": "fill", "source": "basemap", "source-layer": "basemap",
                "filter": ["all", class("water"), ["==", ["geometry-type"], "Polygon"]],
                "paint": { "fill-color": "#a9d3ee" } }),
        json!({ "id": "basemap-river", "type": "line", "source": "basemap", "source-layer": "basemap",
                "filter": ["all", class("water"), ["==", ["geometry-type"], "LineString"]],
                "paint": { "line-color": "#a9d3ee", "line-width": line_width(1.5, 5.0) } }),
        json!({ "id": "basemap-canal", "type": "line", "source": "basemap", "source-layer": "basemap",
                "filter": class("canal"),
                "paint": { "line-color": "#7fb8de", "line-width": line_width(1.5, 4.0) } }),
        json!({ "id": "basemap-railway", "type": "line", "source": "basemap", "source-layer": "basemap",
                "filter": class("railway"),
                "paint": { "line-color": "#8a8a8a", "line-width": line_width(1.2, 2.5),
                           "line-dasharray": [3, 2] } }),
        json!({ "id": "basemap-road-casing", "type": "line", "source": "basemap", "source-layer": "basemap",
                "filter": ["in", ["get", "class"], ["literal", ["grid_road", "road"]]],
                "layout": { "line-cap": "round", "line-join": "round" },
                "paint": { "line-color": "#c9c1b1", "line-width": line_width(4.0, 14.0) } }),
        json!({ "id": "basemap-road", "type": "line", "source": "basemap", "source-layer": "basemap",
                "filter": ["in", ["get", "class"], ["literal", ["grid_road", "road"]]],
                "layout": { "line-cap": "round", "line-join": "round" },
                "paint": { "line-color": "#ffffff", "line-width": line_width(2.5, 11.0) } }),
        json!({ "id": "basemap-road-label", "type": "symbol", "source": "basemap", "source-layer": "basemap",
                "minzoom": 13, "filter": ["has", "name"],
                "layout": { "symbol-placement": "line", "text-field": ["get", "name"],
                            "text-font": ["Noto Sans Regular"], "text-size": 12 },
                "paint": { "text-color": "#4a4a4a", "text-halo-color": "#ffffff", "text-halo-width": 1.5 } }),
    ]
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
                    "circle-radius": ["step", ["get", "count"], 12, 10, 16, 50, 20, 200, 26, 1000, 32],
                    "circle-stroke-color": "#ffffff", "circle-stroke-width": 2 } }),
        json!({ "id": "contribution-cluster-count", "type": "symbol", "source": "contributions",
                "source-layer": "contributions", "filter": is_cluster,
                "layout": { "text-field": ["to-string", ["get", "count"]],
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

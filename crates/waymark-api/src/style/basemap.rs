//! The style layers that draw a basemap source, for the two layer schemas Waymark serves:
//! its own (OpenMapTiles-like: `water`, `waterway`, `landcover`, `transportation`,
//! `building`, `place`, each with a `class`) and the Protomaps basemap's (`earth`, `water`,
//! `landuse`, `roads`, `buildings`, `places`, each with a `kind`), the schema of the
//! regional PMTiles extracts most towns can get.

use serde_json::{Value, json};

const SOURCE: &str = "basemap";
const WATER: &str = "#a9d3ee";
const PARK: &str = "#d3e8c8";
const WOOD: &str = "#c2dcb0";
const GRASS: &str = "#e1eed3";
const BUILDING: &str = "#e0dad0";
const CASING: &str = "#c9c1b1";
const RAIL: &str = "#8a8a8a";
const LABEL: &str = "#4a4a4a";
const FONT: &str = "Noto Sans Regular";
const BOLD: &str = "Noto Sans Bold";

/// A line width that grows with the zoom: half of `at_12` at 10, `at_16` at 16.
pub fn line_width(at_12: f64, at_16: f64) -> Value {
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

/// Roads by importance: the classes (or kinds) of each rank, its widths at 12 and 16 and
/// its colour. Casings are drawn under all of them.
struct Rank {
    values: &'static [&'static str],
    at_12: f64,
    at_16: f64,
    colour: &'static str,
}

/// The style's fill, line and label layers over one schema's layer and field names.
struct Schema {
    id: &'static str,
    field: &'static str,
    water: &'static str,
    waterway: Option<&'static str>,
    green: &'static str,
    parks: &'static [&'static str],
    woods: &'static [&'static str],
    grass: &'static [&'static str],
    roads: &'static str,
    ranks: [Rank; 4],
    paths: &'static [&'static str],
    rail: &'static [&'static str],
    buildings: &'static str,
    places: &'static str,
    towns: &'static [&'static str],
}

const WAYMARK: Schema = Schema {
    id: "basemap",
    field: "class",
    water: "water",
    waterway: Some("waterway"),
    green: "landcover",
    parks: &["park"],
    woods: &["wood"],
    grass: &["grass", "meadow"],
    roads: "transportation",
    ranks: [
        Rank {
            values: &["service"],
            at_12: 0.8,
            at_16: 5.0,
            colour: "#ffffff",
        },
        Rank {
            values: &["minor"],
            at_12: 1.2,
            at_16: 9.0,
            colour: "#ffffff",
        },
        Rank {
            values: &["secondary", "tertiary"],
            at_12: 2.5,
            at_16: 11.0,
            colour: "#ffffff",
        },
        Rank {
            values: &["motorway", "trunk", "primary"],
            at_12: 3.0,
            at_16: 13.0,
            colour: "#fbe3b0",
        },
    ],
    paths: &["path"],
    rail: &["rail"],
    buildings: "building",
    places: "place",
    towns: &["city", "town"],
};

const PROTOMAPS: Schema = Schema {
    id: "protomaps",
    field: "kind",
    water: "water",
    waterway: None,
    green: "landuse",
    parks: &[
        "park",
        "garden",
        "playground",
        "golf_course",
        "cemetery",
        "nature_reserve",
    ],
    woods: &["wood", "forest"],
    grass: &[
        "grass",
        "grassland",
        "meadow",
        "village_green",
        "recreation_ground",
    ],
    roads: "roads",
    ranks: [
        Rank {
            values: &["other"],
            at_12: 0.8,
            at_16: 5.0,
            colour: "#ffffff",
        },
        Rank {
            values: &["minor_road"],
            at_12: 1.2,
            at_16: 9.0,
            colour: "#ffffff",
        },
        Rank {
            values: &["medium_road"],
            at_12: 2.5,
            at_16: 11.0,
            colour: "#ffffff",
        },
        Rank {
            values: &["highway", "major_road"],
            at_12: 3.0,
            at_16: 13.0,
            colour: "#fbe3b0",
        },
    ],
    paths: &["path"],
    rail: &["rail"],
    buildings: "buildings",
    places: "places",
    towns: &["locality"],
};

/// The layers for Waymark's own basemap tiles (or an archive of them).
pub fn waymark_layers() -> Vec<Value> {
    layers(&WAYMARK)
}

/// The layers for an archive of the Protomaps basemap.
pub fn protomaps_layers() -> Vec<Value> {
    let mut out = vec![json!({
        "id": "protomaps-earth", "type": "fill", "source": SOURCE, "source-layer": "earth",
        "paint": { "fill-color": "#f4f1ea" }
    })];
    out.extend(layers(&PROTOMAPS));
    out
}

fn layers(s: &Schema) -> Vec<Value> {
    let id = |name: &str| format!("{}-{name}", s.id);
    let of = |values: &[&str]| json!(["in", ["get", s.field], ["literal", values]]);
    let polygon = json!(["==", ["geometry-type"], "Polygon"]);
    let line = json!(["==", ["geometry-type"], "LineString"]);
    let road_values: Vec<&str> = s
        .ranks
        .iter()
        .flat_map(|r| r.values.iter().copied())
        .collect();
    let widths = |casing: f64| {
        json!([
            "interpolate",
            ["exponential", 1.5],
            ["zoom"],
            10,
            width_at_zoom(s, |r| r.at_12 / 2.0, casing / 2.0),
            12,
            width_at_zoom(s, |r| r.at_12, casing),
            16,
            width_at_zoom(s, |r| r.at_16, casing * 2.0)
        ])
    };
    let colours = {
        let mut m = vec![json!("match"), json!(["get", s.field])];
        for rank in &s.ranks {
            m.push(json!(rank.values));
            m.push(json!(rank.colour));
        }
        m.push(json!("#ffffff"));
        Value::Array(m)
    };
    let green_colours = json!([
        "match",
        ["get", s.field],
        s.woods,
        WOOD,
        s.grass,
        GRASS,
        PARK
    ]);
    let greens: Vec<&str> = [s.parks, s.woods, s.grass].concat();
    let mut out = vec![
        json!({ "id": id("green"), "type": "fill", "source": SOURCE, "source-layer": s.green,
                "filter": of(&greens), "paint": { "fill-color": green_colours } }),
        json!({ "id": id("water"), "type": "fill", "source": SOURCE, "source-layer": s.water,
                "filter": polygon, "paint": { "fill-color": WATER } }),
    ];
    let waterway = match s.waterway {
        Some(layer) => json!({ "id": id("waterway"), "type": "line", "source": SOURCE,
            "source-layer": layer,
            "paint": { "line-color": WATER, "line-width": river_width(s.field) } }),
        None => json!({ "id": id("waterway"), "type": "line", "source": SOURCE,
            "source-layer": s.water, "filter": line,
            "paint": { "line-color": WATER, "line-width": line_width(1.0, 4.0) } }),
    };
    out.push(waterway);
    out.extend([
        json!({ "id": id("building"), "type": "fill", "source": SOURCE,
                "source-layer": s.buildings, "minzoom": 14,
                "paint": { "fill-color": BUILDING, "fill-outline-color": CASING } }),
        json!({ "id": id("path"), "type": "line", "source": SOURCE, "source-layer": s.roads,
                "minzoom": 14, "filter": of(s.paths),
                "paint": { "line-color": "#a08f7a", "line-width": 1, "line-dasharray": [2, 1] } }),
        json!({ "id": id("rail"), "type": "line", "source": SOURCE, "source-layer": s.roads,
                "filter": of(s.rail),
                "paint": { "line-color": RAIL, "line-width": line_width(1.2, 2.5),
                           "line-dasharray": [3, 2] } }),
        json!({ "id": id("road-casing"), "type": "line", "source": SOURCE,
                "source-layer": s.roads, "filter": of(&road_values),
                "layout": { "line-cap": "round", "line-join": "round" },
                "paint": { "line-color": CASING, "line-width": widths(1.5) } }),
        json!({ "id": id("road"), "type": "line", "source": SOURCE, "source-layer": s.roads,
                "filter": of(&road_values),
                "layout": { "line-cap": "round", "line-join": "round" },
                "paint": { "line-color": colours, "line-width": widths(0.0) } }),
        json!({ "id": id("road-label"), "type": "symbol", "source": SOURCE,
                "source-layer": s.roads, "minzoom": 13,
                "filter": ["all", of(&road_values), ["has", "name"]],
                "layout": { "symbol-placement": "line", "text-field": ["get", "name"],
                            "text-font": [FONT], "text-size": 12 },
                "paint": { "text-color": LABEL, "text-halo-color": "#ffffff",
                           "text-halo-width": 1.5 } }),
        json!({ "id": id("place-label"), "type": "symbol", "source": SOURCE,
                "source-layer": s.places, "filter": ["has", "name"],
                "layout": { "text-field": ["get", "name"], "text-font": [BOLD],
                            "text-size": ["match", ["get", s.field], s.towns, 16, 12],
                            "text-max-width": 8 },
                "paint": { "text-color": "#333333", "text-halo-color": "#ffffff",
                           "text-halo-width": 2 } }),
    ]);
    out
}

/// Rivers and canals wider than streams; the zoom must be the outermost expression.
fn river_width(field: &str) -> Value {
    let by_class = |river: f64, stream: f64| {
        json!(["match", ["get", field], ["river", "canal"], river, stream])
    };
    json!([
        "interpolate",
        ["exponential", 1.5],
        ["zoom"],
        10,
        by_class(0.75, 0.3),
        12,
        by_class(1.5, 0.6),
        16,
        by_class(5.0, 2.0)
    ])
}

/// A `match` on the schema's field giving each rank's width plus the casing's.
fn width_at_zoom(s: &Schema, pick: fn(&Rank) -> f64, casing: f64) -> Value {
    let mut m = vec![json!("match"), json!(["get", s.field])];
    for rank in &s.ranks {
        m.push(json!(rank.values));
        m.push(json!(pick(rank) + casing));
    }
    m.push(json!(0.5 + casing));
    Value::Array(m)
}

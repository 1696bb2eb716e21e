//! Network capacity data from an operator's published file, read through a column
//! mapping profile (fixtures/network-profiles/*.toml documents their shape).

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;
use time::Date;
use waymark_store::network::SubstationRecord;
use waymark_store::{PgConnection, PgPool};

use super::{BadRow, ImportError};

/// Profiles that come with Waymark, by name; any other name is read as a file path.
const BUILT_IN: [(&str, &str); 3] = [
    (
        "generic",
        include_str!("../../../../fixtures/network-profiles/generic.toml"),
    ),
    (
        "nged",
        include_str!("../../../../fixtures/network-profiles/nged.toml"),
    ),
    (
        "ukpn",
        include_str!("../../../../fixtures/network-profiles/ukpn.toml"),
    ),
];

#[derive(Debug, Deserialize)]
pub struct Profile {
    pub name: String,
    pub format: Format,
    #[serde(default = "comma")]
    pub delimiter: char,
    pub columns: HashMap<String, Columns>,
    pub parse: Parse,
    #[serde(default)]
    pub values: HashMap<String, HashMap<String, String>>,
}

fn comma() -> char {
    ','
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Csv,
    Geojson,
}

/// One source column, or several of which the first non-empty wins.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Columns {
    One(String),
    FirstOf(Vec<String>),
}

#[derive(Debug, Deserialize)]
pub struct Parse {
    pub date_format: String,
    pub coordinates: Coordinates,
    #[serde(default = "by_id")]
    pub upstream: String,
    #[serde(default)]
    pub null_values: Vec<String>,
}

fn by_id() -> String {
    "id".to_owned()
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Coordinates {
    /// `"geometry"`: a GeoJSON feature's Point.
    Geometry(String),
    LatLon {
        lat: String,
        lon: String,
    },
    Combined {
        latlon: String,
    },
}

impl Profile {
    pub fn load(name_or_path: &str) -> Result<Self, ImportError> {
        let text = match BUILT_IN.iter().find(|(name, _)| *name == name_or_path) {
            Some((_, text)) => (*text).to_owned(),
            None => std::fs::read_to_string(name_or_path).map_err(|e| {
                ImportError::Unreadable(format!(
                    "no built-in profile '{name_or_path}' (built in: generic, nged, ukpn) and no such file: {e}"
                ))
            })?,
        };
        toml::from_str(&text)
            .map_err(|e| ImportError::Unreadable(format!("profile {name_or_path}: {e}")))
    }
}

/// A source row as field → raw text (after the profile's null values are dropped).
struct Row {
    line: usize,
    cells: HashMap<String, String>,
    geometry: Option<Value>,
}

impl Profile {
    fn cell(&self, row: &Row, field: &str) -> Option<String> {
        let names: Vec<&String> = match self.columns.get(field)? {
            Columns::One(name) => vec![name],
            Columns::FirstOf(names) => names.iter().collect(),
        };
        names.into_iter().find_map(|name| {
            row.cells
                .get(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| {
                    !self
                        .parse
                        .null_values
                        .iter()
                        .any(|n| n.trim().eq_ignore_ascii_case(v))
                        && !v.is_empty()
                })
        })
    }

    /// The cell mapped through `[values.FIELD]` when the profile has such a table.
    fn mapped(&self, row: &Row, field: &str) -> Result<Option<String>, String> {
        let Some(raw) = self.cell(row, field) else {
            return Ok(None);
        };
        match self.values.get(field) {
            None => Ok(Some(raw)),
            Some(table) => table
                .iter()
                .find(|(k, _)| k.trim().eq_ignore_ascii_case(&raw))
                .map(|(_, v)| Some(v.clone()))
                .ok_or_else(|| {
                    format!(
                        "{} '{raw}' is not one of: {}",
                        self.column_name(field),
                        sorted_keys(table)
                    )
                }),
        }
    }

    fn number(&self, row: &Row, field: &str) -> Result<Option<f64>, String> {
        match self.cell(row, field) {
            None => Ok(None),
            Some(raw) => raw
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .map(Some)
                .ok_or_else(|| format!("{} '{raw}' is not a number", self.column_name(field))),
        }
    }

    /// How the file names a field's column, for messages people can act on.
    fn column_name(&self, field: &str) -> String {
        match self.columns.get(field) {
            Some(Columns::One(name)) => format!("column '{name}'"),
            Some(Columns::FirstOf(names)) => format!("column '{}'", names.join("' or '")),
            None => field.to_owned(),
        }
    }

    fn date(&self, row: &Row) -> Result<Option<Date>, String> {
        let Some(raw) = self.cell(row, "data_date") else {
            return Ok(None);
        };
        let format = strftime_to_time(&self.parse.date_format);
        let description = time::format_description::parse_borrowed::<2>(&format)
            .map_err(|e| format!("the profile's date_format: {e}"))?;
        Date::parse(&raw, &description).map(Some).map_err(|_| {
            format!(
                "data_date '{raw}' is not a date like {}",
                self.parse.date_format
            )
        })
    }

    fn position(&self, row: &Row) -> Result<(f64, f64), String> {
        let (lat, lon) = match &self.parse.coordinates {
            Coordinates::Geometry(_) => {
                let g = row.geometry.as_ref().ok_or("no geometry")?;
                let c: Vec<f64> = serde_json::from_value(g["coordinates"].clone())
                    .map_err(|_| "a substation's geometry is a Point".to_owned())?;
                match c[..] {
                    [lon, lat, ..] => (lat, lon),
                    _ => return Err("a Point has two coordinates".into()),
                }
            }
            Coordinates::LatLon { lat, lon } => {
                let get = |col: &str| {
                    row.cells
                        .get(col)
                        .and_then(|v| v.trim().parse::<f64>().ok())
                        .ok_or_else(|| format!("{col} is not a number"))
                };
                (get(lat)?, get(lon)?)
            }
            Coordinates::Combined { latlon } => {
                let raw = row.cells.get(latlon).map(String::as_str).unwrap_or("");
                let parts: Vec<f64> = raw
                    .split(',')
                    .filter_map(|p| p.trim().parse().ok())
                    .collect();
                match parts[..] {
                    [lat, lon] => (lat, lon),
                    _ => return Err(format!("{latlon} '{raw}' is not 'lat, lon'")),
                }
            }
        };
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(format!(
                "position {lat}, {lon} is out of range (latitude −90 to 90, longitude −180 to 180)"
            ));
        }
        Ok((lon, lat))
    }
}

fn sorted_keys(table: &HashMap<String, String>) -> String {
    let mut keys: Vec<&str> = table.keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys.join(", ")
}

/// `%d/%m/%Y` → `[day]/[month]/[year]`, for the few strftime codes dates use.
fn strftime_to_time(format: &str) -> String {
    format
        .replace("%d", "[day]")
        .replace("%m", "[month]")
        .replace("%Y", "[year]")
        .replace("%H", "[hour]")
        .replace("%M", "[minute]")
        .replace("%S", "[second]")
}

/// What a file holds once every row has been read and checked.
#[derive(Debug, Default)]
pub struct NetworkData {
    pub operator_substations: Vec<(String, SubstationRecord)>,
    /// (operator, substation id, GeoJSON geometry)
    pub supply_areas: Vec<(String, String, String)>,
    /// (operator, id, name, reason, substation id, GeoJSON geometry)
    pub constraint_zones: Vec<(String, String, String, String, Option<String>, String)>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ImportReport {
    pub substations: usize,
    pub supply_areas: usize,
    pub constraint_zones: usize,
}

fn read_rows(profile: &Profile, bytes: &[u8]) -> Result<Vec<Row>, ImportError> {
    match profile.format {
        Format::Csv => {
            let mut reader = csv::ReaderBuilder::new()
                .delimiter(u8::try_from(profile.delimiter).map_err(|_| {
                    ImportError::Unreadable("the delimiter must be one ASCII character".into())
                })?)
                .flexible(true)
                .from_reader(bytes);
            let headers = reader
                .headers()
                .map_err(|e| ImportError::Unreadable(format!("the header row: {e}")))?
                .clone();
            let mut rows = Vec::new();
            for (i, record) in reader.records().enumerate() {
                let line = i + 2;
                let record = record.map_err(|e| {
                    ImportError::BadRows(vec![BadRow {
                        line,
                        reason: e.to_string(),
                    }])
                })?;
                let line = record.position().map_or(line, |p| p.line() as usize);
                let cells = headers
                    .iter()
                    .zip(record.iter())
                    .map(|(h, v)| (h.to_owned(), v.to_owned()))
                    .collect();
                rows.push(Row {
                    line,
                    cells,
                    geometry: None,
                });
            }
            Ok(rows)
        }
        Format::Geojson => {
            let doc: Value = serde_json::from_slice(bytes)
                .map_err(|e| ImportError::Unreadable(format!("not GeoJSON: {e}")))?;
            let features = doc["features"]
                .as_array()
                .ok_or_else(|| ImportError::Unreadable("not a FeatureCollection".into()))?;
            Ok(features
                .iter()
                .enumerate()
                .map(|(i, f)| Row {
                    // For GeoJSON the "line" is the feature's number, from 1.
                    line: i + 1,
                    cells: f["properties"]
                        .as_object()
                        .map(|props| {
                            props
                                .iter()
                                .filter_map(|(k, v)| {
                                    let text = match v {
                                        Value::String(s) => s.clone(),
                                        Value::Null => return None,
                                        other => other.to_string(),
                                    };
                                    Some((k.clone(), text))
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                    geometry: Some(f["geometry"].clone()),
                })
                .collect())
        }
    }
}

/// Reads and checks every row; returns the data, or every bad row.
pub fn read(profile: &Profile, bytes: &[u8]) -> Result<NetworkData, ImportError> {
    let rows = read_rows(profile, bytes)?;
    let mut data = NetworkData::default();
    let mut bad = Vec::new();
    let mut names = HashMap::new();
    for row in &rows {
        let kind = match profile.mapped(row, "kind") {
            Ok(Some(kind)) => kind,
            Ok(None) => {
                bad.push(BadRow {
                    line: row.line,
                    reason: "kind is empty".into(),
                });
                continue;
            }
            Err(reason) => {
                bad.push(BadRow {
                    line: row.line,
                    reason,
                });
                continue;
            }
        };
        let result = match kind.as_str() {
            "supply_area" | "constraint_zone" => area(profile, row, &kind, &mut data),
            "grid_supply_point" | "bulk_supply_point" | "primary" => substation(profile, row, kind)
                .map(|(operator, s)| {
                    names.insert(s.name.clone(), s.external_id.clone());
                    data.operator_substations.push((operator, s));
                }),
            other => Err(format!(
                "kind '{other}' is not a substation, supply area or constraint zone"
            )),
        };
        if let Err(reason) = result {
            bad.push(BadRow {
                line: row.line,
                reason,
            });
        }
    }
    if let Some((operator, _)) = data.operator_substations.first() {
        let operator = operator.clone();
        for area in &mut data.supply_areas {
            if area.0.is_empty() {
                area.0 = operator.clone();
            }
        }
        for zone in &mut data.constraint_zones {
            if zone.0.is_empty() {
                zone.0 = operator.clone();
            }
        }
    }
    if profile.parse.upstream == "name" {
        for (row, (_, s)) in rows.iter().zip(data.operator_substations.iter_mut()) {
            if let Some(upstream) = s.upstream_external_id.take() {
                match names.get(&upstream) {
                    Some(id) => s.upstream_external_id = Some(id.clone()),
                    None => bad.push(BadRow {
                        line: row.line,
                        reason: format!("upstream '{upstream}' is not a substation in this file"),
                    }),
                }
            }
        }
    }
    if bad.is_empty() {
        Ok(data)
    } else {
        bad.sort_by_key(|b| b.line);
        Err(ImportError::BadRows(bad))
    }
}

fn required(profile: &Profile, row: &Row, field: &str) -> Result<String, String> {
    profile
        .mapped(row, field)?
        .ok_or_else(|| format!("{} is empty", profile.column_name(field)))
}

fn substation(
    profile: &Profile,
    row: &Row,
    kind: String,
) -> Result<(String, SubstationRecord), String> {
    let mut problems = Vec::new();
    let mut take = |r: Result<Option<f64>, String>| {
        r.unwrap_or_else(|e| {
            problems.push(e);
            None
        })
    };
    let numbers = [
        "firm_capacity_mva",
        "peak_demand_mva",
        "demand_headroom_mva",
        "generation_headroom_mw",
        "connected_generation_mw",
        "queued_generation_mw",
        "fault_level_headroom_ka",
    ]
    .map(|f| take(profile.number(row, f)));
    let text = |field: &str, problems: &mut Vec<String>| {
        required(profile, row, field)
            .map_err(|e| problems.push(e))
            .ok()
    };
    let id = text("id", &mut problems);
    let name = text("name", &mut problems);
    let operator = text("operator", &mut problems);
    let rag = text("rag", &mut problems);
    let source = text("source", &mut problems);
    let voltage = profile.mapped(row, "voltage").unwrap_or_else(|e| {
        problems.push(e);
        None
    });
    let upstream = profile.cell(row, "upstream_id");
    let date = profile.date(row).unwrap_or_else(|e| {
        problems.push(e);
        None
    });
    let position = profile.position(row).map_err(|e| problems.push(e)).ok();
    if let Some(rag) = rag
        .as_ref()
        .filter(|r| !matches!(r.as_str(), "green" | "amber" | "red"))
    {
        problems.push(format!("rag '{rag}' is not green, amber or red"));
    }
    match (id, name, operator, rag, source, position) {
        (Some(id), Some(name), Some(operator), Some(rag), Some(source), Some((lon, lat)))
            if problems.is_empty() =>
        {
            Ok((
                operator,
                SubstationRecord {
                    external_id: id,
                    name,
                    kind,
                    voltage,
                    upstream_external_id: upstream,
                    lon,
                    lat,
                    firm_capacity_mva: numbers[0],
                    peak_demand_mva: numbers[1],
                    demand_headroom_mva: numbers[2],
                    generation_headroom_mw: numbers[3],
                    connected_generation_mw: numbers[4],
                    queued_generation_mw: numbers[5],
                    fault_level_headroom_ka: numbers[6],
                    rag,
                    data_date: date,
                    source,
                },
            ))
        }
        _ => Err(problems.join("; ")),
    }
}

fn area(profile: &Profile, row: &Row, kind: &str, data: &mut NetworkData) -> Result<(), String> {
    let geometry = row.geometry.as_ref().ok_or("an area needs a geometry")?;
    if !matches!(geometry["type"].as_str(), Some("Polygon" | "MultiPolygon")) {
        return Err(format!("a {kind} is a Polygon or MultiPolygon"));
    }
    // An area without its own operator belongs to the operator of the file's substations.
    let operator = profile.mapped(row, "operator")?.unwrap_or_default();
    let substation = profile.cell(row, "substation_id");
    if kind == "supply_area" {
        let substation = substation.ok_or("a supply area names its substation_id")?;
        data.supply_areas
            .push((operator, substation, geometry.to_string()));
    } else {
        data.constraint_zones.push((
            operator,
            required(profile, row, "id")?,
            required(profile, row, "name")?,
            profile.cell(row, "reason").unwrap_or_default(),
            substation,
            geometry.to_string(),
        ));
    }
    Ok(())
}

/// Imports a file in one transaction: every row or none. Re-importing the same file
/// changes nothing.
pub async fn import(
    pool: &PgPool,
    profile: &Profile,
    path: &Path,
) -> Result<ImportReport, ImportError> {
    let bytes = super::read_file(path)?;
    let data = read(profile, &bytes)?;
    let mut tx = pool.begin().await?;
    let report = write(&mut tx, &data).await?;
    tx.commit().await?;
    Ok(report)
}

/// Writes checked network data inside the caller's transaction.
pub async fn write(tx: &mut PgConnection, data: &NetworkData) -> Result<ImportReport, ImportError> {
    for (operator, s) in &data.operator_substations {
        waymark_store::network::upsert_substation(&mut *tx, operator, s).await?;
    }
    let mut bad = Vec::new();
    for (i, (operator, substation, geometry)) in data.supply_areas.iter().enumerate() {
        if !waymark_store::network::upsert_supply_area(&mut *tx, operator, substation, geometry)
            .await?
        {
            bad.push(BadRow {
                line: i + 1,
                reason: format!("supply area of unknown substation '{substation}'"),
            });
        }
    }
    if !bad.is_empty() {
        return Err(ImportError::BadRows(bad));
    }
    for (operator, id, name, reason, substation, geometry) in &data.constraint_zones {
        waymark_store::network::upsert_constraint_zone(
            &mut *tx,
            operator,
            id,
            name,
            reason,
            substation.as_deref(),
            geometry,
        )
        .await?;
    }
    Ok(ImportReport {
        substations: data.operator_substations.len(),
        supply_areas: data.supply_areas.len(),
        constraint_zones: data.constraint_zones.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// By absolute path: the config tests change the working directory (figment's Jail)
    /// while these run on other threads.
    fn fixture(file: &str) -> String {
        format!(
            "{}/../../fixtures/milton-keynes/network/{file}",
            env!("CARGO_MANIFEST_DIR")
        )
    }

    #[test]
    fn strftime_dates_become_time_descriptions() {
        assert_eq!(strftime_to_time("%d/%m/%Y"), "[day]/[month]/[year]");
    }

    #[test]
    fn the_three_demo_layouts_read_as_the_same_network() {
        let read_demo = |profile: &str, file: &str| {
            let p = Profile::load(profile).unwrap();
            let bytes = std::fs::read(fixture(file)).unwrap();
            let mut subs: Vec<SubstationRecord> = read(&p, &bytes)
                .unwrap()
                .operator_substations
                .into_iter()
                .map(|(_, s)| s)
                .collect();
            subs.sort_by(|a, b| a.external_id.cmp(&b.external_id));
            subs
        };
        let generic = read_demo("generic", "demo-generic.geojson");
        let nged = read_demo("nged", "demo-nged.csv");
        let ukpn = read_demo("ukpn", "demo-ukpn.csv");
        assert_eq!(generic.len(), 18);
        assert_eq!(generic, nged);
        assert_eq!(generic, ukpn);
        assert!(generic.iter().all(|s| s.name.starts_with("DEMO ")));
    }

    #[test]
    fn bad_rows_are_named_by_line() {
        let p = Profile::load("nged").unwrap();
        let bytes = std::fs::read(fixture("bad-rows.csv")).unwrap();
        match read(&p, &bytes) {
            Err(ImportError::BadRows(rows)) => {
                let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
                assert_eq!(lines, [5, 7, 9, 11], "{rows:?}");
            }
            other => panic!("expected bad rows, got {other:?}"),
        }
    }
}

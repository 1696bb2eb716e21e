//! Earlier conversation logs (CSV or GeoJSON) into a plan, all or nothing. Columns are
//! named as Waymark's fields unless a profile maps them (`[columns] title = "Summary"`):
//! kind, themes (separated by `;` or `,`), title, body, display_name, precision, lat and
//! lon (or neighbourhood: a slug, placing it at the neighbourhood's centre), date
//! (YYYY-MM-DD), consent (publish, internal, anonymise; default publish), channel,
//! on_behalf_of.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;
use waymark_domain::contribution::ContributionInput;
use waymark_domain::{NewContribution, Position, Precision, ValidationErrors};
use waymark_store::PgPool;
use waymark_store::contributions::ImportedRow;

use super::{BadRow, ImportError};

#[derive(Debug, Default, Deserialize)]
pub struct Mapping {
    #[serde(default)]
    pub columns: HashMap<String, String>,
}

impl Mapping {
    pub fn load(path: Option<&Path>) -> Result<Self, ImportError> {
        let Some(path) = path else {
            return Ok(Self::default());
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| ImportError::Unreadable(format!("{}: {e}", path.display())))?;
        toml::from_str(&text)
            .map_err(|e| ImportError::Unreadable(format!("{}: {e}", path.display())))
    }

    fn column<'a>(&'a self, field: &'a str) -> &'a str {
        self.columns.get(field).map_or(field, String::as_str)
    }
}

struct Row {
    line: usize,
    cells: HashMap<String, String>,
    point: Option<(f64, f64)>,
}

fn read_rows(bytes: &[u8], geojson: bool) -> Result<Vec<Row>, ImportError> {
    if geojson {
        let doc: Value = serde_json::from_slice(bytes)
            .map_err(|e| ImportError::Unreadable(format!("not GeoJSON: {e}")))?;
        let features = doc["features"]
            .as_array()
            .ok_or_else(|| ImportError::Unreadable("not a FeatureCollection".into()))?;
        return Ok(features
            .iter()
            .enumerate()
            .map(|(i, f)| Row {
                line: i + 1,
                cells: f["properties"]
                    .as_object()
                    .map(|p| {
                        p.iter()
                            .map(|(k, v)| {
                                (
                                    k.clone(),
                                    v.as_str().map_or_else(|| v.to_string(), str::to_owned),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                point: f["geometry"]["coordinates"]
                    .as_array()
                    .and_then(|c| Some((c.first()?.as_f64()?, c.get(1)?.as_f64()?))),
            })
            .collect());
    }
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| ImportError::Unreadable(format!("the header row: {e}")))?
        .clone();
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            ImportError::BadRows(vec![BadRow {
                line: i + 2,
                reason: e.to_string(),
            }])
        })?;
        let line = record.position().map_or(i + 2, |p| p.line() as usize);
        rows.push(Row {
            line,
            cells: headers
                .iter()
                .zip(record.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect(),
            point: None,
        });
    }
    Ok(rows)
}

fn check(
    row: &Row,
    map: &Mapping,
    centres: &HashMap<String, [f64; 2]>,
) -> Result<ImportedRow, String> {
    let get = |field: &str| {
        row.cells
            .get(map.column(field))
            .map(|v| v.trim())
            .filter(|v| !v.is_empty() && *v != "null")
    };
    let mut errors = ValidationErrors::default();
    let kind = get("kind").and_then(|k| errors.check(k.parse()));
    let themes: Vec<waymark_domain::Theme> = get("themes")
        .map(|t| {
            t.split([';', ','])
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .filter_map(|t| errors.check(t.parse()))
                .collect()
        })
        .unwrap_or_default();
    let precision: Option<Precision> = get("precision").and_then(|p| errors.check(p.parse()));
    let (position, precision) = match (row.point, get("lat"), get("lon"), get("neighbourhood")) {
        (Some((lon, lat)), ..) => (Position::new("geometry", lon, lat), precision),
        (None, Some(lat), Some(lon), _) => match (lat.parse::<f64>(), lon.parse::<f64>()) {
            (Ok(lat), Ok(lon)) => (Position::new("lat/lon", lon, lat), precision),
            _ => (
                Err(ValidationErrors::one(
                    "lat/lon",
                    format!("'{lat}', '{lon}' are not numbers"),
                )),
                precision,
            ),
        },
        (None, None, None, Some(slug)) => match centres.get(slug) {
            Some([lon, lat]) => (
                Position::new("neighbourhood", *lon, *lat),
                Some(Precision::Neighbourhood),
            ),
            None => (
                Err(ValidationErrors::one(
                    "neighbourhood",
                    format!("no neighbourhood '{slug}' in the plan"),
                )),
                precision,
            ),
        },
        _ => (
            Err(ValidationErrors::one(
                "place",
                "give lat and lon, or a neighbourhood",
            )),
            precision,
        ),
    };
    let day = get("date").and_then(|d| {
        time::Date::parse(d, time::macros::format_description!("[year]-[month]-[day]"))
            .map_err(|_| errors.push("date", format!("'{d}' is not a date like 2024-03-01")))
            .ok()
    });
    if day.is_none() && get("date").is_none() {
        errors.push("date", "the date of the conversation is needed");
    }
    let consent = get("consent").unwrap_or("publish").to_owned();
    if !matches!(consent.as_str(), "publish" | "internal" | "anonymise") {
        errors.push(
            "consent",
            format!("'{consent}' is not publish, internal or anonymise"),
        );
    }
    let channel = get("channel").map(str::to_owned);
    if channel
        .as_deref()
        .is_some_and(|c| !matches!(c, "door_step" | "event" | "phone" | "workshop" | "online"))
    {
        errors.push("channel", "door_step, event, phone, workshop or online");
    }
    let input = ContributionInput {
        kind,
        themes,
        title: get("title").map(str::to_owned),
        body: get("body").map(str::to_owned),
        display_name: get("display_name").map(str::to_owned),
        precision,
    };
    let lang = errors.check(waymark_domain::contribution::written_in(
        get("lang"),
        input.title.as_deref().unwrap_or_default(),
        input.body.as_deref().unwrap_or_default(),
        "lang",
    ));
    let new = NewContribution::new(input, position);
    match (new, day) {
        (Ok(new), Some(day)) if errors.is_empty() => Ok(ImportedRow {
            new,
            day,
            consent,
            channel,
            on_behalf_of: get("on_behalf_of").map(|s| s.chars().take(120).collect()),
            lang: lang.flatten(),
        }),
        (new, _) => {
            if let Err(more) = new {
                errors.0.extend(more.0);
            }
            Err(errors.to_string())
        }
    }
}

/// Imports a file into a plan in one transaction; returns how many rows.
pub async fn import(
    pool: &PgPool,
    plan: &str,
    path: &Path,
    map: &Mapping,
) -> Result<u64, ImportError> {
    let bytes = super::read_file(path)?;
    let geojson = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("geojson") || e.eq_ignore_ascii_case("json"));
    let rows = read_rows(&bytes, geojson)?;
    let plan_id = waymark_store::plans::id(pool, plan)
        .await?
        .ok_or_else(|| ImportError::Unreadable(format!("no plan '{plan}'")))?;
    let centres: HashMap<String, [f64; 2]> = waymark_store::plans::neighbourhoods(pool, plan_id)
        .await?
        .into_iter()
        .map(|n| (n.slug, n.centre))
        .collect();
    let mut good = Vec::with_capacity(rows.len());
    let mut bad = Vec::new();
    for row in &rows {
        match check(row, map, &centres) {
            Ok(r) => good.push(r),
            Err(reason) => bad.push(BadRow {
                line: row.line,
                reason,
            }),
        }
    }
    if !bad.is_empty() {
        return Err(ImportError::BadRows(bad));
    }
    let mut tx = pool.begin().await?;
    let outside = waymark_store::contributions::outside_plan(
        &mut tx,
        plan_id,
        &good
            .iter()
            .map(|r| [r.new.position.lon(), r.new.position.lat()])
            .collect::<Vec<_>>(),
    )
    .await?;
    if !outside.is_empty() {
        return Err(ImportError::BadRows(
            outside
                .into_iter()
                .map(|i| BadRow {
                    line: rows[i].line,
                    reason: "the place is outside the plan's area".into(),
                })
                .collect(),
        ));
    }
    let n =
        waymark_store::contributions::insert_imported(&mut tx, plan_id, &good, "import").await?;
    tx.commit().await?;
    Ok(n)
}

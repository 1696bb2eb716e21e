//! A plan's neighbourhoods from a boundary file (GeoJSON, GeoPackage, Shapefile), all or
//! nothing: the file is read through GDAL (`ogr`), each feature is named, checked and,
//! where it can be, repaired by PostGIS, overlaps are refused, and then the whole set
//! replaces the plan's neighbourhoods in one transaction that re-places every pin.
//!
//! The command line (`waymark import neighbourhoods`) and the API
//! (`PUT /api/v1/plans/{plan}/neighbourhoods`) both call `import`.

pub mod ogr;

use std::collections::HashMap;

use serde_json::json;
use waymark_domain::ValidationErrors;
use waymark_domain::plan::slug_from_name;
use waymark_store::boundaries::{self as store, NewNeighbourhood, PinOutside};
use waymark_store::{Connection, PgPool};

pub use ogr::{Format, Options, Source};

/// Two neighbourhoods may share an edge; an overlap larger than this many square metres
/// is a mistake in the file.
pub const OVERLAP_TOLERANCE_M2: f64 = 1.0;

/// A neighbourhood whose boundary was not valid and was repaired, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repaired {
    pub name: String,
    /// PostGIS's reason (`Self-intersection[-1.83 52.67]`).
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Clone)]
pub struct Report {
    pub plan: String,
    /// The layer read and the field the names came from.
    pub layer: String,
    pub name_field: String,
    /// The projection the file gave; `None` when it gave none and its coordinates were
    /// longitude/latitude, read as WGS 84.
    pub source_crs: Option<String>,
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub deleted: Vec<String>,
    pub repaired: Vec<Repaired>,
    /// Pins that lie in no neighbourhood now: kept, and placed in the nearest one.
    pub pins_outside: Vec<PinOutside>,
    /// Subscriptions to a deleted neighbourhood, kept as subscriptions to its old area.
    pub subscriptions_kept_as_areas: u64,
    /// Whether the plan's area became the union of its neighbourhoods.
    pub plan_area_from_neighbourhoods: bool,
    /// `[min_lon, min_lat, max_lon, max_lat]` where the plan's tiles changed.
    pub touched: Option<[f64; 4]>,
}

/// Why an import changed nothing.
#[derive(Debug)]
pub enum ImportError {
    NoPlan,
    /// The file, or features of it, named; nothing was imported.
    Refused(ValidationErrors),
    /// GDAL is missing or failed unexpectedly.
    Tool(String),
    Database(waymark_store::Error),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NoPlan => write!(f, "there is no such plan"),
            ImportError::Refused(errors) => {
                writeln!(f, "nothing was imported:")?;
                for e in &errors.0 {
                    writeln!(f, "  {}: {}", e.field, e.message)?;
                }
                Ok(())
            }
            ImportError::Tool(why) => write!(f, "{why}"),
            ImportError::Database(e) => write!(f, "database: {e}"),
        }
    }
}

impl std::error::Error for ImportError {}

impl From<waymark_store::Error> for ImportError {
    fn from(e: waymark_store::Error) -> Self {
        ImportError::Database(e)
    }
}

impl From<ogr::ReadError> for ImportError {
    fn from(e: ogr::ReadError) -> Self {
        match e {
            ogr::ReadError::Refused(errors) => ImportError::Refused(errors),
            ogr::ReadError::Tool(why) => ImportError::Tool(why),
        }
    }
}

/// Replaces the neighbourhoods of `plan` (its slug) with those of the file, all or
/// nothing, and records it in the audit log as done by `actor`.
pub async fn import(
    pool: &PgPool,
    plan: &str,
    source: Source<'_>,
    options: &Options,
    actor: &str,
) -> Result<Report, ImportError> {
    let plan = waymark_store::plans::get(pool, plan)
        .await?
        .ok_or(ImportError::NoPlan)?;
    let layer = ogr::read(source, options).await?;
    if layer.features.is_empty() {
        return Err(ImportError::Refused(ValidationErrors::one(
            "file",
            format!("the layer '{}' has no features", layer.name),
        )));
    }
    let mut conn = pool.acquire().await?;
    let (neighbourhoods, repaired) = check(&mut conn, &layer).await?;
    let names: Vec<String> = neighbourhoods.iter().map(|n| n.name.clone()).collect();
    let areas: Vec<Vec<u8>> = neighbourhoods.iter().map(|n| n.area.clone()).collect();
    let overlaps = store::overlaps(&mut conn, &names, &areas, OVERLAP_TOLERANCE_M2).await?;
    if !overlaps.is_empty() {
        let mut errors = ValidationErrors::default();
        for o in overlaps {
            errors.push(
                "features",
                format!(
                    "'{}' and '{}' overlap by {:.0} m²; neighbourhoods may share edges but not area",
                    o.first, o.second, o.square_metres
                ),
            );
        }
        return Err(ImportError::Refused(errors));
    }

    let mut tx = conn.begin().await?;
    let replaced = store::replace(&mut tx, plan.id, &neighbourhoods).await?;
    let report = Report {
        plan: plan.slug,
        layer: layer.name,
        name_field: layer.name_field,
        source_crs: layer.source_crs,
        created: replaced.created,
        updated: replaced.updated,
        deleted: replaced.deleted,
        repaired,
        pins_outside: replaced.pins_outside,
        subscriptions_kept_as_areas: replaced.subscriptions_kept_as_areas,
        plan_area_from_neighbourhoods: replaced.plan_area_from_neighbourhoods,
        touched: replaced.touched,
    };
    waymark_store::moderation::audit(
        &mut *tx,
        actor,
        "plan.import_neighbourhoods",
        "plan",
        &report.plan,
        None,
        None,
        Some(json!({
            "layer": report.layer,
            "name_field": report.name_field,
            "source_crs": report.source_crs,
            "created": report.created,
            "updated": report.updated,
            "deleted": report.deleted,
            "repaired": report.repaired.iter().map(|r| &r.name).collect::<Vec<_>>(),
            "pins_outside": report.pins_outside.iter().map(|p| p.id).collect::<Vec<_>>(),
            "subscriptions_kept_as_areas": report.subscriptions_kept_as_areas,
        })),
    )
    .await?;
    tx.commit().await?;
    Ok(report)
}

/// Names each feature, gives it an address and has PostGIS check and repair its
/// geometry; every feature at fault is named, not just the first.
async fn check(
    conn: &mut waymark_store::PgConnection,
    layer: &ogr::Layer,
) -> Result<(Vec<NewNeighbourhood>, Vec<Repaired>), ImportError> {
    let mut errors = ValidationErrors::default();
    let mut neighbourhoods = Vec::new();
    let mut repaired = Vec::new();
    let mut by_slug: HashMap<String, String> = HashMap::new();
    for feature in &layer.features {
        let field = format!("features[{}]", feature.number);
        let Some(name) = &feature.name else {
            errors.push(
                field,
                format!(
                    "feature {} has no name in '{}'",
                    feature.number, layer.name_field
                ),
            );
            continue;
        };
        if name.chars().count() > 200 {
            errors.push(
                field,
                format!(
                    "the name '{}…' is longer than 200 characters",
                    name.chars().take(40).collect::<String>()
                ),
            );
            continue;
        }
        let Some(slug) = slug_from_name(name) else {
            errors.push(
                field,
                format!("'{name}' has no letter or digit to make its address from"),
            );
            continue;
        };
        if let Some(other) = by_slug.insert(slug.clone(), name.clone()) {
            errors.push(
                field,
                format!("'{other}' and '{name}' would have the same address '{slug}'; give each neighbourhood its own name"),
            );
            continue;
        }
        let Some(geometry) = &feature.geometry else {
            errors.push(field, format!("'{name}' has no geometry"));
            continue;
        };
        let checked = match store::check(conn, &geometry.to_string()).await {
            Ok(checked) => checked,
            Err(waymark_store::Error::Database(e)) => {
                errors.push(
                    field,
                    format!(
                        "'{name}': PostGIS cannot read its geometry ({})",
                        e.message()
                    ),
                );
                continue;
            }
            Err(other) => return Err(other.into()),
        };
        let Some(area) = checked.area else {
            let why = checked
                .invalid_reason
                .unwrap_or_else(|| format!("it is a {}", checked.kind.trim_start_matches("ST_")));
            errors.push(
                field,
                format!("'{name}' cannot be repaired into an area ({why}); fix it in the file"),
            );
            continue;
        };
        let polygonal = matches!(checked.kind.as_str(), "ST_Polygon" | "ST_MultiPolygon");
        match checked.invalid_reason {
            Some(reason) => repaired.push(Repaired {
                name: name.clone(),
                reason,
            }),
            None if !polygonal => repaired.push(Repaired {
                name: name.clone(),
                reason: format!(
                    "kept only the areas of a {}",
                    checked.kind.trim_start_matches("ST_")
                ),
            }),
            None => {}
        }
        neighbourhoods.push(NewNeighbourhood {
            slug,
            name: name.clone(),
            area,
        });
    }
    errors
        .into_result(|| (neighbourhoods, repaired))
        .map_err(ImportError::Refused)
}

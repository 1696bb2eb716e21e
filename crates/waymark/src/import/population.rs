//! Who lives in each neighbourhood of a plan, in all and by census band, from a CSV file
//! with the header `neighbourhood,dimension,band,people[,source]`, all or nothing.
//!
//! `dimension` is `total` (band `all`, or empty) or one of
//! [`waymark_domain::equality::Dimension`]'s names with one of its bands. A neighbourhood
//! with bands needs its total, and the bands of one dimension may not add up to more
//! than it. The file replaces every figure the plan had.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use uuid::Uuid;
use waymark_domain::equality::Dimension;
use waymark_store::dfes::{NeighbourhoodKey, PopulationFigure};
use waymark_store::{PgConnection, PgPool};

use super::{BadRow, ImportError};

/// The demo's synthetic figures, which `waymark seed --demo` loads.
const DEMO: &[u8] = include_bytes!("../../../../fixtures/milton-keynes/population.csv");

const TOTAL: &str = "total";
const ALL: &str = "all";

/// A line of the file as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PopulationLine {
    pub line: usize,
    pub neighbourhood: String,
    pub dimension: String,
    pub band: String,
    pub people: String,
    pub source: Option<String>,
}

/// Reads the file's lines; the header must name `neighbourhood`, `dimension`, `band` and
/// `people` (`source` is optional, other columns are not read).
pub fn read(bytes: &[u8]) -> Result<Vec<PopulationLine>, ImportError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::Unreadable(format!("the header row: {e}")))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_lowercase())
        .collect();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (Some(neighbourhood), Some(dimension), Some(band), Some(people)) = (
        column("neighbourhood"),
        column("dimension"),
        column("band"),
        column("people"),
    ) else {
        return Err(ImportError::Unreadable(format!(
            "the header is `neighbourhood,dimension,band,people[,source]`, not `{}`",
            headers.join(",")
        )));
    };
    let source = column("source");
    let mut lines = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            ImportError::BadRows(vec![BadRow {
                line: i + 2,
                reason: e.to_string(),
            }])
        })?;
        let get = |at: usize| record.get(at).map(str::trim).unwrap_or("").to_owned();
        lines.push(PopulationLine {
            line: record.position().map_or(i + 2, |p| p.line() as usize),
            neighbourhood: get(neighbourhood),
            dimension: get(dimension).to_lowercase(),
            band: get(band).to_lowercase(),
            people: get(people),
            source: source.map(get).filter(|s| !s.is_empty()),
        });
    }
    Ok(lines)
}

/// Checks every line and the sums; returns the figures, or every bad line.
pub fn resolve(
    lines: &[PopulationLine],
    neighbourhoods: &[NeighbourhoodKey],
    fallback_source: &str,
) -> Result<Vec<PopulationFigure>, ImportError> {
    let mut good: Vec<(usize, PopulationFigure)> = Vec::with_capacity(lines.len());
    let mut bad = Vec::new();
    let mut seen: HashMap<(Uuid, String, String), usize> = HashMap::new();
    for l in lines {
        let mut problems = Vec::new();
        let id = super::neighbourhood_named(&l.neighbourhood, neighbourhoods)
            .map_err(|why| problems.push(why))
            .ok();
        let band = if l.dimension == TOTAL && l.band.is_empty() {
            ALL
        } else {
            l.band.as_str()
        };
        match l.dimension.parse::<Dimension>() {
            _ if l.dimension == TOTAL => {
                if band != ALL {
                    problems.push(format!("the total's band is 'all', not '{band}'"));
                }
            }
            Ok(dimension) if !dimension.has_band(band) => problems.push(format!(
                "'{band}' is not a band of {dimension} (one of: {})",
                dimension.bands().join(", ")
            )),
            Ok(_) => {}
            Err(_) => problems.push(format!(
                "the dimension '{}' is not one of: total, {}",
                l.dimension.chars().take(40).collect::<String>(),
                Dimension::ALL
                    .iter()
                    .map(|d| d.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
        let people = super::count("people", &l.people)
            .map_err(|why| problems.push(why))
            .ok();
        if let Some(id) = id
            && let Some(first) = seen.insert((id, l.dimension.clone(), band.to_owned()), l.line)
        {
            problems.push(format!(
                "{} {band} of '{}' is on line {first} already",
                l.dimension, l.neighbourhood
            ));
        }
        let source = l.source.as_deref().unwrap_or(fallback_source);
        if source.chars().count() > 500 {
            problems.push("the source is longer than 500 characters".to_owned());
        }
        match (id, people) {
            (Some(neighbourhood_id), Some(people)) if problems.is_empty() => good.push((
                l.line,
                PopulationFigure {
                    neighbourhood_id,
                    dimension: l.dimension.clone(),
                    band: band.to_owned(),
                    people,
                    source: source.to_owned(),
                },
            )),
            _ => bad.push(BadRow {
                line: l.line,
                reason: problems.join("; "),
            }),
        }
    }
    if bad.is_empty() {
        bad = sums_over_totals(&good);
    }
    if bad.is_empty() {
        Ok(good.into_iter().map(|(_, figure)| figure).collect())
    } else {
        bad.sort_by_key(|row| row.line);
        Err(ImportError::BadRows(bad))
    }
}

/// A neighbourhood with bands needs a total, and no dimension's bands may add up to more
/// than it; each such fault is named on the dimension's first line.
fn sums_over_totals(figures: &[(usize, PopulationFigure)]) -> Vec<BadRow> {
    let totals: HashMap<Uuid, i64> = figures
        .iter()
        .filter(|(_, f)| f.dimension == TOTAL)
        .map(|(_, f)| (f.neighbourhood_id, i64::from(f.people)))
        .collect();
    let mut sums: HashMap<(Uuid, &str), (usize, i64)> = HashMap::new();
    for (line, f) in figures.iter().filter(|(_, f)| f.dimension != TOTAL) {
        let sum = sums
            .entry((f.neighbourhood_id, f.dimension.as_str()))
            .or_insert((*line, 0));
        sum.0 = sum.0.min(*line);
        sum.1 += i64::from(f.people);
    }
    sums.into_iter()
        .filter_map(|((id, dimension), (line, sum))| {
            let reason = match totals.get(&id) {
                None => format!("the neighbourhood has {dimension} bands but no total"),
                Some(total) if sum > *total => {
                    format!("the {dimension} bands add up to {sum}, more than the total {total}")
                }
                Some(_) => return None,
            };
            Some(BadRow { line, reason })
        })
        .collect()
}

/// Imports a file in one transaction; returns how many figures it stored.
pub async fn import(pool: &PgPool, plan_id: Uuid, path: &Path) -> Result<u64, ImportError> {
    let bytes = super::read_file(path)?;
    let source = super::source_name(path);
    let mut tx = pool.begin().await?;
    let stored = write(&mut tx, plan_id, &bytes, &source).await?;
    tx.commit().await?;
    Ok(stored)
}

/// Imports ONS census tables added up into neighbourhoods through a lookup of their areas
/// (see [`super::ons`]), in one transaction; returns how many figures it stored.
pub async fn import_ons(
    pool: &PgPool,
    plan_id: Uuid,
    tables: &[PathBuf],
    areas: &Path,
) -> Result<u64, ImportError> {
    let tables = tables
        .iter()
        .map(|path| {
            Ok(super::ons::Table {
                name: super::source_name(path),
                bytes: super::read_file(path)?,
            })
        })
        .collect::<Result<Vec<_>, ImportError>>()?;
    let mut tx = pool.begin().await?;
    let neighbourhoods = waymark_store::dfes::neighbourhood_keys(&mut *tx, plan_id).await?;
    let lines = super::ons::lines(&tables, &super::read_file(areas)?, &neighbourhoods)?;
    let figures = resolve(&lines, &neighbourhoods, "ONS Census 2021")?;
    let stored = waymark_store::dfes::set_population(&mut tx, plan_id, &figures).await?;
    tx.commit().await?;
    Ok(stored)
}

/// Reads, checks and writes a file inside the caller's transaction.
pub async fn write(
    conn: &mut PgConnection,
    plan_id: Uuid,
    bytes: &[u8],
    fallback_source: &str,
) -> Result<u64, ImportError> {
    let lines = read(bytes)?;
    let neighbourhoods = waymark_store::dfes::neighbourhood_keys(&mut *conn, plan_id).await?;
    let figures = resolve(&lines, &neighbourhoods, fallback_source)?;
    Ok(waymark_store::dfes::set_population(conn, plan_id, &figures).await?)
}

/// The demo's synthetic population of the 20 demo neighbourhoods.
pub async fn load_demo(conn: &mut PgConnection, plan_id: Uuid) -> Result<u64, ImportError> {
    write(conn, plan_id, DEMO, "population.csv").await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hoods() -> [NeighbourhoodKey; 2] {
        [
            NeighbourhoodKey {
                id: Uuid::new_v4(),
                slug: "coffee-hall".into(),
                name: "Coffee Hall".into(),
            },
            NeighbourhoodKey {
                id: Uuid::new_v4(),
                slug: "beanhill".into(),
                name: "Beanhill".into(),
            },
        ]
    }

    #[test]
    fn totals_and_bands_are_read_by_slug_or_name() {
        let hoods = hoods();
        let lines = read(
            b"Neighbourhood,Dimension,Band,People\n\
              coffee-hall,total,all,3000\n\
              Coffee Hall,age,under_16,700\n\
              coffee-hall,age,75_plus,200\n\
              BEANHILL,total,,2500\n\
              beanhill,ethnic_group,White,2000\n",
        )
        .unwrap();
        let figures = resolve(&lines, &hoods, "f.csv").unwrap();
        assert_eq!(figures.len(), 5);
        assert_eq!(figures[3].band, "all", "an empty total band is 'all'");
        assert_eq!(figures[4].band, "white", "bands are read in any case");
        assert!(figures.iter().all(|f| f.source == "f.csv"));
    }

    #[test]
    fn a_bad_file_is_refused_whole_with_every_bad_line_named() {
        let hoods = hoods();
        let lines = read(
            b"neighbourhood,dimension,band,people\n\
              coffee-hall,total,all,3000\n\
              Atlantis,total,all,10\n\
              coffee-hall,total,all,3100\n\
              coffee-hall,age,eighties,5\n\
              coffee-hall,religion,none,5\n\
              beanhill,total,all,-4\n\
              beanhill,tenure,owned,2.5\n",
        )
        .unwrap();
        let Err(ImportError::BadRows(rows)) = resolve(&lines, &hoods, "f.csv") else {
            panic!("expected bad rows");
        };
        let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [3, 4, 5, 6, 7, 8], "{rows:?}");
        assert!(rows[0].reason.contains("no neighbourhood"), "{rows:?}");
        assert!(rows[1].reason.contains("on line 2 already"), "{rows:?}");
        assert!(rows[2].reason.contains("not a band of age"), "{rows:?}");
        assert!(rows[3].reason.contains("dimension 'religion'"), "{rows:?}");
        assert!(rows[4].reason.contains("negative"), "{rows:?}");
        assert!(rows[5].reason.contains("not a whole number"), "{rows:?}");
    }

    #[test]
    fn bands_need_a_total_and_may_not_add_up_to_more() {
        let hoods = hoods();
        let lines = read(
            b"neighbourhood,dimension,band,people\n\
              coffee-hall,total,all,1000\n\
              coffee-hall,gender,woman,600\n\
              coffee-hall,gender,man,500\n\
              beanhill,tenure,owned,300\n",
        )
        .unwrap();
        let Err(ImportError::BadRows(rows)) = resolve(&lines, &hoods, "f.csv") else {
            panic!("expected bad rows");
        };
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!(rows[0].line, 3);
        assert!(
            rows[0]
                .reason
                .contains("add up to 1100, more than the total 1000"),
            "{rows:?}"
        );
        assert_eq!(rows[1].line, 5);
        assert!(rows[1].reason.contains("no total"), "{rows:?}");
    }
}

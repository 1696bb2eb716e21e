//! The number of homes in each neighbourhood of a plan, from a CSV file with the header
//! `neighbourhood,homes[,source]`, all or nothing.

use std::collections::HashMap;
use std::path::Path;

use uuid::Uuid;
use waymark_store::dfes::NeighbourhoodKey;
use waymark_store::{PgConnection, PgPool};

use super::{BadRow, ImportError};

/// The demo's synthetic counts, which `waymark seed --demo` loads.
const DEMO: &[u8] = include_bytes!("../../../../fixtures/milton-keynes/homes.csv");

/// A line of the file as written: the neighbourhood's slug or name, the homes, the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomesLine {
    pub line: usize,
    pub neighbourhood: String,
    pub homes: String,
    pub source: Option<String>,
}

/// Reads the file's lines; the header must name `neighbourhood` and `homes` (`source` is
/// optional, other columns are not read).
pub fn read(bytes: &[u8]) -> Result<Vec<HomesLine>, ImportError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::Unreadable(format!("the header row: {e}")))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_lowercase())
        .collect();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (Some(neighbourhood), Some(homes)) = (column("neighbourhood"), column("homes")) else {
        return Err(ImportError::Unreadable(format!(
            "the header is `neighbourhood,homes[,source]`, not `{}`",
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
        lines.push(HomesLine {
            line: record.position().map_or(i + 2, |p| p.line() as usize),
            neighbourhood: get(neighbourhood),
            homes: get(homes),
            source: source.map(get).filter(|s| !s.is_empty()),
        });
    }
    Ok(lines)
}

/// Matches each line to one of the plan's neighbourhoods (by slug, else by name, ignoring
/// case) and checks its count; returns `(neighbourhood, homes, source)`, or every bad line.
pub fn resolve(
    lines: &[HomesLine],
    neighbourhoods: &[NeighbourhoodKey],
    fallback_source: &str,
) -> Result<Vec<(Uuid, i32, String)>, ImportError> {
    let mut good = Vec::with_capacity(lines.len());
    let mut bad = Vec::new();
    let mut seen: HashMap<Uuid, usize> = HashMap::new();
    for l in lines {
        let mut problems = Vec::new();
        let wanted = l.neighbourhood.as_str();
        let id = super::neighbourhood_named(wanted, neighbourhoods)
            .map_err(|why| problems.push(why))
            .ok();
        if let Some(first) = id.and_then(|id| seen.insert(id, l.line)) {
            problems.push(format!("'{wanted}' is on line {first} already"));
        }
        let homes = super::count("homes", &l.homes)
            .map_err(|why| problems.push(why))
            .ok();
        let source = l.source.as_deref().unwrap_or(fallback_source);
        if source.chars().count() > 500 {
            problems.push("the source is longer than 500 characters".to_owned());
        }
        match (id, homes) {
            (Some(id), Some(homes)) if problems.is_empty() => {
                good.push((id, homes, source.to_owned()))
            }
            _ => bad.push(BadRow {
                line: l.line,
                reason: problems.join("; "),
            }),
        }
    }
    if bad.is_empty() {
        Ok(good)
    } else {
        Err(ImportError::BadRows(bad))
    }
}

/// The plan a command names, or the only plan there is when it names none.
pub async fn plan_id(pool: &PgPool, plan: Option<&str>) -> Result<Uuid, ImportError> {
    match plan {
        Some(slug) => waymark_store::plans::id(pool, slug)
            .await?
            .ok_or_else(|| ImportError::Unreadable(format!("no plan '{slug}'"))),
        None => match &waymark_store::plans::list(pool).await?[..] {
            [one] => Ok(one.id),
            [] => Err(ImportError::Unreadable(
                "there is no plan yet: make one with `waymark plan create`".into(),
            )),
            several => Err(ImportError::Unreadable(format!(
                "there are {} plans: name one with --plan ({})",
                several.len(),
                several
                    .iter()
                    .map(|p| p.slug.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        },
    }
}

/// Imports a file in one transaction; returns how many neighbourhoods it set.
pub async fn import(pool: &PgPool, plan_id: Uuid, path: &Path) -> Result<u64, ImportError> {
    let bytes = super::read_file(path)?;
    let source = super::source_name(path);
    let mut tx = pool.begin().await?;
    let set = write(&mut tx, plan_id, &bytes, &source).await?;
    tx.commit().await?;
    Ok(set)
}

/// Reads, checks and writes a file inside the caller's transaction; lines without a source
/// of their own take `fallback_source`.
pub async fn write(
    conn: &mut PgConnection,
    plan_id: Uuid,
    bytes: &[u8],
    fallback_source: &str,
) -> Result<u64, ImportError> {
    let lines = read(bytes)?;
    let neighbourhoods = waymark_store::dfes::neighbourhood_keys(&mut *conn, plan_id).await?;
    let homes = resolve(&lines, &neighbourhoods, fallback_source)?;
    Ok(waymark_store::dfes::set_homes(conn, plan_id, &homes).await?)
}

/// The demo's synthetic homes for the 20 demo neighbourhoods.
pub async fn load_demo(conn: &mut PgConnection, plan_id: Uuid) -> Result<u64, ImportError> {
    write(conn, plan_id, DEMO, "homes.csv").await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_match_by_slug_or_name_and_bad_ones_are_all_named() {
        let hoods = [
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
        ];
        let good = read(b"neighbourhood,homes\ncoffee-hall,2400\nBEANHILL,3100\n").unwrap();
        let rows = resolve(&good, &hoods, "f.csv").unwrap();
        assert_eq!(
            rows,
            [
                (hoods[0].id, 2400, "f.csv".to_owned()),
                (hoods[1].id, 3100, "f.csv".to_owned())
            ]
        );
        let bad = read(
            b"Neighbourhood,Homes,Source\nAtlantis,10,x\ncoffee-hall,-3,x\nCoffee Hall,2.5,x\nbeanhill,,x\n",
        )
        .unwrap();
        match resolve(&bad, &hoods, "f.csv") {
            Err(ImportError::BadRows(rows)) => {
                let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
                assert_eq!(lines, [2, 3, 4, 5], "{rows:?}");
                assert!(rows[2].reason.contains("on line 3 already"), "{rows:?}");
                assert!(rows[2].reason.contains("not a whole number"), "{rows:?}");
            }
            other => panic!("expected bad rows, got {other:?}"),
        }
    }
}

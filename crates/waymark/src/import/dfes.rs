//! Future headroom from an operator's Distribution Future Energy Scenarios (DFES) file, read
//! through a column-mapping profile (fixtures/dfes-profiles/long.toml documents their shape).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use serde::Deserialize;
use uuid::Uuid;
use waymark_store::dfes::{HeadroomRow, SubstationKey};
use waymark_store::{PgConnection, PgPool};

use super::{BadRow, ImportError};

/// Profiles that come with Waymark, by name; any other name is read as a file path.
const BUILT_IN: [(&str, &str); 2] = [
    (
        "long",
        include_str!("../../../../fixtures/dfes-profiles/long.toml"),
    ),
    (
        "wide",
        include_str!("../../../../fixtures/dfes-profiles/wide.toml"),
    ),
];

/// The demo's synthetic DFES file, which `waymark seed --demo` loads.
const DEMO: &[u8] = include_bytes!("../../../../fixtures/milton-keynes/network/dfes-long.csv");

const YEARS: std::ops::RangeInclusive<i32> = 2020..=2060;
const FIELDS: [&str; 8] = [
    "substation",
    "scenario",
    "year",
    "measure",
    "headroom",
    "demand_headroom_mva",
    "generation_headroom_mw",
    "source",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub layout: Layout,
    #[serde(default = "comma")]
    pub delimiter: char,
    pub columns: HashMap<String, String>,
    #[serde(default)]
    pub parse: Parse,
    #[serde(default)]
    pub values: HashMap<String, HashMap<String, Measure>>,
}

fn comma() -> char {
    ','
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    Long,
    Wide,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parse {
    #[serde(default)]
    pub substation: MatchBy,
    #[serde(default)]
    pub null_values: Vec<String>,
}

/// What a file's substation cells hold.
#[derive(Debug, Default, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum MatchBy {
    #[default]
    Id,
    Name,
}

/// Which headroom a figure is; `Skip` leaves the row out.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    Demand,
    Generation,
    Skip,
}

impl Measure {
    fn label(self) -> &'static str {
        match self {
            Measure::Demand => "demand headroom",
            Measure::Generation => "generation headroom",
            Measure::Skip => "skipped",
        }
    }
}

impl Profile {
    pub fn load(name_or_path: &str) -> Result<Self, ImportError> {
        let text = match BUILT_IN.iter().find(|(name, _)| *name == name_or_path) {
            Some((_, text)) => (*text).to_owned(),
            None => std::fs::read_to_string(name_or_path).map_err(|e| {
                ImportError::Unreadable(format!(
                    "no built-in DFES profile '{name_or_path}' (built in: long, wide) and no such file: {e}"
                ))
            })?,
        };
        let profile: Profile = toml::from_str(&text)
            .map_err(|e| ImportError::Unreadable(format!("profile {name_or_path}: {e}")))?;
        profile
            .check()
            .map_err(|e| ImportError::Unreadable(format!("profile {name_or_path}: {e}")))?;
        Ok(profile)
    }

    /// The columns a layout needs are there, and no more.
    fn check(&self) -> Result<(), String> {
        if let Some(unknown) = self.columns.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            return Err(format!(
                "[columns] has '{unknown}', which is not one of: {}",
                FIELDS.join(", ")
            ));
        }
        if let Some(unknown) = self.values.keys().find(|k| *k != "measure") {
            return Err(format!("[values.{unknown}]: only [values.measure] is read"));
        }
        let has = |field: &str| self.columns.contains_key(field);
        let need = |field: &str| {
            if has(field) {
                Ok(())
            } else {
                Err(format!("[columns] needs {field}"))
            }
        };
        need("substation")?;
        need("scenario")?;
        let split = has("demand_headroom_mva") || has("generation_headroom_mw");
        match self.layout {
            Layout::Long => {
                need("year")?;
                if split {
                    need("demand_headroom_mva")?;
                    need("generation_headroom_mw")?;
                    if has("measure") || has("headroom") {
                        return Err("[columns] has either measure and headroom, or demand_headroom_mva and generation_headroom_mw".into());
                    }
                } else {
                    need("measure")?;
                    need("headroom")?;
                }
            }
            Layout::Wide => {
                need("measure")?;
                if let Some(f) = [
                    "year",
                    "headroom",
                    "demand_headroom_mva",
                    "generation_headroom_mw",
                ]
                .into_iter()
                .find(|f| has(f))
                {
                    return Err(format!(
                        "the wide layout reads its figures from the year columns, so [columns] has no {f}"
                    ));
                }
            }
        }
        if has("measure") {
            let table = self.values.get("measure").ok_or(
                "with a measure column, [values.measure] says which headroom each value is",
            )?;
            for wanted in [Measure::Demand, Measure::Generation] {
                if !table.values().any(|m| *m == wanted) {
                    let name = match wanted {
                        Measure::Demand => "demand",
                        _ => "generation",
                    };
                    return Err(format!("[values.measure] maps nothing to {name}"));
                }
            }
        }
        Ok(())
    }

    fn column(&self, field: &str) -> Option<&str> {
        self.columns.get(field).map(String::as_str)
    }

    fn is_null(&self, cell: &str) -> bool {
        cell.is_empty()
            || self
                .parse
                .null_values
                .iter()
                .any(|n| n.trim().eq_ignore_ascii_case(cell))
    }
}

/// One figure of the file: a substation's headroom of one kind in one year of a scenario.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    line: usize,
    substation: String,
    scenario: String,
    year: i32,
    measure: Measure,
    /// `None` where the cell is not a number (the line is bad already).
    value: Option<f64>,
    source: Option<String>,
}

/// What a file holds once every cell has been read: its figures, and the lines that are
/// bad in themselves (before substations are matched and years are checked).
#[derive(Debug, Default)]
pub struct DfesFile {
    entries: Vec<Entry>,
    bad: Vec<BadRow>,
    /// Lines whose year or scenario could not be read: their substation's years are
    /// not checked for gaps, which would only repeat the same fault.
    unplaced: BTreeSet<String>,
}

/// Reads every row of a file and checks its cells.
pub fn read(profile: &Profile, bytes: &[u8]) -> Result<DfesFile, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(u8::try_from(profile.delimiter).map_err(|_| {
            ImportError::Unreadable("the delimiter must be one ASCII character".into())
        })?)
        .flexible(true)
        .from_reader(bytes);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::Unreadable(format!("the header row: {e}")))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_owned())
        .collect();
    let index = |column: &str| headers.iter().position(|h| h == column);
    let mut missing: Vec<&str> = profile
        .columns
        .iter()
        .filter(|(field, column)| *field != "source" && index(column).is_none())
        .map(|(_, column)| column.as_str())
        .collect();
    if !missing.is_empty() {
        missing.sort_unstable();
        return Err(ImportError::Unreadable(format!(
            "the file has no column '{}' that profile '{}' reads",
            missing.join("', '"),
            profile.name
        )));
    }
    let year_columns: Vec<(usize, i32)> = match profile.layout {
        Layout::Long => Vec::new(),
        Layout::Wide => {
            let years: Vec<(usize, i32)> = headers
                .iter()
                .enumerate()
                .filter(|(_, h)| h.len() == 4 && h.bytes().all(|b| b.is_ascii_digit()))
                .map(|(i, h)| (i, h.parse().unwrap_or_default()))
                .collect();
            if years.is_empty() {
                return Err(ImportError::Unreadable(
                    "the wide layout has one column per year (e.g. 2031), and this file has none"
                        .into(),
                ));
            }
            if let Some((_, year)) = years.iter().find(|(_, y)| !YEARS.contains(y)) {
                return Err(ImportError::Unreadable(format!(
                    "column '{year}': years run from {} to {}",
                    YEARS.start(),
                    YEARS.end()
                )));
            }
            years
        }
    };
    let mut file = DfesFile::default();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            ImportError::BadRows(vec![BadRow {
                line: i + 2,
                reason: e.to_string(),
            }])
        })?;
        let line = record.position().map_or(i + 2, |p| p.line() as usize);
        let cell = |field: &str| -> Option<String> {
            let value = record.get(index(profile.column(field)?)?)?.trim();
            (!profile.is_null(value)).then(|| value.to_owned())
        };
        let named = |field: &str| profile.column(field).unwrap_or(field).to_owned();
        let mut problems = Vec::new();
        let required = |field: &str, problems: &mut Vec<String>| {
            let value = cell(field);
            if value.is_none() {
                problems.push(format!("column '{}' is empty", named(field)));
            }
            value
        };
        let substation = required("substation", &mut problems);
        let scenario = required("scenario", &mut problems).filter(|s| {
            let long = s.chars().count() > 100;
            if long {
                problems.push(format!("scenario '{s}' is longer than 100 characters"));
            }
            !long
        });
        let source = cell("source").filter(|s| {
            let long = s.chars().count() > 500;
            if long {
                problems.push(format!(
                    "the source is {} characters long; at most 500",
                    s.chars().count()
                ));
            }
            !long
        });
        // The headrooms on the row, each with the column its figures come from.
        let measures: Vec<(Measure, &str)> = match profile.column("measure") {
            None => vec![
                (Measure::Demand, "demand_headroom_mva"),
                (Measure::Generation, "generation_headroom_mw"),
            ],
            Some(column) => match cell("measure") {
                None => {
                    problems.push(format!("column '{column}' is empty"));
                    Vec::new()
                }
                Some(raw) => match profile.values["measure"]
                    .iter()
                    .find(|(k, _)| k.trim().eq_ignore_ascii_case(&raw))
                {
                    Some((_, Measure::Skip)) => continue,
                    Some((_, m)) => vec![(*m, "headroom")],
                    None => {
                        let mut keys: Vec<&str> = profile.values["measure"]
                            .keys()
                            .map(String::as_str)
                            .collect();
                        keys.sort_unstable();
                        problems.push(format!(
                            "column '{column}' '{raw}' is not one of: {}",
                            keys.join(", ")
                        ));
                        Vec::new()
                    }
                },
            },
        };
        // (year, headroom, column, figure) for every figure on the row; `None`: an empty
        // cell that must not be (already a problem).
        let mut figures: Vec<(i32, Measure, String, Option<String>)> = Vec::new();
        match profile.layout {
            Layout::Long => match cell("year").map(|raw| (raw.parse::<i32>(), raw)) {
                None => problems.push(format!("column '{}' is empty", named("year"))),
                Some((Ok(year), _)) if YEARS.contains(&year) => {
                    for (measure, field) in &measures {
                        let value = required(field, &mut problems);
                        figures.push((year, *measure, named(field), value));
                    }
                }
                Some((Ok(year), _)) => problems.push(format!(
                    "year {year} is outside {}–{}",
                    YEARS.start(),
                    YEARS.end()
                )),
                Some((Err(_), raw)) => {
                    problems.push(format!("column '{}' '{raw}' is not a year", named("year")))
                }
            },
            Layout::Wide => {
                for (measure, _) in &measures {
                    for (column, year) in &year_columns {
                        let raw = record.get(*column).map(str::trim).unwrap_or("");
                        if !profile.is_null(raw) {
                            figures.push((*year, *measure, year.to_string(), Some(raw.to_owned())));
                        }
                    }
                }
            }
        }
        if let (Some(substation), Some(scenario)) = (substation, scenario) {
            if figures.is_empty() && profile.layout == Layout::Long {
                file.unplaced.insert(group_key(&substation, &scenario));
            }
            for (year, measure, column, raw) in figures {
                let value = raw.and_then(|raw| {
                    let value = raw.parse::<f64>().ok().filter(|v| v.is_finite());
                    if value.is_none() {
                        problems.push(format!("column '{column}' '{raw}' is not a number"));
                    }
                    value
                });
                file.entries.push(Entry {
                    line,
                    substation: substation.clone(),
                    scenario: scenario.clone(),
                    year,
                    measure,
                    value,
                    source: source.clone(),
                });
            }
        }
        if !problems.is_empty() {
            file.bad.push(BadRow {
                line,
                reason: problems.join("; "),
            });
        }
    }
    Ok(file)
}

fn group_key(substation: &str, scenario: &str) -> String {
    format!("{substation}\u{0}{scenario}")
}

/// "2031", "2031–2033" or "2026–2030, 2032": years, runs joined.
fn years_text(years: &[i32]) -> String {
    let mut runs: Vec<(i32, i32)> = Vec::new();
    for &y in years {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == y => *end = y,
            _ => runs.push((y, y)),
        }
    }
    runs.iter()
        .map(|(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The substation a file's cell names, or why none.
fn matching(cell: &str, by: MatchBy, substations: &[SubstationKey]) -> Result<Uuid, String> {
    let found: Vec<&SubstationKey> = substations
        .iter()
        .filter(|s| match by {
            MatchBy::Id => s.external_id == cell,
            MatchBy::Name => s.name.trim().eq_ignore_ascii_case(cell),
        })
        .collect();
    let what = match by {
        MatchBy::Id => "id",
        MatchBy::Name => "name",
    };
    match found[..] {
        [one] => Ok(one.id),
        [] => Err(format!(
            "no substation has the {what} '{cell}' (import the network first)"
        )),
        ref several => Err(format!(
            "{} substations have the {what} '{cell}' (operators {})",
            several.len(),
            several
                .iter()
                .map(|s| s.operator.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// Matches a file's figures to substations and checks that every substation's years run
/// on without a gap and have both headrooms; returns the rows to write, or every bad line.
pub fn resolve(
    profile: &Profile,
    file: DfesFile,
    substations: &[SubstationKey],
    fallback_source: &str,
) -> Result<Vec<HeadroomRow>, ImportError> {
    let DfesFile {
        entries,
        mut bad,
        unplaced,
    } = file;
    // (substation, scenario) → year → measure → entry
    type Years<'a> = BTreeMap<i32, BTreeMap<Measure, &'a Entry>>;
    let mut groups: BTreeMap<(Uuid, &str), (&str, Years)> = BTreeMap::new();
    let mut unknown_lines = BTreeSet::new();
    // (line, the line it repeats, headroom) → (the entry, the years it repeats)
    let mut repeats: BTreeMap<(usize, usize, Measure), (&Entry, Vec<i32>)> = BTreeMap::new();
    for entry in &entries {
        let id = match matching(&entry.substation, profile.parse.substation, substations) {
            Ok(id) => id,
            Err(reason) => {
                if unknown_lines.insert(entry.line) {
                    bad.push(BadRow {
                        line: entry.line,
                        reason,
                    });
                }
                continue;
            }
        };
        let (_, years) = groups
            .entry((id, entry.scenario.as_str()))
            .or_insert((entry.substation.as_str(), BTreeMap::new()));
        let at = years.entry(entry.year).or_default();
        match at.get(&entry.measure) {
            Some(first) => repeats
                .entry((entry.line, first.line, entry.measure))
                .or_insert_with(|| (entry, Vec::new()))
                .1
                .push(entry.year),
            None => {
                at.insert(entry.measure, entry);
            }
        }
    }
    for ((line, first, measure), (entry, years)) in repeats {
        bad.push(BadRow {
            line,
            reason: format!(
                "repeats line {first}: {}, {}, {}, {}",
                entry.substation,
                entry.scenario,
                measure.label(),
                years_text(&years)
            ),
        });
    }
    let mut rows = Vec::new();
    for ((id, scenario), (name, years)) in &groups {
        if unplaced.contains(&group_key(name, scenario)) {
            continue;
        }
        // Gaps: each run of missing years is named on the line of the year after it.
        let present: Vec<i32> = years.keys().copied().collect();
        for pair in present.windows(2) {
            let (before, after) = (pair[0], pair[1]);
            if after > before + 1 {
                let missing: Vec<i32> = (before + 1..after).collect();
                let line = |year: i32| {
                    years[&year]
                        .values()
                        .map(|e| e.line)
                        .min()
                        .unwrap_or_default()
                };
                let (before_line, after_line) = (line(before), line(after));
                let place = if before_line == after_line {
                    format!("on this line {before} is followed by {after}")
                } else {
                    format!("line {before_line} has {before} and this line {after}")
                };
                bad.push(BadRow {
                    line: after_line,
                    reason: format!(
                        "{name}, {scenario}: no figures for {} ({place}; the years must run on without a gap)",
                        years_text(&missing)
                    ),
                });
            }
        }
        // A year with one headroom but not the other: named on the row of the missing
        // headroom where the file has one (wide), else on the line that has the other.
        let row_of = |measure: Measure| match profile.layout {
            Layout::Wide => years
                .values()
                .filter_map(|m| m.get(&measure).map(|e| e.line))
                .min(),
            Layout::Long => None,
        };
        let mut lacking: BTreeMap<(usize, Measure), Vec<i32>> = BTreeMap::new();
        for (year, measures) in years {
            for (has, lacks) in [
                (Measure::Demand, Measure::Generation),
                (Measure::Generation, Measure::Demand),
            ] {
                if let (Some(e), None) = (measures.get(&has), measures.get(&lacks)) {
                    let line = row_of(lacks).unwrap_or(e.line);
                    lacking.entry((line, lacks)).or_default().push(*year);
                }
            }
        }
        for ((line, lacks), list) in lacking {
            bad.push(BadRow {
                line,
                reason: format!(
                    "{name}, {scenario}: no {} for {}",
                    lacks.label(),
                    years_text(&list)
                ),
            });
        }
        for (year, measures) in years {
            let figure = |m: Measure| measures.get(&m).and_then(|e| e.value.map(|v| (v, *e)));
            if let (Some((demand, d)), Some((generation, _))) =
                (figure(Measure::Demand), figure(Measure::Generation))
            {
                rows.push(HeadroomRow {
                    substation_id: *id,
                    scenario: (*scenario).to_owned(),
                    year: *year,
                    demand_headroom_mva: demand,
                    generation_headroom_mw: generation,
                    source: d
                        .source
                        .clone()
                        .unwrap_or_else(|| fallback_source.to_owned()),
                });
            }
        }
    }
    if bad.is_empty() {
        Ok(rows)
    } else {
        Err(ImportError::BadRows(merge(bad)))
    }
}

/// One entry per line, in line order, its reasons joined.
fn merge(mut bad: Vec<BadRow>) -> Vec<BadRow> {
    bad.sort_by_key(|b| b.line);
    let mut merged: Vec<BadRow> = Vec::with_capacity(bad.len());
    for row in bad {
        match merged.last_mut() {
            Some(last) if last.line == row.line => {
                last.reason.push_str("; ");
                last.reason.push_str(&row.reason);
            }
            _ => merged.push(row),
        }
    }
    merged
}

#[derive(Debug, PartialEq, Eq)]
pub struct ImportReport {
    pub rows: usize,
    pub substations: usize,
    pub scenarios: Vec<String>,
    /// The first and last year in the file.
    pub years: Option<(i32, i32)>,
}

/// Imports a file in one transaction: every row or none.
pub async fn import(
    pool: &PgPool,
    profile: &Profile,
    path: &Path,
) -> Result<ImportReport, ImportError> {
    let bytes = super::read_file(path)?;
    let source = super::source_name(path);
    let mut tx = pool.begin().await?;
    let report = write(&mut tx, profile, &bytes, &source).await?;
    tx.commit().await?;
    Ok(report)
}

/// Reads, checks and writes a file inside the caller's transaction; rows without a source
/// of their own take `fallback_source`.
pub async fn write(
    conn: &mut PgConnection,
    profile: &Profile,
    bytes: &[u8],
    fallback_source: &str,
) -> Result<ImportReport, ImportError> {
    let file = read(profile, bytes)?;
    let substations = waymark_store::dfes::substations(&mut *conn).await?;
    let rows = resolve(profile, file, &substations, fallback_source)?;
    waymark_store::dfes::replace(conn, &rows).await?;
    let scenarios: BTreeSet<&str> = rows.iter().map(|r| r.scenario.as_str()).collect();
    let ids: BTreeSet<Uuid> = rows.iter().map(|r| r.substation_id).collect();
    let first = rows.iter().map(|r| r.year).min();
    let last = rows.iter().map(|r| r.year).max();
    Ok(ImportReport {
        rows: rows.len(),
        substations: ids.len(),
        scenarios: scenarios.into_iter().map(str::to_owned).collect(),
        years: first.zip(last),
    })
}

/// The demo's synthetic DFES figures (long layout) for the demo network's primaries.
pub async fn load_demo(conn: &mut PgConnection) -> Result<ImportReport, ImportError> {
    write(conn, &Profile::load("long")?, DEMO, "dfes-long.csv").await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(external_id: &str, name: &str) -> SubstationKey {
        SubstationKey {
            id: Uuid::new_v4(),
            operator: "DEMO Distribution".into(),
            external_id: external_id.into(),
            name: name.into(),
        }
    }

    fn bad_lines(result: Result<Vec<HeadroomRow>, ImportError>) -> Vec<(usize, String)> {
        match result {
            Err(ImportError::BadRows(rows)) => {
                rows.into_iter().map(|r| (r.line, r.reason)).collect()
            }
            other => panic!("expected bad rows, got {other:?}"),
        }
    }

    #[test]
    fn years_are_named_in_runs() {
        assert_eq!(years_text(&[2031]), "2031");
        assert_eq!(years_text(&[2026, 2027, 2028, 2030]), "2026–2028, 2030");
    }

    /// The demo network's substations, as the network import would have stored them.
    fn demo_substations() -> Vec<SubstationKey> {
        let profile = crate::import::network::Profile::load("generic").unwrap();
        let bytes = std::fs::read(fixture("demo-generic.geojson")).unwrap();
        crate::import::network::read(&profile, &bytes)
            .unwrap()
            .operator_substations
            .into_iter()
            .map(|(operator, s)| SubstationKey {
                id: Uuid::new_v4(),
                operator,
                external_id: s.external_id,
                name: s.name,
            })
            .collect()
    }

    /// By absolute path: the config tests change the working directory (figment's Jail)
    /// while these run on other threads.
    fn fixture(file: &str) -> String {
        format!(
            "{}/../../fixtures/milton-keynes/network/{file}",
            env!("CARGO_MANIFEST_DIR")
        )
    }

    #[test]
    fn both_demo_layouts_read_as_the_same_rows() {
        let subs = demo_substations();
        let rows = |profile: &str, file: &str| {
            let profile = Profile::load(profile).unwrap();
            let bytes = std::fs::read(fixture(file)).unwrap();
            let mut rows = resolve(&profile, read(&profile, &bytes).unwrap(), &subs, file).unwrap();
            rows.sort_by(|a, b| {
                (a.substation_id, &a.scenario, a.year).cmp(&(b.substation_id, &b.scenario, b.year))
            });
            rows
        };
        let long = rows("long", "dfes-long.csv");
        assert_eq!(long.len(), 14 * 2 * 25);
        assert_eq!(long, rows("wide", "dfes-wide.csv"));
    }

    #[test]
    fn a_long_file_with_one_column_per_headroom_reads_too() {
        let profile: Profile = toml::from_str(
            r#"name = "split"
               layout = "long"
               [columns]
               substation = "sub"
               scenario = "scenario"
               year = "year"
               demand_headroom_mva = "demand"
               generation_headroom_mw = "generation""#,
        )
        .unwrap();
        profile.check().unwrap();
        let csv = "sub,scenario,year,demand,generation\n\
                   P1,Best View,2030,3.5,-1.0\n\
                   P1,Best View,2031,2.5,-1.5\n";
        let subs = [key("P1", "One")];
        let rows = resolve(
            &profile,
            read(&profile, csv.as_bytes()).unwrap(),
            &subs,
            "split.csv",
        )
        .unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (
                rows[1].year,
                rows[1].demand_headroom_mva,
                rows[1].generation_headroom_mw
            ),
            (2031, 2.5, -1.5)
        );
        assert_eq!(rows[0].source, "split.csv");
    }

    #[test]
    fn skipped_headrooms_are_left_out_and_unknown_ones_are_bad() {
        let profile = Profile::load("long").unwrap();
        let csv = "Substation/Group,Scenario,Year,Headroom (MW),Headroom Type\n\
                   P1,Low,2030,3.0,Demand\n\
                   P1,Low,2030,9.0,Generation (Synchronous)\n\
                   P1,Low,2030,1.0,Generation (Inverter)\n\
                   P1,Low,2031,1.0,Reactive\n";
        let subs = [key("P1", "One")];
        let lines = bad_lines(resolve(
            &profile,
            read(&profile, csv.as_bytes()).unwrap(),
            &subs,
            "f",
        ));
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(lines[0].0, 5);
        assert!(lines[0].1.contains("'Reactive' is not one of"), "{lines:?}");
    }

    #[test]
    fn a_wide_row_with_an_empty_year_between_two_figures_has_a_gap() {
        let profile = Profile::load("wide").unwrap();
        let csv = "Primary,2030,2031,2032,Scenario name,Output parameter\n\
                   one,1.0,,3.0,Best View,Demand headroom (MVA)\n\
                   ONE,1.0,2.0,3.0,Best View,Generation headroom (MW)\n";
        let subs = [key("P1", "One")];
        let lines = bad_lines(resolve(
            &profile,
            read(&profile, csv.as_bytes()).unwrap(),
            &subs,
            "f",
        ));
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(lines[0].0, 2);
        assert!(
            lines[0].1.contains("no demand headroom for 2031"),
            "{lines:?}"
        );
    }

    #[test]
    fn a_name_two_substations_share_is_bad() {
        let profile = Profile::load("wide").unwrap();
        let csv = "Primary,2030,Scenario name,Output parameter\n\
                   Twin,1.0,Best View,Demand headroom (MVA)\n";
        let subs = [key("A", "Twin"), key("B", "Twin")];
        let lines = bad_lines(resolve(
            &profile,
            read(&profile, csv.as_bytes()).unwrap(),
            &subs,
            "f",
        ));
        assert!(
            lines[0].1.starts_with("2 substations have the name 'Twin'"),
            "{lines:?}"
        );
    }

    #[test]
    fn a_profile_without_the_columns_its_layout_needs_is_refused() {
        let profile: Profile = toml::from_str(
            r#"name = "x"
               layout = "wide"
               [columns]
               substation = "s"
               scenario = "c"
               year = "y"
               measure = "m"
               [values.measure]
               d = "demand"
               g = "generation""#,
        )
        .unwrap();
        assert!(profile.check().unwrap_err().contains("has no year"));
    }
}

//! The ONS 2021 census tables as the ONS's "create a custom dataset" service gives them
//! (one CSV per table, a row per area and category:
//! `<area type> Code,<area type>,<variable> Code,<variable>,Observation`), added up into a
//! plan's neighbourhoods through a lookup of area codes (`area_code,neighbourhood`, one
//! line per census area, output area or LSOA, that lies in a neighbourhood).
//!
//! The variable's column names the dimension (Age…, Sex…, Ethnic group…, Disability…,
//! Tenure…) and each category's words name its band: ethnic groups, disability and tenure
//! by the high-level group their label starts with (so the detailed tables work too), ages
//! by the years a category covers, which must lie within one of the questions' bands (the
//! single-year table TS007 always does; the 6-category one does not split 65 to 74 from
//! 75 and over). "Does not apply" and totals are not read. Areas the lookup does not name
//! are left out (a local authority's table covers more than the plan). Each
//! neighbourhood's total is the largest sum of one dimension's bands (a table of people in
//! households leaves out those in care homes and halls).

use std::collections::BTreeMap;

use waymark_domain::equality::{AgeBand, Dimension, Disability, EthnicGroup, Gender, Tenure};
use waymark_store::dfes::NeighbourhoodKey;

use super::population::PopulationLine;
use super::{BadRow, ImportError};

/// The words the output's `source` starts with.
const SOURCE: &str = "ONS Census 2021";

/// One census table: its file's name and bytes.
pub struct Table {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The neighbourhood lines the tables add up to, through the lookup; or every bad line
/// of every file (named in the reason, as a line number alone is not enough for several).
pub fn lines(
    tables: &[Table],
    lookup: &[u8],
    neighbourhoods: &[NeighbourhoodKey],
) -> Result<Vec<PopulationLine>, ImportError> {
    let areas = read_lookup(lookup, neighbourhoods)?;
    // neighbourhood → dimension → band → people, and the lookup line naming it first.
    let mut sums: BTreeMap<String, BTreeMap<&'static str, BTreeMap<&'static str, i64>>> =
        BTreeMap::new();
    let mut sources: BTreeMap<&'static str, String> = BTreeMap::new();
    let mut bad = Vec::new();
    for table in tables {
        let (dimension, rows) = read_table(table).map_err(ImportError::Unreadable)?;
        if let Some(earlier) = sources.insert(dimension.as_str(), table.name.clone()) {
            return Err(ImportError::Unreadable(format!(
                "{} and {earlier} are both tables of {dimension}: give one",
                table.name
            )));
        }
        for row in rows {
            let Some((neighbourhood, _)) = areas.get(&row.area) else {
                continue;
            };
            let band = match band_of(dimension, &row.category) {
                Ok(Some(band)) => band,
                Ok(None) => continue,
                Err(why) => {
                    bad.push(BadRow {
                        line: row.line,
                        reason: format!("{}: {why}", table.name),
                    });
                    continue;
                }
            };
            let people = match super::count("the observation", &row.people) {
                Ok(n) => i64::from(n),
                Err(why) => {
                    bad.push(BadRow {
                        line: row.line,
                        reason: format!("{}: {why}", table.name),
                    });
                    continue;
                }
            };
            *sums
                .entry(neighbourhood.clone())
                .or_default()
                .entry(dimension.as_str())
                .or_default()
                .entry(band)
                .or_default() += people;
        }
    }
    if !bad.is_empty() {
        return Err(ImportError::BadRows(bad));
    }
    let first_line: BTreeMap<&String, usize> =
        areas
            .values()
            .fold(BTreeMap::new(), |mut first, (hood, line)| {
                let at = first.entry(hood).or_insert(*line);
                *at = (*at).min(*line);
                first
            });
    let mut out = Vec::new();
    let all_sources = sources.values().cloned().collect::<Vec<_>>().join(", ");
    for (neighbourhood, dimensions) in &sums {
        let line = first_line.get(neighbourhood).copied().unwrap_or(1);
        let total = dimensions
            .values()
            .map(|bands| bands.values().sum::<i64>())
            .max()
            .unwrap_or(0);
        let figure = |dimension: &str, band: &str, people: i64, source: String| PopulationLine {
            line,
            neighbourhood: neighbourhood.clone(),
            dimension: dimension.to_owned(),
            band: band.to_owned(),
            people: people.to_string(),
            source: Some(source),
        };
        out.push(figure(
            "total",
            "all",
            total,
            format!("{SOURCE}: {all_sources}"),
        ));
        for (dimension, bands) in dimensions {
            for (band, people) in bands {
                out.push(figure(
                    dimension,
                    band,
                    *people,
                    format!("{SOURCE}: {}", sources[dimension]),
                ));
            }
        }
    }
    Ok(out)
}

/// Area code → (the neighbourhood's slug, and the lookup's line). The lookup names
/// neighbourhoods by slug or name, as the other importers do.
fn read_lookup(
    bytes: &[u8],
    neighbourhoods: &[NeighbourhoodKey],
) -> Result<BTreeMap<String, (String, usize)>, ImportError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::Unreadable(format!("the areas file's header row: {e}")))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_lowercase())
        .collect();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (Some(code), Some(hood)) = (column("area_code"), column("neighbourhood")) else {
        return Err(ImportError::Unreadable(format!(
            "the areas file's header is `area_code,neighbourhood`, not `{}`",
            headers.join(",")
        )));
    };
    let mut areas = BTreeMap::new();
    let mut bad = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = record.map_err(|e| {
            ImportError::BadRows(vec![BadRow {
                line,
                reason: format!("the areas file: {e}"),
            }])
        })?;
        let get = |at: usize| record.get(at).map(str::trim).unwrap_or("").to_owned();
        let area = get(code).to_uppercase();
        let neighbourhood = super::neighbourhood_named(&get(hood), neighbourhoods).map(|id| {
            neighbourhoods
                .iter()
                .find(|n| n.id == id)
                .map(|n| n.slug.clone())
        });
        let neighbourhood = match (area.is_empty(), neighbourhood) {
            (true, _) => Err("an area code is needed".to_owned()),
            (false, Ok(Some(slug))) => Ok(slug),
            (false, Ok(None)) => Err("no such neighbourhood".to_owned()),
            (false, Err(why)) => Err(why),
        };
        let neighbourhood = match neighbourhood {
            Ok(slug) => slug,
            Err(why) => {
                bad.push(BadRow {
                    line,
                    reason: format!("the areas file: {why}"),
                });
                continue;
            }
        };
        if let Some((_, first)) = areas.insert(area.clone(), (neighbourhood, line)) {
            bad.push(BadRow {
                line,
                reason: format!("the areas file: {area} is on line {first} already"),
            });
        }
    }
    if bad.is_empty() {
        Ok(areas)
    } else {
        Err(ImportError::BadRows(bad))
    }
}

/// A row of a census table.
struct CensusRow {
    line: usize,
    area: String,
    category: String,
    people: String,
}

/// The table's dimension (from its variable's column) and its rows.
fn read_table(table: &Table) -> Result<(Dimension, Vec<CensusRow>), String> {
    let name = &table.name;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(&table.bytes[..]);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("{name}: the header row: {e}"))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_owned())
        .collect();
    let layout = || {
        format!(
            "{name}: not an ONS custom dataset (`<area type> Code,<area type>,<variable> Code,\
             <variable>,Observation`): the header is `{}`",
            headers.join(",")
        )
    };
    let observation = headers
        .iter()
        .position(|h| h.eq_ignore_ascii_case("observation"))
        .ok_or_else(layout)?;
    let area = headers
        .iter()
        .position(|h| h.to_lowercase().ends_with(" code"))
        .ok_or_else(layout)?;
    let category = (0..observation)
        .rev()
        .find(|&i| i != area && !headers[i].to_lowercase().ends_with(" code"))
        .filter(|&i| i > area + 1)
        .ok_or_else(layout)?;
    let dimension = dimension_of(&headers[category]).ok_or_else(|| {
        format!(
            "{name}: '{}' is not a table of age, sex, ethnic group, disability or tenure",
            headers[category]
        )
    })?;
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("{name}: line {}: {e}", i + 2))?;
        let get = |at: usize| record.get(at).map(str::trim).unwrap_or("").to_owned();
        rows.push(CensusRow {
            line: record.position().map_or(i + 2, |p| p.line() as usize),
            area: get(area).to_uppercase(),
            category: get(category),
            people: get(observation),
        });
    }
    Ok((dimension, rows))
}

/// The dimension a variable's column names ("Age (101 categories)", "Sex (2 categories)").
fn dimension_of(variable: &str) -> Option<Dimension> {
    let v = variable.to_lowercase();
    [
        ("age", Dimension::Age),
        ("sex", Dimension::Gender),
        ("ethnic group", Dimension::EthnicGroup),
        ("disability", Dimension::Disability),
        ("tenure", Dimension::Tenure),
    ]
    .into_iter()
    .find(|(start, _)| v.starts_with(start))
    .map(|(_, d)| d)
}

/// The band a census category falls in; `None` for categories that hold nobody of the
/// table's people (does not apply) or everybody (totals).
fn band_of(dimension: Dimension, category: &str) -> Result<Option<&'static str>, String> {
    let c = category.to_lowercase();
    if c.is_empty() || c.starts_with("total") || c == "all persons" || c == "does not apply" {
        return Ok(None);
    }
    let starts = |words: &[(&str, &'static str)]| {
        words
            .iter()
            .find(|(start, _)| c.starts_with(start))
            .map(|(_, band)| *band)
    };
    let band = match dimension {
        Dimension::Age => return age_band(&c).map(Some),
        Dimension::Gender => starts(&[
            ("female", Gender::Woman.as_str()),
            ("male", Gender::Man.as_str()),
        ]),
        Dimension::EthnicGroup => starts(&[
            ("asian", EthnicGroup::Asian.as_str()),
            ("black", EthnicGroup::Black.as_str()),
            ("mixed", EthnicGroup::Mixed.as_str()),
            ("white", EthnicGroup::White.as_str()),
            ("other ethnic group", EthnicGroup::Other.as_str()),
        ]),
        Dimension::Disability => {
            if c.starts_with("not disabled") {
                Some(Disability::NotDisabled.as_str())
            } else if c.contains("limited a lot") {
                Some(Disability::LimitedALot.as_str())
            } else if c.contains("limited a little") {
                Some(Disability::LimitedALittle.as_str())
            } else {
                None
            }
        }
        Dimension::Tenure => starts(&[
            ("owned", Tenure::Owned.as_str()),
            ("owns", Tenure::Owned.as_str()),
            ("shared ownership", Tenure::SharedOwnership.as_str()),
            ("social rented", Tenure::SocialRented.as_str()),
            ("private rented", Tenure::PrivateRented.as_str()),
            ("lives rent free", Tenure::RentFree.as_str()),
        ]),
    };
    band.map(Some)
        .ok_or_else(|| format!("'{category}' is not a census category of {dimension} we know"))
}

/// The age band of a category by the years it covers: "Aged under 1 year", "Aged 7
/// years", "Aged 16 to 24 years", "Aged 15 years and under", "Aged 85 years and over".
fn age_band(category: &str) -> Result<&'static str, String> {
    let numbers: Vec<u32> = category
        .split(|ch: char| !ch.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    let (low, high) = match numbers[..] {
        [n] if category.contains("under") && category.contains("and under") => (0, n),
        [n] if category.contains("under") => (0, n.saturating_sub(1)),
        [n] if category.contains("over") => (n, u32::MAX),
        [n] => (n, n),
        [low, high] if low <= high => (low, high),
        _ => return Err(format!("'{category}' is not an age range we can read")),
    };
    const BANDS: [(u32, u32, AgeBand); 7] = [
        (0, 15, AgeBand::Under16),
        (16, 24, AgeBand::From16To24),
        (25, 34, AgeBand::From25To34),
        (35, 49, AgeBand::From35To49),
        (50, 64, AgeBand::From50To64),
        (65, 74, AgeBand::From65To74),
        (75, u32::MAX, AgeBand::From75),
    ];
    BANDS
        .iter()
        .find(|(from, to, _)| *from <= low && high <= *to)
        .map(|(_, _, band)| band.as_str())
        .ok_or_else(|| {
            format!(
                "'{category}' spans two of the questions' age bands (under 16, 16–24, 25–34, \
                 35–49, 50–64, 65–74, 75 and over): use a table with finer ages, such as TS007 \
                 (single year)"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(name: &str, text: &str) -> Table {
        Table {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    const LOOKUP: &[u8] = b"area_code,neighbourhood\n\
        E01016700,coffee-hall\n\
        E01016701,Coffee Hall\n\
        E01016702,Beanhill\n";

    fn hoods() -> Vec<NeighbourhoodKey> {
        [("coffee-hall", "Coffee Hall"), ("beanhill", "Beanhill")]
            .map(|(slug, name)| NeighbourhoodKey {
                id: uuid::Uuid::new_v4(),
                slug: slug.into(),
                name: name.into(),
            })
            .into()
    }

    fn figure<'a>(
        lines: &'a [PopulationLine],
        hood: &str,
        dimension: &str,
        band: &str,
    ) -> Option<&'a str> {
        lines
            .iter()
            .find(|l| l.neighbourhood == hood && l.dimension == dimension && l.band == band)
            .map(|l| l.people.as_str())
    }

    #[test]
    fn census_tables_add_up_into_neighbourhoods_by_band() {
        let age = table(
            "TS007.csv",
            "Lower layer Super Output Areas Code,Lower layer Super Output Areas,Age (101 categories) Code,Age (101 categories),Observation\n\
             E01016700,Milton Keynes 021A,1,Aged under 1 year,30\n\
             E01016700,Milton Keynes 021A,16,Aged 15 years,20\n\
             E01016701,Milton Keynes 021B,17,Aged 16 years,25\n\
             E01016701,Milton Keynes 021B,101,Aged 100 years and over,2\n\
             E01016702,Milton Keynes 021C,41,Aged 40 years,40\n\
             E01099999,Elsewhere,41,Aged 40 years,1000\n",
        );
        let ethnic = table(
            "TS021.csv",
            "Lower layer Super Output Areas Code,Lower layer Super Output Areas,Ethnic group (20 categories) Code,Ethnic group (20 categories),Observation\n\
             E01016700,Milton Keynes 021A,-8,Does not apply,0\n\
             E01016700,Milton Keynes 021A,1,\"Asian, Asian British or Asian Welsh: Bangladeshi\",10\n\
             E01016700,Milton Keynes 021A,2,\"Asian, Asian British or Asian Welsh: Chinese\",5\n\
             E01016701,Milton Keynes 021B,6,\"Black, Black British, Black Welsh, Caribbean or African: African\",7\n\
             E01016701,Milton Keynes 021B,13,\"White: English, Welsh, Scottish, Northern Irish or British\",40\n",
        );
        let lines = lines(&[age, ethnic], LOOKUP, &hoods()).unwrap();
        assert_eq!(figure(&lines, "coffee-hall", "age", "under_16"), Some("50"));
        assert_eq!(figure(&lines, "coffee-hall", "age", "16_24"), Some("25"));
        assert_eq!(figure(&lines, "coffee-hall", "age", "75_plus"), Some("2"));
        assert_eq!(figure(&lines, "beanhill", "age", "35_49"), Some("40"));
        assert_eq!(
            figure(&lines, "coffee-hall", "ethnic_group", "asian"),
            Some("15")
        );
        assert_eq!(
            figure(&lines, "coffee-hall", "ethnic_group", "white"),
            Some("40")
        );
        // The total is the largest of the dimensions' sums (77 by age, 62 by ethnic group).
        assert_eq!(figure(&lines, "coffee-hall", "total", "all"), Some("77"));
        assert!(
            lines.iter().all(|l| l.people != "1000"),
            "an area outside the lookup is left out"
        );
        let source = lines[0].source.as_deref().unwrap();
        assert!(source.starts_with("ONS Census 2021: "), "{source}");
    }

    #[test]
    fn categories_are_read_in_the_questions_words() {
        assert_eq!(band_of(Dimension::Gender, "Female"), Ok(Some("woman")));
        assert_eq!(band_of(Dimension::Gender, "Male"), Ok(Some("man")));
        assert_eq!(
            band_of(
                Dimension::Disability,
                "Disabled under the Equality Act: Day-to-day activities limited a lot"
            ),
            Ok(Some("limited_a_lot"))
        );
        assert_eq!(
            band_of(
                Dimension::Disability,
                "Not disabled under the Equality Act: Has long term physical or mental health condition but day-to-day activities are not limited"
            ),
            Ok(Some("not_disabled"))
        );
        assert_eq!(
            band_of(
                Dimension::Tenure,
                "Social rented: Rents from council or Local Authority"
            ),
            Ok(Some("social_rented"))
        );
        assert_eq!(
            band_of(Dimension::Tenure, "Lives rent free"),
            Ok(Some("rent_free"))
        );
        assert_eq!(band_of(Dimension::Tenure, "Does not apply"), Ok(None));
        assert_eq!(
            band_of(Dimension::Age, "Aged 15 years and under"),
            Ok(Some("under_16"))
        );
        assert_eq!(
            band_of(Dimension::Age, "Aged 65 to 74 years"),
            Ok(Some("65_74"))
        );
    }

    #[test]
    fn an_age_that_spans_two_bands_and_unknown_words_are_refused_with_their_lines() {
        let age = table(
            "TS007A.csv",
            "Lower layer Super Output Areas Code,Lower layer Super Output Areas,Age (6 categories) Code,Age (6 categories),Observation\n\
             E01016700,A,1,Aged 16 to 24 years,5\n\
             E01016700,A,6,Aged 65 years and over,50\n\
             E01016700,A,7,Aged many years,3\n\
             E01016702,C,2,Aged 25 to 34 years,-1\n",
        );
        let Err(ImportError::BadRows(rows)) = lines(&[age], LOOKUP, &hoods()) else {
            panic!("expected bad rows");
        };
        let at: Vec<usize> = rows.iter().map(|r| r.line).collect();
        assert_eq!(at, [3, 4, 5], "{rows:?}");
        assert!(rows[0].reason.contains("spans two"), "{rows:?}");
        assert!(rows[0].reason.starts_with("TS007A.csv: "), "{rows:?}");
        assert!(rows[1].reason.contains("not an age range"), "{rows:?}");
        assert!(rows[2].reason.contains("negative"), "{rows:?}");
    }

    #[test]
    fn a_file_that_is_not_a_census_table_is_refused() {
        let wrong = table(
            "x.csv",
            "neighbourhood,dimension,band,people\nA,total,all,1\n",
        );
        let Err(ImportError::Unreadable(why)) = lines(&[wrong], LOOKUP, &hoods()) else {
            panic!("expected a refusal");
        };
        assert!(why.contains("not an ONS custom dataset"), "{why}");
        let religion = table(
            "TS030.csv",
            "Output Areas Code,Output Areas,Religion (10 categories) Code,Religion (10 categories),Observation\n",
        );
        let Err(ImportError::Unreadable(why)) = lines(&[religion], LOOKUP, &hoods()) else {
            panic!("expected a refusal");
        };
        assert!(why.contains("not a table of age"), "{why}");
        let Err(ImportError::BadRows(rows)) = lines(
            &[],
            b"area_code,neighbourhood\nE1,beanhill\nE1,beanhill\nE2,Atlantis\n",
            &hoods(),
        ) else {
            panic!("expected bad rows");
        };
        assert!(rows[0].reason.contains("on line 2 already"), "{rows:?}");
        assert_eq!(rows[1].line, 4, "{rows:?}");
        assert!(rows[1].reason.contains("'Atlantis'"), "{rows:?}");
    }
}

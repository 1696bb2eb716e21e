//! `waymark import`: bring in data that others publish, all or nothing.

pub mod basemap;
pub mod contributions;
pub mod dfes;
pub mod homes;
pub mod network;
pub mod ons;
pub mod population;

use std::fmt;
use std::path::Path;

use waymark_store::dfes::NeighbourhoodKey;

/// The bytes of the file an import reads, or why it cannot be read.
pub fn read_file(path: &Path) -> Result<Vec<u8>, ImportError> {
    std::fs::read(path).map_err(|e| ImportError::Unreadable(format!("{}: {e}", path.display())))
}

/// The file's name: the source of rows that name none of their own.
pub fn source_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The one neighbourhood of the plan a file names, by slug, else by name (ignoring case).
pub fn neighbourhood_named(
    wanted: &str,
    neighbourhoods: &[NeighbourhoodKey],
) -> Result<uuid::Uuid, String> {
    if wanted.is_empty() {
        return Err("the neighbourhood is empty".to_owned());
    }
    let by_slug: Vec<&NeighbourhoodKey> = neighbourhoods
        .iter()
        .filter(|n| n.slug.eq_ignore_ascii_case(wanted))
        .collect();
    let found = if by_slug.is_empty() {
        neighbourhoods
            .iter()
            .filter(|n| n.name.trim().to_lowercase() == wanted.to_lowercase())
            .collect()
    } else {
        by_slug
    };
    match found[..] {
        [one] => Ok(one.id),
        [] => Err(format!(
            "the plan has no neighbourhood with the slug or name '{wanted}'"
        )),
        _ => Err(format!(
            "{} neighbourhoods are named '{wanted}': use the slug",
            found.len()
        )),
    }
}

/// A count written in a file: a whole number, zero or more.
pub fn count(field: &str, text: &str) -> Result<i32, String> {
    match text.parse::<i32>() {
        Ok(n) if n >= 0 => Ok(n),
        Ok(n) => Err(format!("{field} {n} is negative")),
        Err(_) if text.is_empty() => Err(format!("{field} is empty")),
        Err(_) => Err(format!("{field} '{text}' is not a whole number")),
    }
}

/// A row the importer refused, by its line in the file (the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    pub line: usize,
    pub reason: String,
}

/// Why an import wrote nothing.
#[derive(Debug)]
pub enum ImportError {
    /// The file could not be read or the profile is not right.
    Unreadable(String),
    /// These rows are bad; no row was imported.
    BadRows(Vec<BadRow>),
    Database(waymark_store::Error),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Unreadable(why) => write!(f, "{why}"),
            ImportError::BadRows(rows) => {
                writeln!(f, "{} bad rows; nothing was imported:", rows.len())?;
                for row in rows {
                    writeln!(f, "  line {}: {}", row.line, row.reason)?;
                }
                Ok(())
            }
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

//! `waymark import`: bring in data that others publish, all or nothing.

pub mod basemap;
pub mod contributions;
pub mod dfes;
pub mod homes;
pub mod network;

use std::fmt;
use std::path::Path;

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

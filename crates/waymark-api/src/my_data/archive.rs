//! The ZIP of a download: for each kind of thing, `{kind}.json` (an array of objects)
//! and `{kind}.csv` (the same rows), and a README that says what each file is.

use std::io::{Cursor, Write};

use waymark_domain::my_data::csv_of;
use waymark_i18n::{Lang, text};
use waymark_store::my_data::Export;
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use crate::ApiError;

/// The ZIP of an export, in the reader's language for its README.
pub fn zip_of(lang: Lang, export: &Export) -> Result<Vec<u8>, ApiError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let mut put = |name: String, bytes: &[u8]| -> Result<(), ApiError> {
        zip.start_file(name, options).map_err(ApiError::internal)?;
        zip.write_all(bytes).map_err(ApiError::internal)
    };
    put(
        "README.txt".to_owned(),
        (text(lang, "pages-data-readme", &[]) + "\n").as_bytes(),
    )?;
    for (name, rows) in &export.sections {
        let json = serde_json::to_vec_pretty(rows).map_err(ApiError::internal)?;
        put(format!("{name}.json"), &json)?;
        put(format!("{name}.csv"), csv_of(rows).as_bytes())?;
    }
    Ok(zip.finish().map_err(ApiError::internal)?.into_inner())
}

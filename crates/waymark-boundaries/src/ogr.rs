//! Reading a vector file through GDAL's command-line tools: `ogrinfo` tells its
//! layers, fields and projection, `ogr2ogr` converts the chosen layer to GeoJSON in
//! WGS 84. Only the three formats Waymark takes are read, each checked by its first
//! bytes and by the driver GDAL opened it with, so an upload cannot make GDAL open
//! anything else (a VRT naming server files, a database, a URL).

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;
use tokio::io::AsyncReadExt;
use tokio::process::Command;
use waymark_domain::ValidationErrors;

/// How long one GDAL command may take before the import gives up.
const TOOL_TIMEOUT: Duration = Duration::from_secs(120);

/// The name fields tried, in order, when none is chosen.
pub const DEFAULT_NAME_FIELDS: [&str; 3] = ["name", "NAME", "Name"];

/// The formats a boundary file may come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    GeoJson,
    GeoPackage,
    /// A `.shp` with its `.shx`, `.dbf` and (ideally) `.prj` beside it.
    Shapefile,
    /// A zip holding a Shapefile's files.
    ZippedShapefile,
}

impl Format {
    /// By the file's extension.
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match extension.as_str() {
            "geojson" | "json" => Format::GeoJson,
            "gpkg" => Format::GeoPackage,
            "shp" => Format::Shapefile,
            "zip" => Format::ZippedShapefile,
            _ => return None,
        })
    }

    /// By an HTTP `Content-Type` (parameters ignored).
    pub fn from_media_type(media_type: &str) -> Option<Self> {
        let essence = media_type.split(';').next()?.trim().to_ascii_lowercase();
        Some(match essence.as_str() {
            "application/geo+json" | "application/json" => Format::GeoJson,
            "application/geopackage+sqlite3" => Format::GeoPackage,
            "application/zip" | "application/x-zip-compressed" => Format::ZippedShapefile,
            _ => return None,
        })
    }

    fn label(self) -> &'static str {
        match self {
            Format::GeoJson => "GeoJSON",
            Format::GeoPackage => "a GeoPackage",
            Format::Shapefile => "a Shapefile",
            Format::ZippedShapefile => "a zipped Shapefile",
        }
    }

    /// The GDAL driver that must open it.
    fn driver(self) -> &'static str {
        match self {
            Format::GeoJson => "GeoJSON",
            Format::GeoPackage => "GPKG",
            Format::Shapefile | Format::ZippedShapefile => "ESRI Shapefile",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Format::GeoJson => "geojson",
            Format::GeoPackage => "gpkg",
            Format::Shapefile => "shp",
            Format::ZippedShapefile => "zip",
        }
    }

    /// Whether the file's first bytes are this format's.
    fn looks_like(self, head: &[u8]) -> bool {
        match self {
            Format::GeoJson => {
                let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
                text.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
            }
            Format::GeoPackage => head.starts_with(b"SQLite format 3\0"),
            Format::Shapefile => head.starts_with(&[0x00, 0x00, 0x27, 0x0A]),
            Format::ZippedShapefile => head.starts_with(b"PK\x03\x04"),
        }
    }
}

/// Where the file is: on disk (the command line) or in memory (an upload).
#[derive(Debug, Clone, Copy)]
pub enum Source<'a> {
    Path(&'a Path),
    Bytes(&'a [u8], Format),
}

/// Which layer and which field of it name the neighbourhoods.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The field holding each neighbourhood's name; else `name`, `NAME` or `Name`.
    pub name_field: Option<String>,
    /// The layer, when a file (a GeoPackage) has several.
    pub layer: Option<String>,
}

/// One feature as read: its position in the layer (from 1), name and geometry.
#[derive(Debug, Clone)]
pub struct Feature {
    pub number: usize,
    pub name: Option<String>,
    /// A GeoJSON geometry in WGS 84 longitude/latitude; `None` when it has none.
    pub geometry: Option<Value>,
}

/// The chosen layer of a file, in WGS 84.
#[derive(Debug, Clone)]
pub struct Layer {
    pub name: String,
    pub name_field: String,
    /// The projection the file gave (`OSGB36 / British National Grid`); `None` when it
    /// gave none and its coordinates were taken as WGS 84 longitude/latitude.
    pub source_crs: Option<String>,
    pub features: Vec<Feature>,
}

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// Something about the file: named, for the person who sent it.
    Refused(ValidationErrors),
    /// GDAL is missing, failed in an unexpected way or took too long: the server's fault.
    Tool(String),
}

fn refused(field: &str, message: impl Into<String>) -> ReadError {
    ReadError::Refused(ValidationErrors::one(field, message))
}

/// Reads the neighbourhoods layer of a file into WGS 84 features.
pub async fn read(source: Source<'_>, options: &Options) -> Result<Layer, ReadError> {
    // An upload is written to a directory of its own, removed when this returns.
    let dir;
    let (path, format) = match source {
        Source::Path(path) => {
            let format = Format::from_path(path).ok_or_else(|| {
                refused(
                    "file",
                    "give a .geojson, .json, .gpkg, .shp or a .zip holding a Shapefile",
                )
            })?;
            (path.to_path_buf(), format)
        }
        Source::Bytes(bytes, format) => {
            dir = tempfile::tempdir()
                .map_err(|e| ReadError::Tool(format!("temporary directory: {e}")))?;
            let path = dir.path().join(format!("upload.{}", format.extension()));
            tokio::fs::write(&path, bytes)
                .await
                .map_err(|e| ReadError::Tool(format!("writing the upload: {e}")))?;
            (path, format)
        }
    };
    let head = first_bytes(&path)
        .await
        .map_err(|e| refused("file", format!("cannot read {}: {e}", shown(source, &path))))?;
    if !format.looks_like(&head) {
        return Err(refused(
            "file",
            format!("the file is not {}: it cannot be read", format.label()),
        ));
    }
    let gdal_path = match format {
        Format::ZippedShapefile => format!("/vsizip/{}", path.display()),
        _ => path.display().to_string(),
    };
    let shown_path = shown(source, &path);
    let paths = [gdal_path.clone(), path.display().to_string()];
    let paths = [paths[0].as_str(), paths[1].as_str()];

    let info = run(
        "ogrinfo",
        &["-ro", "-so", "-al", "-nomd", &gdal_path],
        &paths,
        &shown_path,
    )
    .await?;
    let info = parse_info(&String::from_utf8_lossy(&info));
    if info.driver.as_deref() != Some(format.driver()) {
        return Err(refused(
            "file",
            format!("the file is not {}: it cannot be read", format.label()),
        ));
    }
    let layer = choose_layer(&info.layers, options.layer.as_deref())?;
    let name_field = choose_name_field(layer, options.name_field.as_deref())?;

    // With no projection, coordinates are taken as WGS 84 and checked to be lon/lat below.
    let srs_args: [&str; 2] = match &layer.srs {
        Some(_) => ["-t_srs", "EPSG:4326"],
        None => ["-a_srs", "EPSG:4326"],
    };
    let out = run(
        "ogr2ogr",
        &[
            "-f",
            "GeoJSON",
            "/vsistdout/",
            &gdal_path,
            &layer.name,
            "-dim",
            "XY",
            srs_args[0],
            srs_args[1],
        ],
        &paths,
        &shown_path,
    )
    .await?;
    let collection: Value = serde_json::from_slice(&out)
        .map_err(|e| ReadError::Tool(format!("ogr2ogr wrote no GeoJSON: {e}")))?;
    let features = collection["features"]
        .as_array()
        .map(|features| {
            features
                .iter()
                .enumerate()
                .map(|(i, f)| Feature {
                    number: i + 1,
                    name: name_of(&f["properties"][name_field.as_str()]),
                    geometry: Some(f["geometry"].clone()).filter(|g| g.is_object()),
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    if let Some([x, y]) = features
        .iter()
        .filter_map(|f| f.geometry.as_ref())
        .find_map(geometry_outside_lon_lat)
    {
        let why = match &layer.srs {
            None => "the file gives no projection".to_owned(),
            Some(name) => format!("do not fit the projection the file gives or implies ({name})"),
        };
        return Err(refused(
            "file",
            format!(
                "coordinates such as ({x}, {y}) are not longitude/latitude and {why}; save it \
                 with its projection (a .prj beside a Shapefile, a \"crs\" in GeoJSON) or in WGS 84"
            ),
        ));
    }
    Ok(Layer {
        name: layer.name.clone(),
        name_field,
        source_crs: layer.srs.clone(),
        features,
    })
}

/// The file as the person who sent it knows it: its path on the command line, "the
/// upload" otherwise (a server's temporary paths mean nothing to them).
fn shown(source: Source<'_>, path: &Path) -> String {
    match source {
        Source::Path(_) => path.display().to_string(),
        Source::Bytes(..) => "the upload".to_owned(),
    }
}

async fn first_bytes(path: &PathBuf) -> std::io::Result<Vec<u8>> {
    let mut file = tokio::fs::File::open(path).await?;
    let mut head = vec![0; 64];
    let mut filled = 0;
    while filled < head.len() {
        let n = file.read(&mut head[filled..]).await?;
        if n == 0 {
            break;
        }
        filled += n;
    }
    head.truncate(filled);
    Ok(head)
}

/// Runs a GDAL tool and returns its standard output. A failure is the file's fault
/// (GDAL's first error, with the path shown as the sender knows it); a missing tool or
/// a timeout is the server's.
async fn run(
    tool: &str,
    args: &[&str],
    paths: &[&str; 2],
    shown_path: &str,
) -> Result<Vec<u8>, ReadError> {
    let child = Command::new(tool)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| ReadError::Tool(format!("cannot run {tool} (install gdal-bin): {e}")))?;
    let output = tokio::time::timeout(TOOL_TIMEOUT, child.wait_with_output())
        .await
        .map_err(|_| ReadError::Tool(format!("{tool} took longer than {TOOL_TIMEOUT:?}")))?
        .map_err(|e| ReadError::Tool(format!("{tool}: {e}")))?;
    if output.status.success() {
        return Ok(output.stdout);
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    // ogrinfo tells that no driver could open a file on standard output, in two lines.
    let lines: Vec<&str> = stderr
        .lines()
        .chain(stdout.lines().filter(|l| l.starts_with("Unable to open")))
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("->"))
        .collect();
    let first = lines
        .iter()
        .find(|l| l.starts_with("ERROR"))
        .or(lines.first())
        .copied()
        .unwrap_or("no message");
    let mut message = first
        .split_once(": ")
        .filter(|(head, _)| head.starts_with("ERROR"))
        .map_or(first, |(_, why)| why)
        .replace(
            " with the following drivers.",
            ": it is not in a format GDAL knows",
        );
    for path in paths {
        message = message.replace(path, shown_path);
    }
    tracing::info!(tool, %stderr, "GDAL refused a boundary file");
    Err(refused(
        "file",
        format!(
            "GDAL cannot read the file: {}",
            message.chars().take(300).collect::<String>()
        ),
    ))
}

/// What `ogrinfo -so -al` says of a file.
#[derive(Debug, Default, PartialEq)]
struct Info {
    driver: Option<String>,
    layers: Vec<LayerInfo>,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct LayerInfo {
    name: String,
    /// `None` for a table without geometry.
    geometry: Option<String>,
    /// The projection's name; `None` when the layer has none.
    srs: Option<String>,
    fields: Vec<String>,
}

/// OGR's field types, as `ogrinfo` prints them before a field's width.
const FIELD_TYPES: [&str; 14] = [
    "Integer",
    "Integer64",
    "Real",
    "String",
    "Date",
    "Time",
    "DateTime",
    "Binary",
    "IntegerList",
    "Integer64List",
    "RealList",
    "StringList",
    "WideString",
    "WideStringList",
];

fn parse_info(text: &str) -> Info {
    let mut info = Info::default();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if let Some(rest) = line.split("using driver `").nth(1) {
            info.driver = rest.split('\'').next().map(str::to_owned);
        } else if let Some(name) = line.strip_prefix("Layer name: ") {
            info.layers.push(LayerInfo {
                name: name.to_owned(),
                ..LayerInfo::default()
            });
        } else if let Some(layer) = info.layers.last_mut() {
            if line.starts_with("Geometry") && !line.starts_with("Geometry Column") {
                let kind = line.split_once(": ").map_or("", |(_, k)| k.trim());
                layer.geometry = (kind != "None").then(|| kind.to_owned());
            } else if line == "Layer SRS WKT:" {
                let first = lines.next().unwrap_or("(unknown)");
                layer.srs = (first.trim() != "(unknown)")
                    .then(|| first.split('"').nth(1).unwrap_or("a projection").to_owned());
            } else if let Some((field, kind)) = line.split_once(": ") {
                let kind = kind.split([' ', '(']).next().unwrap_or("");
                if !line.starts_with(' ') && FIELD_TYPES.contains(&kind) {
                    layer.fields.push(field.to_owned());
                }
            }
        }
    }
    info
}

fn choose_layer<'a>(
    layers: &'a [LayerInfo],
    wanted: Option<&str>,
) -> Result<&'a LayerInfo, ReadError> {
    let spatial: Vec<&LayerInfo> = layers.iter().filter(|l| l.geometry.is_some()).collect();
    let names = || {
        spatial
            .iter()
            .map(|l| format!("'{}'", l.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (wanted, spatial.as_slice()) {
        (Some(wanted), _) => spatial
            .iter()
            .find(|l| l.name == wanted)
            .copied()
            .ok_or_else(|| {
                refused(
                    "layer",
                    format!(
                        "the file has no layer '{wanted}' with geometries; it has: {}",
                        names()
                    ),
                )
            }),
        (None, [only]) => Ok(only),
        (None, []) => Err(refused("file", "the file has no layer with geometries")),
        (None, _) => Err(refused(
            "layer",
            format!("the file has several layers; choose one of: {}", names()),
        )),
    }
}

fn choose_name_field(layer: &LayerInfo, wanted: Option<&str>) -> Result<String, ReadError> {
    let found = match wanted {
        Some(wanted) => layer.fields.iter().find(|f| *f == wanted),
        None => DEFAULT_NAME_FIELDS
            .iter()
            .find_map(|d| layer.fields.iter().find(|f| f == d)),
    };
    found.cloned().ok_or_else(|| {
        let has = if layer.fields.is_empty() {
            "it has no fields".to_owned()
        } else {
            format!(
                "its fields are: {}",
                layer.fields.iter().map(|f| format!("'{f}'")).collect::<Vec<_>>().join(", ")
            )
        };
        let asked = match wanted {
            Some(wanted) => format!("the layer '{}' has no field '{wanted}'", layer.name),
            None => format!(
                "the layer '{}' has no name field (name, NAME or Name); choose the field that names each neighbourhood",
                layer.name
            ),
        };
        refused("name_field", format!("{asked}; {has}"))
    })
}

/// A feature's name: text as it is, numbers as written; nothing for null or blank.
fn name_of(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// The first position of a GeoJSON geometry, or of the members of a collection, that is
/// not a longitude/latitude.
fn geometry_outside_lon_lat(geometry: &Value) -> Option<[f64; 2]> {
    match geometry["geometries"].as_array() {
        Some(members) => members.iter().find_map(geometry_outside_lon_lat),
        None => outside_lon_lat(&geometry["coordinates"]),
    }
}

/// The first position of GeoJSON coordinates that is not a longitude/latitude.
fn outside_lon_lat(coordinates: &Value) -> Option<[f64; 2]> {
    match coordinates.as_array()?.as_slice() {
        [Value::Number(x), Value::Number(y), ..] => {
            let (x, y) = (x.as_f64()?, y.as_f64()?);
            (!(-180.0..=180.0).contains(&x) || !(-90.0..=90.0).contains(&y)).then_some([x, y])
        }
        items => items.iter().find_map(outside_lon_lat),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GPKG: &str = "INFO: Open of `t.gpkg'
      using driver `GPKG' successful.

Layer name: testville
Geometry: Polygon
Feature Count: 2
Extent: (-1.840000, 52.660000) - (-1.820000, 52.700000)
Layer SRS WKT:
PROJCRS[\"OSGB36 / British National Grid\",
    BASEGEOGCRS[\"OSGB36\",
        ID[\"EPSG\",27700]]
Data axis to CRS axis mapping: 1,2
FID Column = fid
Geometry Column = geom
name: String (0.0)
pop: Integer(Int16) (0.0)
Layer name: notes
Geometry: None
Feature Count: 1
Layer SRS WKT:
(unknown)
text: String (0.0)
";

    #[test]
    fn ogrinfo_tells_the_driver_layers_fields_and_projection() {
        let info = parse_info(GPKG);
        assert_eq!(info.driver.as_deref(), Some("GPKG"));
        assert_eq!(
            info.layers,
            [
                LayerInfo {
                    name: "testville".into(),
                    geometry: Some("Polygon".into()),
                    srs: Some("OSGB36 / British National Grid".into()),
                    fields: vec!["name".into(), "pop".into()],
                },
                LayerInfo {
                    name: "notes".into(),
                    geometry: None,
                    srs: None,
                    fields: vec!["text".into()],
                },
            ]
        );
        // The one layer with geometries is taken without asking.
        assert_eq!(choose_layer(&info.layers, None).unwrap().name, "testville");
    }

    #[test]
    fn a_missing_name_field_lists_the_fields_there_are() {
        let layer = LayerInfo {
            name: "wards".into(),
            geometry: Some("Polygon".into()),
            srs: None,
            fields: vec!["code".into(), "NAME".into()],
        };
        assert_eq!(choose_name_field(&layer, None).unwrap(), "NAME");
        match choose_name_field(&layer, Some("ward")) {
            Err(ReadError::Refused(e)) => {
                assert_eq!(e.0[0].field, "name_field");
                assert!(
                    e.0[0].message.contains("'code', 'NAME'"),
                    "{}",
                    e.0[0].message
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn positions_outside_lon_lat_are_found_at_any_depth() {
        let inside = serde_json::json!([[[[-1.8, 52.6], [-1.7, 52.7], [-1.8, 52.6]]]]);
        let outside = serde_json::json!([[[-1.8, 52.6], [410914.3, 309156.6]]]);
        assert_eq!(outside_lon_lat(&inside), None);
        assert_eq!(outside_lon_lat(&outside), Some([410914.3, 309156.6]));
        let collection = serde_json::json!({ "type": "GeometryCollection", "geometries": [
            { "type": "Polygon", "coordinates": inside },
            { "type": "LineString", "coordinates": outside[0] },
        ]});
        assert_eq!(
            geometry_outside_lon_lat(&collection),
            Some([410914.3, 309156.6])
        );
    }

    #[test]
    fn formats_come_from_extensions_and_media_types_and_are_checked_by_their_first_bytes() {
        assert_eq!(
            Format::from_path(Path::new("a/B.GPKG")),
            Some(Format::GeoPackage)
        );
        assert_eq!(Format::from_path(Path::new("wards.csv")), None);
        assert_eq!(
            Format::from_media_type("application/geo+json; charset=utf-8"),
            Some(Format::GeoJson)
        );
        assert!(Format::GeoJson.looks_like(b"\xEF\xBB\xBF  {\"type\""));
        assert!(!Format::GeoJson.looks_like(b"<OGRVRTDataSource>"));
        assert!(!Format::GeoPackage.looks_like(b"\x89PNG"));
    }
}

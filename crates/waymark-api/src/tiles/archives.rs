//! PMTiles archives that plans chose as their basemap: checked before import, then served
//! tile by tile as stored (usually gzip) through memory-mapped readers kept open per file.
//! Waymark gives each imported archive a new file name and never writes to it again, so a
//! mapped file never changes under a reader.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use moka::future::Cache;
use pmtiles::{AsyncPmTilesReader, Compression, HashMapCache, MmapBackend, TileType};
use serde_json::Value;

pub type Reader = AsyncPmTilesReader<MmapBackend, HashMapCache>;

/// The attribution an archive without one gets: basemap archives are made from OSM.
pub const OSM_ATTRIBUTION: &str = "© OpenStreetMap contributors";

/// What an archive holds, found out before it is accepted.
#[derive(Debug, Clone)]
pub struct ArchiveInfo {
    /// `protomaps` (the Protomaps basemap's layers) or `waymark` (Waymark's own basemap's).
    pub schema: &'static str,
    pub min_zoom: u8,
    pub max_zoom: u8,
    /// `[min_lon, min_lat, max_lon, max_lat]` the archive covers.
    pub bounds: [f64; 4],
    pub attribution: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("not a readable PMTiles v3 archive ({0})")]
    Unreadable(String),
    #[error("the archive holds {0} tiles, not vector tiles (MVT)")]
    NotVector(String),
    #[error(
        "the archive's tiles are compressed with {0}; Waymark serves gzip or uncompressed tiles"
    )]
    Compression(String),
    #[error("the archive's metadata lists no vector_layers")]
    NoLayers,
    /// Opening the archive failed, for this request or one it waited on.
    #[error(transparent)]
    Open(#[from] Arc<ArchiveError>),
    #[error(
        "the archive's layers ({0}) are neither the Protomaps basemap's (earth, water, landuse, \
         roads, buildings, places) nor Waymark's own (water, landcover, transportation, …)"
    )]
    UnknownLayers(String),
}

/// Opens an archive, reading its header and root directory.
pub async fn open(path: &Path) -> Result<Reader, ArchiveError> {
    AsyncPmTilesReader::new_with_cached_path(HashMapCache::default(), path)
        .await
        .map_err(|e| ArchiveError::Unreadable(e.to_string()))
}

/// Checks that the file is a PMTiles v3 archive of vector tiles that Waymark can serve and
/// style, and says what it covers.
pub async fn inspect(path: &Path) -> Result<ArchiveInfo, ArchiveError> {
    let reader = open(path).await?;
    let header = reader.get_header();
    if header.tile_type != TileType::Mvt {
        return Err(ArchiveError::NotVector(format!("{:?}", header.tile_type)));
    }
    if !matches!(
        header.tile_compression,
        Compression::Gzip | Compression::None
    ) {
        return Err(ArchiveError::Compression(format!(
            "{:?}",
            header.tile_compression
        )));
    }
    let metadata: Value = reader
        .get_metadata()
        .await
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null);
    let layers: Vec<&str> = metadata["vector_layers"]
        .as_array()
        .map(|layers| layers.iter().filter_map(|l| l["id"].as_str()).collect())
        .unwrap_or_default();
    if layers.is_empty() {
        return Err(ArchiveError::NoLayers);
    }
    let has = |name: &str| layers.contains(&name);
    let schema = if has("earth") && has("roads") {
        "protomaps"
    } else if has("transportation") {
        "waymark"
    } else {
        return Err(ArchiveError::UnknownLayers(layers.join(", ")));
    };
    let attribution = metadata["attribution"]
        .as_str()
        .filter(|a| !a.trim().is_empty())
        .unwrap_or(OSM_ATTRIBUTION)
        .to_owned();
    Ok(ArchiveInfo {
        schema,
        min_zoom: header.min_zoom,
        max_zoom: header.max_zoom,
        bounds: [
            header.min_longitude,
            header.min_latitude,
            header.max_longitude,
            header.max_latitude,
        ],
        attribution,
    })
}

/// Readers of the archives in use, one per file.
pub struct Archives {
    readers: Cache<PathBuf, Arc<Reader>>,
}

impl Default for Archives {
    fn default() -> Self {
        Self {
            // A handful of archives at most are in use at once; a replaced one's reader
            // (and its mapping of the deleted file) goes once nobody asked for a while.
            readers: Cache::builder()
                .max_capacity(64)
                .time_to_idle(std::time::Duration::from_secs(600))
                .build(),
        }
    }
}

/// A stored tile and how it is compressed.
pub struct ArchiveTile {
    pub bytes: Bytes,
    pub gzip: bool,
}

impl Archives {
    /// The tile at z/x/y of the archive at `path`; `None` where the archive has none.
    pub async fn tile(
        &self,
        path: &Path,
        z: u8,
        x: u32,
        y: u32,
    ) -> Result<Option<ArchiveTile>, ArchiveError> {
        let reader = self
            .readers
            .try_get_with(path.to_owned(), async { open(path).await.map(Arc::new) })
            .await?;
        let coord = pmtiles::TileCoord::new(z, x, y)
            .map_err(|e| ArchiveError::Unreadable(e.to_string()))?;
        let gzip = reader.get_header().tile_compression == Compression::Gzip;
        let bytes = reader
            .get_tile(coord)
            .await
            .map_err(|e| ArchiveError::Unreadable(e.to_string()))?;
        Ok(bytes.map(|bytes| ArchiveTile { bytes, gzip }))
    }
}

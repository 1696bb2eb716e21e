//! The tile cache: ready-compressed bytes with a precomputed strong ETag, evicted
//! precisely when a write touches a tile.

use std::io::Write;
use std::sync::Arc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::http::HeaderValue;
use bytes::Bytes;
use moka::sync::Cache;
use waymark_domain::TileCoord;
use waymark_domain::tile::MAX_ZOOM;

use super::layers::Layer;

/// A rendered tile in every encoding a client may ask for.
#[derive(Debug)]
pub struct Tile {
    pub raw: Bytes,
    pub gzip: Bytes,
    brotli: OnceLock<Bytes>,
    /// Strong: the same bytes give the same tag in every process.
    pub etag: HeaderValue,
}

impl Tile {
    pub fn new(raw: Vec<u8>) -> Self {
        let etag = format!("\"{:016x}\"", xxhash_rust::xxh3::xxh3_64(&raw));
        let mut gz = flate2::write::GzEncoder::new(
            Vec::with_capacity(raw.len() / 2 + 64),
            flate2::Compression::default(),
        );
        // Writing into a Vec cannot fail.
        let gzip = gz
            .write_all(&raw)
            .and_then(|()| gz.finish())
            .unwrap_or_default();
        Self {
            raw: Bytes::from(raw),
            gzip: Bytes::from(gzip),
            brotli: OnceLock::new(),
            etag: HeaderValue::from_str(&etag).expect("hex digits are a valid header"),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// Brotli, made on first request and kept.
    pub fn brotli(&self) -> Bytes {
        self.brotli
            .get_or_init(|| {
                let mut out = Vec::with_capacity(self.raw.len() / 2 + 64);
                let params = brotli::enc::BrotliEncoderParams {
                    quality: 6,
                    ..Default::default()
                };
                let _ = brotli::BrotliCompress(&mut self.raw.as_ref(), &mut out, &params);
                Bytes::from(out)
            })
            .clone()
    }

    fn weight(&self) -> u32 {
        (self.raw.len() + self.gzip.len() + 256)
            .try_into()
            .unwrap_or(u32::MAX)
    }
}

/// Which version of a layer: what the public sees, or a role's fuller view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    Public,
    /// Roles that see the network in detail (DNO engineers, admins).
    Detailed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TileKey {
    pub layer: Layer,
    pub coord: TileCoord,
    pub audience: Audience,
}

pub struct TileCache {
    tiles: Cache<TileKey, Arc<Tile>>,
    /// Bumped by every eviction; a tile rendered across a bump may be stale and is
    /// served but not kept.
    epoch: AtomicU64,
}

impl TileCache {
    pub fn new(max_bytes: u64) -> Self {
        Self {
            tiles: Cache::builder()
                .max_capacity(max_bytes)
                .weigher(|_, tile: &Arc<Tile>| tile.weight())
                .support_invalidation_closures()
                .build(),
            epoch: AtomicU64::new(0),
        }
    }

    pub fn get(&self, key: &TileKey) -> Option<Arc<Tile>> {
        self.tiles.get(key)
    }

    pub fn epoch(&self) -> u64 {
        self.epoch.load(Ordering::Acquire)
    }

    /// Keeps `tile` unless something was evicted since `epoch` was read.
    pub fn insert_if_current(&self, key: TileKey, tile: Arc<Tile>, epoch: u64) {
        if self.epoch() == epoch {
            self.tiles.insert(key, tile);
        }
    }

    /// Evicts every tile of `layer`, at every zoom, whose buffered area touches the
    /// lon/lat box.
    pub fn evict(&self, layer: Layer, min: (f64, f64), max: (f64, f64)) {
        self.epoch.fetch_add(1, Ordering::AcqRel);
        let margin =
            f64::from(waymark_store::tiles::BUFFER) / f64::from(waymark_store::tiles::EXTENT);
        let mut wide = Vec::new();
        for z in 0..=MAX_ZOOM {
            let (xs, ys) = TileCoord::range(min, max, z, margin);
            let count = u64::from(xs[1] - xs[0] + 1) * u64::from(ys[1] - ys[0] + 1);
            if count > 64 {
                wide.push((z, xs, ys));
                continue;
            }
            for x in xs[0]..=xs[1] {
                for y in ys[0]..=ys[1] {
                    if let Ok(coord) = TileCoord::new(u32::from(z), x, y) {
                        for audience in [Audience::Public, Audience::Detailed] {
                            self.tiles.invalidate(&TileKey {
                                layer,
                                coord,
                                audience,
                            });
                        }
                    }
                }
            }
        }
        if !wide.is_empty() {
            let _ = self.tiles.invalidate_entries_if(move |key, _| {
                key.layer == layer
                    && wide.iter().any(|(z, xs, ys)| {
                        key.coord.z() == *z
                            && (xs[0]..=xs[1]).contains(&key.coord.x())
                            && (ys[0]..=ys[1]).contains(&key.coord.y())
                    })
            });
        }
        self.epoch.fetch_add(1, Ordering::AcqRel);
    }

    /// Forgets everything, e.g. after missing notifications while reconnecting.
    pub fn clear(&self) {
        self.epoch.fetch_add(1, Ordering::AcqRel);
        self.tiles.invalidate_all();
    }

    pub fn entry_count(&self) -> u64 {
        self.tiles.entry_count()
    }
}

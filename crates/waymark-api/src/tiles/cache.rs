//! The tile cache: gzip bytes with a precomputed strong ETag, evicted precisely when a
//! write touches a tile. Only the gzip copy is kept (browsers and map clients all ask
//! for it), so the cache holds about three times as many tiles as raw bytes would.

use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::http::HeaderValue;
use bytes::Bytes;
use moka::future::Cache;
use waymark_domain::TileCoord;
use waymark_domain::tile::MAX_ZOOM;

use super::layers::Layer;

/// A rendered tile, gzip-compressed.
#[derive(Debug)]
pub struct Tile {
    pub gzip: Bytes,
    empty: bool,
    /// Strong: the same bytes give the same tag in every process.
    pub etag: HeaderValue,
}

impl Tile {
    /// Compresses a rendered tile; CPU work, so callers run it off the async threads.
    pub fn new(raw: &[u8]) -> Self {
        let etag = format!("\"{:016x}\"", xxhash_rust::xxh3::xxh3_64(raw));
        let mut gz = flate2::write::GzEncoder::new(
            Vec::with_capacity(raw.len() / 2 + 64),
            flate2::Compression::default(),
        );
        // Writing into a Vec cannot fail.
        let mut gzip = gz
            .write_all(raw)
            .and_then(|()| gz.finish())
            .unwrap_or_default();
        // The cache keeps these bytes for long: give back the capacity guessed above
        // (about half again as much as gzip needs), which the cache's weigher cannot see.
        gzip.shrink_to_fit();
        Self {
            gzip: Bytes::from(gzip),
            empty: raw.is_empty(),
            etag: HeaderValue::from_str(&etag).expect("hex digits are a valid header"),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.empty
    }

    /// The tile uncompressed, for the rare client that accepts no gzip.
    pub fn raw(&self) -> Bytes {
        let mut out = Vec::with_capacity(self.gzip.len() * 3);
        let _ = flate2::read::GzDecoder::new(&self.gzip[..]).read_to_end(&mut out);
        Bytes::from(out)
    }

    /// Brotli, for clients that accept brotli but not gzip; made on demand.
    pub fn brotli(&self) -> Bytes {
        let raw = self.raw();
        let mut out = Vec::with_capacity(raw.len() / 2 + 64);
        let params = brotli::enc::BrotliEncoderParams {
            quality: 5,
            ..Default::default()
        };
        let _ = brotli::BrotliCompress(&mut raw.as_ref(), &mut out, &params);
        Bytes::from(out)
    }

    fn weight(&self) -> u32 {
        (self.gzip.len() + 256).try_into().unwrap_or(u32::MAX)
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
    /// dropped from the cache again.
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

    /// How many tiles are cached and their weight in bytes.
    pub async fn size(&self) -> (u64, u64) {
        // moka counts lazily: settle its pending bookkeeping first.
        self.tiles.run_pending_tasks().await;
        (self.tiles.entry_count(), self.tiles.weighted_size())
    }

    /// The cached tile, or the one `render` makes. Concurrent misses of one tile share
    /// one render.
    pub async fn get_or_render<F>(
        &self,
        key: TileKey,
        render: F,
    ) -> Result<Arc<Tile>, Arc<crate::ApiError>>
    where
        F: Future<Output = Result<Arc<Tile>, crate::ApiError>>,
    {
        if let Some(tile) = self.tiles.get(&key).await {
            metrics::counter!("tile_cache_requests_total", "result" => "hit").increment(1);
            return Ok(tile);
        }
        metrics::counter!("tile_cache_requests_total", "result" => "miss").increment(1);
        let epoch = self.epoch.load(Ordering::Acquire);
        let tile = self.tiles.try_get_with(key, render).await?;
        if self.epoch.load(Ordering::Acquire) != epoch {
            // A write landed while it rendered: serve it, but do not keep it.
            self.tiles.invalidate(&key).await;
        }
        Ok(tile)
    }

    /// Evicts every tile of `layer`, at every zoom, whose buffered area touches the
    /// lon/lat box.
    pub async fn evict(&self, layer: Layer, min: (f64, f64), max: (f64, f64)) {
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
                            self.tiles
                                .invalidate(&TileKey {
                                    layer,
                                    coord,
                                    audience,
                                })
                                .await;
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
}

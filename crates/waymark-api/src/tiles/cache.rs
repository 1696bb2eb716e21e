//! The tile cache: gzip bytes with a precomputed strong ETag, evicted precisely when a
//! write touches a tile. Only the gzip copy is kept (browsers and map clients all ask
//! for it), so the cache holds about three times as many tiles as raw bytes would.
//!
//! A write that changes only what pins say, not which pins there are or where (an
//! official response's status on thousands of pins), evicts softly: the old tile is
//! kept aside for a while, and a request that finds the new one slow to render gets the
//! old one after [`STALE_AFTER`] while the render goes on for the next request. Such a
//! write may evict a dense area's tiles that take the database seconds to draw again.

use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

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

/// How long a request for a softly evicted tile waits for the new one before it gets
/// the old one.
pub const STALE_AFTER: Duration = Duration::from_millis(250);
/// How long a softly evicted tile may still be served.
const STALE_FOR: Duration = Duration::from_secs(60);

/// How an eviction treats the tiles it drops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eviction {
    /// Pins came, went or moved: the old tile must never be served again.
    Hard,
    /// Only pins' attributes changed: the old tile may stand in while the new one renders.
    Soft,
}

type Rendered = Result<Arc<Tile>, Arc<crate::ApiError>>;

/// Cheap to clone: the clones share one cache.
#[derive(Clone)]
pub struct TileCache {
    tiles: Cache<TileKey, Arc<Tile>>,
    /// Softly evicted tiles, served when their new version is slow to come.
    stale: Cache<TileKey, Arc<Tile>>,
    /// Bumped by every eviction; a tile rendered across a bump may be stale and is
    /// dropped from the cache again.
    epoch: Arc<AtomicU64>,
}

impl TileCache {
    pub fn new(max_bytes: u64) -> Self {
        Self {
            tiles: Cache::builder()
                .max_capacity(max_bytes)
                .weigher(|_, tile: &Arc<Tile>| tile.weight())
                .support_invalidation_closures()
                .build(),
            stale: Cache::builder()
                .max_capacity(max_bytes / 4)
                .weigher(|_, tile: &Arc<Tile>| tile.weight())
                .time_to_live(STALE_FOR)
                .support_invalidation_closures()
                .build(),
            epoch: Arc::default(),
        }
    }

    /// How many tiles are cached and their weight in bytes.
    pub async fn size(&self) -> (u64, u64) {
        // moka counts lazily: settle its pending bookkeeping first.
        self.tiles.run_pending_tasks().await;
        (self.tiles.entry_count(), self.tiles.weighted_size())
    }

    /// The cached tile, if there is one (counted as a hit).
    pub async fn hit(&self, key: &TileKey) -> Option<Arc<Tile>> {
        let tile = self.tiles.get(key).await?;
        metrics::counter!("tile_cache_requests_total", "result" => "hit").increment(1);
        Some(tile)
    }

    /// The cached tile, or the one `render` makes. Concurrent misses of one tile share
    /// one render. A softly evicted tile stands in when the render takes longer than
    /// [`STALE_AFTER`]; the render then goes on and fills the cache.
    pub async fn get_or_render<F>(&self, key: TileKey, render: F) -> Rendered
    where
        F: Future<Output = Result<Arc<Tile>, crate::ApiError>> + Send + 'static,
    {
        if let Some(tile) = self.hit(&key).await {
            return Ok(tile);
        }
        let Some(old) = self.stale.get(&key).await else {
            metrics::counter!("tile_cache_requests_total", "result" => "miss").increment(1);
            return self.clone().render_and_keep(key, render).await;
        };
        // Spawned, so that the render goes on after this request has had the old tile.
        let fresh = tokio::spawn(self.clone().render_and_keep(key, render));
        match tokio::time::timeout(STALE_AFTER, fresh).await {
            Ok(Ok(rendered)) => {
                metrics::counter!("tile_cache_requests_total", "result" => "miss").increment(1);
                rendered
            }
            Ok(Err(join)) => Err(Arc::new(crate::ApiError::internal(join))),
            Err(_slow) => {
                metrics::counter!("tile_cache_requests_total", "result" => "stale").increment(1);
                Ok(old)
            }
        }
    }

    async fn render_and_keep<F>(self, key: TileKey, render: F) -> Rendered
    where
        F: Future<Output = Result<Arc<Tile>, crate::ApiError>>,
    {
        let epoch = self.epoch.load(Ordering::Acquire);
        let tile = self.tiles.try_get_with(key, render).await?;
        if self.epoch.load(Ordering::Acquire) == epoch {
            self.stale.invalidate(&key).await;
        } else {
            // A write landed while it rendered: serve it, but do not keep it.
            self.tiles.invalidate(&key).await;
        }
        Ok(tile)
    }

    /// Evicts every tile of `layer`, at every zoom, whose buffered area touches the
    /// lon/lat box.
    pub async fn evict(&self, layer: Layer, min: (f64, f64), max: (f64, f64), how: Eviction) {
        self.epoch.fetch_add(1, Ordering::AcqRel);
        let margin =
            f64::from(waymark_store::tiles::BUFFER) / f64::from(waymark_store::tiles::EXTENT);
        let mut narrow = Vec::new();
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
                            narrow.push(TileKey {
                                layer,
                                coord,
                                audience,
                            });
                        }
                    }
                }
            }
        }
        let in_wide = move |key: &TileKey| {
            key.layer == layer
                && wide.iter().any(|(z, xs, ys)| {
                    key.coord.z() == *z
                        && (xs[0]..=xs[1]).contains(&key.coord.x())
                        && (ys[0]..=ys[1]).contains(&key.coord.y())
                })
        };
        match how {
            Eviction::Hard => {
                for key in &narrow {
                    self.tiles.invalidate(key).await;
                    self.stale.invalidate(key).await;
                }
                let in_wide = Arc::new(in_wide);
                let also = Arc::clone(&in_wide);
                let _ = self.tiles.invalidate_entries_if(move |key, _| in_wide(key));
                let _ = self.stale.invalidate_entries_if(move |key, _| also(key));
            }
            Eviction::Soft => {
                // Wide areas are found by walking the cache: a soft eviction is a rare,
                // large write (a response), and the old tiles' bytes are needed.
                let wide_keys: Vec<TileKey> = self
                    .tiles
                    .iter()
                    .filter(|(key, _)| in_wide(key))
                    .map(|(key, _)| *key)
                    .collect();
                for key in narrow.into_iter().chain(wide_keys) {
                    if let Some(old) = self.tiles.remove(&key).await {
                        self.stale.insert(key, old).await;
                    }
                }
            }
        }
        self.epoch.fetch_add(1, Ordering::AcqRel);
    }

    /// Forgets everything, e.g. after missing notifications while reconnecting.
    pub fn clear(&self) {
        self.epoch.fetch_add(1, Ordering::AcqRel);
        self.tiles.invalidate_all();
        self.stale.invalidate_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::sync::oneshot;

    fn key() -> TileKey {
        TileKey {
            layer: Layer::Contributions,
            coord: TileCoord::new(14, 8157, 5409).expect("a tile over Fishermead"),
            audience: Audience::Public,
        }
    }

    fn tile(bytes: &[u8]) -> Arc<Tile> {
        Arc::new(Tile::new(bytes))
    }

    /// A render that finishes when the test says so.
    fn held(
        bytes: &'static [u8],
    ) -> (
        oneshot::Sender<()>,
        impl Future<Output = Result<Arc<Tile>, crate::ApiError>> + Send + 'static,
    ) {
        let (go, wait) = oneshot::channel();
        (go, async move {
            let _ = wait.await;
            Ok(tile(bytes))
        })
    }

    async fn ready(bytes: &'static [u8]) -> Result<Arc<Tile>, crate::ApiError> {
        Ok(tile(bytes))
    }

    /// The tile over Fishermead's middle, cached as `old`.
    async fn cached_old() -> TileCache {
        let cache = TileCache::new(1 << 20);
        cache
            .get_or_render(key(), ready(b"old"))
            .await
            .expect("renders");
        cache
    }

    const FISHERMEAD: (f64, f64) = (-0.749, 52.035);

    /// What a request gets, failing (not hanging) if it waits on the held render.
    async fn within_seconds(
        cache: &TileCache,
        render: impl Future<Output = Result<Arc<Tile>, crate::ApiError>> + Send + 'static,
    ) -> Arc<Tile> {
        tokio::time::timeout(Duration::from_secs(5), cache.get_or_render(key(), render))
            .await
            .expect("answered without waiting for the held render")
            .expect("served")
    }

    // Real time (a quarter of a second): with the clock paused, a request stuck on the
    // held render would hang the test instead of failing it.
    #[tokio::test]
    async fn a_softly_evicted_tile_stands_in_while_the_new_one_is_slow() {
        let cache = cached_old().await;
        cache
            .evict(Layer::Contributions, FISHERMEAD, FISHERMEAD, Eviction::Soft)
            .await;
        let (go, slow) = held(b"new");
        let served = cache.get_or_render(key(), slow).await.expect("served");
        assert_eq!(
            served.etag,
            tile(b"old").etag,
            "the old tile after STALE_AFTER"
        );

        // The render went on without the request; once done, it is what is served.
        go.send(()).expect("the render is still waiting");
        let (_never, unused) = held(b"other");
        let served = cache.get_or_render(key(), unused).await.expect("served");
        assert_eq!(served.etag, tile(b"new").etag);
        let served = cache
            .get_or_render(key(), ready(b"third"))
            .await
            .expect("served");
        assert_eq!(served.etag, tile(b"new").etag, "kept in the cache");
    }

    #[tokio::test(start_paused = true)]
    async fn a_quick_render_after_a_soft_eviction_is_served_fresh() {
        let cache = cached_old().await;
        cache
            .evict(Layer::Contributions, FISHERMEAD, FISHERMEAD, Eviction::Soft)
            .await;
        let served = cache
            .get_or_render(key(), ready(b"new"))
            .await
            .expect("served");
        assert_eq!(served.etag, tile(b"new").etag);
    }

    #[tokio::test(start_paused = true)]
    async fn a_hard_eviction_never_serves_the_old_tile() {
        let cache = cached_old().await;
        // Soft first, then hard: the hard one also forgets the stand-in.
        for how in [Eviction::Soft, Eviction::Hard] {
            cache
                .evict(Layer::Contributions, FISHERMEAD, FISHERMEAD, how)
                .await;
        }
        let (go, slow) = held(b"new");
        let request = tokio::spawn({
            let cache = cache.clone();
            async move { cache.get_or_render(key(), slow).await }
        });
        tokio::time::sleep(STALE_AFTER * 4).await;
        assert!(!request.is_finished(), "it waits for the new tile");
        go.send(()).expect("the render is still waiting");
        let served = request.await.expect("joins").expect("served");
        assert_eq!(served.etag, tile(b"new").etag);
    }

    // Real time (a quarter of a second): with the clock paused, a request stuck on the
    // held render would hang the test instead of failing it.
    #[tokio::test]
    async fn a_wide_soft_eviction_keeps_the_old_tiles_too() {
        let cache = cached_old().await;
        // A box over all of Milton Keynes: more than 64 tiles at z14.
        cache
            .evict(
                Layer::Contributions,
                (-0.86, 51.98),
                (-0.65, 52.10),
                Eviction::Soft,
            )
            .await;
        let (_go, slow) = held(b"new");
        let served = within_seconds(&cache, slow).await;
        assert_eq!(served.etag, tile(b"old").etag);
    }
}

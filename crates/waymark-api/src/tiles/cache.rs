//! The tile cache: gzip bytes with a precomputed strong ETag, evicted precisely when a
//! write touches a tile. Only the gzip copy is kept (browsers and map clients all ask
//! for it), so the cache holds about three times as many tiles as raw bytes would.
//!
//! Tiles never wait on a write (stale-while-revalidate): a write that adds pins or
//! changes only what pins say (a new pin, an official response's status on thousands of
//! pins) marks the tiles that show them stale instead of dropping them. A request for a
//! stale tile gets the stale bytes at once, and ONE render of the new tile starts in the
//! background; when it lands, the new tile (and its new ETag) is served. A tile may stay
//! stale for at most [`STALE_MAX`] (a setting): a request for one stale for longer waits
//! for the new tile, sharing the render already running. A write that removes, moves or
//! rewords pins evicts hard: the old tile is never served again.
//!
//! While writes keep coming (a busy workshop), a re-render is often overtaken by the next
//! write and lands stale itself. The tile then renders again no sooner than a quarter of
//! the bound later ([`TileCache::refresh`]), not back to back: the low-zoom tiles that
//! every pin touches would otherwise render without a pause and take the machine from
//! the requests they were meant to spare.
//!
//! Renders are checked against the evictions that happened while they ran, tile by
//! tile: a render that started before a write to its tile is kept as the stale tile
//! (soft) or dropped (hard), never as the fresh one; writes elsewhere do not touch it.
//!
//! An eviction may carry the primary's WAL position after the write that caused it (the
//! relay sends it; a writing process reads it). A render is handed the newest position
//! of the evictions that touched its tile, so that a render on a read replica first waits
//! until the replica has replayed that write (`replicas`): a tile re-rendered from a
//! replica that is behind would be the old tile, cached as the new one.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::HeaderValue;
use bytes::Bytes;
use moka::future::Cache;
use tokio::time::Instant;
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

/// How long a changed tile may still be served, by default (`WAYMARK_TILE_STALE_MS`).
pub const STALE_MAX: Duration = Duration::from_secs(2);
/// How long a stale tile is kept in memory at most.
const STALE_FOR: Duration = Duration::from_secs(60);
/// Evictions remembered for the renders running meanwhile; a render that outlives this
/// many is not kept.
const EVICTIONS_KEPT: usize = 4096;

/// How an eviction treats the tiles it drops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eviction {
    /// Pins went, moved or were reworded: the old tile must never be served again.
    Hard,
    /// Only what pins say changed: the old tile may stand in while the new one
    /// renders, for a bounded time.
    Soft,
    /// Pins came: soft for the bubble tiles (below [`TileCache::stale_pins_below`]'s
    /// zoom, costly to render), hard for the pin tiles, so that a new pin shows at once
    /// where it is drawn as a pin.
    Added,
}

type Rendered = Result<Arc<Tile>, Arc<crate::ApiError>>;

/// A tile a write has changed: served until its new version lands, or until it has
/// been stale too long.
struct Stale {
    tile: Arc<Tile>,
    /// When the first write it does not show was heard of.
    since: Instant,
    /// Its re-render starts no sooner than this.
    render_from: Instant,
    /// Set while its re-render runs: one at a time.
    rendering: AtomicBool,
}

/// What the cache holds for a tile a request asks for.
enum Found {
    Fresh(Arc<Tile>),
    /// Changed by a write less than the stale bound ago.
    Stale(Arc<Stale>),
    Nothing,
}

/// A stale tile given as the answer (counted as such).
fn stale_answer(old: &Stale) -> Arc<Tile> {
    metrics::counter!("tile_cache_requests_total", "result" => "stale").increment(1);
    old.tile.clone()
}

impl Stale {
    /// A tile a write has just changed: its re-render may start at once.
    fn new(tile: Arc<Tile>, since: Instant) -> Arc<Self> {
        Self::render_from(tile, since, Instant::now())
    }

    fn render_from(tile: Arc<Tile>, since: Instant, render_from: Instant) -> Arc<Self> {
        Arc::new(Self {
            tile,
            since,
            render_from,
            rendering: AtomicBool::new(false),
        })
    }
}

/// One eviction, remembered for the renders that were running when it happened.
#[derive(Debug, Clone)]
struct Evicted {
    epoch: u64,
    zooms: std::ops::RangeInclusive<u8>,
    at: Instant,
    /// `None`: every layer (the cache was cleared).
    layer: Option<Layer>,
    min: (f64, f64),
    max: (f64, f64),
    how: Eviction,
    /// The WAL position after the write that caused it, when known.
    lsn: Option<u64>,
}

impl Evicted {
    fn covers(&self, key: &TileKey) -> bool {
        let Some(layer) = self.layer else {
            return true;
        };
        if layer != key.layer || !self.zooms.contains(&key.coord.z()) {
            return false;
        }
        let (xs, ys) = TileCoord::range(self.min, self.max, key.coord.z(), margin());
        (xs[0]..=xs[1]).contains(&key.coord.x()) && (ys[0]..=ys[1]).contains(&key.coord.y())
    }
}

#[derive(Default)]
struct Evictions {
    recent: VecDeque<Evicted>,
    /// The newest epoch no longer in `recent`.
    forgotten: u64,
    /// The newest WAL position of those no longer in `recent`.
    forgotten_lsn: Option<u64>,
}

/// What happened to a tile since a render of it started.
enum Since {
    Unchanged,
    /// Softly changed, first at this instant.
    Stale(Instant),
    /// Evicted hard (or too long ago to tell).
    Gone,
}

/// The buffer round a tile, as a fraction of its width: pins that near it are drawn.
fn margin() -> f64 {
    f64::from(waymark_store::tiles::BUFFER) / f64::from(waymark_store::tiles::EXTENT)
}

/// Cheap to clone: the clones share one cache.
#[derive(Clone)]
pub struct TileCache {
    tiles: Cache<TileKey, Arc<Tile>>,
    /// Tiles a write changed, served while their new version renders.
    stale: Cache<TileKey, Arc<Stale>>,
    /// Bumped by every eviction.
    epoch: Arc<AtomicU64>,
    evictions: Arc<Mutex<Evictions>>,
    stale_max: Duration,
    /// New pins mark tiles below this zoom stale and evict the others.
    stale_pins_below: u8,
}

impl TileCache {
    pub fn new(max_bytes: u64) -> Self {
        Self::with_stale_max(max_bytes, STALE_MAX)
    }

    /// A cache that serves a changed tile for at most `stale_max` while it renders.
    pub fn with_stale_max(max_bytes: u64, stale_max: Duration) -> Self {
        Self {
            tiles: Cache::builder()
                .max_capacity(max_bytes)
                .weigher(|_, tile: &Arc<Tile>| tile.weight())
                .support_invalidation_closures()
                .build(),
            stale: Cache::builder()
                .max_capacity(max_bytes / 4)
                .weigher(|_, stale: &Arc<Stale>| stale.tile.weight())
                .time_to_live(STALE_FOR)
                .support_invalidation_closures()
                .build(),
            epoch: Arc::default(),
            evictions: Arc::default(),
            stale_max,
            stale_pins_below: 13,
        }
    }

    /// New pins mark the tiles below zoom `z` (bubbles) stale, and evict the others.
    #[must_use]
    pub fn stale_pins_below(mut self, z: u8) -> Self {
        self.stale_pins_below = z;
        self
    }

    /// The pause between a re-render that a write overtook and the next one: a quarter
    /// of the stale bound, so that the tile is still at most the bound behind when the
    /// next render lands (while renders take less than three eighths of the bound).
    pub fn refresh(&self) -> Duration {
        self.stale_max / 4
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

    /// The cached tile, or else a stale one still within the bound.
    async fn find(&self, key: &TileKey) -> Found {
        if let Some(tile) = self.hit(key).await {
            return Found::Fresh(tile);
        }
        match self.stale.get(key).await {
            Some(old) if old.since.elapsed() < self.stale_max => Found::Stale(old),
            _ => Found::Nothing,
        }
    }

    /// What a request gets at once with nothing to start: the cached tile, or a stale one
    /// within the bound whose re-render is running or not yet due (counted as stale).
    /// None when a render must wait or start: the caller then asks [`Self::get_or_render`].
    pub async fn at_once(&self, key: &TileKey) -> Option<Arc<Tile>> {
        match self.find(key).await {
            Found::Fresh(tile) => Some(tile),
            Found::Stale(old)
                if Instant::now() < old.render_from || old.rendering.load(Ordering::Acquire) =>
            {
                Some(stale_answer(&old))
            }
            Found::Stale(_) | Found::Nothing => None,
        }
    }

    /// The cached tile, or the one `render` makes. Concurrent misses of one tile share
    /// one render. A tile a write changed less than the stale bound ago is answered at
    /// once with its old bytes, and one render of the new one starts in the background.
    pub async fn get_or_render<F>(&self, key: TileKey, render: F) -> Rendered
    where
        F: Future<Output = Result<Arc<Tile>, crate::ApiError>> + Send + 'static,
    {
        self.get_or_render_at(key, |_| render).await
    }

    /// As [`Self::get_or_render`], with `render` told the newest WAL position of the
    /// writes that evicted this tile (`None`: none known), which its data must include.
    pub async fn get_or_render_at<R, F>(&self, key: TileKey, render: R) -> Rendered
    where
        R: FnOnce(Option<u64>) -> F + Send + 'static,
        F: Future<Output = Result<Arc<Tile>, crate::ApiError>> + Send + 'static,
    {
        match self.find(&key).await {
            Found::Fresh(tile) => Ok(tile),
            Found::Stale(old) => {
                if Instant::now() >= old.render_from && !old.rendering.swap(true, Ordering::AcqRel)
                {
                    tokio::spawn(self.clone().render_and_keep(key, render));
                }
                Ok(stale_answer(&old))
            }
            Found::Nothing => {
                metrics::counter!("tile_cache_requests_total", "result" => "miss").increment(1);
                self.clone().render_and_keep(key, render).await
            }
        }
    }

    async fn render_and_keep<R, F>(self, key: TileKey, render: R) -> Rendered
    where
        R: FnOnce(Option<u64>) -> F,
        F: Future<Output = Result<Arc<Tile>, crate::ApiError>>,
    {
        let (epoch, lsn) = self.written_at(&key);
        let started = Instant::now();
        let rendered = self.tiles.try_get_with(key, render(lsn)).await;
        let tile = match rendered {
            Ok(tile) => tile,
            Err(error) => {
                if let Some(stale) = self.stale.get(&key).await {
                    stale.rendering.store(false, Ordering::Release);
                }
                return Err(error);
            }
        };
        match self.since(&key, epoch) {
            Since::Unchanged => {
                // The new tile has landed: what it replaces goes (unless a write has
                // made it stale again meanwhile).
                if let Some(stale) = self.stale.get(&key).await
                    && stale.since <= started
                {
                    self.stale.invalidate(&key).await;
                }
            }
            Since::Stale(at) => {
                // A write landed while it rendered: newer than the stale tile, but not
                // fresh. It stands in from now on; a request renders again after a pause.
                self.tiles.invalidate(&key).await;
                let again = Instant::now() + self.refresh();
                self.stale
                    .insert(key, Stale::render_from(tile.clone(), at, again))
                    .await;
            }
            Since::Gone => self.tiles.invalidate(&key).await,
        }
        Ok(tile)
    }

    /// The epoch now and the newest WAL position of the evictions that touched `key`,
    /// read together: an eviction after this shows as a newer epoch.
    pub fn written_at(&self, key: &TileKey) -> (u64, Option<u64>) {
        let evictions = self
            .evictions
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let epoch = self.epoch.load(Ordering::Acquire);
        let lsn = evictions
            .recent
            .iter()
            .filter(|e| e.lsn.is_some() && e.covers(key))
            .filter_map(|e| e.lsn)
            .chain(evictions.forgotten_lsn)
            .max();
        (epoch, lsn)
    }

    /// How `key` was evicted since `epoch`.
    fn since(&self, key: &TileKey, epoch: u64) -> Since {
        if self.epoch.load(Ordering::Acquire) == epoch {
            return Since::Unchanged;
        }
        let evictions = self
            .evictions
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if evictions.forgotten > epoch {
            return Since::Gone;
        }
        let mut first = None;
        for e in evictions
            .recent
            .iter()
            .filter(|e| e.epoch > epoch && e.covers(key))
        {
            if e.how != Eviction::Soft {
                return Since::Gone;
            }
            first.get_or_insert(e.at);
        }
        first.map_or(Since::Unchanged, Since::Stale)
    }

    fn remember(
        &self,
        layer: Option<Layer>,
        zooms: std::ops::RangeInclusive<u8>,
        (min, max): ((f64, f64), (f64, f64)),
        how: Eviction,
        lsn: Option<u64>,
    ) {
        let mut evictions = self
            .evictions
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Under the lock, so that `recent` is in epoch order.
        let epoch = self.epoch.fetch_add(1, Ordering::AcqRel) + 1;
        evictions.recent.push_back(Evicted {
            epoch,
            zooms,
            at: Instant::now(),
            layer,
            min,
            max,
            how,
            lsn,
        });
        while evictions.recent.len() > EVICTIONS_KEPT {
            if let Some(old) = evictions.recent.pop_front() {
                evictions.forgotten = old.epoch;
                evictions.forgotten_lsn = evictions.forgotten_lsn.max(old.lsn);
            }
        }
    }

    /// Evicts every tile of `layer`, at every zoom, whose buffered area touches the
    /// lon/lat box: at once (hard), or marked stale (soft).
    pub async fn evict(&self, layer: Layer, min: (f64, f64), max: (f64, f64), how: Eviction) {
        self.evict_at(layer, (min, max), how, None).await;
    }

    /// As [`Self::evict`], for a write that the primary's WAL holds up to `lsn`: the
    /// tiles' next renders must include it.
    pub async fn evict_at(
        &self,
        layer: Layer,
        (min, max): ((f64, f64), (f64, f64)),
        how: Eviction,
        lsn: Option<u64>,
    ) {
        if how == Eviction::Added {
            let below = self.stale_pins_below.min(MAX_ZOOM + 1);
            if below > 0 {
                self.evict_zooms(layer, 0..=below - 1, (min, max), Eviction::Soft, lsn)
                    .await;
            }
            if below <= MAX_ZOOM {
                self.evict_zooms(layer, below..=MAX_ZOOM, (min, max), Eviction::Hard, lsn)
                    .await;
            }
        } else {
            self.evict_zooms(layer, 0..=MAX_ZOOM, (min, max), how, lsn)
                .await;
        }
    }

    async fn evict_zooms(
        &self,
        layer: Layer,
        zooms: std::ops::RangeInclusive<u8>,
        (min, max): ((f64, f64), (f64, f64)),
        how: Eviction,
        lsn: Option<u64>,
    ) {
        self.remember(Some(layer), zooms.clone(), (min, max), how, lsn);
        let margin = margin();
        let mut narrow = Vec::new();
        let mut wide = Vec::new();
        for z in zooms {
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
        let has_wide = !wide.is_empty();
        let in_wide = move |key: &TileKey| {
            key.layer == layer
                && wide.iter().any(|(z, xs, ys)| {
                    key.coord.z() == *z
                        && (xs[0]..=xs[1]).contains(&key.coord.x())
                        && (ys[0]..=ys[1]).contains(&key.coord.y())
                })
        };
        match how {
            Eviction::Hard | Eviction::Added => {
                for key in &narrow {
                    self.tiles.invalidate(key).await;
                    self.stale.invalidate(key).await;
                }
                // A pin's own area is a few tiles a zoom: no walk of the cache for it.
                if has_wide {
                    let in_wide = Arc::new(in_wide);
                    let also = Arc::clone(&in_wide);
                    let _ = self.tiles.invalidate_entries_if(move |key, _| in_wide(key));
                    let _ = self.stale.invalidate_entries_if(move |key, _| also(key));
                }
            }
            Eviction::Soft => {
                // Wide areas are found by walking the cache: the old tiles' bytes are
                // needed. A tile already stale stays stale since its first write.
                let wide_keys: Vec<TileKey> = if has_wide {
                    self.tiles
                        .iter()
                        .filter(|(key, _)| in_wide(key))
                        .map(|(key, _)| *key)
                        .collect()
                } else {
                    Vec::new()
                };
                let now = Instant::now();
                for key in narrow.into_iter().chain(wide_keys) {
                    if let Some(old) = self.tiles.remove(&key).await {
                        self.stale.insert(key, Stale::new(old, now)).await;
                    }
                }
            }
        }
    }

    /// Forgets everything, e.g. after missing notifications while reconnecting.
    pub fn clear(&self) {
        self.remember(
            None,
            0..=MAX_ZOOM,
            ((0.0, 0.0), (0.0, 0.0)),
            Eviction::Hard,
            None,
        );
        self.tiles.invalidate_all();
        self.stale.invalidate_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
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

    type Render =
        std::pin::Pin<Box<dyn Future<Output = Result<Arc<Tile>, crate::ApiError>> + Send>>;

    /// A render that finishes when the test says so.
    fn held(bytes: &'static [u8]) -> (oneshot::Sender<()>, Render) {
        let (go, wait) = oneshot::channel();
        (
            go,
            Box::pin(async move {
                let _ = wait.await;
                Ok(tile(bytes))
            }),
        )
    }

    /// A render that counts how often it ran.
    fn counted(bytes: &'static [u8], runs: &Arc<AtomicUsize>) -> Render {
        let runs = runs.clone();
        Box::pin(async move {
            runs.fetch_add(1, Ordering::SeqCst);
            Ok(tile(bytes))
        })
    }

    fn ready(bytes: &'static [u8]) -> Render {
        Box::pin(async move { Ok(tile(bytes)) })
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

    async fn request(cache: &TileCache, render: Render) -> Arc<Tile> {
        cache.get_or_render(key(), render).await.expect("served")
    }

    /// Lets spawned tasks run until the cache holds a fresh tile (no clock involved).
    async fn until_fresh(cache: &TileCache) -> Arc<Tile> {
        for _ in 0..10_000 {
            if let Some(tile) = cache.tiles.get(&key()).await {
                return tile;
            }
            tokio::task::yield_now().await;
        }
        panic!("the new tile never landed");
    }

    // The clock is paused and only moves when a test says so: `elapsed` is exact.
    #[tokio::test(start_paused = true)]
    async fn a_stale_tile_is_served_at_once_while_one_render_runs_and_then_the_new_etag() {
        let cache = cached_old().await;
        cache
            .evict(Layer::Contributions, FISHERMEAD, FISHERMEAD, Eviction::Soft)
            .await;
        let (go, slow) = held(b"new");
        // The render is held: a request that waited on it would never return.
        assert_eq!(request(&cache, slow).await.etag, tile(b"old").etag);
        let runs = Arc::new(AtomicUsize::new(0));
        for _ in 0..5 {
            let served = request(&cache, counted(b"other", &runs)).await;
            assert_eq!(served.etag, tile(b"old").etag, "still the stale tile");
        }
        assert_eq!(runs.load(Ordering::SeqCst), 0, "one re-render per tile");

        go.send(()).expect("the render is still waiting");
        until_fresh(&cache).await;
        let served = request(&cache, counted(b"third", &runs)).await;
        assert_eq!(
            served.etag,
            tile(b"new").etag,
            "the ETag changes when it lands"
        );
        assert_eq!(runs.load(Ordering::SeqCst), 0, "kept in the cache");
    }

    /// The hot path's question: answered at once only when nothing needs starting.
    #[tokio::test(start_paused = true)]
    async fn a_stale_tile_is_answered_at_once_only_while_its_render_runs_or_waits() {
        let cache = cached_old().await;
        assert_eq!(
            cache.at_once(&key()).await.expect("fresh").etag,
            tile(b"old").etag
        );
        cache
            .evict(Layer::Contributions, FISHERMEAD, FISHERMEAD, Eviction::Soft)
            .await;
        assert!(cache.at_once(&key()).await.is_none(), "a render is due");
        let (go, slow) = held(b"new");
        assert_eq!(request(&cache, slow).await.etag, tile(b"old").etag);
        assert_eq!(
            cache.at_once(&key()).await.expect("rendering").etag,
            tile(b"old").etag
        );
        tokio::time::advance(STALE_MAX).await;
        assert!(cache.at_once(&key()).await.is_none(), "beyond the bound");
        go.send(()).expect("the render is still waiting");
        until_fresh(&cache).await;
        assert_eq!(
            cache.at_once(&key()).await.expect("fresh").etag,
            tile(b"new").etag
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_tile_stale_beyond_the_bound_is_waited_for_and_shares_the_render() {
        let cache = cached_old().await;
        cache
            .evict(Layer::Contributions, FISHERMEAD, FISHERMEAD, Eviction::Soft)
            .await;
        let (go, slow) = held(b"new");
        assert_eq!(request(&cache, slow).await.etag, tile(b"old").etag);

        tokio::time::advance(STALE_MAX - Duration::from_millis(1)).await;
        let runs = Arc::new(AtomicUsize::new(0));
        let served = request(&cache, counted(b"other", &runs)).await;
        assert_eq!(served.etag, tile(b"old").etag, "just inside the bound");

        tokio::time::advance(Duration::from_millis(1)).await;
        let waiting = tokio::spawn({
            let cache = cache.clone();
            let render = counted(b"other", &runs);
            async move { request(&cache, render).await }
        });
        for _ in 0..100 {
            tokio::task::yield_now().await;
        }
        assert!(!waiting.is_finished(), "beyond the bound it waits");
        go.send(()).expect("the render is still waiting");
        let served = waiting.await.expect("joins");
        assert_eq!(served.etag, tile(b"new").etag);
        assert_eq!(
            runs.load(Ordering::SeqCst),
            0,
            "it shared the render running"
        );
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
        let waiting = tokio::spawn({
            let cache = cache.clone();
            async move { request(&cache, slow).await }
        });
        for _ in 0..100 {
            tokio::task::yield_now().await;
        }
        assert!(!waiting.is_finished(), "it waits for the new tile");
        go.send(()).expect("the render is still waiting");
        assert_eq!(waiting.await.expect("joins").etag, tile(b"new").etag);
    }

    #[tokio::test(start_paused = true)]
    async fn a_render_overtaken_by_a_write_to_its_tile_is_only_the_stale_tile() {
        let cache = TileCache::new(1 << 20);
        let (go, slow) = held(b"before the write");
        let first = tokio::spawn({
            let cache = cache.clone();
            async move { request(&cache, slow).await }
        });
        tokio::task::yield_now().await;
        cache
            .evict(Layer::Contributions, FISHERMEAD, FISHERMEAD, Eviction::Soft)
            .await;
        go.send(()).expect("the render is still waiting");
        assert_eq!(
            first.await.expect("joins").etag,
            tile(b"before the write").etag
        );
        // Not fresh: the next requests have it at once, and render again only after a
        // pause (writes that keep coming must not keep a render running all the time).
        let runs = Arc::new(AtomicUsize::new(0));
        for _ in 0..3 {
            let served = request(&cache, counted(b"too soon", &runs)).await;
            assert_eq!(served.etag, tile(b"before the write").etag);
        }
        tokio::time::advance(cache.refresh() - Duration::from_millis(1)).await;
        let served = request(&cache, counted(b"too soon", &runs)).await;
        assert_eq!(served.etag, tile(b"before the write").etag);
        for _ in 0..100 {
            tokio::task::yield_now().await;
        }
        assert_eq!(runs.load(Ordering::SeqCst), 0, "no render within the pause");

        tokio::time::advance(Duration::from_millis(1)).await;
        let served = request(&cache, counted(b"after the write", &runs)).await;
        assert_eq!(served.etag, tile(b"before the write").etag);
        assert_eq!(
            until_fresh(&cache).await.etag,
            tile(b"after the write").etag
        );
        assert_eq!(runs.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_write_elsewhere_does_not_spoil_a_render() {
        let cache = TileCache::new(1 << 20);
        let (go, slow) = held(b"fresh");
        let first = tokio::spawn({
            let cache = cache.clone();
            async move { request(&cache, slow).await }
        });
        tokio::task::yield_now().await;
        // A pin in Bletchley: other tiles at this zoom.
        let bletchley = (-0.735, 51.995);
        for how in [Eviction::Soft, Eviction::Hard] {
            cache
                .evict(Layer::Contributions, bletchley, bletchley, how)
                .await;
        }
        go.send(()).expect("the render is still waiting");
        first.await.expect("joins");
        let runs = Arc::new(AtomicUsize::new(0));
        assert_eq!(
            request(&cache, counted(b"again", &runs)).await.etag,
            tile(b"fresh").etag
        );
        assert_eq!(runs.load(Ordering::SeqCst), 0, "a hit");
    }

    #[tokio::test(start_paused = true)]
    async fn a_new_pin_marks_bubble_tiles_stale_and_evicts_pin_tiles() {
        let cache = TileCache::new(1 << 20).stale_pins_below(13);
        let bubbles = TileKey {
            coord: TileCoord::new(10, 509, 338).expect("a z10 tile over Milton Keynes"),
            ..key()
        };
        for k in [key(), bubbles] {
            cache
                .get_or_render(k, ready(b"old"))
                .await
                .expect("renders");
        }
        cache
            .evict(
                Layer::Contributions,
                FISHERMEAD,
                FISHERMEAD,
                Eviction::Added,
            )
            .await;
        let (_go, slow) = held(b"new");
        let served = cache.get_or_render(bubbles, slow).await.expect("served");
        assert_eq!(
            served.etag,
            tile(b"old").etag,
            "z10: the stale bubbles at once"
        );
        let runs = Arc::new(AtomicUsize::new(0));
        let served = request(&cache, counted(b"with the pin", &runs)).await;
        assert_eq!(
            served.etag,
            tile(b"with the pin").etag,
            "z14: rendered again"
        );
        assert_eq!(runs.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_render_is_told_the_newest_wal_position_of_the_writes_to_its_tile() {
        let cache = TileCache::new(1 << 20);
        let told = |cache: &TileCache| {
            let cache = cache.clone();
            async move {
                let (tx, rx) = oneshot::channel();
                cache
                    .get_or_render_at(key(), move |lsn| {
                        let _ = tx.send(lsn);
                        ready(b"tile")
                    })
                    .await
                    .expect("renders");
                rx.await.expect("rendered")
            }
        };
        assert_eq!(told(&cache).await, None, "no write known");
        let bletchley = (-0.735, 51.995);
        for (at, lsn) in [(FISHERMEAD, 7), (FISHERMEAD, 5), (bletchley, 9)] {
            cache
                .evict_at(Layer::Contributions, (at, at), Eviction::Hard, Some(lsn))
                .await;
        }
        assert_eq!(
            told(&cache).await,
            Some(7),
            "the newest write to this tile; not the one elsewhere"
        );
    }

    #[tokio::test(start_paused = true)]
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
        assert_eq!(request(&cache, slow).await.etag, tile(b"old").etag);
    }
}

// The names of the field page's runtime caches (Cache Storage). The service worker's rules
// in vite.config.ts answer from them, and the page's map keeper (keep.ts) fills the map
// cache ahead of time: both read the names from here so that they cannot drift apart.

/** `/style.json`, network first: the last style the phone saw, for when it has no signal. */
export const STYLE_CACHE = 'waymark-field-style';

/** What the kept map draws: basemap and neighbourhood tiles, glyphs and the sprite. */
export const MAP_CACHE = 'waymark-field-map';

/** Contribution tiles, network first: pins change often, so the cache is only a fallback. */
export const PINS_CACHE = 'waymark-field-pins';

/**
 * At most this many entries in the map cache (oldest used go first). The keeper keeps at
 * most KEEP_MAX_TILES of them for the plan area; the rest is room for what the mobiliser
 * looks at besides, so that browsing never pushes the kept area out.
 */
export const MAP_CACHE_ENTRIES = 4000;
export const KEEP_MAX_TILES = 2500;

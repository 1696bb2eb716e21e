//! A real basemap for any plan: an OpenStreetMap extract imported with osm2pgsql into the
//! `basemap` tiles, or a PMTiles archive served by Waymark itself. The extracts are tiny
//! OSM XML files written here and converted with osmium; the archives are written here
//! with the `pmtiles` crate. Nothing is downloaded.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use mvt_reader::Reader;
use mvt_reader::feature::Value as MvtValue;
use serde_json::Value;
use sqlx::PgPool;
use waymark::import::basemap::{BasemapError, import_pmtiles};
use waymark_osm::{OsmError, import_osm};
use waymark_tests::{TestApp, database_url, gunzip, osm_town_xml};

const PLAN: &str = "milton-keynes";
/// Central Milton Keynes, inside the demo plan.
const HERE: (f64, f64) = (-0.760, 52.040);

/// A directory of its own for one test, removed when it ends.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!(
            "waymark-basemap-test-{}",
            uuid::Uuid::new_v4().simple()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The OSM XML as an `.osm.pbf`, converted by osmium.
fn pbf(scratch: &Scratch, name: &str, xml: &str) -> PathBuf {
    let source = scratch.path(&format!("{name}.osm"));
    let out = scratch.path(&format!("{name}.osm.pbf"));
    std::fs::write(&source, xml).unwrap();
    let status = std::process::Command::new("osmium")
        .arg("cat")
        .arg(&source)
        .arg("-o")
        .arg(&out)
        .arg("--overwrite")
        .status()
        .expect("osmium (Debian package osmium-tool) is installed");
    assert!(status.success(), "osmium converts the extract");
    out
}

/// The tile x/y holding a point at zoom z.
fn tile_of(lon: f64, lat: f64, z: u8) -> (u32, u32) {
    let n = f64::from(1u32 << z);
    let x = ((lon + 180.0) / 360.0 * n).floor();
    let r = lat.to_radians();
    let y = ((1.0 - (r.tan() + 1.0 / r.cos()).ln() / std::f64::consts::PI) / 2.0 * n).floor();
    (x as u32, y as u32)
}

/// Each MVT layer of a tile and its features' `class` and `name`.
type Layers = BTreeMap<String, Vec<(Option<String>, Option<String>)>>;

fn decode(raw: Vec<u8>) -> Layers {
    let reader = Reader::new(raw).expect("a valid MVT");
    let text = |props: &std::collections::HashMap<String, MvtValue>, key: &str| match props.get(key)
    {
        Some(MvtValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    reader
        .get_layer_names()
        .expect("layer names")
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let features = reader
                .get_features(i)
                .expect("features")
                .into_iter()
                .map(|f| {
                    let props = f.properties.unwrap_or_default();
                    (text(&props, "class"), text(&props, "name"))
                })
                .collect();
            (name, features)
        })
        .collect()
}

fn classes(layers: &Layers, layer: &str) -> BTreeSet<String> {
    layers
        .get(layer)
        .into_iter()
        .flatten()
        .filter_map(|(class, _)| class.clone())
        .collect()
}

fn names(layers: &Layers, layer: &str) -> BTreeSet<String> {
    layers
        .get(layer)
        .into_iter()
        .flatten()
        .filter_map(|(_, name)| name.clone())
        .collect()
}

async fn basemap_tile(app: &TestApp, z: u8) -> Layers {
    basemap_tile_at(app, HERE, z).await
}

async fn basemap_tile_at(app: &TestApp, (lon, lat): (f64, f64), z: u8) -> Layers {
    let (x, y) = tile_of(lon, lat, z);
    let (status, _, raw) = app
        .fetch_tile(&format!("/tiles/basemap/{z}/{x}/{y}.mvt"))
        .await;
    assert_eq!(status, 200, "basemap tile {z}/{x}/{y}");
    decode(raw)
}

/// Waits until the server listens for tile invalidations, so that a tile cached from now
/// on is dropped only by a notification (not by the listener's first clean sweep).
async fn invalidations_heard(pool: &PgPool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let listening: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity
              WHERE datname = current_database() AND query ILIKE 'LISTEN%waymark_tiles%'",
        )
        .fetch_one(pool)
        .await
        .unwrap();
        if listening > 0 {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "no tile listener");
        tokio::task::yield_now().await;
    }
}

async fn plan_basemap(pool: &PgPool) -> String {
    sqlx::query_scalar("SELECT basemap FROM plans WHERE slug = $1")
        .bind(PLAN)
        .fetch_one(pool)
        .await
        .unwrap()
}

async fn osm_names(pool: &PgPool) -> BTreeSet<String> {
    sqlx::query_scalar::<_, String>(
        "SELECT coalesce(name, layer) FROM basemap_features WHERE source = 'osm'",
    )
    .fetch_all(pool)
    .await
    .unwrap()
    .into_iter()
    .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_osm_extract_becomes_the_plans_basemap_layered_by_zoom(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let scratch = Scratch::new();
    let extract = pbf(&scratch, "town", &osm_town_xml(HERE.0, HERE.1, "Test Road"));
    invalidations_heard(&app.pool).await;
    // Before: the demo's hand-drawn basemap, now in the same layers (a grid road is primary).
    let before = basemap_tile(&app, 12).await;
    assert!(
        classes(&before, "transportation").contains("primary"),
        "{before:?}"
    );
    assert!(names(&before, "transportation").contains("H6 Childs Way"));

    let kept = import_osm(&app.pool, &database_url(&app.pool), PLAN, &extract)
        .await
        .expect("the extract is imported");
    // The lane 50 km away is outside the plan's map area: left out.
    assert_eq!(kept, 6);
    assert!(!osm_names(&app.pool).await.contains("Distant Lane"));
    assert_eq!(plan_basemap(&app.pool).await, "osm");

    // The cached tile was dropped: the plan's map is now the extract, not the drawing.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let z12 = loop {
        let tile = basemap_tile(&app, 12).await;
        if names(&tile, "transportation").contains("Test Road") {
            break tile;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the stale tile stayed"
        );
        tokio::task::yield_now().await;
    };
    assert_eq!(
        classes(&z12, "transportation"),
        BTreeSet::from(["minor".to_owned(), "primary".to_owned()])
    );
    assert_eq!(
        names(&z12, "transportation"),
        BTreeSet::from(["Acacia Avenue".to_owned(), "Test Road".to_owned()])
    );
    assert_eq!(
        classes(&z12, "waterway"),
        BTreeSet::from(["river".to_owned()])
    );
    assert_eq!(
        classes(&z12, "landcover"),
        BTreeSet::from(["park".to_owned()])
    );
    assert_eq!(
        names(&z12, "place"),
        BTreeSet::from(["Testville".to_owned()])
    );
    assert!(!z12.contains_key("building"), "no buildings at 12: {z12:?}");

    // The building's tile, by Acacia Avenue.
    let z15 = basemap_tile_at(&app, (HERE.0 - 0.0047, HERE.1 + 0.0021), 15).await;
    assert_eq!(z15["building"].len(), 1, "{z15:?}");
    assert!(names(&z15, "transportation").contains("Acacia Avenue"));

    // The plan's style draws it, credited to OpenStreetMap; the server's style still works.
    let (status, style) = app.get_json(&format!("/style.json?plan={PLAN}")).await;
    assert_eq!(status, 200);
    let source = &style["sources"]["basemap"];
    assert!(
        source["tiles"][0]
            .as_str()
            .unwrap()
            .ends_with("/tiles/basemap/{z}/{x}/{y}.mvt")
    );
    assert_eq!(source["attribution"], "© OpenStreetMap contributors");
    let source_layers: BTreeSet<&str> = style["layers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["source"] == "basemap")
        .filter_map(|l| l["source-layer"].as_str())
        .collect();
    for layer in z15.keys() {
        assert!(source_layers.contains(layer.as_str()), "{layer} is styled");
    }
    let (status, whole) = app.get_json("/style.json").await;
    assert_eq!(status, 200);
    assert!(
        whole["sources"]["basemap"]["attribution"]
            .as_str()
            .unwrap()
            .contains("OpenStreetMap")
    );
    // TileJSON names every layer of the tile, buildings from zoom 14.
    let (_, tilejson) = app.get_json("/tiles/basemap.json").await;
    let described: BTreeMap<&str, u64> = tilejson["vector_layers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["id"].as_str().unwrap(), l["minzoom"].as_u64().unwrap()))
        .collect();
    for layer in z15.keys() {
        assert!(
            described.contains_key(layer.as_str()),
            "{layer} is described"
        );
    }
    assert_eq!(described["building"], 14);
    let (status, problem) = app.get_json("/style.json?plan=nowhere").await;
    assert_eq!((status, problem["code"].as_str()), (404, Some("not_found")));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_extract_outside_the_plans_area_is_refused_and_changes_nothing(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let scratch = Scratch::new();
    let url = database_url(&app.pool);
    // A town in the Alps: nothing of it near Milton Keynes.
    let far = pbf(&scratch, "far", &osm_town_xml(10.0, 46.5, "Alpine Road"));
    let refused = import_osm(&app.pool, &url, PLAN, &far).await;
    assert!(
        matches!(refused, Err(OsmError::OutsidePlan(_))),
        "{refused:?}"
    );
    assert_eq!(plan_basemap(&app.pool).await, "own");
    assert!(osm_names(&app.pool).await.is_empty());

    // A plan with an OSM basemap keeps it, feature for feature.
    let near = pbf(&scratch, "near", &osm_town_xml(HERE.0, HERE.1, "Test Road"));
    import_osm(&app.pool, &url, PLAN, &near).await.unwrap();
    let before = osm_names(&app.pool).await;
    let refused = import_osm(&app.pool, &url, PLAN, &far).await.unwrap_err();
    assert!(refused.to_string().contains("outside plan"), "{refused}");
    assert_eq!(osm_names(&app.pool).await, before);
    assert_eq!(plan_basemap(&app.pool).await, "osm");

    // A file that is not an extract, and a plan that does not exist.
    let junk = scratch.path("junk.osm.pbf");
    std::fs::write(&junk, b"not an extract").unwrap();
    assert!(matches!(
        import_osm(&app.pool, &url, PLAN, &junk).await,
        Err(OsmError::Unreadable(_))
    ));
    assert!(matches!(
        import_osm(&app.pool, &url, "nowhere", &near).await,
        Err(OsmError::NoPlan(_))
    ));
    assert_eq!(osm_names(&app.pool).await, before);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn importing_again_replaces_the_plans_osm_basemap(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let scratch = Scratch::new();
    let url = database_url(&app.pool);
    let first = pbf(&scratch, "first", &osm_town_xml(HERE.0, HERE.1, "Old Road"));
    let second = pbf(
        &scratch,
        "second",
        &osm_town_xml(HERE.0, HERE.1, "New Road"),
    );
    import_osm(&app.pool, &url, PLAN, &first).await.unwrap();
    let kept = import_osm(&app.pool, &url, PLAN, &second).await.unwrap();
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM basemap_features WHERE source = 'osm'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(count, i64::try_from(kept).unwrap());
    let names = osm_names(&app.pool).await;
    assert!(
        names.contains("New Road") && !names.contains("Old Road"),
        "{names:?}"
    );
    let z12 = basemap_tile(&app, 12).await;
    assert!(names_in(&z12).contains("New Road") && !names_in(&z12).contains("Old Road"));
}

fn names_in(layers: &Layers) -> BTreeSet<String> {
    layers.keys().flat_map(|l| names(layers, l)).collect()
}

/// A PMTiles archive of `tiles` (z, x, y, raw MVT) with these layer names, covering `bounds`.
fn archive(
    path: &Path,
    layers: &[&str],
    bounds: [f64; 4],
    tiles: &[(u8, u32, u32, Vec<u8>)],
) -> PathBuf {
    let vector_layers: Vec<Value> = layers
        .iter()
        .map(|id| serde_json::json!({ "id": id, "fields": {} }))
        .collect();
    let metadata = serde_json::json!({
        "vector_layers": vector_layers, "attribution": "Test archive © OpenStreetMap contributors"
    });
    let [w, s, e, n] = bounds;
    let mut writer = pmtiles::PmTilesWriter::new(pmtiles::TileType::Mvt)
        .min_zoom(10)
        .max_zoom(14)
        .bounds(w, s, e, n)
        .metadata(metadata.to_string())
        .create(std::fs::File::create(path).unwrap())
        .unwrap();
    for (z, x, y, raw) in tiles {
        writer
            .add_tile(pmtiles::TileCoord::new(*z, *x, *y).unwrap(), raw)
            .unwrap();
    }
    writer.finalize().unwrap();
    path.to_owned()
}

async fn spawn_with_basemap_dir(pool: PgPool, dir: &Path) -> TestApp {
    let mut conn = pool.acquire().await.unwrap();
    waymark::seed::load_plan(&mut conn)
        .await
        .expect("plan seed");
    drop(conn);
    TestApp::spawn_with(
        pool,
        waymark_api::ApiConfig {
            basemap_dir: dir.to_owned(),
            ..Default::default()
        },
    )
    .await
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_pmtiles_archive_is_served_for_its_plan_and_its_style_switches(pool: PgPool) {
    let scratch = Scratch::new();
    let store = scratch.path("basemaps");
    let app = spawn_with_basemap_dir(pool, &store).await;
    // Two tiles of Waymark's own basemap, as an archive of them would hold.
    let (x, y) = tile_of(HERE.0, HERE.1, 12);
    let (_, _, raw) = app
        .fetch_tile(&format!("/tiles/basemap/12/{x}/{y}.mvt"))
        .await;
    let (x13, y13) = tile_of(HERE.0, HERE.1, 13);
    let (_, _, raw13) = app
        .fetch_tile(&format!("/tiles/basemap/13/{x13}/{y13}.mvt"))
        .await;
    let file = archive(
        &scratch.path("mk.pmtiles"),
        &["water", "waterway", "landcover", "transportation"],
        [-1.0, 51.8, -0.5, 52.3],
        &[(12, x, y, raw.clone()), (13, x13, y13, raw13)],
    );
    let info = import_pmtiles(&app.pool, &store, PLAN, &file)
        .await
        .unwrap();
    assert_eq!(
        (info.schema, info.min_zoom, info.max_zoom),
        ("waymark", 10, 14)
    );
    assert_eq!(plan_basemap(&app.pool).await, "pmtiles");

    let (_, style) = app.get_json(&format!("/style.json?plan={PLAN}")).await;
    let source = &style["sources"]["basemap"];
    let template = source["tiles"][0].as_str().unwrap();
    assert_eq!(
        template,
        app.url(&format!(
            "/tiles/basemap-pmtiles/{PLAN}/{{z}}/{{x}}/{{y}}.mvt"
        ))
    );
    assert_eq!(
        (source["minzoom"].as_u64(), source["maxzoom"].as_u64()),
        (Some(10), Some(14))
    );
    assert_eq!(
        source["attribution"],
        "Test archive © OpenStreetMap contributors"
    );
    assert!(
        style["layers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["source-layer"] == "transportation")
    );

    // The tile as stored (gzip), with an ETag that revalidates; plain for clients without gzip.
    let path = format!("/tiles/basemap-pmtiles/{PLAN}/12/{x}/{y}.mvt");
    let gz = app
        .client
        .get(app.url(&path))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(gz.status(), 200);
    assert_eq!(gz.headers()["content-encoding"], "gzip");
    assert_eq!(
        gz.headers()["content-type"],
        "application/vnd.mapbox-vector-tile"
    );
    assert_eq!(gz.headers()["cache-control"], "public, no-cache");
    let etag = gz.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(gunzip(&gz.bytes().await.unwrap()), raw);
    let plain = app.client.get(app.url(&path)).send().await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain = plain.bytes().await.unwrap().to_vec();
    assert_eq!(plain, raw);
    assert!(classes(&decode(plain), "transportation").contains("primary"));
    let again = app
        .client
        .get(app.url(&path))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);

    // Where the archive has no tile: empty, like any other layer; no archive: not found.
    let (status, _, _) = app
        .fetch_tile(&format!(
            "/tiles/basemap-pmtiles/{PLAN}/12/{}/{y}.mvt",
            x + 1
        ))
        .await;
    assert_eq!(status, 204);
    let (status, _, _) = app
        .fetch_tile("/tiles/basemap-pmtiles/nowhere/12/0/0.mvt")
        .await;
    assert_eq!(status, 404);

    // A second archive, of the Protomaps basemap's layers, replaces the first: the style
    // draws those layers and the first file is gone.
    let first: Vec<PathBuf> = std::fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(first.len(), 1);
    let protomaps = archive(
        &scratch.path("protomaps.pmtiles"),
        &["earth", "water", "landuse", "roads", "buildings", "places"],
        [-1.0, 51.8, -0.5, 52.3],
        &[(12, x, y, raw)],
    );
    import_pmtiles(&app.pool, &store, PLAN, &protomaps)
        .await
        .unwrap();
    assert!(!first[0].exists(), "the replaced archive is deleted");
    let (_, style) = app.get_json(&format!("/style.json?plan={PLAN}")).await;
    let styled: BTreeSet<&str> = style["layers"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["source-layer"].as_str())
        .collect();
    for layer in ["earth", "water", "landuse", "roads", "buildings", "places"] {
        assert!(styled.contains(layer), "{layer} is styled: {styled:?}");
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_bad_or_distant_archive_is_refused_and_changes_nothing(pool: PgPool) {
    let scratch = Scratch::new();
    let store = scratch.path("basemaps");
    let app = spawn_with_basemap_dir(pool, &store).await;
    let (x, y) = tile_of(HERE.0, HERE.1, 12);
    let (_, _, raw) = app
        .fetch_tile(&format!("/tiles/basemap/12/{x}/{y}.mvt"))
        .await;

    let junk = scratch.path("junk.pmtiles");
    std::fs::write(&junk, vec![7u8; 4096]).unwrap();
    let elsewhere = archive(
        &scratch.path("alps.pmtiles"),
        &["transportation"],
        [9.0, 46.0, 11.0, 47.0],
        &[(12, x, y, raw.clone())],
    );
    let unknown = archive(
        &scratch.path("unknown.pmtiles"),
        &["streets", "lakes"],
        [-1.0, 51.8, -0.5, 52.3],
        &[(12, x, y, raw)],
    );
    for (file, expected) in [
        (&junk, "Unreadable"),
        (&elsewhere, "OutsidePlan"),
        (&unknown, "Unreadable"),
    ] {
        let refused = import_pmtiles(&app.pool, &store, PLAN, file)
            .await
            .unwrap_err();
        let kind = match &refused {
            BasemapError::Unreadable(_) => "Unreadable",
            BasemapError::OutsidePlan(_) => "OutsidePlan",
            _ => "other",
        };
        assert_eq!(kind, expected, "{}: {refused}", file.display());
    }
    assert_eq!(plan_basemap(&app.pool).await, "own");
    let archives: i64 = sqlx::query_scalar("SELECT count(*) FROM basemap_archives")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(archives, 0);
    assert!(
        !store.exists() || std::fs::read_dir(&store).unwrap().next().is_none(),
        "no file was kept"
    );
    let (_, style) = app.get_json(&format!("/style.json?plan={PLAN}")).await;
    assert!(
        style["sources"]["basemap"]["tiles"][0]
            .as_str()
            .unwrap()
            .ends_with("/tiles/basemap/{z}/{x}/{y}.mvt")
    );
}

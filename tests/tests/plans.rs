//! A second plan from real boundary data: admins create Testville (near Lichfield) and
//! load its neighbourhoods from GeoPackage, Shapefile and GeoJSON files written here
//! with GDAL; pins, tiles and OGC then keep it apart from Milton Keynes. Bad files are
//! refused with the feature or pair named, and change nothing.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use mvt_reader::Reader;
use mvt_reader::feature::Value as MvtValue;
use reqwest::Client;
use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_boundaries::Options;
use waymark_tests::{TestApp, feature_at, osm_town_xml, visitor};

/// Testville's neighbourhoods: three squares of about 1.4 × 1.1 km that share edges.
const MINSTER_POOL: [f64; 4] = [-1.84, 52.65, -1.82, 52.66];
const BOLEY_PARK: [f64; 4] = [-1.82, 52.65, -1.80, 52.66];
const CURBOROUGH: [f64; 4] = [-1.84, 52.66, -1.82, 52.67];
/// The z12 tile that holds all of Testville (and nothing of Milton Keynes).
const TESTVILLE_TILE: &str = "12/2027/1340";
const MILTON_KEYNES_TILE: &str = "12/2039/1352";
/// z13 tiles, where pins are single points (below it they are counted in bubbles),
/// holding Testville's three pins and the one in Fishermead.
const TESTVILLE_PINS_TILE: &str = "13/4054/2681";
const FISHERMEAD_PINS_TILE: &str = "13/4078/2704";

fn ring([w, s, e, n]: [f64; 4]) -> Value {
    json!([[[w, s], [e, s], [e, n], [w, n], [w, s]]])
}

fn polygon(name: &str, coordinates: Value) -> Value {
    json!({
        "type": "Feature",
        "properties": { "name": name, "ward_code": format!("E0{}", name.len()) },
        "geometry": { "type": "Polygon", "coordinates": coordinates },
    })
}

fn square(name: &str, bbox: [f64; 4]) -> Value {
    polygon(name, ring(bbox))
}

fn collection(features: Vec<Value>) -> Value {
    json!({ "type": "FeatureCollection", "features": features })
}

fn testville() -> Value {
    collection(vec![
        square("Minster Pool", MINSTER_POOL),
        square("Boley Park", BOLEY_PARK),
        square("Curborough", CURBOROUGH),
    ])
}

/// A scratch directory for the files a test writes with GDAL.
struct Files(tempfile::TempDir);

impl Files {
    fn new() -> Self {
        Self(tempfile::tempdir().expect("a temporary directory"))
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.path().join(name)
    }

    fn geojson(&self, name: &str, collection: &Value) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, collection.to_string()).expect("write GeoJSON");
        path
    }

    /// `ogr2ogr ARGS… OUT IN`, which must succeed; the bytes of OUT.
    fn ogr2ogr(&self, out: &str, source: &Path, args: &[&str]) -> Vec<u8> {
        let out = self.path(out);
        let status = Command::new("ogr2ogr")
            .args(args)
            .arg(&out)
            .arg(source)
            .status()
            .expect("ogr2ogr runs (gdal-bin)");
        assert!(status.success(), "ogr2ogr {args:?}");
        std::fs::read(&out).expect("ogr2ogr's output")
    }

    fn geopackage(&self, collection: &Value) -> Vec<u8> {
        let source = self.geojson("in.geojson", collection);
        self.ogr2ogr(
            "testville.gpkg",
            &source,
            &["-f", "GPKG", "-nln", "testville"],
        )
    }

    /// A zipped Shapefile (GDAL writes `.shp.zip` itself), in `srs` when given.
    fn zipped_shapefile(&self, name: &str, collection: &Value, srs: Option<&str>) -> Vec<u8> {
        let source = self.geojson(&format!("{name}.geojson"), collection);
        let mut args = vec!["-f", "ESRI Shapefile", "-nln", "wards"];
        if let Some(srs) = srs {
            args.extend(["-t_srs", srs]);
        }
        self.ogr2ogr(&format!("{name}.shp.zip"), &source, &args)
    }
}

async fn admin(app: &TestApp) -> Client {
    app.signed_in("admin").await
}

async fn create(app: &TestApp, client: &Client, body: &Value) -> (u16, Value, Option<String>) {
    let response = client
        .post(app.url("/api/v1/plans"))
        .json(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned());
    (status, response.json().await.unwrap(), location)
}

async fn upload(
    app: &TestApp,
    client: &Client,
    plan: &str,
    content_type: &str,
    query: &str,
    body: Vec<u8>,
) -> (u16, Value) {
    let response = client
        .put(app.url(&format!("/api/v1/plans/{plan}/neighbourhoods{query}")))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

async fn post_pin(app: &TestApp, plan: &str, title: &str, lon: f64, lat: f64) -> (u16, Value) {
    let response = visitor()
        .post(app.url(&format!("/api/v1/plans/{plan}/contributions")))
        .header("content-type", "application/geo+json")
        .body(feature_at(title, lon, lat).to_string())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

/// Each layer of a tile with the properties of its features; empty for a 204.
async fn tile(
    app: &TestApp,
    layer: &str,
    zxy: &str,
) -> (String, HashMap<String, Vec<HashMap<String, MvtValue>>>) {
    let response = app
        .client
        .get(app.url(&format!("/tiles/{layer}/{zxy}.mvt")))
        .send()
        .await
        .unwrap();
    let etag = response
        .headers()
        .get("etag")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    if response.status() == 204 {
        return (etag, HashMap::new());
    }
    assert_eq!(response.status(), 200, "{layer} {zxy}");
    let reader = Reader::new(response.bytes().await.unwrap().to_vec()).expect("a valid MVT");
    let layers = reader
        .get_layer_metadata()
        .expect("layers")
        .into_iter()
        .map(|l| {
            let features = reader
                .get_features(l.layer_index)
                .expect("features")
                .into_iter()
                .map(|f| f.properties.unwrap_or_default())
                .collect();
            (l.name, features)
        })
        .collect();
    (etag, layers)
}

fn texts(features: &[HashMap<String, MvtValue>], key: &str) -> HashSet<String> {
    features
        .iter()
        .map(|f| match &f[key] {
            MvtValue::String(s) => s.clone(),
            other => panic!("{key} is not text: {other:?}"),
        })
        .collect()
}

fn set(items: &[&str]) -> HashSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

async fn neighbourhood_names(app: &TestApp, plan: &str) -> HashSet<String> {
    let body = app
        .get_ok(&app.client, &format!("/api/v1/plans/{plan}/neighbourhoods"))
        .await;
    body["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["name"].as_str().unwrap().to_owned())
        .collect()
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {value}"))
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn testville_from_a_geopackage_keeps_its_pins_tiles_and_features_apart_from_milton_keynes(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = admin(&app).await;
    let (status, plan, location) = create(
        &app,
        &admin,
        &json!({ "slug": "testville", "title": "Testville", "description": "A town near Lichfield" }),
    )
    .await;
    assert_eq!(status, 201, "{plan}");
    assert_eq!(location.as_deref(), Some("/api/v1/plans/testville"));
    assert_eq!(plan["boundary"]["coordinates"], json!([]));
    // Until it has neighbourhoods, Testville has no area: no pin can be placed.
    let (status, problem) = post_pin(&app, "testville", "Too early", -1.83, 52.655).await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (422, Some("outside_plan"))
    );

    let files = Files::new();
    let (status, report) = upload(
        &app,
        &admin,
        "testville",
        "application/geopackage+sqlite3",
        "",
        files.geopackage(&testville()),
    )
    .await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(
        (
            report["layer"].as_str(),
            report["name_field"].as_str(),
            report["source_crs"].as_str()
        ),
        (Some("testville"), Some("name"), Some("WGS 84"))
    );
    assert_eq!(
        strings(&report["created"]),
        ["Minster Pool", "Boley Park", "Curborough"]
    );
    assert_eq!(report["plan_area_from_neighbourhoods"], true);
    assert_eq!(report["repaired"], json!([]));
    assert_eq!(
        neighbourhood_names(&app, "testville").await,
        set(&["Minster Pool", "Boley Park", "Curborough"])
    );
    // The plan's area became the union of its neighbourhoods.
    let plan = app.get_ok(&app.client, "/api/v1/plans/testville").await;
    let bbox: Vec<f64> = serde_json::from_value(plan["bbox"].clone()).unwrap();
    for (got, want) in bbox.iter().zip([-1.84, 52.65, -1.80, 52.67]) {
        assert!((got - want).abs() < 1e-9, "{bbox:?}");
    }

    // Pins land in the neighbourhood they are in.
    let mut testville_pins = HashSet::new();
    for (title, lon, lat, slug) in [
        ("By the pool", -1.83, 52.655, "minster-pool"),
        ("Park bench", -1.81, 52.655, "boley-park"),
        ("Curborough hall", -1.83, 52.665, "curborough"),
    ] {
        let (status, pin) = post_pin(&app, "testville", title, lon, lat).await;
        assert_eq!(status, 201, "{pin}");
        assert_eq!(pin["properties"]["neighbourhood"], slug, "{title}");
        testville_pins.insert(pin["id"].as_str().unwrap().to_owned());
    }
    let (status, mk_pin) = post_pin(&app, "milton-keynes", "In Fishermead", -0.749, 52.035).await;
    assert_eq!(status, 201);
    let mk_pin = mk_pin["id"].as_str().unwrap().to_owned();
    // Neither plan takes a pin in the other's area.
    assert_eq!(
        post_pin(&app, "testville", "Wrong town", -0.749, 52.035)
            .await
            .0,
        422
    );
    assert_eq!(
        post_pin(&app, "milton-keynes", "Wrong town", -1.83, 52.655)
            .await
            .0,
        422
    );

    // A small OpenStreetMap extract around Testville, uploaded as an admin would, becomes
    // its basemap; Milton Keynes keeps its own.
    let extract = osm_town_xml(-1.82, 52.66, "Testville High Street");
    let imported = admin
        .put(app.url("/api/v1/plans/testville/basemap/osm"))
        .header("content-type", "application/xml")
        .body(extract)
        .send()
        .await
        .unwrap();
    assert_eq!(imported.status(), 200);
    let plan = app.get_ok(&app.client, "/api/v1/plans/testville").await;
    assert_eq!(plan["basemap"], "osm");
    let mk = app.get_ok(&app.client, "/api/v1/plans/milton-keynes").await;
    assert_eq!(mk["basemap"], "own");
    let (_, streets) = tile(&app, "basemap", TESTVILLE_TILE).await;
    assert_eq!(
        streets.keys().cloned().collect::<HashSet<_>>(),
        set(&["transportation", "waterway", "landcover", "place"])
    );
    let names = |features: &[HashMap<String, MvtValue>]| -> HashSet<String> {
        features
            .iter()
            .filter_map(|f| match f.get("name") {
                Some(MvtValue::String(s)) => Some(s.clone()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        names(&streets["transportation"]),
        set(&["Testville High Street", "Acacia Avenue"])
    );
    assert_eq!(names(&streets["place"]), set(&["Testville"]));
    let (_, mk_streets) = tile(&app, "basemap", MILTON_KEYNES_TILE).await;
    assert!(
        !mk_streets.is_empty(),
        "Milton Keynes keeps its drawn basemap"
    );
    for features in mk_streets.values() {
        let mk_names = names(features);
        assert!(!mk_names.contains("Testville High Street"), "{mk_names:?}");
        assert!(!mk_names.contains("Testville"), "{mk_names:?}");
    }

    // The API lists each plan's own pins and neighbourhoods only.
    let ids = |body: &Value| -> HashSet<String> {
        body["features"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let listed = app
        .get_ok(
            &app.client,
            "/api/v1/plans/testville/contributions?limit=100",
        )
        .await;
    assert_eq!(ids(&listed), testville_pins);
    let listed = app
        .get_ok(
            &app.client,
            "/api/v1/plans/milton-keynes/contributions?limit=100",
        )
        .await;
    assert_eq!(ids(&listed), set(&[&mk_pin]));
    let mk_names = neighbourhood_names(&app, "milton-keynes").await;
    assert!(mk_names.contains("Fishermead"));
    assert!(mk_names.is_disjoint(&neighbourhood_names(&app, "testville").await));

    // Tiles over Testville hold Testville's pins and neighbourhoods, and the reverse.
    let (_, pins) = tile(&app, "contributions", TESTVILLE_PINS_TILE).await;
    assert_eq!(pins.keys().collect::<Vec<_>>(), ["contributions"]);
    assert_eq!(texts(&pins["contributions"], "id"), testville_pins);
    let (_, areas) = tile(&app, "neighbourhoods", TESTVILLE_TILE).await;
    assert_eq!(
        areas.keys().cloned().collect::<HashSet<_>>(),
        set(&["neighbourhoods", "neighbourhood_labels"])
    );
    assert_eq!(
        texts(&areas["neighbourhoods"], "name"),
        set(&["Minster Pool", "Boley Park", "Curborough"])
    );
    assert_eq!(texts(&areas["neighbourhoods"], "plan"), set(&["testville"]));
    assert_eq!(
        texts(&areas["neighbourhood_labels"], "slug"),
        set(&["minster-pool", "boley-park", "curborough"])
    );
    let (_, pins) = tile(&app, "contributions", FISHERMEAD_PINS_TILE).await;
    assert_eq!(texts(&pins["contributions"], "id"), set(&[&mk_pin]));
    let (_, areas) = tile(&app, "neighbourhoods", MILTON_KEYNES_TILE).await;
    assert_eq!(
        texts(&areas["neighbourhoods"], "plan"),
        set(&["milton-keynes"])
    );

    // OGC API: the neighbourhoods collection spans both towns and serves Testville's.
    let collection = app
        .get_ok(&app.client, "/ogc/collections/neighbourhoods")
        .await;
    let extent: Vec<f64> =
        serde_json::from_value(collection["extent"]["spatial"]["bbox"][0].clone()).unwrap();
    assert!(
        extent[0] <= -1.84 && extent[2] >= -0.7 && extent[1] <= 52.0 && extent[3] >= 52.67,
        "{extent:?}"
    );
    let items = app
        .get_ok(
            &app.client,
            "/ogc/collections/neighbourhoods/items?bbox=-1.85,52.64,-1.79,52.68",
        )
        .await;
    let plans: Vec<&str> = items["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["plan"].as_str().unwrap())
        .collect();
    assert_eq!(plans, ["testville"; 3]);
    let items = app
        .get_ok(
            &app.client,
            "/ogc/collections/neighbourhoods/items?bbox=-0.85,51.95,-0.65,52.10&limit=100",
        )
        .await;
    assert!(
        items["features"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["properties"]["plan"] == "milton-keynes")
    );

    // Both steps are in the audit log.
    let audit = app.get_ok(&admin, "/api/v1/audit?target=testville").await;
    let actions: Vec<&str> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "plan.basemap_import",
            "plan.import_neighbourhoods",
            "plan.create"
        ]
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn reimporting_moves_boundaries_keeps_ids_replaces_pins_and_lists_those_left_outside(
    pool: PgPool,
) {
    // The command line's own functions: create the plan, import a GeoJSON in British
    // National Grid that names its projection.
    waymark::plans::create(&pool, "testville", "Testville", "", None, true, "post")
        .await
        .unwrap();
    let files = Files::new();
    let source = files.geojson("wgs84.geojson", &testville());
    files.ogr2ogr(
        "bng.geojson",
        &source,
        &[
            "-f",
            "GeoJSON",
            "-t_srs",
            "EPSG:27700",
            "-lco",
            "RFC7946=NO",
        ],
    );
    let report = waymark::plans::import_neighbourhoods(
        &pool,
        "testville",
        &files.path("bng.geojson"),
        &Options::default(),
    )
    .await
    .unwrap();
    assert_eq!(
        report.source_crs.as_deref(),
        Some("OSGB36 / British National Grid")
    );
    assert!(
        waymark::plans::summary(&report)
            .contains("reprojected from OSGB36 / British National Grid to WGS 84")
    );
    // Reprojected back to where the squares were drawn.
    let corners: (f64, f64, f64, f64) = sqlx::query_as(
        "SELECT ST_XMin(boundary), ST_YMin(boundary), ST_XMax(boundary), ST_YMax(boundary)
           FROM neighbourhoods WHERE slug = 'boley-park'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let [w, s, e, n] = BOLEY_PARK;
    for (got, want) in [
        (corners.0, w),
        (corners.1, s),
        (corners.2, e),
        (corners.3, n),
    ] {
        assert!((got - want).abs() < 1e-6, "{corners:?}");
    }

    let app = TestApp::spawn(pool).await;
    let admin = admin(&app).await;
    let (_, a) = post_pin(&app, "testville", "South of the old line", -1.83, 52.661).await;
    let (_, b) = post_pin(&app, "testville", "North end", -1.83, 52.667).await;
    let (_, c) = post_pin(&app, "testville", "Park bench", -1.81, 52.655).await;
    assert_eq!(a["properties"]["neighbourhood"], "curborough");
    assert_eq!(b["properties"]["neighbourhood"], "curborough");
    let email: String = sqlx::query_scalar(
        "INSERT INTO subscriptions (plan_id, email, neighbourhood_id, frequency, confirm_digest, unsubscribe_token)
         SELECT plan_id, 'follower@example.org', id, 'weekly', '\\x00', 'unsubscribe-boley'
           FROM neighbourhoods WHERE slug = 'boley-park' RETURNING email",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let ids_before: Vec<(String, String)> =
        sqlx::query_as("SELECT slug, id::text FROM neighbourhoods ORDER BY slug")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    let (etag_before, _) = tile(&app, "neighbourhoods", TESTVILLE_TILE).await;

    // Minster Pool grows north over half of Curborough, which moves east: a zipped
    // Shapefile this time.
    let moved = collection(vec![
        square("Minster Pool", [-1.84, 52.65, -1.82, 52.6625]),
        square("Boley Park", BOLEY_PARK),
        square("Curborough", [-1.82, 52.66, -1.80, 52.67]),
    ]);
    let (status, report) = upload(
        &app,
        &admin,
        "testville",
        "application/zip",
        "",
        files.zipped_shapefile("moved", &moved, None),
    )
    .await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["created"], json!([]));
    assert_eq!(report["deleted"], json!([]));
    assert_eq!(
        strings(&report["updated"]),
        ["Minster Pool", "Boley Park", "Curborough"]
    );
    assert_eq!(
        report["pins_outside"],
        json!([{ "id": b["id"], "title": "North end" }])
    );
    let ids_after: Vec<(String, String)> =
        sqlx::query_as("SELECT slug, id::text FROM neighbourhoods ORDER BY slug")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(ids_after, ids_before);
    let placed = |pin: &Value| format!("/api/v1/contributions/{}", pin["id"].as_str().unwrap());
    let a_now = app.get_ok(&app.client, &placed(&a)).await;
    assert_eq!(a_now["properties"]["neighbourhood"], "minster-pool");
    let b_now = app.get_ok(&app.client, &placed(&b)).await;
    assert_eq!(b_now["properties"]["title"], "North end");
    let c_now = app.get_ok(&app.client, &placed(&c)).await;
    assert_eq!(c_now["properties"]["neighbourhood"], "boley-park");
    // The plan's area followed: the new Curborough takes pins.
    assert_eq!(
        post_pin(&app, "testville", "New corner", -1.81, 52.665)
            .await
            .0,
        201
    );
    // The cached tile was dropped: a new one shows the new boundaries.
    let (etag_after, _) = tile(&app, "neighbourhoods", TESTVILLE_TILE).await;
    assert_ne!(etag_after, etag_before);

    // A file without Boley Park removes it; its follower now follows its old area.
    let without = collection(vec![
        square("Minster Pool", MINSTER_POOL),
        square("Curborough", CURBOROUGH),
    ]);
    let (status, report) = upload(
        &app,
        &admin,
        "testville",
        "application/geo+json",
        "",
        without.to_string().into_bytes(),
    )
    .await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(strings(&report["deleted"]), ["Boley Park"]);
    assert_eq!(report["subscriptions_kept_as_areas"], 1);
    let outside: HashSet<String> = report["pins_outside"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["title"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(outside, set(&["Park bench", "New corner"]));
    let followed: (Option<String>, bool) = sqlx::query_as(
        "SELECT neighbourhood_id::text, ST_Equals(area, ST_Multi(ST_MakeEnvelope(-1.82, 52.65, -1.80, 52.66, 4326)))
           FROM subscriptions WHERE email = $1",
    )
    .bind(&email)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(followed, (None, true));
    let pins: i64 = sqlx::query_scalar("SELECT count(*) FROM contributions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(pins, 4, "no pin is lost");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_self_intersecting_boundary_is_repaired_and_said_so(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let admin = admin(&app).await;
    let (status, _, _) = create(
        &app,
        &admin,
        &json!({ "slug": "testville", "title": "Testville" }),
    )
    .await;
    assert_eq!(status, 201);
    let [w, s, e, n] = CURBOROUGH;
    let bow_tie = json!([[[w, s], [e, n], [e, s], [w, n], [w, s]]]);
    let file = collection(vec![
        square("Minster Pool", MINSTER_POOL),
        polygon("Curborough", bow_tie),
    ]);
    let (status, report) = upload(
        &app,
        &admin,
        "testville",
        "application/geo+json",
        "",
        file.to_string().into_bytes(),
    )
    .await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["repaired"][0]["name"], "Curborough");
    assert!(
        report["repaired"][0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("Self-intersection"),
        "{report}"
    );
    let (valid, parts): (bool, i32) = sqlx::query_as(
        "SELECT ST_IsValid(boundary), ST_NumGeometries(boundary) FROM neighbourhoods WHERE slug = 'curborough'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((valid, parts), (true, 2), "two triangles");
}

/// Everything an import could change, to compare before and after a refused one.
async fn snapshot(pool: &PgPool) -> (String, String, i64) {
    sqlx::query_as(
        "SELECT (SELECT string_agg(n.slug || ' ' || n.name || ' ' || ST_AsText(n.boundary), '; ' ORDER BY n.slug)
                   FROM neighbourhoods n JOIN plans p ON p.id = n.plan_id WHERE p.slug = 'testville'),
                (SELECT ST_AsText(boundary) FROM plans WHERE slug = 'testville'),
                (SELECT count(*) FROM audit_log WHERE action = 'plan.import_neighbourhoods')",
    )
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn bad_boundary_files_are_refused_with_what_is_wrong_named_and_change_nothing(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let admin = admin(&app).await;
    create(
        &app,
        &admin,
        &json!({ "slug": "testville", "title": "Testville" }),
    )
    .await;
    let files = Files::new();
    let (status, _) = upload(
        &app,
        &admin,
        "testville",
        "application/geopackage+sqlite3",
        "",
        files.geopackage(&testville()),
    )
    .await;
    assert_eq!(status, 200);
    let before = snapshot(&app.pool).await;

    let [w, s, e, _] = BOLEY_PARK;
    let flat = json!([[[w, s], [(w + e) / 2.0, s], [e, s], [w, s]]]);
    let unrepairable = collection(vec![
        square("Minster Pool", MINSTER_POOL),
        polygon("Flat Field", flat),
    ]);
    let overlapping = collection(vec![
        square("Minster Pool", MINSTER_POOL),
        square("Boley Park", BOLEY_PARK),
        square("Pool Side", [-1.83, 52.655, -1.81, 52.665]),
    ]);
    let unnamed = json!({ "type": "FeatureCollection", "features": [
        { "type": "Feature", "properties": { "label": "Minster Pool", "ward_code": "E01" },
          "geometry": { "type": "Polygon", "coordinates": ring(MINSTER_POOL) } },
    ]});
    let geojson = |v: &Value| v.to_string().into_bytes();
    // (case, content type, query, file, what the problem's detail must say)
    type Case<'a> = (&'a str, &'a str, &'a str, Vec<u8>, Vec<&'a str>);
    let cases: Vec<Case> = vec![
        (
            "a feature that cannot be repaired",
            "application/geo+json",
            "",
            geojson(&unrepairable),
            vec!["'Flat Field' cannot be repaired into an area"],
        ),
        (
            "overlapping neighbourhoods",
            "application/geo+json",
            "",
            geojson(&overlapping),
            vec![
                "'Minster Pool' and 'Pool Side' overlap",
                "'Boley Park' and 'Pool Side' overlap",
            ],
        ),
        (
            "no name field",
            "application/geo+json",
            "",
            geojson(&unnamed),
            vec!["no name field", "'label', 'ward_code'"],
        ),
        (
            "a chosen name field that is not there",
            "application/geopackage+sqlite3",
            "?name_field=ward",
            files.geopackage(&testville()),
            vec!["no field 'ward'", "'name', 'ward_code'"],
        ),
        (
            "projected coordinates and no projection",
            "application/zip",
            "",
            {
                // A Shapefile in British National Grid whose .prj is lost on the way.
                files.zipped_shapefile("bng", &testville(), Some("EPSG:27700"));
                let unzipped = files.path("bng-unzipped");
                std::fs::create_dir(&unzipped).unwrap();
                let status = Command::new("ogr2ogr")
                    .args(["-f", "ESRI Shapefile"])
                    .arg(unzipped.join("wards.shp"))
                    .arg(format!("/vsizip/{}", files.path("bng.shp.zip").display()))
                    .status()
                    .unwrap();
                assert!(status.success());
                std::fs::remove_file(unzipped.join("wards.prj")).unwrap();
                files.ogr2ogr(
                    "noprj.shp.zip",
                    &unzipped.join("wards.shp"),
                    &["-f", "ESRI Shapefile"],
                )
            },
            vec!["are not longitude/latitude", "the file gives no projection"],
        ),
        (
            "garbage sent as a GeoPackage",
            "application/geopackage+sqlite3",
            "",
            b"\x00\x01 this is not a database".to_vec(),
            vec!["the file is not a GeoPackage"],
        ),
        (
            "garbage sent as GeoJSON",
            "application/geo+json",
            "",
            b"{ \"type\": \"FeatureCollection\", \"features\": [ oops".to_vec(),
            vec!["GDAL cannot read the file"],
        ),
        (
            "a zip without a Shapefile",
            "application/zip",
            "",
            b"PK\x03\x04 truncated".to_vec(),
            vec!["GDAL cannot read the file"],
        ),
    ];
    for (case, content_type, query, body, wanted) in cases {
        let (status, problem) = upload(&app, &admin, "testville", content_type, query, body).await;
        assert_eq!(status, 422, "{case}: {problem}");
        assert_eq!(problem["code"], "validation_failed", "{case}");
        let detail = problem["detail"].as_str().unwrap();
        for w in wanted {
            assert!(detail.contains(w), "{case}: '{w}' in {detail}");
        }
        assert!(
            !detail.contains("/tmp"),
            "{case}: no server path in {detail}"
        );
        assert_eq!(snapshot(&app.pool).await, before, "{case} changed nothing");
    }

    // Boundary files have a limit of their own, far above other bodies' 256 kB.
    let mut large = geojson(&testville());
    large.extend(std::iter::repeat_n(b' ', 1024 * 1024));
    let (status, report) =
        upload(&app, &admin, "testville", "application/geo+json", "", large).await;
    assert_eq!(status, 200, "{report}");
    let before = snapshot(&app.pool).await;
    let too_large = vec![b' '; 20 * 1024 * 1024 + 1];
    let (status, problem) = upload(
        &app,
        &admin,
        "testville",
        "application/geo+json",
        "",
        too_large,
    )
    .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (413, Some("payload_too_large"))
    );

    let (status, problem) = upload(
        &app,
        &admin,
        "testville",
        "text/csv",
        "",
        b"name,wkt".to_vec(),
    )
    .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (415, Some("unsupported_media_type"))
    );
    let (status, problem) = upload(
        &app,
        &admin,
        "nowhere",
        "application/geo+json",
        "",
        geojson(&testville()),
    )
    .await;
    assert_eq!((status, problem["code"].as_str()), (404, Some("not_found")));
    assert_eq!(snapshot(&app.pool).await, before);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn only_admins_set_up_plans_and_a_taken_slug_is_a_conflict(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let body = json!({ "slug": "testville", "title": "Testville" });
    let file = testville().to_string().into_bytes();
    for (who, client, want) in [
        ("anonymous", visitor(), 401),
        ("resident", app.signed_in("resident").await, 403),
        ("moderator", app.signed_in("moderator").await, 403),
    ] {
        assert_eq!(create(&app, &client, &body).await.0, want, "{who} creates");
        let (status, _) = upload(
            &app,
            &client,
            "milton-keynes",
            "application/geo+json",
            "",
            file.clone(),
        )
        .await;
        assert_eq!(status, want, "{who} imports");
        let response = client
            .patch(app.url("/api/v1/plans/milton-keynes"))
            .json(&json!({ "title": "Not yours" }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), want, "{who} renames");
    }
    let plans: i64 = sqlx::query_scalar("SELECT count(*) FROM plans")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(plans, 1);

    let admin = admin(&app).await;
    let (status, problem, _) = create(
        &app,
        &admin,
        &json!({ "slug": "milton-keynes", "title": "Milton Keynes again" }),
    )
    .await;
    assert_eq!((status, problem["code"].as_str()), (409, Some("conflict")));
    let (status, problem, _) = create(
        &app,
        &admin,
        &json!({ "slug": "Test Ville", "title": "", "bbox": [1.0, 52.0, 0.0, 53.0] }),
    )
    .await;
    assert_eq!(status, 422, "{problem}");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["bbox", "slug", "title"]);
    let (status, problem, _) = create(
        &app,
        &admin,
        &json!({ "slug": "testville", "title": "Testville", "moderation": "later" }),
    )
    .await;
    assert_eq!(
        (status, problem["errors"][0]["field"].as_str()),
        (422, Some("moderation"))
    );

    // An admin with an explicit area: it stays when neighbourhoods come.
    let (status, plan, _) = create(
        &app,
        &admin,
        &json!({ "slug": "testville", "title": "Testville", "bbox": [-1.9, 52.6, -1.7, 52.7],
                 "allow_anonymous": false, "moderation": "pre" }),
    )
    .await;
    assert_eq!(status, 201, "{plan}");
    assert_eq!(
        (
            plan["allow_anonymous"].as_bool(),
            plan["moderation"].as_str()
        ),
        (Some(false), Some("pre"))
    );
    let (status, report) =
        upload(&app, &admin, "testville", "application/geo+json", "", file).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["plan_area_from_neighbourhoods"], false);
    let plan = app.get_ok(&app.client, "/api/v1/plans/testville").await;
    assert_eq!(plan["bbox"], json!([-1.9, 52.6, -1.7, 52.7]));

    let response = admin
        .patch(app.url("/api/v1/plans/testville"))
        .json(&json!({ "title": "Testville Town", "description": "Renamed" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let plan = app.get_ok(&app.client, "/api/v1/plans/testville").await;
    assert_eq!(
        (plan["title"].as_str(), plan["description"].as_str()),
        (Some("Testville Town"), Some("Renamed"))
    );
    let audit = app.get_ok(&admin, "/api/v1/audit?target=testville").await;
    assert_eq!(audit["entries"][0]["action"], "plan.update");
    assert_eq!(audit["entries"][0]["before"]["title"], "Testville");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_plan_made_on_the_command_line_without_an_area_breaks_no_listing(pool: PgPool) {
    let said = waymark::plans::create(&pool, "testville", "Testville", "", None, true, "post")
        .await
        .unwrap();
    assert!(
        said.contains("no area until its neighbourhoods are imported"),
        "{said}"
    );
    let taken = waymark::plans::create(&pool, "testville", "Testville", "", None, true, "post")
        .await
        .unwrap_err();
    assert!(
        taken.to_string().contains("already a plan 'testville'"),
        "{taken}"
    );
    let missing = waymark::plans::import_neighbourhoods(
        &pool,
        "nowhere",
        Path::new("wards.gpkg"),
        &Options::default(),
    )
    .await
    .unwrap_err();
    assert!(
        missing.to_string().contains("no plan 'nowhere'"),
        "{missing}"
    );

    let app = TestApp::spawn(pool).await;
    let plans = app.get_ok(&app.client, "/api/v1/plans").await;
    assert_eq!(plans["plans"][0]["slug"], "testville");
    assert!(
        plans["plans"][0].get("boundary").is_none(),
        "the list of plans leaves their outlines out"
    );
    assert_eq!(
        plans["plans"][0]["bbox"],
        json!([-180.0, -85.051129, 180.0, 85.051129])
    );
    let plan = app.get_ok(&app.client, "/api/v1/plans/testville").await;
    assert_eq!(
        plan["boundary"],
        json!({ "type": "MultiPolygon", "coordinates": [] })
    );
    for path in [
        "/style.json",
        "/style.json?plan=testville",
        "/tiles/contributions.json",
        "/ogc/collections",
        "/api/v1/plans/testville/neighbourhoods",
    ] {
        let (status, body) = app.get_json(path).await;
        assert_eq!(status, 200, "{path}: {body}");
    }
}

//! Vector tiles, decoded with a real MVT reader and checked against the database.

use std::collections::{HashMap, HashSet};

use mvt_reader::Reader;
use mvt_reader::feature::Value as MvtValue;
use serde_json::Value;
use sqlx::PgPool;
use waymark_domain::tile::{BUBBLE_CELLS, CROWDED_CELL, TILE_PX, bubble_radius};
use waymark_tests::{TestApp, feature_at};

struct Decoded {
    layer: String,
    extent: u32,
    features: Vec<HashMap<String, MvtValue>>,
}

fn decode(bytes: Vec<u8>) -> Decoded {
    let reader = Reader::new(bytes).expect("a valid MVT");
    let layers = reader.get_layer_metadata().expect("layer metadata");
    assert!(!layers.is_empty(), "a tile has layers");
    let features = reader
        .get_features(0)
        .expect("features")
        .into_iter()
        .map(|f| f.properties.unwrap_or_default())
        .collect();
    Decoded {
        layer: layers[0].name.clone(),
        extent: layers[0].extent,
        features,
    }
}

fn text(v: &MvtValue) -> &str {
    match v {
        MvtValue::String(s) => s,
        other => panic!("not a string: {other:?}"),
    }
}

fn number(v: &MvtValue) -> i64 {
    match v {
        MvtValue::Int(n) | MvtValue::SInt(n) => *n,
        MvtValue::UInt(n) => *n as i64,
        other => panic!("not an integer: {other:?}"),
    }
}

/// The tile x/y holding a point at zoom z, as PostGIS computes it.
async fn tile_of(pool: &PgPool, lon: f64, lat: f64, z: i32) -> (i32, i32) {
    sqlx::query_as(
        "WITH p AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 3857) AS g),
              w AS (SELECT 20037508.342789244 AS half)
         SELECT floor((ST_X(g) + half) / (2 * half / 2 ^ $3))::int,
                floor((half - ST_Y(g)) / (2 * half / 2 ^ $3))::int
           FROM p, w",
    )
    .bind(lon)
    .bind(lat)
    .bind(z)
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn pin_tiles_hold_exactly_the_published_pins_with_their_properties(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    // Hidden, pending and withdrawn contributions must never reach a public tile.
    let private: Vec<String> = sqlx::query_scalar(
        "WITH picked AS (SELECT id FROM contributions ORDER BY id LIMIT 30)
         UPDATE contributions c SET status = (ARRAY['hidden', 'pending', 'withdrawn'])[1 + (row_number % 3)]
           FROM (SELECT id, row_number() OVER () AS row_number FROM picked) AS p
          WHERE c.id = p.id RETURNING c.id::text",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(private.len(), 30);
    // Some published pins have an outcome: the tiles carry it as `status`.
    sqlx::query(
        "UPDATE contributions SET outcome = (ARRAY['planned', 'done', 'not_possible'])[1 + (abs(hashtext(id::text)) % 3)]
          WHERE status = 'published' AND abs(hashtext(id::text)) % 4 = 0",
    )
    .execute(&app.pool)
    .await
    .unwrap();

    let mut checked = 0;
    for (lon, lat) in [
        (-0.7594, 52.0406),
        (-0.749, 52.035),
        (-0.736, 51.996),
        (-0.81, 52.062),
    ] {
        for z in [13, 14, 15, 16] {
            let (x, y) = tile_of(&app.pool, lon, lat, z).await;
            let (status, _, raw) = app
                .fetch_tile(&format!("/tiles/contributions/{z}/{x}/{y}.mvt"))
                .await;
            let expected: HashMap<String, (String, String, i64, String)> = sqlx::query_as::<_, (String, String, String, i32, String)>(
                "SELECT id::text, title, kind, support_count, outcome FROM contributions
                  WHERE status = 'published' AND ST_Intersects(geom_3857, ST_TileEnvelope($1, $2, $3))",
            )
            .bind(z)
            .bind(x)
            .bind(y)
            .fetch_all(&app.pool)
            .await
            .unwrap()
            .into_iter()
            .map(|(id, title, kind, supports, outcome)| {
                (id, (title, kind, i64::from(supports), outcome))
            })
            .collect();
            if expected.is_empty() {
                assert_eq!(status, 204, "{z}/{x}/{y} is empty");
                continue;
            }
            assert_eq!(status, 200);
            let tile = decode(raw);
            assert_eq!((tile.layer.as_str(), tile.extent), ("contributions", 4096));
            assert_eq!(tile.features.len(), expected.len(), "{z}/{x}/{y}");
            for f in &tile.features {
                let id = text(&f["id"]);
                assert!(
                    !private.iter().any(|p| p == id),
                    "a private contribution is in {z}/{x}/{y}"
                );
                let (title, kind, supports, outcome) = &expected[id];
                assert_eq!(text(&f["title"]), title);
                assert_eq!(text(&f["kind"]), kind);
                assert_eq!(number(&f["support_count"]), *supports);
                assert_eq!(
                    text(&f["status"]),
                    outcome,
                    "the outcome is the pin's status"
                );
            }
            checked += tile.features.len();
        }
    }
    assert!(checked > 50, "the known tiles hold pins ({checked})");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn low_zoom_tiles_count_every_published_pin_in_bubbles(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    sqlx::query("UPDATE contributions SET status = 'hidden' WHERE id IN (SELECT id FROM contributions ORDER BY id LIMIT 10)")
        .execute(&app.pool)
        .await
        .unwrap();
    let published: i64 =
        sqlx::query_scalar("SELECT count(*) FROM contributions WHERE status = 'published'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    for z in [0, 5, 9, 11] {
        // Every tile over the plan, from its north-west to its south-east corner.
        let (x0, y0) = tile_of(&app.pool, -0.85, 52.11, z).await;
        let (x1, y1) = tile_of(&app.pool, -0.68, 51.96, z).await;
        let mut total = 0;
        for x in x0..=x1 {
            for y in y0..=y1 {
                let (status, _, raw) = app
                    .fetch_tile(&format!("/tiles/contributions/{z}/{x}/{y}.mvt"))
                    .await;
                if status == 204 {
                    continue;
                }
                let tile = decode(raw);
                assert!(tile.features.len() <= 256);
                for f in &tile.features {
                    assert!(matches!(f["cluster"], MvtValue::Bool(true)));
                    let count = number(&f["count"]);
                    let by_kind: i64 = ["ideas", "issues", "interests", "stories"]
                        .iter()
                        .map(|k| number(&f[*k]))
                        .sum();
                    assert_eq!(by_kind, count);
                    assert!(!text(&f["top_theme"]).is_empty());
                    total += count;
                }
            }
        }
        assert_eq!(total, published, "zoom {z}");
    }
}

/// Every feature of a contributions tile, as (centre in screen pixels of the whole zoom
/// level, pins counted: a bubble's count, or `None` for a pin).
fn bubbles(x: i32, y: i32, raw: Vec<u8>) -> Vec<([f64; 2], Option<i64>)> {
    let reader = Reader::new(raw).expect("a valid MVT");
    let scale = f64::from(TILE_PX) / f64::from(reader.get_layer_metadata().unwrap()[0].extent);
    reader
        .get_features(0)
        .unwrap()
        .into_iter()
        .map(|f| {
            // The reader reads every MVT point as a multipoint (of one).
            let p = match f.geometry {
                geo::Geometry::Point(p) => p,
                geo::Geometry::MultiPoint(m) if m.0.len() == 1 => m.0[0],
                other => panic!("a bubble is a point: {other:?}"),
            };
            let at = [
                f64::from(x) * f64::from(TILE_PX) + f64::from(p.x()) * scale,
                f64::from(y) * f64::from(TILE_PX) + f64::from(p.y()) * scale,
            ];
            (at, f.properties.unwrap().get("count").map(number))
        })
        .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn bubbles_never_overlap_on_screen_and_count_each_pin_once(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    // Dense enough that today's cells are crowded at every bubble zoom.
    waymark::seed::synthetic(&app.pool, 20_000).await.unwrap();
    let published: i64 =
        sqlx::query_scalar("SELECT count(*) FROM contributions WHERE status = 'published'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    let cell = f64::from(TILE_PX / BUBBLE_CELLS);
    for z in 8..=16 {
        let (x0, y0) = tile_of(&app.pool, -0.85, 52.11, z).await;
        let (x1, y1) = tile_of(&app.pool, -0.68, 51.96, z).await;
        let mut all = Vec::new();
        for x in x0..=x1 {
            for y in y0..=y1 {
                let (status, _, raw) = app
                    .fetch_tile(&format!("/tiles/contributions/{z}/{x}/{y}.mvt"))
                    .await;
                if status == 200 {
                    all.extend(bubbles(x, y, raw));
                }
            }
        }
        let pins = all.iter().filter(|(_, count)| count.is_none()).count() as i64;
        let all: Vec<([f64; 2], i64)> = all
            .into_iter()
            .filter_map(|(at, count)| Some((at, count?)))
            .collect();
        let counted: i64 = all.iter().map(|(_, n)| n).sum();
        assert_eq!(counted + pins, published, "zoom {z}");
        if z < 13 {
            assert_eq!(pins, 0, "zoom {z} shows bubbles only");
        } else {
            // Pins one by one, but where a cell is crowded.
            assert!(pins > 0, "zoom {z} shows pins");
            assert!(all.iter().all(|(_, n)| *n > CROWDED_CELL), "zoom {z}");
        }
        // Drawn with its stroke, each bubble stays inside its own cell...
        for ([bx, by], count) in &all {
            let r = bubble_radius(*count) + 2.0;
            let (cx, cy) = ((bx / cell).floor() * cell, (by / cell).floor() * cell);
            assert!(
                bx - r >= cx && bx + r <= cx + cell && by - r >= cy && by + r <= cy + cell,
                "zoom {z}: a bubble of {count} at {bx:.1},{by:.1} leaves its cell"
            );
        }
        // ...so no two bubbles' discs meet, across tile edges too.
        for (i, ([ax, ay], a)) in all.iter().enumerate() {
            for ([bx, by], b) in &all[i + 1..] {
                let apart = (ax - bx).hypot(ay - by);
                let reach = bubble_radius(*a) + bubble_radius(*b) + 4.0;
                assert!(
                    apart >= reach,
                    "zoom {z}: bubbles of {a} and {b} {apart:.1} px apart"
                );
            }
        }
        // 20,000 pins around the demo's centres crowd some cells up to zoom 14.
        if z <= 14 {
            assert!(
                all.len() > 1,
                "zoom {z} has bubbles to compare ({})",
                all.len()
            );
        }
    }
}

/// A new pin marks the tiles that hold it stale: each is answered at once (with the old
/// tile while its new one renders, for at most the stale bound), and then with the pin.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_new_pin_is_in_every_tile_that_holds_it_once_its_new_tile_lands(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let (lon, lat) = (-0.7431, 52.0432);
    let mut before = Vec::new();
    for z in 0..=22 {
        let (x, y) = tile_of(&app.pool, lon, lat, z).await;
        let path = format!("/tiles/contributions/{z}/{x}/{y}.mvt");
        let (_, etag, raw) = app.fetch_tile(&path).await;
        let count = if raw.is_empty() {
            0
        } else {
            tile_count(z, decode(raw))
        };
        before.push((z, path, etag, count));
    }
    let created: Value = app
        .post_feature(&app.client, &feature_at("A bench by the brook", lon, lat))
        .await
        .json()
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    for (z, path, old_etag, old_count) in before {
        let (status, etag, raw) = loop {
            let (status, etag, raw) = app.fetch_tile(&path).await;
            if etag != old_etag {
                break (status, etag, raw);
            }
            // The stale tile, while the new one renders.
            assert!(
                std::time::Instant::now() < deadline,
                "{path} never got its new tile"
            );
            tokio::task::yield_now().await;
        };
        assert_eq!(status, 200, "{path}");
        assert_ne!(etag, old_etag, "{path} has a new ETag");
        let tile = decode(raw);
        if z >= 13 {
            assert!(
                tile.features.iter().any(|f| text(&f["id"]) == id),
                "{path} shows the pin"
            );
        } else {
            assert_eq!(tile_count(z, tile), old_count + 1, "{path} counts the pin");
        }
    }
}

fn tile_count(z: i32, tile: Decoded) -> i64 {
    if z >= 13 {
        tile.features.len() as i64
    } else {
        tile.features.iter().map(|f| number(&f["count"])).sum()
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn another_process_on_the_same_database_drops_its_stale_tile(pool: PgPool) {
    let a = TestApp::with_demo(pool.clone()).await;
    let b = TestApp::spawn(pool).await;
    let (lon, lat) = (-0.7431, 52.0432);
    let (x, y) = tile_of(&a.pool, lon, lat, 15).await;
    let path = format!("/tiles/contributions/15/{x}/{y}.mvt");
    let (_, stale_etag, _) = b.fetch_tile(&path).await;
    let created: Value = a
        .post_feature(
            &a.client,
            &feature_at("Posted to the other process", lon, lat),
        )
        .await
        .json()
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap();
    // B hears of the write through the outbox relay, a moment after it commits.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let (_, etag, raw) = b.fetch_tile(&path).await;
        if etag != stale_etag {
            assert!(decode(raw).features.iter().any(|f| text(&f["id"]) == id));
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "B never dropped its stale tile"
        );
        tokio::task::yield_now().await;
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn tiles_are_compressed_on_request_and_revalidated_with_their_etag(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let (x, y) = tile_of(&app.pool, -0.7594, 52.0406, 14).await;
    let url = app.url(&format!("/tiles/contributions/14/{x}/{y}.mvt"));
    let plain = app.client.get(&url).send().await.unwrap();
    assert_eq!(
        plain.headers()["content-type"],
        "application/vnd.mapbox-vector-tile"
    );
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.headers()["vary"], "accept-encoding");
    assert!(
        plain.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("public")
    );
    let etag = plain.headers()["etag"].clone();
    let raw = plain.bytes().await.unwrap();

    let (_, gzip_etag, unzipped) = app
        .fetch_tile(&format!("/tiles/contributions/14/{x}/{y}.mvt"))
        .await;
    assert_eq!(unzipped, raw);
    assert_eq!(gzip_etag, etag.to_str().unwrap());

    let br = app
        .client
        .get(&url)
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(br.headers()["content-encoding"], "br");
    assert!(br.bytes().await.unwrap().len() < raw.len());

    let again = app
        .client
        .get(&url)
        .header("if-none-match", etag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"], etag);
    assert!(again.bytes().await.unwrap().is_empty());
}

/// Every header of an answer but the two that differ between any two answers.
fn headers_of(response: &reqwest::Response) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = response
        .headers()
        .iter()
        .filter(|(name, _)| !matches!(name.as_str(), "date" | "x-request-id"))
        .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
        .collect();
    headers.sort();
    headers
}

async fn counter(app: &TestApp, line_start: &str) -> f64 {
    let text = app
        .client
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .filter(|line| line.starts_with(line_start))
        .filter_map(|line| line.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

/// A cached tile is answered before the router (tiles::hot): its answer must be the one
/// the router gives, header for header, and counted the same.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_cached_tile_is_answered_as_the_router_answers_it(pool: PgPool) {
    waymark::seed::demo(&pool).await.expect("demo seed");
    // What the seed changed would reach the cache through the relay while the requests
    // below run, and turn hits into misses: nobody has a tile of it yet anyway.
    sqlx::query("DELETE FROM tile_changes")
        .execute(&pool)
        .await
        .unwrap();
    let app = TestApp::spawn(pool).await;
    let (x, y) = tile_of(&app.pool, -0.7594, 52.0406, 14).await;
    let requests = [
        (
            format!("/tiles/contributions/14/{x}/{y}.mvt"),
            vec![("accept-encoding", "gzip, br")],
        ),
        (
            format!("/tiles/contributions/13/{}/{}.pbf", x / 2, y / 2),
            vec![],
        ),
        (
            format!("/tiles/contributions/12/{}/{}.mvt?lang=pl", x / 4, y / 4),
            vec![("accept-encoding", "br")],
        ),
        (
            format!("/tiles/neighbourhoods/14/{x}/{y}.mvt"),
            vec![("origin", "https://elsewhere.example")],
        ),
        // The middle of the Pacific: an empty tile.
        (
            "/tiles/contributions/10/10/500.mvt".to_owned(),
            vec![("accept-encoding", "gzip")],
        ),
    ];
    // The tile listener empties the cache when it connects: wait for it, so that every
    // request below after the first of each tile is a hit.
    while sqlx::query_scalar::<_, i64>(
        "SELECT count(*) FROM pg_stat_activity
          WHERE datname = current_database() AND query ILIKE 'LISTEN%waymark_tiles%'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap()
        == 0
    {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let hits = r#"tile_cache_requests_total{result="hit"}"#;
    let counted = r#"http_requests_total{method="GET",route="/tiles/{layer}/{z}/{x}/{file}""#;
    let (hits_before, counted_before) = (counter(&app, hits).await, counter(&app, counted).await);
    for (path, headers) in &requests {
        let get = || {
            let mut request = app.client.get(app.url(path));
            for (name, value) in headers {
                request = request.header(*name, *value);
            }
            request
        };
        let first = get().send().await.unwrap();
        let second = get()
            .header("x-request-id", "from-the-proxy")
            .send()
            .await
            .unwrap();
        assert_eq!(first.status(), second.status(), "{path}");
        assert_eq!(headers_of(&first), headers_of(&second), "{path}");
        assert!(uuid::Uuid::parse_str(first.headers()["x-request-id"].to_str().unwrap()).is_ok());
        assert_eq!(second.headers()["x-request-id"], "from-the-proxy", "{path}");
        let etag = second.headers()["etag"].clone();
        assert_eq!(
            first.bytes().await.unwrap(),
            second.bytes().await.unwrap(),
            "{path}"
        );
        // And revalidated from the cache as from the router.
        let third = get().send().await.unwrap();
        assert!(uuid::Uuid::parse_str(third.headers()["x-request-id"].to_str().unwrap()).is_ok());
        let revalidated = get().header("if-none-match", etag).send().await.unwrap();
        assert_eq!(revalidated.status(), 304, "{path}");
        assert!(
            headers_of(&revalidated).contains(&(
                "content-security-policy".into(),
                third.headers()["content-security-policy"]
                    .to_str()
                    .unwrap()
                    .into()
            ))
        );
    }
    // Other tests in this process serve tiles too: the counters grow by at least ours.
    let n = requests.len() as f64;
    assert!(counter(&app, hits).await - hits_before >= 3.0 * n);
    assert!(counter(&app, counted).await - counted_before >= 4.0 * n);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_empty_tile_is_204_and_bad_tile_requests_are_4xx_problems(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    // The middle of the Pacific.
    let (status, etag, body) = app.fetch_tile("/tiles/contributions/10/10/500.mvt").await;
    assert_eq!((status, body.len()), (204, 0));
    assert!(!etag.is_empty());
    for (path, status) in [
        ("/tiles/contributions/23/0/0.mvt", 400),
        ("/tiles/contributions/3/8/0.mvt", 400),
        ("/tiles/contributions/3/0/8.mvt", 400),
        ("/tiles/contributions/a/0/0.mvt", 400),
        ("/tiles/contributions/3/-1/0.mvt", 400),
        ("/tiles/contributions/3/0/1.5.mvt", 400),
        ("/tiles/rivers/3/0/0.mvt", 404),
        ("/tiles/contributions/3/0/0.png", 404),
        ("/tiles/rivers.json", 404),
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status().as_u16(), status, "{path}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json",
            "{path}"
        );
        let problem: Value = response.json().await.unwrap();
        assert!(problem["code"].is_string(), "{path}");
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn tilejson_and_the_catalogue_describe_every_layer(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let (_, catalogue) = app.get_json("/tiles").await;
    let names: HashSet<&String> = catalogue["tiles"].as_object().unwrap().keys().collect();
    assert!(
        names.contains(&"contributions".to_owned()) && names.contains(&"neighbourhoods".to_owned())
    );
    for name in names {
        let (status, tj) = app.get_json(&format!("/tiles/{name}.json")).await;
        assert_eq!(status, 200);
        assert_eq!(tj["tilejson"], "3.0.0");
        // Basemap tiles hold OpenMapTiles-like layers; every other tile's first has its name.
        let first = if *name == "basemap" {
            "water"
        } else {
            name.as_str()
        };
        assert_eq!(tj["vector_layers"][0]["id"], first);
        assert!(
            tj["tiles"][0]
                .as_str()
                .unwrap()
                .ends_with(&format!("/tiles/{name}/{{z}}/{{x}}/{{y}}.mvt"))
        );
        let b = tj["bounds"].as_array().unwrap();
        assert!(b[0].as_f64().unwrap() < -0.8 && b[3].as_f64().unwrap() > 52.08);
    }
    let (x, y) = tile_of(&app.pool, -0.749, 52.035, 12).await;
    let (status, _, raw) = app
        .fetch_tile(&format!("/tiles/neighbourhoods/12/{x}/{y}.mvt"))
        .await;
    assert_eq!(status, 200);
    let tile = decode(raw);
    assert_eq!(tile.layer, "neighbourhoods");
    assert!(
        tile.features
            .iter()
            .any(|f| text(&f["name"]) == "Fishermead")
    );
}

/// The next `waymark_tiles` notification about contributions, as JSON.
async fn next_contributions_change(listener: &mut sqlx::postgres::PgListener) -> Value {
    loop {
        let n = tokio::time::timeout(std::time::Duration::from_secs(10), listener.recv())
            .await
            .expect("a notification within 10 s")
            .expect("the listener works");
        let change: Value = serde_json::from_str(n.payload()).expect("JSON");
        if change["layer"] == "contributions" {
            return change;
        }
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_response_evicts_tiles_softly_and_hiding_a_pin_hard(pool: PgPool) {
    // Soft: the old tile may stand in while the new one renders (only what pins say
    // changed); hard: which pins a tile shows changed, and the old one must never be seen.
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let created: Value = app
        .post_feature(
            &waymark_tests::visitor(),
            &feature_at("Dark underpass", -0.749, 52.035),
        )
        .await
        .json()
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    // The pin's own change (soft: a new pin) is relayed before listening starts.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while sqlx::query_scalar::<_, i64>("SELECT count(*) FROM tile_changes")
        .fetch_one(&pool)
        .await
        .unwrap()
        > 0
    {
        assert!(std::time::Instant::now() < deadline, "the relay never ran");
        tokio::task::yield_now().await;
    }
    let mut listener = sqlx::postgres::PgListener::connect(&waymark_tests::database_url(&pool))
        .await
        .unwrap();
    listener.listen("waymark_tiles").await.unwrap();

    let responder = app.signed_in("responder").await;
    let (status, body) = app
        .post_json_as(
            &responder,
            "/api/v1/plans/milton-keynes/responses",
            &serde_json::json!({
                "selection": { "ids": [id] },
                "status": "considering",
                "response": "We are looking at it."
            }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(next_contributions_change(&mut listener).await["soft"], true);

    let moderator = app.signed_in("moderator").await;
    let hidden = moderator
        .post(app.url(&format!("/api/v1/contributions/{id}/moderation")))
        .json(&serde_json::json!({ "action": "hide", "reason": "Abuse" }))
        .send()
        .await
        .unwrap();
    assert!(hidden.status().is_success(), "{}", hidden.status());
    assert_eq!(
        next_contributions_change(&mut listener).await["soft"],
        false
    );
}

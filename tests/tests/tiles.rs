//! Vector tiles, decoded with a real MVT reader and checked against the database.

use std::collections::{HashMap, HashSet};

use mvt_reader::Reader;
use mvt_reader::feature::Value as MvtValue;
use serde_json::Value;
use sqlx::PgPool;
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
                  WHERE status = 'published'
                    AND ST_Intersects(geom_3857, ST_Expand(ST_TileEnvelope($1, $2, $3),
                        (ST_XMax(ST_TileEnvelope($1, $2, $3)) - ST_XMin(ST_TileEnvelope($1, $2, $3))) * 64 / 4096))",
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

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_new_pin_is_in_the_next_request_of_every_tile_that_holds_it(pool: PgPool) {
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
    for (z, path, old_etag, old_count) in before {
        let (status, etag, raw) = app.fetch_tile(&path).await;
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
    // B hears of the write through NOTIFY, a moment after it commits.
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

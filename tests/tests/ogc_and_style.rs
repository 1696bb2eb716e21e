//! OGC API – Features (read by GDAL's own client) and the MapLibre style with the
//! glyphs and sprite it needs.

use std::collections::HashSet;
use std::process::Command;

use serde_json::Value;
use sqlx::PgPool;
use waymark_tests::TestApp;

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn gdal_reads_the_ogc_api_and_counts_every_public_feature(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    sqlx::query("UPDATE contributions SET status = 'hidden' WHERE id IN (SELECT id FROM contributions ORDER BY id LIMIT 7)")
        .execute(&app.pool)
        .await
        .unwrap();
    let published: i64 =
        sqlx::query_scalar("SELECT count(*) FROM contributions WHERE status = 'published'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    for (layer, expected) in [("contributions", published), ("neighbourhoods", 20)] {
        let address = app.address;
        let output = tokio::task::spawn_blocking(move || {
            Command::new("ogrinfo")
                .args(["-ro", "-so", &format!("OAPIF:http://{address}/ogc"), layer])
                .output()
                .expect("ogrinfo from gdal-bin is installed (make test installs it)")
        })
        .await
        .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "ogrinfo failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            stdout.contains(&format!("Feature Count: {expected}")),
            "{layer}: expected {expected} features in:\n{stdout}"
        );
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn ogc_items_page_through_every_feature_and_serve_each_one(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let (_, landing) = app.get_json("/ogc").await;
    let rels: HashSet<&str> = landing["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["rel"].as_str().unwrap())
        .collect();
    assert!(
        ["self", "service-desc", "conformance", "data"]
            .iter()
            .all(|r| rels.contains(r))
    );
    let (_, conformance) = app.get_json("/ogc/conformance").await;
    let classes = conformance["conformsTo"].to_string();
    assert!(
        classes.contains("conf/core")
            && classes.contains("conf/geojson")
            && classes.contains("conf/oas30")
    );
    let (_, collections) = app.get_json("/ogc/collections").await;
    let ids: Vec<&str> = collections["collections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "contributions",
            "neighbourhoods",
            "network",
            "proposals",
            "energy_plans",
            "projects"
        ]
    );
    // Proposals past the draft stage, each servable on its own.
    let (_, proposals) = app.get_json("/ogc/collections/proposals/items").await;
    let submitted: i64 = sqlx::query_scalar("SELECT count(*) FROM proposals_public")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let features = proposals["features"].as_array().unwrap();
    assert_eq!(features.len() as i64, submitted);
    assert!(submitted > 0);
    for f in features {
        assert_ne!(f["properties"]["status"], "draft");
        let (status, one) = app
            .get_json(&format!(
                "/ogc/collections/proposals/items/{}",
                f["id"].as_str().unwrap()
            ))
            .await;
        assert_eq!((status, &one["id"]), (200, &f["id"]));
    }

    let mut seen = HashSet::new();
    let mut url = Some(
        app.url("/ogc/collections/contributions/items?limit=100&bbox=-0.80,52.00,-0.70,52.06"),
    );
    let mut matched = None;
    while let Some(next) = url {
        let response = app.client.get(&next).send().await.unwrap();
        assert_eq!(response.headers()["content-type"], "application/geo+json");
        let page: Value = response.json().await.unwrap();
        matched = page["numberMatched"].as_i64();
        assert_eq!(
            page["numberReturned"].as_u64().unwrap() as usize,
            page["features"].as_array().unwrap().len()
        );
        for f in page["features"].as_array().unwrap() {
            assert!(seen.insert(f["id"].as_str().unwrap().to_owned()));
        }
        url = page["links"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["rel"] == "next")
            .map(|l| l["href"].as_str().unwrap().to_owned());
    }
    let in_box: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM contributions_public WHERE geom && ST_MakeEnvelope(-0.80, 52.00, -0.70, 52.06, 4326)",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(seen.len() as i64, in_box);
    assert_eq!(matched, Some(in_box));

    let one = seen.iter().next().unwrap();
    let (status, item) = app
        .get_json(&format!("/ogc/collections/contributions/items/{one}"))
        .await;
    assert_eq!((status, item["id"].as_str()), (200, Some(one.as_str())));
    let (status, _) = app
        .get_json("/ogc/collections/contributions/items/00000000-0000-0000-0000-000000000000")
        .await;
    assert_eq!(status, 404);
    let (status, problem) = app.get_json("/ogc/collections/rivers/items").await;
    assert_eq!((status, problem["code"].as_str()), (404, Some("not_found")));
    let (status, problem) = app
        .get_json("/ogc/collections/contributions/items?bbox=1,2,3")
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (400, Some("invalid_parameter"))
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_style_uses_only_sources_glyphs_and_icons_this_server_has(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let (status, style) = app.get_json("/style.json").await;
    assert_eq!(status, 200);
    assert_eq!(style["version"], 8);
    let origin = app.url("");
    let sources = style["sources"].as_object().unwrap();
    for (name, source) in sources {
        for url in source["tiles"].as_array().unwrap() {
            assert!(
                url.as_str().unwrap().starts_with(&origin),
                "{name} is served here"
            );
        }
    }
    let sprite: Value = app
        .client
        .get(format!("{}.json", style["sprite"].as_str().unwrap()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let png = app
        .client
        .get(format!("{}@2x.png", style["sprite"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(png.headers()["content-type"], "image/png");
    for kind in ["idea", "issue", "interest", "story"] {
        assert!(
            sprite.get(kind).is_some(),
            "the sprite has an icon for {kind}"
        );
    }
    let mut fonts = HashSet::new();
    for layer in style["layers"].as_array().unwrap() {
        if let Some(source) = layer["source"].as_str() {
            assert!(
                sources.contains_key(source),
                "layer {} uses a known source",
                layer["id"]
            );
        }
        if let Some(stack) = layer["layout"]["text-font"].as_array() {
            fonts.insert(stack[0].as_str().unwrap().to_owned());
        }
    }
    assert!(!fonts.is_empty());
    let glyphs = style["glyphs"].as_str().unwrap();
    for font in fonts {
        for range in ["0-255", "8192-8447", "65024-65279", "19968-20223"] {
            let url = glyphs
                .replace("{fontstack}", &font)
                .replace("{range}", range);
            let response = app.client.get(&url).send().await.unwrap();
            assert_eq!(response.status(), 200, "{url}");
            assert_eq!(response.headers()["content-type"], "application/x-protobuf");
            let body = response.bytes().await.unwrap();
            // Real glyphs for Latin text and for Arabic script's joined forms (Urdu and
            // Arabic labels); an empty but valid range for the rest.
            if range == "0-255" || range == "65024-65279" {
                assert!(body.len() > 10_000, "{url}");
            } else if range == "19968-20223" {
                assert!(!body.is_empty() && body.len() < 100, "{url}");
            }
        }
    }
    let (status, _) = app
        .get_json(
            &glyphs
                .replace("{fontstack}", "Comic Sans")
                .replace("{range}", "0-255")
                .replacen(&origin, "", 1),
        )
        .await;
    assert_eq!(status, 404);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_basemap_tiles_draw_the_demo_grid_roads(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    // Zoom 12 tile over central Milton Keynes.
    let response = app
        .client
        .get(app.url("/tiles/basemap/12/2039/1351.mvt"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let reader = mvt_reader::Reader::new(response.bytes().await.unwrap().to_vec()).unwrap();
    // The demo's grid roads are primary roads of the OpenMapTiles-like `transportation` layer.
    let layers = reader.get_layer_names().unwrap();
    let roads = layers.iter().position(|l| l == "transportation").unwrap();
    let classes: HashSet<String> = reader
        .get_features(roads)
        .unwrap()
        .into_iter()
        .filter_map(|f| match f.properties.unwrap_or_default().get("class") {
            Some(mvt_reader::feature::Value::String(c)) => Some(c.clone()),
            _ => None,
        })
        .collect();
    assert!(classes.contains("primary"), "{classes:?}");
}

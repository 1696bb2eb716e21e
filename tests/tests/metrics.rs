//! `GET /metrics`: what a Prometheus on the same machine scrapes. Requests are counted by
//! route template (never by raw path), timed, and the tile cache's hits and misses and
//! the pool's connections are there.

use sqlx::PgPool;
use waymark_tests::TestApp;

/// The value of the sample whose line starts with `series` (name and labels).
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn metrics_count_requests_by_route_and_the_tile_cache(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let scrape = || async {
        let r = reqwest::get(app.url("/metrics")).await.unwrap();
        assert_eq!(r.status(), 200);
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/plain")
        );
        r.text().await.unwrap()
    };
    let count = |text: &str, series: &str| sample(text, series).unwrap_or(0.0);
    let miss = r#"tile_cache_requests_total{result="miss"}"#;
    let hit = r#"tile_cache_requests_total{result="hit"}"#;
    // The cache is emptied once when the invalidation listener connects (anything written
    // before may be stale): wait until another tile is served from the cache.
    let warm_up = app.url("/tiles/contributions/13/4078/2703.mvt");
    for attempt in 0.. {
        let hits = count(&scrape().await, hit);
        reqwest::get(&warm_up).await.unwrap();
        reqwest::get(&warm_up).await.unwrap();
        if count(&scrape().await, hit) > hits {
            break;
        }
        assert!(attempt < 100, "the tile cache never served a hit");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    let before = scrape().await;
    let tile = "/tiles/contributions/14/8157/5407.mvt";
    for _ in 0..3 {
        assert_eq!(reqwest::get(app.url(tile)).await.unwrap().status(), 200);
    }
    let r = reqwest::get(app.url("/api/v1/plans/milton-keynes/contributions/nope"))
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let after = scrape().await;

    let tiles_ok =
        r#"http_requests_total{method="GET",route="/tiles/{layer}/{z}/{x}/{file}",status="200"}"#;
    assert_eq!(
        count(&after, tiles_ok) - count(&before, tiles_ok),
        3.0,
        "{after}"
    );
    // The first request rendered the tile; the next two came from the cache.
    assert_eq!(count(&after, miss) - count(&before, miss), 1.0);
    assert_eq!(count(&after, hit) - count(&before, hit), 2.0);
    assert!(count(&after, "tile_cache_entries") >= 1.0);
    // Latency histograms per route, with buckets.
    assert!(after.contains(
        r#"http_request_duration_seconds_bucket{method="GET",route="/tiles/{layer}/{z}/{x}/{file}",le="0.005"}"#
    ));
    // An unknown id is counted under its route's template, not its path.
    assert!(!after.contains("contributions/nope"));
    assert!(after.contains(r#"status="404""#));
    assert!(count(&after, "db_pool_max_connections") >= 1.0);
    assert!(after.contains(r#"db_pool_connections{state="idle"}"#));
}

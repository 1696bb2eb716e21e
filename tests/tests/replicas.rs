//! Read replicas (issue 17): Waymark on a primary with its streaming standby as a read
//! replica (scripts/failover-cluster.sh: node1 primary, node2 hot standby). Replay on the
//! standby is paused, so it is certainly behind: a read without the writer's WAL
//! position goes to the replica and does not see the new pin (the stale read this
//! guards against), while the writer's own read, carrying the position from the write's
//! cookie or header, waits its bounded time and reads the primary; once replay resumes,
//! the replica serves it too.
//!
//! Tiles: a tile a write evicted is re-rendered on the replica only once the replica has
//! replayed that write (the eviction carries the WAL position: the writer's own, and the
//! relay's for the other processes); with replay paused, it waits its bounded time and
//! renders on the primary. A process that ignores the position (the switch
//! `tiles_wait_for_replay` off) renders the old tile from the replica and keeps it as the
//! new one, even after the replica has caught up: the stale tile this prevents.

use std::time::{Duration, Instant};

use serde_json::Value;
use waymark_api::tiles::cache::{Audience, TileKey};
use waymark_api::tiles::layers::Layer;
use waymark_domain::TileCoord;
use waymark_tests::cluster::Cluster;
use waymark_tests::{TestApp, feature, feature_at, visitor};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_go_to_the_replica_but_never_miss_the_readers_own_write() {
    let cluster = Cluster::up();
    let pool = waymark_store::connect(&cluster.node_url(1), 8)
        .await
        .expect("the primary");
    waymark_store::MIGRATOR.run(&pool).await.expect("migrated");
    {
        let mut conn = pool.acquire().await.unwrap();
        waymark::seed::load_plan(&mut conn).await.expect("the plan");
    }
    let config = waymark_api::ApiConfig {
        limits: waymark_tests::NO_LIMITS,
        database_url: Some(cluster.node_url(1)),
        read_database_urls: vec![cluster.node_url(2)],
        read_wait: Duration::from_millis(300),
        ..Default::default()
    };
    let key = axum_extra::extract::cookie::Key::generate();
    let ignoring = waymark_api::AppState::new(
        pool.clone(),
        waymark_api::ApiConfig {
            tiles_wait_for_replay: false,
            ..config.clone()
        },
        key.clone(),
    );
    let state = waymark_api::AppState::new(pool.clone(), config, key);
    let app = TestApp::spawn_state(pool.clone(), state).await;

    let replica = sqlx::PgPool::connect(&cluster.node_url(2)).await.unwrap();
    sqlx::query("SELECT pg_wal_replay_pause()")
        .execute(&replica)
        .await
        .unwrap();

    let writer = visitor();
    let r = app
        .post_feature(&writer, &feature("a pin the replica has not seen"))
        .await;
    assert_eq!(r.status(), 201);
    let lsn = r.headers()["waymark-lsn"].to_str().unwrap().to_owned();
    let pin: Value = r.json().await.unwrap();
    let id = pin["id"].as_str().unwrap().to_owned();
    let detail = format!("/api/v1/contributions/{id}");
    let list = "/api/v1/plans/milton-keynes/contributions";

    // Someone else reads from the replica, which has not replayed the write.
    let other = visitor();
    let stale = other.get(app.url(&detail)).send().await.unwrap();
    assert_eq!(
        stale.status(),
        404,
        "the paused replica does not have the pin yet"
    );
    let listed: Value = other
        .get(app.url(list))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["features"].as_array().unwrap().len(), 0);

    // The writer's reads carry the write's position (the cookie) and see it.
    let own = writer.get(app.url(&detail)).send().await.unwrap();
    assert_eq!(own.status(), 200, "read-your-writes through the cookie");
    let listed: Value = writer
        .get(app.url(list))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["features"].as_array().unwrap().len(), 1);
    // … and through the header, for clients without cookies.
    let by_header = other
        .get(app.url(&detail))
        .header("waymark-lsn", &lsn)
        .send()
        .await
        .unwrap();
    assert_eq!(
        by_header.status(),
        200,
        "read-your-writes through the header"
    );
    // A malformed position is ignored, not an error.
    let junk = other
        .get(app.url(&detail))
        .header("waymark-lsn", "0/1'; DROP TABLE contributions")
        .send()
        .await
        .unwrap();
    assert_eq!(junk.status(), 404);

    // Replay resumes: the replica serves everyone the pin.
    sqlx::query("SELECT pg_wal_replay_resume()")
        .execute(&replica)
        .await
        .unwrap();
    let start = Instant::now();
    loop {
        let r = other.get(app.url(&detail)).send().await.unwrap();
        if r.status() == 200 {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the replica never caught up"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    tiles_are_rendered_only_from_a_replica_that_has_the_write(&app, ignoring, &replica).await;
}

/// The z/x/y of the tile holding a point (Web Mercator, as map clients ask for it).
fn tile_at(lon: f64, lat: f64, z: u32) -> (u32, u32) {
    let n = f64::from(1u32 << z);
    let x = (lon + 180.0) / 360.0 * n;
    let lat = lat.to_radians();
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0 * n;
    (x.floor() as u32, y.floor() as u32)
}

async fn tiles_are_rendered_only_from_a_replica_that_has_the_write(
    app: &TestApp,
    ignoring: waymark_api::AppState,
    replica: &sqlx::PgPool,
) {
    let ignoring_tiles = ignoring.tiles.clone();
    let other = TestApp::spawn_state(app.pool.clone(), ignoring).await;
    // Bletchley, away from the pin above: a z14 tile (pins, not bubbles) with nothing yet.
    let (lon, lat) = (-0.735, 51.995);
    let (x, y) = tile_at(lon, lat, 14);
    let path = format!("/tiles/contributions/14/{x}/{y}.mvt");
    for process in [app, &other] {
        assert_eq!(process.fetch_tile(&path).await.0, 204, "no pin there yet");
    }

    sqlx::query("SELECT pg_wal_replay_pause()")
        .execute(replica)
        .await
        .unwrap();
    let r = app
        .post_feature(&app.client, &feature_at("a pin in Bletchley", lon, lat))
        .await;
    assert_eq!(r.status(), 201);
    let lsn = r.headers()["waymark-lsn"].to_str().unwrap().to_owned();

    // The writer's process evicted the tile with the write's position: its render
    // waits for the paused replica, then renders on the primary.
    let (status, _, raw) = app.fetch_tile(&path).await;
    assert_eq!(status, 200, "the new pin is in the re-rendered tile");
    assert!(!raw.is_empty());

    // The other process hears of the write through the relay, with its position.
    let key = TileKey {
        layer: Layer::Contributions,
        coord: TileCoord::new(14, x, y).unwrap(),
        audience: Audience::Public,
    };
    let start = Instant::now();
    while ignoring_tiles.written_at(&key).1.is_none() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the relay's eviction never came"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Ignoring it, that process re-renders the tile from the replica: the old tile.
    assert_eq!(
        other.fetch_tile(&path).await.0,
        204,
        "stale: rendered from a replica that has not replayed the write"
    );

    // Replay resumes; the old tile stays cached as if it were the new one.
    sqlx::query("SELECT pg_wal_replay_resume()")
        .execute(replica)
        .await
        .unwrap();
    let start = Instant::now();
    while !waymark_store::primary::replayed(replica, &lsn)
        .await
        .unwrap()
    {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the replica never caught up"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(other.fetch_tile(&path).await.0, 204, "still the stale tile");
    assert_eq!(app.fetch_tile(&path).await.0, 200);
}

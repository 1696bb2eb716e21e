//! Read replicas (issue 17): Waymark on a primary with its streaming standby as a read
//! replica (scripts/failover-cluster.sh: node1 primary, node2 hot standby). Replay on the
//! standby is paused, so it is certainly behind: a read without the writer's WAL
//! position goes to the replica and does not see the new pin (the stale read this
//! guards against), while the writer's own read, carrying the position from the write's
//! cookie or header, waits its bounded time and reads the primary; once replay resumes,
//! the replica serves it too.

use std::time::{Duration, Instant};

use serde_json::Value;
use waymark_tests::cluster::Cluster;
use waymark_tests::{TestApp, feature, visitor};

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
    let state = waymark_api::AppState::new(
        pool.clone(),
        config,
        axum_extra::extract::cookie::Key::generate(),
    );
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
}

//! Failover (issue 17): a three-node pg_auto_failover cluster on loopback ports (monitor,
//! primary, synchronous secondary; scripts/failover-cluster.sh). Waymark is given both
//! data nodes in one URL; eight writers post pins; the primary is killed; the monitor
//! promotes the secondary; Waymark finds it by itself and writes again within 30 s,
//! without a restart; every write it acknowledged is on the new primary; and the old
//! primary, started again, follows the new one with every acknowledged write.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;
use sqlx::PgPool;
use uuid::Uuid;
use waymark_tests::cluster::Cluster;
use waymark_tests::{TestApp, feature, visitor};

/// An acknowledged write: the pin's id and when its request was sent.
type Acked = Arc<Mutex<Vec<(Instant, Uuid)>>>;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn waymark_follows_the_primary_through_a_failover_and_loses_no_acknowledged_write() {
    let cluster = Cluster::up();
    let pool =
        waymark_store::connect_waiting_at_most(&cluster.both_url(), 16, Duration::from_secs(2))
            .await
            .expect("a pool on the writable host");
    assert_eq!(
        pool.connect_options().get_port(),
        cluster.ports[1],
        "node1 is the primary at first"
    );
    waymark_store::MIGRATOR.run(&pool).await.expect("migrated");
    {
        let mut conn = pool.acquire().await.unwrap();
        waymark::seed::load_plan(&mut conn).await.expect("the plan");
    }
    let config = waymark_api::ApiConfig {
        limits: waymark_tests::NO_LIMITS,
        database_url: Some(cluster.both_url()),
        ..Default::default()
    };
    let state = waymark_api::AppState::new(
        pool.clone(),
        config,
        axum_extra::extract::cookie::Key::generate(),
    );
    let app = Arc::new(TestApp::spawn_state(pool.clone(), state).await);

    let acked: Acked = Arc::default();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut writers = Vec::new();
    for w in 0..8 {
        let (app, acked, stop) = (Arc::clone(&app), Arc::clone(&acked), Arc::clone(&stop));
        writers.push(tokio::spawn(async move {
            let client = visitor();
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let sent = Instant::now();
                let r = app
                    .post_feature(&client, &feature(&format!("writer {w} pin {n}")))
                    .await;
                if r.status() == 201 {
                    let body: Value = r.json().await.expect("the created pin");
                    let id = body["id"].as_str().expect("an id").parse().unwrap();
                    acked.lock().unwrap().push((sent, id));
                } else {
                    // Refused while the database moves (503): not acknowledged, and the
                    // writer tries the next pin; no pause, so the test sees recovery at once.
                    tokio::task::yield_now().await;
                }
            }
        }));
    }

    // Some writes go through before the primary dies.
    wait_until("100 acknowledged writes", Duration::from_secs(60), || {
        acked.lock().unwrap().len() >= 100
    })
    .await;
    cluster.run("kill", 1);
    // Counted from when node1 is gone: a write sent before may still have reached it.
    let killed = Instant::now();

    // The first write sent after the kill that was acknowledged.
    wait_until(
        "a write after the failover",
        Duration::from_secs(60),
        || acked.lock().unwrap().iter().any(|(sent, _)| *sent > killed),
    )
    .await;
    let first = acked
        .lock()
        .unwrap()
        .iter()
        .filter(|(sent, _)| *sent > killed)
        .map(|(sent, _)| *sent)
        .min()
        .unwrap();
    let recovered = first.duration_since(killed);
    eprintln!("writes acknowledged again {recovered:?} after the primary was killed");
    assert!(
        recovered <= Duration::from_secs(30),
        "Waymark wrote again only after {recovered:?}"
    );
    assert_eq!(
        pool.connect_options().get_port(),
        cluster.ports[2],
        "the pool now points at node2"
    );
    // A few more after recovery, then the writers stop.
    let after = acked.lock().unwrap().len() + 50;
    wait_until("50 more writes", Duration::from_secs(60), || {
        acked.lock().unwrap().len() >= after
    })
    .await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for w in writers {
        w.await.unwrap();
    }

    let ids: Vec<Uuid> = acked.lock().unwrap().iter().map(|(_, id)| *id).collect();
    let new_primary = PgPool::connect(&cluster.node_url(2)).await.unwrap();
    assert_eq!(
        stored(&new_primary, &ids).await,
        ids.len(),
        "every acknowledged write is on the new primary"
    );

    // The old primary comes back as a standby and follows.
    cluster.run("start", 1);
    let old = PgPool::connect(&cluster.node_url(1)).await.unwrap();
    let in_recovery: bool = sqlx::query_scalar("SELECT pg_is_in_recovery()")
        .fetch_one(&old)
        .await
        .unwrap();
    assert!(in_recovery, "node1 is a standby now");
    let one_more = app
        .post_feature(&visitor(), &feature("after the rejoin"))
        .await;
    assert_eq!(one_more.status(), 201);
    let last: Value = one_more.json().await.unwrap();
    let mut all = ids.clone();
    all.push(last["id"].as_str().unwrap().parse().unwrap());
    wait_until_async(
        "node1 to replay every write",
        Duration::from_secs(60),
        || {
            let (old, all) = (old.clone(), all.clone());
            async move { stored(&old, &all).await == all.len() }
        },
    )
    .await;
    eprintln!("{} acknowledged writes, all on both nodes", all.len());
}

async fn stored(pool: &PgPool, ids: &[Uuid]) -> usize {
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM contributions WHERE id = ANY($1)")
        .bind(ids)
        .fetch_one(pool)
        .await
        .unwrap();
    usize::try_from(n).unwrap()
}

/// Polls `ready` until it holds; fails after `limit` (a readiness wait, not a timing
/// assertion).
async fn wait_until(what: &str, limit: Duration, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < limit, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn wait_until_async<F, Fut>(what: &str, limit: Duration, mut ready: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    while !ready().await {
        assert!(start.elapsed() < limit, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

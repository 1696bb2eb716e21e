//! Several Waymark nodes (issue 17): three `waymark serve` processes on one database,
//! behind one address (a round-robin proxy: each new connection goes to the next node).
//! What each process keeps for itself must still be right across the three:
//!
//! - the write limits: a client over its allowance is refused whichever node answers,
//!   and all three together accept the allowance once, not three times (the count is
//!   shared in PostgreSQL; each process's own limiter is only a first gate);
//! - the tile cache: a pin posted through one node is in the others' tiles, whose
//!   cached copies the relay's notification evicted;
//! - the mail sender: a queue of mails, woken in all three at once, is sent once.

use std::collections::HashSet;
use std::time::Duration;

use sqlx::PgPool;
use waymark_tests::nodes::{Node, RoundRobin, serve_if_node, until};
use waymark_tests::{database_url, feature, feature_at};

/// Not a test: a node's process runs this (see `waymark_tests::nodes`); here it returns.
#[test]
fn node() {
    serve_if_node();
}

/// Three nodes on the test's database, with these settings besides the common ones.
fn three_nodes(pool: &PgPool, settings: &[(&str, String)]) -> Vec<Node> {
    let mut all = vec![
        ("DATABASE_URL", database_url(pool)),
        // Shared: a visitor's cookie is good on every node.
        (
            "WAYMARK_SECRET",
            "a secret the three nodes share, long enough".repeat(2),
        ),
        ("WAYMARK_DB_MAX_CONNECTIONS", "4".to_owned()),
        ("WAYMARK_STORAGE_URL", "memory:".to_owned()),
        ("WAYMARK_WRITES_PER_MINUTE_PER_IP", "100000".to_owned()),
        ("WAYMARK_WRITES_PER_MINUTE_PER_ACCOUNT", "100000".to_owned()),
        ("WAYMARK_LOGINS_PER_MINUTE", "100000".to_owned()),
    ];
    all.extend(settings.iter().cloned());
    (0..3).map(|_| Node::start(&all)).collect()
}

async fn with_plan(pool: &PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    waymark::seed::load_plan(&mut conn).await.expect("the plan");
}

/// A client that opens a new connection for every request, so that the proxy hands
/// each to the next node.
fn visitor() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .pool_max_idle_per_host(0)
        .build()
        .unwrap()
}

const CONTRIBUTIONS: &str = "/api/v1/plans/milton-keynes/contributions";

async fn post(
    client: &reqwest::Client,
    url: String,
    body: &serde_json::Value,
) -> reqwest::Response {
    client
        .post(url)
        .header("x-requested-with", "fetch")
        .json(body)
        .send()
        .await
        .unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_client_over_its_limit_is_refused_by_every_node_and_all_accept_it_once(pool: PgPool) {
    with_plan(&pool).await;
    let limit = 6;
    let nodes = three_nodes(
        &pool,
        &[("WAYMARK_WRITES_PER_MINUTE_PER_IP", limit.to_string())],
    );
    let proxy = RoundRobin::start(nodes.iter().map(|n| n.address).collect()).await;
    let client = visitor();
    let mut answers = Vec::new();
    for i in 0..3 * limit {
        let r = post(
            &client,
            proxy.url(CONTRIBUTIONS),
            &feature(&format!("pin {i}")),
        )
        .await;
        let retry_after = r.headers().get("retry-after").cloned();
        answers.push((r.status().as_u16(), retry_after));
    }
    let given: Vec<usize> = proxy
        .given
        .iter()
        .map(|n| n.load(std::sync::atomic::Ordering::SeqCst))
        .collect();
    assert_eq!(
        given, [limit; 3],
        "each node answered a third of the requests"
    );
    let statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
    // Request i went to node i % 3: the first `limit` (two per node) were accepted, and
    // every node refused the rest, though each had accepted only two itself.
    let mut expected = vec![201; limit];
    expected.extend(vec![429; 2 * limit]);
    assert_eq!(
        statuses, expected,
        "the allowance is one, shared by the nodes"
    );
    assert!(
        answers[limit..].iter().all(|(_, retry)| retry.is_some()),
        "a refusal says when to try again"
    );
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM contributions")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(stored, limit as i64);
}

/// The z/x/y of the tile holding a point (Web Mercator).
fn tile_at(lon: f64, lat: f64, z: u32) -> (u32, u32) {
    let n = f64::from(1u32 << z);
    let x = (lon + 180.0) / 360.0 * n;
    let lat = lat.to_radians();
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0 * n;
    (x.floor() as u32, y.floor() as u32)
}

async fn tile_status(client: &reqwest::Client, url: String) -> u16 {
    client.get(url).send().await.unwrap().status().as_u16()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_pin_posted_through_one_node_is_in_the_tiles_of_the_others(pool: PgPool) {
    with_plan(&pool).await;
    let nodes = three_nodes(&pool, &[]);
    let client = visitor();
    let (lon, lat) = (-0.735, 51.995);
    let mut paths = Vec::new();
    for z in [10, 14] {
        let (x, y) = tile_at(lon, lat, z);
        paths.push(format!("/tiles/contributions/{z}/{x}/{y}.mvt"));
    }
    // Every node has the tiles cached, empty: a bubble tile (z10) and a pin tile (z14).
    for node in &nodes {
        for path in &paths {
            assert_eq!(tile_status(&client, node.url(path)).await, 204);
            assert_eq!(tile_status(&client, node.url(path)).await, 204, "cached");
        }
    }
    let r = post(
        &client,
        nodes[0].url(CONTRIBUTIONS),
        &feature_at("a pin in Bletchley", lon, lat),
    )
    .await;
    assert_eq!(r.status(), 201);
    // The others hear of it through the relay and evict their copies; the bubble tile
    // may be served stale a moment while it renders again.
    for node in &nodes {
        for path in &paths {
            until(
                &format!("{path} on {}", node.address),
                Duration::from_secs(20),
                || async { tile_status(&client, node.url(path)).await == 200 },
            )
            .await;
        }
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn three_senders_send_each_queued_mail_once(pool: PgPool) {
    let dir = std::env::temp_dir().join(format!("waymark-nodes-mail-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let nodes = three_nodes(
        &pool,
        &[
            ("WAYMARK_MAIL_URL", format!("file://{}", dir.display())),
            (
                "WAYMARK_MAIL_FROM",
                "Waymark <waymark@example.org>".to_owned(),
            ),
        ],
    );
    let mails = 60;
    // One statement: one notification wakes the three senders together.
    sqlx::query(
        "INSERT INTO mail_outbox (kind, to_address, subject, body_text)
         SELECT 'confirm', 'person' || g || '@example.org', 'Mail ' || g, 'Hello'
           FROM generate_series(1, $1) g",
    )
    .bind(mails)
    .execute(&pool)
    .await
    .unwrap();
    until("every mail sent", Duration::from_secs(30), || async {
        let left: i64 =
            sqlx::query_scalar("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL")
                .fetch_one(&pool)
                .await
                .unwrap();
        left == 0
    })
    .await;
    drop(nodes);
    let subjects: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            text.lines()
                .find_map(|l| l.strip_prefix("Subject: "))
                .expect("a subject")
                .to_owned()
        })
        .collect();
    let distinct: HashSet<&String> = subjects.iter().collect();
    assert_eq!(
        subjects.len(),
        mails as usize,
        "one file a mail: none sent twice"
    );
    assert_eq!(distinct.len(), mails as usize);
    let attempts: Vec<i32> = sqlx::query_scalar("SELECT DISTINCT attempts FROM mail_outbox")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(attempts, [1]);
    std::fs::remove_dir_all(&dir).unwrap();
}

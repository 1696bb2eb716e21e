//! Faults: the database crashes (an immediate stop, as a power cut would leave it) while
//! people write, and comes back. Waymark's promise is "acknowledged means stored": every
//! 201 survives, every other answer meanwhile is a quick 503 with `Retry-After`, `/readyz`
//! says so, and the same process recovers by itself (pools, LISTEN connections, event
//! streams, the mail sender).
//!
//! The test crashes a PostgreSQL cluster of its own (`scripts/db.sh` in a directory of
//! its own, with durability on), never the one the other tests share.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::Mutex;
use waymark_tests::{EventStream, NO_LIMITS, TestApp, feature, visitor};

/// How long a request may wait for a connection here; answers during the outage must
/// come within it (and a little for the request itself).
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(2);
const WRITERS: usize = 8;

/// A PostgreSQL cluster of this test's own, destroyed when the test ends.
struct Cluster {
    dir: tempfile::TempDir,
}

impl Cluster {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("a directory");
        // The `postgres` user runs the server when the tests run as root.
        std::fs::set_permissions(
            dir.path(),
            std::os::unix::fs::PermissionsExt::from_mode(0o1777),
        )
        .unwrap();
        Self { dir }
    }

    fn db(&self, command: &str) -> String {
        let script = repository().join("scripts/db.sh");
        let out = Command::new(&script)
            .arg(command)
            .env("TMPDIR", self.dir.path())
            .env("DB_DURABLE", "1")
            .env_remove("DATABASE_URL")
            .output()
            .expect("scripts/db.sh runs");
        assert!(
            out.status.success(),
            "db.sh {command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new(repository().join("scripts/db.sh"))
            .arg("destroy")
            .env("TMPDIR", self.dir.path())
            .output();
    }
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the repository")
        .to_owned()
}

/// One write and what came of it.
#[derive(Debug)]
struct Answer {
    title: String,
    status: u16,
    id: Option<String>,
    code: Option<String>,
    problem_json: bool,
    retry_after: bool,
    took: Duration,
}

async fn write(app: &TestApp, client: &reqwest::Client, title: String) -> Answer {
    let started = Instant::now();
    let response = app.post_feature(client, &feature(&title)).await;
    let took = started.elapsed();
    let status = response.status().as_u16();
    let problem_json = response
        .headers()
        .get("content-type")
        .is_some_and(|v| v == "application/problem+json");
    let retry_after = response.headers().contains_key("retry-after");
    let body: Value = response.json().await.unwrap_or(Value::Null);
    Answer {
        title,
        status,
        id: body["id"].as_str().map(str::to_owned),
        code: body["code"].as_str().map(str::to_owned),
        problem_json,
        retry_after,
        took,
    }
}

/// The tile x/y holding a point at zoom z.
fn tile_of(lon: f64, lat: f64, z: u8) -> (u32, u32) {
    let n = f64::from(1u32 << z);
    let x = ((lon + 180.0) / 360.0 * n).floor();
    let r = lat.to_radians();
    let y = ((1.0 - (r.tan() + 1.0 / r.cos()).ln() / std::f64::consts::PI) / 2.0 * n).floor();
    (x as u32, y as u32)
}

async fn ready(app: &TestApp) -> u16 {
    app.client
        .get(app.url("/readyz"))
        .send()
        .await
        .map_or(0, |r| r.status().as_u16())
}

/// Polls `/readyz` until it answers `status`, for at most a minute.
async fn until_ready_is(app: &TestApp, status: u16) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while ready(app).await != status {
        assert!(Instant::now() < deadline, "/readyz never answered {status}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until `enough` holds of the answers so far, for at most a minute.
async fn until(answers: &Mutex<Vec<Answer>>, what: &str, enough: impl Fn(&[Answer]) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !enough(&answers.lock().await) {
        assert!(Instant::now() < deadline, "never: {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_writes_survive_a_database_crash_and_the_process_recovers_by_itself() {
    let cluster = Cluster::new();
    let url = cluster.db("up");
    let pool = waymark_store::connect_waiting_at_most(&url, 10, ACQUIRE_TIMEOUT)
        .await
        .expect("the cluster");
    waymark_store::MIGRATOR
        .run(&pool)
        .await
        .expect("migrations");
    let mut conn = pool.acquire().await.unwrap();
    waymark::seed::load_plan(&mut conn).await.expect("the plan");
    drop(conn);
    let app = Arc::new(
        TestApp::spawn_with(
            pool.clone(),
            waymark_api::ApiConfig {
                limits: NO_LIMITS,
                database_url: Some(url),
                ..Default::default()
            },
        )
        .await,
    );
    // A second process on the same database, which hears of the first one's writes only
    // through its LISTEN connection (tile invalidations).
    let other = TestApp::spawn_with(
        pool.clone(),
        waymark_api::ApiConfig {
            limits: NO_LIMITS,
            ..Default::default()
        },
    )
    .await;
    // The mail loop `serve` runs beside the API, sending into a folder of this test's.
    let mut inbox = waymark_tests::mail::Inbox::new();
    let mail_loop = tokio::spawn(waymark::mail::run(
        pool.clone(),
        Some(inbox.sender()),
        "Waymark <waymark@example.org>".parse().unwrap(),
        app.url(""),
        Duration::from_secs(3600),
    ));
    app.events_ready().await;
    let mut stream = EventStream::open(&app, &visitor(), None).await;
    let tile = {
        let (x, y) = tile_of(-0.749, 52.035, 16);
        format!("/tiles/contributions/16/{x}/{y}.mvt")
    };
    assert_eq!(other.fetch_tile(&tile).await.0, 200, "the tile is cached");

    let answers = Arc::new(Mutex::new(Vec::<Answer>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let mut writers = Vec::new();
    for w in 0..WRITERS {
        let (app, answers, stop) = (app.clone(), answers.clone(), stop.clone());
        writers.push(tokio::spawn(async move {
            let client = visitor();
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                let answer = write(&app, &client, format!("Writer {w} pin {n}")).await;
                answers.lock().await.push(answer);
                n += 1;
            }
        }));
    }
    until(&answers, "writes before the crash", |a| a.len() >= 40).await;

    cluster.db("crash");
    until_ready_is(&app, 503).await;
    until(&answers, "answers during the outage", |a| {
        a.iter().filter(|a| a.status != 201).count() >= WRITERS
    })
    .await;
    let outage_ended_at = {
        cluster.db("up");
        until_ready_is(&app, 200).await;
        answers.lock().await.len()
    };
    until(&answers, "writes after the restart", |a| {
        a[outage_ended_at..]
            .iter()
            .filter(|a| a.status == 201)
            .count()
            >= 40
    })
    .await;
    stop.store(true, Ordering::Relaxed);
    for writer in writers {
        writer.await.unwrap();
    }

    let answers = answers.lock().await;
    // Every answer that was not a 201 was a quick 503 problem with Retry-After.
    let refused: Vec<&Answer> = answers.iter().filter(|a| a.status != 201).collect();
    assert!(!refused.is_empty());
    for a in &refused {
        assert_eq!(
            (a.status, a.code.as_deref(), a.problem_json, a.retry_after),
            (503, Some("unavailable"), true, true),
            "{a:?}"
        );
        assert!(a.took < ACQUIRE_TIMEOUT + Duration::from_secs(2), "{a:?}");
    }
    // Every acknowledged write is in the table after the crash.
    let acknowledged: HashSet<&str> = answers
        .iter()
        .filter(|a| a.status == 201)
        .map(|a| a.title.as_str())
        .collect();
    let stored: HashSet<String> =
        sqlx::query_scalar("SELECT title FROM contributions WHERE title LIKE 'Writer %'")
            .fetch_all(&pool)
            .await
            .unwrap()
            .into_iter()
            .collect();
    let lost: Vec<&&str> = acknowledged
        .iter()
        .filter(|t| !stored.contains(**t))
        .collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");

    // The other process's tile cache hears of a write made after the restart: its
    // LISTEN connection came back by itself.
    // (The writers crowd the tile's cell, so the new pin shows in its bubble's count rather
    // than by its id: the tile the other process serves must change.)
    let (_, _, before) = other.fetch_tile(&tile).await;
    let after = write(&app, &visitor(), "After the restart".into()).await;
    assert!(after.id.is_some(), "a write after the restart");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (_, _, body) = other.fetch_tile(&tile).await;
        if body != before {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the other process still serves its old tile"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // The mail sender came back by itself: a subscription asked for after the restart
    // gets its confirmation mail.
    let subscribed = visitor()
        .post(app.url("/api/v1/plans/milton-keynes/subscriptions"))
        .json(&serde_json::json!({ "email": "after.restart@example.org", "neighbourhood": "fishermead" }))
        .send()
        .await
        .unwrap();
    assert!(subscribed.status().is_success(), "{}", subscribed.status());
    let deadline = Instant::now() + Duration::from_secs(90);
    while !inbox
        .arrived()
        .iter()
        .any(|m| m.to == "after.restart@example.org")
    {
        assert!(
            Instant::now() < deadline,
            "the mail sender never sent the confirmation"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    mail_loop.abort();

    // The stream opened before the crash (resumed by Last-Event-ID if the server ended
    // it) tells of every pin acknowledged after it opened.
    let mut missing: HashSet<String> = answers.iter().filter_map(|a| a.id.clone()).collect();
    let mut last_id = None;
    while !missing.is_empty() {
        match stream.next_or_end().await {
            Some(event) => {
                last_id = Some(event.id);
                if event.kind == "created" {
                    missing.remove(event.data["id"].as_str().unwrap_or(""));
                }
            }
            None => stream = EventStream::open(&app, &visitor(), last_id).await,
        }
    }
}

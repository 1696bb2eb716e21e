//! Retention: the pass `serve` runs every hour deletes events and expired sessions past
//! their time, keeps the rest, and counts what it deleted in `/metrics`.

use sqlx::PgPool;
use uuid::Uuid;
use waymark::retention::{self, Retention};
use waymark_tests::{TestApp, feature, visitor};

async fn event_ids(pool: &PgPool) -> Vec<i64> {
    sqlx::query_scalar("SELECT id FROM events ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap()
}

async fn age_events(pool: &PgPool, ids: &[i64], days: i32) {
    sqlx::query("UPDATE events SET at = now() - make_interval(days => $2) WHERE id = ANY($1)")
        .bind(ids)
        .bind(days)
        .execute(pool)
        .await
        .unwrap();
}

async fn pin(app: &TestApp, title: &str) {
    assert_eq!(
        app.post_feature(&visitor(), &feature(title)).await.status(),
        201
    );
}

/// The value of the sample whose line starts with `series` (name and labels).
fn sample(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0.0)
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn events_past_their_days_are_pruned_and_newer_ones_kept(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    for title in ["One", "Two", "Three", "Four"] {
        pin(&app, title).await;
    }
    let all = event_ids(&app.pool).await;
    assert_eq!(all.len(), 4, "{all:?}");
    age_events(&app.pool, &all[..2], 31).await;
    age_events(&app.pool, &all[2..3], 29).await;

    let pruned = retention::prune(&app.pool, &Retention::default())
        .await
        .unwrap();
    assert_eq!(pruned.events, 2);
    assert_eq!(event_ids(&app.pool).await, all[2..]);

    // Even when every event is old the newest stays: new streams and digests start there.
    age_events(&app.pool, &all, 90).await;
    let pruned = retention::prune(&app.pool, &Retention::default())
        .await
        .unwrap();
    assert_eq!(pruned.events, 1);
    assert_eq!(event_ids(&app.pool).await, all[3..]);

    // A longer setting keeps more.
    pin(&app, "Five").await;
    let all = event_ids(&app.pool).await;
    age_events(&app.pool, &all, 60).await;
    let ninety = Retention {
        events_days: 90,
        ..Retention::default()
    };
    assert_eq!(
        retention::prune(&app.pool, &ninety).await.unwrap().events,
        0
    );
    assert_eq!(event_ids(&app.pool).await, all);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn sessions_are_pruned_a_week_after_they_expired(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut clients = Vec::new();
    for _ in 0..3 {
        clients.push(app.signed_in("resident").await);
    }
    let users: Vec<Uuid> = sqlx::query_scalar("SELECT user_id FROM sessions ORDER BY created_at")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    assert_eq!(users.len(), 3);
    for (user, expired_days_ago) in [(users[0], 8), (users[1], 6)] {
        sqlx::query(
            "UPDATE sessions SET expires_at = now() - make_interval(days => $2) WHERE user_id = $1",
        )
        .bind(user)
        .bind(expired_days_ago)
        .execute(&app.pool)
        .await
        .unwrap();
    }

    let pruned = retention::prune(&app.pool, &Retention::default())
        .await
        .unwrap();
    assert_eq!(pruned.sessions, 1);
    let left: Vec<Uuid> = sqlx::query_scalar("SELECT user_id FROM sessions ORDER BY created_at")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    assert_eq!(left, users[1..]);
    // The live session still signs its holder in.
    let me = clients[2].get(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(me.status(), 200);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn metrics_count_the_pruned_rows_by_table(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    pin(&app, "One").await;
    pin(&app, "Two").await;
    let _signed_in = app.signed_in("resident").await;
    age_events(&app.pool, &event_ids(&app.pool).await, 31).await;
    sqlx::query("UPDATE sessions SET expires_at = now() - interval '8 days'")
        .execute(&app.pool)
        .await
        .unwrap();
    let scrape = || async {
        let r = reqwest::get(app.url("/metrics")).await.unwrap();
        assert_eq!(r.status(), 200);
        r.text().await.unwrap()
    };
    let events = r#"pruned_rows_total{table="events"}"#;
    let sessions = r#"pruned_rows_total{table="sessions"}"#;

    let before = scrape().await;
    let pruned = retention::prune(&app.pool, &Retention::default())
        .await
        .unwrap();
    assert_eq!((pruned.events, pruned.sessions), (1, 1));
    let after = scrape().await;
    assert!(
        after.contains("# TYPE pruned_rows_total counter"),
        "{after}"
    );
    // Other tests of this binary may prune at the same time: at least ours are counted.
    assert!(
        sample(&after, events) - sample(&before, events) >= 1.0,
        "{after}"
    );
    assert!(
        sample(&after, sessions) - sample(&before, sessions) >= 1.0,
        "{after}"
    );
}

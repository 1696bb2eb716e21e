//! Retention: the pass `serve` runs every hour (and `waymark privacy purge` from cron)
//! deletes, or cuts from the person, exactly what is past its days, keeps the rest, and
//! counts what it purged in `/metrics`.

use serde_json::{Value, json};
use sqlx::PgPool;
use uuid::Uuid;
use waymark::privacy::{self, PrivacyCommand};
use waymark::retention::{self, Retention};
use waymark_tests::{TestApp, feature, visitor};

/// Where the warning mail's sign-in link points.
const BASE: &str = "http://waymark.test";

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

    let pruned = retention::prune(&app.pool, &Retention::default(), BASE)
        .await
        .unwrap();
    assert_eq!(pruned.events, 2);
    assert_eq!(event_ids(&app.pool).await, all[2..]);

    // Even when every event is old the newest stays: new streams and digests start there.
    age_events(&app.pool, &all, 90).await;
    let pruned = retention::prune(&app.pool, &Retention::default(), BASE)
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
        retention::prune(&app.pool, &ninety, BASE)
            .await
            .unwrap()
            .events,
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

    let pruned = retention::prune(&app.pool, &Retention::default(), BASE)
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
    let pruned = retention::prune(&app.pool, &Retention::default(), BASE)
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

async fn scalar<T>(pool: &PgPool, sql: &str) -> T
where
    T: for<'r> sqlx::Decode<'r, sqlx::Postgres> + sqlx::Type<sqlx::Postgres> + Send + Unpin,
{
    sqlx::query_scalar(sql).fetch_one(pool).await.unwrap()
}

async fn execute(pool: &PgPool, sql: &str) {
    sqlx::query(sql).execute(pool).await.unwrap();
}

/// Posts a pin as `client` and returns its id.
async fn pin_as(app: &TestApp, client: &reqwest::Client, title: &str) -> Uuid {
    let r = app.post_feature(client, &feature(title)).await;
    assert_eq!(r.status(), 201);
    let body: Value = r.json().await.unwrap();
    body["id"].as_str().unwrap().parse().unwrap()
}

async fn support(app: &TestApp, client: &reqwest::Client, pin: Uuid) -> i64 {
    let r = client
        .put(app.url(&format!("/api/v1/contributions/{pin}/support")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    r.json::<Value>().await.unwrap()["support_count"]
        .as_i64()
        .unwrap()
}

async fn support_count(app: &TestApp, pin: Uuid) -> i64 {
    let (status, body) = app.get_json(&format!("/api/v1/contributions/{pin}")).await;
    assert_eq!(status, 200);
    body["properties"]["support_count"]
        .as_i64()
        .or_else(|| body["support_count"].as_i64())
        .unwrap()
}

async fn age(pool: &PgPool, table: &str, column: &str, id_column: &str, id: Uuid, days: i32) {
    sqlx::query(&format!(
        "UPDATE {table} SET {column} = now() - make_interval(days => $2) WHERE {id_column} = $1"
    ))
    .bind(id)
    .bind(days)
    .execute(pool)
    .await
    .unwrap();
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn retry_keys_are_forgotten_after_their_days_and_nothing_anyone_sees_changes(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut ids = Vec::new();
    for (key, title) in [("old-key", "Old"), ("new-key", "New")] {
        let r = app
            .client
            .post(app.url("/api/v1/plans/milton-keynes/contributions"))
            .header("content-type", "application/geo+json")
            .header("idempotency-key", key)
            .body(feature(title).to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
        let body: Value = r.json().await.unwrap();
        ids.push(body["id"].as_str().unwrap().parse::<Uuid>().unwrap());
    }
    let r = app
        .client
        .post(app.url(&format!("/api/v1/contributions/{}/replies", ids[1])))
        .header("idempotency-key", "reply-key")
        .json(&json!({ "body": "Good idea" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    age(&app.pool, "contributions", "created_at", "id", ids[0], 8).await;
    age(&app.pool, "contributions", "created_at", "id", ids[1], 6).await;
    execute(
        &app.pool,
        "UPDATE replies SET created_at = now() - interval '8 days'",
    )
    .await;
    let events_before: i64 = scalar(&app.pool, "SELECT count(*) FROM events").await;

    let pruned = retention::prune(&app.pool, &Retention::default(), BASE)
        .await
        .unwrap();
    assert_eq!(pruned.idempotency_keys, 2);
    let keys: Vec<(Uuid, Option<String>, bool)> = sqlx::query_as(
        "SELECT id, idempotency_key, request_hash IS NOT NULL FROM contributions ORDER BY title DESC",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        keys,
        [
            (ids[0], None, false),
            (ids[1], Some("new-key".into()), true)
        ]
    );
    let reply_key: Option<String> = scalar(&app.pool, "SELECT idempotency_key FROM replies").await;
    assert_eq!(reply_key, None);
    // Cutting a private key is no news: no event for the stream or the digests.
    let events_after: i64 = scalar(&app.pool, "SELECT count(*) FROM events").await;
    assert_eq!(events_after, events_before);
    // Past its window a retry with the old key is a new pin, as any new request.
    let again = app
        .client
        .post(app.url("/api/v1/plans/milton-keynes/contributions"))
        .header("content-type", "application/geo+json")
        .header("idempotency-key", "old-key")
        .body(feature("Old").to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 201);
    assert_eq!(
        retention::prune(&app.pool, &Retention::default(), BASE)
            .await
            .unwrap()
            .idempotency_keys,
        0
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn visitor_links_are_cut_after_their_days_and_supports_still_count_once(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (ann, bea) = (visitor(), visitor());
    let old = pin_as(&app, &ann, "Old pin").await;
    let recent = pin_as(&app, &ann, "Recent pin").await;
    let member = app.signed_in("resident").await;
    let members_pin = pin_as(&app, &member, "A member's pin").await;
    let r = ann
        .post(app.url(&format!("/api/v1/contributions/{recent}/replies")))
        .json(&json!({ "body": "More on this" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    assert_eq!(support(&app, &ann, recent).await, 1);
    assert_eq!(support(&app, &bea, recent).await, 2);
    let r = bea
        .post(app.url(&format!("/api/v1/contributions/{old}/flags")))
        .json(&json!({ "reason": "Duplicate" }))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.status());

    // Pins and replies just past 90 days lose their visitor key; one just inside keeps it.
    age(&app.pool, "contributions", "created_at", "id", old, 91).await;
    age(&app.pool, "contributions", "created_at", "id", recent, 89).await;
    age(
        &app.pool,
        "contributions",
        "created_at",
        "id",
        members_pin,
        400,
    )
    .await;
    execute(
        &app.pool,
        "UPDATE replies SET created_at = now() - interval '91 days'",
    )
    .await;
    // Supports and flags keep theirs while a visitor cookie may live (365 days).
    execute(
        &app.pool,
        "UPDATE supports SET created_at = now() - interval '364 days'
          WHERE supporter IN (SELECT author_key FROM contributions WHERE title = 'Old pin')",
    )
    .await;
    execute(
        &app.pool,
        "UPDATE supports SET created_at = now() - interval '366 days'
          WHERE supporter NOT IN (SELECT author_key FROM contributions WHERE title = 'Old pin')",
    )
    .await;
    execute(
        &app.pool,
        "UPDATE flags SET created_at = now() - interval '366 days'",
    )
    .await;
    let ann_key: String = scalar(
        &app.pool,
        "SELECT author_key FROM contributions WHERE title = 'Old pin'",
    )
    .await;

    // The dry run says what would go, and changes nothing.
    let said = privacy::run(
        &app.pool,
        &Retention::default(),
        BASE,
        PrivacyCommand::Purge { dry_run: true },
    )
    .await
    .unwrap();
    assert!(said.contains("dry run: nothing was changed"), "{said}");
    // The old pin, the reply, Bea's support and her flag.
    assert!(said.contains("\nvisitor_links: 4\n"), "{said}");
    let unchanged: i64 = scalar(
        &app.pool,
        "SELECT count(*) FROM contributions WHERE author_key LIKE 'visitor:%'",
    )
    .await;
    assert_eq!(unchanged, 2);

    // The command itself purges exactly those.
    let said = privacy::run(
        &app.pool,
        &Retention::default(),
        BASE,
        PrivacyCommand::Purge { dry_run: false },
    )
    .await
    .unwrap();
    assert!(!said.contains("dry run"), "{said}");
    assert!(said.contains("\nvisitor_links: 4\n"), "{said}");
    let authors: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT title, author_key FROM contributions ORDER BY title")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(authors[0].0, "A member's pin");
    assert!(authors[0].1.as_deref().unwrap().starts_with("user:"));
    assert_eq!(authors[1], ("Old pin".to_owned(), None));
    assert_eq!(authors[2], ("Recent pin".to_owned(), Some(ann_key.clone())));
    let reply_author: Option<String> = scalar(&app.pool, "SELECT author_key FROM replies").await;
    assert_eq!(reply_author, None);
    let supporters: Vec<String> =
        sqlx::query_scalar("SELECT supporter FROM supports ORDER BY created_at DESC")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(supporters[0], ann_key);
    assert!(supporters[1].starts_with("cut:"), "{supporters:?}");
    let reporter: String = scalar(&app.pool, "SELECT reporter_key FROM flags").await;
    assert!(reporter.starts_with("cut:"), "{reporter}");
    // Both supports still count, once each; Ann's cookie still knows hers.
    assert_eq!(support_count(&app, recent).await, 2);
    assert_eq!(support(&app, &ann, recent).await, 2);

    // A second pass finds nothing more, and the cut keys stay as they are.
    let pruned = retention::prune(&app.pool, &Retention::default(), BASE)
        .await
        .unwrap();
    assert_eq!(pruned.visitor_links, 0);
    let again: Vec<String> =
        sqlx::query_scalar("SELECT supporter FROM supports ORDER BY created_at DESC")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(again, supporters);

    // 0 keeps visitors' links for ever.
    execute(
        &app.pool,
        "UPDATE contributions SET created_at = now() - interval '5 years'",
    )
    .await;
    let keep = Retention {
        visitor_links_days: 0,
        ..Retention::default()
    };
    let pruned = retention::prune(&app.pool, &keep, BASE).await.unwrap();
    assert_eq!(pruned.visitor_links, 0);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn sent_mail_goes_after_its_days_and_unsent_mail_stays(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    execute(
        &app.pool,
        "INSERT INTO mail_outbox (kind, to_address, subject, body_text, created_at, sent_at)
         VALUES ('digest', 'old@example.org', 's', 'b', now() - interval '40 days', now() - interval '31 days'),
                ('digest', 'recent@example.org', 's', 'b', now() - interval '40 days', now() - interval '29 days'),
                ('digest', 'unsent@example.org', 's', 'b', now() - interval '40 days', NULL)",
    )
    .await;
    let pruned = retention::prune(&app.pool, &Retention::default(), BASE)
        .await
        .unwrap();
    assert_eq!(pruned.sent_mail, 1);
    let left: Vec<String> = sqlx::query_scalar("SELECT to_address FROM mail_outbox ORDER BY 1")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    assert_eq!(left, ["recent@example.org", "unsent@example.org"]);
    // A shorter setting forgets sooner.
    let week = Retention {
        sent_mail_days: 7,
        ..Retention::default()
    };
    assert_eq!(
        retention::prune(&app.pool, &week, BASE)
            .await
            .unwrap()
            .sent_mail,
        1
    );
}

/// The id of the account with the newest session.
async fn newest_user(pool: &PgPool) -> Uuid {
    scalar(
        pool,
        "SELECT user_id FROM sessions ORDER BY created_at DESC LIMIT 1",
    )
    .await
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn unused_residents_accounts_are_warned_once_then_deleted_and_staff_never(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let gone_client = app.signed_in("resident").await;
    let gone = newest_user(&app.pool).await;
    let gone_pin = pin_as(&app, &gone_client, "Written by someone who left").await;
    assert_eq!(support(&app, &gone_client, gone_pin).await, 1);
    let back_client = app.signed_in("resident").await;
    let back = newest_user(&app.pool).await;
    let _recent_client = app.signed_in("resident").await;
    let recent = newest_user(&app.pool).await;
    let _admin_client = app.signed_in("admin").await;
    let admin = newest_user(&app.pool).await;
    for (user, days) in [(gone, 366), (back, 366), (recent, 364), (admin, 400)] {
        age(&app.pool, "users", "last_seen_at", "id", user, days).await;
    }
    let on = Retention {
        inactive_accounts_days: 365,
        inactive_warning_days: 30,
        ..Retention::default()
    };

    // Off by default: nobody is warned.
    let pruned = retention::prune(&app.pool, &Retention::default(), BASE)
        .await
        .unwrap();
    assert_eq!(
        (pruned.inactivity_warnings, pruned.inactive_accounts),
        (0, 0)
    );

    // The two residents past a year are warned, once; the admin and the recent one are not.
    let pruned = retention::prune(&app.pool, &on, BASE).await.unwrap();
    assert_eq!(
        (pruned.inactivity_warnings, pruned.inactive_accounts),
        (2, 0)
    );
    let pruned = retention::prune(&app.pool, &on, BASE).await.unwrap();
    assert_eq!(
        (pruned.inactivity_warnings, pruned.inactive_accounts),
        (0, 0)
    );
    let mails: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT to_address, subject, body_text FROM mail_outbox
          WHERE kind = 'inactive_account' ORDER BY to_address",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(mails.len(), 2);
    let emails: Vec<String> =
        sqlx::query_scalar("SELECT email FROM users WHERE id = ANY($1) ORDER BY email")
            .bind([gone, back])
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        mails.iter().map(|m| m.0.clone()).collect::<Vec<_>>(),
        emails
    );
    let (_, subject, body) = &mails[0];
    assert_eq!(subject, "Your Waymark account will be deleted");
    assert!(
        body.contains("\nhttp://waymark.test/account/signin\n"),
        "{body}"
    );
    let deadline = (time::OffsetDateTime::now_utc().date() + time::Duration::days(30)).to_string();
    assert!(body.contains(&deadline), "{body}");

    // One of them comes back: being seen withdraws the warning.
    let me = back_client.get(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(me.status(), 200);

    // A day before the warning's 30 days are up, nothing goes.
    execute(
        &app.pool,
        "UPDATE users SET inactivity_warned_at = now() - interval '29 days'
          WHERE inactivity_warned_at IS NOT NULL",
    )
    .await;
    let pruned = retention::prune(&app.pool, &on, BASE).await.unwrap();
    assert_eq!(pruned.inactive_accounts, 0);

    // Past them, only the account still unused goes; what it wrote stays, cut from it.
    execute(
        &app.pool,
        "UPDATE users SET inactivity_warned_at = now() - interval '31 days'
          WHERE inactivity_warned_at IS NOT NULL",
    )
    .await;
    let pruned = retention::prune(&app.pool, &on, BASE).await.unwrap();
    assert_eq!(
        (pruned.inactivity_warnings, pruned.inactive_accounts),
        (0, 1)
    );
    let left: Vec<Uuid> = sqlx::query_scalar("SELECT id FROM users ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    let mut expected = vec![back, recent, admin];
    expected.sort();
    assert_eq!(left, expected);
    let author: Option<String> =
        sqlx::query_scalar("SELECT author_key FROM contributions WHERE id = $1")
            .bind(gone_pin)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(author, None);
    let supporter: String = scalar(&app.pool, "SELECT supporter FROM supports").await;
    assert!(supporter.starts_with("cut:"), "{supporter}");
    assert_eq!(support_count(&app, gone_pin).await, 1);
    let me = gone_client.get(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(me.status(), 401);

    // The admin, unused for longer still, is never warned nor deleted.
    let pruned = retention::prune(&app.pool, &on, BASE).await.unwrap();
    assert_eq!(
        (pruned.inactivity_warnings, pruned.inactive_accounts),
        (0, 0)
    );
    let warned_admin: Option<time::OffsetDateTime> =
        sqlx::query_scalar("SELECT inactivity_warned_at FROM users WHERE id = $1")
            .bind(admin)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(warned_admin, None);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn metrics_count_each_rule(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let ann = visitor();
    let old = pin_as(&app, &ann, "Old").await;
    age(&app.pool, "contributions", "created_at", "id", old, 91).await;
    let scrape = || async {
        let r = reqwest::get(app.url("/metrics")).await.unwrap();
        r.text().await.unwrap()
    };
    let series = r#"pruned_rows_total{table="visitor_links"}"#;
    let before = scrape().await;
    let pruned = retention::prune(&app.pool, &Retention::default(), BASE)
        .await
        .unwrap();
    assert_eq!(pruned.visitor_links, 1);
    let after = scrape().await;
    assert!(
        sample(&after, series) - sample(&before, series) >= 1.0,
        "{after}"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn unconfirmed_volunteers_go_after_a_week_and_help_requests_after_ninety_days(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let pin = pin_as(&app, &visitor(), "Solar on the school roof?").await;
    execute(
        &app.pool,
        "WITH p AS (INSERT INTO projects (plan_id, slug, title, technology, site)
                    SELECT id, 'school-solar', 'School solar', 'solar_pv',
                           ST_SetSRID(ST_MakePoint(-0.76, 52.04), 4326) FROM plans LIMIT 1
                    RETURNING id),
              r AS (INSERT INTO volunteer_roles (project_id, title) SELECT id, 'Roof surveyor' FROM p
                    RETURNING id)
         INSERT INTO volunteers (role_id, email, confirm_digest, leave_digest, confirmed_at, created_at)
         SELECT r.id, v.email, decode(v.d, 'hex'), decode(v.d || '00', 'hex'), v.confirmed, v.created
           FROM r, (VALUES ('old-unconfirmed@example.org', '01', NULL::timestamptz, now() - interval '8 days'),
                           ('new-unconfirmed@example.org', '02', NULL, now() - interval '6 days'),
                           ('old-confirmed@example.org', '03', now() - interval '8 days', now() - interval '8 days'))
                AS v (email, d, confirmed, created)",
    )
    .await;
    sqlx::query(
        "INSERT INTO help_requests (contribution_id, requester_key, created_at)
         VALUES ($1, 'user:old', now() - interval '91 days'), ($1, 'user:new', now() - interval '89 days')",
    )
    .bind(pin)
    .execute(&app.pool)
    .await
    .unwrap();

    let pruned = retention::prune(&app.pool, &Retention::default(), BASE)
        .await
        .unwrap();
    assert_eq!(pruned.unconfirmed_volunteers, 1);
    assert_eq!(pruned.help_requests, 1);
    let left: Vec<String> = sqlx::query_scalar("SELECT email FROM volunteers ORDER BY email")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    assert_eq!(
        left,
        ["new-unconfirmed@example.org", "old-confirmed@example.org"]
    );
    let asks: Vec<String> = sqlx::query_scalar("SELECT requester_key FROM help_requests")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    assert_eq!(asks, ["user:new"]);
}

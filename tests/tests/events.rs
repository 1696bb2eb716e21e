//! Live events: every process delivers every event, resumes without gaps, and shows
//! each audience only what it may see.

use serde_json::{Value, json};
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;
use waymark_tests::{EventStream, TestApp, feature, visitor};

async fn second_process(pool: &PgPool) -> TestApp {
    let other = PgPoolOptions::new()
        .max_connections(5)
        .connect_with(pool.connect_options().as_ref().clone())
        .await
        .unwrap();
    TestApp::spawn(other).await
}

async fn post(app: &TestApp, title: &str) -> String {
    let created: Value = app
        .post_feature(&visitor(), &feature(title))
        .await
        .json()
        .await
        .unwrap();
    created["id"].as_str().unwrap().to_owned()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_pin_posted_to_one_process_reaches_the_other_and_a_resumed_stream_misses_nothing(
    pool: PgPool,
) {
    let a = TestApp::with_empty_plan(pool.clone()).await;
    let b = second_process(&pool).await;
    a.events_ready().await;
    b.events_ready().await;
    let mut on_b = EventStream::open(&b, &visitor(), None).await;
    let first = post(&a, "Posted to A").await;
    let event = on_b.next().await;
    assert_eq!(
        (event.kind.as_str(), event.data["id"].as_str()),
        ("created", Some(first.as_str()))
    );
    assert_eq!(event.data["properties"]["title"], "Posted to A");
    assert!(event.data["properties"].get("location").is_none());

    // The client drops; three pins arrive meanwhile, to either process.
    drop(on_b);
    let missed = [
        post(&a, "Missed 1").await,
        post(&b, "Missed 2").await,
        post(&a, "Missed 3").await,
    ];
    let mut resumed = EventStream::open(&b, &visitor(), Some(event.id)).await;
    let mut got = Vec::new();
    let mut last = event.id;
    for _ in 0..3 {
        let e = resumed.next().await;
        assert!(e.id > last, "in order");
        last = e.id;
        got.push(e.data["id"].as_str().unwrap().to_owned());
    }
    assert_eq!(got, missed);
    // And it goes on live.
    let after = post(&a, "After the resume").await;
    assert_eq!(resumed.next().await.data["id"], after.as_str());
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_hidden_pin_is_withdrawn_from_open_public_views(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    app.events_ready().await;
    let id = post(&app, "Soon hidden").await;
    let mut public = EventStream::open(&app, &visitor(), None).await;
    let moderator = app.signed_in("moderator").await;
    let r = moderator
        .post(app.url(&format!("/api/v1/contributions/{id}/moderation")))
        .json(&json!({ "action": "hide", "reason": "Abuse" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let e = public.until(&id, "hidden").await;
    assert_eq!(
        e.data,
        json!({ "id": id }),
        "a hidden event carries nothing but the id"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn pre_moderated_pins_reach_the_public_only_after_approval(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    app.events_ready().await;
    let admin = app.signed_in("admin").await;
    admin
        .patch(app.url("/api/v1/plans/milton-keynes"))
        .json(&json!({ "moderation": "pre" }))
        .send()
        .await
        .unwrap();
    let moderator = app.signed_in("moderator").await;
    let mut public = EventStream::open(&app, &visitor(), None).await;
    let mut moderators = EventStream::open(&app, &moderator, None).await;
    let id = post(&app, "Needs a look first").await;
    // Moderators hear of it at once; the public does not.
    let e = moderators.next().await;
    assert_eq!(
        (e.kind.as_str(), e.data["properties"]["status"].as_str()),
        ("created", Some("pending"))
    );
    moderator
        .post(app.url(&format!("/api/v1/contributions/{id}/moderation")))
        .json(&json!({ "action": "approve", "reason": "Fine" }))
        .send()
        .await
        .unwrap();
    // The first thing the public hears is the approved pin.
    let e = public.next().await;
    assert_eq!(e.kind, "created");
    assert_eq!(e.data["id"], id.as_str());
    assert_eq!(e.data["properties"]["status"], "published");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_workshop_pin_event_names_its_workshop(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    app.events_ready().await;
    let facilitator = app.signed_in("facilitator").await;
    let w = app
        .post_ok(
            &facilitator,
            "/api/v1/plans/milton-keynes/workshops",
            &json!({ "title": "Evening" }),
        )
        .await;
    let code = w["code"].as_str().unwrap();
    let mut stream = EventStream::open(&app, &visitor(), None).await;
    let mut pin = feature("From the room");
    pin["properties"]["workshop"] = json!(code);
    let created: Value = app
        .post_feature(&visitor(), &pin)
        .await
        .json()
        .await
        .unwrap();
    let e = stream
        .until(created["id"].as_str().unwrap(), "created")
        .await;
    assert_eq!(e.data["properties"]["workshop"], code);
    // Steering the workshop is an event too.
    facilitator
        .patch(app.url(&format!("/api/v1/workshops/{code}")))
        .json(&json!({ "status": "paused" }))
        .send()
        .await
        .unwrap();
    let e = stream.until(w["id"].as_str().unwrap(), "workshop").await;
    assert_eq!(e.data["status"], "paused");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn support_is_an_event_too(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    app.events_ready().await;
    let id = post(&app, "Popular").await;
    let mut stream = EventStream::open(&app, &visitor(), None).await;
    visitor()
        .put(app.url(&format!("/api/v1/contributions/{id}/support")))
        .send()
        .await
        .unwrap();
    let e = stream.until(&id, "supported").await;
    assert_eq!(e.data["properties"]["support_count"], 1);
}

async fn newest_event(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT coalesce(max(id), 0) FROM events")
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_client_far_behind_gets_every_event_it_missed_in_order(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    app.events_ready().await;
    let away_at = newest_event(&app).await;
    // More than ten thousand events while the client is away.
    const MISSED: usize = 10_050;
    sqlx::query(
        "INSERT INTO events (plan_id, kind, subject_id, audience, data)
         SELECT p.id, 'supported', gen_random_uuid(), 'public', jsonb_build_object('id', 'missed-' || g)
           FROM plans p, generate_series(1, $1) g WHERE p.slug = 'milton-keynes' ORDER BY g",
    )
    .bind(MISSED as i32)
    .execute(&app.pool)
    .await
    .unwrap();
    sqlx::query("SELECT pg_notify('waymark_events', '')")
        .execute(&app.pool)
        .await
        .unwrap();
    // The process has delivered them all once a pin posted after them has come through.
    app.events_ready().await;

    let mut resumed = EventStream::open(&app, &visitor(), Some(away_at)).await;
    let mut last = away_at;
    for n in 1..=MISSED {
        let e = resumed.next().await;
        assert_eq!(e.data["id"], format!("missed-{n}"), "event {n} of {MISSED}");
        assert!(e.id > last, "in order");
        last = e.id;
    }
    // Then what came after them (the warm-up pin), and then it goes on live.
    let e = resumed.next().await;
    assert_eq!(
        (e.kind.as_str(), e.data["properties"]["title"].as_str()),
        ("created", Some("Warm-up"))
    );
    let after = post(&app, "After the long resume").await;
    assert_eq!(resumed.next().await.data["id"], after.as_str());
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_event_that_commits_after_its_id_was_passed_is_still_delivered(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    waymark::seed::load_plan(&mut conn).await.unwrap();
    drop(conn);
    // A short grace, so that the dispatcher gives up waiting within the test.
    let mut state = waymark_api::AppState::new(
        pool.clone(),
        waymark_api::ApiConfig::default(),
        axum_extra::extract::cookie::Key::generate(),
    );
    state.events = std::sync::Arc::new(waymark_api::events::Hub::with_grace(
        std::time::Duration::from_millis(200),
    ));
    let app = TestApp::spawn_state(pool, state).await;
    app.events_ready().await;
    let mut stream = EventStream::open(&app, &visitor(), None).await;

    // A transaction takes an event id and holds it open.
    let mut slow = app.pool.begin().await.unwrap();
    let held: i64 = sqlx::query_scalar(
        "INSERT INTO events (plan_id, kind, subject_id, audience, data)
         SELECT id, 'updated', gen_random_uuid(), 'public', '{\"id\": \"slow\"}'
           FROM plans WHERE slug = 'milton-keynes' RETURNING id",
    )
    .fetch_one(&mut *slow)
    .await
    .unwrap();
    // A later event commits meanwhile; live views get it once the grace is over.
    let later = post(&app, "Committed meanwhile").await;
    let passed = stream.until(&later, "created").await;
    assert!(passed.id > held);

    // Now the slow transaction commits: its event comes, after the one that passed it.
    sqlx::query("SELECT pg_notify('waymark_events', '')")
        .execute(&mut *slow)
        .await
        .unwrap();
    slow.commit().await.unwrap();
    let e = stream.next().await;
    assert_eq!(
        (e.kind.as_str(), &e.data),
        ("updated", &json!({ "id": "slow" }))
    );
    assert!(e.id > passed.id, "delivered in the order it became visible");
    // A client that dropped just after the event that passed it gets it on resuming.
    let mut resumed = EventStream::open(&app, &visitor(), Some(passed.id)).await;
    assert_eq!(resumed.next().await.data, json!({ "id": "slow" }));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_client_resuming_from_before_the_events_kept_is_told_to_reload(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    app.events_ready().await;
    post(&app, "Soon pruned").await;
    let away_at = newest_event(&app).await;
    post(&app, "Pruned too").await;
    // Delivered live before they go.
    app.events_ready().await;
    let kept_from = newest_event(&app).await;
    // Old events are pruned (as retention does).
    sqlx::query("DELETE FROM events WHERE id <= $1")
        .bind(kept_from)
        .execute(&app.pool)
        .await
        .unwrap();
    let kept = post(&app, "Kept").await;

    // Missed events are gone: the client is told to load its data again, then goes on live.
    let mut behind = EventStream::open(&app, &visitor(), Some(away_at)).await;
    let e = behind.next().await;
    assert_eq!(e.kind, "reset");
    assert!(
        e.id >= kept_from,
        "resumes from where the server is: {}",
        e.id
    );
    let after = post(&app, "After the reset").await;
    assert_eq!(
        behind.until(&after, "created").await.data["id"],
        after.as_str()
    );

    // Up to date with everything pruned: no reset, just what is new.
    let mut current = EventStream::open(&app, &visitor(), Some(kept_from)).await;
    let e = current.next().await;
    assert_eq!(
        (e.kind.as_str(), e.data["id"].as_str()),
        ("created", Some(kept.as_str()))
    );

    // An id this server never gave out (another database, say) is no place to resume from.
    let mut stranger = EventStream::open(&app, &visitor(), Some(kept_from + 1_000_000)).await;
    assert_eq!(stranger.next().await.kind, "reset");
    let later = post(&app, "After the stranger's reset").await;
    assert_eq!(
        stranger.until(&later, "created").await.data["id"],
        later.as_str()
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_facilitator_hears_of_pins_held_in_their_own_workshop_only(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    app.events_ready().await;
    let facilitator = app.signed_in("facilitator").await;
    let w = app
        .post_ok(
            &facilitator,
            "/api/v1/plans/milton-keynes/workshops",
            &json!({ "title": "Checked evening" }),
        )
        .await;
    let code = w["code"].as_str().unwrap();
    let r = facilitator
        .patch(app.url(&format!("/api/v1/workshops/{code}")))
        .json(&json!({ "moderation": "pre" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let other = app.signed_in("facilitator").await;
    app.post_ok(
        &other,
        "/api/v1/plans/milton-keynes/workshops",
        &json!({ "title": "Another room" }),
    )
    .await;
    let mut theirs = EventStream::open(&app, &facilitator, None).await;
    let mut others = EventStream::open(&app, &other, None).await;
    let mut public = EventStream::open(&app, &visitor(), None).await;

    let mut pin = feature("Held for the room");
    pin["properties"]["workshop"] = json!(code);
    let held: Value = app
        .post_feature(&visitor(), &pin)
        .await
        .json()
        .await
        .unwrap();
    let id = held["id"].as_str().unwrap();
    let pending = theirs.until(id, "created").await;
    assert_eq!(pending.data["properties"]["status"], "pending");
    assert_eq!(pending.data["properties"]["title"], "Held for the room");

    let (status, _) = app
        .post_json_as(
            &facilitator,
            &format!("/api/v1/workshops/{code}/held/{id}"),
            &json!({ "action": "approve" }),
        )
        .await;
    assert_eq!(status, 200);
    // The first the others hear of it is the approved pin.
    for stream in [&mut others, &mut public] {
        let e = stream.next().await;
        assert_eq!(
            (e.kind.as_str(), e.data["id"].as_str()),
            ("created", Some(id))
        );
        assert_eq!(e.data["properties"]["status"], "published");
    }
    let e = theirs.until(id, "created").await;
    assert_eq!(e.data["properties"]["status"], "published");
    // A resuming facilitator gets the held pin's events too.
    let mut resumed = EventStream::open(&app, &facilitator, Some(pending.id - 1)).await;
    let e = resumed.next().await;
    assert_eq!(
        (
            e.data["id"].as_str(),
            e.data["properties"]["status"].as_str()
        ),
        (Some(id), Some("pending"))
    );
}

/// Writers commit in the reverse order of their event ids, and some roll back: every
/// committed event reaches an open stream exactly once, none is lost, and a rolled-back
/// id holds nothing back once its transaction has ended. (No writer sends NOTIFY: the
/// relay wakes the dispatcher.)
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn concurrent_writers_committing_out_of_order_lose_no_event(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    app.events_ready().await;
    let mut stream = EventStream::open(&app, &visitor(), None).await;

    const WRITERS: u32 = 8;
    // Connections of their own: the app's pool is small.
    let writers = PgPoolOptions::new()
        .max_connections(WRITERS)
        .connect_with(app.pool.connect_options().as_ref().clone())
        .await
        .unwrap();
    let mut open = Vec::new();
    for i in 0..WRITERS {
        let mut tx = writers.begin().await.unwrap();
        let subject: String = sqlx::query_scalar(
            "INSERT INTO events (plan_id, kind, subject_id, audience, data)
             SELECT id, 'updated', gen_random_uuid(), 'public', jsonb_build_object('id', $1::text)
               FROM plans WHERE slug = 'milton-keynes' RETURNING data->>'id'",
        )
        .bind(format!("writer {i}"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        open.push((subject, tx));
    }
    // The last id commits first, the first last; every third writer rolls back.
    let mut committed = Vec::new();
    for (i, (subject, tx)) in open.into_iter().enumerate().rev() {
        if i % 3 == 1 {
            tx.rollback().await.unwrap();
        } else {
            tx.commit().await.unwrap();
            committed.push(subject);
        }
    }
    // And a pin through the API behind them all.
    let last = post(&app, "After the writers").await;

    let mut got = Vec::new();
    let mut ids = Vec::new();
    loop {
        let e = stream.next().await;
        ids.push(e.id);
        if e.data["id"] == last.as_str() {
            break;
        }
        got.push(e.data["id"].as_str().unwrap().to_owned());
    }
    let mut want = committed.clone();
    want.sort();
    got.sort();
    assert_eq!(got, want, "every committed event, once");
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "in id order: {ids:?}");
}

/// One INSERT of several pins (statement-level triggers, migration 0038): an event per
/// pin, public or for moderators as each pin's status says, carrying the feature the
/// row-by-row function builds; and the published ones counted in their bubble cells.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn one_insert_of_several_pins_writes_an_event_and_a_bubble_count_for_each(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let inserted: Vec<(String, String)> = sqlx::query_as(
        "INSERT INTO contributions (plan_id, kind, themes, title, body, precision, location, status)
         SELECT p.id, k, '{energy}', 'Batch ' || i, 'One of three pins in one statement',
                'exact', ST_SetSRID(ST_MakePoint(-0.76 + i * 0.001, 52.03), 4326), s
           FROM plans p,
                (VALUES (1, 'idea', 'published'), (2, 'issue', 'published'),
                        (3, 'story', 'pending')) AS v (i, k, s)
          WHERE p.slug = 'milton-keynes'
         RETURNING id::text, status",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(inserted.len(), 3);

    let events: Vec<(String, String, bool)> = sqlx::query_as(
        "SELECT e.subject_id::text, e.audience, e.data = contribution_feature(c)
           FROM events e JOIN contributions c ON c.id = e.subject_id
          WHERE e.kind = 'created' ORDER BY c.title",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    let want: Vec<(String, String, bool)> = inserted
        .iter()
        .map(|(id, status)| {
            let audience = if status == "published" {
                "public"
            } else {
                "moderators"
            };
            (id.clone(), audience.to_owned(), true)
        })
        .collect();
    assert_eq!(events, want);

    let (counted, ideas, issues, stories): (i64, i64, i64, i64) = sqlx::query_as(
        "SELECT sum(count)::bigint, sum(ideas)::bigint, sum(issues)::bigint, sum(stories)::bigint
           FROM bubble_cells",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        (counted, ideas, issues, stories),
        (2, 1, 1, 0),
        "the pending pin is not counted"
    );
    let energy: i64 = sqlx::query_scalar(
        "SELECT sum(count)::bigint FROM bubble_cell_themes WHERE theme = 'energy'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(energy, 2);
}

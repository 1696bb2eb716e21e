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

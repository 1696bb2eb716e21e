//! Posting, listing, filtering, paging, supporting, replying to and editing pins.

use std::collections::HashSet;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use waymark_api::contributions::writer::PinWriter;
use waymark_domain::contribution::ContributionInput;
use waymark_domain::place::Position;
use waymark_domain::{Kind, NewContribution, Theme};
use waymark_store::contributions::{InsertOutcome, PinWrite, insert_many, insert_unlimited};
use waymark_tests::{TestApp, feature, feature_at, visitor};

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn posting_a_valid_feature_returns_201_with_a_location_that_serves_it(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let response = app
        .post_feature(&app.client, &feature("Solar on the Trinity Centre"))
        .await;
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["content-type"], "application/geo+json");
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let created: Value = response.json().await.unwrap();
    assert_eq!(
        location,
        format!("/api/v1/contributions/{}", created["id"].as_str().unwrap())
    );
    assert_eq!(created["properties"]["neighbourhood"], "fishermead");
    assert_eq!(created["geometry"]["coordinates"], json!([-0.749, 52.035]));

    let (status, fetched) = app.get_json(&location).await;
    assert_eq!(status, 200);
    assert_eq!(
        fetched["properties"]["title"],
        "Solar on the Trinity Centre"
    );
    assert_eq!(fetched["properties"]["display_name"], "Amira");
    assert_eq!(app.count_rows().await, 1);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_retry_with_the_same_idempotency_key_returns_the_same_pin_and_one_row(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let body = feature("Bus shelter at the Oldbrook stop").to_string();
    let post = || {
        app.client
            .post(app.url("/api/v1/plans/milton-keynes/contributions"))
            .header("content-type", "application/geo+json")
            .header("idempotency-key", "9f0c3c1e-offline-1")
            .body(body.clone())
            .send()
    };
    let first = post().await.unwrap();
    assert_eq!(first.status(), 201);
    let first_location = first.headers()["location"].clone();
    let first: Value = first.json().await.unwrap();
    let second = post().await.unwrap();
    assert_eq!(second.status(), 201);
    assert_eq!(second.headers()["location"], first_location);
    assert_eq!(second.headers()["idempotent-replayed"], "true");
    let second: Value = second.json().await.unwrap();
    assert_eq!(first["id"], second["id"]);
    assert_eq!(app.count_rows().await, 1);

    // The same key with another body is refused, and nothing is written.
    let other = app
        .client
        .post(app.url("/api/v1/plans/milton-keynes/contributions"))
        .header("content-type", "application/geo+json")
        .header("idempotency-key", "9f0c3c1e-offline-1")
        .body(feature("Something else").to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 422);
    let problem: Value = other.json().await.unwrap();
    assert_eq!(problem["code"], "idempotency_key_reused");
    assert_eq!(app.count_rows().await, 1);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn concurrent_retries_with_one_key_make_one_row(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let body = feature("Sent ten times from a flaky phone").to_string();
    let sends = (0..10).map(|_| {
        app.client
            .post(app.url("/api/v1/plans/milton-keynes/contributions"))
            .header("content-type", "application/geo+json")
            .header("idempotency-key", "same-key")
            .body(body.clone())
            .send()
    });
    let responses = futures::future::join_all(sends).await;
    let mut ids = HashSet::new();
    for r in responses {
        let r = r.unwrap();
        assert_eq!(r.status(), 201);
        let v: Value = r.json().await.unwrap();
        ids.insert(v["id"].as_str().unwrap().to_owned());
    }
    assert_eq!(ids.len(), 1);
    assert_eq!(app.count_rows().await, 1);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_neighbourhood_precision_pin_is_never_published_at_its_exact_point(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (lon, lat) = (-0.7512, 52.0331);
    let mut pin = feature_at("My front garden floods", lon, lat);
    pin["properties"]["precision"] = json!("neighbourhood");
    let response = app.post_feature(&app.client, &pin).await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    let id = created["id"].as_str().unwrap().to_owned();

    let centre: (f64, f64) = sqlx::query_as(
        "SELECT ST_X(centre), ST_Y(centre) FROM neighbourhoods WHERE slug = 'fishermead'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let exact = json!([lon, lat]);
    let published = created["geometry"]["coordinates"].clone();
    assert_ne!(published, exact);
    let [plon, plat] = [
        published[0].as_f64().unwrap(),
        published[1].as_f64().unwrap(),
    ];
    assert!((plon - centre.0).abs() < 1e-6 && (plat - centre.1).abs() < 1e-6);

    // Not in the single item, nor in any list page.
    let (_, single) = app.get_json(&format!("/api/v1/contributions/{id}")).await;
    assert_eq!(single["geometry"]["coordinates"], published);
    let (_, list) = app
        .get_json("/api/v1/plans/milton-keynes/contributions")
        .await;
    assert!(!list.to_string().contains(&lon.to_string()));

    // The public view has no exact location at all, and publishes the centre.
    let columns: Vec<String> = sqlx::query_scalar(
        "SELECT column_name::text FROM information_schema.columns
          WHERE table_name = 'contributions_public'",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert!(!columns.iter().any(|c| c == "location" || c == "author_key"));
    let at_exact: bool = sqlx::query_scalar(
        "SELECT ST_Equals(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326))
           FROM contributions_public WHERE id = $3::uuid",
    )
    .bind(lon)
    .bind(lat)
    .bind(&id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(!at_exact);
    // The exact point is kept for moderators.
    let kept: bool = sqlx::query_scalar(
        "SELECT ST_Equals(location, ST_SetSRID(ST_MakePoint($1, $2), 4326))
           FROM contributions WHERE id = $3::uuid",
    )
    .bind(lon)
    .bind(lat)
    .bind(&id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(kept);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_street_precision_pin_is_published_within_about_100_m_but_not_exactly(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (lon, lat) = (-0.75123, 52.03317);
    let mut pin = feature_at("Cracked paving on our street", lon, lat);
    pin["properties"]["precision"] = json!("street");
    let created: Value = app
        .post_feature(&app.client, &pin)
        .await
        .json()
        .await
        .unwrap();
    let c = &created["geometry"]["coordinates"];
    let (plon, plat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
    assert!(plon != lon || plat != lat);
    let metres: f64 = sqlx::query_scalar(
        "SELECT ST_Distance(ST_MakePoint($1, $2)::geography, ST_MakePoint($3, $4)::geography)",
    )
    .bind(lon)
    .bind(lat)
    .bind(plon)
    .bind(plat)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(metres > 0.0 && metres <= 75.0, "{metres} m");
}

/// Ids of every contribution the list returns for `query`, following `next` links.
async fn all_ids(app: &TestApp, query: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut url = Some(app.url(&format!(
        "/api/v1/plans/milton-keynes/contributions?{query}"
    )));
    while let Some(next) = url {
        let page: Value = app
            .client
            .get(&next)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        for f in page["features"].as_array().unwrap() {
            ids.push(f["id"].as_str().unwrap().to_owned());
        }
        url = page["next"].as_str().map(str::to_owned);
    }
    ids
}

async fn db_ids(app: &TestApp, condition: &str) -> HashSet<String> {
    sqlx::query_scalar::<_, String>(&format!(
        "SELECT c.id::text FROM contributions c
           LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
          WHERE c.status = 'published' AND ({condition})"
    ))
    .fetch_all(&app.pool)
    .await
    .unwrap()
    .into_iter()
    .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn following_next_links_returns_every_pin_once_newest_first(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let ids = all_ids(&app, "limit=37").await;
    let unique: HashSet<_> = ids.iter().cloned().collect();
    assert_eq!(unique.len(), ids.len(), "no pin twice");
    assert_eq!(unique, db_ids(&app, "true").await);
    assert!(ids.len() >= 300);

    let (_, first) = app
        .get_json("/api/v1/plans/milton-keynes/contributions?limit=5")
        .await;
    let dates: Vec<&str> = first["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["created_at"].as_str().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
    assert_eq!(first["numberReturned"], 5);
    assert_eq!(first["links"][1]["rel"], "next");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn filters_return_exactly_the_matching_pins(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let cases = [
        ("kind=issue", "c.kind = 'issue'"),
        ("kind=idea,story", "c.kind IN ('idea', 'story')"),
        ("theme=energy", "'energy' = ANY(c.themes)"),
        (
            "theme=green_space,health",
            "c.themes && ARRAY['green_space', 'health']",
        ),
        ("neighbourhood=fishermead", "n.slug = 'fishermead'"),
        (
            "q=solar",
            "c.search @@ websearch_to_tsquery('english', 'solar')",
        ),
        (
            "bbox=-0.76,52.03,-0.74,52.04",
            "c.geom && ST_MakeEnvelope(-0.76, 52.03, -0.74, 52.04, 4326)",
        ),
        (
            "kind=idea&theme=energy&neighbourhood=wolverton",
            "c.kind = 'idea' AND 'energy' = ANY(c.themes) AND n.slug = 'wolverton'",
        ),
    ];
    for (query, condition) in cases {
        let got: HashSet<_> = all_ids(&app, &format!("{query}&limit=50"))
            .await
            .into_iter()
            .collect();
        let expected = db_ids(&app, condition).await;
        assert!(
            !expected.is_empty(),
            "{query} matches something in the demo"
        );
        assert_eq!(got, expected, "{query}");
    }
    let none = all_ids(&app, "q=zzzxqj").await;
    assert!(none.is_empty());
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn each_person_supports_once_and_can_take_it_back(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let created: Value = app
        .post_feature(&app.client, &feature("Community fridge"))
        .await
        .json()
        .await
        .unwrap();
    let path = format!(
        "/api/v1/contributions/{}/support",
        created["id"].as_str().unwrap()
    );
    let (alice, bob) = (visitor(), visitor());
    for _ in 0..3 {
        let r: Value = alice
            .put(app.url(&path))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(r, json!({ "supported": true, "support_count": 1 }));
    }
    let r: Value = bob
        .put(app.url(&path))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r["support_count"], 2);
    let r: Value = alice
        .delete(app.url(&path))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r, json!({ "supported": false, "support_count": 1 }));

    let item = format!("/api/v1/contributions/{}", created["id"].as_str().unwrap());
    let seen_by_bob = app.get_ok(&bob, &item).await;
    assert_eq!(seen_by_bob["properties"]["supported"], true);
    assert_eq!(seen_by_bob["properties"]["support_count"], 1);
    let seen_by_alice = app.get_ok(&alice, &item).await;
    assert_eq!(seen_by_alice["properties"]["supported"], false);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn replies_are_listed_oldest_first_and_counted(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let created: Value = app
        .post_feature(&app.client, &feature("More benches by the lake"))
        .await
        .json()
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap();
    let path = format!("/api/v1/contributions/{id}/replies");
    for (text, name) in [
        ("Yes please", Some("Tom")),
        ("Agreed, for older people too", None),
    ] {
        let r = visitor()
            .post(app.url(&path))
            .json(&json!({ "body": text, "display_name": name }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
    }
    let (status, list) = app.get_json(&path).await;
    assert_eq!(status, 200);
    let bodies: Vec<_> = list["replies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["body"].clone())
        .collect();
    assert_eq!(
        bodies,
        [json!("Yes please"), json!("Agreed, for older people too")]
    );
    let (_, item) = app.get_json(&format!("/api/v1/contributions/{id}")).await;
    assert_eq!(item["properties"]["reply_count"], 2);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn only_the_author_can_edit_or_withdraw_a_pin(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let author = visitor();
    let created: Value = app
        .post_feature(&author, &feature("Speed bumps on Marlborough Street"))
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/contributions/{}", created["id"].as_str().unwrap());

    let stranger = visitor()
        .patch(app.url(&path))
        .json(&json!({ "title": "Hijacked" }))
        .send()
        .await
        .unwrap();
    assert_eq!(stranger.status(), 401);
    // A stranger who has a visitor cookie of their own is refused too.
    let other = visitor();
    app.post_feature(&other, &feature("Their own pin")).await;
    let r = other
        .patch(app.url(&path))
        .json(&json!({ "title": "Hijacked" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    let r = author
        .patch(app.url(&path))
        .header("content-type", "application/merge-patch+json")
        .body(
            json!({ "title": "Speed humps on Marlborough Street", "display_name": null })
                .to_string(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let edited: Value = r.json().await.unwrap();
    assert_eq!(
        edited["properties"]["title"],
        "Speed humps on Marlborough Street"
    );
    assert_eq!(edited["properties"]["display_name"], Value::Null);

    assert_eq!(
        other.delete(app.url(&path)).send().await.unwrap().status(),
        403
    );
    assert_eq!(
        author.delete(app.url(&path)).send().await.unwrap().status(),
        204
    );
    let (status, problem) = app.get_json(&path).await;
    assert_eq!((status, problem["code"].as_str()), (404, Some("not_found")));
    let (_, list) = app
        .get_json("/api/v1/plans/milton-keynes/contributions")
        .await;
    assert_eq!(
        list["numberReturned"], 1,
        "only the other visitor's pin is left"
    );
    // Withdrawn, not deleted.
    assert_eq!(app.count_rows().await, 2);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn markup_in_a_title_comes_back_as_the_same_text(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let title = "<img src=x onerror=alert(1)>";
    let created: Value = app
        .post_feature(&app.client, &feature(title))
        .await
        .json()
        .await
        .unwrap();
    let (_, item) = app
        .get_json(&format!(
            "/api/v1/contributions/{}",
            created["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(item["properties"]["title"], title);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_pre_moderated_plan_keeps_new_pins_pending_and_out_of_the_list(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    sqlx::query("UPDATE plans SET moderation = 'pre'")
        .execute(&app.pool)
        .await
        .unwrap();
    let r = app
        .post_feature(&app.client, &feature("Waiting for a moderator"))
        .await;
    assert_eq!(r.status(), 201);
    let created: Value = r.json().await.unwrap();
    assert_eq!(created["properties"]["status"], "pending");
    let (_, list) = app
        .get_json("/api/v1/plans/milton-keynes/contributions")
        .await;
    assert_eq!(list["numberReturned"], 0);
    let (status, _) = app
        .get_json(&format!(
            "/api/v1/contributions/{}",
            created["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(status, 404);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_demo_plan_lists_all_its_pins_in_one_default_page(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let response = app
        .client
        .get(app.url("/api/v1/plans/milton-keynes/contributions"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-type"], "application/geo+json");
    let page: Value = response.json().await.unwrap();
    assert_eq!(page["type"], "FeatureCollection");
    assert!(page["features"].as_array().unwrap().len() >= 300);
    assert!(page.get("next").is_none());
}

/// A new pin for `insert_many`: by `author`, at `lon, lat`, with an idempotency key and
/// a body digest.
fn pin_write(
    author: &str,
    title: &str,
    (lon, lat): (f64, f64),
    key: Option<&str>,
    hash: u8,
) -> PinWrite {
    let input = ContributionInput {
        kind: Some(Kind::Idea),
        themes: vec![Theme::Energy, Theme::Housing],
        title: Some(title.to_owned()),
        body: Some("Written in a group".to_owned()),
        display_name: None,
        precision: None,
    };
    PinWrite {
        plan: "milton-keynes".to_owned(),
        new: NewContribution::new(input, Position::new("geometry", lon, lat)).unwrap(),
        author_key: author.to_owned(),
        idempotency_key: key.map(str::to_owned),
        request_hash: vec![hash; 32],
        signed_in: false,
        workshop: None,
        hold: false,
        lang: None,
        about_you_key: Sha256::digest(title).to_vec(),
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_group_of_pins_is_one_statement_and_each_pin_keeps_its_own_outcome(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    sqlx::query("UPDATE plans SET contributions_per_day = 2")
        .execute(&pool)
        .await
        .unwrap();
    let inside = (-0.749, 52.035);
    let writes = [
        pin_write("visitor:a", "First", inside, None, 1),
        pin_write("visitor:a", "Second", inside, Some("key-1"), 2),
        // A's third today: over the plan's limit of two, counted in the group's order.
        pin_write("visitor:a", "Third", inside, None, 3),
        pin_write("visitor:b", "In Paris", (2.35, 48.85), None, 4),
        // The same key and body as "Second": its first result; another body: refused.
        pin_write("visitor:b", "Second", inside, Some("key-1"), 2),
        pin_write("visitor:b", "Other", inside, Some("key-1"), 5),
        pin_write("visitor:b", "Fourth", inside, None, 6),
        PinWrite {
            plan: "nowhere".to_owned(),
            ..pin_write("visitor:b", "Lost", inside, None, 7)
        },
    ];
    // One transaction, as a group writer's; counted in bubble-cell shard 6, a writer's own
    // (migration 0041).
    let mut tx = pool.begin().await.unwrap();
    let outcomes = insert_many(&mut tx, &writes, Some(6))
        .await
        .unwrap()
        .outcomes;
    tx.commit().await.unwrap();
    let said: Vec<String> = outcomes
        .iter()
        .map(|o| match o {
            InsertOutcome::Created(row) => format!("created {}", row.title),
            InsertOutcome::Replayed(row) => format!("replayed {}", row.title),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        said,
        [
            "created First",
            "created Second",
            "DailyLimitReached",
            "OutsidePlan",
            "replayed Second",
            "KeyReused",
            "created Fourth",
            "PlanNotFound",
        ]
    );
    let (InsertOutcome::Created(second), InsertOutcome::Replayed(replayed)) =
        (&outcomes[1], &outcomes[4])
    else {
        unreachable!()
    };
    assert_eq!(second.id, replayed.id);
    assert_eq!(second.themes, ["energy", "housing"]);
    assert_eq!(second.neighbourhood.as_deref(), Some("fishermead"));
    assert_eq!(app.count_rows().await, 3);

    // One statement: one transaction time, a live event and an "about you" key for each
    // pin created, none for the others.
    let (times, events, keys): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(DISTINCT created_at) FROM contributions),
                (SELECT count(*) FROM events WHERE kind = 'created'),
                (SELECT count(*) FROM about_you_keys)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((times, events, keys), (1, 3, 3));
    let shards: Vec<(i16, i64)> =
        sqlx::query_as("SELECT shard, sum(count)::int8 FROM bubble_cells GROUP BY 1 ORDER BY 1")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(shards, [(6, 3)], "the three pins are counted in shard 6");

    // Without a shard of its own a write counts its pins in the connection's (0-3).
    let mut tx = pool.begin().await.unwrap();
    let outcomes = insert_many(
        &mut tx,
        &[pin_write("visitor:c", "Fifth", inside, None, 8)],
        None,
    )
    .await
    .unwrap()
    .outcomes;
    tx.commit().await.unwrap();
    assert!(matches!(outcomes[..], [InsertOutcome::Created(_)]));
    let shards: Vec<i16> = sqlx::query_scalar("SELECT DISTINCT shard FROM bubble_cells ORDER BY 1")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert!(matches!(shards[..], [low, 6] if low < 4), "{shards:?}");
}

/// A group writer's first statement: the pins no daily limit counts, in one statement
/// committed on its own (no transaction to wait on); the others are left to `insert_many`.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn pins_no_daily_limit_counts_are_written_by_one_statement_committed_on_its_own(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let inside = (-0.749, 52.035);
    let writes = [
        pin_write("visitor:a", "First", inside, Some("key-1"), 1),
        pin_write("visitor:a", "In Paris", (2.35, 48.85), None, 2),
        // A retry of "First" in the same group: left for `insert_many` to answer.
        pin_write("visitor:b", "First", inside, Some("key-1"), 1),
        pin_write("visitor:b", "Second", inside, None, 3),
    ];
    let mut conn = pool.acquire().await.unwrap();
    let rows = insert_unlimited(&mut conn, &writes, Some(7)).await.unwrap();
    let titles: Vec<Option<&str>> = rows
        .iter()
        .map(|row| row.as_ref().map(|r| r.title.as_str()))
        .collect();
    assert_eq!(titles, [Some("First"), None, None, Some("Second")]);
    // Committed: another connection sees both pins, their live events, their "about you"
    // keys and their bubble counts, in shard 7; the shard was this statement's only.
    let (pins, events, keys, shards): (i64, i64, i64, Vec<i16>) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM contributions),
                (SELECT count(*) FROM events WHERE kind = 'created'),
                (SELECT count(*) FROM about_you_keys),
                (SELECT array_agg(DISTINCT shard) FROM bubble_cells)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((pins, events, keys, shards), (2, 2, 2, vec![7]));
    let shard: Option<String> =
        sqlx::query_scalar("SELECT nullif(current_setting('waymark.bubble_shard', true), '')")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    assert_eq!(shard, None);

    // With a daily limit, nothing is written without the authors' locks: `insert_many`
    // takes them, counts, and writes.
    sqlx::query("UPDATE plans SET contributions_per_day = 5")
        .execute(&pool)
        .await
        .unwrap();
    let third = [pin_write("visitor:a", "Third", inside, None, 4)];
    let rows = insert_unlimited(&mut conn, &third, Some(7)).await.unwrap();
    assert!(rows[0].is_none());
    assert_eq!(app.count_rows().await, 2);
    let mut tx = pool.begin().await.unwrap();
    let inserted = insert_many(&mut tx, &third, Some(7)).await.unwrap();
    tx.commit().await.unwrap();
    assert!(
        matches!(&inserted.outcomes[..], [InsertOutcome::Created(row)] if row.title == "Third")
    );
    // It names the plan as limited, so that a group writer sends its next pins straight
    // to this transaction.
    assert_eq!(inserted.limited_plans, ["milton-keynes"]);
    assert_eq!(app.count_rows().await, 3);

    // PostgreSQL plans the statement once for the connection, not at every group: its
    // generic plan serves from the sixth execution on.
    sqlx::query("UPDATE plans SET contributions_per_day = NULL")
        .execute(&pool)
        .await
        .unwrap();
    for n in 0..8 {
        let group = [
            pin_write("visitor:c", &format!("Plan {n}"), inside, None, 5),
            pin_write("visitor:d", &format!("Plan {n} again"), inside, None, 6),
        ];
        let rows = insert_unlimited(&mut conn, &group, Some(7)).await.unwrap();
        assert!(rows.iter().all(Option::is_some));
    }
    let (generic, custom): (i64, i64) = sqlx::query_as(
        "SELECT generic_plans, custom_plans FROM pg_prepared_statements
          WHERE statement LIKE '%INSERT INTO contributions%'
            AND statement NOT LIKE '%pg_prepared_statements%'",
    )
    .fetch_one(&mut *conn)
    .await
    .unwrap();
    assert!(generic >= 4, "{generic} generic, {custom} custom plans");
}

/// A group whose statement fails is written again pin by pin: only the pin that fails
/// alone gets the error; the others are written. (The failure here cannot happen outside
/// a test: two pins handed the same one-time "about you" key, a random 32 bytes.)
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn one_pins_error_in_a_group_is_only_its_own(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let writer = PinWriter::new(pool.clone(), 1);
    let inside = (-0.749, 52.035);
    let writes = [
        pin_write("visitor:a", "Before", inside, None, 1),
        pin_write("visitor:b", "Twice", inside, None, 2),
        pin_write("visitor:c", "Twice", inside, None, 3),
        pin_write("visitor:d", "After", inside, None, 4),
    ];
    // Handed over together, so that the writer takes them as one group.
    let answers = futures::future::join_all(writes.map(|w| writer.insert(w))).await;
    let said: Vec<&str> = answers
        .iter()
        .map(|answer| match answer {
            Ok(InsertOutcome::Created(row)) => row.title.as_str(),
            Ok(_) => "not created",
            Err(_) => "failed",
        })
        .collect();
    assert_eq!(said, ["Before", "Twice", "failed", "After"]);
    assert_eq!(app.count_rows().await, 3);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn many_pins_posted_at_once_keep_the_daily_limit_and_one_row_per_idempotency_key(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    sqlx::query("UPDATE plans SET contributions_per_day = 10")
        .execute(&pool)
        .await
        .unwrap();
    let path = "/api/v1/plans/milton-keynes/contributions";
    let resident = visitor();
    // The first answer sets the visitor cookie the others then carry.
    assert_eq!(
        app.post_json_as(&resident, path, &feature("Idea 0"))
            .await
            .0,
        201
    );
    let bodies: Vec<Value> = (1..40).map(|n| feature(&format!("Idea {n}"))).collect();
    let answers = futures::future::join_all(
        bodies
            .iter()
            .map(|body| app.post_json_as(&resident, path, body)),
    )
    .await;
    let created = answers.iter().filter(|(status, _)| *status == 201).count();
    let limited = answers
        .iter()
        .filter(|(status, problem)| *status == 429 && problem["code"] == "daily_limit_reached")
        .count();
    assert_eq!((created, limited), (9, 30));
    assert_eq!(app.count_rows().await, 10);

    // Twenty posts of one body with one key, at once: one pin, every answer the same.
    let body = feature("Bench by the lake").to_string();
    let posts = (0..20).map(|_| {
        app.client
            .post(app.url(path))
            .header("content-type", "application/geo+json")
            .header("idempotency-key", "one-key-at-once")
            .body(body.clone())
            .send()
    });
    let mut ids = HashSet::new();
    for response in futures::future::join_all(posts).await {
        let response = response.unwrap();
        assert_eq!(response.status(), 201);
        let pin: Value = response.json().await.unwrap();
        ids.insert(pin["id"].as_str().unwrap().to_owned());
    }
    assert_eq!(ids.len(), 1);
    assert_eq!(app.count_rows().await, 11);

    // The group writers count pins in shards of their own (4 and up), never in one a
    // connection's pid picks, where two writers would wait on each other's rows.
    let (pins, lowest): (i64, i16) =
        sqlx::query_as("SELECT sum(count)::int8, min(shard) FROM bubble_cells")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((pins, lowest >= 4), (11, true), "lowest shard {lowest}");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_functions_every_new_pin_calls_are_inlined_by_the_planner(pool: PgPool) {
    // A SQL function PostgreSQL cannot inline is parsed and planned at every statement
    // and starts an executor at every row (migration 0039).
    let plan: Vec<String> = sqlx::query_scalar(
        "EXPLAIN VERBOSE
         SELECT text_search_config(lang),
                contribution_outcome(outcome, outcome_response_id, commitment_id,
                                     outcome_updated_at)
           FROM contributions",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let plan = plan.join("\n");
    assert!(!plan.contains("text_search_config("), "{plan}");
    assert!(!plan.contains(" contribution_outcome("), "{plan}");
    // Only a pin with an answer or a commitment looks them up.
    assert!(plan.contains("contribution_outcome_answered("), "{plan}");
}

/// The group writer places each pin in its own statement (migration 0042) exactly as the
/// row trigger of migration 0001 did: the same neighbourhood and, bit for bit, the same
/// published point, at every precision, all over the plan.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn pins_written_in_a_group_are_placed_as_the_old_trigger_placed_them(pool: PgPool) {
    let _app = TestApp::with_empty_plan(pool.clone()).await;
    let (west, south, east, north): (f64, f64, f64, f64) = sqlx::query_as(
        "SELECT ST_XMin(boundary), ST_YMin(boundary), ST_XMax(boundary), ST_YMax(boundary)
           FROM plans WHERE slug = 'milton-keynes'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let mut writes = Vec::new();
    for i in 0..12 {
        for j in 0..12 {
            let lon = west + (east - west) * (f64::from(i) + 0.37) / 12.0;
            let lat = south + (north - south) * (f64::from(j) + 0.61) / 12.0;
            for precision in ["exact", "street", "neighbourhood"] {
                let mut write = pin_write(
                    &format!("visitor:{i}-{j}"),
                    &format!("Placed {i}-{j} {precision}"),
                    (lon, lat),
                    None,
                    1,
                );
                write.new.precision = precision.parse().unwrap();
                writes.push(write);
            }
        }
    }
    let mut tx = pool.begin().await.unwrap();
    let outcomes = insert_many(&mut tx, &writes, None).await.unwrap().outcomes;
    tx.commit().await.unwrap();
    let created = outcomes
        .iter()
        .filter(|o| matches!(o, InsertOutcome::Created(_)))
        .count();
    assert!(
        created > 150,
        "{created} of {} pins inside the plan",
        writes.len()
    );

    // The trigger's body as migration 0001 wrote it, in this connection only.
    let mut conn = pool.acquire().await.unwrap();
    sqlx::query(
        r#"CREATE FUNCTION pg_temp.old_place(plan uuid, location geometry, pin_precision text,
                                             OUT neighbourhood uuid, OUT geom geometry)
           LANGUAGE plpgsql AS $$
           DECLARE
               centre geometry;
               lat_step double precision := 0.0009;
               lon_step double precision;
           BEGIN
               SELECT n.id, n.centre INTO neighbourhood, centre
                 FROM neighbourhoods n WHERE n.plan_id = plan
                ORDER BY n.boundary <-> location, n.id LIMIT 1;
               IF pin_precision = 'exact' THEN
                   geom := location;
               ELSIF pin_precision = 'neighbourhood' AND centre IS NOT NULL THEN
                   geom := centre;
               ELSE
                   IF pin_precision = 'neighbourhood' THEN
                       lat_step := lat_step * 10;
                   END IF;
                   lon_step := lat_step / cos(radians(ST_Y(location)));
                   geom := ST_SetSRID(ST_MakePoint(
                       (floor(ST_X(location) / lon_step) + 0.5) * lon_step,
                       (floor(ST_Y(location) / lat_step) + 0.5) * lat_step), 4326);
               END IF;
           END;
           $$"#,
    )
    .execute(&mut *conn)
    .await
    .unwrap();
    let (pins, same, precisions): (i64, i64, i64) = sqlx::query_as(
        "SELECT count(*), count(*) FILTER (
                    WHERE o.neighbourhood IS NOT DISTINCT FROM c.neighbourhood_id
                      AND ST_AsEWKB(o.geom) = ST_AsEWKB(c.geom)),
                count(DISTINCT c.precision)
           FROM contributions c,
                LATERAL pg_temp.old_place(c.plan_id, c.location, c.precision) o",
    )
    .fetch_one(&mut *conn)
    .await
    .unwrap();
    assert_eq!(
        (pins, same, precisions),
        (created as i64, created as i64, 3)
    );
}

//! The optional "about you" questions (issue 20): a pin, a workshop pin or a conversation
//! answers with a one-time key; answering stores the bands apart from what was said, with
//! only the plan and the neighbourhood; retention and "Your data" reach the answers; and
//! no public route ever shows them.

use std::collections::HashSet;

use serde_json::{Value, json};
use sqlx::PgPool;
use uuid::Uuid;
use waymark::retention::{self, Retention};
use waymark_tests::{EventStream, TestApp, feature, visitor};

const BASE: &str = "http://waymark.test";

/// Posts a pin as `client`; the created feature.
async fn pin(app: &TestApp, client: &reqwest::Client, body: &Value) -> Value {
    let r = app.post_feature(client, body).await;
    assert_eq!(r.status(), 201);
    r.json().await.unwrap()
}

async fn answer(app: &TestApp, body: &Value) -> (u16, Value) {
    app.post_json_as(&visitor(), "/api/v1/about-you", body)
        .await
}

#[derive(Debug, sqlx::FromRow, PartialEq)]
struct Row {
    id: Uuid,
    neighbourhood_id: Option<Uuid>,
    source: String,
    respondent_key: Option<String>,
    age_band: Option<String>,
    gender: Option<String>,
    ethnic_group: Option<String>,
    disability: Option<String>,
    tenure: Option<String>,
    postcode_district: Option<String>,
}

async fn answers(pool: &PgPool) -> Vec<Row> {
    sqlx::query_as(
        "SELECT id, neighbourhood_id, source, respondent_key, age_band, gender, ethnic_group,
                disability, tenure, postcode_district
           FROM about_you_answers ORDER BY answered_at, id",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

async fn keys(pool: &PgPool) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM about_you_keys")
        .fetch_one(pool)
        .await
        .unwrap()
}

/// The contribution's neighbourhood and author key, as the database holds them.
async fn written(pool: &PgPool, id: &Value) -> (Option<Uuid>, Option<String>) {
    let id: Uuid = id.as_str().unwrap().parse().unwrap();
    sqlx::query_as("SELECT neighbourhood_id, author_key FROM contributions WHERE id = $1")
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap()
}

fn key_of(created: &Value) -> String {
    let key = created["about_you_key"]
        .as_str()
        .unwrap_or_else(|| panic!("no about_you_key in {created}"));
    assert_eq!(key.len(), 43, "32 bytes of URL-safe base64: {key}");
    key.to_owned()
}

fn field_errors(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no errors in {problem}"))
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_owned())
        .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_pins_key_stores_the_answers_once_with_the_pins_neighbourhood_only(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let resident = visitor();
    let created = pin(&app, &resident, &feature("Benches by the lake")).await;
    let key = key_of(&created);
    // The pin itself, read back, carries no key.
    let (_, detail) = app
        .get_json(&format!(
            "/api/v1/contributions/{}",
            created["id"].as_str().unwrap()
        ))
        .await;
    assert!(detail.get("about_you_key").is_none(), "{detail}");
    assert_eq!(keys(&app.pool).await, 1);

    let (status, body) = answer(
        &app,
        &json!({ "key": key, "age_band": "65_74", "tenure": "social_rented",
                 "gender": null, "postcode_district": "mk6" }),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body, json!({ "status": "stored" }));

    let (neighbourhood, author) = written(&app.pool, &created["id"]).await;
    assert!(neighbourhood.is_some());
    let rows = answers(&app.pool).await;
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(
        (
            row.neighbourhood_id,
            row.source.as_str(),
            row.respondent_key.as_deref()
        ),
        (neighbourhood, "contribution", author.as_deref())
    );
    assert_eq!(row.age_band.as_deref(), Some("65_74"));
    assert_eq!(row.tenure.as_deref(), Some("social_rented"));
    assert_eq!(row.postcode_district.as_deref(), Some("MK6"));
    assert_eq!(
        (&row.gender, &row.ethnic_group, &row.disability),
        (&None, &None, &None)
    );
    // The key is spent: it is gone, and a second answer is refused.
    assert_eq!(keys(&app.pool).await, 0);
    let (status, problem) = answer(&app, &json!({ "key": key, "gender": "woman" })).await;
    assert_eq!(status, 404);
    assert_eq!(problem["code"], "about_you_key_not_found");
    assert_eq!(answers(&app.pool).await.len(), 1);
    // A key nobody was given is refused the same way.
    let (status, problem) = answer(&app, &json!({ "key": "made-up" })).await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (404, Some("about_you_key_not_found"))
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn answers_outside_their_lists_are_refused_naming_the_field_and_nothing_is_stored(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool).await;
    let key = key_of(&pin(&app, &visitor(), &feature("A crossing")).await);
    for (body, field) in [
        (json!({ "key": key, "age_band": "ancient" }), "age_band"),
        (json!({ "key": key, "gender": "robot" }), "gender"),
        (
            json!({ "key": key, "ethnic_group": "martian" }),
            "ethnic_group",
        ),
        (json!({ "key": key, "disability": "maybe" }), "disability"),
        (json!({ "key": key, "tenure": "castle" }), "tenure"),
        (
            json!({ "key": key, "postcode_district": "not a postcode" }),
            "postcode_district",
        ),
        (
            json!({ "key": key, "postcode_district": "MK" }),
            "postcode_district",
        ),
        // Characters of several bytes once made the server panic and close the
        // connection with no answer (found by `make api-fuzz`).
        (
            json!({ "key": key, "postcode_district": "\u{80bbf}9T<\u{e8127}" }),
            "postcode_district",
        ),
        (
            json!({ "key": key, "postcode_district": "MK6\u{e9}AB" }),
            "postcode_district",
        ),
    ] {
        let (status, problem) = answer(&app, &body).await;
        assert_eq!(status, 422, "{body}: {problem}");
        assert_eq!(problem["code"], "validation_failed");
        assert_eq!(field_errors(&problem), [field], "{problem}");
    }
    assert!(answers(&app.pool).await.is_empty());
    // The key was not spent by the refusals; a full postcode keeps its first half.
    let (status, _) = answer(
        &app,
        &json!({ "key": key, "postcode_district": " mk6 3ab " }),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(
        answers(&app.pool).await[0].postcode_district.as_deref(),
        Some("MK6")
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_expired_key_is_refused(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let key = key_of(&pin(&app, &visitor(), &feature("Lights")).await);
    sqlx::query("UPDATE about_you_keys SET expires_at = now() - interval '1 minute'")
        .execute(&app.pool)
        .await
        .unwrap();
    let (status, problem) = answer(&app, &json!({ "key": key, "tenure": "owned" })).await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (404, Some("about_you_key_not_found"))
    );
    assert!(answers(&app.pool).await.is_empty());
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_replayed_pin_hands_out_no_second_key(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let resident = visitor();
    let send = || async {
        let r = resident
            .post(app.url("/api/v1/plans/milton-keynes/contributions"))
            .header("content-type", "application/geo+json")
            .header("idempotency-key", "retry-1")
            .body(feature("Once").to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
        r.json::<Value>().await.unwrap()
    };
    key_of(&send().await);
    assert!(send().await.get("about_you_key").is_none());
    assert_eq!(keys(&app.pool).await, 1);
}

fn conversation(title: &str, about_you: Option<Value>) -> Value {
    let mut body = json!({
        "type": "Feature",
        "geometry": { "type": "Point", "coordinates": [-0.749, 52.035] },
        "properties": {
            "kind": "issue", "themes": ["housing"], "title": title,
            "channel": "door_step", "conversation_date": "2026-11-02", "consent": "internal"
        }
    });
    if let Some(about_you) = about_you {
        body["properties"]["about_you"] = about_you;
    }
    body
}

async fn record(
    app: &TestApp,
    mobiliser: &reqwest::Client,
    body: &Value,
    retry: &str,
) -> (u16, Value) {
    let r = mobiliser
        .post(app.url("/api/v1/plans/milton-keynes/conversations"))
        .header("content-type", "application/geo+json")
        .header("idempotency-key", retry)
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_conversation_takes_answers_with_consent_or_hands_out_a_key(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mobiliser = app.signed_in("mobiliser").await;

    // Without the resident's consent the answers are refused, and so is the conversation.
    let refused = conversation("Damp", Some(json!({ "gender": "woman" })));
    let (status, problem) = record(&app, &mobiliser, &refused, "c0").await;
    assert_eq!(status, 422, "{problem}");
    assert_eq!(field_errors(&problem), ["properties.about_you.consent"]);
    let bad = conversation("Damp", Some(json!({ "consent": true, "tenure": "igloo" })));
    let (status, problem) = record(&app, &mobiliser, &bad, "c0").await;
    assert_eq!(status, 422);
    assert_eq!(field_errors(&problem), ["properties.about_you.tenure"]);
    assert_eq!(app.count_rows().await, 0);

    // With consent they are stored with the conversation, and no key is handed out.
    let asked = conversation(
        "Damp in the flats",
        Some(json!({ "consent": true, "gender": "woman", "disability": "limited_a_lot" })),
    );
    let (status, created) = record(&app, &mobiliser, &asked, "c1").await;
    assert_eq!(status, 201, "{created}");
    assert!(created.get("about_you_key").is_none(), "{created}");
    // A retry of the same conversation stores nothing more.
    let (status, _) = record(&app, &mobiliser, &asked, "c1").await;
    assert_eq!(status, 201);
    let rows = answers(&app.pool).await;
    assert_eq!(rows.len(), 1);
    let (neighbourhood, _) = written(&app.pool, &created["id"]).await;
    assert_eq!(rows[0].source, "conversation");
    assert_eq!(rows[0].neighbourhood_id, neighbourhood);
    assert_eq!(rows[0].respondent_key, None);
    assert_eq!(rows[0].gender.as_deref(), Some("woman"));
    assert_eq!(rows[0].disability.as_deref(), Some("limited_a_lot"));

    // Without answers the mobiliser gets a key, to ask afterwards.
    let (status, later) = record(&app, &mobiliser, &conversation("Bins", None), "c2").await;
    assert_eq!(status, 201);
    let (status, _) = answer(
        &app,
        &json!({ "key": key_of(&later), "ethnic_group": "black" }),
    )
    .await;
    assert_eq!(status, 201);
    let rows = answers(&app.pool).await;
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[1].source.as_str(), rows[1].respondent_key.as_deref()),
        ("conversation", None)
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_workshop_pin_hands_out_a_workshop_key(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let facilitator = app.signed_in("facilitator").await;
    let workshop: Value = app
        .post_ok(
            &facilitator,
            "/api/v1/plans/milton-keynes/workshops",
            &json!({ "title": "Energy evening", "starts_at": "2026-12-01T18:30:00Z",
                     "questions": ["Where could solar go?"] }),
        )
        .await;
    let mut body = feature("Solar on the school");
    body["properties"]["workshop"] = workshop["code"].clone();
    let phone = visitor();
    let created = pin(&app, &phone, &body).await;
    let (status, _) = answer(
        &app,
        &json!({ "key": key_of(&created), "age_band": "16_24" }),
    )
    .await;
    assert_eq!(status, 201);
    let rows = answers(&app.pool).await;
    let (_, author) = written(&app.pool, &created["id"]).await;
    assert_eq!(rows[0].source, "workshop");
    assert_eq!(rows[0].respondent_key, author);
}

/// Ages every answer given through `key` by `days` days.
async fn age_answers(pool: &PgPool, ids: &[Uuid], days: i32) {
    sqlx::query(
        "UPDATE about_you_answers SET answered_at = now() - make_interval(days => $2)
          WHERE id = ANY($1)",
    )
    .bind(ids)
    .bind(days)
    .execute(pool)
    .await
    .unwrap();
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn retention_deletes_old_answers_and_expired_keys_and_counts_them(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    for title in ["One", "Two", "Three"] {
        let key = key_of(&pin(&app, &visitor(), &feature(title)).await);
        let (status, _) = answer(&app, &json!({ "key": key, "tenure": "owned" })).await;
        assert_eq!(status, 201);
    }
    let ids: Vec<Uuid> = answers(&app.pool).await.iter().map(|r| r.id).collect();
    age_answers(&app.pool, &ids[..1], 366).await;
    age_answers(&app.pool, &ids[1..2], 364).await;
    // Two keys never used: one expired, one still good.
    pin(&app, &visitor(), &feature("Four")).await;
    let fresh = key_of(&pin(&app, &visitor(), &feature("Five")).await);
    sqlx::query(
        "UPDATE about_you_keys SET expires_at = now() - interval '1 second'
          WHERE key_hash <> sha256(convert_to($1, 'UTF8'))",
    )
    .bind(&fresh)
    .execute(&app.pool)
    .await
    .unwrap();

    let pruned = retention::prune(&app.pool, &Retention::default(), BASE)
        .await
        .unwrap();
    assert_eq!((pruned.about_you_answers, pruned.about_you_keys), (1, 1));
    let left: Vec<Uuid> = answers(&app.pool).await.iter().map(|r| r.id).collect();
    assert_eq!(left, ids[1..]);
    let (status, _) = answer(&app, &json!({ "key": fresh })).await;
    assert_eq!(status, 201);

    // A shorter setting takes more, and /metrics counts each rule.
    let week = Retention {
        about_you_days: 7,
        ..Retention::default()
    };
    let pruned = retention::prune(&app.pool, &week, BASE).await.unwrap();
    assert_eq!(pruned.about_you_answers, 1);
    let metrics = reqwest::get(app.url("/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let sample = |series: &str| -> f64 {
        metrics
            .lines()
            .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
            .unwrap_or(0.0)
    };
    assert!(sample(r#"pruned_rows_total{table="about_you_answers"}"#) >= 2.0);
    assert!(sample(r#"pruned_rows_total{table="about_you_keys"}"#) >= 1.0);
    // At least a day: 0 would delete answers as they come.
    let never = Retention {
        about_you_days: 0,
        ..Retention::default()
    };
    assert!(never.check().is_err());
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn old_answers_are_cut_from_the_visitor_who_gave_them(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let key = key_of(&pin(&app, &visitor(), &feature("Old")).await);
    answer(&app, &json!({ "key": key, "gender": "man" })).await;
    let ids: Vec<Uuid> = answers(&app.pool).await.iter().map(|r| r.id).collect();
    age_answers(&app.pool, &ids, 91).await;
    retention::prune(&app.pool, &Retention::default(), BASE)
        .await
        .unwrap();
    let rows = answers(&app.pool).await;
    assert_eq!(rows.len(), 1, "the answers stay, counted");
    assert_eq!(rows[0].respondent_key, None);
}

fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            (file.name().expect("a name").to_string(), text)
        })
        .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn your_data_exports_and_erases_your_answers(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let ada = visitor();
    let key = key_of(&pin(&app, &ada, &feature("Ada's pin")).await);
    answer(
        &app,
        &json!({ "key": key, "age_band": "35_49", "postcode_district": "MK9" }),
    )
    .await;
    // Someone else's answers are not Ada's.
    let bea = key_of(&pin(&app, &visitor(), &feature("Bea's pin")).await);
    answer(&app, &json!({ "key": bea, "age_band": "75_plus" })).await;
    let ada_row = answers(&app.pool).await.remove(0);

    let r = ada
        .get(app.url("/api/v1/me/data/export"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let files = unzip(&r.bytes().await.unwrap());
    let json_file = &files.iter().find(|(n, _)| n == "about_you.json").unwrap().1;
    let rows: Vec<Value> = serde_json::from_str(json_file).unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["id"], ada_row.id.to_string());
    assert_eq!(rows[0]["age_band"], "35_49");
    assert_eq!(rows[0]["postcode_district"], "MK9");
    assert_eq!(rows[0]["plan"], "milton-keynes");
    assert!(
        files
            .iter()
            .any(|(n, t)| n == "about_you.csv" && t.contains("MK9"))
    );
    let readme = &files.iter().find(|(n, _)| n == "README.txt").unwrap().1;
    assert!(readme.contains("about_you:"), "{readme}");

    let r = ada.delete(app.url("/api/v1/me/data")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let erased: Value = r.json().await.unwrap();
    assert_eq!(erased["about_you_answers"], 1, "{erased}");
    let rows = answers(&app.pool).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].age_band.as_deref(), Some("75_plus"));
}

/// What must never be in a public answer: the answers' ids, the keys, the postcode
/// district given, and the names of the answers' fields.
struct Secrets(Vec<String>);

impl Secrets {
    fn check(&self, what: &str, body: &[u8]) {
        let text = String::from_utf8_lossy(body);
        for secret in &self.0 {
            assert!(
                !text.contains(secret.as_str()),
                "{what} shows {secret:?}: {}",
                text.chars().take(400).collect::<String>()
            );
        }
    }
}

async fn get_bytes(app: &TestApp, path: &str) -> (u16, Vec<u8>) {
    let r = app.client.get(app.url(path)).send().await.unwrap();
    (r.status().as_u16(), r.bytes().await.unwrap().to_vec())
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_answers_are_never_reachable_from_a_public_route(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    app.events_ready().await;
    let mobiliser = app.signed_in("mobiliser").await;
    let facilitator = app.signed_in("facilitator").await;
    let workshop: Value = app
        .post_ok(
            &facilitator,
            "/api/v1/plans/milton-keynes/workshops",
            &json!({ "title": "Evening", "starts_at": "2026-12-01T18:30:00Z",
                     "questions": ["Where could solar go?"] }),
        )
        .await;
    let code = workshop["code"].as_str().unwrap().to_owned();
    let mut stream = EventStream::open(&app, &visitor(), None).await;

    // Distinctive answers from every path: a pin, a workshop pin, two conversations.
    let rare = json!({ "age_band": "under_16", "gender": "another", "ethnic_group": "other",
                       "disability": "limited_a_little", "tenure": "rent_free",
                       "postcode_district": "ZZ9Z" });
    let mut handed_out = Vec::new();
    let mut pins = Vec::new();
    let created = pin(&app, &visitor(), &feature("Never public pin")).await;
    handed_out.push(key_of(&created));
    pins.push(created["id"].as_str().unwrap().to_owned());
    let mut in_workshop = feature("Never public workshop pin");
    in_workshop["properties"]["workshop"] = json!(code);
    let created = pin(&app, &visitor(), &in_workshop).await;
    handed_out.push(key_of(&created));
    pins.push(created["id"].as_str().unwrap().to_owned());
    let (_, created) = record(&app, &mobiliser, &conversation("Asked later", None), "n1").await;
    handed_out.push(key_of(&created));
    pins.push(created["id"].as_str().unwrap().to_owned());
    let mut inline = rare.clone();
    inline["consent"] = json!(true);
    let mut asked = conversation("Asked there and then", Some(inline));
    asked["properties"]["consent"] = json!("publish");
    let (status, created) = record(&app, &mobiliser, &asked, "n2").await;
    assert_eq!(status, 201);
    pins.push(created["id"].as_str().unwrap().to_owned());
    for key in &handed_out {
        let mut body = rare.clone();
        body["key"] = json!(key);
        assert_eq!(answer(&app, &body).await.0, 201);
    }
    // And one key left unspent.
    let unspent = key_of(&pin(&app, &visitor(), &feature("Unanswered")).await);
    handed_out.push(unspent);
    let rows = answers(&app.pool).await;
    assert_eq!(rows.len(), 4);

    let mut secrets: Vec<String> = rows.iter().map(|r| r.id.to_string()).collect();
    secrets.extend(handed_out);
    secrets.extend(
        [
            "ZZ9Z",
            "about_you",
            "about-you",
            "age_band",
            "ethnic_group",
            "postcode_district",
        ]
        .map(String::from),
    );
    let secrets = Secrets(secrets);

    // The events stream: the pins' events come, then the pin posted after every answer,
    // and nothing about the answers in between.
    let last = pin(&app, &visitor(), &feature("After the answers")).await;
    let last = last["id"].as_str().unwrap().to_owned();
    let mut seen = HashSet::new();
    loop {
        let event = stream.next().await;
        secrets.check("the event stream", event.data.to_string().as_bytes());
        assert!(!event.kind.contains("about"), "{event:?}");
        let id = event.data["id"].as_str().unwrap_or_default().to_owned();
        if id == last {
            break;
        }
        seen.insert(id);
    }
    assert!(
        pins.iter()
            .filter(|p| *p != &pins[2])
            .all(|p| seen.contains(p)),
        "{seen:?}"
    );

    let month = time::OffsetDateTime::now_utc().date();
    let month = format!("{}-{:02}", month.year(), u8::from(month.month()));
    let mut paths = vec![
        "/api/v1/plans".to_owned(),
        "/api/v1/plans/milton-keynes".to_owned(),
        "/api/v1/plans/milton-keynes/neighbourhoods".to_owned(),
        "/api/v1/plans/milton-keynes/contributions".to_owned(),
        "/api/v1/plans/milton-keynes/contributions?limit=2".to_owned(),
        "/api/v1/plans/milton-keynes/contributions?q=public".to_owned(),
        "/api/v1/plans/milton-keynes/contributions/mine".to_owned(),
        format!("/api/v1/workshops/{code}"),
        format!("/api/v1/workshops/{code}/summary"),
        format!("/api/v1/workshops/{code}/summary?format=csv"),
        "/ogc".to_owned(),
        "/ogc/collections".to_owned(),
        "/tiles".to_owned(),
        "/style.json?plan=milton-keynes".to_owned(),
    ];
    for id in &pins {
        paths.push(format!("/api/v1/contributions/{id}"));
        paths.push(format!("/api/v1/contributions/{id}/replies"));
        paths.push(format!("/ogc/collections/contributions/items/{id}"));
    }
    for format in ["json", "csv", "md", "html", "geojson"] {
        paths.push(format!(
            "/api/v1/plans/milton-keynes/reports/dialogue?month={month}&format={format}"
        ));
        paths.push(format!(
            "/api/v1/plans/milton-keynes/reports/dialogue?month={month}&format={format}&neighbourhood=fishermead"
        ));
    }
    paths.push(format!(
        "/api/v1/plans/milton-keynes/reports/dialogue?month={month}&format=geojson&layer=neighbourhoods"
    ));
    let (_, collections) = app.get_json("/ogc/collections").await;
    for collection in collections["collections"].as_array().unwrap() {
        let id = collection["id"].as_str().unwrap();
        paths.push(format!("/ogc/collections/{id}"));
        paths.push(format!("/ogc/collections/{id}/items?limit=1000"));
    }
    for path in &paths {
        let (status, body) = get_bytes(&app, path).await;
        assert!(status < 500, "{path}: {status}");
        secrets.check(path, &body);
    }

    // Tiles of every public layer around the pins, at a few zooms.
    let (_, catalogue) = app.get_json("/tiles").await;
    let layers: Vec<String> = catalogue["tiles"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert!(layers.contains(&"contributions".to_owned()), "{layers:?}");
    let (lon, lat) = (-0.749_f64, 52.035_f64);
    for layer in &layers {
        let (status, body) = get_bytes(&app, &format!("/tiles/{layer}.json")).await;
        if status == 200 {
            secrets.check(&format!("/tiles/{layer}.json"), &body);
        }
        for z in [10u32, 13, 15] {
            let n = f64::from(1u32 << z);
            let x = ((lon + 180.0) / 360.0 * n).floor();
            let y =
                ((1.0 - lat.to_radians().tan().asinh() / std::f64::consts::PI) / 2.0 * n).floor();
            let path = format!("/tiles/{layer}/{z}/{x}/{y}.mvt");
            let (status, _, body) = app.fetch_tile(&path).await;
            assert!(status < 500, "{path}: {status}");
            secrets.check(&path, &body);
        }
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_openapi_document_names_the_answers_only_where_they_are_written(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (status, doc) = app.get_json("/openapi.json").await;
    assert_eq!(status, 200);
    // The schemas that may name the answers: the POST body, the conversation that may
    // carry them, the write answers' key, and "Your data"'s count of what was erased.
    let allowed = [
        "AboutYouBody",
        "AboutYouAnswers",
        "ConversationAnswers",
        "ConversationProperties",
        "ConversationFeature",
        "WrittenContributionFeature",
        "ErasedCounts",
    ];
    let fields = [
        "about_you",
        "about_you_key",
        "age_band",
        "ethnic_group",
        "postcode_district",
    ];
    fn property_names(schema: &Value, out: &mut Vec<String>) {
        match schema {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    out.extend(props.keys().cloned());
                }
                map.values().for_each(|v| property_names(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| property_names(v, out)),
            _ => {}
        }
    }
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for name in allowed {
        assert!(schemas.contains_key(name), "{name} is not in the document");
    }
    for (name, schema) in schemas {
        if allowed.contains(&name.as_str()) {
            continue;
        }
        let mut names = Vec::new();
        property_names(schema, &mut names);
        for field in fields {
            assert!(
                !names.iter().any(|n| n == field),
                "the schema {name} names {field}"
            );
        }
    }
    // Nor does any response written inline in an operation, but the writes' own.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let mut names = Vec::new();
            property_names(&operation["responses"], &mut names);
            for field in fields {
                assert!(
                    !names.iter().any(|n| n == field),
                    "{method} {path} answers with {field}"
                );
            }
        }
    }
    // The key is documented on the writes that hand it out.
    let written = &schemas["WrittenContributionFeature"].to_string();
    assert!(written.contains("about_you_key"), "{written}");
    for path in [
        "/api/v1/plans/{plan}/contributions",
        "/api/v1/plans/{plan}/conversations",
    ] {
        let created = doc["paths"][path]["post"]["responses"]["201"].to_string();
        assert!(
            created.contains("WrittenContributionFeature"),
            "{path}: {created}"
        );
    }
    assert!(doc["paths"]["/api/v1/about-you"]["post"].is_object());
}

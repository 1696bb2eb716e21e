//! Conversations recorded by community mobilisers: provenance, consent, safe retries.

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_tests::{TestApp, visitor};

fn conversation(title: &str, consent: &str) -> Value {
    json!({
        "type": "Feature",
        "geometry": { "type": "Point", "coordinates": [-0.749, 52.035] },
        "properties": {
            "kind": "issue", "themes": ["housing"], "title": title,
            "body": "Damp in the back bedroom since the winter.", "display_name": "Mrs Okafor",
            "on_behalf_of": "Mrs Okafor, Fishermead", "channel": "door_step",
            "conversation_date": "2026-11-02", "consent": consent
        }
    })
}

async fn record(
    app: &TestApp,
    client: &reqwest::Client,
    body: &Value,
    key: &str,
) -> reqwest::Response {
    client
        .post(app.url("/api/v1/plans/milton-keynes/conversations"))
        .header("content-type", "application/geo+json")
        .header("idempotency-key", key)
        .body(body.to_string())
        .send()
        .await
        .unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn mobilisers_record_conversations_with_provenance_and_consent(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    assert_eq!(
        record(&app, &visitor(), &conversation("x", "publish"), "k0")
            .await
            .status(),
        401
    );
    let resident = app.signed_in("resident").await;
    assert_eq!(
        record(&app, &resident, &conversation("x", "publish"), "k0")
            .await
            .status(),
        403
    );

    let mobiliser = app.signed_in("mobiliser").await;
    let published: Value = record(
        &app,
        &mobiliser,
        &conversation("Damp in the flats", "publish"),
        "k1",
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(published["properties"]["status"], "published");
    assert_eq!(published["properties"]["display_name"], "Mrs Okafor");
    let anonymous: Value = record(
        &app,
        &mobiliser,
        &conversation("Bins not collected", "anonymise"),
        "k2",
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(anonymous["properties"]["display_name"], Value::Null);
    let internal: Value = record(
        &app,
        &mobiliser,
        &conversation("Worried about the rent", "internal"),
        "k3",
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(internal["properties"]["status"], "internal");
    // Internal items are nowhere public.
    let (_, list) = app
        .get_json("/api/v1/plans/milton-keynes/contributions")
        .await;
    assert!(!list.to_string().contains("Worried about the rent"));
    let (status, _) = app
        .get_json(&format!(
            "/api/v1/contributions/{}",
            internal["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(status, 404);

    // Provenance is kept.
    let (by, behalf, channel, day): (String, String, String, String) = sqlx::query_as(
        "SELECT recorded_by, on_behalf_of, channel, conversation_date::text FROM contributions WHERE id = $1::uuid",
    )
    .bind(published["id"].as_str().unwrap())
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let mobiliser_id: String =
        sqlx::query_scalar("SELECT id::text FROM users WHERE role = 'mobiliser'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        (by, behalf.as_str(), channel.as_str(), day.as_str()),
        (
            format!("user:{mobiliser_id}"),
            "Mrs Okafor, Fishermead",
            "door_step",
            "2026-11-02"
        )
    );

    // An offline phone syncing twice makes one row.
    let rows = app.count_rows().await;
    let again = record(
        &app,
        &mobiliser,
        &conversation("Damp in the flats", "publish"),
        "k1",
    )
    .await;
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(app.count_rows().await, rows);

    // Bad provenance is named field by field; nothing is written.
    let mut bad = conversation("Bad", "maybe");
    bad["properties"]["channel"] = json!("carrier pigeon");
    bad["properties"]["conversation_date"] = json!("2999-01-01");
    let r: Value = record(&app, &mobiliser, &bad, "k4")
        .await
        .json()
        .await
        .unwrap();
    let fields: Vec<&str> = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "properties.channel",
            "properties.consent",
            "properties.conversation_date"
        ]
    );
    assert_eq!(app.count_rows().await, rows);

    // "Today" on a phone east of Greenwich (or in British Summer Time after midnight) can
    // be tomorrow in UTC: that is accepted; the day after is not.
    let date = |days: i64| {
        (time::OffsetDateTime::now_utc().date() + time::Duration::days(days)).to_string()
    };
    let mut tomorrow = conversation("Recorded just after midnight", "publish");
    tomorrow["properties"]["conversation_date"] = json!(date(1));
    assert_eq!(
        record(&app, &mobiliser, &tomorrow, "k5").await.status(),
        201
    );
    let mut later = conversation("Recorded in the future", "publish");
    later["properties"]["conversation_date"] = json!(date(2));
    assert_eq!(record(&app, &mobiliser, &later, "k6").await.status(), 422);
}

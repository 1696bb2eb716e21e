//! Who is heard: participation against population for staff, and never for anyone else.

use serde_json::Value;
use sqlx::PgPool;
use waymark_tests::TestApp;

/// Fishermead, October 2026: 4,000 residents; 30 people took part (28 visitors, one of
/// them twice, and two conversations a mobiliser recorded), besides a hidden pin and a
/// withdrawn one; 30 "about you" answers (tenure 20 owners, 2 social renters, 8 private
/// renters; gender 12 women, 14 men, 3 another way), and one answered a year earlier.
async fn seed(app: &TestApp) {
    sqlx::query(
        r#"INSERT INTO neighbourhood_population (neighbourhood_id, dimension, band, people, source)
           SELECT n.id, v.dimension, v.band, v.people, 'test figures'
             FROM neighbourhoods n,
                  (VALUES ('total', 'all', 4000), ('tenure', 'owned', 2000),
                          ('tenure', 'shared_ownership', 200), ('tenure', 'social_rented', 1000),
                          ('tenure', 'private_rented', 700), ('tenure', 'rent_free', 100),
                          ('gender', 'woman', 2100), ('gender', 'man', 1900)) AS v(dimension, band, people)
            WHERE n.slug = 'fishermead'"#,
    )
    .execute(&app.pool)
    .await
    .unwrap();
    sqlx::query(
        r#"INSERT INTO contributions (plan_id, kind, themes, title, location, status, author_key,
                                      recorded_by, conversation_date, created_at)
           SELECT p.id, 'idea', '{energy}', v.title, ST_SetSRID(ST_MakePoint(-0.749, 52.035), 4326),
                  v.status, v.author, v.recorded_by, v.day::date, '2026-10-05T10:00:00Z'
             FROM plans p,
                  (SELECT 'Pin ' || i AS title, 'published' AS status, 'visitor:' || i AS author,
                          NULL AS recorded_by, NULL AS day
                     FROM generate_series(1, 28) i
                   UNION ALL VALUES ('Second pin', 'published', 'visitor:1', NULL, NULL),
                                    ('Talk 1', 'internal', 'user:mobiliser', 'user:mobiliser', '2026-10-04'),
                                    ('Talk 2', 'published', 'user:mobiliser', 'user:mobiliser', '2026-10-06'),
                                    ('Hidden', 'hidden', 'visitor:90', NULL, NULL),
                                    ('Withdrawn', 'withdrawn', 'visitor:91', NULL, NULL)) AS v
            WHERE p.slug = 'milton-keynes'"#,
    )
    .execute(&app.pool)
    .await
    .unwrap();
    sqlx::query(
        r#"INSERT INTO about_you_answers (plan_id, neighbourhood_id, source, tenure, gender, answered_at)
           SELECT n.plan_id, n.id, 'contribution',
                  CASE WHEN i <= 20 THEN 'owned' WHEN i <= 22 THEN 'social_rented' ELSE 'private_rented' END,
                  CASE WHEN i <= 12 THEN 'woman' WHEN i <= 26 THEN 'man' WHEN i <= 29 THEN 'another' END,
                  '2026-10-07T12:00:00Z'::timestamptz
             FROM neighbourhoods n, generate_series(1, 30) i
            WHERE n.slug = 'fishermead'
           UNION ALL
           SELECT n.plan_id, n.id, 'contribution', 'social_rented', NULL, '2025-10-31T12:00:00Z'::timestamptz
             FROM neighbourhoods n WHERE n.slug = 'fishermead'"#,
    )
    .execute(&app.pool)
    .await
    .unwrap();
}

const PATH: &str = "/api/v1/plans/milton-keynes/participation?month=2026-10";

fn fishermead(body: &Value) -> &Value {
    body["neighbourhoods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["slug"] == "fishermead")
        .expect("fishermead")
}

fn band<'a>(n: &'a Value, dimension: &str, band: &str) -> &'a Value {
    n["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["dimension"] == dimension)
        .and_then(|d| {
            d["bands"]
                .as_array()
                .unwrap()
                .iter()
                .find(|b| b["band"] == band)
        })
        .unwrap()
}

fn dimension<'a>(n: &'a Value, dimension: &str) -> &'a Value {
    n["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["dimension"] == dimension)
        .unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn staff_see_participation_against_population(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    seed(&app).await;
    let mobiliser = app.signed_in("mobiliser").await;
    let response = mobiliser.get(app.url(PATH)).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "private, no-store");
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        (body["from"].as_str(), body["to"].as_str()),
        (Some("2025-11"), Some("2026-10"))
    );
    assert_eq!(
        body["population_sources"],
        serde_json::json!(["test figures"])
    );
    let n = fishermead(&body);
    assert_eq!(n["name"], "Fishermead");
    assert_eq!(n["residents"], 4000);
    // 28 visitors (one pinned twice) and two conversations; hidden and withdrawn pins
    // are not counted.
    assert_eq!(n["participants"], serde_json::json!({ "count": 30 }));
    assert_eq!(n["rate_per_1000"], 7.5);
    // Tenure: 20/30, 2/30, 8/30 against 0.5, 0.05, 0.25, 0.175, 0.025 (hand-computed in
    // waymark_domain::equality's tests): 0.74; gender 0.94; the mean 0.84. The answer of
    // October 2025 is outside the 12 months.
    assert_eq!(dimension(n, "tenure")["representativeness"], 0.74);
    assert_eq!(
        dimension(n, "tenure")["answered"],
        serde_json::json!({ "count": 30 })
    );
    assert_eq!(dimension(n, "gender")["representativeness"], 0.94);
    assert_eq!(n["representativeness"], 0.84);
    let owners = band(n, "tenure", "owned");
    assert_eq!(owners["respondents"], serde_json::json!({ "count": 20 }));
    assert_eq!(owners["respondents_share"], 0.667);
    assert_eq!(owners["residents_share"], 0.5);
    assert_eq!(owners["label_key"], "report-band-tenure-owned");
    assert_eq!(
        n["most_under_represented"],
        serde_json::json!({ "dimension": "tenure", "band": "social_rented",
                            "label_key": "report-band-tenure-social-rented" })
    );
    // The other neighbourhoods have no population figures, so no rate: they come after.
    assert_eq!(
        body["knock_next"].as_array().unwrap().len(),
        body["neighbourhoods"].as_array().unwrap().len()
    );
    assert_eq!(body["knock_next"][0], "fishermead");
    let other = body["neighbourhoods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["slug"] != "fishermead")
        .unwrap();
    assert_eq!(other["rate_per_1000"], Value::Null);
    assert_eq!(other["participants"], "suppressed");

    for role in ["facilitator", "admin"] {
        let client = app.signed_in(role).await;
        let (status, other) = app.get_json_as(&client, PATH).await;
        assert_eq!(status, 200, "{role}");
        assert_eq!(fishermead(&other)["rate_per_1000"], 7.5);
    }

    // The map's GeoJSON: outlines with the same figures.
    let response = mobiliser
        .get(app.url(&format!("{PATH}&format=geojson")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/geo+json");
    assert_eq!(response.headers()["cache-control"], "private, no-store");
    let geojson: Value = response.json().await.unwrap();
    let feature = geojson["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["slug"] == "fishermead")
        .unwrap();
    assert_eq!(feature["geometry"]["type"], "MultiPolygon");
    assert_eq!(feature["properties"]["rate_per_1000"], 7.5);
    assert_eq!(feature["properties"]["class"], 5);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn small_groups_are_suppressed_including_by_subtraction(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    seed(&app).await;
    let admin = app.signed_in("admin").await;
    let (status, body) = app.get_json_as(&admin, PATH).await;
    assert_eq!(status, 200);
    let n = fishermead(&body);
    // 2 social renters, 8 private renters and nobody in the other two: each fewer than
    // 10, shown as such, with no share that would give them away.
    for b in [
        "shared_ownership",
        "social_rented",
        "private_rented",
        "rent_free",
    ] {
        assert_eq!(band(n, "tenure", b)["respondents"], "suppressed", "{b}");
        assert_eq!(
            band(n, "tenure", b)["respondents_share"],
            Value::Null,
            "{b}"
        );
        assert!(band(n, "tenure", b)["residents_share"].is_f64(), "{b}");
    }
    // Gender: 3 "another way" would be 29 − 14 − 12, so the 12 women go too, and the
    // men's share (14 of 26) would give back the 26 and so the 3: not published.
    assert_eq!(band(n, "gender", "another")["respondents"], "suppressed");
    assert_eq!(band(n, "gender", "woman")["respondents"], "suppressed");
    assert_eq!(
        band(n, "gender", "man")["respondents"],
        serde_json::json!({ "count": 14 })
    );
    assert_eq!(band(n, "gender", "man")["respondents_share"], Value::Null);
    // Nobody answered about age: nothing to publish.
    assert_eq!(dimension(n, "age")["answered"], "suppressed");
    assert_eq!(dimension(n, "age")["representativeness"], Value::Null);
    let text = body.to_string();
    for hidden in [
        "\"count\":12}",
        "\"count\":3}",
        "\"count\":2}",
        "\"count\":8}",
    ] {
        assert!(!text.contains(hidden), "{hidden} is published");
    }

    // Fewer than 10 people in a neighbourhood: neither their count nor their rate.
    sqlx::query("DELETE FROM contributions WHERE title LIKE 'Pin %' AND author_key <> 'visitor:1'")
        .execute(&app.pool)
        .await
        .unwrap();
    let (_, body) = app.get_json_as(&admin, PATH).await;
    let n = fishermead(&body);
    assert_eq!(n["participants"], "suppressed");
    assert_eq!(n["rate_per_1000"], Value::Null);
    assert_eq!(body["knock_next"][0], "fishermead");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn residents_and_people_without_an_account_are_refused(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    seed(&app).await;
    let (status, problem) = app.get_json(PATH).await;
    assert_eq!(status, 401, "{problem}");
    for role in ["resident", "moderator", "dno_engineer", "responder"] {
        let client = app.signed_in(role).await;
        let (status, problem) = app.get_json_as(&client, PATH).await;
        assert_eq!(status, 403, "{role}: {problem}");
        assert_eq!(problem["code"], "forbidden");
        let staff_report =
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&edition=staff";
        let (status, _) = app.get_json_as(&client, staff_report).await;
        assert_eq!(status, 403, "{role}: the staff edition");
    }
    let (status, _) = app
        .get_json("/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&edition=staff")
        .await;
    assert_eq!(status, 401);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn bad_months_and_plans_are_4xx(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mobiliser = app.signed_in("mobiliser").await;
    let next_year = time::OffsetDateTime::now_utc().year() + 1;
    let (status, problem) = app
        .get_json_as(
            &mobiliser,
            &format!("/api/v1/plans/milton-keynes/participation?month={next_year}-01"),
        )
        .await;
    assert_eq!(status, 422, "{problem}");
    assert_eq!(problem["code"], "validation_failed");
    let (status, _) = app
        .get_json_as(
            &mobiliser,
            "/api/v1/plans/milton-keynes/participation?month=2026-13",
        )
        .await;
    assert_eq!(status, 400);
    let (status, _) = app
        .get_json_as(
            &mobiliser,
            "/api/v1/plans/milton-keynes/participation?format=pdf",
        )
        .await;
    assert_eq!(status, 400);
    let (status, _) = app
        .get_json_as(&mobiliser, "/api/v1/plans/nowhere/participation")
        .await;
    assert_eq!(status, 404);
    // This month by default.
    let (status, body) = app
        .get_json_as(&mobiliser, "/api/v1/plans/milton-keynes/participation")
        .await;
    assert_eq!(status, 200);
    let today = time::OffsetDateTime::now_utc().date();
    assert_eq!(
        body["to"],
        format!("{:04}-{:02}", today.year(), u8::from(today.month()))
    );
    let (status, _) = app
        .get_json_as(
            &mobiliser,
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&edition=staff&format=md",
        )
        .await;
    assert_eq!(status, 400);
}

/// Every format of the report, as `client` gets it.
async fn report_formats(
    app: &TestApp,
    client: &reqwest::Client,
    edition: &str,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for format in [
        "json",
        "csv",
        "md",
        "html",
        "geojson&layer=pins",
        "geojson&layer=neighbourhoods",
    ] {
        if edition == "staff" && !matches!(format, "json" | "csv" | "html") {
            continue;
        }
        let response = client
            .get(app.url(&format!(
                "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format={format}&edition={edition}"
            )))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{format}");
        out.push((format.to_owned(), response.text().await.unwrap()));
    }
    out
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_public_report_has_none_of_it_and_the_staff_edition_has_it_all(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    seed(&app).await;
    let mobiliser = app.signed_in("mobiliser").await;
    // The public edition, even for staff.
    for (format, body) in report_formats(&app, &mobiliser, "public").await {
        for word in [
            "who_is_heard",
            "Who is heard",
            "representativeness",
            "Representativeness",
            "respondents",
            "social renters",
            "social_rented",
            "fewer than 10",
            "Where to knock",
        ] {
            assert!(!body.contains(word), "the public {format} says {word}");
        }
    }
    let staff = report_formats(&app, &mobiliser, "staff").await;
    let get = |format: &str| staff.iter().find(|(f, _)| f == format).unwrap().1.clone();
    let json: Value = serde_json::from_str(&get("json")).unwrap();
    let n = fishermead(&json["who_is_heard"]);
    assert_eq!(n["rate_per_1000"], 7.5);
    assert_eq!(n["representativeness"], 0.84);
    let csv = get("csv");
    for row in [
        "\"Fishermead\",participation,participants,30,,,,,",
        "\"Fishermead\",participation,rate_per_1000,7.5,,,,,",
        "\"Fishermead\",participation,representativeness,0.84,,,,,",
        "\"Fishermead\",participation,most_under_represented,tenure:social_rented,,,,,",
        "\"Fishermead\",respondents,tenure:owned,20,,,,,",
        "\"Fishermead\",respondents,tenure:social_rented,fewer_than_10,,,,,",
        "\"Fishermead\",respondents_share,tenure:social_rented,,,,,,",
        "\"Fishermead\",residents_share,tenure:social_rented,0.25,,,,,",
    ] {
        assert!(csv.lines().any(|l| l == row), "no {row} in\n{csv}");
    }
    let html = get("html");
    for words in [
        "Who is heard (staff edition)",
        "Where to knock next",
        "Fishermead: 7.5 per 1,000 residents; representativeness 0.84; least heard: social renters (Housing tenure).",
        "fewer than 10",
        "Population figures: test figures.",
        "class=\"chart shares\"",
        "class=\"map choropleth\"",
    ] {
        assert!(html.contains(words), "no {words:?} in the staff HTML");
    }
    assert!(!html.contains("<script"));
}

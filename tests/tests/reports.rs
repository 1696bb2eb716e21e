//! The monthly dialogue report: figures that match the database, quotes only with consent.

use serde_json::Value;
use sqlx::PgPool;
use waymark_tests::TestApp;

const SECRET: &str = "Kept internal: the resident asked us not to publish this";

/// Contributions in Fishermead across October and September 2026, in every status.
async fn seed_month(app: &TestApp) {
    sqlx::query(
        r#"INSERT INTO contributions (plan_id, kind, themes, title, body, display_name, precision,
                                      location, status, consent, conversation_date, created_at, support_count)
           SELECT p.id, v.kind, v.themes, v.title, v.body, v.name, 'exact',
                  ST_SetSRID(ST_MakePoint(-0.749 + v.dx, 52.035), 4326), v.status, v.consent,
                  v.day::date, v.day::timestamptz, v.supports
             FROM plans p,
                  (VALUES ('idea', '{energy}'::text[], 'Solar on the Trinity Centre', 'South-facing roof.', 'Amira', 'published', 'publish', '2026-10-03', 7, 0.0001),
                          ('issue', '{safety,transport}', 'Dark underpass', 'Lights out again.', 'Tom', 'published', NULL, '2026-10-15', 3, 0.0002),
                          ('issue', '{housing}', 'Damp in our flat', 'Mould in the bedroom.', 'Sam', 'published', 'anonymise', '2026-10-20', 1, 0.0003),
                          ('story', '{community}', 'Kept internal', $1, 'Zephyrine', 'internal', 'internal', '2026-10-21', 0, 0.0004),
                          ('idea', '{green_space}', 'Hidden for abuse', 'Rude words.', NULL, 'hidden', NULL, '2026-10-22', 0, 0.0005),
                          ('interest', '{health}', 'Walking group', 'Mondays at ten.', NULL, 'published', NULL, '2026-09-12', 2, 0.0006),
                          ('idea', '{energy}', 'Heat pumps for the terraces', 'Grants?', NULL, 'published', NULL, '2026-09-30', 0, 0.0007)
                  ) AS v(kind, themes, title, body, name, status, consent, day, supports, dx)
            WHERE p.slug = 'milton-keynes'"#,
    )
    .bind(SECRET)
    .execute(&app.pool)
    .await
    .unwrap();
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_report_matches_the_database_and_never_quotes_internal_items(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    seed_month(&app).await;
    let (status, report) = app
        .get_json(
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&neighbourhood=fishermead",
        )
        .await;
    assert_eq!(status, 200, "{report}");
    let n = &report["neighbourhoods"][0];
    assert_eq!(n["name"], "Fishermead");

    // Figures computed independently from the database.
    let count = |month: &'static str, extra: &'static str| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(&format!(
                "SELECT count(*) FROM contributions c JOIN neighbourhoods n ON n.id = c.neighbourhood_id
                  WHERE n.slug = 'fishermead' AND c.status IN ('published', 'internal')
                    AND to_char(coalesce(c.conversation_date, c.created_at::date), 'YYYY-MM') = '{month}' {extra}"
            ))
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    assert_eq!(n["total"]["this_month"], count("2026-10", "").await);
    assert_eq!(n["total"]["last_month"], count("2026-09", "").await);
    assert_eq!(
        n["total"]["this_month"], 4,
        "hidden items do not count; internal ones do"
    );
    let kind = |k: &str| {
        n["by_kind"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == k)
            .unwrap()
            .clone()
    };
    assert_eq!(
        kind("issue")["this_month"],
        count("2026-10", "AND c.kind = 'issue'").await
    );
    assert_eq!(
        kind("idea")["last_month"],
        count("2026-09", "AND c.kind = 'idea'").await
    );
    let theme = |t: &str| {
        n["by_theme"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == t)
            .cloned()
    };
    assert_eq!(
        theme("energy").unwrap()["this_month"],
        count("2026-10", "AND 'energy' = ANY(c.themes)").await
    );
    assert_eq!(
        theme("energy").unwrap()["last_month"],
        count("2026-09", "AND 'energy' = ANY(c.themes)").await
    );
    assert_eq!(
        n["most_supported"][0]["title"],
        "Solar on the Trinity Centre"
    );
    let trend = n["trend"].as_array().unwrap();
    assert_eq!(trend.len(), 12);
    assert_eq!(trend[11], serde_json::json!(["2026-10", 4]));
    assert_eq!(trend[10], serde_json::json!(["2026-09", 2]));

    // Quotes: published with consent; anonymised ones without a name.
    let quotes = n["quotes"].as_array().unwrap();
    let titles: Vec<&str> = quotes
        .iter()
        .map(|q| q["title"].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(&"Solar on the Trinity Centre") && titles.contains(&"Damp in our flat")
    );
    let damp = quotes
        .iter()
        .find(|q| q["title"] == "Damp in our flat")
        .unwrap();
    assert_eq!(damp["name"], Value::Null);

    // The internal item is in no format, and neither is the hidden one.
    for format in ["json", "csv", "md", "html", "geojson"] {
        let body = app
            .client
            .get(app.url(&format!(
                "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format={format}"
            )))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !body.contains(SECRET) && !body.contains("Kept internal"),
            "{format} quotes an internal item"
        );
        assert!(
            !body.contains("Hidden for abuse"),
            "{format} shows a hidden item"
        );
        assert!(
            !body.contains("Zephyrine"),
            "{format} names the internal item's resident"
        );
    }
    let html = app
        .client
        .get(app.url("/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format=html"))
        .send()
        .await
        .unwrap();
    assert!(
        html.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = html.text().await.unwrap();
    assert!(html.contains("<h2 id=\"n-fishermead\">Fishermead</h2>") && html.contains("<svg"));
    let geojson: Value = app.client.get(app.url("/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format=geojson&neighbourhood=fishermead")).send().await.unwrap().json().await.unwrap();
    assert_eq!(
        geojson["features"].as_array().unwrap().len(),
        3,
        "the month's published pins"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn bad_report_requests_are_4xx(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    for (path, status) in [
        (
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-13",
            400,
        ),
        ("/api/v1/plans/milton-keynes/reports/dialogue", 400),
        (
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format=pdf",
            400,
        ),
        ("/api/v1/plans/atlantis/reports/dialogue?month=2026-10", 404),
        (
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&neighbourhood=atlantis",
            404,
        ),
    ] {
        let (got, problem) = app.get_json(path).await;
        assert_eq!(got, status, "{path}: {problem}");
    }
}

/// A neighbourhood's name comes from the council's boundary file, and so is text from
/// outside: in the CSV, text that starts like a formula stays text when a spreadsheet
/// opens it, and the counts stay numbers.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn text_that_starts_like_a_formula_stays_text_in_the_csv(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    seed_month(&app).await;
    let names = [
        ("fishermead", "=HYPERLINK(\"http://x\",\"y\")"),
        ("oldbrook", "+1"),
        ("springfield", "-1"),
        ("conniburrow", "@SUM(A1)"),
    ];
    for (slug, name) in names {
        sqlx::query("UPDATE neighbourhoods SET name = $2 WHERE slug = $1")
            .bind(slug)
            .bind(name)
            .execute(&app.pool)
            .await
            .unwrap();
    }
    let r = app
        .client
        .get(app.url("/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format=csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let body = r.text().await.unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(body.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    for (_, name) in names {
        let cell = format!("'{name}");
        let total = rows
            .iter()
            .find(|r| r[0] == *cell && &r[1] == "total")
            .unwrap_or_else(|| panic!("no total row for {cell} in:\n{body}"));
        total[3].parse::<i64>().expect("a count stays a number");
    }
    let fishermead = rows
        .iter()
        .find(|r| r[0] == *"'=HYPERLINK(\"http://x\",\"y\")" && &r[1] == "total")
        .unwrap();
    assert_eq!((&fishermead[3], &fishermead[4]), ("4", "2"));
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?} would be a formula, in:\n{body}"
            );
        }
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_report_says_what_happened_to_what_people_said(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    seed_month(&app).await;
    let id = |title: &'static str| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM contributions WHERE title = $1")
                .bind(title)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    let responder = app.signed_in("responder").await;
    let responses = "/api/v1/plans/milton-keynes/responses";
    // The hidden pin is behind the commitment too, but counts nowhere.
    let body = serde_json::json!({
        "selection": { "ids": [id("Dark underpass").await, id("Damp in our flat").await,
                               id("Hidden for abuse").await] },
        "status": "planned", "expected_month": "2027-03", "progress": 25,
        "response": "We will fix both.", "title": "Safe, dry homes in Fishermead",
    });
    let (status, written) = app.post_json_as(&responder, responses, &body).await;
    assert_eq!(status, 201, "{written}");
    let body = serde_json::json!({
        "selection": { "ids": [id("Walking group").await] },
        "status": "done", "response": "The group meets at the centre now.",
    });
    assert_eq!(app.post_json_as(&responder, responses, &body).await.0, 201);

    let path =
        "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&neighbourhood=fishermead";
    let (status, report) = app.get_json(path).await;
    assert_eq!(status, 200);
    let outcomes = &report["neighbourhoods"][0]["outcomes"];
    let counts: Vec<(&str, i64)> = outcomes["by_status"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["status"].as_str().unwrap(), c["count"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        counts,
        [
            ("open", 2),
            ("referred", 0),
            ("considering", 0),
            ("planned", 2),
            ("done", 1),
            ("not_possible", 0),
            ("duplicate", 0)
        ],
        "published pins only: the internal and the hidden ones are not counted"
    );
    let commitment = &outcomes["commitments"][0];
    assert_eq!(commitment["title"], "Safe, dry homes in Fishermead");
    assert_eq!(commitment["organisation"], "The test-responders (test)");
    assert_eq!(commitment["progress"], 25);
    assert_eq!(commitment["voices"], 2, "the hidden pin is not a voice");
    assert_eq!(outcomes["commitments"].as_array().unwrap().len(), 1);

    let text = |format: &'static str| {
        let client = app.client.clone();
        let url = app.url(&format!("{path}&format={format}"));
        async move { client.get(url).send().await.unwrap().text().await.unwrap() }
    };
    let csv_text = text("csv").await;
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let row = |section: &str, item: &str| {
        rows.iter()
            .find(|r| &r[1] == section && &r[2] == item)
            .unwrap_or_else(|| panic!("no {section} {item} row in:\n{csv_text}"))
            .iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(row("outcome", "planned")[3], "2");
    assert_eq!(row("outcome", "done")[3], "1");
    assert_eq!(
        row("commitment", "Safe, dry homes in Fishermead")[5..],
        ["The test-responders (test)", "25", "2"]
    );
    for format in ["md", "html"] {
        let body = text(format).await;
        assert!(
            body.contains("What happened to what you told us"),
            "{format}"
        );
        assert!(body.contains("Safe, dry homes in Fishermead"), "{format}");
        assert!(
            body.contains("25% done, 2 voices here"),
            "{format}:\n{body}"
        );
        assert!(!body.contains("Hidden for abuse"), "{format}");
    }
}

//! The service around the API: probes, OpenAPI, headers, the UI, plans and shutdown.

use std::collections::BTreeSet;

use serde_json::Value;
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;
use waymark_tests::{TestApp, feature};

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn health_and_readiness_answer_when_the_database_does(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (status, body) = app.get_json("/healthz").await;
    assert_eq!((status, body["status"].as_str()), (200, Some("ok")));
    let (status, _) = app.get_json("/readyz").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn readiness_is_503_when_the_database_is_gone() {
    // A pool that points at a port where nothing listens.
    let pool = PgPoolOptions::new()
        .acquire_timeout(std::time::Duration::from_millis(300))
        .connect_lazy("postgres://nobody:nothing@127.0.0.1:9/none")
        .unwrap();
    let app = TestApp::spawn(pool).await;
    let (status, body) = app.get_json("/readyz").await;
    assert_eq!(
        (status, body["status"].as_str()),
        (503, Some("unavailable"))
    );
    let (status, _) = app.get_json("/healthz").await;
    assert_eq!(status, 200);
    // An API call without a database is a 503 problem, not a 500.
    let response = app
        .client
        .get(app.url("/api/v1/plans"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["code"], "unavailable");
}

/// Every path template the application's router serves. axum has no API to list its
/// routes, but its `Debug` output names each one (`RouteId(3): "/api/v1/plans"`); were
/// that output to change shape, nothing would be found and every documented route would
/// be reported as not served, so the test fails rather than passes.
fn served_paths(app: &TestApp) -> BTreeSet<String> {
    let state = waymark_api::AppState::new(
        app.pool.clone(),
        waymark_api::ApiConfig::default(),
        axum_extra::extract::cookie::Key::generate(),
    );
    let debug = format!("{:?}", waymark_api::router(state));
    debug
        .split("RouteId(")
        .filter_map(|part| {
            let (id, rest) = part.split_once(')')?;
            id.bytes().all(|b| b.is_ascii_digit()).then_some(())?;
            Some(rest.strip_prefix(": \"")?.split('"').next()?.to_owned())
        })
        .collect()
}

/// The methods the server answers on `template`: asked with OPTIONS, which no API route
/// takes, the router's 405 lists them in `Allow` (HEAD comes with every GET).
async fn served_methods(app: &TestApp, template: &str) -> Result<Vec<String>, String> {
    let concrete: Vec<&str> = template
        .split('/')
        .map(|segment| {
            if segment.starts_with('{') {
                "x"
            } else {
                segment
            }
        })
        .collect();
    let response = app
        .client
        .request(reqwest::Method::OPTIONS, app.url(&concrete.join("/")))
        .send()
        .await
        .expect("request");
    let status = response.status();
    let allow = response
        .headers()
        .get("allow")
        .and_then(|v| v.to_str().ok())
        .filter(|_| status == 405)
        .ok_or(format!(
            "OPTIONS {template}: {status} without an Allow list"
        ))?;
    Ok(allow
        .split(',')
        .map(|m| m.trim().to_lowercase())
        .filter(|m| !m.is_empty() && m != "head")
        .collect())
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn openapi_3_1_describes_every_api_route(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (status, spec) = app.get_json("/openapi.json").await;
    assert_eq!(status, 200);
    assert_eq!(spec["openapi"], "3.1.0");
    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    let documented: BTreeSet<String> = spec["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .flat_map(|(path, item)| {
            METHODS
                .iter()
                .filter(|m| item[**m].is_object())
                .map(move |m| format!("{} {path}", m.to_uppercase()))
        })
        .collect();
    // What the router really serves under /api/v1, whichever way it was registered.
    let mut served = BTreeSet::new();
    let mut problems = Vec::new();
    for path in served_paths(&app) {
        if !path.starts_with("/api/v1/") {
            continue;
        }
        match served_methods(&app, &path).await {
            Ok(methods) => served.extend(
                methods
                    .iter()
                    .map(|m| format!("{} {path}", m.to_uppercase())),
            ),
            Err(problem) => problems.push(problem),
        }
    }
    for route in served.difference(&documented) {
        problems.push(format!(
            "{route} is served but not in /openapi.json: register it with .routes(routes!(…)) and #[utoipa::path]"
        ));
    }
    for route in documented.difference(&served) {
        problems.push(format!("{route} is in /openapi.json but not served"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The routes the design pins down are among them.
    for route in [
        "GET /api/v1/plans",
        "GET /api/v1/plans/{plan}",
        "GET /api/v1/plans/{plan}/contributions",
        "POST /api/v1/plans/{plan}/contributions",
        "PATCH /api/v1/contributions/{id}",
        "DELETE /api/v1/contributions/{id}/support",
        "GET /api/v1/proposals/{id}/feasibility",
        "POST /api/v1/proposals/{id}/responses",
        "GET /api/v1/plans/{plan}/events",
    ] {
        assert!(documented.contains(route), "{route} is documented");
    }
    assert!(spec["components"]["schemas"]["Problem"].is_object());
    assert!(spec["components"]["schemas"]["NewContributionFeature"].is_object());
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn responses_carry_a_request_id_and_security_headers(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let response = app
        .client
        .get(app.url("/api/v1/plans"))
        .send()
        .await
        .unwrap();
    let headers = response.headers();
    assert!(uuid::Uuid::parse_str(headers["x-request-id"].to_str().unwrap()).is_ok());
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"));
    assert!(csp.contains("frame-ancestors 'none'"));
    // A caller's own request id is kept, so logs on both sides line up.
    let response = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", "from-the-load-balancer")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["x-request-id"], "from-the-load-balancer");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_map_ui_is_served_at_the_root_and_for_app_routes(pool: PgPool) {
    let dir = std::env::temp_dir().join(format!("waymark-ui-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<title>Waymark UI</title>").unwrap();
    let config = waymark_api::ApiConfig {
        ui_dir: dir.clone(),
        ..Default::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    for path in ["/", "/p/milton-keynes"] {
        let body = app
            .client
            .get(app.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(body.contains("Waymark UI"), "{path}");
    }
    // API paths never fall through to the page.
    let response = app
        .client
        .get(app.url("/api/v2/anything"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_demo_plan_lists_its_twenty_neighbourhoods(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let (_, plans) = app.get_json("/api/v1/plans").await;
    assert_eq!(plans["plans"][0]["slug"], "milton-keynes");
    assert!(plans["plans"][0].get("boundary").is_none());
    let (_, plan) = app.get_json("/api/v1/plans/milton-keynes").await;
    assert_eq!(plan["boundary"]["type"], "MultiPolygon");
    let bbox = plan["bbox"].as_array().unwrap();
    assert!(bbox[0].as_f64().unwrap() < -0.8 && bbox[3].as_f64().unwrap() > 52.08);

    let response = app
        .client
        .get(app.url("/api/v1/plans/milton-keynes/neighbourhoods"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-type"], "application/geo+json");
    let hoods: Value = response.json().await.unwrap();
    let features = hoods["features"].as_array().unwrap();
    assert_eq!(features.len(), 20);
    let counted: i64 = features
        .iter()
        .map(|f| f["properties"]["contribution_count"].as_i64().unwrap())
        .sum();
    let published: i64 =
        sqlx::query_scalar("SELECT count(*) FROM contributions WHERE status = 'published'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(counted, published);
    assert!(
        features
            .iter()
            .any(|f| f["properties"]["name"] == "Fishermead")
    );
}

/// What the demo fixtures hold, counted from the files the seed reads.
struct DemoFixtures {
    contributions: i64,
    replies: i64,
    supports: i64,
    neighbourhoods: i64,
    proposals: i64,
}

fn demo_fixtures() -> DemoFixtures {
    let read = |text: &str| serde_json::from_str::<Value>(text).expect("a fixture");
    let contributions = read(include_str!(
        "../../fixtures/milton-keynes/contributions.json"
    ));
    let contributions = contributions.as_array().expect("a list of contributions");
    let count = |items: usize| i64::try_from(items).expect("a count");
    DemoFixtures {
        contributions: count(contributions.len()),
        replies: contributions
            .iter()
            .map(|c| count(c["replies"].as_array().map_or(0, Vec::len)))
            .sum(),
        supports: contributions
            .iter()
            .map(|c| c["supports"].as_i64().expect("a support count"))
            .sum(),
        neighbourhoods: count(
            read(include_str!(
                "../../fixtures/milton-keynes/neighbourhoods.geojson"
            ))["features"]
                .as_array()
                .expect("neighbourhood features")
                .len(),
        ),
        proposals: count(
            read(include_str!("../../fixtures/milton-keynes/proposals.json"))["proposals"]
                .as_array()
                .expect("a list of proposals")
                .len(),
        ),
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_demo_seed_is_believable_and_loads_once(pool: PgPool) {
    waymark::seed::demo(&pool).await.unwrap();
    waymark::seed::demo(&pool).await.unwrap();
    let (kinds, themes, hoods, with_replies, supported): (i64, i64, i64, i64, i64) =
        sqlx::query_as(
            "SELECT count(DISTINCT kind),
                (SELECT count(DISTINCT t) FROM contributions, unnest(themes) t),
                count(DISTINCT neighbourhood_id),
                count(*) FILTER (WHERE reply_count > 0),
                count(*) FILTER (WHERE support_count > 0)
           FROM contributions",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!((kinds, themes, hoods), (4, 8, 20));
    assert!(with_replies > 50 && supported > 50);
    // Seeded twice, everything is there once: exactly what the fixtures hold.
    let rows: (i64, i64, i64, i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM plans), (SELECT count(*) FROM neighbourhoods),
                (SELECT count(*) FROM contributions), (SELECT count(*) FROM replies),
                (SELECT count(*) FROM supports), (SELECT count(*) FROM proposals)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let f = demo_fixtures();
    assert_eq!(
        rows,
        (
            1,
            f.neighbourhoods,
            f.contributions,
            f.replies,
            f.supports,
            f.proposals
        ),
        "(plans, neighbourhoods, contributions, replies, supports, proposals)"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_synthetic_load_places_every_pin_in_a_neighbourhood(pool: PgPool) {
    waymark::seed::synthetic(&pool, 5_000).await.unwrap();
    let (total, placed, inside): (i64, i64, i64) = sqlx::query_as(
        "SELECT count(*), count(c.neighbourhood_id),
                count(*) FILTER (WHERE ST_Intersects(p.boundary, c.geom))
           FROM contributions c JOIN plans p ON p.id = c.plan_id",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((total, placed, inside), (5_000, 5_000, 5_000));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn shutdown_lets_a_request_in_flight_finish_then_stops(pool: PgPool) {
    let mut app = TestApp::with_empty_plan(pool).await;
    // The test locks the contributions table, so a new pin waits inside its handler.
    let mut lock = app.pool.begin().await.unwrap();
    sqlx::query("LOCK TABLE contributions IN EXCLUSIVE MODE")
        .execute(&mut *lock)
        .await
        .unwrap();
    let request = app
        .client
        .post(app.url("/api/v1/plans/milton-keynes/contributions"))
        .header("content-type", "application/geo+json")
        .body(feature("In flight at closing time").to_string());
    let in_flight = tokio::spawn(async move {
        let response = request.send().await?;
        let status = response.status().as_u16();
        Ok::<_, reqwest::Error>((status, response.json::<Value>().await?))
    });
    // At most 10 s each (bounds, so a broken build fails rather than hangs).
    let bound = std::time::Duration::from_secs(10);
    let pause = std::time::Duration::from_millis(20);
    tokio::time::timeout(bound, async {
        loop {
            let waiting: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM pg_stat_activity
                  WHERE datname = current_database() AND wait_event_type = 'Lock'",
            )
            .fetch_one(&app.pool)
            .await
            .unwrap();
            if waiting > 0 {
                break;
            }
            tokio::time::sleep(pause).await;
        }
    })
    .await
    .expect("the pin waits for the lock in the database");

    app.begin_shutdown();
    let address = app.address;
    tokio::time::timeout(bound, async {
        while tokio::net::TcpStream::connect(address).await.is_ok() {
            tokio::time::sleep(pause).await;
        }
    })
    .await
    .expect("the server stops taking new connections");
    assert!(
        !app.has_stopped(),
        "the server keeps running while a request is in flight"
    );
    assert!(!in_flight.is_finished());

    lock.rollback().await.unwrap();
    let (status, pin) = in_flight
        .await
        .unwrap()
        .expect("an answer, not a dropped connection");
    assert_eq!(status, 201, "{pin}");
    assert_eq!(pin["properties"]["title"], "In flight at closing time");
    let pool = app.pool.clone();
    app.stop().await.unwrap();
    assert!(
        reqwest::get(format!("http://{address}/healthz"))
            .await
            .is_err()
    );
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM contributions WHERE title = $1")
        .bind("In flight at closing time")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(stored, 1);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn only_the_read_only_map_routes_are_open_to_other_origins(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    for path in [
        "/style.json",
        "/tiles/contributions.json",
        "/ogc/collections",
    ] {
        let response = app
            .client
            .get(app.url(path))
            .header("origin", "https://qgis.example")
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.headers()["access-control-allow-origin"],
            "*",
            "{path}"
        );
    }
    let response = app
        .client
        .get(app.url("/api/v1/plans"))
        .header("origin", "https://elsewhere.example")
        .send()
        .await
        .unwrap();
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn serve_refuses_a_schema_newer_than_it_knows(pool: PgPool) {
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
         VALUES (99999999, 'from a newer waymark', true, '\\x00', 0)",
    )
    .execute(&pool)
    .await
    .unwrap();
    let config = waymark::config::Config {
        database_url: Some(waymark_tests::database_url(&pool)),
        listen: "127.0.0.1:0".parse().unwrap(),
        ..Default::default()
    };
    let refused = tokio::time::timeout(std::time::Duration::from_secs(30), waymark::serve(config))
        .await
        .expect("serve stops at once")
        .unwrap_err();
    assert!(
        refused
            .to_string()
            .contains("newer than this waymark knows"),
        "{refused}"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_demo_has_organisations_answering_a_quarter_of_the_pins_in_every_status(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let (_, list) = app
        .get_json("/api/v1/plans/milton-keynes/organisations")
        .await;
    let names: Vec<&str> = list["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert!(names.len() >= 3, "{names:?}");
    assert!(names.iter().all(|n| n.ends_with("(demo)")), "{names:?}");
    assert!(names.contains(&"Fishermead Housing Co-op (demo)"));

    let statuses: BTreeSet<String> =
        sqlx::query_scalar("SELECT DISTINCT outcome FROM contributions WHERE outcome <> 'open'")
            .fetch_all(&app.pool)
            .await
            .unwrap()
            .into_iter()
            .collect();
    let every: BTreeSet<String> = [
        "considering",
        "done",
        "duplicate",
        "not_possible",
        "planned",
        "referred",
    ]
    .map(str::to_owned)
    .into();
    assert_eq!(statuses, every);
    let (answered, total): (i64, i64) = sqlx::query_as(
        "SELECT count(*) FILTER (WHERE outcome <> 'open'), count(*) FROM contributions",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(
        (total / 5..=total * 3 / 10).contains(&answered),
        "{answered} of {total} answered"
    );

    // The commitments are the fixture's, each with every pin it names behind it.
    let fixture: Value =
        serde_json::from_str(include_str!("../../fixtures/milton-keynes/outcomes.json")).unwrap();
    let (_, commitments) = app
        .get_json("/api/v1/plans/milton-keynes/commitments")
        .await;
    let commitments = commitments["commitments"].as_array().unwrap();
    let titled: Vec<&Value> = fixture["responses"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["title"].is_string())
        .collect();
    assert_eq!(commitments.len(), titled.len());
    for expected in &titled {
        let found = commitments
            .iter()
            .find(|k| k["title"] == expected["title"])
            .unwrap_or_else(|| panic!("no commitment {}", expected["title"]));
        assert_eq!(
            found["voices"].as_u64(),
            Some(expected["titles"].as_array().unwrap().len() as u64)
        );
    }
    let lighting = commitments
        .iter()
        .find(|k| k["title"] == "Lighting the redway underpasses")
        .unwrap();
    assert_eq!(lighting["progress"], 35, "the last dated update");
    assert_eq!(lighting["status"], "planned");
    assert!(lighting["expected_month"].is_string());
    let path = format!("/api/v1/commitments/{}", lighting["id"].as_str().unwrap());
    let (_, detail) = app.get_json(&path).await;
    assert_eq!(detail["updates"].as_array().unwrap().len(), 2);

    // A pin hidden by a moderator leaves the commitment's public list and count.
    let hidden = detail["contributions"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    sqlx::query("UPDATE contributions SET status = 'hidden' WHERE id = $1::uuid")
        .bind(&hidden)
        .execute(&app.pool)
        .await
        .unwrap();
    let (_, after) = app.get_json(&path).await;
    assert_eq!(after["voices"], 10);
    assert!(
        after["contributions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["id"] != hidden.as_str())
    );
}

//! The network by role, community-energy proposals, their feasibility and workflow.

use std::io::Read;

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_store::network::{SubstationRecord, upsert_substation, upsert_supply_area};
use waymark_tests::{EventStream, TestApp, visitor};

/// Figures only DNO engineers may see, chosen so they cannot appear by chance.
const SECRET_FIGURES: [f64; 4] = [7.137, 2.719, 11.353, 4.241];

/// A tiny synthetic network: one primary whose supply area covers the middle of the
/// demo plan, and one whose area is elsewhere (to test the nearest fallback).
async fn load_network(app: &TestApp) {
    let mut conn = app.pool.acquire().await.unwrap();
    let record = |id: &str, name: &str, lon: f64, lat: f64, g: f64, q: f64, d: f64, firm: f64| {
        SubstationRecord {
            external_id: id.into(),
            name: name.into(),
            kind: "primary".into(),
            voltage: Some("33/11 kV".into()),
            upstream_external_id: None,
            lon,
            lat,
            firm_capacity_mva: Some(firm),
            peak_demand_mva: Some(10.0),
            demand_headroom_mva: Some(d),
            generation_headroom_mw: Some(g),
            connected_generation_mw: Some(3.0),
            queued_generation_mw: Some(q),
            fault_level_headroom_ka: Some(1.5),
            rag: "amber".into(),
            data_date: None,
            source: "test, illustrative".into(),
        }
    };
    let [g, q, d, firm] = SECRET_FIGURES;
    upsert_substation(
        &mut conn,
        "TEST",
        &record("P1", "DEMO Test Primary", -0.75, 52.035, g, q, d, firm),
    )
    .await
    .unwrap();
    upsert_substation(
        &mut conn,
        "TEST",
        &record("P2", "DEMO Far Primary", -0.70, 51.99, 1.0, 0.0, 1.0, 20.0),
    )
    .await
    .unwrap();
    let area = json!({"type": "Polygon", "coordinates": [[[-0.80, 52.00], [-0.72, 52.00], [-0.72, 52.07], [-0.80, 52.07], [-0.80, 52.00]]]});
    assert!(
        upsert_supply_area(&mut conn, "TEST", "P1", &area.to_string())
            .await
            .unwrap()
    );
    waymark_store::network::upsert_constraint_zone(
        &mut conn,
        "TEST",
        "Z1",
        "DEMO 33 kV ring",
        "thermal limit",
        Some("P1"),
        &area.to_string(),
    )
    .await
    .unwrap();
}

/// Decimal numbers in `text` within rounding of a secret figure, or of the
/// generation room it leaves after the queue (7.137 - 2.719): `4.4`, `4.42` and
/// `4.418` all give it away. Times (`12:04:07.14`) are not figures.
fn figures_near_secrets(text: &str) -> Vec<String> {
    let [g, q, d, firm] = SECRET_FIGURES;
    let secrets = [g, q, d, firm, g - q];
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let before = &rest.as_bytes()[..start];
        let in_a_time =
            before.ends_with(b":") && before.len() > 1 && before[before.len() - 2].is_ascii_digit();
        let len = rest[start..]
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len() - start);
        let token = rest[start..start + len].trim_end_matches('.');
        if !in_a_time
            && token.contains('.')
            && let Ok(x) = token.parse::<f64>()
            && secrets.iter().any(|s| (x - s).abs() <= 0.051)
        {
            found.push(token.to_owned());
        }
        rest = &rest[start + len..];
    }
    found
}

/// `text` without the geometry of the SVG charts and maps a page draws (path data,
/// coordinates and sizes in pixels), which are not figures; their words and values stay.
fn without_drawing(text: &str) -> String {
    const DRAWING: [&str; 12] = [
        " d=\"",
        " x=\"",
        " y=\"",
        " x1=\"",
        " x2=\"",
        " y1=\"",
        " y2=\"",
        " cx=\"",
        " cy=\"",
        " width=\"",
        " height=\"",
        " viewBox=\"",
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((at, attribute)) = DRAWING
        .iter()
        .filter_map(|a| rest.find(a).map(|at| (at, a)))
        .min_by_key(|(at, _)| *at)
    {
        out.push_str(&rest[..at]);
        let value = &rest[at + attribute.len()..];
        rest = value.find('"').map_or("", |end| &value[end + 1..]);
    }
    out.push_str(rest);
    out
}

/// Property names of exact figures.
const KEYS: [&str; 4] = [
    "generation_headroom_mw",
    "demand_headroom_mva",
    "queued_generation_mw",
    "firm_capacity_mva",
];

fn leaks_figures(text: &str) -> Vec<String> {
    let mut found = figures_near_secrets(text);
    for key in KEYS {
        if text.contains(key) {
            found.push(key.to_owned());
        }
    }
    found
}

async fn tile_properties(app: &TestApp, client: &reqwest::Client) -> String {
    // Zoom 12 tile over Fishermead, inside the supply area.
    let response = client
        .get(app.url("/tiles/network/12/2039/1352.mvt"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let gz = response.bytes().await.unwrap();
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut raw)
        .unwrap();
    let reader = mvt_reader::Reader::new(raw).unwrap();
    let mut text = format!("{:?}", reader.get_layer_names().unwrap());
    for (i, _) in reader.get_layer_names().unwrap().iter().enumerate() {
        for f in reader.get_features(i).unwrap() {
            text.push_str(&format!("{:?}", f.properties));
        }
    }
    text
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn only_dno_engineers_and_admins_see_exact_network_figures(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    load_network(&app).await;
    let anonymous = visitor();
    let resident = app.signed_in("resident").await;
    let engineer = app.signed_in("dno_engineer").await;
    let admin = app.signed_in("admin").await;
    for (who, client, detailed) in [
        ("anonymous", &anonymous, false),
        ("resident", &resident, false),
        ("dno_engineer", &engineer, true),
        ("admin", &admin, true),
    ] {
        let api = client
            .get(app.url("/api/v1/plans/milton-keynes/network"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let ogc = client
            .get(app.url("/ogc/collections/network/items"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let mvt = tile_properties(&app, client).await;
        for (surface, text) in [("API", &api), ("OGC", &ogc), ("MVT", &mvt)] {
            let leaked = leaks_figures(text);
            if detailed {
                for figure in SECRET_FIGURES
                    .map(|f| f.to_string())
                    .iter()
                    .chain(&KEYS.map(String::from))
                {
                    assert!(
                        leaked.contains(figure),
                        "{who} sees {figure} in {surface}: {leaked:?}"
                    );
                }
            } else {
                assert!(
                    leaked.is_empty(),
                    "{who} must not see {leaked:?} in {surface}"
                );
            }
            assert!(
                text.contains("DEMO Test Primary"),
                "{who} sees the area in {surface}"
            );
            assert_eq!(
                text.contains("DEMO 33 kV ring"),
                detailed,
                "{who}: constraint zones in {surface}"
            );
        }
        let api: Value = serde_json::from_str(&api).unwrap();
        let area = api["features"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["properties"]["layer"] == "supply_area")
            .unwrap();
        assert_eq!(area["properties"]["rag"], "amber");
        assert_eq!(
            area["properties"]["generation_band"], "1 to 5 MW",
            "7.137 - 2.719 MW left"
        );
    }
}

/// Every route that can carry a network figure, walked as each audience: the public
/// (anonymous, and a resident who proposed a project) reads bands only; an engineer
/// reads the exact figures, to the kW, so the search below does find them.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn no_route_gives_the_public_an_exact_network_figure(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    load_network(&app).await;
    app.events_ready().await;
    let group = app.signed_in("resident").await;
    let engineer = app.signed_in("dno_engineer").await;
    let mut stream = EventStream::open(&app, &visitor(), None).await;
    let draft = propose(&app, &group, 3_000.0, true).await;
    let submitted = propose(&app, &group, 3_000.0, false).await;
    let (draft, submitted) = (
        draft["id"].as_str().unwrap(),
        submitted["id"].as_str().unwrap(),
    );
    let event = stream.until(submitted, "proposal").await;
    let month = time::OffsetDateTime::now_utc().date().to_string()[..7].to_owned();

    let mut routes = vec![
        "/api/v1/plans/milton-keynes/network".to_owned(),
        "/api/v1/plans/milton-keynes/proposals".to_owned(),
        format!("/api/v1/proposals/{submitted}"),
        format!("/api/v1/proposals/{submitted}/feasibility"),
        "/ogc/collections/network/items".to_owned(),
        "/tiles/network/12/2039/1352.mvt".to_owned(),
        "/tiles/proposals/12/2039/1352.mvt".to_owned(),
    ];
    for format in ["json", "csv", "md", "html", "geojson"] {
        routes.push(format!(
            "/api/v1/plans/milton-keynes/reports/dialogue?month={month}&format={format}"
        ));
    }
    // Sizes on both sides of the band's edges (none within rounding of a secret),
    // inside the supply area and outside it.
    for site in ["lon=-0.749&lat=52.035", "lon=-0.69&lat=51.985"] {
        for (technology, export_kw, import_kw) in [
            ("solar_pv", 150, 0),
            ("solar_pv", 1_000, 0),
            ("wind", 2_300, 0),
            ("wind", 3_900, 0),
            ("wind", 6_000, 0),
            ("battery", 1_000, 1_000),
            ("heat_pump", 0, 3_000),
        ] {
            routes.push(format!(
                "/api/v1/feasibility?{site}&technology={technology}&export_kw={export_kw}&import_kw={import_kw}"
            ));
        }
    }
    let read = |client: &reqwest::Client, route: &str| {
        let (client, url, route) = (client.clone(), app.url(route), route.to_owned());
        async move {
            let response = client.get(url).send().await.unwrap();
            assert!(
                response.status().is_success(),
                "{route}: {}",
                response.status()
            );
            let mvt = route.ends_with(".mvt");
            let body = response.bytes().await.unwrap();
            if !mvt || body.is_empty() {
                return without_drawing(std::str::from_utf8(&body).unwrap());
            }
            let reader = mvt_reader::Reader::new(body.to_vec()).unwrap();
            let mut text = String::new();
            for (i, _) in reader.get_layer_names().unwrap().iter().enumerate() {
                for f in reader.get_features(i).unwrap() {
                    text.push_str(&format!("{:?}", f.properties));
                }
            }
            text
        }
    };
    let own_draft = [format!("/api/v1/proposals/{draft}/feasibility")];
    for (who, client, theirs) in [
        ("anonymous", visitor(), &[][..]),
        ("the proposer", group.clone(), &own_draft[..]),
    ] {
        for route in routes.iter().chain(theirs) {
            let text = read(&client, route).await;
            let leaked = leaks_figures(&text);
            assert!(
                leaked.is_empty(),
                "{who} reads {leaked:?} in {route}: {text}"
            );
        }
    }
    assert!(leaks_figures(&event.data.to_string()).is_empty());

    // An engineer asking the same questions reads the exact room left, to the kW: the
    // search above would have found it.
    let seen: Vec<String> = {
        let mut all = Vec::new();
        for route in routes.iter().filter(|r| r.contains("feasibility")) {
            all.extend(figures_near_secrets(&read(&engineer, route).await));
        }
        all
    };
    assert!(seen.iter().any(|f| f == "4.418"), "{seen:?}");
    assert!(seen.iter().any(|f| f == "4.4"), "the explanation: {seen:?}");
    assert!(
        seen.iter().all(|f| f.len() <= 6),
        "no float noise: {seen:?}"
    );
}

async fn propose(app: &TestApp, client: &reqwest::Client, export_kw: f64, draft: bool) -> Value {
    let r = client
        .post(app.url("/api/v1/plans/milton-keynes/proposals"))
        .json(&json!({
            "title": "Solar on the Trinity Centre roof",
            "technology": "solar_pv",
            "capacity_kw": export_kw,
            "export_kw": export_kw,
            "site": { "type": "Point", "coordinates": [-0.749, 52.035] },
            "group_name": "Fishermead Community Energy",
            "description": "A community-owned array on the centre's south-facing roof.",
            "draft": draft,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    r.json().await.unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_proposal_moves_through_its_workflow_and_records_who_moved_it(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    load_network(&app).await;
    let group = app.signed_in("resident").await;
    let created = propose(&app, &group, 150.0, true).await;
    let id = created["id"].as_str().unwrap();
    assert_eq!(created["properties"]["status"], "draft");
    let url = |p: &str| app.url(&format!("/api/v1/proposals/{id}{p}"));
    // A draft is the group's own.
    assert_eq!(visitor().get(url("")).send().await.unwrap().status(), 404);

    let engineer = app.signed_in("dno_engineer").await;
    let step = |client: &reqwest::Client, to: &str| {
        client
            .post(url("/transitions"))
            .json(&json!({ "to": to }))
            .send()
    };
    // Illegal moves are refused with 409 and change nothing.
    for (client, to) in [
        (&engineer, "under_review"),
        (&group, "going_ahead"),
        (&group, "can_connect"),
    ] {
        let r = step(client, to).await.unwrap();
        assert_eq!(r.status(), 409, "draft → {to}");
        let problem: Value = r.json().await.unwrap();
        assert_eq!(problem["code"], "conflict");
    }
    let answer_too_early = engineer.post(url("/responses")).json(&json!({ "decision": "can_connect", "cost_band": "under £10k", "timescale": "under 3 months" })).send().await.unwrap();
    assert_eq!(answer_too_early.status(), 409);
    assert_eq!(step(&group, "submitted").await.unwrap().status(), 200);
    assert_eq!(step(&visitor(), "withdrawn").await.unwrap().status(), 401);
    assert_eq!(
        step(&app.signed_in("resident").await, "withdrawn")
            .await
            .unwrap()
            .status(),
        403
    );
    assert_eq!(step(&engineer, "under_review").await.unwrap().status(), 200);
    let r = engineer
        .post(url("/responses"))
        .json(&json!({ "decision": "needs_reinforcement", "cost_band": "£50k–£250k", "timescale": "1–2 years",
                       "conditions": "Export limited to 100 kW until the 11 kV feeder is reinforced.", "notes": "Happy to meet the group." }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    // The proposer sees the answer and the whole history.
    let seen: Value = group
        .get(url(""))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let p = &seen["properties"];
    assert_eq!(p["status"], "needs_reinforcement");
    assert_eq!(p["responses"][0]["cost_band"], "£50k–£250k");
    assert_eq!(
        p["responses"][0]["conditions"],
        "Export limited to 100 kW until the 11 kV feeder is reinforced."
    );
    let steps: Vec<&str> = p["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["to_status"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        ["draft", "submitted", "under_review", "needs_reinforcement"]
    );
    let engineer_id: String =
        sqlx::query_scalar("SELECT id::text FROM users WHERE role = 'dno_engineer'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(p["history"][2]["actor"], format!("user:{engineer_id}"));
    assert_eq!(step(&group, "going_ahead").await.unwrap().status(), 200);
    assert_eq!(step(&group, "withdrawn").await.unwrap().status(), 409);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn feasibility_screens_saved_and_unsaved_sites(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    load_network(&app).await;
    let group = app.signed_in("resident").await;
    let small = propose(&app, &group, 150.0, false).await;
    let r = app
        .get_ok(
            &visitor(),
            &format!(
                "/api/v1/proposals/{}/feasibility",
                small["id"].as_str().unwrap()
            ),
        )
        .await;
    assert_eq!(r["rag"], "green", "{r}");
    assert_eq!(r["substation"], "DEMO Test Primary");
    assert!(
        r["explanation"]
            .as_str()
            .unwrap()
            .contains("likely to have room")
    );
    let big = propose(&app, &group, 6_000.0, false).await;
    let r = app
        .get_ok(
            &visitor(),
            &format!(
                "/api/v1/proposals/{}/feasibility",
                big["id"].as_str().unwrap()
            ),
        )
        .await;
    assert_eq!(r["rag"], "red", "6 MW against a band of 1 to 5 MW: {r}");
    assert_eq!(r["checks"][0]["band"], "1 to 5 MW", "{r}");
    assert!(r["checks"][0].get("available").is_none(), "{r}");

    let preview = |q: &str| {
        visitor()
            .get(app.url(&format!("/api/v1/feasibility?{q}")))
            .send()
    };
    let battery = "lon=-0.749&lat=52.035&technology=battery&export_kw=1000&import_kw=1000";
    let r: Value = preview(battery).await.unwrap().json().await.unwrap();
    // 1 MW out of a band of 1 to 5 MW: the public cannot be told it fits.
    assert_eq!(r["rag"], "amber", "{r}");
    // The engineer knows 4.418 MW are left: it fits.
    let engineer = app.signed_in("dno_engineer").await;
    let (_, exact) = app
        .get_json_as(&engineer, &format!("/api/v1/feasibility?{battery}"))
        .await;
    assert_eq!(exact["rag"], "green", "{exact}");
    assert_eq!(exact["checks"][0]["available"], 4.418, "{exact}");
    assert_eq!(
        r["checks"].as_array().unwrap().len(),
        2,
        "a battery is checked both ways"
    );
    // Outside the supply area: the nearest primary, said plainly.
    let r: Value = preview("lon=-0.69&lat=51.985&technology=solar_pv&export_kw=200")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r["substation"], "DEMO Far Primary");
    assert!(
        r["explanation"]
            .as_str()
            .unwrap()
            .contains("nearest substation")
    );
    let r: Value = preview("lon=-0.749&lat=52.035&technology=solar_pv&export_kw=3.5&phases=1")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        r["explanation"]
            .as_str()
            .unwrap()
            .contains("connect and notify")
    );
    let bad = preview("lon=-0.749&lat=152&technology=solar_pv")
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let bad = preview("lon=-0.749&lat=52&technology=nuclear")
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
}

/// A supply has 1 phase or 3: the preview screen refuses any other number as creating
/// the proposal does, naming the same field with the same words (the preview, a query,
/// answers 400 like its other bad parameters; the proposal, a body, 422).
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_preview_and_a_new_proposal_take_the_same_phases(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let group = app.signed_in("resident").await;
    let errors = |problem: &Value| {
        problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["field"].as_str().unwrap().to_owned(),
                    e["message"].as_str().unwrap().to_owned(),
                )
            })
            .collect::<Vec<_>>()
    };
    for phases in [1, 3] {
        let r = visitor()
            .get(app.url(&format!(
                "/api/v1/feasibility?lon=-0.749&lat=52.035&technology=solar_pv&export_kw=3&phases={phases}"
            )))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "phases={phases}");
    }
    for phases in [2, 7] {
        let r = visitor()
            .get(app.url(&format!(
                "/api/v1/feasibility?lon=-0.749&lat=52.035&technology=solar_pv&export_kw=3&phases={phases}"
            )))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "phases={phases}");
        assert_eq!(r.headers()["content-type"], "application/problem+json");
        let preview: Value = r.json().await.unwrap();
        assert_eq!(preview["code"], "invalid_parameter", "{preview}");

        let r = group
            .post(app.url("/api/v1/plans/milton-keynes/proposals"))
            .json(&json!({
                "title": "Solar on the Trinity Centre roof",
                "technology": "solar_pv",
                "capacity_kw": 3,
                "export_kw": 3,
                "phases": phases,
                "site": { "type": "Point", "coordinates": [-0.749, 52.035] },
                "group_name": "Fishermead Community Energy",
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422, "phases={phases}");
        let created: Value = r.json().await.unwrap();
        assert_eq!(created["code"], "validation_failed", "{created}");
        assert_eq!(
            errors(&preview),
            [("phases".to_owned(), "1 or 3".to_owned())]
        );
        assert_eq!(errors(&preview), errors(&created));
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn proposals_need_an_account_and_a_site_inside_the_plan(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let body = json!({ "title": "Wind", "technology": "wind", "capacity_kw": 2000, "export_kw": 2000,
                       "site": { "type": "Point", "coordinates": [-0.1276, 51.5072] }, "group_name": "G" });
    let r = visitor()
        .post(app.url("/api/v1/plans/milton-keynes/proposals"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let group = app.signed_in("resident").await;
    let r = group
        .post(app.url("/api/v1/plans/milton-keynes/proposals"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let mut bad = body.clone();
    bad["site"] = json!({ "type": "LineString", "coordinates": [[-0.75, 52.03], [-0.74, 52.04]] });
    bad["export_kw"] = json!(-5);
    let (status, r) = app
        .post_json_as(&group, "/api/v1/plans/milton-keynes/proposals", &bad)
        .await;
    assert_eq!(status, 422);
    let fields: Vec<&str> = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"site") && fields.contains(&"export_kw"),
        "{r}"
    );
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM proposals")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(count, 0);
}

/// The network differs by role, so no cache may hand one person's answer to another:
/// every OGC answer about it, a refusal too, is private and varies by credentials.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn ogc_network_answers_are_for_who_asked_only(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    load_network(&app).await;
    let engineer = app.signed_in("dno_engineer").await;
    let detailed = app
        .get_ok(&engineer, "/ogc/collections/network/items")
        .await;
    let zone = detailed["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["layer"] == "constraint_zone")
        .expect("the engineer sees the constraint zone")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let anonymous = visitor();
    for (who, client, path, status) in [
        (
            "anonymous",
            &anonymous,
            "/ogc/collections/network/items".to_owned(),
            200,
        ),
        (
            "engineer",
            &engineer,
            "/ogc/collections/network/items".to_owned(),
            200,
        ),
        (
            "engineer",
            &engineer,
            format!("/ogc/collections/network/items/{zone}"),
            200,
        ),
        // Not there for the public, but there for an engineer: the 404 is personal too.
        (
            "anonymous",
            &anonymous,
            format!("/ogc/collections/network/items/{zone}"),
            404,
        ),
        (
            "anonymous",
            &anonymous,
            "/api/v1/plans/milton-keynes/network".to_owned(),
            200,
        ),
    ] {
        let r = client.get(app.url(&path)).send().await.unwrap();
        assert_eq!(r.status(), status, "{who} {path}");
        let cache_control = r
            .headers()
            .get("cache-control")
            .map(|v| v.to_str().unwrap());
        assert_eq!(cache_control, Some("private, no-cache"), "{who} {path}");
        let vary: Vec<String> = r
            .headers()
            .get_all("vary")
            .iter()
            .flat_map(|v| v.to_str().unwrap().split(','))
            .map(|v| v.trim().to_lowercase())
            .collect();
        for header in ["cookie", "authorization"] {
            assert!(
                vary.iter().any(|v| v == header),
                "{who} {path}: Vary {vary:?}"
            );
        }
    }
}

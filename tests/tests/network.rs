//! The network by role, community-energy proposals, their feasibility and workflow.

use std::io::Read;

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_store::network::{SubstationRecord, upsert_substation, upsert_supply_area};
use waymark_tests::{TestApp, visitor};

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

fn leaks_figures(text: &str) -> Vec<String> {
    let mut found: Vec<String> = SECRET_FIGURES
        .iter()
        .map(|f| f.to_string())
        .filter(|f| text.contains(f.as_str()))
        .collect();
    for key in [
        "generation_headroom_mw",
        "demand_headroom_mva",
        "queued_generation_mw",
        "firm_capacity_mva",
    ] {
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
                assert_eq!(
                    leaked.len(),
                    8,
                    "{who} sees every figure in {surface}: {leaked:?}"
                );
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
    assert_eq!(r["rag"], "red", "6 MW against 4.4 MW left: {r}");

    let preview = |q: &str| {
        visitor()
            .get(app.url(&format!("/api/v1/feasibility?{q}")))
            .send()
    };
    let r: Value =
        preview("lon=-0.749&lat=52.035&technology=battery&export_kw=1000&import_kw=1000")
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    assert_eq!(r["rag"], "green");
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

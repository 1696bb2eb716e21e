//! Neighbourhood energy plans through the API: versions freeze when shared, the network
//! operator and the council answer by role, the public sees traffic lights only, and
//! bad scenarios are refused naming the field.

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_tests::{TestApp, visitor};

fn scenario(heat_pumps: f64) -> Value {
    json!({
        "target_year": 2035,
        "heat_pumps_pct": heat_pumps,
        "ev_charging_pct": 30.0,
        "rooftop_solar_pct": 20.0,
        "batteries": [],
        "projects": [],
    })
}

/// A new energy plan for Fishermead and Springfield by `group`: its id.
async fn draft(app: &TestApp, group: &reqwest::Client, heat_pumps: f64) -> String {
    let created = app
        .post_ok(
            group,
            "/api/v1/plans/milton-keynes/energy-plans",
            &json!({
                "title": "Fishermead and Springfield warm homes",
                "group_name": "Fishermead Community Energy",
                "neighbourhoods": ["fishermead", "springfield"],
                "scenario": scenario(heat_pumps),
            }),
        )
        .await;
    assert_eq!(created["version"]["status"], "draft");
    assert_eq!(created["version"]["number"], 1);
    created["id"].as_str().unwrap().to_owned()
}

/// Every number in a JSON document.
fn numbers(value: &Value) -> Vec<f64> {
    match value {
        Value::Number(n) => n.as_f64().into_iter().collect(),
        Value::Array(items) => items.iter().flat_map(numbers).collect(),
        Value::Object(fields) => fields.values().flat_map(numbers).collect(),
        _ => Vec::new(),
    }
}

fn substations(view: &Value) -> Vec<Value> {
    view["version"]["impact"]["substations"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_shared_version_is_frozen_and_the_next_starts_once_answered(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let group = app.signed_in("resident").await;
    let id = draft(&app, &group, 10.0).await;
    let path = format!("/api/v1/energy-plans/{id}/versions/1");

    let (status, edited) = app
        .put_json_as(
            &group,
            &path,
            &json!({ "scenario": scenario(40.0), "note": "More heat pumps" }),
        )
        .await;
    assert_eq!(status, 200, "{edited}");
    assert_eq!(edited["version"]["scenario"]["heat_pumps_pct"], 40.0);
    assert_eq!(edited["version"]["note"], "More heat pumps");

    // Someone else may neither see the draft nor change it.
    let other = app.signed_in("resident").await;
    let (status, _) = app
        .get_json_as(&other, &format!("/api/v1/energy-plans/{id}"))
        .await;
    assert_eq!(status, 404, "a draft is its group's own");
    let (status, _) = app
        .put_json_as(&other, &path, &json!({ "scenario": scenario(1.0) }))
        .await;
    assert_eq!(status, 404);

    let shared = app
        .post_ok(&group, &format!("{path}/share"), &json!({}))
        .await;
    assert_eq!(shared["version"]["status"], "shared");
    assert_eq!(shared["can"]["edit"], false);

    let (status, problem) = app
        .put_json_as(&group, &path, &json!({ "scenario": scenario(90.0) }))
        .await;
    assert_eq!(status, 409, "{problem}");
    assert_eq!(problem["code"], "conflict");
    let (status, _) = app
        .post_json_as(&group, &format!("{path}/share"), &json!({}))
        .await;
    assert_eq!(status, 409);
    let stored: f64 = sqlx::query_scalar(
        "SELECT (scenario->>'heat_pumps_pct')::float8 FROM energy_plan_versions WHERE number = 1 AND energy_plan_id = $1::uuid",
    )
    .bind(&id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(stored, 40.0, "the frozen scenario is what was shared");
    // The database refuses too, whatever path a change takes.
    let direct = sqlx::query(
        "UPDATE energy_plan_versions SET scenario = '{}' WHERE energy_plan_id = $1::uuid",
    )
    .bind(&id)
    .execute(&app.pool)
    .await;
    assert!(direct.is_err(), "the trigger keeps a shared version frozen");

    // Anyone sees a shared version now.
    let (status, public) = app.get_json(&format!("/api/v1/energy-plans/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(public["version"]["status"], "shared");

    let (status, problem) = app
        .post_json_as(
            &group,
            &format!("/api/v1/energy-plans/{id}/versions"),
            &json!({}),
        )
        .await;
    assert_eq!(status, 409, "not answered yet: {problem}");
}

/// The operator answers every substation and the council the LAEP: the version is
/// answered; the group reads both answers whole, the public as traffic lights; the
/// group starts version 2 from it and compares the two.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_operator_and_the_council_answer_by_role(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let group = app.signed_in("resident").await;
    let engineer = app.signed_in("dno_engineer").await;
    let council = app.signed_in("council_officer").await;
    let id = draft(&app, &group, 30.0).await;
    let path = format!("/api/v1/energy-plans/{id}/versions/1");
    let shared = app
        .post_ok(&group, &format!("{path}/share"), &json!({}))
        .await;
    let affected: Vec<String> = substations(&shared)
        .iter()
        .map(|s| s["key"].as_str().unwrap().to_owned())
        .collect();
    assert!(!affected.is_empty(), "{shared}");

    let network_answer = json!({ "verdict": "fits", "note": "Room at both primaries" });
    let first = format!("{path}/answers/network/{}", affected[0]);
    for (who, client) in [("a resident", &group), ("a council officer", &council)] {
        let (status, _) = app.put_json_as(client, &first, &network_answer).await;
        assert_eq!(status, 403, "{who} may not answer for the network");
    }
    let (status, _) = app.put_json_as(&visitor(), &first, &network_answer).await;
    assert_eq!(status, 401);
    let laep = format!("{path}/answers/laep");
    let laep_answer = json!({ "verdict": "partly", "note": "Heat pumps fit the LAEP; EV charging is ahead of it" });
    for (who, client) in [("a resident", &group), ("an engineer", &engineer)] {
        let (status, _) = app.put_json_as(client, &laep, &laep_answer).await;
        assert_eq!(status, 403, "{who} may not answer for the council");
    }

    // A reinforcement needs its cost band and earliest year.
    let (status, problem) = app
        .put_json_as(
            &engineer,
            &first,
            &json!({ "verdict": "needs_reinforcement" }),
        )
        .await;
    assert_eq!(status, 422, "{problem}");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(fields.contains(&"cost_band"), "{problem}");
    assert!(fields.contains(&"earliest_year"), "{problem}");
    let unknown = format!("{path}/answers/network/{}", uuid::Uuid::new_v4());
    let (status, _) = app.put_json_as(&engineer, &unknown, &network_answer).await;
    assert_eq!(status, 404, "a substation the plan does not affect");

    for (i, key) in affected.iter().enumerate() {
        let body = if i == 0 {
            json!({ "verdict": "needs_reinforcement", "cost_band": "100k_to_1m",
                    "earliest_year": 2029, "note": "A second transformer" })
        } else {
            network_answer.clone()
        };
        let (status, body) = app
            .put_json_as(&engineer, &format!("{path}/answers/network/{key}"), &body)
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(
            body["version"]["status"], "shared",
            "the council has not answered"
        );
    }
    let (status, answered) = app.put_json_as(&council, &laep, &laep_answer).await;
    assert_eq!(status, 200, "{answered}");
    assert_eq!(answered["version"]["status"], "answered");

    let mine = app
        .get_ok(&group, &format!("/api/v1/energy-plans/{id}"))
        .await;
    let answers = &mine["version"]["answers"];
    let reinforcement = answers["network"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["substation"] == affected[0].as_str())
        .unwrap();
    assert_eq!(reinforcement["verdict"], "needs_reinforcement");
    assert_eq!(reinforcement["cost_band"], "100k_to_1m");
    assert_eq!(reinforcement["earliest_year"], 2029);
    assert_eq!(reinforcement["note"], "A second transformer");
    assert_eq!(reinforcement["rag"], "amber");
    assert_eq!(answers["laep"]["verdict"], "partly");
    assert_eq!(mine["can"]["next_version"], true);

    let (_, public) = app.get_json(&format!("/api/v1/energy-plans/{id}")).await;
    let public_answers = &public["version"]["answers"];
    assert_eq!(
        public_answers["network"].as_array().unwrap().len(),
        affected.len()
    );
    for a in public_answers["network"].as_array().unwrap() {
        assert!(a["rag"].is_string());
        for hidden in ["verdict", "cost_band", "earliest_year", "note"] {
            assert!(a.get(hidden).is_none(), "the public sees {hidden}: {a}");
        }
    }
    assert_eq!(public_answers["laep"]["rag"], "amber");
    assert!(public_answers["laep"].get("note").is_none());
    assert_eq!(public["can"]["next_version"], false);

    // The same traffic lights, and nothing more, in OGC API items and in map tiles.
    let whole_words = [
        "A second transformer",
        "needs_reinforcement",
        "100k_to_1m",
        "2029",
        "partly",
        "LAEP; EV",
    ];
    let (status, items) = app.get_json("/ogc/collections/energy_plans/items").await;
    assert_eq!(status, 200);
    let item = items["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id.as_str())
        .unwrap_or_else(|| panic!("the shared plan is an OGC item: {items}"))
        .clone();
    assert_eq!(item["properties"]["network_rag"], "amber");
    assert_eq!(item["properties"]["laep_rag"], "amber");
    assert_eq!(item["properties"]["status"], "answered");
    let (status, one) = app
        .get_json(&format!("/ogc/collections/energy_plans/items/{id}"))
        .await;
    assert_eq!(status, 200);
    for said in [item.to_string(), one.to_string()] {
        for word in whole_words {
            assert!(!said.contains(word), "OGC says {word}: {said}");
        }
    }
    // Fishermead at zoom 12.
    let (status, _, raw) = app.fetch_tile("/tiles/energy_plans/12/2039/1352.mvt").await;
    assert_eq!(status, 200);
    let reader = mvt_reader::Reader::new(raw).unwrap();
    let layers = reader.get_layer_names().unwrap();
    assert_eq!(layers, ["energy_plans"]);
    let features = reader.get_features(0).unwrap();
    let tiled = features
        .iter()
        .find(|f| format!("{:?}", f.properties).contains(&id))
        .expect("the plan's area is in the tile");
    let said = format!("{:?}", tiled.properties);
    assert!(
        said.contains("network_rag") && said.contains("amber"),
        "{said}"
    );
    for word in whole_words {
        assert!(!said.contains(word), "the tile says {word}: {said}");
    }

    let next = app
        .post_ok(
            &group,
            &format!("/api/v1/energy-plans/{id}/versions"),
            &json!({}),
        )
        .await;
    assert_eq!(next["version"]["number"], 2);
    assert_eq!(next["version"]["status"], "draft");
    assert_eq!(next["version"]["scenario"]["heat_pumps_pct"], 30.0);
    assert_eq!(next["version"]["answers"]["network"], json!([]));
    let (status, _) = app
        .put_json_as(
            &group,
            &format!("/api/v1/energy-plans/{id}/versions/2"),
            &json!({ "scenario": scenario(50.0) }),
        )
        .await;
    assert_eq!(status, 200);
    let (_, public) = app.get_json(&format!("/api/v1/energy-plans/{id}")).await;
    assert_eq!(
        public["version"]["number"], 1,
        "the public sees the answered version, not the draft"
    );

    let compared = app
        .get_ok(
            &group,
            &format!("/api/v1/energy-plans/{id}/compare?from=1&to=2"),
        )
        .await;
    let changes = compared["changes"].as_array().unwrap();
    assert!(
        changes
            .iter()
            .any(|c| c["field"] == "heat_pumps_pct" && c["from"] == 30.0 && c["to"] == 50.0),
        "{compared}"
    );
    for s in compared["substations"].as_array().unwrap() {
        assert!(
            s["added_demand_mva_to"].as_f64().unwrap()
                > s["added_demand_mva_from"].as_f64().unwrap(),
            "more heat pumps add demand at every substation: {s}"
        );
    }
}

/// What a resident sees of the impact is its own scenario's figures and a band and
/// traffic light per substation; an engineer sees the exact headroom left.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_public_sees_bands_and_the_operator_exact_figures(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let group = app.signed_in("resident").await;
    let engineer = app.signed_in("dno_engineer").await;
    let id = draft(&app, &group, 60.0).await;
    app.post_ok(
        &group,
        &format!("/api/v1/energy-plans/{id}/versions/1/share"),
        &json!({}),
    )
    .await;
    let exact = app
        .get_ok(&engineer, &format!("/api/v1/energy-plans/{id}"))
        .await;
    assert_eq!(exact["detail"], "full");
    let (_, public) = app.get_json(&format!("/api/v1/energy-plans/{id}")).await;
    assert_eq!(public["detail"], "public");
    // The version's impact on its own is the page's, by role.
    let alone = app
        .get_ok(
            &engineer,
            &format!("/api/v1/energy-plans/{id}/versions/1/impact"),
        )
        .await;
    assert_eq!(alone["impact"], exact["version"]["impact"]);
    let (_, public_alone) = app
        .get_json(&format!("/api/v1/energy-plans/{id}/versions/1/impact"))
        .await;
    assert_eq!(public_alone["impact"], public["version"]["impact"]);
    let mut figures = Vec::new();
    for s in substations(&exact) {
        for year in s["years"].as_array().unwrap() {
            assert!(year["demand_left_mva"].is_number(), "{year}");
            assert!(year["demand_headroom_mva"].is_number(), "{year}");
            figures.push(year["demand_headroom_mva"].as_f64().unwrap());
            figures.push(year["generation_headroom_mw"].as_f64().unwrap());
        }
    }
    assert!(!figures.is_empty());
    for s in substations(&public) {
        for year in s["years"].as_array().unwrap() {
            assert!(year["rag"].is_string());
            assert!(year["demand_band"].is_string(), "{year}");
            for hidden in [
                "demand_left_mva",
                "generation_left_mw",
                "demand_headroom_mva",
                "generation_headroom_mw",
            ] {
                assert!(
                    year.get(hidden).is_none(),
                    "the public sees {hidden}: {year}"
                );
            }
        }
    }
    // The exports say no more than the page.
    let csv = app
        .client
        .get(app.url(&format!(
            "/api/v1/energy-plans/{id}/versions/1/substations.csv"
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        csv.starts_with("substation_id,substation,year,homes,added_demand_mva"),
        "{csv}"
    );
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with("demand_band,generation_band")
    );
    let (status, geojson) = app
        .get_json(&format!(
            "/api/v1/energy-plans/{id}/versions/1/substations.geojson"
        ))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        geojson["features"].as_array().unwrap().len(),
        substations(&public).len()
    );
    assert!(
        geojson["features"][0]["geometry"]["type"].is_string(),
        "{geojson}"
    );
    let exact_csv = engineer
        .get(app.url(&format!(
            "/api/v1/energy-plans/{id}/versions/1/substations.csv"
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        exact_csv
            .lines()
            .next()
            .unwrap()
            .ends_with("demand_left_mva,generation_left_mw")
    );
    // No number anyone else reads equals an exact headroom figure.
    let csv_numbers: Vec<f64> = csv
        .lines()
        .skip(1)
        .flat_map(|line| line.split(',').filter_map(|cell| cell.parse().ok()))
        .collect();
    let exact_numbers: Vec<f64> = exact_csv
        .lines()
        .skip(1)
        .flat_map(|line| line.split(',').filter_map(|cell| cell.parse().ok()))
        .collect();
    for (what, said) in [
        ("the page", numbers(&public)),
        ("the GeoJSON", numbers(&geojson)),
        ("the CSV", csv_numbers),
    ] {
        for figure in figures.iter().filter(|f| f.fract() != 0.0) {
            assert!(
                !said.contains(figure),
                "the exact headroom {figure} reaches the public through {what}"
            );
            assert!(
                exact_numbers.contains(figure),
                "the engineer's CSV has {figure}"
            );
        }
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn bad_scenarios_are_refused_naming_the_field(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let group = app.signed_in("resident").await;
    let create = |scenario: Value| {
        json!({
            "title": "Bletchley plan",
            "group_name": "Bletchley Energy",
            "neighbourhoods": ["bletchley"],
            "scenario": scenario,
        })
    };
    let mut last_year = scenario(10.0);
    last_year["target_year"] = json!(time::OffsetDateTime::now_utc().year() - 1);
    let mut battery = scenario(10.0);
    battery["batteries"] =
        json!([{ "name": "Hub battery", "place": "bletchley", "power_kw": -50.0, "year": 2030 }]);
    let mut nowhere = scenario(10.0);
    nowhere["projects"] = json!([{ "name": "Far away", "place": "wolverton", "import_kw": 10.0, "export_kw": 0.0, "year": 2030 }]);
    let cases = [
        (create(scenario(101.0)), "scenario.heat_pumps_pct"),
        (create(scenario(-1.0)), "scenario.heat_pumps_pct"),
        (
            create(
                json!({"target_year": 2051, "heat_pumps_pct": 1.0, "ev_charging_pct": 1.0, "rooftop_solar_pct": 1.0}),
            ),
            "scenario.target_year",
        ),
        (create(last_year), "scenario.target_year"),
        (create(battery), "scenario.batteries[0].power_kw"),
        (create(nowhere), "scenario.projects[0].place"),
        (
            create(
                json!({"target_year": 2035, "heat_pumps_pct": "lots", "ev_charging_pct": 1.0, "rooftop_solar_pct": 1.0}),
            ),
            "scenario.heat_pumps_pct",
        ),
        (
            json!({"title": "x", "group_name": "y", "neighbourhoods": ["atlantis"], "scenario": scenario(1.0)}),
            "neighbourhoods",
        ),
        (
            json!({"title": "x", "group_name": "y", "scenario": scenario(1.0)}),
            "neighbourhoods",
        ),
        (
            json!({"title": "", "group_name": "y", "neighbourhoods": ["bletchley"], "scenario": scenario(1.0)}),
            "title",
        ),
    ];
    let before: i64 = sqlx::query_scalar("SELECT count(*) FROM energy_plans")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    for (body, field) in cases {
        let (status, problem) = app
            .post_json_as(&group, "/api/v1/plans/milton-keynes/energy-plans", &body)
            .await;
        assert_eq!(status, 422, "{field}: {problem}");
        let fields: Vec<&str> = problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert!(fields.contains(&field), "{field} not in {problem}");
    }
    // An area drawn in the sea off Norfolk is outside the plan.
    let (status, problem) = app
        .post_json_as(
            &group,
            "/api/v1/plans/milton-keynes/energy-plans",
            &json!({
                "title": "Elsewhere", "group_name": "Elsewhere Energy", "scenario": scenario(1.0),
                "area": { "type": "Polygon", "coordinates": [[[1.9, 52.9], [2.0, 52.9], [2.0, 53.0], [1.9, 52.9]]] },
            }),
        )
        .await;
    assert_eq!(status, 422, "{problem}");
    assert_eq!(problem["code"], "outside_plan");
    let after: i64 = sqlx::query_scalar("SELECT count(*) FROM energy_plans")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(before, after, "nothing half-written");
}

/// A drawn area inside the plan counts the homes of the part of each neighbourhood it
/// covers.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_drawn_area_counts_the_homes_it_covers(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let group = app.signed_in("resident").await;
    let whole = draft(&app, &group, 50.0).await;
    let whole = app
        .get_ok(&group, &format!("/api/v1/energy-plans/{whole}"))
        .await;
    let area = whole["area"].clone();
    let drawn = app
        .post_ok(
            &group,
            "/api/v1/plans/milton-keynes/energy-plans",
            &json!({
                "title": "Drawn", "group_name": "Drawn Energy", "scenario": scenario(50.0),
                "area": area,
            }),
        )
        .await;
    let homes = |view: &Value| -> f64 {
        substations(view)
            .iter()
            .map(|s| s["homes"].as_f64().unwrap())
            .sum()
    };
    let (a, b) = (homes(&whole), homes(&drawn));
    assert!(a > 0.0, "{whole}");
    assert!(
        (a - b).abs() / a < 0.01,
        "the same area, the same homes: {a} and {b}"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_impact_needs_every_assumption_and_admins_set_them(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let admin = app.signed_in("admin").await;
    let group = app.signed_in("resident").await;
    let (status, current) = app
        .get_json("/api/v1/plans/milton-keynes/energy-assumptions")
        .await;
    assert_eq!(status, 200);
    for (name, a) in current["published"].as_object().unwrap() {
        if !a.is_null() {
            assert!(
                !a["source"].as_str().unwrap().is_empty(),
                "{name} has no source"
            );
        }
    }
    let settings = json!({ "assumptions": {
        "heat_pump_peak_kw": { "value": 2.0, "source": "Test setting" },
        "ev_charger_peak_kw": { "value": 1.0, "source": "Test setting" },
        "rooftop_solar_kwp": { "value": 4.0, "source": "Test setting" },
        "power_factor": { "value": 0.95, "source": "Test setting" },
    }});
    let (status, _) = app
        .put_json_as(
            &group,
            "/api/v1/plans/milton-keynes/energy-assumptions",
            &settings,
        )
        .await;
    assert_eq!(status, 403);
    let mut bad = settings.clone();
    bad["assumptions"]["power_factor"]["value"] = json!(1.5);
    let (status, problem) = app
        .put_json_as(
            &admin,
            "/api/v1/plans/milton-keynes/energy-assumptions",
            &bad,
        )
        .await;
    assert_eq!(status, 422, "{problem}");
    assert_eq!(
        problem["errors"][0]["field"],
        "assumptions.power_factor.value"
    );
    let (status, set) = app
        .put_json_as(
            &admin,
            "/api/v1/plans/milton-keynes/energy-assumptions",
            &settings,
        )
        .await;
    assert_eq!(status, 200, "{set}");
    assert_eq!(set["assumptions"]["heat_pump_peak_kw"]["value"], 2.0);

    // 2 kW per heat pump: the target year's added demand at a substation is its homes ×
    // 50 % × 2 kW + homes × 30 % × 1 kW, over the power factor.
    let id = draft(&app, &group, 50.0).await;
    let view = app
        .get_ok(&group, &format!("/api/v1/energy-plans/{id}"))
        .await;
    for s in substations(&view) {
        let homes = s["homes"].as_f64().unwrap();
        let last = s["years"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["year"], 2035);
        let want = (homes * 0.5 * 2.0 + homes * 0.3 * 1.0) / 1000.0 / 0.95;
        let got = last["added_demand_mva"].as_f64().unwrap();
        assert!((got - want).abs() < 0.002, "{}: {got} ≠ {want}", s["name"]);
    }
}

/// The builder's preview: a scenario worked out without saving it, and refused
/// naming the field when it is wrong.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_preview_recomputes_without_saving(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let group = app.signed_in("resident").await;
    let id = draft(&app, &group, 10.0).await;
    let preview = |hp: f64| json!({ "scenario": scenario(hp) });
    let low = app
        .post_ok(
            &group,
            &format!("/api/v1/energy-plans/{id}/impact"),
            &preview(10.0),
        )
        .await;
    let high = app
        .post_ok(
            &group,
            &format!("/api/v1/energy-plans/{id}/impact"),
            &preview(90.0),
        )
        .await;
    let total = |v: &Value| -> f64 {
        v["impact"]["substations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                s["years"].as_array().unwrap().last().unwrap()["added_demand_mva"]
                    .as_f64()
                    .unwrap()
            })
            .sum()
    };
    assert!(total(&high) > total(&low));
    let (status, problem) = app
        .post_json_as(
            &group,
            &format!("/api/v1/energy-plans/{id}/impact"),
            &preview(150.0),
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(problem["errors"][0]["field"], "scenario.heat_pumps_pct");
    let saved = app
        .get_ok(&group, &format!("/api/v1/energy-plans/{id}"))
        .await;
    assert_eq!(
        saved["version"]["scenario"]["heat_pumps_pct"], 10.0,
        "nothing saved"
    );
}

/// The builder's sliders ask for an impact several times a second: working one out saves
/// nothing and is not held to the write limits, while saving still is.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn previews_are_not_writes_and_do_not_use_up_the_write_limits(pool: PgPool) {
    waymark::seed::demo(&pool).await.expect("demo seed");
    let config = waymark_api::ApiConfig {
        limits: waymark_api::limits::LimitsConfig {
            writes_per_minute_per_account: 3,
            ..waymark_tests::NO_LIMITS
        },
        ..Default::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    let group = app.signed_in("resident").await;
    let id = draft(&app, &group, 10.0).await;
    for pct in 0..20 {
        let (status, body) = app
            .post_json_as(
                &group,
                &format!("/api/v1/energy-plans/{id}/impact"),
                &json!({ "scenario": scenario(f64::from(pct * 5)) }),
            )
            .await;
        assert_eq!(status, 200, "preview {pct}: {body}");
    }
    let path = format!("/api/v1/energy-plans/{id}/versions/1");
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(
            app.put_json_as(&group, &path, &json!({ "scenario": scenario(20.0) }))
                .await
                .0,
        );
    }
    assert_eq!(
        statuses,
        [200, 200, 429, 429],
        "the creation and two saves use the three"
    );
}

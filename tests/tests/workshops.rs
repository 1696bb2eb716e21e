//! Workshops: join codes, QR codes, pins that carry the workshop, steering, summaries.

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_tests::{TestApp, feature, visitor};

async fn open_workshop(app: &TestApp, facilitator: &reqwest::Client) -> Value {
    let r = facilitator
        .post(app.url("/api/v1/plans/milton-keynes/workshops"))
        .json(&json!({ "title": "Fishermead energy evening", "starts_at": "2026-12-01T18:30:00Z",
                       "questions": ["Where could solar go?", "What stops you walking to the shops?"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    r.json().await.unwrap()
}

fn workshop_pin(code: &str, title: &str) -> Value {
    let mut pin = feature(title);
    pin["properties"]["workshop"] = json!(code);
    pin
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_facilitator_opens_a_workshop_with_a_code_a_link_and_a_qr_code(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    assert_eq!(
        visitor()
            .post(app.url("/api/v1/plans/milton-keynes/workshops"))
            .json(&json!({ "title": "x" }))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    let resident = app.signed_in("resident").await;
    assert_eq!(
        resident
            .post(app.url("/api/v1/plans/milton-keynes/workshops"))
            .json(&json!({ "title": "x" }))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );

    let facilitator = app.signed_in("facilitator").await;
    let w = open_workshop(&app, &facilitator).await;
    let code = w["code"].as_str().unwrap();
    assert_eq!(code.len(), 6);
    assert!(
        code.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && !code.contains(['0', 'O', '1', 'I', 'L'])
    );
    assert!(
        w["join_url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/w/{code}"))
    );
    assert_eq!(w["questions"][0], "Where could solar go?");
    // Codes are typed on phones: any case works.
    let (status, got) = app
        .get_json(&format!("/api/v1/workshops/{}", code.to_lowercase()))
        .await;
    assert_eq!(
        (status, got["title"].as_str()),
        (200, Some("Fishermead energy evening"))
    );
    let qr = visitor()
        .get(w["qr_svg"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(qr.headers()["content-type"], "image/svg+xml");
    let svg = qr.text().await.unwrap();
    assert!(svg.contains("<svg") && svg.contains("<path"));
    let (status, _) = app.get_json("/api/v1/workshops/ZZZZZZ").await;
    assert_eq!(status, 404);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn pins_carry_the_workshop_and_the_facilitator_steers_what_it_takes(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let facilitator = app.signed_in("facilitator").await;
    let w = open_workshop(&app, &facilitator).await;
    let code = w["code"].as_str().unwrap();
    let participant = visitor();
    let r = app
        .post_feature(
            &participant,
            &workshop_pin(code, "Solar on the Trinity Centre"),
        )
        .await;
    assert_eq!(r.status(), 201);
    let id: String = r.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let carried: Option<String> = sqlx::query_scalar("SELECT w.code FROM contributions c JOIN workshops w ON w.id = c.workshop_id WHERE c.id = $1::uuid")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(carried.as_deref(), Some(code));

    let steer = |body: Value| {
        facilitator
            .patch(app.url(&format!("/api/v1/workshops/{code}")))
            .json(&body)
            .send()
    };
    // Paused: no new pins, nothing written.
    assert_eq!(
        steer(json!({ "status": "paused" })).await.unwrap().status(),
        200
    );
    let rows = app.count_rows().await;
    let r = app
        .post_feature(&participant, &workshop_pin(code, "While paused"))
        .await;
    assert_eq!(r.status(), 409);
    assert_eq!(app.count_rows().await, rows);
    // Pre-moderation: pins wait for approval.
    assert_eq!(
        steer(json!({ "status": "open", "moderation": "pre" }))
            .await
            .unwrap()
            .status(),
        200
    );
    let held: Value = app
        .post_feature(&participant, &workshop_pin(code, "Held back"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(held["properties"]["status"], "pending");
    // Another facilitator cannot steer this one.
    let other = app.signed_in("facilitator").await;
    let r = other
        .patch(app.url(&format!("/api/v1/workshops/{code}")))
        .json(&json!({ "status": "ended" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let bad = steer(json!({ "view": { "center": [200, 52], "zoom": 14 } }))
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    // Only a published pin of the plan can be spotlit: an unknown id is named, not a 500.
    let unknown = steer(json!({ "spotlight": "6de167b8-b34e-49e0-b7c6-408c81967593" }))
        .await
        .unwrap();
    assert_eq!(unknown.status(), 422);
    let problem: Value = unknown.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "spotlight");
    assert_eq!(
        steer(json!({ "spotlight": id, "view": { "center": [-0.749, 52.035], "zoom": 15 } }))
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        steer(json!({ "status": "ended" })).await.unwrap().status(),
        200
    );
    assert_eq!(
        app.post_feature(&participant, &workshop_pin(code, "Too late"))
            .await
            .status(),
        409
    );
    let elsewhere = app
        .post_feature(&participant, &workshop_pin("ABCDEF", "No such workshop"))
        .await;
    assert_eq!(elsewhere.status(), 422);

    // The summary counts what was published during it.
    let (_, summary) = app
        .get_json(&format!("/api/v1/workshops/{code}/summary"))
        .await;
    assert_eq!(summary["total"], 1);
    assert_eq!(summary["kind"]["idea"], 1);
    assert_eq!(summary["theme"]["energy"], 1);
    assert_eq!(summary["neighbourhood"]["Fishermead"], 1);
    let csv = visitor()
        .get(app.url(&format!("/api/v1/workshops/{code}/summary?format=csv")))
        .send()
        .await
        .unwrap();
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let body = csv.text().await.unwrap();
    assert!(body.starts_with("dimension,value,count\n") && body.contains("theme,\"energy\",1"));
}

/// The summary CSV names neighbourhoods, whose names come from the council's boundary
/// file: one that starts like a formula stays text when a spreadsheet opens it.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_summary_csv_keeps_formula_like_text_as_text(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    for (slug, name) in [
        ("fishermead", "=HYPERLINK(\"http://x\",\"y\")"),
        ("oldbrook", "@SUM(A1)"),
    ] {
        sqlx::query("UPDATE neighbourhoods SET name = $2 WHERE slug = $1")
            .bind(slug)
            .bind(name)
            .execute(&app.pool)
            .await
            .unwrap();
    }
    let facilitator = app.signed_in("facilitator").await;
    let code = open_workshop(&app, &facilitator).await["code"]
        .as_str()
        .unwrap()
        .to_owned();
    let participant = visitor();
    for (title, (lon, lat)) in [
        ("=HYPERLINK(\"http://x\",\"y\")", (-0.749, 52.035)),
        ("-1", (-0.749, 52.035)),
        ("+1", (-0.765, 52.029)),
    ] {
        let mut pin = waymark_tests::feature_at(title, lon, lat);
        pin["properties"]["workshop"] = json!(code);
        assert_eq!(app.post_feature(&participant, &pin).await.status(), 201);
    }
    let body = visitor()
        .get(app.url(&format!("/api/v1/workshops/{code}/summary?format=csv")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let row = |value: &str| {
        rows.iter()
            .find(|r| r[0] == "neighbourhood" && r[1] == value)
            .unwrap_or_else(|| panic!("no row for {value} in:\n{body}"))
            .clone()
    };
    assert_eq!(row("'=HYPERLINK(\"http://x\",\"y\")")[2], "2");
    assert_eq!(row("'@SUM(A1)")[2], "1");
    for cell in rows.iter().flatten() {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{cell:?} would be a formula, in:\n{body}"
        );
    }
}

/// A room of phones shares one public address: pins into a live workshop have their own,
/// larger allowance per address; other writes from that address keep the usual one, and
/// the header cannot lend the allowance to a pin outside the workshop.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_room_behind_one_address_can_pin_into_its_workshop(pool: PgPool) {
    let limits = waymark_api::limits::LimitsConfig {
        writes_per_minute_per_ip: 3,
        workshop_writes_per_minute_per_ip: 40,
        writes_per_minute_per_account: 1000,
        logins_per_minute: 1000,
    };
    let app = TestApp::with_empty_plan_and_limits(pool, limits).await;
    let facilitator = app.signed_in("facilitator").await;
    let code = open_workshop(&app, &facilitator).await["code"]
        .as_str()
        .unwrap()
        .to_owned();
    let post = |client: reqwest::Client, body: Value, header: Option<String>| {
        let url = app.url("/api/v1/plans/milton-keynes/contributions");
        async move {
            let mut request = client
                .post(url)
                .header("content-type", "application/geo+json")
                .body(body.to_string());
            if let Some(code) = header {
                request = request.header("x-waymark-workshop", code);
            }
            request.send().await.unwrap().status().as_u16()
        }
    };
    // Thirty participants, each on their own phone, all from this one address.
    for n in 0..30 {
        let status = post(
            visitor(),
            workshop_pin(&code, &format!("Room pin {n}")),
            Some(code.to_lowercase()),
        )
        .await;
        assert_eq!(status, 201, "pin {n}");
    }
    // Ordinary writes from the address keep their own limit (the facilitator's opening
    // of the workshop used one of three).
    let statuses: Vec<u16> = futures::future::join_all(
        (0..3).map(|n| post(visitor(), feature(&format!("Street pin {n}")), None)),
    )
    .await;
    assert_eq!(
        statuses.iter().filter(|&&s| s == 429).count(),
        1,
        "{statuses:?}"
    );
    // The header lends nothing to a pin that is not the workshop's.
    assert_eq!(
        post(visitor(), feature("Not a workshop pin"), Some(code.clone())).await,
        422
    );
    assert_eq!(
        post(
            visitor(),
            workshop_pin("ZZZZZZ", "Wrong room"),
            Some(code.clone())
        )
        .await,
        422
    );
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM contributions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(rows, 32);
}

/// A workshop that checks pins, with one pin held in it: the facilitator's client, the
/// workshop's code and the pin's id.
async fn workshop_with_a_held_pin(app: &TestApp) -> (reqwest::Client, String, String) {
    let facilitator = app.signed_in("facilitator").await;
    let code = open_workshop(app, &facilitator).await["code"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = facilitator
        .patch(app.url(&format!("/api/v1/workshops/{code}")))
        .json(&json!({ "moderation": "pre" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let held: Value = app
        .post_feature(&visitor(), &workshop_pin(&code, "Benches by the pond"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(held["properties"]["status"], "pending");
    let id = held["id"].as_str().unwrap().to_owned();
    (facilitator, code, id)
}

async fn check(
    app: &TestApp,
    client: &reqwest::Client,
    code: &str,
    id: &str,
    action: &str,
) -> (u16, Value) {
    app.post_json_as(
        client,
        &format!("/api/v1/workshops/{code}/held/{id}"),
        &json!({ "action": action }),
    )
    .await
}

/// What the public sees of a contribution: its status code.
async fn public_status(app: &TestApp, id: &str) -> u16 {
    visitor()
        .get(app.url(&format!("/api/v1/contributions/{id}")))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// The audit log's entries about `id`, as an admin reads them.
async fn audit_of(app: &TestApp, id: &str) -> Vec<Value> {
    let admin = app.signed_in("admin").await;
    let log = app
        .get_ok(&admin, &format!("/api/v1/audit?target={id}"))
        .await;
    log["entries"].as_array().unwrap().clone()
}

async fn key_of(app: &TestApp, client: &reqwest::Client) -> String {
    format!(
        "user:{}",
        app.get_ok(client, "/api/v1/me").await["id"]
            .as_str()
            .unwrap()
    )
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_facilitator_approves_a_held_pin_and_it_shows_with_an_audit_entry(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (facilitator, code, id) = workshop_with_a_held_pin(&app).await;
    // The facilitator sees what waits, with its words.
    let held = app
        .get_ok(&facilitator, &format!("/api/v1/workshops/{code}/held"))
        .await;
    assert_eq!(held["type"], "FeatureCollection");
    assert_eq!(held["features"].as_array().unwrap().len(), 1);
    assert_eq!(held["features"][0]["id"], id.as_str());
    assert_eq!(
        held["features"][0]["properties"]["title"],
        "Benches by the pond"
    );
    assert_eq!(public_status(&app, &id).await, 404);

    let (status, body) = check(&app, &facilitator, &code, &id, "approve").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "published");
    assert_eq!(public_status(&app, &id).await, 200);
    let (_, summary) = app
        .get_json(&format!("/api/v1/workshops/{code}/summary"))
        .await;
    assert_eq!(summary["total"], 1);
    let held = app
        .get_ok(&facilitator, &format!("/api/v1/workshops/{code}/held"))
        .await;
    assert_eq!(held["features"], json!([]));

    let audit = audit_of(&app, &id).await;
    assert_eq!(audit.len(), 1, "{audit:?}");
    assert_eq!(audit[0]["action"], "contribution.approve");
    assert_eq!(audit[0]["actor"], key_of(&app, &facilitator).await.as_str());
    assert_eq!(audit[0]["before"]["status"], "pending");
    assert_eq!(audit[0]["after"]["status"], "published");
    assert_eq!(
        audit[0]["reason"],
        format!("checked in workshop {code}").as_str()
    );
    // Checked once: a second try is a conflict, not a second entry.
    let (status, body) = check(&app, &facilitator, &code, &id, "reject").await;
    assert_eq!((status, body["code"].as_str()), (409, Some("conflict")));
    assert_eq!(audit_of(&app, &id).await.len(), 1);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_facilitator_rejects_a_held_pin_and_it_never_shows_with_an_audit_entry(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (facilitator, code, id) = workshop_with_a_held_pin(&app).await;
    let (status, body) = app
        .post_json_as(
            &facilitator,
            &format!("/api/v1/workshops/{}/held/{id}", code.to_lowercase()),
            &json!({ "action": "reject", "reason": "Names a neighbour" }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "hidden");
    assert_eq!(public_status(&app, &id).await, 404);
    let (_, list) = app
        .get_json("/api/v1/plans/milton-keynes/contributions")
        .await;
    assert_eq!(list["features"], json!([]));
    let status: String = sqlx::query_scalar("SELECT status FROM contributions WHERE id = $1::uuid")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(status, "hidden", "kept, not deleted");

    let audit = audit_of(&app, &id).await;
    assert_eq!(audit.len(), 1, "{audit:?}");
    assert_eq!(audit[0]["action"], "contribution.reject");
    assert_eq!(audit[0]["actor"], key_of(&app, &facilitator).await.as_str());
    assert_eq!(audit[0]["reason"], "Names a neighbour");
    assert_eq!(audit[0]["after"]["status"], "hidden");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn only_the_workshops_own_facilitator_or_an_admin_can_check_its_held_pins(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (_, code, id) = workshop_with_a_held_pin(&app).await;
    // Another facilitator, with a workshop of their own.
    let other = app.signed_in("facilitator").await;
    let their_code = open_workshop(&app, &other).await["code"]
        .as_str()
        .unwrap()
        .to_owned();
    let resident = app.signed_in("resident").await;
    let moderator = app.signed_in("moderator").await;
    let anonymous = visitor();

    for (who, client, path, want) in [
        ("another facilitator", &other, &code, 403),
        // Naming their own workshop does not reach a pin of another one.
        ("another facilitator, own code", &other, &their_code, 404),
        ("a resident", &resident, &code, 403),
        (
            "a moderator (who uses the moderation queue)",
            &moderator,
            &code,
            403,
        ),
        ("anonymous", &anonymous, &code, 401),
    ] {
        for action in ["approve", "reject"] {
            let (status, body) = check(&app, client, path, &id, action).await;
            assert_eq!(status, want, "{who} {action}: {body}");
            assert!(body["code"].is_string(), "{who}: problem+json {body}");
        }
        let r = client
            .get(app.url(&format!("/api/v1/workshops/{path}/held")))
            .send()
            .await
            .unwrap();
        let listed = r.status().as_u16();
        if path == &their_code {
            let body: Value = r.json().await.unwrap();
            assert_eq!((listed, &body["features"]), (200, &json!([])), "{who}");
        } else {
            assert_eq!(listed, want, "{who} lists");
        }
    }
    // Nothing changed: still held, nothing in the audit log.
    assert_eq!(public_status(&app, &id).await, 404);
    let status: String = sqlx::query_scalar("SELECT status FROM contributions WHERE id = $1::uuid")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(status, "pending");
    assert_eq!(audit_of(&app, &id).await, Vec::<Value>::new());

    // An admin may.
    let admin = app.signed_in("admin").await;
    let (status, body) = check(&app, &admin, &code, &id, "approve").await;
    assert_eq!((status, body["status"].as_str()), (200, Some("published")));
    let audit = audit_of(&app, &id).await;
    assert_eq!(audit[0]["actor"], key_of(&app, &admin).await.as_str());
}

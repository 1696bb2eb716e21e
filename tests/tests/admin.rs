//! The admin console's routes: accounts (search, grant and revoke roles, disable), the
//! audit log through filters, a plan's daily limit per person, and its basemap (choose
//! one, or load one from an OpenStreetMap extract sent as the body).

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_tests::{MIGRATOR, PASSWORD, TestApp, feature, osm_town_xml, visitor};

const PLAN: &str = "milton-keynes";

async fn patch(app: &TestApp, client: &reqwest::Client, path: &str, body: Value) -> (u16, Value) {
    let response = client
        .patch(app.url(path))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn sign_in(app: &TestApp, email: &str) -> (u16, reqwest::Client) {
    let client = visitor();
    let status = client
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16();
    (status, client)
}

async fn user_id(app: &TestApp, email: &str) -> String {
    sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&app.pool)
        .await
        .unwrap()
        .to_string()
}

#[sqlx::test(migrator = "MIGRATOR")]
async fn admins_find_accounts_by_part_of_their_address_or_name(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    let mobiliser = app.create_user("mobiliser").await;
    app.create_user("resident").await;
    app.create_user("resident").await;

    let found = app.get_ok(&admin, "/api/v1/users?q=MOBILISER-").await;
    assert_eq!(found["total"], 1);
    assert_eq!(found["users"][0]["email"], mobiliser.as_str());
    assert_eq!(found["users"][0]["role"], "mobiliser");
    assert_eq!(found["users"][0]["disabled"], false);

    let residents = app.get_ok(&admin, "/api/v1/users?role=resident").await;
    assert_eq!(residents["total"], 2);
    let page = app
        .get_ok(&admin, "/api/v1/users?role=resident&limit=1&offset=1")
        .await;
    assert_eq!(page["users"].as_array().unwrap().len(), 1);
    assert_eq!(page["total"], 2);
    assert_ne!(page["users"][0]["email"], residents["users"][0]["email"]);

    let (status, problem) = app.get_json_as(&admin, "/api/v1/users?role=mayor").await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (400, Some("invalid_parameter"))
    );
    let (status, _) = app.get_json_as(&admin, "/api/v1/users?limit=0").await;
    assert_eq!(status, 400);

    let moderator = app.signed_in("moderator").await;
    let (status, _) = app.get_json_as(&moderator, "/api/v1/users").await;
    assert_eq!(status, 403);
}

#[sqlx::test(migrator = "MIGRATOR")]
async fn a_granted_role_opens_its_routes_and_a_revoked_one_closes_them(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    let email = app.create_user("resident").await;
    let id = user_id(&app, &email).await;
    let (_, person) = sign_in(&app, &email).await;
    let queue = format!("/api/v1/moderation/queue?plan={PLAN}");
    assert_eq!(app.get_json_as(&person, &queue).await.0, 403);

    let (status, granted) = patch(
        &app,
        &admin,
        &format!("/api/v1/users/{id}"),
        json!({ "role": "moderator", "reason": "runs the Fishermead forum" }),
    )
    .await;
    assert_eq!(status, 200, "{granted}");
    assert_eq!(granted["role"], "moderator");
    // The same session: roles are read at each request.
    assert_eq!(app.get_json_as(&person, &queue).await.0, 200);

    let (status, revoked) = patch(
        &app,
        &admin,
        &format!("/api/v1/users/{id}"),
        json!({ "role": "resident" }),
    )
    .await;
    assert_eq!((status, revoked["role"].as_str()), (200, Some("resident")));
    assert_eq!(app.get_json_as(&person, &queue).await.0, 403);

    let audit = app
        .get_ok(
            &admin,
            &format!("/api/v1/audit?target_type=user&target={id}"),
        )
        .await;
    let entries = audit["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2, "{audit}");
    assert_eq!(entries[1]["action"], "user.role");
    assert_eq!(entries[1]["reason"], "runs the Fishermead forum");
    assert_eq!(entries[1]["before"]["role"], "resident");
    assert_eq!(entries[1]["after"]["role"], "moderator");
    assert_eq!(entries[0]["after"]["role"], "resident");
    assert!(entries[0]["actor_name"].as_str().unwrap().contains("admin"));
}

#[sqlx::test(migrator = "MIGRATOR")]
async fn a_disabled_account_is_signed_out_at_once_and_cannot_sign_in(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    let email = app.create_user("mobiliser").await;
    let id = user_id(&app, &email).await;
    let (_, person) = sign_in(&app, &email).await;
    let token = app
        .post_ok(&person, "/api/v1/auth/tokens", &json!({ "name": "phone" }))
        .await["token"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(app.get_json_as(&person, "/api/v1/me").await.0, 200);

    let (status, disabled) = patch(
        &app,
        &admin,
        &format!("/api/v1/users/{id}"),
        json!({ "disabled": true, "reason": "left the project" }),
    )
    .await;
    assert_eq!((status, disabled["disabled"].as_bool()), (200, Some(true)));
    assert_eq!(app.get_json_as(&person, "/api/v1/me").await.0, 401);
    let by_token = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(by_token.status(), 401);
    assert_eq!(sign_in(&app, &email).await.0, 401);

    // Enabled again: the account signs in anew; the old session and token stay dead.
    let (status, _) = patch(
        &app,
        &admin,
        &format!("/api/v1/users/{id}"),
        json!({ "disabled": false }),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(app.get_json_as(&person, "/api/v1/me").await.0, 401);
    let again = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 401);
    assert_eq!(sign_in(&app, &email).await.0, 200);

    let actions: Vec<String> = app
        .get_ok(&admin, &format!("/api/v1/audit?target={id}"))
        .await["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(actions, ["user.enable", "user.disable"]);
}

#[sqlx::test(migrator = "MIGRATOR")]
async fn admins_cannot_demote_or_disable_themselves_and_bad_changes_change_nothing(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let email = app.create_user("admin").await;
    let id = user_id(&app, &email).await;
    let (_, admin) = sign_in(&app, &email).await;
    for body in [json!({ "role": "resident" }), json!({ "disabled": true })] {
        let (status, problem) = patch(&app, &admin, &format!("/api/v1/users/{id}"), body).await;
        assert_eq!(
            (status, problem["code"].as_str()),
            (409, Some("own_account"))
        );
    }
    let other = user_id(&app, &app.create_user("resident").await).await;
    let unknown = uuid::Uuid::new_v4();
    for (path, body, want) in [
        (
            format!("/api/v1/users/{unknown}"),
            json!({ "role": "moderator" }),
            404,
        ),
        (
            format!("/api/v1/users/{other}"),
            json!({ "role": "mayor" }),
            422,
        ),
        (format!("/api/v1/users/{other}"), json!({}), 422),
        (
            format!("/api/v1/users/{other}"),
            json!({ "role": "admin", "extra": 1 }),
            422,
        ),
        (
            "/api/v1/users/not-a-uuid".to_owned(),
            json!({ "role": "admin" }),
            404,
        ),
    ] {
        let (status, problem) = patch(&app, &admin, &path, body.clone()).await;
        assert_eq!(status, want, "{path} {body}: {problem}");
    }
    let roles: Vec<(String, bool)> =
        sqlx::query_as("SELECT role, disabled FROM users ORDER BY role")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        roles,
        [("admin".to_owned(), false), ("resident".to_owned(), false)]
    );
    let audited: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE target_type = 'user'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(audited, 0);
}

#[sqlx::test(migrator = "MIGRATOR")]
async fn the_audit_log_filters_by_who_what_and_when_and_pages_back(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    let other_admin = app.signed_in("admin").await;
    let mut targets = Vec::new();
    for _ in 0..3 {
        let id = user_id(&app, &app.create_user("resident").await).await;
        patch(
            &app,
            &admin,
            &format!("/api/v1/users/{id}"),
            json!({ "role": "moderator" }),
        )
        .await;
        targets.push(id);
    }
    let (status, _) = patch(
        &app,
        &other_admin,
        &format!("/api/v1/plans/{PLAN}"),
        json!({ "moderation": "pre" }),
    )
    .await;
    assert_eq!(status, 200);

    let all = app.get_ok(&admin, "/api/v1/audit").await;
    assert_eq!(all["entries"].as_array().unwrap().len(), 4);
    assert_eq!(all["actions"], json!(["plan.update", "user.role"]));
    assert_eq!(all["entries"][0]["action"], "plan.update", "newest first");

    let by_action = app.get_ok(&admin, "/api/v1/audit?action=user.role").await;
    assert_eq!(by_action["entries"].as_array().unwrap().len(), 3);
    let by_type = app.get_ok(&admin, "/api/v1/audit?target_type=plan").await;
    assert_eq!(by_type["entries"].as_array().unwrap().len(), 1);
    // The actor by a part of their address: the other admin made only the plan change.
    let other_email: String = sqlx::query_scalar(
        "SELECT u.email FROM users u JOIN audit_log a ON a.actor = 'user:' || u.id::text
          WHERE a.action = 'plan.update'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let part = &other_email[..other_email.find('@').unwrap()];
    let by_actor = app
        .get_ok(&admin, &format!("/api/v1/audit?actor={part}"))
        .await;
    assert_eq!(by_actor["entries"].as_array().unwrap().len(), 1);
    assert_eq!(by_actor["entries"][0]["action"], "plan.update");

    let first = app.get_ok(&admin, "/api/v1/audit?limit=3").await;
    assert_eq!(first["entries"].as_array().unwrap().len(), 3);
    let next = first["next"].as_i64().expect("an older page");
    let second = app
        .get_ok(&admin, &format!("/api/v1/audit?limit=3&before={next}"))
        .await;
    assert_eq!(second["entries"].as_array().unwrap().len(), 1);
    assert_eq!(second["next"], Value::Null);
    assert_eq!(second["entries"][0]["target_id"], targets[0].as_str());

    let future = app
        .get_ok(&admin, "/api/v1/audit?since=2999-01-01T00:00:00Z")
        .await;
    assert!(future["entries"].as_array().unwrap().is_empty());
    let past = app
        .get_ok(&admin, "/api/v1/audit?until=2000-01-01T00:00:00Z")
        .await;
    assert!(past["entries"].as_array().unwrap().is_empty());
    let (status, _) = app
        .get_json_as(&admin, "/api/v1/audit?since=yesterday")
        .await;
    assert_eq!(status, 400);
}

#[sqlx::test(migrator = "MIGRATOR")]
async fn a_plans_daily_limit_stops_one_person_and_not_the_next(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    for bad in [json!(0), json!(10001), json!("two")] {
        let (status, _) = patch(
            &app,
            &admin,
            &format!("/api/v1/plans/{PLAN}"),
            json!({ "contributions_per_day": bad }),
        )
        .await;
        assert_eq!(status, 422, "{bad}");
    }
    let (status, settings) = patch(
        &app,
        &admin,
        &format!("/api/v1/plans/{PLAN}"),
        json!({ "contributions_per_day": 2 }),
    )
    .await;
    assert_eq!(
        (status, settings["contributions_per_day"].as_i64()),
        (200, Some(2))
    );
    let plan = app.get_json(&format!("/api/v1/plans/{PLAN}")).await.1;
    assert_eq!(plan["contributions_per_day"], 2);

    let path = format!("/api/v1/plans/{PLAN}/contributions");
    let resident = visitor();
    for n in 0..2 {
        let (status, _) = app
            .post_json_as(&resident, &path, &feature(&format!("Idea {n}")))
            .await;
        assert_eq!(status, 201);
    }
    let (status, problem) = app
        .post_json_as(&resident, &path, &feature("One more"))
        .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (429, Some("daily_limit_reached"))
    );
    let (status, _) = app
        .post_json_as(&visitor(), &path, &feature("Someone else"))
        .await;
    assert_eq!(status, 201);
    assert_eq!(app.count_rows().await, 3, "the refused pin was not written");

    // No limit again: the same person posts.
    let (status, settings) = patch(
        &app,
        &admin,
        &format!("/api/v1/plans/{PLAN}"),
        json!({ "contributions_per_day": null }),
    )
    .await;
    assert_eq!(
        (status, &settings["contributions_per_day"]),
        (200, &Value::Null)
    );
    let (status, _) = app
        .post_json_as(&resident, &path, &feature("One more"))
        .await;
    assert_eq!(status, 201);
}

async fn upload_osm(
    app: &TestApp,
    client: &reqwest::Client,
    plan: &str,
    content_type: &str,
    body: String,
) -> (u16, Value) {
    let response = client
        .put(app.url(&format!("/api/v1/plans/{plan}/basemap/osm")))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[sqlx::test(migrator = "MIGRATOR")]
async fn an_admin_loads_an_osm_extract_from_the_browser_and_chooses_between_basemaps(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    let path = format!("/api/v1/plans/{PLAN}/basemap");
    let before = app.get_ok(&admin, &path).await;
    assert_eq!(before["current"], "own");
    assert!(before["available"]["own"].as_i64().unwrap() > 0, "{before}");
    assert_eq!(before["available"]["osm"], 0);
    assert_eq!(before["available"]["pmtiles"], Value::Null);

    let choose = |basemap: &'static str| {
        let admin = admin.clone();
        let url = app.url(&path);
        async move {
            let response = admin
                .put(url)
                .json(&json!({ "basemap": basemap }))
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.unwrap())
        }
    };
    let (status, problem) = choose("osm").await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (409, Some("basemap_missing"))
    );
    let (status, problem) = choose("pmtiles").await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (409, Some("basemap_missing"))
    );

    // Refused uploads change nothing.
    let town = osm_town_xml(-0.760, 52.040, "Upload Road");
    let (status, _) = upload_osm(&app, &admin, PLAN, "text/csv", town.clone()).await;
    assert_eq!(status, 415);
    let (status, problem) = upload_osm(
        &app,
        &admin,
        PLAN,
        "application/xml",
        "<osm>not closed".into(),
    )
    .await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (422, Some("validation_failed"))
    );
    let far = osm_town_xml(10.0, 46.5, "Alpine Road");
    let (status, problem) = upload_osm(&app, &admin, PLAN, "application/xml", far).await;
    assert_eq!(status, 422);
    assert!(
        problem["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("outside"),
        "{problem}"
    );
    let (status, _) = upload_osm(&app, &admin, "nowhere", "application/xml", town.clone()).await;
    assert_eq!(status, 404);
    let resident = app.signed_in("resident").await;
    let (status, _) = upload_osm(&app, &resident, PLAN, "application/xml", town.clone()).await;
    assert_eq!(status, 403);
    assert_eq!(app.get_ok(&admin, &path).await["current"], "own");

    let (status, imported) = upload_osm(&app, &admin, PLAN, "application/xml", town).await;
    assert_eq!(status, 200, "{imported}");
    assert!(imported["features"].as_u64().unwrap() >= 5, "{imported}");
    assert_eq!(imported["basemap"]["current"], "osm");
    let plan = app.get_json(&format!("/api/v1/plans/{PLAN}")).await.1;
    assert_eq!(plan["basemap"], "osm");
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM basemap_features WHERE source = 'osm' AND name IS NOT NULL ORDER BY 1",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert!(names.contains(&"Upload Road".to_owned()), "{names:?}");

    let (status, back) = choose("own").await;
    assert_eq!((status, back["current"].as_str()), (200, Some("own")));
    assert_eq!(back["available"]["osm"], imported["features"]);
    let (status, again) = choose("osm").await;
    assert_eq!((status, again["current"].as_str()), (200, Some("osm")));

    let audit = app
        .get_ok(
            &admin,
            &format!("/api/v1/audit?target_type=plan&target={PLAN}"),
        )
        .await;
    let actions: Vec<&str> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["plan.basemap", "plan.basemap", "plan.basemap_import"]
    );
}

#[sqlx::test(migrator = "MIGRATOR")]
async fn a_responder_is_made_through_an_organisation_and_a_new_role_ends_it(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    let email = app.create_user("resident").await;
    let id = user_id(&app, &email).await;
    let (status, problem) = patch(
        &app,
        &admin,
        &format!("/api/v1/users/{id}"),
        json!({ "role": "responder" }),
    )
    .await;
    assert_eq!(status, 422, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "role");

    let organisation = app.organisation("highways").await;
    let made = admin
        .put(app.url(&format!(
            "/api/v1/organisations/{organisation}/responders/{id}"
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(made.status(), 200);
    // Already a responder: other changes keep the organisation.
    let (status, _) = patch(
        &app,
        &admin,
        &format!("/api/v1/users/{id}"),
        json!({ "role": "responder", "disabled": false }),
    )
    .await;
    assert_eq!(status, 200);
    let (status, moved) = patch(
        &app,
        &admin,
        &format!("/api/v1/users/{id}"),
        json!({ "role": "moderator" }),
    )
    .await;
    assert_eq!((status, moved["role"].as_str()), (200, Some("moderator")));
    let organisation_left: Option<uuid::Uuid> =
        sqlx::query_scalar("SELECT organisation_id FROM users WHERE email = $1")
            .bind(&email)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(organisation_left, None);
}

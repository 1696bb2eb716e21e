//! Outcomes: organisations and responders, official responses over many contributions
//! (all or nothing), commitments with progress, and the outcome shown everywhere a
//! contribution is: GeoJSON, OGC, tiles and the live event stream.

use std::collections::HashMap;

use mvt_reader::Reader;
use mvt_reader::feature::Value as MvtValue;
use reqwest::Client;
use serde_json::{Value, json};
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;
use uuid::Uuid;
use waymark_domain::outcome::OutcomeStatus;
use waymark_tests::{EventStream, RESPONDERS, TestApp, feature_at, visitor};

const PLAN: &str = "milton-keynes";
const RESPONSES: &str = "/api/v1/plans/milton-keynes/responses";

async fn pin(app: &TestApp, title: &str) -> String {
    pin_at(app, title, -0.749, 52.035).await
}

async fn pin_at(app: &TestApp, title: &str, lon: f64, lat: f64) -> String {
    let created: Value = app
        .post_feature(&visitor(), &feature_at(title, lon, lat))
        .await
        .json()
        .await
        .unwrap();
    created["id"].as_str().expect("an id").to_owned()
}

/// `n` published pins in Fishermead, written in one statement (as a bulk load: no events).
async fn many_pins(pool: &PgPool, n: i64) -> Vec<Uuid> {
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("SELECT set_config('waymark.bulk_load', 'on', true)")
        .execute(&mut *tx)
        .await
        .unwrap();
    let ids: Vec<Uuid> = sqlx::query_scalar(
        "INSERT INTO contributions (plan_id, kind, themes, title, location, geom)
         SELECT p.id, 'issue', ARRAY['safety'], 'Dark underpass ' || i,
                ST_SetSRID(ST_MakePoint(-0.749 + i * 1e-6, 52.035), 4326),
                ST_SetSRID(ST_MakePoint(-0.749 + i * 1e-6, 52.035), 4326)
           FROM plans p, generate_series(1, $1) AS i WHERE p.slug = 'milton-keynes'
         RETURNING id",
    )
    .bind(n)
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    ids
}

async fn respond(app: &TestApp, client: &Client, body: &Value) -> (u16, Value) {
    app.post_json_as(client, RESPONSES, body).await
}

async fn outcome_of(pool: &PgPool, id: &str) -> String {
    sqlx::query_scalar("SELECT outcome FROM contributions WHERE id = $1::uuid")
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap()
}

/// What a failed response must leave: no response, no outcome changed, no audit line,
/// no event.
async fn nothing_written(pool: &PgPool) {
    let counts: (i64, i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM responses),
                (SELECT count(*) FROM contributions WHERE outcome <> 'open' OR outcome_response_id IS NOT NULL),
                (SELECT count(*) FROM audit_log WHERE action IN ('contribution.outcome', 'response.create')),
                (SELECT count(*) FROM events WHERE kind = 'outcome')",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(
        counts,
        (0, 0, 0, 0),
        "responses, outcomes, audit lines, events"
    );
}

fn fields(problem: &Value) -> Vec<&str> {
    problem["errors"]
        .as_array()
        .map(|errors| errors.iter().filter_map(|e| e["field"].as_str()).collect())
        .unwrap_or_default()
}

async fn user_id(pool: &PgPool, email: &str) -> Uuid {
    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(pool)
        .await
        .unwrap()
}

async fn sign_in(app: &TestApp, email: &str) -> Client {
    let client = visitor();
    let (status, _) = app
        .post_json_as(
            &client,
            "/api/v1/auth/login",
            &json!({ "email": email, "password": waymark_tests::PASSWORD }),
        )
        .await;
    assert_eq!(status, 200);
    client
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn admins_add_organisations_and_make_responders_and_the_audit_log_says_so(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    let path = "/api/v1/plans/milton-keynes/organisations";
    let body = json!({ "name": "Milton Keynes City Council", "kind": "council" });
    let (status, council) = app.post_json_as(&admin, path, &body).await;
    assert_eq!(status, 201, "{council}");
    assert_eq!(council["slug"], "milton-keynes-city-council");
    let (status, again) = app.post_json_as(&admin, path, &body).await;
    assert_eq!((status, again["code"].as_str()), (409, Some("conflict")));
    let (status, bad) = app
        .post_json_as(&admin, path, &json!({ "name": " ", "kind": "church" }))
        .await;
    assert_eq!((status, fields(&bad)), (422, vec!["kind"]));
    // Anyone may see who answers; only admins add organisations.
    let (status, list) = app.get_json(path).await;
    assert_eq!(status, 200);
    assert_eq!(
        list["organisations"][0]["name"],
        "Milton Keynes City Council"
    );
    let moderator = app.signed_in("moderator").await;
    let (status, _) = app
        .post_json_as(&moderator, path, &json!({ "name": "Moderators' own" }))
        .await;
    assert_eq!(status, 403);

    let email = app.create_user("resident").await;
    let user = user_id(&app.pool, &email).await;
    let assign = format!(
        "/api/v1/organisations/{}/responders/{user}",
        council["id"].as_str().unwrap()
    );
    let r = moderator.put(app.url(&assign)).send().await.unwrap();
    assert_eq!(r.status(), 403);
    let r = admin.put(app.url(&assign)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let unknown = format!("/api/v1/organisations/{}/responders/{user}", Uuid::new_v4());
    assert_eq!(
        admin.put(app.url(&unknown)).send().await.unwrap().status(),
        404
    );
    let (role, organisation): (String, Option<Uuid>) =
        sqlx::query_as("SELECT role, organisation_id FROM users WHERE id = $1")
            .bind(user)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(role, "responder");
    assert_eq!(
        organisation.map(|o| o.to_string()),
        council["id"].as_str().map(str::to_owned)
    );
    let audited: (String, Value, Value) = sqlx::query_as(
        "SELECT actor, before, after FROM audit_log WHERE action = 'user.make_responder'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(audited.0.starts_with("user:"));
    assert_eq!(
        audited.1,
        json!({ "role": "resident", "organisation": null })
    );
    assert_eq!(
        audited.2,
        json!({ "role": "responder", "organisation": "milton-keynes-city-council" })
    );
    // A responder without an organisation cannot exist.
    let orphan = sqlx::query("UPDATE users SET organisation_id = NULL WHERE id = $1")
        .bind(user)
        .execute(&app.pool)
        .await;
    assert!(
        orphan.is_err(),
        "the CHECK keeps a responder's organisation"
    );
}

/// A responder's account names the organisation its answers are signed with, on signing
/// in and from `/me`; other accounts name none.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_responders_account_names_the_organisation_it_answers_for(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let email = app.create_user("responder").await;
    let client = visitor();
    let (status, signed_in) = app
        .post_json_as(
            &client,
            "/api/v1/auth/login",
            &json!({ "email": email, "password": waymark_tests::PASSWORD }),
        )
        .await;
    assert_eq!(status, 200, "{signed_in}");
    let me = app.get_ok(&client, "/api/v1/me").await;
    for answer in [&signed_in, &me] {
        assert_eq!(answer["role"], "responder", "{answer}");
        assert_eq!(
            answer["organisation"]["name"], "The test-responders (test)",
            "{answer}"
        );
        assert_eq!(answer["organisation"]["plan"], "milton-keynes", "{answer}");
        assert_eq!(answer["organisation"]["slug"], RESPONDERS, "{answer}");
    }
    for role in ["resident", "admin"] {
        let me = app.get_ok(&app.signed_in(role).await, "/api/v1/me").await;
        assert!(me.get("organisation").is_none(), "{role}: {me}");
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_command_line_adds_organisations_and_their_responders(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    waymark::seed::load_plan(&mut conn).await.unwrap();
    drop(conn);
    let add = |name: &str| waymark::organisations::OrgCommand::Add {
        plan: PLAN.into(),
        name: name.into(),
        slug: None,
        kind: "housing".into(),
    };
    let said = waymark::organisations::run(&pool, add("MK Homes (demo)"))
        .await
        .unwrap();
    assert!(said.contains("'mk-homes-demo'"), "{said}");
    let taken = waymark::organisations::run(&pool, add("MK Homes (demo)")).await;
    assert!(taken.unwrap_err().to_string().contains("already has"));
    use waymark_domain::Role;
    let org = waymark::users::organisation_of(&pool, Role::Responder, Some("mk-homes-demo"), None)
        .await
        .unwrap();
    assert!(org.is_some());
    for (role, org) in [
        (Role::Responder, None),
        (Role::Responder, Some("nobody")),
        (Role::Moderator, Some("mk-homes-demo")),
    ] {
        assert!(
            waymark::users::organisation_of(&pool, role, org, None)
                .await
                .is_err(),
            "{role} --org {org:?}"
        );
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_commitment_over_ticked_pins_shows_in_geojson_ogc_filters_and_the_audit_log(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool).await;
    let ids = [
        pin(&app, "Dark underpass").await,
        pin(&app, "No lights by the shops").await,
        pin(&app, "Scary at night").await,
    ];
    let untouched = pin(&app, "A bench please").await;
    let responder = app.signed_in("responder").await;
    let (status, written) = respond(
        &app,
        &responder,
        &json!({
            "selection": { "ids": ids },
            "status": "planned", "expected_month": "2027-03",
            "response": "We will light both Fishermead underpasses.",
            "title": "Lighting the Fishermead underpasses",
        }),
    )
    .await;
    assert_eq!(status, 201, "{written}");
    assert_eq!(written["contributions"], 3);
    let commitment = written["id"].as_str().unwrap();

    let (_, list) = app
        .get_json("/api/v1/plans/milton-keynes/contributions")
        .await;
    let by_id: HashMap<&str, &Value> = list["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["id"].as_str().unwrap(), &f["properties"]["outcome"]))
        .collect();
    let outcome = by_id[ids[0].as_str()];
    assert_eq!(outcome["status"], "planned");
    assert_eq!(outcome["organisation"], "The test-responders (test)");
    assert_eq!(
        outcome["response"],
        "We will light both Fishermead underpasses."
    );
    assert_eq!(
        outcome["commitment"],
        json!({ "id": commitment, "title": "Lighting the Fishermead underpasses", "progress": 0 })
    );
    assert_eq!(outcome["expected_month"], "2027-03");
    assert!(outcome["updated_at"].as_str().is_some());
    assert_eq!(by_id[untouched.as_str()]["status"], "open");
    assert_eq!(by_id[untouched.as_str()]["organisation"], Value::Null);

    // OGC items carry the same object.
    let (status, item) = app
        .get_json(&format!("/ogc/collections/contributions/items/{}", ids[1]))
        .await;
    assert_eq!(status, 200);
    assert_eq!(item["properties"]["outcome"]["status"], "planned");
    assert_eq!(
        item["properties"]["outcome"]["commitment"]["id"],
        commitment
    );
    let (_, items) = app.get_json("/ogc/collections/contributions/items").await;
    assert!(
        items["features"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["properties"]["outcome"]["status"].is_string())
    );

    // The list filters by outcome and by whether there is an answer.
    let titles = |v: &Value| -> Vec<String> {
        let mut t: Vec<String> = v["features"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["properties"]["title"].as_str().unwrap().to_owned())
            .collect();
        t.sort();
        t
    };
    let base = "/api/v1/plans/milton-keynes/contributions";
    let (_, planned) = app.get_json(&format!("{base}?outcome=planned")).await;
    assert_eq!(titles(&planned).len(), 3);
    let (_, done) = app
        .get_json(&format!("{base}?outcome=done,not_possible"))
        .await;
    assert!(titles(&done).is_empty());
    let (_, answered) = app.get_json(&format!("{base}?has_answer=true")).await;
    assert_eq!(titles(&answered), titles(&planned));
    let (_, open) = app.get_json(&format!("{base}?has_answer=false")).await;
    assert_eq!(titles(&open), ["A bench please"]);
    let (status, bad) = app.get_json(&format!("{base}?outcome=finished")).await;
    assert_eq!((status, fields(&bad)), (400, vec!["outcome"]));

    // Every change is audited: who, when, before and after, why.
    let lines: Vec<(String, String, Value, Value, Option<String>)> = sqlx::query_as(
        "SELECT actor, target_id, before, after, reason FROM audit_log
          WHERE action = 'contribution.outcome' ORDER BY target_id",
    )
    .fetch_all(&app.pool)
    .await
    .unwrap();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(
        lines.iter().map(|l| l.1.as_str()).collect::<Vec<_>>(),
        sorted
    );
    for (actor, _, before, after, why) in &lines {
        assert!(actor.starts_with("user:"));
        assert_eq!(before, &json!({ "outcome": "open", "response": null }));
        assert_eq!(
            after,
            &json!({ "outcome": "planned", "response": commitment, "organisation": RESPONDERS })
        );
        assert_eq!(
            why.as_deref(),
            Some("We will light both Fishermead underpasses.")
        );
    }
    let response_lines: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'response.create' AND target_id = $1",
    )
    .bind(commitment)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(response_lines, 1);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_filter_or_a_drawn_area_selects_the_pins_a_response_covers(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let inside = pin_at(&app, "Inside the area", -0.749, 52.035).await;
    let outside = pin_at(&app, "Outside the area", -0.80, 52.06).await;
    let admin = app.signed_in("admin").await;
    app.organisation(RESPONDERS).await;
    let area = json!({ "type": "Polygon", "coordinates": [[
        [-0.752, 52.033], [-0.746, 52.033], [-0.746, 52.037], [-0.752, 52.037], [-0.752, 52.033]]] });
    let (status, written) = respond(
        &app,
        &admin,
        &json!({
            "organisation": RESPONDERS, "selection": { "area": area },
            "status": "considering", "response": "We are looking at lighting here.",
        }),
    )
    .await;
    assert_eq!((status, written["contributions"].as_i64()), (201, Some(1)));
    assert_eq!(outcome_of(&app.pool, &inside).await, "considering");
    assert_eq!(outcome_of(&app.pool, &outside).await, "open");
    // By filter: what is still open in the plan.
    let (status, written) = respond(
        &app,
        &admin,
        &json!({
            "organisation": RESPONDERS,
            "selection": { "filter": { "outcome": "open", "theme": "energy" } },
            "status": "done", "response": "Done last week.",
        }),
    )
    .await;
    assert_eq!((status, written["contributions"].as_i64()), (201, Some(1)));
    assert_eq!(outcome_of(&app.pool, &outside).await, "done");
    // A bad area, or two ways of choosing at once, are named.
    for selection in [
        json!({ "area": { "type": "Point", "coordinates": [-0.75, 52.03] } }),
        json!({ "area": { "type": "Polygon", "coordinates": [[[-0.75, 52.03], [-0.74, 52.03]]] } }),
        json!({ "ids": [inside], "filter": {} }),
        json!({}),
    ] {
        let (status, problem) = respond(
            &app,
            &admin,
            &json!({ "organisation": RESPONDERS, "selection": selection,
                     "status": "considering", "response": "Looking." }),
        )
        .await;
        assert_eq!(status, 422, "{selection}: {problem}");
        assert!(
            fields(&problem)[0].starts_with("selection"),
            "{selection}: {problem}"
        );
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn missing_or_too_long_fields_unknown_ids_and_too_many_items_are_named_422s(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let id = pin(&app, "Dark underpass").await;
    let responder = app.signed_in("responder").await;
    let ids = json!({ "ids": [id] });
    let cases = [
        (
            json!({ "selection": ids, "status": "planned", "response": "Soon." }),
            vec!["expected_month"],
        ),
        (
            json!({ "selection": ids, "status": "not_possible", "response": "Sorry." }),
            vec!["reason"],
        ),
        (
            json!({ "selection": ids, "status": "done", "response": "x".repeat(4001) }),
            vec!["response"],
        ),
        (
            json!({ "selection": ids, "status": "done" }),
            vec!["response"],
        ),
        (
            json!({ "selection": ids, "status": "referred", "response": "To highways." }),
            vec!["referred_to"],
        ),
        (
            json!({ "selection": ids, "status": "duplicate", "response": "Said before." }),
            vec!["duplicate_of"],
        ),
        (
            json!({ "selection": ids, "status": "planned", "response": "Soon.",
                    "expected_month": "next spring" }),
            vec!["expected_month"],
        ),
        (
            json!({ "selection": ids, "status": "finished", "response": "Soon." }),
            vec!["status"],
        ),
        (
            json!({ "selection": ids, "status": "referred", "response": "To them.",
                    "referred_to": "nobody-at-all" }),
            vec!["referred_to"],
        ),
    ];
    for (body, want) in cases {
        let (status, problem) = respond(&app, &responder, &body).await;
        assert_eq!(status, 422, "{body}: {problem}");
        assert_eq!(problem["code"], "validation_failed");
        assert_eq!(fields(&problem), want, "{problem}");
    }
    // Unknown ids are each listed, and the known one is not answered either.
    let strangers = [Uuid::new_v4(), Uuid::new_v4()];
    let (status, problem) = respond(
        &app,
        &responder,
        &json!({ "selection": { "ids": [id, strangers[0], strangers[1]] },
                 "status": "done", "response": "Fixed." }),
    )
    .await;
    assert_eq!(status, 422);
    let listed: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert_eq!(listed.len(), 2, "{problem}");
    for s in strangers {
        assert!(
            listed.iter().any(|m| m.contains(&s.to_string())),
            "{s} listed"
        );
    }
    // More than 5,000, by ids or by a filter.
    let too_many: Vec<Uuid> = (0..5001).map(|_| Uuid::new_v4()).collect();
    let (status, problem) = respond(
        &app,
        &responder,
        &json!({ "selection": { "ids": too_many }, "status": "done", "response": "Fixed." }),
    )
    .await;
    assert_eq!((status, fields(&problem)), (422, vec!["selection"]));
    many_pins(&app.pool, 5001).await;
    let (status, problem) = respond(
        &app,
        &responder,
        &json!({ "selection": { "filter": { "outcome": "open" } },
                 "status": "done", "response": "Fixed." }),
    )
    .await;
    assert_eq!((status, fields(&problem)), (422, vec!["selection"]));
    assert!(
        problem["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("5000")
    );
    nothing_written(&app.pool).await;
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_illegal_step_for_any_item_is_a_409_with_its_allowed_steps_and_writes_nothing(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool).await;
    let done = pin(&app, "Fixed already").await;
    let open = pin(&app, "Still waiting").await;
    let responder = app.signed_in("responder").await;
    let (status, _) = respond(
        &app,
        &responder,
        &json!({ "selection": { "ids": [done] }, "status": "done", "response": "Fixed." }),
    )
    .await;
    assert_eq!(status, 201);
    let before: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let (status, problem) = respond(
        &app,
        &responder,
        &json!({ "selection": { "ids": [open, done] }, "status": "planned",
                 "expected_month": "2027-05", "response": "Next spring." }),
    )
    .await;
    assert_eq!(status, 409, "{problem}");
    assert_eq!(problem["code"], "illegal_transition");
    assert_eq!(
        problem["refused"],
        json!([{ "id": done, "status": "done", "allowed": ["considering"] }])
    );
    assert_eq!(outcome_of(&app.pool, &open).await, "open");
    assert_eq!(outcome_of(&app.pool, &done).await, "done");
    let after: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(after, before);
}

/// Sets a pin's outcome directly, as if earlier responses had taken it there.
async fn put_at(pool: &PgPool, id: &str, status: OutcomeStatus) {
    sqlx::query("UPDATE contributions SET outcome = $2 WHERE id = $1::uuid")
        .bind(id)
        .bind(status.as_str())
        .execute(pool)
        .await
        .unwrap();
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn every_step_of_the_lifecycle_is_allowed_or_refused_over_http(pool: PgPool) {
    use OutcomeStatus::*;
    let app = TestApp::with_empty_plan(pool).await;
    app.organisation("highways").await;
    app.organisation(RESPONDERS).await;
    let admin = app.signed_in("admin").await;
    let original = pin(&app, "The first report").await;
    let allowed: HashMap<OutcomeStatus, &[OutcomeStatus]> = HashMap::from([
        (
            Open,
            &[Referred, Considering, Planned, Done, NotPossible, Duplicate][..],
        ),
        (
            Referred,
            &[Considering, Planned, Done, NotPossible, Duplicate],
        ),
        (
            Considering,
            &[Referred, Planned, Done, NotPossible, Duplicate],
        ),
        (Planned, &[Considering, Done, NotPossible, Duplicate]),
        (Done, &[Considering]),
        (NotPossible, &[Considering]),
        (Duplicate, &[Considering]),
    ]);
    let mut wrong = Vec::new();
    for &from in OutcomeStatus::ALL {
        for &to in OutcomeStatus::ALL {
            let id = pin(&app, &format!("{from} to {to}")).await;
            put_at(&app.pool, &id, from).await;
            let mut body = json!({
                "organisation": RESPONDERS, "selection": { "ids": [id] },
                "status": to, "response": "An answer.",
            });
            match to {
                Planned => body["expected_month"] = json!("2027-01"),
                NotPossible => body["reason"] = json!("No budget this year."),
                Referred => body["referred_to"] = json!("highways"),
                Duplicate => body["duplicate_of"] = json!(original),
                _ => {}
            }
            let (status, problem) = respond(&app, &admin, &body).await;
            let want = match (to, allowed[&from].contains(&to)) {
                (Open, _) => 422,
                (_, true) => 201,
                (_, false) => 409,
            };
            if status != want {
                wrong.push(format!(
                    "{from} → {to}: {status} {problem}, expected {want}"
                ));
            }
            let now = outcome_of(&app.pool, &id).await;
            let expected_now = if status == 201 { to } else { from };
            if now != expected_now.as_str() {
                wrong.push(format!("{from} → {to}: now {now}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_responder_answers_only_for_their_own_organisation_in_its_plan(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    app.organisation("highways").await;
    let theirs = pin(&app, "Answered by highways").await;
    let (status, commitment) = respond(
        &app,
        &admin,
        &json!({ "organisation": "highways", "selection": { "ids": [theirs] },
                 "status": "considering", "response": "Highways look at it.",
                 "title": "Highways review" }),
    )
    .await;
    assert_eq!(status, 201);
    let id = pin(&app, "Still open").await;
    let responder = app.signed_in("responder").await;
    let forbidden = [
        // Another organisation of the plan.
        json!({ "organisation": "highways", "selection": { "ids": [id] },
                "status": "done", "response": "Fixed." }),
        // Contributions another organisation answers.
        json!({ "selection": { "ids": [id, theirs] }, "status": "done", "response": "Fixed." }),
    ];
    for body in &forbidden {
        let (status, problem) = respond(&app, &responder, body).await;
        assert_eq!(
            (status, problem["code"].as_str()),
            (403, Some("forbidden")),
            "{body}"
        );
    }
    // Another organisation's commitment takes no progress from them.
    let update = format!(
        "/api/v1/responses/{}/updates",
        commitment["id"].as_str().unwrap()
    );
    let (status, _) = app
        .post_json_as(
            &responder,
            &update,
            &json!({ "progress": 50, "note": "Half." }),
        )
        .await;
    assert_eq!(status, 403);

    // A responder of another plan's organisation cannot answer here.
    let (status, _) = app
        .post_json_as(
            &admin,
            "/api/v1/plans",
            &json!({ "slug": "testville", "title": "Testville",
                     "bbox": [-1.87, 52.66, -1.79, 52.70] }),
        )
        .await;
    assert_eq!(status, 201);
    let (status, elsewhere) = app
        .post_json_as(
            &admin,
            "/api/v1/plans/testville/organisations",
            &json!({ "name": "Testville council" }),
        )
        .await;
    assert_eq!(status, 201);
    let email = app.create_user("resident").await;
    let user = user_id(&app.pool, &email).await;
    let r = admin
        .put(app.url(&format!(
            "/api/v1/organisations/{}/responders/{user}",
            elsewhere["id"].as_str().unwrap()
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let outsider = sign_in(&app, &email).await;
    let (status, _) = respond(
        &app,
        &outsider,
        &json!({ "selection": { "ids": [id] }, "status": "done", "response": "Fixed." }),
    )
    .await;
    assert_eq!(status, 403);
    // Neither residents nor people without an account answer.
    let (status, _) = respond(
        &app,
        &app.signed_in("resident").await,
        &json!({ "selection": { "ids": [id] }, "status": "done", "response": "Fixed." }),
    )
    .await;
    assert_eq!(status, 403);
    let (status, _) = respond(
        &app,
        &visitor(),
        &json!({ "selection": { "ids": [id] }, "status": "done", "response": "Fixed." }),
    )
    .await;
    assert_eq!(status, 401);
    assert_eq!(outcome_of(&app.pool, &id).await, "open");
    assert_eq!(outcome_of(&app.pool, &theirs).await, "considering");
    // A referral hands the pin to the organisation it goes to.
    let (status, _) = respond(
        &app,
        &admin,
        &json!({ "organisation": "highways", "selection": { "ids": [theirs] },
                 "status": "referred", "referred_to": RESPONDERS,
                 "response": "This is for the test responders." }),
    )
    .await;
    assert_eq!(status, 201);
    let (status, _) = respond(
        &app,
        &responder,
        &json!({ "selection": { "ids": [theirs] }, "status": "planned",
                 "expected_month": "2027-06", "response": "We will do it." }),
    )
    .await;
    assert_eq!(status, 201);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_bulk_response_killed_mid_way_writes_nothing(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let ids = many_pins(&app.pool, 600).await;
    // A stall on the 300th row the response changes: half of them are written by then.
    sqlx::query("CREATE SEQUENCE outcome_rows")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query(
        "CREATE FUNCTION stall() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             IF nextval('outcome_rows') = 300 THEN
                 PERFORM pg_sleep(120);
             END IF;
             RETURN NEW;
         END $$",
    )
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query(
        "CREATE TRIGGER stall BEFORE UPDATE ON contributions FOR EACH ROW EXECUTE FUNCTION stall()",
    )
    .execute(&pool)
    .await
    .unwrap();
    let responder = app.signed_in("responder").await;
    let url = app.url(RESPONSES);
    let request = tokio::spawn(async move {
        responder
            .post(url)
            .json(&json!({
                "selection": { "ids": ids }, "status": "planned", "expected_month": "2027-09",
                "response": "We will light every underpass.", "title": "Underpass lighting",
            }))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    });
    // From a second connection: wait for the stall, then end the request's backend.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let backend: i32 = loop {
        let stalled: Option<i32> = sqlx::query_scalar(
            "SELECT pid FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event = 'PgSleep'",
        )
        .fetch_optional(&pool)
        .await
        .unwrap();
        if let Some(pid) = stalled {
            break pid;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the response never stalled"
        );
        tokio::task::yield_now().await;
    };
    let reached: i64 = sqlx::query_scalar("SELECT last_value FROM outcome_rows")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(reached, 300, "299 rows were changed before the stall");
    let ended: bool = sqlx::query_scalar("SELECT pg_terminate_backend($1)")
        .bind(backend)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(ended);
    let status = request.await.unwrap();
    assert!(
        status >= 500,
        "a lost connection is the server's failure: {status}"
    );
    nothing_written(&pool).await;
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn hidden_contributions_are_never_listed_or_counted_in_a_public_commitment(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let ids = [
        pin(&app, "Dark underpass").await,
        pin(&app, "Very dark underpass").await,
        pin(&app, "Rude words about the underpass").await,
    ];
    let not_possible = pin(&app, "A new railway station").await;
    let responder = app.signed_in("responder").await;
    let (status, written) = respond(
        &app,
        &responder,
        &json!({ "selection": { "ids": ids }, "status": "planned", "expected_month": "2027-03",
                 "response": "We will light it.", "title": "Lighting the Fishermead underpasses" }),
    )
    .await;
    assert_eq!(status, 201);
    let commitment = written["id"].as_str().unwrap().to_owned();
    let (status, _) = respond(
        &app,
        &responder,
        &json!({ "selection": { "ids": [not_possible] }, "status": "not_possible",
                 "reason": "The line has no room for a stop.", "response": "Sorry." }),
    )
    .await;
    assert_eq!(status, 201);
    let moderator = app.signed_in("moderator").await;
    let r = moderator
        .post(app.url(&format!("/api/v1/contributions/{}/moderation", ids[2])))
        .json(&json!({ "action": "hide", "reason": "Abuse" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    let (status, outcomes) = app.get_json("/api/v1/plans/milton-keynes/outcomes").await;
    assert_eq!(status, 200);
    let listed = &outcomes["commitments"][0];
    assert_eq!(listed["id"], commitment.as_str());
    assert_eq!(listed["voices"], 2, "the hidden one is not counted");
    assert_eq!(listed["expected_month"], "2027-03");
    assert_eq!(outcomes["not_possible"][0]["id"], not_possible.as_str());
    assert_eq!(
        outcomes["not_possible"][0]["reason"],
        "The line has no room for a stop."
    );
    let (status, single) = app
        .get_json(&format!("/api/v1/commitments/{commitment}"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(single["voices"], 2);
    let behind: Vec<&str> = single["contributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(behind, [ids[0].as_str(), ids[1].as_str()]);
    assert!(!single.to_string().contains("Rude words"));
    let (_, listed) = app
        .get_json("/api/v1/plans/milton-keynes/commitments")
        .await;
    assert_eq!(listed["commitments"][0]["voices"], 2);
    // Per neighbourhood: Fishermead has it, another has nothing.
    let (_, here) = app
        .get_json("/api/v1/plans/milton-keynes/outcomes?neighbourhood=fishermead")
        .await;
    assert_eq!(here["commitments"][0]["voices"], 2);
    let (_, elsewhere) = app
        .get_json("/api/v1/plans/milton-keynes/outcomes?neighbourhood=wolverton")
        .await;
    assert_eq!(elsewhere["commitments"], json!([]));
    assert_eq!(app.get_json("/api/v1/plans/nowhere/outcomes").await.0, 404);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn progress_updates_move_a_commitment_and_reach_the_pins_behind_it(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let id = pin(&app, "Dark underpass").await;
    let other = pin(&app, "A bench").await;
    let responder = app.signed_in("responder").await;
    let (_, commitment) = respond(
        &app,
        &responder,
        &json!({ "selection": { "ids": [id] }, "status": "planned", "expected_month": "2027-03",
                 "response": "We will light it.", "title": "Lighting" }),
    )
    .await;
    let (_, plain) = respond(
        &app,
        &responder,
        &json!({ "selection": { "ids": [other] }, "status": "considering",
                 "response": "We are looking at benches." }),
    )
    .await;
    let path = |r: &Value| format!("/api/v1/responses/{}/updates", r["id"].as_str().unwrap());
    let (status, update) = app
        .post_json_as(
            &responder,
            &path(&commitment),
            &json!({ "progress": 40, "note": "The cabling is in.", "date": "2027-01-20" }),
        )
        .await;
    assert_eq!(status, 201, "{update}");
    assert_eq!(update, json!({ "progress": 40, "date": "2027-01-20" }));
    let (status, problem) = app
        .post_json_as(
            &responder,
            &path(&plain),
            &json!({ "progress": 40, "note": "x" }),
        )
        .await;
    assert_eq!((status, problem["code"].as_str()), (409, Some("conflict")));
    let (status, problem) = app
        .post_json_as(&responder, &path(&commitment), &json!({ "progress": 140 }))
        .await;
    assert_eq!((status, fields(&problem)), (422, vec!["progress", "note"]));
    let (_, single) = app
        .get_json(&format!(
            "/api/v1/commitments/{}",
            commitment["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(single["progress"], 40);
    assert_eq!(
        single["updates"],
        json!([{ "date": "2027-01-20", "progress": 40, "note": "The cabling is in." }])
    );
    let (_, pin) = app.get_json(&format!("/api/v1/contributions/{id}")).await;
    assert_eq!(pin["properties"]["outcome"]["commitment"]["progress"], 40);
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'response.progress' AND reason = 'The cabling is in.'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
}

fn tile_statuses(bytes: Vec<u8>) -> HashMap<String, String> {
    let reader = Reader::new(bytes).expect("a valid MVT");
    reader
        .get_features(0)
        .expect("features")
        .into_iter()
        .filter_map(|f| {
            let p = f.properties?;
            match (p.get("id"), p.get("status")) {
                (Some(MvtValue::String(id)), Some(MvtValue::String(s))) => {
                    Some((id.clone(), s.clone()))
                }
                _ => None,
            }
        })
        .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_outcome_reaches_open_maps_as_an_event_and_the_tiles_in_every_process(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let other_pool = PgPoolOptions::new()
        .max_connections(5)
        .connect_with(pool.connect_options().as_ref().clone())
        .await
        .unwrap();
    let other = TestApp::spawn(other_pool).await;
    app.events_ready().await;
    let id = pin(&app, "Dark underpass").await;
    // The zoom 15 tile that holds the pin, as PostGIS computes it.
    let (x, y): (i32, i32) = sqlx::query_as(
        "WITH p AS (SELECT ST_Transform(geom, 3857) AS g FROM contributions WHERE id = $1::uuid),
              w AS (SELECT 20037508.342789244 AS half)
         SELECT floor((ST_X(g) + half) / (2 * half / 2 ^ 15))::int,
                floor((half - ST_Y(g)) / (2 * half / 2 ^ 15))::int
           FROM p, w",
    )
    .bind(&id)
    .fetch_one(&pool)
    .await
    .unwrap();
    let tile = format!("/tiles/contributions/15/{x}/{y}.mvt");
    let tile = tile.as_str();
    // Both processes cache the tile with the pin still open.
    for process in [&app, &other] {
        let (status, _, raw) = process.fetch_tile(tile).await;
        assert_eq!(status, 200);
        assert_eq!(tile_statuses(raw)[&id], "open");
    }
    let (_, stale_etag, _) = other.fetch_tile(tile).await;
    let mut stream = EventStream::open(&app, &visitor(), None).await;
    let responder = app.signed_in("responder").await;
    let (status, _) = respond(
        &app,
        &responder,
        &json!({ "selection": { "ids": [id] }, "status": "planned", "expected_month": "2027-03",
                 "response": "We will light it." }),
    )
    .await;
    assert_eq!(status, 201);
    let event = stream.until(&id, "outcome").await;
    assert_eq!(event.data["properties"]["outcome"]["status"], "planned");
    assert_eq!(
        event.data["properties"]["outcome"]["response"],
        "We will light it."
    );
    // The process that wrote it drops the tile at once.
    let (_, _, raw) = app.fetch_tile(tile).await;
    assert_eq!(tile_statuses(raw)[&id], "planned");
    // The other hears of it through NOTIFY, a moment after the commit.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let (_, etag, raw) = other.fetch_tile(tile).await;
        if etag != stale_etag {
            assert_eq!(tile_statuses(raw)[&id], "planned");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the other process kept its stale tile"
        );
        tokio::task::yield_now().await;
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_response_drops_its_pins_cached_tiles_in_the_process_that_wrote_it(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let id = pin(&app, "Dark underpass").await;
    // The router alone, without `serve`'s listener for invalidations: the response's own
    // eviction is the only thing that can drop this process's cached tile.
    let state = waymark_api::AppState::new(
        pool.clone(),
        waymark_api::ApiConfig::default(),
        axum_extra::extract::cookie::Key::generate(),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let deaf = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        let app = waymark_api::router(state)
            .into_make_service_with_connect_info::<std::net::SocketAddr>();
        axum::serve(listener, app).await.unwrap();
    });
    let (x, y): (i32, i32) = sqlx::query_as(
        "WITH p AS (SELECT ST_Transform(geom, 3857) AS g FROM contributions WHERE id = $1::uuid),
              w AS (SELECT 20037508.342789244 AS half)
         SELECT floor((ST_X(g) + half) / (2 * half / 2 ^ 16))::int,
                floor((half - ST_Y(g)) / (2 * half / 2 ^ 16))::int
           FROM p, w",
    )
    .bind(&id)
    .fetch_one(&pool)
    .await
    .unwrap();
    let tile = format!("{deaf}/tiles/contributions/16/{x}/{y}.mvt");
    let fetch = || async {
        let r = visitor().get(&tile).send().await.unwrap();
        assert_eq!(r.status(), 200);
        tile_statuses(r.bytes().await.unwrap().to_vec())
    };
    assert_eq!(fetch().await[&id], "open");
    let responder = app.signed_in("responder").await;
    let r = responder
        .post(format!("{deaf}{RESPONSES}"))
        .json(&json!({ "selection": { "ids": [id] }, "status": "done",
                       "response": "The lamp is fixed." }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    assert_eq!(fetch().await[&id], "done");
    server.abort();
}

//! The steps a proposal offers each viewer, and proposals' status changes in the live
//! event stream.

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_tests::{EventStream, Sse, TestApp, visitor};

const STATUSES: [&str; 9] = [
    "draft",
    "submitted",
    "under_review",
    "can_connect",
    "needs_study",
    "needs_reinforcement",
    "cannot_connect",
    "withdrawn",
    "going_ahead",
];

/// A proposal by `group`, a draft or submitted; its id.
async fn propose(app: &TestApp, group: &reqwest::Client, draft: bool) -> String {
    let body = json!({
        "title": "Solar on the Trinity Centre roof",
        "technology": "solar_pv",
        "capacity_kw": 150.0,
        "export_kw": 150.0,
        "site": { "type": "Point", "coordinates": [-0.749, 52.035] },
        "group_name": "Fishermead Community Energy",
        "draft": draft,
    });
    let (status, created) = app
        .post_json_as(group, "/api/v1/plans/milton-keynes/proposals", &body)
        .await;
    assert_eq!(status, 201);
    created["id"].as_str().unwrap().to_owned()
}

async fn step(app: &TestApp, client: &reqwest::Client, id: &str, to: &str) -> reqwest::Response {
    client
        .post(app.url(&format!("/api/v1/proposals/{id}/transitions")))
        .json(&json!({ "to": to }))
        .send()
        .await
        .unwrap()
}

/// The engineer reviews a submitted proposal and answers it with `decision`.
async fn answer(app: &TestApp, engineer: &reqwest::Client, id: &str, decision: &str) {
    assert_eq!(step(app, engineer, id, "under_review").await.status(), 200);
    let body =
        json!({ "decision": decision, "cost_band": "under £10k", "timescale": "under 3 months" });
    let (status, _) = app
        .post_json_as(
            engineer,
            &format!("/api/v1/proposals/{id}/responses"),
            &body,
        )
        .await;
    assert_eq!(status, 201);
}

/// The proposal as `client` sees it.
async fn seen(app: &TestApp, client: &reqwest::Client, id: &str) -> Value {
    app.get_ok(client, &format!("/api/v1/proposals/{id}")).await
}

/// The steps `client` is offered for the proposal `id`, in the proposal and in the list.
async fn next_steps(app: &TestApp, client: &reqwest::Client, id: &str) -> Vec<String> {
    let one = seen(app, client, id).await["properties"]["next_steps"].clone();
    let list = app
        .get_ok(client, "/api/v1/plans/milton-keynes/proposals")
        .await;
    let in_list = list["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .expect("the proposal is in the list")["properties"]["next_steps"]
        .clone();
    assert_eq!(one, in_list, "the list offers what the proposal offers");
    serde_json::from_value(one).expect("next_steps is a list of statuses")
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_proposer_and_the_operator_are_offered_their_own_steps_and_no_one_else_any(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool).await;
    let group = app.signed_in("resident").await;
    let engineer = app.signed_in("dno_engineer").await;
    let admin = app.signed_in("admin").await;
    let stranger = app.signed_in("resident").await;

    let draft = propose(&app, &group, true).await;
    assert_eq!(
        next_steps(&app, &group, &draft).await,
        ["submitted", "withdrawn"]
    );

    let id = propose(&app, &group, false).await;
    assert_eq!(next_steps(&app, &group, &id).await, ["withdrawn"]);
    assert_eq!(
        next_steps(&app, &engineer, &id).await,
        [
            "under_review",
            "can_connect",
            "needs_study",
            "needs_reinforcement",
            "cannot_connect"
        ]
    );

    answer(&app, &engineer, &id, "can_connect").await;
    assert_eq!(
        next_steps(&app, &group, &id).await,
        ["withdrawn", "going_ahead"]
    );
    let operator = ["needs_study", "needs_reinforcement", "cannot_connect"];
    assert_eq!(next_steps(&app, &engineer, &id).await, operator);
    assert_eq!(next_steps(&app, &admin, &id).await, operator);
    assert!(next_steps(&app, &stranger, &id).await.is_empty());
    assert!(next_steps(&app, &visitor(), &id).await.is_empty());
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_step_that_was_offered_succeeds_and_one_that_was_not_is_refused(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let group = app.signed_in("resident").await;
    let engineer = app.signed_in("dno_engineer").await;
    let stranger = app.signed_in("resident").await;
    let id = propose(&app, &group, false).await;
    answer(&app, &engineer, &id, "can_connect").await;

    let offered = next_steps(&app, &group, &id).await;
    for to in STATUSES.iter().filter(|s| !offered.iter().any(|o| o == *s)) {
        let r = step(&app, &group, &id, to).await;
        assert_eq!(r.status(), 409, "can_connect → {to} was not offered");
        let problem: Value = r.json().await.unwrap();
        assert_eq!(problem["code"], "conflict");
    }
    // Nothing was offered to a stranger, and nothing is allowed them.
    assert_eq!(step(&app, &stranger, &id, "withdrawn").await.status(), 403);
    assert_eq!(
        seen(&app, &group, &id).await["properties"]["status"],
        "can_connect"
    );

    let r = step(&app, &group, &id, "going_ahead").await;
    assert_eq!(r.status(), 200);
    let moved: Value = r.json().await.unwrap();
    assert_eq!(moved["properties"]["status"], "going_ahead");
    assert_eq!(
        moved["properties"]["next_steps"],
        json!([]),
        "going ahead is the end of the road"
    );
    assert_eq!(step(&app, &group, &id, "withdrawn").await.status(), 409);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn openapi_describes_the_steps_a_proposal_offers(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (_, spec) = app.get_json("/openapi.json").await;
    let properties = &spec["components"]["schemas"]["ProposalProperties"]["properties"];
    assert!(
        properties["next_steps"].is_object(),
        "next_steps is documented"
    );
    let one = &spec["paths"]["/api/v1/proposals/{id}"]["get"]["responses"]["200"]["content"]["application/geo+json"]
        ["schema"]["$ref"];
    assert_eq!(one, "#/components/schemas/ProposalFeature");
}

/// Skips events until the proposal `id` is said to be `status`.
async fn until_status(stream: &mut EventStream, id: &str, status: &str) -> Sse {
    loop {
        let e = stream.next().await;
        if e.kind == "proposal" && e.data["id"] == id && e.data["status"] == status {
            return e;
        }
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn status_changes_and_answers_reach_open_streams_with_public_fields_only(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    app.events_ready().await;
    let group = app.signed_in("resident").await;
    let engineer = app.signed_in("dno_engineer").await;
    let mut public = EventStream::open(&app, &visitor(), None).await;
    let mut engineers = EventStream::open(&app, &engineer, None).await;

    // A draft is the group's own: the first anyone hears of it is its submission.
    let id = propose(&app, &group, true).await;
    assert_eq!(step(&app, &group, &id, "submitted").await.status(), 200);
    let first = public.next().await;
    assert_eq!(first.kind, "proposal");
    assert_eq!(first.data["id"], id.as_str());
    assert_eq!(first.data["status"], "submitted");

    answer(&app, &engineer, &id, "can_connect").await;
    let answered = until_status(&mut public, &id, "can_connect").await;
    // Only the id, the status and when: no figures, no answer text, no author.
    let mut keys: Vec<&str> = answered
        .data
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["at", "id", "status"]);
    assert!(
        time::OffsetDateTime::parse(
            answered.data["at"].as_str().unwrap(),
            &time::format_description::well_known::Rfc3339
        )
        .is_ok(),
        "`at` is a time: {}",
        answered.data["at"]
    );
    until_status(&mut engineers, &id, "can_connect").await;

    assert_eq!(step(&app, &group, &id, "going_ahead").await.status(), 200);
    until_status(&mut public, &id, "going_ahead").await;

    // A stream resumed from before the answer replays what it missed.
    let mut resumed = EventStream::open(&app, &visitor(), Some(first.id)).await;
    let mut statuses = Vec::new();
    while statuses.last() != Some(&"going_ahead".to_owned()) {
        let e = resumed.next().await;
        if e.kind == "proposal" {
            statuses.push(e.data["status"].as_str().unwrap().to_owned());
        }
    }
    assert_eq!(statuses, ["under_review", "can_connect", "going_ahead"]);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_outline_site_must_be_a_closed_ring_whose_sides_do_not_cross(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let group = app.signed_in("resident").await;
    let with_site = |site: Value| {
        json!({ "title": "Solar meadow", "technology": "solar_pv", "capacity_kw": 500.0,
                "export_kw": 500.0, "site": site, "group_name": "Fishermead Community Energy",
                "description": null })
    };
    let path = "/api/v1/plans/milton-keynes/proposals";
    let count = || async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM proposals")
            .fetch_one(&app.pool)
            .await
            .unwrap()
    };
    let before = count().await;
    // A bow tie: its sides cross (this was a 500 from the database).
    let bow_tie = json!({ "type": "Polygon", "coordinates": [[
        [-0.752, 52.032], [-0.745, 52.038], [-0.745, 52.032], [-0.752, 52.038], [-0.752, 52.032]
    ]] });
    // A ring that does not end where it starts, and one of two corners.
    let open = json!({ "type": "Polygon", "coordinates": [[
        [-0.752, 52.032], [-0.745, 52.032], [-0.745, 52.038], [-0.752, 52.038]
    ]] });
    let short = json!({ "type": "Polygon", "coordinates": [[[-0.752, 52.032], [-0.745, 52.032], [-0.752, 52.032]]] });
    for site in [bow_tie, open, short] {
        let (status, problem) = app
            .post_json_as(&group, path, &with_site(site.clone()))
            .await;
        assert_eq!(status, 422, "{site}: {problem}");
        assert_eq!(problem["errors"][0]["field"], "site", "{problem}");
    }
    assert_eq!(count().await, before, "nothing written");
    // A good outline, with no description (null, as a form with the field left empty sends).
    let square = json!({ "type": "Polygon", "coordinates": [[
        [-0.752, 52.032], [-0.745, 52.032], [-0.745, 52.038], [-0.752, 52.038], [-0.752, 52.032]
    ]] });
    let created = app.post_ok(&group, path, &with_site(square)).await;
    assert_eq!(created["geometry"]["type"], "Polygon");
    assert_eq!(created["properties"]["description"], "");
}

//! Community energy projects (issue 19): a going-ahead proposal becomes a project, the
//! stage table, team-only edits, figures' bounds, volunteers' double opt-in and
//! forgetting, champions near a place, "I'd like help" mails, the meter CSV, the
//! learning library and the monthly update mail.

use reqwest::Client;
use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_tests::mail::Inbox;
use waymark_tests::{PASSWORD, TestApp, feature_at, visitor};

const FISHERMEAD: [f64; 2] = [-0.749, 52.035];
const BLETCHLEY: [f64; 2] = [-0.736, 51.996];

/// A client signed in as a new account with `role`, and its e-mail.
async fn account(app: &TestApp, role: &str) -> (Client, String) {
    let email = app.create_user(role).await;
    let client = visitor();
    let (status, _) = app
        .post_json_as(
            &client,
            "/api/v1/auth/login",
            &json!({ "email": email, "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, 200);
    (client, email)
}

/// A proposal by `group` that the operator answered and the group said is going ahead.
async fn going_ahead_proposal(app: &TestApp, group: &Client) -> String {
    let proposal = app
        .post_ok(
            group,
            "/api/v1/plans/milton-keynes/proposals",
            &json!({
                "title": "Solar on Fishermead school", "technology": "solar_pv",
                "capacity_kw": 120, "export_kw": 100, "group_name": "Fishermead Energy",
                "description": "Panels on the school roof, owned by the neighbourhood.",
                "site": { "type": "Point", "coordinates": FISHERMEAD }
            }),
        )
        .await;
    let id = proposal["id"].as_str().unwrap().to_owned();
    let operator = app.signed_in("dno_engineer").await;
    for (who, to) in [
        (&operator, "under_review"),
        (&operator, "can_connect"),
        (group, "going_ahead"),
    ] {
        app.post_ok(
            who,
            &format!("/api/v1/proposals/{id}/transitions"),
            &json!({ "to": to }),
        )
        .await;
    }
    id
}

/// A project a group started itself in Fishermead; the client leads its team.
async fn own_project(app: &TestApp, lead: &Client) -> String {
    let created = app
        .post_ok(
            lead,
            "/api/v1/plans/milton-keynes/projects",
            &json!({
                "title": "Fishermead heat pump club", "technology": "heat_pump",
                "story": "Neighbours buying heat pumps together.",
                "site": { "type": "Point", "coordinates": FISHERMEAD },
                "homes_served": 12
            }),
        )
        .await;
    created["id"].as_str().unwrap().to_owned()
}

async fn send(client: &Client, method: &str, url: String, body: &Value) -> (u16, Value) {
    let response = client
        .request(method.parse().unwrap(), url)
        .json(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|e| {
            e.iter()
                .map(|f| f["field"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_going_ahead_proposal_becomes_a_project_that_moves_one_stage_at_a_time(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (group, _) = account(&app, "resident").await;
    let proposal = going_ahead_proposal(&app, &group).await;

    // Someone else may not take it over.
    let (stranger, _) = account(&app, "resident").await;
    let path = format!("/api/v1/proposals/{proposal}/project");
    // The proposal's page asks first: only its proposer is offered the step.
    let asked = app.get_ok(&stranger, &path).await;
    assert_eq!(asked, json!({ "project": null, "can_create": false }));
    let asked = app.get_ok(&group, &path).await;
    assert_eq!(asked, json!({ "project": null, "can_create": true }));
    let url = app.url(&path);
    let (status, problem) = send(&stranger, "POST", url.clone(), &json!({})).await;
    assert_eq!(status, 403, "{problem}");

    let (status, project) = send(&group, "POST", url.clone(), &json!({})).await;
    assert_eq!(status, 201, "{project}");
    assert_eq!(project["slug"], "solar-on-fishermead-school");
    assert_eq!(project["stage"], "forming");
    assert_eq!(project["kwp"], 120.0);
    assert_eq!(project["proposal"], proposal.as_str());
    assert_eq!(
        project["story"],
        "Panels on the school roof, owned by the neighbourhood."
    );
    // Once only.
    let asked = app.get_ok(&group, &path).await;
    assert_eq!(asked["can_create"], false);
    assert_eq!(asked["project"]["slug"], "solar-on-fishermead-school");
    let (status, problem) = send(&group, "POST", url, &json!({})).await;
    assert_eq!(status, 409, "{problem}");
    assert_eq!(problem["code"], "conflict");

    let id = project["id"].as_str().unwrap();
    let page = app
        .get_ok(
            &group,
            "/api/v1/plans/milton-keynes/projects/solar-on-fishermead-school",
        )
        .await;
    assert_eq!(page["can_edit"], true);
    assert_eq!(page["next_stages"], json!(["feasibility"]));
    assert_eq!(page["team"][0]["role"], "lead");
    let stage = app.url(&format!("/api/v1/projects/{id}/stage"));
    // Skipping a stage is refused and changes nothing.
    let (status, problem) = send(&group, "POST", stage.clone(), &json!({ "to": "funding" })).await;
    assert_eq!(status, 409, "{problem}");
    assert!(problem["detail"].as_str().unwrap().contains("forming"));
    for to in ["feasibility", "funding", "building", "generating"] {
        let (status, moved) = send(&group, "POST", stage.clone(), &json!({ "to": to })).await;
        assert_eq!(status, 200, "{to}: {moved}");
        assert_eq!(moved["stage"], to);
    }
    let (status, _) = send(&group, "POST", stage, &json!({ "to": "building" })).await;
    assert_eq!(status, 409, "nothing after generating");
    let page = app
        .get_ok(&visitor(), &format!("/api/v1/projects/{id}"))
        .await;
    let history: Vec<&str> = page["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["to"].as_str().unwrap())
        .collect();
    assert_eq!(
        history,
        [
            "forming",
            "feasibility",
            "funding",
            "building",
            "generating"
        ]
    );
    assert_eq!(page["can_edit"], false, "a visitor may not edit");
    assert_eq!(page["next_stages"], json!([]));

    // A proposal that is not going ahead cannot become a project.
    let submitted = app
        .post_ok(
            &group,
            "/api/v1/plans/milton-keynes/proposals",
            &json!({ "title": "Battery", "technology": "battery", "capacity_kw": 500,
                     "group_name": "Fishermead Energy",
                     "site": { "type": "Point", "coordinates": FISHERMEAD } }),
        )
        .await;
    let (status, problem) = send(
        &group,
        "POST",
        app.url(&format!(
            "/api/v1/proposals/{}/project",
            submitted["id"].as_str().unwrap()
        )),
        &json!({}),
    )
    .await;
    assert_eq!(status, 409, "{problem}");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn only_the_team_and_admins_edit_a_project(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (lead, _) = account(&app, "resident").await;
    let id = own_project(&app, &lead).await;
    let url = app.url(&format!("/api/v1/projects/{id}"));
    let change = json!({ "story": "We meet on Tuesdays." });

    let (status, _) = send(&visitor(), "PATCH", url.clone(), &change).await;
    assert_eq!(status, 401);
    let (neighbour, neighbour_email) = account(&app, "resident").await;
    let (status, problem) = send(&neighbour, "PATCH", url.clone(), &change).await;
    assert_eq!(status, 403, "{problem}");
    let (status, _) = send(
        &neighbour,
        "POST",
        app.url(&format!("/api/v1/projects/{id}/updates")),
        &json!({ "text": "Not mine to post" }),
    )
    .await;
    assert_eq!(status, 403);
    let (status, _) = send(
        &neighbour,
        "POST",
        app.url(&format!("/api/v1/projects/{id}/stage")),
        &json!({ "to": "feasibility" }),
    )
    .await;
    assert_eq!(status, 403);

    // The lead adds the neighbour to the team, who may then edit.
    let (status, _) = send(
        &lead,
        "POST",
        app.url(&format!("/api/v1/projects/{id}/team")),
        &json!({ "email": neighbour_email }),
    )
    .await;
    assert_eq!(status, 204);
    let (status, body) = send(&neighbour, "PATCH", url.clone(), &change).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["story"], "We meet on Tuesdays.");
    let admin = app.signed_in("admin").await;
    let (status, _) = send(&admin, "PATCH", url.clone(), &json!({ "kwp": 4.5 })).await;
    assert_eq!(status, 200);

    // Figures: a 50 MW rooftop and negative homes are named, nothing changes.
    let (status, problem) = send(
        &lead,
        "PATCH",
        url.clone(),
        &json!({ "rooftop": true, "kwp": 50000, "homes_served": -3 }),
    )
    .await;
    assert_eq!(status, 422, "{problem}");
    assert_eq!(fields(&problem), ["kwp", "homes_served"]);
    let page = app.get_ok(&lead, &format!("/api/v1/projects/{id}")).await;
    assert_eq!(page["kwp"], 4.5);
    assert_eq!(page["homes_served"], 12);
    assert_eq!(page["rooftop"], false);
    let (status, _) = send(
        &lead,
        "POST",
        app.url("/api/v1/plans/milton-keynes/projects"),
        &json!({ "title": "Huge roof", "technology": "solar_pv", "rooftop": true, "kwp": 50000,
                 "site": { "type": "Point", "coordinates": FISHERMEAD } }),
    )
    .await;
    assert_eq!(status, 422);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_volunteer_confirms_by_mail_is_exported_and_is_forgotten_on_leaving(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut inbox = Inbox::new();
    let (lead, _) = account(&app, "resident").await;
    let id = own_project(&app, &lead).await;
    let role = app
        .post_ok(
            &lead,
            &format!("/api/v1/projects/{id}/roles"),
            &json!({ "title": "Door-knocker for the share offer",
                     "description": "Two evenings in March" }),
        )
        .await;
    let role = role["id"].as_str().unwrap();
    let signup = format!("/api/v1/projects/{id}/roles/{role}/volunteers");
    let resident = visitor();
    let body = json!({ "email": "Ada@Example.org", "name": "Ada" });
    let (status, _) = app.post_json_as(&resident, &signup, &body).await;
    assert_eq!(status, 202);
    // Asking again: the same answer, no second mail.
    let (status, _) = app.post_json_as(&resident, &signup, &body).await;
    assert_eq!(status, 202);
    let mails = inbox.deliver(&app.pool).await;
    assert_eq!(mails.len(), 1, "{mails:?}");
    let mail = &mails[0];
    assert_eq!(mail.to, "ada@example.org");
    assert!(
        mail.subject.contains("Fishermead heat pump club"),
        "{}",
        mail.subject
    );
    assert!(mail.body.contains("Door-knocker for the share offer"));

    // Not confirmed yet: the team sees nobody.
    let list = app
        .get_ok(&lead, &format!("/api/v1/projects/{id}/volunteers"))
        .await;
    assert_eq!(list, json!([]));
    let (status, _) = app
        .get_json_as(&resident, &format!("/api/v1/projects/{id}/volunteers"))
        .await;
    assert_eq!(status, 401);

    // Opening the link shows a button; pressing it confirms.
    let confirm = mail.link(&format!("http://{}/volunteer/confirm", app.address));
    let page = resident.get(&confirm).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Confirm"));
    let token = mail.token(&format!("http://{}/volunteer/confirm", app.address));
    let done = resident
        .post(app.url("/volunteer/confirm"))
        .form(&[("token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    let text = done.text().await.unwrap();
    assert!(text.contains("Fishermead heat pump club"), "{text}");

    let list = app
        .get_ok(&lead, &format!("/api/v1/projects/{id}/volunteers"))
        .await;
    assert_eq!(list[0]["email"], "ada@example.org");
    assert_eq!(list[0]["name"], "Ada");
    assert_eq!(list[0]["role"], "Door-knocker for the share offer");
    let csv = lead
        .get(app.url(&format!("/api/v1/projects/{id}/volunteers.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), 200);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("role,email,name,confirmed_at\r\n"), "{csv}");
    assert!(csv.contains("\"Door-knocker for the share offer\",\"ada@example.org\",\"Ada\","));
    let page = app
        .get_ok(&visitor(), &format!("/api/v1/projects/{id}"))
        .await;
    assert_eq!(page["roles"][0]["volunteers"], 1);
    // Confirmed already: asking again sends nothing.
    let (status, _) = app.post_json_as(&visitor(), &signup, &body).await;
    assert_eq!(status, 202);
    assert!(inbox.deliver(&app.pool).await.is_empty());

    // Leaving deletes the row.
    let leave = mail.token(&format!("http://{}/volunteer/leave", app.address));
    let left = visitor()
        .post(app.url("/volunteer/leave"))
        .form(&[("token", leave.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(left.status(), 200);
    let rows: i64 =
        sqlx::query_scalar("SELECT count(*) FROM volunteers WHERE email = 'ada@example.org'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(rows, 0);
    let list = app
        .get_ok(&lead, &format!("/api/v1/projects/{id}/volunteers"))
        .await;
    assert_eq!(list, json!([]));

    // A bad address is named; a made-up link confirms nothing.
    let (status, problem) = app
        .post_json_as(&visitor(), &signup, &json!({ "email": "not an address" }))
        .await;
    assert_eq!(status, 422);
    assert_eq!(fields(&problem), ["email"]);
    let (status, _) = app
        .post_json_as(
            &visitor(),
            &format!(
                "/api/v1/projects/{id}/roles/{}/volunteers",
                uuid::Uuid::new_v4()
            ),
            &json!({ "email": "bo@example.org" }),
        )
        .await;
    assert_eq!(status, 404);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn champions_are_found_near_a_place_with_the_neighbourhoods_they_cover(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (fishermead, fishermead_email) = account(&app, "resident").await;
    let (bletchley, _) = account(&app, "resident").await;
    for (client, name, covers) in [
        (&fishermead, "Fatima", json!(["fishermead", "springfield"])),
        (&bletchley, "Bill", json!(["bletchley"])),
    ] {
        let (status, body) = app
            .put_json_as(
                client,
                "/api/v1/plans/milton-keynes/champions/me",
                &json!({ "name": name, "neighbourhoods": covers,
                         "can_help_with": ["solar", "bills"], "training": "Energy advice level 3" }),
            )
            .await;
        assert_eq!(status, 200, "{body}");
    }
    let (status, problem) = app
        .put_json_as(
            &bletchley,
            "/api/v1/plans/milton-keynes/champions/me",
            &json!({ "name": "Bill", "neighbourhoods": ["atlantis"] }),
        )
        .await;
    assert_eq!(status, 422, "{problem}");

    let near = format!(
        "/api/v1/plans/milton-keynes/champions?near={},{}&within_m=2000",
        FISHERMEAD[0], FISHERMEAD[1]
    );
    // Residents may not list champions; a facilitator may.
    let (status, _) = app.get_json_as(&visitor(), &near).await;
    assert_eq!(status, 401);
    let (status, _) = app.get_json_as(&fishermead, &near).await;
    assert_eq!(status, 403);
    let facilitator = app.signed_in("facilitator").await;
    let found = app.get_ok(&facilitator, &near).await;
    let found = found.as_array().unwrap();
    assert_eq!(
        found.len(),
        1,
        "Bletchley is more than 2 km away: {found:?}"
    );
    assert_eq!(found[0]["name"], "Fatima");
    assert_eq!(found[0]["email"], fishermead_email.as_str());
    assert_eq!(found[0]["distance_m"], 0.0);
    assert_eq!(
        found[0]["neighbourhood_names"],
        json!(["Fishermead", "Springfield"])
    );
    assert_eq!(found[0]["can_help_with"], json!(["solar", "bills"]));
    let all = app
        .get_ok(
            &facilitator,
            &format!(
                "/api/v1/plans/milton-keynes/champions?near={},{}&within_m=20000",
                BLETCHLEY[0], BLETCHLEY[1]
            ),
        )
        .await;
    let names: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Bill", "Fatima"], "nearest first");
    // A project's team may find champions too.
    let (lead, _) = account(&app, "resident").await;
    own_project(&app, &lead).await;
    let (status, _) = app.get_json_as(&lead, &near).await;
    assert_eq!(status, 200);

    // "I'd like help with this" on an energy pin in Fishermead mails Fatima, once.
    let mut inbox = Inbox::new();
    let mut pin = feature_at(
        "Could our flats share solar panels?",
        FISHERMEAD[0],
        FISHERMEAD[1],
    );
    pin["properties"]["themes"] = json!(["energy"]);
    let created: Value = app
        .post_feature(&visitor(), &pin)
        .await
        .json()
        .await
        .unwrap();
    let help = format!(
        "/api/v1/contributions/{}/help",
        created["id"].as_str().unwrap()
    );
    let resident = visitor();
    for _ in 0..2 {
        let (status, _) = app.post_json_as(&resident, &help, &json!({})).await;
        assert_eq!(status, 202);
    }
    let mails = inbox.deliver(&app.pool).await;
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert_eq!(mails[0].to, fishermead_email);
    assert!(mails[0].subject.contains("Fishermead"));
    assert!(
        mails[0]
            .body
            .contains("Could our flats share solar panels?")
    );
    // Not about energy: champions are not asked.
    let mut other = feature_at("A bench please", FISHERMEAD[0], FISHERMEAD[1]);
    other["properties"]["themes"] = json!(["community"]);
    let created: Value = app
        .post_feature(&visitor(), &other)
        .await
        .json()
        .await
        .unwrap();
    let (status, _) = app
        .post_json_as(
            &resident,
            &format!(
                "/api/v1/contributions/{}/help",
                created["id"].as_str().unwrap()
            ),
            &json!({}),
        )
        .await;
    assert_eq!(status, 422);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_meter_csv_names_its_bad_lines_and_writes_nothing_then(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (lead, _) = account(&app, "resident").await;
    let id = own_project(&app, &lead).await;
    let import = app.url(&format!("/api/v1/projects/{id}/generation/import"));
    let post = |csv: &'static str| {
        lead.post(import.clone())
            .header("content-type", "text/csv")
            .body(csv)
            .send()
    };
    let bad = post("month,kwh\n2026-05,1200\n2026-13,40\nMay,x\n2026-07,-5\n")
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    let problem: Value = bad.json().await.unwrap();
    assert_eq!(fields(&problem), ["line 3", "line 4", "line 5"]);
    let page = app.get_ok(&lead, &format!("/api/v1/projects/{id}")).await;
    assert_eq!(page["generation"], json!([]), "nothing written");

    let good = post("month,kwh\n2026-05,1200.5\n2026-06,1350\n")
        .await
        .unwrap();
    assert_eq!(good.status(), 200);
    let months: Value = good.json().await.unwrap();
    assert_eq!(
        months,
        json!([{ "month": "2026-05", "kwh": 1200.5, "source": "imported" },
               { "month": "2026-06", "kwh": 1350.0, "source": "imported" }])
    );
    // Typed in: a month again replaces the reading.
    let (status, months) = app
        .put_json_as(
            &lead,
            &format!("/api/v1/projects/{id}/generation"),
            &json!([{ "month": "2026-06", "kwh": 1400 }]),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        months[1],
        json!({ "month": "2026-06", "kwh": 1400.0, "source": "entered" })
    );
    // Someone else's file is refused.
    let (neighbour, _) = account(&app, "resident").await;
    let refused = neighbour
        .post(import)
        .header("content-type", "text/csv")
        .body("2026-07,1")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_module_is_completed_once_its_quiz_is_right(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    let module = json!({
        "title": "What is community energy?",
        "body_md": "Community energy is energy that **local people** own and run.",
        "step": "form_group",
        "quiz": [{ "question": "Who owns a community energy project?",
                   "options": ["A big company", "Local people"], "answer": 1 }]
    });
    let url = "/api/v1/plans/milton-keynes/library/what-is-community-energy";
    let (status, _) = app
        .put_json_as(&app.signed_in("resident").await, url, &module)
        .await;
    assert_eq!(status, 403, "only admins write modules");
    let response = admin.put(app.url(url)).json(&module).send().await.unwrap();
    assert_eq!(response.status(), 204);

    let (champion, _) = account(&app, "resident").await;
    let library = app
        .get_ok(&champion, "/api/v1/plans/milton-keynes/library")
        .await;
    assert_eq!(library[0]["title"], "What is community energy?");
    assert_eq!(library[0]["completed"], false);
    assert_eq!(library[0]["step"], "form_group");
    assert_eq!(
        library[0]["body_html"],
        "<p>Community energy is energy that <strong>local people</strong> own and run.</p>\n"
    );
    assert!(
        library[0]["quiz"][0].get("answer").is_none(),
        "the answer stays on the server"
    );

    let completion = format!("{url}/completion");
    let (status, problem) = app
        .post_json_as(&champion, &completion, &json!({ "answers": [0] }))
        .await;
    assert_eq!(status, 422);
    assert_eq!(fields(&problem), ["quiz[0]"]);
    let response = champion
        .post(app.url(&completion))
        .json(&json!({ "answers": [1] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let library = app
        .get_ok(&champion, "/api/v1/plans/milton-keynes/library")
        .await;
    assert_eq!(library[0]["completed"], true);

    // A quiz whose answer is not an option is refused.
    let mut wrong = module.clone();
    wrong["quiz"][0]["answer"] = json!(7);
    let (status, problem) = app.put_json_as(&admin, url, &wrong).await;
    assert_eq!(status, 422);
    assert_eq!(fields(&problem), ["quiz[0]"]);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn followers_get_a_monthly_mail_of_the_updates(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut inbox = Inbox::new();
    let (lead, _) = account(&app, "resident").await;
    let id = own_project(&app, &lead).await;
    let (follower, follower_email) = account(&app, "resident").await;
    let response = follower
        .post(app.url(&format!("/api/v1/projects/{id}/followers")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    // A month has passed since they followed.
    sqlx::query("UPDATE project_followers SET created_at = now() - interval '32 days'")
        .execute(&app.pool)
        .await
        .unwrap();
    app.post_ok(
        &lead,
        &format!("/api/v1/projects/{id}/updates"),
        &json!({ "text": "Twelve households signed up this month." }),
    )
    .await;
    let queued = waymark::mail::project_updates(&app.pool, "http://waymark.test")
        .await
        .unwrap();
    assert_eq!(queued, 1);
    let mails = inbox.deliver_to(&app.pool, &follower_email).await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].subject.contains("Fishermead heat pump club"));
    assert!(
        mails[0]
            .body
            .contains("Twelve households signed up this month.")
    );
    // Not again within the month; the link stops it.
    assert_eq!(
        waymark::mail::project_updates(&app.pool, "http://waymark.test")
            .await
            .unwrap(),
        0
    );
    let token = mails[0].token("http://waymark.test/projects/unfollow");
    let stopped = visitor()
        .post(app.url(&format!("/projects/unfollow?token={token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.status(), 200);
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM project_followers")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(rows, 0);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_city_wide_totals_count_projects_by_stage(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (lead, _) = account(&app, "resident").await;
    let id = own_project(&app, &lead).await;
    app.patch_json_as(
        &lead,
        &format!("/api/v1/projects/{id}"),
        &json!({ "kwp": 40 }),
    )
    .await;
    let totals = app
        .get_ok(&visitor(), "/api/v1/plans/milton-keynes/projects-totals")
        .await;
    assert_eq!(
        totals["by_stage"][0],
        json!({ "stage": "forming", "projects": 1, "kwp": 40.0 })
    );
    assert_eq!(totals["kwp_pipeline"], 40.0);
    assert_eq!(totals["kwp_generating"], 0.0);
    let list = app
        .get_ok(&visitor(), "/api/v1/plans/milton-keynes/projects")
        .await;
    assert_eq!(list[0]["title"], "Fishermead heat pump club");
    let (status, _) = app.get_json("/api/v1/plans/nowhere/projects").await;
    assert_eq!(status, 404);
}

/// A 1×1 PNG.
const PNG: [u8; 69] = [
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0,
    0, 0, 144, 119, 83, 222, 0, 0, 0, 12, 73, 68, 65, 84, 120, 156, 99, 248, 191, 128, 1, 0, 4, 65,
    1, 160, 209, 98, 179, 50, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
];

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_update_photo_must_be_a_small_image_and_is_shown_inline(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    waymark::seed::load_plan(&mut conn).await.unwrap();
    drop(conn);
    let config = waymark_api::ApiConfig {
        limits: waymark_tests::NO_LIMITS,
        files: waymark_api::files::FileStore::in_memory(4096),
        ..Default::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    let (lead, _) = account(&app, "resident").await;
    let id = own_project(&app, &lead).await;
    let update = app
        .post_ok(
            &lead,
            &format!("/api/v1/projects/{id}/updates"),
            &json!({ "text": "The panels are on the roof!" }),
        )
        .await;
    let photo = app.url(&format!(
        "/api/v1/projects/{id}/updates/{}/photo?alt=Panels%20on%20the%20roof&name=roof.png",
        update["id"].as_str().unwrap()
    ));
    let files = || async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM files")
            .fetch_one(&app.pool)
            .await
            .unwrap()
    };
    // HTML named like a photo, a PDF, and too many bytes: refused, nothing stored.
    for (bytes, status, code) in [
        (
            b"<html><script>alert(1)</script></html>".to_vec(),
            415,
            "file_type_not_allowed",
        ),
        (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec(),
            415,
            "file_type_not_allowed",
        ),
        (
            [PNG.to_vec(), vec![0; 5000]].concat(),
            413,
            "file_too_large",
        ),
    ] {
        let r = lead.post(photo.clone()).body(bytes).send().await.unwrap();
        assert_eq!(r.status(), status);
        let problem: Value = r.json().await.unwrap();
        assert_eq!(problem["code"], code);
    }
    assert_eq!(files().await, 0);
    let (neighbour, _) = account(&app, "resident").await;
    let r = neighbour
        .post(photo.clone())
        .body(PNG.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    let r = lead.post(photo).body(PNG.to_vec()).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let page = app
        .get_ok(&visitor(), &format!("/api/v1/projects/{id}"))
        .await;
    let shown = &page["updates"][0]["photo"];
    let posted = page["updates"][0]["posted_on"].as_str().unwrap();
    assert!(
        posted.len() == 10 && posted.as_bytes()[4] == b'-',
        "a day as YYYY-MM-DD: {posted}"
    );
    assert_eq!(shown["alt"], "Panels on the roof");
    let image = visitor()
        .get(app.url(shown["url"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(image.status(), 200);
    assert_eq!(image.headers()["content-type"], "image/png");
    assert!(
        image.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("inline")
    );
    assert_eq!(image.headers()["x-content-type-options"], "nosniff");
    assert_eq!(image.bytes().await.unwrap().as_ref(), PNG);

    // A document downloads as an attachment.
    let r = lead
        .post(app.url(&format!(
            "/api/v1/projects/{id}/documents?title=Share%20offer&name=offer.pdf"
        )))
        .body(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n".to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let document: Value = r.json().await.unwrap();
    let download = visitor()
        .get(app.url(document["url"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), 200);
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let page = app
        .get_ok(&visitor(), &format!("/api/v1/projects/{id}"))
        .await;
    assert_eq!(page["documents"][0]["title"], "Share offer");
    // A file of the store that is not this project's is not served through it.
    let other = own_project(&app, &lead).await;
    let (status, _) = app
        .get_json(&format!(
            "/api/v1/projects/{other}/files/{}",
            document["url"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
        ))
        .await;
    assert_eq!(status, 404);
}

/// The `stage` of each feature of a projects tile.
fn stages_in(tile: Vec<u8>) -> Vec<String> {
    if tile.is_empty() {
        return Vec::new();
    }
    let reader = mvt_reader::Reader::new(tile).expect("a valid MVT");
    assert_eq!(reader.get_layer_names().unwrap(), ["projects"]);
    reader
        .get_features(0)
        .unwrap()
        .into_iter()
        .map(|f| match f.properties.unwrap_or_default().get("stage") {
            Some(mvt_reader::feature::Value::String(s)) => s.clone(),
            other => panic!("no stage: {other:?}"),
        })
        .collect()
}

/// The stages in the tile at `path` once they show `want`: the tile listener hears of a
/// write through NOTIFY, a moment after the write's answer, so this asks again until the
/// tile changes (a bounded number of times, never waiting a set time).
async fn stages_after_notify(app: &TestApp, path: &str, want: &str) -> Vec<String> {
    let mut seen = Vec::new();
    for _ in 0..500 {
        let (_, _, tile) = app.fetch_tile(path).await;
        seen = stages_in(tile);
        if seen == [want] {
            break;
        }
        tokio::task::yield_now().await;
    }
    seen
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn projects_are_on_the_map_by_stage_and_in_the_ogc_collection(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (x, y): (i32, i32) = sqlx::query_as(
        "WITH p AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 3857) AS g)
         SELECT floor((ST_X(g) + 20037508.342789244) / (40075016.68557849 / 2 ^ 14))::int,
                floor((20037508.342789244 - ST_Y(g)) / (40075016.68557849 / 2 ^ 14))::int FROM p",
    )
    .bind(FISHERMEAD[0])
    .bind(FISHERMEAD[1])
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let path = format!("/tiles/projects/14/{x}/{y}.mvt");
    let (status, _, tile) = app.fetch_tile(&path).await;
    assert!(status == 200 || status == 204);
    assert!(stages_in(tile).is_empty());

    let (lead, _) = account(&app, "resident").await;
    let id = own_project(&app, &lead).await;
    // The cached empty tile is dropped when the tile listener hears of the write.
    assert_eq!(
        stages_after_notify(&app, &path, "forming").await,
        ["forming"]
    );
    app.post_ok(
        &lead,
        &format!("/api/v1/projects/{id}/stage"),
        &json!({ "to": "feasibility" }),
    )
    .await;
    assert_eq!(
        stages_after_notify(&app, &path, "feasibility").await,
        ["feasibility"]
    );

    let (status, catalogue) = app.get_json("/tiles/projects.json").await;
    assert_eq!(status, 200);
    assert_eq!(catalogue["vector_layers"][0]["id"], "projects");
    let (status, items) = app.get_json("/ogc/collections/projects/items").await;
    assert_eq!(status, 200);
    assert_eq!(items["features"][0]["properties"]["stage"], "feasibility");
    assert_eq!(
        items["features"][0]["properties"]["title"],
        "Fishermead heat pump club"
    );
    let (status, one) = app
        .get_json(&format!("/ogc/collections/projects/items/{id}"))
        .await;
    assert_eq!(status, 200, "{one}");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_demo_has_projects_at_several_stages_champions_and_three_modules(pool: PgPool) {
    let app = TestApp::with_demo(pool).await;
    let projects = app
        .get_ok(&visitor(), "/api/v1/plans/milton-keynes/projects")
        .await;
    let mut stages: Vec<&str> = projects
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["stage"].as_str().unwrap())
        .collect();
    stages.sort_unstable();
    assert_eq!(stages, ["building", "forming", "funding", "generating"]);
    assert!(
        projects
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["proposal"].is_string()),
        "the going-ahead proposal is a project"
    );
    let page = app
        .get_ok(
            &visitor(),
            "/api/v1/plans/milton-keynes/projects/springfield-centre-solar",
        )
        .await;
    assert_eq!(page["generation"].as_array().unwrap().len(), 6);
    assert_eq!(page["roles"].as_array().unwrap().len(), 2);
    assert_eq!(page["updates"].as_array().unwrap().len(), 2);
    // The seed's photo (a PNG it made) is in the file store and reads back as one.
    let photo = &page["updates"][0]["photo"];
    assert!(photo["alt"].as_str().unwrap().contains("(demo)"), "{photo}");
    let image = visitor()
        .get(app.url(photo["url"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(image.status(), 200);
    assert_eq!(image.headers()["content-type"], "image/png");
    let bytes = image.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    let library = app
        .get_ok(&visitor(), "/api/v1/plans/milton-keynes/library")
        .await;
    assert_eq!(library.as_array().unwrap().len(), 3);
    let facilitator = app.signed_in("facilitator").await;
    let champions = app
        .get_ok(
            &facilitator,
            &format!(
                "/api/v1/plans/milton-keynes/champions?near={},{}&within_m=500",
                FISHERMEAD[0], FISHERMEAD[1]
            ),
        )
        .await;
    assert_eq!(champions[0]["name"], "Fatima (demo)");
}

//! Accounts, roles, moderation, audit, abuse limits and cross-site protection.

use std::sync::{Arc, Mutex};

use reqwest::Client;
use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_tests::{PASSWORD, TestApp, feature, visitor};

const ROLES: [&str; 7] = [
    "anonymous",
    "resident",
    "mobiliser",
    "facilitator",
    "moderator",
    "dno_engineer",
    "admin",
];

async fn client_for(app: &TestApp, role: &str) -> Client {
    if role == "anonymous" {
        visitor()
    } else {
        app.signed_in(role).await
    }
}

/// A fresh contribution by someone else, so each request acts on its own target.
async fn someone_elses_pin(app: &TestApp) -> String {
    let created: Value = app
        .post_feature(&visitor(), &feature("Someone else's pin"))
        .await
        .json()
        .await
        .unwrap();
    created["id"].as_str().unwrap().to_owned()
}

async fn send(client: &Client, method: &str, url: String, body: Option<Value>) -> u16 {
    let mut request = client.request(method.parse().unwrap(), url);
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    request.send().await.unwrap().status().as_u16()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn every_role_against_every_write_and_moderation_route(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    // Expected status per role, in the order of ROLES.
    const OPEN: [u16; 7] = [0; 7];
    const SIGNED_IN: [u16; 7] = [401, 0, 0, 0, 0, 0, 0];
    const MODERATORS: [u16; 7] = [401, 403, 403, 403, 0, 403, 0];
    const ADMINS: [u16; 7] = [401, 403, 403, 403, 403, 403, 0];
    const AUTHOR_ONLY: [u16; 7] = [401, 403, 403, 403, 403, 403, 403];
    let routes: [(&str, &str, [u16; 7]); 15] = [
        ("POST", "contribution", OPEN),
        ("POST", "reply", OPEN),
        ("PUT", "support", OPEN),
        ("DELETE", "support", OPEN),
        ("POST", "flag", OPEN),
        ("PATCH", "edit someone else's", AUTHOR_ONLY),
        ("DELETE", "withdraw someone else's", AUTHOR_ONLY),
        ("POST", "moderation", MODERATORS),
        ("GET", "moderation queue", MODERATORS),
        ("GET", "contribution history", MODERATORS),
        ("GET", "audit log", ADMINS),
        ("PATCH", "plan settings", ADMINS),
        ("POST", "token", SIGNED_IN),
        ("GET", "me", SIGNED_IN),
        ("POST", "logout", OPEN),
    ];
    let mut failures = Vec::new();
    for (i, role) in ROLES.iter().enumerate() {
        let signed_in = client_for(&app, role).await;
        for (method, route, expected) in &routes {
            // Someone anonymous comes without any identity, not even a visitor cookie.
            let client = if *role == "anonymous" {
                visitor()
            } else {
                signed_in.clone()
            };
            let id = someone_elses_pin(&app).await;
            let c = format!("/api/v1/contributions/{id}");
            let (path, body) = match *route {
                "contribution" => (
                    "/api/v1/plans/milton-keynes/contributions".to_owned(),
                    Some(feature("From a role test")),
                ),
                "reply" => (format!("{c}/replies"), Some(json!({ "body": "Good idea" }))),
                "support" => (format!("{c}/support"), None),
                "flag" => (format!("{c}/flags"), Some(json!({ "reason": "Rude" }))),
                "edit someone else's" => (c.clone(), Some(json!({ "title": "Changed" }))),
                "withdraw someone else's" => (c.clone(), None),
                "moderation" => (
                    format!("{c}/moderation"),
                    Some(json!({ "action": "hide", "reason": "Spam" })),
                ),
                "moderation queue" => ("/api/v1/moderation/queue".to_owned(), None),
                "contribution history" => (format!("{c}/history"), None),
                "audit log" => ("/api/v1/audit".to_owned(), None),
                "plan settings" => (
                    "/api/v1/plans/milton-keynes".to_owned(),
                    Some(json!({ "moderation": "post" })),
                ),
                "token" => (
                    "/api/v1/auth/tokens".to_owned(),
                    Some(json!({ "name": "script" })),
                ),
                "me" => ("/api/v1/me".to_owned(), None),
                "logout" => ("/api/v1/auth/logout".to_owned(), None),
                other => unreachable!("{other}"),
            };
            // The logout route ends the session: run it last for each role.
            if *route == "logout" {
                continue;
            }
            let status = send(&client, method, app.url(&path), body).await;
            let want = expected[i];
            let ok = if want == 0 {
                (200..300).contains(&status)
            } else {
                status == want
            };
            if !ok {
                failures.push(format!(
                    "{role} {method} {route}: got {status}, expected {}",
                    if want == 0 {
                        "2xx".to_owned()
                    } else {
                        want.to_string()
                    }
                ));
            }
        }
        let status = send(&signed_in, "POST", app.url("/api/v1/auth/logout"), None).await;
        if status != 204 {
            failures.push(format!("{role} logout: got {status}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_plan_closed_to_anonymous_people_refuses_them_and_takes_residents(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let id = someone_elses_pin(&app).await;
    let admin = app.signed_in("admin").await;
    let r = admin
        .patch(app.url("/api/v1/plans/milton-keynes"))
        .json(&json!({ "allow_anonymous": false }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let rows = app.count_rows().await;
    let anonymous = visitor();
    let r = app
        .post_feature(&anonymous, &feature("Not signed in"))
        .await;
    assert_eq!(r.status(), 401);
    let problem: Value = r.json().await.unwrap();
    assert_eq!(problem["code"], "unauthorized");
    assert_eq!(
        send(
            &anonymous,
            "PUT",
            app.url(&format!("/api/v1/contributions/{id}/support")),
            None
        )
        .await,
        401
    );
    assert_eq!(app.count_rows().await, rows);
    let resident = app.signed_in("resident").await;
    assert_eq!(
        app.post_feature(&resident, &feature("Signed in"))
            .await
            .status(),
        201
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_hidden_contribution_is_gone_for_the_public_kept_for_moderators_and_audited(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool).await;
    let id = someone_elses_pin(&app).await;
    let path = format!("/api/v1/contributions/{id}");
    // A resident flags it; it shows in the queue.
    let resident = app.signed_in("resident").await;
    assert_eq!(
        send(
            &resident,
            "POST",
            app.url(&format!("{path}/flags")),
            Some(json!({ "reason": "Personal attack" }))
        )
        .await,
        202
    );
    let moderator = app.signed_in("moderator").await;
    let queue = app.get_ok(&moderator, "/api/v1/moderation/queue").await;
    let entry = queue["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id.as_str())
        .expect("in the queue");
    assert_eq!(entry["flag_reasons"], json!(["Personal attack"]));

    let r = app
        .post_ok(
            &moderator,
            &format!("{path}/moderation"),
            &json!({ "action": "hide", "reason": "Breaks the house rules" }),
        )
        .await;
    assert_eq!(r["status"], "hidden");

    let public = visitor();
    assert_eq!(
        public.get(app.url(&path)).send().await.unwrap().status(),
        404
    );
    let list = app
        .get_ok(&public, "/api/v1/plans/milton-keynes/contributions")
        .await;
    assert!(!list.to_string().contains(&id));
    let seen = app.get_ok(&moderator, &path).await;
    assert_eq!(seen["properties"]["status"], "hidden");
    assert_eq!(
        seen["properties"]["review"]["exact_location"],
        json!([-0.749, 52.035])
    );
    // Kept in the database.
    let status: String = sqlx::query_scalar("SELECT status FROM contributions WHERE id = $1::uuid")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(status, "hidden");

    // Hiding twice is a conflict; restoring brings it back.
    let again = moderator
        .post(app.url(&format!("{path}/moderation")))
        .json(&json!({ "action": "hide", "reason": "again" }))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 409);
    let admin = app.signed_in("admin").await;
    let log = app
        .get_ok(&admin, &format!("/api/v1/audit?target={id}"))
        .await;
    let entries = log["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 1);
    let moderator_id: String =
        sqlx::query_scalar("SELECT id::text FROM users WHERE role = 'moderator'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(entries[0]["actor"], format!("user:{moderator_id}"));
    assert_eq!(entries[0]["action"], "contribution.hide");
    assert_eq!(entries[0]["reason"], "Breaks the house rules");
    assert_eq!(entries[0]["before"]["status"], "published");
    assert_eq!(entries[0]["after"]["status"], "hidden");
}

/// The ids in a moderation list, in order.
fn ids_of(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_moderation_page_lists_a_plans_waiting_and_hidden_items_with_their_history(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool).await;
    let older = someone_elses_pin(&app).await;
    let newer = someone_elses_pin(&app).await;
    let resident = app.signed_in("resident").await;
    for id in [&newer, &older] {
        let r = app
            .post_json_as(
                &resident,
                &format!("/api/v1/contributions/{id}/flags"),
                &json!({ "reason": "Advertising" }),
            )
            .await;
        assert_eq!(r.0, 202);
    }
    let moderator = app.signed_in("moderator").await;
    let waiting = app
        .get_ok(&moderator, "/api/v1/moderation/queue?plan=milton-keynes")
        .await;
    // Oldest first, whatever order the flags came in.
    assert_eq!(ids_of(&waiting), [older.as_str(), newer.as_str()]);
    let entry = &waiting["items"][0];
    assert_eq!(entry["display_name"], "Amira");
    assert_eq!(entry["neighbourhood"], "Fishermead");
    assert_eq!(entry["location"], json!([-0.749, 52.035]));
    assert_eq!(entry["status"], "published");
    assert_eq!(entry["open_flags"], 1);

    let (status, problem) = app
        .get_json_as(&moderator, "/api/v1/moderation/queue?plan=no-such-town")
        .await;
    assert_eq!((status, problem["code"].as_str()), (404, Some("not_found")));
    let (status, _) = app
        .get_json_as(&moderator, "/api/v1/moderation/queue?status=gone")
        .await;
    assert_eq!(status, 400);

    app.post_ok(
        &moderator,
        &format!("/api/v1/contributions/{older}/moderation"),
        &json!({ "action": "hide", "reason": "  An advert for a shop  " }),
    )
    .await;
    let waiting = app
        .get_ok(&moderator, "/api/v1/moderation/queue?plan=milton-keynes")
        .await;
    assert_eq!(ids_of(&waiting), [newer.as_str()]);
    let hidden = app
        .get_ok(
            &moderator,
            "/api/v1/moderation/queue?plan=milton-keynes&status=hidden",
        )
        .await;
    assert_eq!(ids_of(&hidden), [older.as_str()]);
    assert_eq!(hidden["items"][0]["status"], "hidden");

    let history = app
        .get_ok(
            &moderator,
            &format!("/api/v1/contributions/{older}/history"),
        )
        .await;
    let entries = history["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["action"], "contribution.hide");
    assert_eq!(entries[0]["reason"], "An advert for a shop");
    assert_eq!(entries[0]["actor_name"], "moderator");
    assert_eq!(entries[0]["after"]["status"], "hidden");
    let untouched = app
        .get_ok(
            &moderator,
            &format!("/api/v1/contributions/{newer}/history"),
        )
        .await;
    assert_eq!(untouched["entries"], json!([]));
    let (status, problem) = app
        .get_json_as(
            &moderator,
            &format!("/api/v1/contributions/{}/history", uuid::Uuid::new_v4()),
        )
        .await;
    assert_eq!((status, problem["code"].as_str()), (404, Some("not_found")));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn approving_a_flagged_contribution_keeps_it_and_dismisses_its_flags(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let id = someone_elses_pin(&app).await;
    let moderator = app.signed_in("moderator").await;
    let url = format!("/api/v1/contributions/{id}/moderation");
    let approve = json!({ "action": "approve", "reason": "Nothing wrong with it" });
    // Nothing to approve while nobody has flagged it.
    let (status, problem) = app.post_json_as(&moderator, &url, &approve).await;
    assert_eq!((status, problem["code"].as_str()), (409, Some("conflict")));

    let resident = app.signed_in("resident").await;
    let (status, _) = app
        .post_json_as(
            &resident,
            &format!("/api/v1/contributions/{id}/flags"),
            &json!({ "reason": "I disagree" }),
        )
        .await;
    assert_eq!(status, 202);
    let r = app.post_ok(&moderator, &url, &approve).await;
    assert_eq!(r["status"], "published");
    let waiting = app.get_ok(&moderator, "/api/v1/moderation/queue").await;
    assert!(!ids_of(&waiting).contains(&id));
    assert_eq!(
        visitor()
            .get(app.url(&format!("/api/v1/contributions/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let history = app
        .get_ok(&moderator, &format!("/api/v1/contributions/{id}/history"))
        .await;
    assert_eq!(history["entries"][0]["action"], "contribution.approve");
    assert_eq!(history["entries"][0]["reason"], "Nothing wrong with it");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn pre_moderated_pins_appear_only_after_approval(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let admin = app.signed_in("admin").await;
    admin
        .patch(app.url("/api/v1/plans/milton-keynes"))
        .json(&json!({ "moderation": "pre" }))
        .send()
        .await
        .unwrap();
    let created: Value = app
        .post_feature(&visitor(), &feature("Waiting"))
        .await
        .json()
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap();
    assert_eq!(created["properties"]["status"], "pending");
    let path = format!("/api/v1/contributions/{id}");
    assert_eq!(
        visitor().get(app.url(&path)).send().await.unwrap().status(),
        404
    );
    let moderator = app.signed_in("moderator").await;
    let queue = app.get_ok(&moderator, "/api/v1/moderation/queue").await;
    assert!(
        queue["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == id && i["status"] == "pending")
    );
    let r = moderator
        .post(app.url(&format!("{path}/moderation")))
        .json(&json!({ "action": "approve", "reason": "Fine" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(
        visitor().get(app.url(&path)).send().await.unwrap().status(),
        200
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_duplicate_is_hidden_and_points_at_its_original(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let original = someone_elses_pin(&app).await;
    let copy = someone_elses_pin(&app).await;
    let moderator = app.signed_in("moderator").await;
    let url = app.url(&format!("/api/v1/contributions/{copy}/moderation"));
    let missing = moderator
        .post(&url)
        .json(&json!({ "action": "mark_duplicate", "reason": "Same" }))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 422);
    let r = moderator.post(&url).json(&json!({ "action": "mark_duplicate", "reason": "Same bus stop", "duplicate_of": original })).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let seen = app
        .get_ok(&moderator, &format!("/api/v1/contributions/{copy}"))
        .await;
    assert_eq!(
        seen["properties"]["review"]["duplicate_of"],
        original.as_str()
    );
    assert_eq!(
        visitor()
            .get(app.url(&format!("/api/v1/contributions/{copy}")))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn tokens_work_for_scripts_until_revoked(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let moderator = app.signed_in("moderator").await;
    let created = app
        .post_ok(
            &moderator,
            "/api/v1/auth/tokens",
            &json!({ "name": "nightly export" }),
        )
        .await;
    let token = created["token"].as_str().unwrap().to_owned();
    let script = reqwest::Client::new();
    let me: Value = script
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["role"], "moderator");
    // Scripts need no same-site header: a bearer token is not sent by browsers on their own.
    let r = script
        .post(app.url(&format!(
            "/api/v1/contributions/{}/moderation",
            someone_elses_pin(&app).await
        )))
        .bearer_auth(&token)
        .json(&json!({ "action": "hide", "reason": "By script" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let listed = app.get_ok(&moderator, "/api/v1/auth/tokens").await;
    assert!(
        listed["tokens"][0].get("token").is_none(),
        "the secret is shown once only"
    );
    let id = created["id"].as_str().unwrap();
    assert_eq!(
        moderator
            .delete(app.url(&format!("/api/v1/auth/tokens/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    let after = script
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 401);
    let bad = script
        .get(app.url("/api/v1/me"))
        .bearer_auth("wm_not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 401);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn wrong_passwords_and_unknown_emails_get_the_same_answer(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let email = app.create_user("resident").await;
    for (email, password) in [
        (email.as_str(), "wrong password!!"),
        ("nobody@example.org", PASSWORD),
    ] {
        let r = visitor()
            .post(app.url("/api/v1/auth/login"))
            .json(&json!({ "email": email, "password": password }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);
        assert!(r.headers().get("set-cookie").is_none());
        let problem: Value = r.json().await.unwrap();
        assert_eq!(problem["code"], "invalid_credentials");
        assert_eq!(
            problem["detail"],
            "the email address or password is not right"
        );
    }
    let r = visitor()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email.to_uppercase(), "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.starts_with("waymark_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
    );
}

/// A log writer the test can read back.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn passwords_and_tokens_are_never_stored_or_logged_in_clear(pool: PgPool) {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    // Global, because the server's tasks may run on other threads; other tests in this
    // binary log into it too, and none of them may log a secret either.
    tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");

    let app = TestApp::with_empty_plan(pool).await;
    let email = app.create_user("admin").await;
    let client = visitor();
    let r = client
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    let session = r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .split_once('=')
        .unwrap()
        .1
        .to_owned();
    let created = app
        .post_ok(&client, "/api/v1/auth/tokens", &json!({ "name": "export" }))
        .await;
    let token = created["token"].as_str().unwrap().to_owned();
    let r = reqwest::Client::new()
        .get(app.url("/api/v1/audit"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    // A failed sign-in with the password in it must not be logged either.
    visitor()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": "another secret phrase" }))
        .send()
        .await
        .unwrap();

    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("request"), "the log capture works");
    for secret in [
        PASSWORD,
        "another secret phrase",
        token.as_str(),
        session.as_str(),
    ] {
        assert!(!logs.contains(secret), "a secret is in the logs");
    }
    let everything: String = sqlx::query_scalar(
        "SELECT concat_ws(' ', (SELECT string_agg(row_to_json(u)::text, ' ') FROM users u),
                               (SELECT string_agg(row_to_json(s)::text, ' ') FROM sessions s),
                               (SELECT string_agg(row_to_json(t)::text, ' ') FROM api_tokens t),
                               (SELECT string_agg(row_to_json(a)::text, ' ') FROM audit_log a))",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(everything.contains("$argon2id$"));
    for secret in [PASSWORD, token.as_str(), session.as_str()] {
        assert!(!everything.contains(secret), "a secret is in the database");
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn too_many_writes_get_429_with_retry_after_and_write_nothing_more(pool: PgPool) {
    let limits = waymark_api::limits::LimitsConfig {
        writes_per_minute_per_ip: 3,
        workshop_writes_per_minute_per_ip: 6,
        writes_per_minute_per_account: 100,
        logins_per_minute: 2,
    };
    let app = TestApp::with_empty_plan_and_limits(pool, limits).await;
    let client = visitor();
    for n in 0..3 {
        assert_eq!(
            app.post_feature(&client, &feature(&format!("Pin {n}")))
                .await
                .status(),
            201
        );
    }
    let r = app.post_feature(&client, &feature("One too many")).await;
    assert_eq!(r.status(), 429);
    let retry: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry));
    let problem: Value = r.json().await.unwrap();
    assert_eq!(problem["code"], "rate_limited");
    assert_eq!(app.count_rows().await, 3);
    // Reads are not limited.
    assert_eq!(
        client
            .get(app.url("/api/v1/plans"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    // Sign-in attempts for one email are throttled, right password or not.
    let email = app.create_user("resident").await;
    let attempt = || {
        visitor()
            .post(app.url("/api/v1/auth/login"))
            .json(&json!({ "email": email, "password": "wrong password!!" }))
            .send()
    };
    assert_eq!(attempt().await.unwrap().status(), 401);
    assert_eq!(attempt().await.unwrap().status(), 401);
    let r = visitor()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 429);
    assert!(r.headers().contains_key("retry-after"));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_cross_site_form_post_with_the_session_cookie_is_refused(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let id = someone_elses_pin(&app).await;
    let email = app.create_user("moderator").await;
    let login = visitor()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    let cookie = login.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    // What a browser sends for a form on another site that posts here: the cookie
    // (were SameSite not honoured), a form body, no custom header.
    let plain = reqwest::Client::new();
    let forged = plain
        .post(app.url(&format!("/api/v1/contributions/{id}/moderation")))
        .header("cookie", &cookie)
        .header("origin", "https://evil.example")
        .header("sec-fetch-site", "cross-site")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("action=hide&reason=forged")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let problem: Value = forged.json().await.unwrap();
    assert_eq!(problem["code"], "cross_site_request");
    // Even as JSON, without the header a cookie alone does not authorise a write.
    let no_header = plain
        .post(app.url(&format!("/api/v1/contributions/{id}/moderation")))
        .header("cookie", &cookie)
        .json(&json!({ "action": "hide", "reason": "forged" }))
        .send()
        .await
        .unwrap();
    assert_eq!(no_header.status(), 403);
    let status: String = sqlx::query_scalar("SELECT status FROM contributions WHERE id = $1::uuid")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(status, "published");
    let audited: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(audited, 0);
}

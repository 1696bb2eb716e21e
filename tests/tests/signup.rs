//! Accounts people make themselves: sign up and confirm through the mailed link, choose
//! a new password by mail, change one's name, password and e-mail address. Mail goes
//! through the real sender into `.eml` files and is read back. No answer tells whether
//! an address has an account; only the mail to that address does.

use reqwest::Client;
use serde_json::{Value, json};
use sqlx::PgPool;
use uuid::Uuid;
use waymark_api::limits::LimitsConfig;
use waymark_tests::mail::{Inbox, Received};
use waymark_tests::{PASSWORD, TestApp, feature, visitor};

const NEW_PASSWORD: &str = "a brand new long password";

async fn post(client: &Client, app: &TestApp, path: &str, body: Value) -> (u16, Value) {
    let response = client.post(app.url(path)).json(&body).send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

async fn sign_up(app: &TestApp, email: &str, password: &str) -> (u16, Value) {
    post(
        &visitor(),
        app,
        "/api/v1/auth/signup",
        json!({ "email": email, "password": password, "display_name": "Amira" }),
    )
    .await
}

async fn reset(app: &TestApp, email: &str) -> (u16, Value) {
    post(
        &visitor(),
        app,
        "/api/v1/auth/password-reset",
        json!({ "email": email }),
    )
    .await
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> (u16, Client) {
    let client = visitor();
    let (status, _) = post(
        &client,
        app,
        "/api/v1/auth/login",
        json!({ "email": email, "password": password }),
    )
    .await;
    (status, client)
}

async fn me(app: &TestApp, client: &Client) -> u16 {
    client
        .get(app.url("/api/v1/me"))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn count(pool: &PgPool, sql: &str, email: &str) -> i64 {
    sqlx::query_scalar(sql)
        .bind(email)
        .fetch_one(pool)
        .await
        .unwrap()
}

async fn accounts_of(pool: &PgPool, email: &str) -> i64 {
    count(pool, "SELECT count(*) FROM users WHERE email = $1", email).await
}

/// The audit log's actions about one user, oldest first.
async fn audited(pool: &PgPool, user: Uuid) -> Vec<(String, String, Option<Value>, Option<Value>)> {
    sqlx::query_as(
        "SELECT actor, action, before, after FROM audit_log
          WHERE target_type = 'user' AND target_id = $1 ORDER BY id",
    )
    .bind(user.to_string())
    .fetch_all(pool)
    .await
    .unwrap()
}

async fn user_id(pool: &PgPool, email: &str) -> Uuid {
    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(pool)
        .await
        .unwrap()
}

/// Lets the 10 minutes between two mails to one address pass.
async fn ten_minutes_pass(pool: &PgPool) {
    sqlx::query("UPDATE mail_outbox SET created_at = created_at - interval '11 minutes'")
        .execute(pool)
        .await
        .unwrap();
}

fn only(mut mails: Vec<Received>) -> Received {
    assert_eq!(mails.len(), 1, "{mails:#?}");
    mails.remove(0)
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_resident_signs_up_confirms_through_the_mailed_link_and_pins(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut inbox = Inbox::new();
    let email = "amira@example.org";

    let (status, body) = sign_up(&app, "  Amira@Example.org ", PASSWORD).await;
    assert_eq!(status, 202, "{body}");
    assert_eq!(body["status"], "mail_sent");
    // Not an account until it is confirmed: nothing to sign in with.
    assert_eq!(accounts_of(&app.pool, email).await, 0);
    assert_eq!(sign_in(&app, email, PASSWORD).await.0, 401);

    let mail = only(inbox.deliver(&app.pool).await);
    assert_eq!(mail.to, email);
    assert_eq!(mail.subject, "Confirm your Waymark account");
    let link = mail.link("http://");
    assert!(
        link.starts_with(&app.url("/account/confirm?token=")),
        "{link}"
    );
    let token = mail.token("http://");
    // Opening the link (as a mail scanner does) confirms nothing.
    visitor().get(&link).send().await.unwrap();
    assert_eq!(accounts_of(&app.pool, email).await, 0);

    // The link confirms only with the password chosen at sign-up, so whoever typed
    // someone else's address cannot have its owner confirm an account they control.
    let client = visitor();
    let confirm = "/api/v1/auth/signup/confirm";
    let (status, body) = post(
        &client,
        &app,
        confirm,
        json!({ "token": token, "password": "not the password at all" }),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (401, Some("invalid_credentials"))
    );
    assert_eq!(accounts_of(&app.pool, email).await, 0);

    let response = client
        .post(app.url(confirm))
        .json(&json!({ "token": token, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cookie.starts_with("waymark_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let account: Value = response.json().await.unwrap();
    assert_eq!(account["email"], email);
    assert_eq!(account["role"], "resident");
    assert_eq!(account["display_name"], "Amira");
    let id = user_id(&app.pool, email).await;
    assert_eq!(account["id"], id.to_string());

    // Signed in: the new resident pins, as themselves.
    assert_eq!(me(&app, &client).await, 200);
    let pinned = app
        .post_feature(&client, &feature("Benches by the lake"))
        .await;
    assert_eq!(pinned.status(), 201);
    let pin: Value = pinned.json().await.unwrap();
    let author: Option<String> =
        sqlx::query_scalar("SELECT author_key FROM contributions WHERE id = $1::uuid")
            .bind(pin["id"].as_str().unwrap())
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(author, Some(format!("user:{id}")));

    // A resident may not do what other roles do.
    let queue = client
        .get(app.url("/api/v1/moderation/queue"))
        .send()
        .await
        .unwrap();
    assert_eq!(queue.status(), 403);

    // The link works once; the account signs in with its password from now on.
    let (status, body) = post(
        &visitor(),
        &app,
        confirm,
        json!({ "token": token, "password": PASSWORD }),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "token");
    assert_eq!(sign_in(&app, email, PASSWORD).await.0, 200);
    assert_eq!(accounts_of(&app.pool, email).await, 1);

    let log = audited(&app.pool, id).await;
    assert_eq!(log.len(), 1, "{log:?}");
    assert_eq!(
        (log[0].0.as_str(), log[0].1.as_str()),
        (format!("user:{id}").as_str(), "account.create")
    );
    assert_eq!(log[0].3.as_ref().unwrap()["role"], "resident");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn signing_up_with_an_address_that_has_an_account_answers_the_same_and_mails_its_owner(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut inbox = Inbox::new();
    let new = "new@example.org";
    let admin_made = app.create_user("moderator").await;

    let (status, first) = sign_up(&app, new, PASSWORD).await;
    assert_eq!(status, 202);
    // Asking again at once: the same answer, and no second mail within 10 minutes.
    let (status, again) = sign_up(&app, new, "another long password").await;
    assert_eq!((status, &again), (202, &first));
    let confirmation = only(inbox.deliver(&app.pool).await);
    assert_eq!(confirmation.subject, "Confirm your Waymark account");

    // An address with an account: the very same answer, and its owner is told.
    let (status, taken) = sign_up(&app, &admin_made, PASSWORD).await;
    assert_eq!((status, &taken), (202, &first));
    let told = only(inbox.deliver(&app.pool).await);
    assert_eq!(told.to, admin_made);
    assert_eq!(told.subject, "Your Waymark account");
    assert!(
        told.body.contains("You already have an account"),
        "{}",
        told.body
    );
    assert!(told.body.contains(&app.url("/account/signin")));
    assert!(told.body.contains(&app.url("/account/reset")));
    assert!(!told.body.contains("token="), "{}", told.body);
    assert_eq!(accounts_of(&app.pool, &admin_made).await, 1);
    let role: String = sqlx::query_scalar("SELECT role FROM users WHERE email = $1")
        .bind(&admin_made)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(role, "moderator", "a sign-up changes nothing of an account");

    // Confirmed, the new address is an account; signing up with it again mails that.
    let (status, _) = post(
        &visitor(),
        &app,
        "/api/v1/auth/signup/confirm",
        json!({ "token": confirmation.token("http://"), "password": PASSWORD }),
    )
    .await;
    assert_eq!(status, 200);
    ten_minutes_pass(&app.pool).await;
    let (status, after) = sign_up(&app, new, PASSWORD).await;
    assert_eq!((status, &after), (202, &first));
    let told = only(inbox.deliver(&app.pool).await);
    assert!(told.body.contains("You already have an account"));
    assert_eq!(accounts_of(&app.pool, new).await, 1);
    let waiting = count(
        &app.pool,
        "SELECT count(*) FROM signups WHERE email = $1",
        new,
    )
    .await;
    assert_eq!(waiting, 0);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn every_waiting_sign_up_ends_when_one_is_confirmed(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut inbox = Inbox::new();
    let email = "twice@example.org";
    sign_up(&app, email, PASSWORD).await;
    let first = only(inbox.deliver(&app.pool).await).token("http://");
    ten_minutes_pass(&app.pool).await;
    sign_up(&app, email, NEW_PASSWORD).await;
    let second = only(inbox.deliver(&app.pool).await).token("http://");
    assert_ne!(first, second);

    // Each link goes with its own password.
    let confirm = "/api/v1/auth/signup/confirm";
    let (status, _) = post(
        &visitor(),
        &app,
        confirm,
        json!({ "token": second, "password": PASSWORD }),
    )
    .await;
    assert_eq!(status, 401);
    let (status, _) = post(
        &visitor(),
        &app,
        confirm,
        json!({ "token": second, "password": NEW_PASSWORD }),
    )
    .await;
    assert_eq!(status, 200);
    let (status, body) = post(
        &visitor(),
        &app,
        confirm,
        json!({ "token": first, "password": PASSWORD }),
    )
    .await;
    assert_eq!(
        (status, &body["errors"][0]["field"]),
        (422, &json!("token"))
    );
    assert_eq!(sign_in(&app, email, NEW_PASSWORD).await.0, 200);
    assert_eq!(sign_in(&app, email, PASSWORD).await.0, 401);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn bad_sign_ups_are_refused_with_field_errors_that_say_nothing_about_accounts(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let existing = app.create_user("resident").await;
    let long = "x".repeat(1025);
    let cases = [
        (
            json!({ "password": "too short" }),
            "password",
            "at least 12",
        ),
        (json!({ "password": long }), "password", "at most 1024"),
        (
            json!({ "password": "{email}" }),
            "password",
            "other than your e-mail",
        ),
        (
            json!({ "email": "not an address" }),
            "email",
            "e-mail address",
        ),
        (
            json!({ "display_name": "two\nlines" }),
            "display_name",
            "one line",
        ),
        (json!({ "role": "admin" }), "role", "unknown field"),
    ];
    for email in ["nobody-yet@example.org", existing.as_str()] {
        for (change, field, message) in &cases {
            let mut body = json!({ "email": email, "password": PASSWORD });
            for (k, v) in change.as_object().unwrap() {
                body[k] = match v.as_str() {
                    Some("{email}") => json!(email),
                    _ => v.clone(),
                };
            }
            let (status, problem) = post(&visitor(), &app, "/api/v1/auth/signup", body).await;
            assert_eq!(status, 422, "{change} {problem}");
            assert_eq!(problem["code"], "validation_failed");
            assert_eq!(problem["errors"][0]["field"], *field, "{problem}");
            let said = problem["errors"][0]["message"].as_str().unwrap();
            assert!(said.contains(message), "{change}: {said}");
        }
    }
    let waiting: i64 = sqlx::query_scalar("SELECT count(*) FROM signups")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let mails: i64 = sqlx::query_scalar("SELECT count(*) FROM mail_outbox")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!((waiting, mails), (0, 0));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_forgotten_password_is_reset_by_mail_once_and_every_session_ends(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut inbox = Inbox::new();
    let email = app.create_user("facilitator").await;
    let id = user_id(&app.pool, &email).await;
    let (_, laptop) = sign_in(&app, &email, PASSWORD).await;
    let (_, phone) = sign_in(&app, &email, PASSWORD).await;

    let (status, known) = reset(&app, &email).await;
    assert_eq!(status, 202);
    // An address without an account: the same answer, and no mail at all.
    let (status, unknown) = reset(&app, "nobody@example.org").await;
    assert_eq!((status, &unknown), (202, &known));
    let mail = only(inbox.deliver(&app.pool).await);
    assert_eq!(mail.to, email);
    assert_eq!(mail.subject, "Choose a new Waymark password");
    assert!(
        mail.link("http://")
            .starts_with(&app.url("/account/reset?token="))
    );
    let token = mail.token("http://");
    // Within the 10 minutes, asking again sends nothing more.
    assert_eq!(reset(&app, &email).await, (202, known.clone()));
    assert!(inbox.deliver(&app.pool).await.is_empty());

    let done = "/api/v1/auth/password-reset/confirm";
    let (status, body) = post(
        &visitor(),
        &app,
        done,
        json!({ "token": token, "password": "short" }),
    )
    .await;
    assert_eq!(
        (status, &body["errors"][0]["field"]),
        (422, &json!("password"))
    );
    // Still signed in: nothing happened yet.
    assert_eq!(me(&app, &laptop).await, 200);

    let (status, _) = post(
        &visitor(),
        &app,
        done,
        json!({ "token": token, "password": NEW_PASSWORD }),
    )
    .await;
    assert_eq!(status, 204);
    assert_eq!(me(&app, &laptop).await, 401);
    assert_eq!(me(&app, &phone).await, 401);
    assert_eq!(sign_in(&app, &email, PASSWORD).await.0, 401);
    assert_eq!(sign_in(&app, &email, NEW_PASSWORD).await.0, 200);

    // The link is used up.
    let (status, body) = post(
        &visitor(),
        &app,
        done,
        json!({ "token": token, "password": "yet another long one" }),
    )
    .await;
    assert_eq!(
        (status, &body["errors"][0]["field"]),
        (422, &json!("token"))
    );
    assert_eq!(sign_in(&app, &email, NEW_PASSWORD).await.0, 200);

    let log = audited(&app.pool, id).await;
    assert_eq!(log.len(), 1, "{log:?}");
    assert_eq!(log[0].1, "account.password_reset");
    assert_eq!(log[0].0, format!("user:{id}"));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn using_one_reset_link_ends_the_others_and_an_old_link_expires(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut inbox = Inbox::new();
    let email = app.create_user("resident").await;
    reset(&app, &email).await;
    let first = only(inbox.deliver(&app.pool).await).token("http://");
    ten_minutes_pass(&app.pool).await;
    reset(&app, &email).await;
    let second = only(inbox.deliver(&app.pool).await).token("http://");

    let done = "/api/v1/auth/password-reset/confirm";
    let (status, _) = post(
        &visitor(),
        &app,
        done,
        json!({ "token": second, "password": NEW_PASSWORD }),
    )
    .await;
    assert_eq!(status, 204);
    let (status, _) = post(
        &visitor(),
        &app,
        done,
        json!({ "token": first, "password": "yet another long one" }),
    )
    .await;
    assert_eq!(status, 422);

    // A link works for an hour.
    ten_minutes_pass(&app.pool).await;
    reset(&app, &email).await;
    let third = only(inbox.deliver(&app.pool).await).token("http://");
    sqlx::query(
        "UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE used_at IS NULL",
    )
    .execute(&app.pool)
    .await
    .unwrap();
    let (status, _) = post(
        &visitor(),
        &app,
        done,
        json!({ "token": third, "password": "yet another long one" }),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(sign_in(&app, &email, NEW_PASSWORD).await.0, 200);

    // Retention forgets links that no longer work.
    let pruned = waymark::retention::prune(
        &app.pool,
        &waymark::retention::Retention::default(),
        "http://waymark.test",
    )
    .await
    .unwrap();
    assert_eq!(pruned.account_links, 3);
    let left: i64 = sqlx::query_scalar("SELECT count(*) FROM password_resets")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(left, 0);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn sign_up_and_reset_are_rate_limited_per_address_and_per_client(pool: PgPool) {
    let limits = LimitsConfig {
        writes_per_minute_per_ip: 100_000,
        workshop_writes_per_minute_per_ip: 100_000,
        writes_per_minute_per_account: 100_000,
        logins_per_minute: 2,
    };
    let app = TestApp::with_empty_plan_and_limits(pool, limits).await;
    let email = app.create_user("resident").await;

    // Per e-mail address, whichever of sign-in, sign-up and reset is tried.
    assert_eq!(reset(&app, &email).await.0, 202);
    assert_eq!(sign_up(&app, &email, PASSWORD).await.0, 202);
    let response = visitor()
        .post(app.url("/api/v1/auth/password-reset"))
        .json(&json!({ "email": email }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    assert!(response.headers().contains_key("retry-after"));
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["code"], "rate_limited");
    assert_eq!(sign_up(&app, &email, PASSWORD).await.0, 429);

    // Per client address: five times the per-e-mail allowance, across addresses.
    let mut answers = Vec::new();
    for i in 0..9 {
        answers.push(
            sign_up(&app, &format!("n{i}@example.org"), PASSWORD)
                .await
                .0,
        );
    }
    // Four tries above were counted already; six more pass, then none.
    assert_eq!(answers, [202, 202, 202, 202, 202, 202, 429, 429, 429]);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn one_changes_ones_name_password_and_address_and_each_change_is_audited(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut inbox = Inbox::new();
    let email = app.create_user("resident").await;
    let id = user_id(&app.pool, &email).await;
    let (_, client) = sign_in(&app, &email, PASSWORD).await;
    let (_, other_device) = sign_in(&app, &email, PASSWORD).await;
    let patch = |body: Value| {
        let client = client.clone();
        let url = app.url("/api/v1/me");
        async move {
            let r = client.patch(url).json(&body).send().await.unwrap();
            (r.status().as_u16(), r.json::<Value>().await.unwrap())
        }
    };

    // The name.
    let (status, account) = patch(json!({ "display_name": "  Amira K  " })).await;
    assert_eq!((status, &account["display_name"]), (200, &json!("Amira K")));
    assert_eq!(
        app.get_ok(&client, "/api/v1/me").await["display_name"],
        "Amira K"
    );

    // The password needs the current one, which is tried like a sign-in.
    let (status, body) = patch(json!({ "password": NEW_PASSWORD })).await;
    assert_eq!(
        (status, &body["errors"][0]["field"]),
        (422, &json!("current_password"))
    );
    let (status, body) =
        patch(json!({ "password": NEW_PASSWORD, "current_password": "wrong wrong wrong" })).await;
    assert_eq!(
        (status, &body["errors"][0]["field"]),
        (422, &json!("current_password"))
    );
    let (status, body) = patch(json!({ "password": email, "current_password": PASSWORD })).await;
    assert_eq!(
        (status, &body["errors"][0]["field"]),
        (422, &json!("password"))
    );
    let (status, _) =
        patch(json!({ "password": NEW_PASSWORD, "current_password": PASSWORD })).await;
    assert_eq!(status, 200);
    // Other sessions end; this one goes on.
    assert_eq!(me(&app, &other_device).await, 401);
    assert_eq!(me(&app, &client).await, 200);
    assert_eq!(sign_in(&app, &email, PASSWORD).await.0, 401);
    assert_eq!(sign_in(&app, &email, NEW_PASSWORD).await.0, 200);

    // The address: the new one confirms before it replaces the old.
    let new = "amira.new@example.org";
    let (status, account) = patch(json!({ "email": new, "current_password": NEW_PASSWORD })).await;
    assert_eq!((status, &account["email"]), (200, &json!(email)));
    assert_eq!(sign_in(&app, new, NEW_PASSWORD).await.0, 401);
    let mail = only(inbox.deliver(&app.pool).await);
    assert_eq!(mail.to, new);
    assert_eq!(mail.subject, "Confirm your new e-mail address for Waymark");
    assert!(
        mail.link("http://")
            .starts_with(&app.url("/account/email?token="))
    );
    let token = mail.token("http://");

    let confirm = "/api/v1/auth/email-change/confirm";
    let (status, body) = post(&visitor(), &app, confirm, json!({ "token": token })).await;
    assert_eq!((status, &body["email"]), (200, &json!(new)));
    assert_eq!(sign_in(&app, new, NEW_PASSWORD).await.0, 200);
    assert_eq!(sign_in(&app, &email, NEW_PASSWORD).await.0, 401);
    assert_eq!(app.get_ok(&client, "/api/v1/me").await["email"], new);
    // The old address is told, without being shown the whole new one.
    let notice = only(inbox.deliver(&app.pool).await);
    assert_eq!(notice.to, email);
    assert_eq!(notice.subject, "Your Waymark e-mail address was changed");
    assert!(
        notice.body.contains("a•••@e•••.org") && !notice.body.contains(new),
        "{}",
        notice.body
    );
    let (status, _) = post(&visitor(), &app, confirm, json!({ "token": token })).await;
    assert_eq!(status, 422);

    // Moving to an address that has an account: the same answer, and no mail to it.
    let someone = app.create_user("resident").await;
    let (status, account) =
        patch(json!({ "email": someone, "current_password": NEW_PASSWORD })).await;
    assert_eq!((status, &account["email"]), (200, &json!(new)));
    assert!(inbox.deliver(&app.pool).await.is_empty());

    // One's role is not one's own to change.
    let (status, body) = patch(json!({ "role": "admin" })).await;
    assert_eq!((status, &body["code"]), (422, &json!("validation_failed")));
    assert_eq!(app.get_ok(&client, "/api/v1/me").await["role"], "resident");
    let anonymous = visitor()
        .patch(app.url("/api/v1/me"))
        .json(&json!({ "display_name": "x" }))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);

    let log = audited(&app.pool, id).await;
    let actions: Vec<&str> = log
        .iter()
        .map(|(_, action, _, _)| action.as_str())
        .collect();
    assert_eq!(
        actions,
        [
            "account.rename",
            "account.password_change",
            "account.email_change_request",
            "account.email_change",
            "account.email_change_request",
        ]
    );
    assert!(log.iter().all(|(actor, ..)| *actor == format!("user:{id}")));
    assert_eq!(log[0].2, Some(json!({ "display_name": "resident" })));
    assert_eq!(log[0].3, Some(json!({ "display_name": "Amira K" })));
    assert_eq!(log[3].2, Some(json!({ "email": email })));
    assert_eq!(log[3].3, Some(json!({ "email": new })));
    // No password, old or new, is ever written down.
    let all: String = sqlx::query_scalar("SELECT string_agg(coalesce(before::text, '') || coalesce(after::text, ''), ' ') FROM audit_log")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert!(!all.contains(PASSWORD) && !all.contains(NEW_PASSWORD));
}

//! The privacy notice (issue 21): a plan's controller and contact, set by its admins, and
//! the retention settings and cookies of the running server, at
//! `GET /api/v1/plans/{plan}/privacy`.

use std::collections::BTreeSet;

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_tests::{NO_LIMITS, PASSWORD, TestApp, feature, visitor};

const NOTICE: &str = "/api/v1/plans/milton-keynes/privacy";
const PLAN: &str = "/api/v1/plans/milton-keynes";

/// The demo plan served with retention settings other than the defaults, so the notice
/// can only have them from the running config.
async fn app_with_retention(pool: PgPool) -> TestApp {
    let mut conn = pool.acquire().await.expect("a connection");
    waymark::seed::load_plan(&mut conn)
        .await
        .expect("plan seed");
    drop(conn);
    let retention = waymark_domain::retention::Retention {
        events_days: 45,
        visitor_links_days: 0,
        inactive_accounts_days: 1095,
        ..Default::default()
    };
    let config = waymark_api::ApiConfig {
        limits: NO_LIMITS,
        retention,
        ..Default::default()
    };
    TestApp::spawn_with(pool, config).await
}

/// The names of the cookies a response sets.
fn cookies_set(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split_once('=').map(|(name, _)| name.trim().to_owned()))
        .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_notice_names_the_controller_the_contact_and_the_retention_in_force(pool: PgPool) {
    let app = app_with_retention(pool).await;
    let (status, notice) = app.get_json(NOTICE).await;
    assert_eq!(status, 200, "{notice}");
    assert_eq!(
        notice["controller"],
        "Community Action: MK (demo: not a real notice)"
    );
    assert_eq!(notice["contact"], "privacy@example.org");
    assert_eq!(notice["retention"]["events_days"], 45);
    assert_eq!(notice["retention"]["visitor_links_days"], 0);
    assert_eq!(notice["retention"]["inactive_accounts_days"], 1095);
    assert_eq!(notice["retention"]["sent_mail_days"], 30);
    assert_eq!(notice["retention"]["about_you_days"], 365);
    assert_eq!(
        notice["purposes"],
        json!([
            "contributions",
            "accounts",
            "mail",
            "conversations",
            "moderation",
            "equality_questions"
        ])
    );
    assert_eq!(
        notice["rights"],
        json!([
            "access",
            "rectification",
            "erasure",
            "objection",
            "complaint"
        ])
    );
    assert!(
        notice["complaint_url"]
            .as_str()
            .unwrap()
            .starts_with("https://ico.org.uk/")
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_notice_lists_exactly_the_cookies_waymark_sets(pool: PgPool) {
    let app = app_with_retention(pool).await;
    let (_, notice) = app.get_json(NOTICE).await;
    let listed: BTreeSet<String> = notice["cookies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect();

    // Reading sets nothing; a visitor's first pin and a sign-in set one cookie each.
    let reader = visitor();
    let read = reader.get(app.url(NOTICE)).send().await.unwrap();
    assert!(cookies_set(&read).is_empty());
    let mut seen = BTreeSet::new();
    let pin = app.post_feature(&reader, &feature("A bench")).await;
    assert_eq!(pin.status(), 201);
    seen.extend(cookies_set(&pin));
    let email = app.create_user("resident").await;
    let login = visitor()
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 200);
    seen.extend(cookies_set(&login));
    // Proving an address for "your data" sets one more.
    let mut inbox = waymark_tests::mail::Inbox::new();
    app.post_ok(&visitor(), "/api/v1/me/link", &json!({ "email": email }))
        .await;
    let token = inbox.deliver_to(&app.pool, &email).await[0].token(&app.url("/me?"));
    let proved = visitor()
        .post(app.url("/api/v1/me/link/confirm"))
        .json(&json!({ "token": token }))
        .send()
        .await
        .unwrap();
    assert_eq!(proved.status(), 200);
    seen.extend(cookies_set(&proved));

    // The language cookie is the one the page itself writes when someone picks a language.
    let mut expected = seen.clone();
    expected.insert("waymark_lang".to_owned());
    assert_eq!(listed, expected, "the server set {seen:?}");
    for cookie in notice["cookies"].as_array().unwrap() {
        assert!(cookie["days"].as_i64().unwrap() > 0, "{cookie}");
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_unknown_plan_has_no_notice(pool: PgPool) {
    let app = app_with_retention(pool).await;
    let response = app
        .client
        .get(app.url("/api/v1/plans/nowhere/privacy"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_admin_sets_the_controller_and_contact_and_the_notice_shows_them(pool: PgPool) {
    let app = app_with_retention(pool).await;
    let admin = app.signed_in("admin").await;
    let (status, saved) = app
        .patch_json_as(
            &admin,
            PLAN,
            &json!({
                "privacy_controller": "Milton Keynes City Council",
                "privacy_contact": "Civic Offices\n1 Saxon Gate East\nMilton Keynes MK9 3EJ",
            }),
        )
        .await;
    assert_eq!(status, 200, "{saved}");
    let (_, notice) = app.get_json(NOTICE).await;
    assert_eq!(notice["controller"], "Milton Keynes City Council");
    assert_eq!(
        notice["contact"],
        "Civic Offices\n1 Saxon Gate East\nMilton Keynes MK9 3EJ"
    );
    let (_, plan) = app.get_json(PLAN).await;
    assert_eq!(plan["privacy_controller"], "Milton Keynes City Council");

    // An empty contact clears it; the notice then says there is none.
    let (status, _) = app
        .patch_json_as(&admin, PLAN, &json!({ "privacy_contact": "" }))
        .await;
    assert_eq!(status, 200);
    let (_, notice) = app.get_json(NOTICE).await;
    assert_eq!(notice["contact"], Value::Null);
    assert_eq!(notice["controller"], "Milton Keynes City Council");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn only_admins_change_the_notice_and_bad_values_are_named(pool: PgPool) {
    let app = app_with_retention(pool).await;
    let resident = app.signed_in("resident").await;
    let (status, _) = app
        .patch_json_as(&resident, PLAN, &json!({ "privacy_controller": "Me" }))
        .await;
    assert_eq!(status, 403);

    let admin = app.signed_in("admin").await;
    let (status, problem) = app
        .patch_json_as(
            &admin,
            PLAN,
            &json!({
                "privacy_controller": "x".repeat(201),
                "privacy_contact": "privacy@nowhere",
            }),
        )
        .await;
    assert_eq!(status, 422, "{problem}");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["privacy_controller", "privacy_contact"]);

    let (_, notice) = app.get_json(NOTICE).await;
    assert_eq!(
        notice["controller"],
        "Community Action: MK (demo: not a real notice)"
    );
}

//! Following a neighbourhood or an area by e-mail: double opt-in, digests of what became
//! public there, one-click unsubscribe, and an outbox that loses nothing when the mail
//! server is away. Mail goes through the real sender into `.eml` files.

use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark::mail::{self, Sender};
use waymark_tests::{TestApp, feature_at, visitor};

const FISHERMEAD: (f64, f64) = (-0.749, 52.035);
const OLDBROOK: (f64, f64) = (-0.765, 52.029);

fn from() -> lettre::message::Mailbox {
    "Waymark <waymark@example.org>".parse().unwrap()
}

/// A fresh folder for one test's mail.
fn mail_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("waymark-mail-{name}-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A mail as its reader sees it (headers unfolded, body decoded).
#[derive(Debug)]
struct Received {
    to: String,
    message_id: Option<String>,
    subject: String,
    body: String,
    list_unsubscribe: Option<String>,
    list_unsubscribe_post: Option<String>,
}

/// Sends what is queued into `dir` and returns the mails written there since `seen`.
async fn deliver(app: &TestApp, dir: &Path, seen: &mut usize) -> Vec<Received> {
    let sender = Sender::from_url(&format!("file://{}", dir.display())).unwrap();
    mail::deliver_pending(&app.pool, &sender, &from())
        .await
        .unwrap();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .collect();
    files.sort_by_key(|e| e.metadata().unwrap().modified().unwrap());
    let mails = files[*seen..]
        .iter()
        .map(|e| {
            let raw = std::fs::read(e.path()).unwrap();
            let m = mail_parser::MessageParser::default().parse(&raw).unwrap();
            let raw_header = |name: &str| m.header_raw(name).map(|v| v.trim().to_owned());
            Received {
                to: m
                    .to()
                    .and_then(|a| a.first())
                    .and_then(|a| a.address())
                    .unwrap()
                    .to_owned(),
                message_id: m.message_id().map(str::to_owned),
                subject: m.subject().unwrap_or_default().to_owned(),
                body: m.body_text(0).unwrap().replace("\r\n", "\n"),
                list_unsubscribe: raw_header("List-Unsubscribe"),
                list_unsubscribe_post: raw_header("List-Unsubscribe-Post"),
            }
        })
        .collect();
    *seen = files.len();
    mails
}

/// The link in a mail that starts with `prefix`.
fn link(body: &str, prefix: &str) -> String {
    let start = body
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in:\n{body}"));
    body[start..].split_whitespace().next().unwrap().to_owned()
}

async fn subscribe(app: &TestApp, body: Value) -> reqwest::Response {
    visitor()
        .post(app.url("/api/v1/plans/milton-keynes/subscriptions"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn pin(app: &TestApp, title: &str, (lon, lat): (f64, f64)) -> String {
    let r = app
        .post_feature(&visitor(), &feature_at(title, lon, lat))
        .await;
    assert_eq!(r.status(), 201);
    r.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Lets a week pass for every subscription.
async fn a_week_passes(pool: &PgPool) {
    sqlx::query("UPDATE subscriptions SET last_digest_at = last_digest_at - interval '8 days'")
        .execute(pool)
        .await
        .unwrap();
}

async fn digests(app: &TestApp) -> usize {
    mail::make_digests(&app.pool, "http://waymark.test", Duration::ZERO)
        .await
        .unwrap()
}

/// The hourly retention pass, with the default settings.
async fn purge(app: &TestApp) -> waymark::retention::Pruned {
    let retention = waymark::retention::Retention::default();
    waymark::retention::prune(&app.pool, &retention, "http://waymark.test")
        .await
        .unwrap()
}

async fn count(pool: &PgPool, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT count(*) FROM {table}"))
        .fetch_one(pool)
        .await
        .unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_resident_follows_a_neighbourhood_confirms_gets_a_digest_and_stops(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let dir = mail_dir("neighbourhood");
    let mut seen = 0;

    let r = subscribe(
        &app,
        json!({ "email": "amira@example.org", "neighbourhood": "fishermead" }),
    )
    .await;
    assert_eq!(r.status(), 202);

    // The first mail asks to confirm, and nothing else goes out until it is confirmed.
    let mails = deliver(&app, &dir, &mut seen).await;
    assert_eq!(mails.len(), 1);
    let confirmation = &mails[0];
    assert_eq!(confirmation.to, "amira@example.org");
    assert!(
        confirmation
            .message_id
            .as_deref()
            .is_some_and(|id| id.ends_with("@example.org")),
        "{confirmation:?}"
    );
    assert_eq!(
        confirmation.subject,
        "Confirm: follow Fishermead on Milton Keynes neighbourhood plan"
    );
    let confirm_url = link(&confirmation.body, "http://");
    assert!(
        confirm_url.contains("/follow/confirm?token="),
        "{confirm_url}"
    );
    pin(&app, "Before confirming", FISHERMEAD).await;
    a_week_passes(&app.pool).await;
    assert_eq!(
        digests(&app).await,
        0,
        "no digest before the address is confirmed"
    );

    // Opening the link (as a mail scanner would) confirms nothing; the button does.
    let page = visitor().get(&confirm_url).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("<button type=\"submit\">Confirm</button>"));
    assert!(html.contains("a weekly e-mail of what is new in Fishermead on Milton Keynes"));
    let confirmed: Option<i64> =
        sqlx::query_scalar("SELECT count(*) FROM subscriptions WHERE confirmed_at IS NOT NULL")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(confirmed, Some(0));
    let token = confirm_url.split("token=").nth(1).unwrap();
    let r = visitor()
        .post(app.url("/follow/confirm"))
        .form(&[("token", token)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("weekly digest of what is new in Fishermead")
    );

    // A week of activity: two new pins in Fishermead, one in Oldbrook, one hidden.
    pin(&app, "Solar on the Fishermead centre", FISHERMEAD).await;
    pin(&app, "Crossing by the school", FISHERMEAD).await;
    pin(&app, "Oldbrook allotments", OLDBROOK).await;
    let hidden = pin(&app, "Spam in Fishermead", FISHERMEAD).await;
    let moderator = app.signed_in("moderator").await;
    let r = moderator
        .post(app.url(&format!("/api/v1/contributions/{hidden}/moderation")))
        .json(&json!({ "action": "hide", "reason": "Spam" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    assert_eq!(digests(&app).await, 0, "not due until a week has passed");
    a_week_passes(&app.pool).await;
    assert_eq!(digests(&app).await, 1);
    let mails = deliver(&app, &dir, &mut seen).await;
    assert_eq!(mails.len(), 1);
    let digest = &mails[0];
    assert_eq!(digest.to, "amira@example.org");
    assert_eq!(
        digest.subject,
        "Fishermead: 2 new on Milton Keynes neighbourhood plan"
    );
    let digest_text = &digest.body;
    assert!(
        digest_text.contains("- Idea: Solar on the Fishermead centre\n"),
        "{digest_text}"
    );
    assert!(digest_text.contains("- Idea: Crossing by the school\n"));
    for absent in [
        "Oldbrook allotments",
        "Spam in Fishermead",
        "Before confirming",
    ] {
        assert!(!digest_text.contains(absent), "{absent} in:\n{digest_text}");
    }
    assert!(digest_text.contains("http://waymark.test/p/milton-keynes#nb=fishermead"));
    assert_eq!(
        digest.list_unsubscribe_post.as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    let unsubscribe = digest.list_unsubscribe.as_deref().unwrap();
    let unsubscribe = unsubscribe.trim_start_matches('<').trim_end_matches('>');
    assert!(digest_text.contains(&format!("To stop, open: {unsubscribe}")));

    // Nothing new: no digest.
    a_week_passes(&app.pool).await;
    assert_eq!(digests(&app).await, 0);

    // RFC 8058 one-click, as a mail client sends it: the address is forgotten.
    let path = unsubscribe.strip_prefix("http://waymark.test").unwrap();
    let r = reqwest::Client::new()
        .post(app.url(path))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(count(&app.pool, "subscriptions").await, 0);
    let left: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM mail_outbox WHERE to_address = 'amira@example.org'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(left, 0, "the address is forgotten with its mails");
    pin(&app, "After stopping", FISHERMEAD).await;
    a_week_passes(&app.pool).await;
    assert_eq!(digests(&app).await, 0);
    assert!(deliver(&app, &dir, &mut seen).await.is_empty());
    let _ = std::fs::remove_dir_all(dir);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_area_drawn_on_the_map_gets_what_is_inside_it_daily(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let dir = mail_dir("area");
    let mut seen = 0;
    let area = json!({ "type": "Polygon", "coordinates": [[
        [-0.752, 52.032], [-0.746, 52.032], [-0.746, 52.038], [-0.752, 52.038], [-0.752, 52.032]
    ]]});
    let r = subscribe(
        &app,
        json!({ "email": "Sam@Example.org", "area": area, "frequency": "daily" }),
    )
    .await;
    assert_eq!(r.status(), 202);
    let confirmation = deliver(&app, &dir, &mut seen).await.remove(0);
    assert_eq!(confirmation.to, "Sam@Example.org");
    assert_eq!(
        confirmation.subject,
        "Confirm: follow the area you drew on the map on Milton Keynes neighbourhood plan"
    );
    let token = link(&confirmation.body, "http://")
        .split("token=")
        .nth(1)
        .unwrap()
        .to_owned();
    let r = visitor()
        .post(app.url("/follow/confirm"))
        .form(&[("token", token.as_str())])
        .send()
        .await
        .unwrap();
    let text = r.text().await.unwrap();
    assert!(text.contains("daily digest"), "{text}");

    let inside = pin(&app, "Inside the drawn area", FISHERMEAD).await;
    pin(&app, "Outside the drawn area", OLDBROOK).await;
    sqlx::query("UPDATE subscriptions SET last_digest_at = last_digest_at - interval '25 hours'")
        .execute(&app.pool)
        .await
        .unwrap();
    assert_eq!(digests(&app).await, 1);
    let digest = deliver(&app, &dir, &mut seen).await.remove(0);
    assert_eq!(
        digest.subject,
        "Your area: 1 new on Milton Keynes neighbourhood plan"
    );
    assert!(
        digest
            .body
            .contains("- Idea: Inside the drawn area (Fishermead)")
    );
    assert!(
        digest
            .body
            .contains(&format!("http://waymark.test/p/milton-keynes#/c/{inside}"))
    );
    assert!(!digest.body.contains("Outside the drawn area"));
    let _ = std::fs::remove_dir_all(dir);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn asking_again_sends_no_second_mail_and_tells_nobody_who_follows_what(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let ask = json!({ "email": "kim@example.org", "neighbourhood": "fishermead" });
    let first = subscribe(&app, ask.clone()).await;
    let (status, first) = (first.status(), first.text().await.unwrap());
    for _ in 0..3 {
        let again = subscribe(&app, ask.clone()).await;
        assert_eq!(again.status(), status);
        assert_eq!(again.text().await.unwrap(), first);
    }
    assert_eq!(count(&app.pool, "subscriptions").await, 1);
    assert_eq!(
        count(&app.pool, "mail_outbox").await,
        1,
        "one confirmation mail, not four"
    );

    // Never confirmed within a week: the address is forgotten, with its mail.
    assert_eq!(purge(&app).await.unconfirmed_subscriptions, 0);
    sqlx::query("UPDATE subscriptions SET created_at = now() - interval '8 days'")
        .execute(&app.pool)
        .await
        .unwrap();
    assert_eq!(purge(&app).await.unconfirmed_subscriptions, 1);
    assert_eq!(count(&app.pool, "subscriptions").await, 0);
    assert_eq!(count(&app.pool, "mail_outbox").await, 0);
}

/// The token of a confirmation mail's link.
fn confirm_token(mail: &Received) -> String {
    link(&mail.body, "http://")
        .split("token=")
        .nth(1)
        .unwrap()
        .to_owned()
}

async fn press_confirm(app: &TestApp, token: &str) -> reqwest::Response {
    visitor()
        .post(app.url("/follow/confirm"))
        .form(&[("token", token)])
        .send()
        .await
        .unwrap()
}

/// Anyone who knows an address can ask again for it: that sends no mail within ten
/// minutes, so it must not take away the link the person already has.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn asking_again_leaves_the_mailed_link_working(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let dir = mail_dir("ask-again");
    let mut seen = 0;
    let ask = json!({ "email": "rowan@example.org", "neighbourhood": "fishermead" });
    assert_eq!(subscribe(&app, ask.clone()).await.status(), 202);
    let mails = deliver(&app, &dir, &mut seen).await;
    assert_eq!(mails.len(), 1);
    let token = confirm_token(&mails[0]);

    for frequency in ["weekly", "daily"] {
        let mut again = ask.clone();
        again["frequency"] = json!(frequency);
        assert_eq!(subscribe(&app, again).await.status(), 202);
    }
    assert!(
        deliver(&app, &dir, &mut seen).await.is_empty(),
        "no second mail"
    );

    let page = visitor()
        .get(app.url(&format!("/follow/confirm?token={token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let r = press_confirm(&app, &token).await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("You follow this place"));
    let confirmed: i64 =
        sqlx::query_scalar("SELECT count(*) FROM subscriptions WHERE confirmed_at IS NOT NULL")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(confirmed, 1);
    let _ = std::fs::remove_dir_all(dir);
}

/// Asking again once the ten minutes are over sends a new mail, whose link replaces the
/// first: the person has both mails, and only the newest link is live.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_new_mail_after_ten_minutes_carries_the_only_live_link(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let dir = mail_dir("ask-later");
    let mut seen = 0;
    let ask = json!({ "email": "rowan@example.org", "neighbourhood": "fishermead" });
    subscribe(&app, ask.clone()).await;
    let first = confirm_token(&deliver(&app, &dir, &mut seen).await[0]);
    sqlx::query("UPDATE mail_outbox SET created_at = created_at - interval '11 minutes'")
        .execute(&app.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE subscriptions SET created_at = created_at - interval '11 minutes'")
        .execute(&app.pool)
        .await
        .unwrap();

    subscribe(&app, ask).await;
    let mails = deliver(&app, &dir, &mut seen).await;
    assert_eq!(mails.len(), 1, "a new confirmation mail");
    let second = confirm_token(&mails[0]);
    assert_ne!(first, second);

    let r = press_confirm(&app, &first).await;
    assert_eq!(r.status(), 404, "the replaced link");
    assert!(r.text().await.unwrap().contains("a newer mail of ours"));
    let r = press_confirm(&app, &second).await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("You follow this place"));
    let _ = std::fs::remove_dir_all(dir);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_mail_server_that_is_away_loses_nothing(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    subscribe(
        &app,
        json!({ "email": "lee@example.org", "neighbourhood": "oldbrook" }),
    )
    .await;
    // Nothing listens on this port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let away = Sender::from_url(&format!("smtp://127.0.0.1:{port}")).unwrap();
    assert_eq!(
        mail::deliver_pending(&app.pool, &away, &from())
            .await
            .unwrap(),
        0
    );
    let (attempts, error, later): (i32, Option<String>, bool) = sqlx::query_as(
        "SELECT attempts, last_error, next_attempt_at > now() FROM mail_outbox WHERE sent_at IS NULL",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(attempts, 1);
    assert!(error.is_some());
    assert!(later, "the next attempt waits");

    // When its time comes, a working sender delivers it.
    sqlx::query("UPDATE mail_outbox SET next_attempt_at = now()")
        .execute(&app.pool)
        .await
        .unwrap();
    let dir = mail_dir("retry");
    let mails = deliver(&app, &dir, &mut 0).await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, "lee@example.org");

    // A month on, the sent mail is forgotten (address and words); one sent yesterday stays.
    sqlx::query("UPDATE mail_outbox SET sent_at = now() - interval '31 days'")
        .execute(&app.pool)
        .await
        .unwrap();
    subscribe(
        &app,
        json!({ "email": "kai@example.org", "neighbourhood": "oldbrook" }),
    )
    .await;
    deliver(&app, &dir, &mut 1).await;
    let purged = purge(&app).await;
    assert_eq!((purged.sent_mail, purged.unconfirmed_subscriptions), (1, 0));
    let left: Vec<String> = sqlx::query_scalar("SELECT to_address FROM mail_outbox")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    assert_eq!(left, ["kai@example.org"]);
    let _ = std::fs::remove_dir_all(dir);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn bad_subscription_requests_get_a_problem_and_store_nothing(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let square = |lon: f64, lat: f64| {
        json!({ "type": "Polygon", "coordinates": [[
            [lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]
        ]]})
    };
    let bowtie = json!({ "type": "Polygon", "coordinates": [[
        [-0.76, 52.03], [-0.74, 52.05], [-0.74, 52.03], [-0.76, 52.05], [-0.76, 52.03]
    ]]});
    let cases = [
        (
            json!({ "email": "not an address", "neighbourhood": "fishermead" }),
            422,
            "email",
        ),
        (
            json!({ "email": "a@example.org\r\nBcc: b@example.org", "neighbourhood": "fishermead" }),
            422,
            "email",
        ),
        (json!({ "email": "a@example.org" }), 422, "neighbourhood"),
        (
            json!({ "email": "a@example.org", "neighbourhood": "fishermead", "area": square(-0.75, 52.03) }),
            422,
            "neighbourhood",
        ),
        (
            json!({ "email": "a@example.org", "neighbourhood": "atlantis" }),
            422,
            "neighbourhood",
        ),
        (
            json!({ "email": "a@example.org", "area": square(2.35, 48.85) }),
            422,
            "area",
        ),
        (
            json!({ "email": "a@example.org", "area": bowtie }),
            422,
            "area",
        ),
        (
            json!({ "email": "a@example.org", "area": { "type": "Point", "coordinates": [-0.75, 52.03] } }),
            422,
            "area",
        ),
        (
            json!({ "email": "a@example.org", "area": { "type": "Polygon", "coordinates": [[[-0.75, 52.03], [-0.74, 52.03], [-0.74, 95.0], [-0.75, 52.03]]] } }),
            422,
            "area",
        ),
        (
            json!({ "email": "a@example.org", "neighbourhood": "fishermead", "frequency": "hourly" }),
            422,
            "frequency",
        ),
        (
            json!({ "email": "a@example.org", "neighbourhood": "fishermead", "admin": true }),
            422,
            "admin",
        ),
    ];
    for (body, status, field) in cases {
        let r = subscribe(&app, body.clone()).await;
        assert_eq!(r.status(), status, "{body}");
        assert_eq!(
            r.headers()["content-type"],
            "application/problem+json",
            "{body}"
        );
        let problem: Value = r.json().await.unwrap();
        assert_eq!(problem["code"], "validation_failed", "{body}");
        let fields: Vec<&str> = problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["field"].as_str())
            .collect();
        assert!(
            fields.iter().any(|f| f.contains(field)),
            "{body}: {problem}"
        );
    }
    let r = visitor()
        .post(app.url("/api/v1/plans/atlantis/subscriptions"))
        .json(&json!({ "email": "a@example.org", "neighbourhood": "fishermead" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let r = visitor()
        .post(app.url("/api/v1/plans/milton-keynes/subscriptions"))
        .header("content-type", "application/json")
        .body("{\"email\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(count(&app.pool, "subscriptions").await, 0);
    assert_eq!(count(&app.pool, "mail_outbox").await, 0);

    // Links with a made-up token are a plain 404 page, never a 5xx.
    for path in [
        "/follow/confirm?token=nope",
        "/follow/confirm",
        "/follow/unsubscribe?token=%3Cscript%3E",
    ] {
        let r = visitor().get(app.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 404, "{path}");
    }
    let r = visitor()
        .post(app.url("/follow/confirm"))
        .form(&[("token", "A".repeat(43))])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}

/// A forged `Host` never reaches a mail: links in mails start with the public URL, or
/// without one with the address the server listens on.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn links_in_mails_never_come_from_the_requests_host(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let config = waymark_api::ApiConfig {
        public_url: Some("https://map.example.org/".into()),
        ..Default::default()
    };
    let public = TestApp::spawn_with(app.pool.clone(), config).await;
    let dir = mail_dir("forged-host");
    let mut seen = 0;
    for (server, email, base) in [
        (&app, "lee@example.org", app.url("")),
        (
            &public,
            "kai@example.org",
            "https://map.example.org".to_owned(),
        ),
    ] {
        let r = visitor()
            .post(server.url("/api/v1/plans/milton-keynes/subscriptions"))
            .header("host", "evil.example")
            .json(&json!({ "email": email, "neighbourhood": "fishermead" }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 202);
        let mails = deliver(server, &dir, &mut seen).await;
        assert_eq!(mails.len(), 1);
        let body = &mails[0].body;
        assert!(!body.contains("evil.example"), "{body}");
        let confirm = link(body, "http");
        assert!(
            confirm.starts_with(&format!("{base}/follow/confirm?token=")),
            "{confirm}"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

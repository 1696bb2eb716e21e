//! "Your data" (issue 21): a person proves an address by a one-time link, or uses their
//! visitor cookie or account, downloads everything tied to them as a ZIP of JSON and
//! CSV, and erases it; a data officer does the same, within their plan, for what
//! residents gave through a mobiliser.

use std::io::Read;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use waymark_tests::mail::Inbox;
use waymark_tests::{NO_LIMITS, TestApp, feature_at, visitor};

const PLAN: &str = "milton-keynes";
/// Where both residents pin (Fishermead).
const LON: f64 = -0.749;
const LAT: f64 = 52.035;

/// A pin of `who`'s with words and a name only they use.
fn pin(who: &str, n: u32) -> Value {
    let mut f = feature_at(&format!("{who} pin {n} title"), LON, LAT);
    f["properties"]["body"] = json!(format!("{who} words in pin {n}"));
    f["properties"]["display_name"] = json!(format!("{who} Name"));
    f
}

async fn post_pin(app: &TestApp, client: &reqwest::Client, who: &str, n: u32) -> String {
    let r = app.post_feature(client, &pin(who, n)).await;
    assert_eq!(r.status(), 201);
    let body: Value = r.json().await.unwrap();
    body["id"].as_str().unwrap().to_owned()
}

async fn reply(app: &TestApp, client: &reqwest::Client, pin: &str, text: &str, name: &str) {
    app.post_ok(
        client,
        &format!("/api/v1/contributions/{pin}/replies"),
        &json!({ "body": text, "display_name": name }),
    )
    .await;
}

async fn support(app: &TestApp, client: &reqwest::Client, pin: &str) {
    let r = client
        .put(app.url(&format!("/api/v1/contributions/{pin}/support")))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.status());
}

async fn follow(app: &TestApp, client: &reqwest::Client, pin: &str, email: &str) {
    let r = client
        .post(app.url(&format!("/api/v1/contributions/{pin}/followers")))
        .json(&json!({ "email": email }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 202);
}

/// Asks for a link for `email`, reads it from the mail, and uses it in `client`.
async fn prove(app: &TestApp, inbox: &mut Inbox, client: &reqwest::Client, email: &str) {
    let r = client
        .post(app.url("/api/v1/me/link"))
        .json(&json!({ "email": email }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 202);
    let mails = inbox.deliver_to(&app.pool, email).await;
    let mail = mails
        .iter()
        .find(|m| m.subject == "Your data on Waymark")
        .expect("the link's mail");
    let token = mail.token(&app.url("/me?"));
    let r = client
        .post(app.url("/api/v1/me/link/confirm"))
        .json(&json!({ "token": token }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["email"], email);
}

/// The files of a ZIP, by name.
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            (file.name().expect("a name").to_string(), text)
        })
        .collect()
}

async fn download(app: &TestApp, client: &reqwest::Client) -> Vec<(String, String)> {
    let r = client
        .get(app.url("/api/v1/me/data/export"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/zip");
    unzip(&r.bytes().await.unwrap())
}

fn file<'a>(files: &'a [(String, String)], name: &str) -> &'a str {
    &files.iter().find(|(n, _)| n == name).expect(name).1
}

fn rows(files: &[(String, String)], name: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(file(files, &format!("{name}.json")))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Every text, varchar, jsonb, array and tsvector column of every table that holds
/// `needle` (any case), as `table.column`.
async fn tables_holding(pool: &PgPool, needle: &str) -> Vec<String> {
    let columns: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.table_name::text, c.column_name::text
           FROM information_schema.columns c
           JOIN information_schema.tables t
             ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
            AND (c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
                 OR c.udt_name = 'tsvector')",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut found = Vec::new();
    for (table, column) in columns {
        let n: i64 = sqlx::query_scalar(&format!(
            "SELECT count(*) FROM \"{table}\" WHERE strpos(lower(\"{column}\"::text), lower($1)) > 0"
        ))
        .bind(needle)
        .fetch_one(pool)
        .await
        .unwrap();
        if n > 0 {
            found.push(format!("{table}.{column}"));
        }
    }
    found
}

fn tile_of(lon: f64, lat: f64, z: u8) -> (u32, u32) {
    let n = f64::from(1u32 << z);
    let x = ((lon + 180.0) / 360.0 * n).floor();
    let r = lat.to_radians();
    let y = ((1.0 - (r.tan() + 1.0 / r.cos()).ln() / std::f64::consts::PI) / 2.0 * n).floor();
    (x as u32, y as u32)
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The report's counts for this month: totals, kinds, themes, the trend.
async fn report_counts(app: &TestApp) -> Value {
    let month: String = sqlx::query_scalar("SELECT to_char(now(), 'YYYY-MM')")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let report = app
        .get_ok(
            &visitor(),
            &format!("/api/v1/plans/{PLAN}/reports/dialogue?month={month}"),
        )
        .await;
    let counts: Vec<Value> = report["neighbourhoods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            json!([
                n["slug"],
                n["total"],
                n["by_kind"],
                n["by_theme"],
                n["trend"]
            ])
        })
        .collect();
    json!(counts)
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_download_holds_all_that_is_yours_and_nothing_of_anyone_elses(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut inbox = Inbox::new();
    // Two residents who do the same things, each in their own words.
    let (ada, bea) = (visitor(), visitor());
    let ada_pin = post_pin(&app, &ada, "Ada", 1).await;
    let bea_pin = post_pin(&app, &bea, "Bea", 1).await;
    reply(&app, &ada, &bea_pin, "Ada replies to Bea", "Ada Name").await;
    reply(&app, &bea, &ada_pin, "Bea replies to Ada", "Bea Name").await;
    support(&app, &ada, &bea_pin).await;
    support(&app, &bea, &ada_pin).await;
    follow(&app, &ada, &ada_pin, "ada@example.org").await;
    follow(&app, &bea, &bea_pin, "bea@example.org").await;

    // Ada, in the browser she wrote with, proves her address too.
    prove(&app, &mut inbox, &ada, "ada@example.org").await;
    let summary = app.get_ok(&ada, "/api/v1/me/data").await;
    assert_eq!(summary["email"], "ada@example.org");
    assert_eq!(summary["visitor"], true);
    assert_eq!(summary["counts"]["contributions"], 1);

    let files = download(&app, &ada).await;
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    for kind in [
        "account",
        "contributions",
        "replies",
        "supports",
        "flags",
        "follows",
        "proposals",
        "energy_plans",
        "mail",
    ] {
        assert!(
            names.contains(&format!("{kind}.json").as_str()),
            "{names:?}"
        );
        assert!(names.contains(&format!("{kind}.csv").as_str()), "{names:?}");
    }
    assert!(file(&files, "README.txt").contains("volunteering: your offers to help"));
    let contributions = rows(&files, "contributions");
    assert_eq!(contributions.len(), 1);
    assert_eq!(contributions[0]["id"], ada_pin.as_str());
    assert_eq!(contributions[0]["title"], "Ada pin 1 title");
    assert_eq!(contributions[0]["lon"], LON);
    let replies = rows(&files, "replies");
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0]["body"], "Ada replies to Bea");
    let supports = rows(&files, "supports");
    assert_eq!(supports.len(), 1);
    assert_eq!(supports[0]["contribution_id"], bea_pin.as_str());
    let follows = rows(&files, "follows");
    assert_eq!(follows.len(), 1);
    assert_eq!(follows[0]["contribution_id"], ada_pin.as_str());
    assert_eq!(follows[0]["email"], "ada@example.org");
    assert!(
        rows(&files, "mail")
            .iter()
            .all(|m| m["to_address"] == "ada@example.org")
    );
    assert!(file(&files, "contributions.csv").contains("\"Ada pin 1 title\""));
    // Nothing of Bea's own: her pin's words, her name, her address, her reply.
    for (name, text) in &files {
        for hers in [
            "Bea pin",
            "Bea words",
            "Bea Name",
            "bea@example.org",
            "Bea replies",
        ] {
            assert!(!text.contains(hers), "{name} holds {hers:?}:\n{text}");
        }
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn by_the_address_alone_one_gets_what_the_address_ties(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mut inbox = Inbox::new();
    let ada = visitor();
    let ada_pin = post_pin(&app, &ada, "Ada", 1).await;
    follow(&app, &ada, &ada_pin, "ada@example.org").await;
    let phone = visitor();
    prove(&app, &mut inbox, &phone, "ada@example.org").await;
    let files = download(&app, &phone).await;
    assert_eq!(
        rows(&files, "contributions").len(),
        0,
        "the pin is the cookie's"
    );
    assert_eq!(rows(&files, "follows").len(), 1);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn after_erasure_nothing_of_the_person_is_left_anywhere(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    app.events_ready().await;
    let mut inbox = Inbox::new();
    let (ada, bea) = (visitor(), visitor());
    let lonely = post_pin(&app, &ada, "Zyxada", 1).await;
    let answered = post_pin(&app, &ada, "Zyxada", 2).await;
    let bea_pin = post_pin(&app, &bea, "Bea", 1).await;
    reply(
        &app,
        &bea,
        &answered,
        "Bea answers the second pin",
        "Bea Name",
    )
    .await;
    reply(
        &app,
        &ada,
        &bea_pin,
        "Zyxada words in a reply",
        "Zyxada Name",
    )
    .await;
    support(&app, &ada, &bea_pin).await;
    follow(&app, &ada, &lonely, "zyxada@example.org").await;
    prove(&app, &mut inbox, &ada, "zyxada@example.org").await;
    // A moderator hid and restored the lonely pin: the audit log holds its words.
    sqlx::query(
        "INSERT INTO audit_log (actor, action, target_type, target_id, before)
         VALUES ('user:x', 'contribution.edit', 'contribution', $1, $2)",
    )
    .bind(&lonely)
    .bind(json!({ "title": "Zyxada pin 1 title" }))
    .execute(&pool)
    .await
    .unwrap();

    // A digest to someone else lists her pin, beside its link; another mail that only
    // shares a word with it stays as it is.
    sqlx::query(
        "INSERT INTO mail_outbox (kind, to_address, subject, body_text) VALUES
            ('digest', 'carol@example.org', 'New in Fishermead',
             'New:\n- Idea: Zyxada pin 1 title (Fishermead)\n  http://x/p/mk#/c/' || $1 || E'\n'),
            ('digest', 'carol@example.org', 'New in Fishermead', 'A pin about a title')",
    )
    .bind(&lonely)
    .execute(&pool)
    .await
    .unwrap();
    // Everything that shows pins has shown hers: tile (now cached), OGC, search, events.
    let (x, y) = tile_of(LON, LAT, 16);
    let tile = format!("/tiles/contributions/16/{x}/{y}.mvt");
    let (status, _, bytes) = app.fetch_tile(&tile).await;
    assert_eq!(status, 200);
    assert!(contains(&bytes, "Zyxada pin 1"));
    let search = app
        .get_ok(
            &visitor(),
            &format!("/api/v1/plans/{PLAN}/contributions?q=Zyxada"),
        )
        .await;
    assert_eq!(search["features"].as_array().unwrap().len(), 2);
    assert!(!tables_holding(&pool, "Zyxada").await.is_empty());
    let counts = report_counts(&app).await;
    let bea_support_count = |app: &TestApp| {
        let pool = app.pool.clone();
        let id: uuid::Uuid = bea_pin.parse().unwrap();
        async move {
            sqlx::query_scalar::<_, i32>("SELECT support_count FROM contributions WHERE id = $1")
                .bind(id)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    assert_eq!(bea_support_count(&app).await, 1);

    let r = ada.delete(app.url("/api/v1/me/data")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let erased: Value = r.json().await.unwrap();
    assert_eq!(erased["contributions"], 1, "{erased}");
    assert_eq!(erased["contributions_kept_for_replies"], 1, "{erased}");
    assert_eq!(erased["replies"], 1, "{erased}");
    assert_eq!(erased["supports"], 1, "{erased}");
    assert_eq!(erased["follows"], 1, "{erased}");

    // Her e-mail, name and words are in no column of any table: not the pins, replies,
    // events' payloads, outbox mail, audit log, links, search vectors.
    for hers in [
        "zyxada@example.org",
        "Zyxada Name",
        "Zyxada pin",
        "Zyxada words",
    ] {
        assert_eq!(
            tables_holding(&pool, hers).await,
            Vec::<String>::new(),
            "{hers}"
        );
    }
    let carol: Vec<String> = sqlx::query_scalar(
        "SELECT body_text FROM mail_outbox WHERE to_address = 'carol@example.org' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(
        carol[0].contains("- Idea: removed at the author's request (Fishermead)"),
        "{carol:?}"
    );
    assert_eq!(
        carol[1], "A pin about a title",
        "an unrelated mail is untouched"
    );
    // Not in the tile, at once (this process's cache was evicted as by a hide).
    let (_, _, bytes) = app.fetch_tile(&tile).await;
    assert!(!contains(&bytes, "Zyxada"), "the tile forgot her");
    assert!(contains(&bytes, "Bea pin 1"), "Bea's pin is still there");
    // Nor the OGC items, the list, or search.
    let r = visitor()
        .get(app.url("/ogc/collections/contributions/items?limit=100"))
        .send()
        .await
        .unwrap();
    let ogc = r.text().await.unwrap();
    assert!(
        !ogc.contains("Zyxada") && ogc.contains("Bea pin 1"),
        "{ogc}"
    );
    let search = app
        .get_ok(
            &visitor(),
            &format!("/api/v1/plans/{PLAN}/contributions?q=Zyxada"),
        )
        .await;
    assert_eq!(search["features"].as_array().unwrap().len(), 0);
    let (status, _) = app
        .get_json(&format!("/api/v1/contributions/{lonely}"))
        .await;
    assert_eq!(status, 404);
    // The answered pin stays, its words replaced, and Bea's reply with it.
    let kept = app
        .get_ok(&visitor(), &format!("/api/v1/contributions/{answered}"))
        .await;
    assert_eq!(
        kept["properties"]["title"],
        "removed at the author's request"
    );
    assert_eq!(kept["properties"]["body"], "");
    assert!(kept["properties"]["display_name"].is_null());
    let replies = app
        .get_ok(
            &visitor(),
            &format!("/api/v1/contributions/{answered}/replies"),
        )
        .await;
    assert!(
        replies.to_string().contains("Bea answers the second pin"),
        "{replies}"
    );
    // The report counts what was said, as before; her support still counts once.
    assert_eq!(report_counts(&app).await, counts);
    assert_eq!(bea_support_count(&app).await, 1);

    // Asking again is no error and finds nothing more.
    let r = ada.delete(app.url("/api/v1/me/data")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let again: Value = r.json().await.unwrap();
    for (kind, n) in again.as_object().unwrap() {
        assert_eq!(n, 0, "{kind} the second time");
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_account_holder_erases_their_account_and_what_they_wrote(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let email = app.create_user("resident").await;
    sqlx::query("UPDATE users SET display_name = 'Quorra Accountname' WHERE email = $1")
        .bind(&email)
        .execute(&pool)
        .await
        .unwrap();
    let me = visitor();
    app.post_ok(
        &me,
        "/api/v1/auth/login",
        &json!({ "email": email, "password": waymark_tests::PASSWORD }),
    )
    .await;
    post_pin(&app, &me, "Quorra", 1).await;
    let summary = app.get_ok(&me, "/api/v1/me/data").await;
    assert_eq!(summary["account"], email.as_str());
    let files = download(&app, &me).await;
    assert_eq!(rows(&files, "account")[0]["email"], email.as_str());
    let r = me.delete(app.url("/api/v1/me/data")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let erased: Value = r.json().await.unwrap();
    assert_eq!(erased["accounts"], 1);
    for hers in [
        email.as_str(),
        "Quorra Accountname",
        "Quorra pin",
        "Quorra Name",
    ] {
        assert_eq!(
            tables_holding(&pool, hers).await,
            Vec::<String>::new(),
            "{hers}"
        );
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_forged_expired_or_used_link_is_a_plain_404(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let mut inbox = Inbox::new();
    let confirm = |client: reqwest::Client, token: String| {
        let url = app.url("/api/v1/me/link/confirm");
        async move {
            let r = client
                .post(url)
                .json(&json!({ "token": token }))
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            let body: Value = r.json().await.unwrap();
            (status, body["code"].clone(), body["detail"].clone())
        }
    };
    let forged = confirm(visitor(), "made-up-token".to_owned()).await;
    assert_eq!(forged.0, 404);
    assert_eq!(forged.1, "not_found");

    let client = visitor();
    app.post_ok(
        &client,
        "/api/v1/me/link",
        &json!({ "email": "once@example.org" }),
    )
    .await;
    let mail = inbox.deliver_to(&pool, "once@example.org").await;
    let token = mail[0].token(&app.url("/me?"));
    // Stored only as its SHA-256, with an expiry.
    let (digest, email, expires): (Vec<u8>, String, bool) = sqlx::query_as(
        "SELECT digest, email, expires_at > now() + interval '50 minutes' FROM data_links",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(digest, Sha256::digest(token.as_bytes()).to_vec());
    assert_eq!(email, "once@example.org");
    assert!(expires, "an hour");
    assert!(
        tables_holding(&pool, &token)
            .await
            .iter()
            .all(|c| c == "mail_outbox.body_text")
    );

    assert_eq!(confirm(client.clone(), token.clone()).await.0, 200);
    let reused = confirm(visitor(), token).await;
    assert_eq!(reused, forged, "a used link says no more than a forged one");

    app.post_ok(
        &visitor(),
        "/api/v1/me/link",
        &json!({ "email": "late@example.org" }),
    )
    .await;
    let token = inbox.deliver_to(&pool, "late@example.org").await[0].token(&app.url("/me?"));
    sqlx::query("UPDATE data_links SET expires_at = now() - interval '1 second'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(confirm(visitor(), token).await, forged);
    // The hourly prune deletes the expired link, address and all.
    waymark_store::self_service::prune_expired(&pool)
        .await
        .unwrap();
    assert_eq!(
        tables_holding(&pool, "late@example.org").await,
        ["mail_outbox.to_address"]
    );

    // Without any proof, nothing is shown.
    let r = visitor()
        .get(app.url("/api/v1/me/data/export"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    // An address that is not one is a 422 naming the field.
    let (status, body) = app
        .post_json_as(&visitor(), "/api/v1/me/link", &json!({ "email": "nope" }))
        .await;
    assert_eq!(status, 422, "{body}");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn erasing_someone_elses_pin_is_403_and_ones_own_is_idempotent(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (ada, bea) = (visitor(), visitor());
    let ada_pin = post_pin(&app, &ada, "Ada", 1).await;
    let bea_pin = post_pin(&app, &bea, "Bea", 1).await;
    let erase = |client: &reqwest::Client, id: &str| {
        client
            .delete(app.url(&format!("/api/v1/me/contributions/{id}")))
            .send()
    };
    let r = erase(&ada, &bea_pin).await.unwrap();
    assert_eq!(r.status(), 403);
    let problem: Value = r.json().await.unwrap();
    assert_eq!(problem["code"], "forbidden");
    let (status, _) = app
        .get_json(&format!("/api/v1/contributions/{bea_pin}"))
        .await;
    assert_eq!(status, 200, "Bea's pin stays");
    assert_eq!(erase(&ada, &ada_pin).await.unwrap().status(), 200);
    assert_eq!(erase(&ada, &ada_pin).await.unwrap().status(), 200, "again");
    let (status, _) = app
        .get_json(&format!("/api/v1/contributions/{ada_pin}"))
        .await;
    assert_eq!(status, 404);
    let missing = uuid::Uuid::new_v4();
    assert_eq!(
        erase(&ada, &missing.to_string()).await.unwrap().status(),
        404
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn asking_for_links_is_rate_limited_like_signing_in(pool: PgPool) {
    let limits = waymark_api::limits::LimitsConfig {
        logins_per_minute: 2,
        ..NO_LIMITS
    };
    let app = TestApp::with_empty_plan_and_limits(pool, limits).await;
    let client = visitor();
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let (status, _) = app
            .post_json_as(
                &client,
                "/api/v1/me/link",
                &json!({ "email": "x@example.org" }),
            )
            .await;
        statuses.push(status);
    }
    assert_eq!(statuses, [202, 202, 429]);
}

/// A conversation a mobiliser records for a resident without e-mail.
fn conversation(title: &str, on_behalf_of: &str, consent: &str, date: &str) -> Value {
    let mut f = feature_at(title, LON, LAT);
    let p = &mut f["properties"];
    p["display_name"] = json!(null);
    p["body"] = json!(format!("{title}: what they said"));
    p["on_behalf_of"] = json!(on_behalf_of);
    p["channel"] = json!("door_step");
    p["conversation_date"] = json!(date);
    p["consent"] = json!(consent);
    f
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_data_officer_answers_for_a_resident_within_their_plan_and_is_audited(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let today: String = sqlx::query_scalar("SELECT to_char(now(), 'YYYY-MM-DD')")
        .fetch_one(&pool)
        .await
        .unwrap();
    let mobiliser = app.signed_in("mobiliser").await;
    let mut ids = Vec::new();
    for (title, consent) in [("Qxv damp flat", "internal"), ("Qxv bus stop", "publish")] {
        let body = conversation(title, "Mrs Qxvadebayo, flat 3", consent, &today);
        ids.push(
            app.post_ok(
                &mobiliser,
                &format!("/api/v1/plans/{PLAN}/conversations"),
                &body,
            )
            .await["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    let other = conversation("Someone else's view", "Mr Other", "publish", &today);
    let others_id = app
        .post_ok(
            &mobiliser,
            &format!("/api/v1/plans/{PLAN}/conversations"),
            &other,
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let counts = report_counts(&app).await;

    let officer = app.signed_in("data_officer").await;
    let search = format!("/api/v1/plans/{PLAN}/data-requests?name=qxvadebayo");
    let found = app.get_ok(&officer, &search).await;
    let found_ids: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        found_ids,
        ids.iter().map(String::as_str).collect::<Vec<_>>()
    );

    // A data officer of another plan finds nothing here and may not act here; a
    // resident may not search at all.
    sqlx::query(
        "INSERT INTO plans (slug, title, boundary)
         VALUES ('elsewhere', 'Elsewhere', ST_Multi(ST_MakeEnvelope(1, 1, 2, 2, 4326)))",
    )
    .execute(&pool)
    .await
    .unwrap();
    let outsider_email = app.create_user("resident").await;
    let outsider_id: uuid::Uuid =
        sqlx::query_scalar("UPDATE users SET role = 'data_officer' WHERE email = $1 RETURNING id")
            .bind(&outsider_email)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(
        waymark_store::my_data::add_officer(&pool, outsider_id, "elsewhere")
            .await
            .unwrap()
    );
    let outsider = visitor();
    app.post_ok(
        &outsider,
        "/api/v1/auth/login",
        &json!({ "email": outsider_email, "password": waymark_tests::PASSWORD }),
    )
    .await;
    assert_eq!(app.get_ok(&outsider, &search).await, json!([]));
    let selection = json!({ "contributions": ids });
    for action in ["export", "erase"] {
        let (status, _) = app
            .post_json_as(
                &outsider,
                &format!("/api/v1/plans/{PLAN}/data-requests/{action}"),
                &selection,
            )
            .await;
        assert_eq!(status, 403, "{action} outside their plan");
    }
    let resident = app.signed_in("resident").await;
    assert_eq!(app.get_json_as(&resident, &search).await.0, 403);
    // Someone not recorded on a resident's behalf is not the officer's to touch.
    let (status, _) = app
        .post_json_as(
            &officer,
            &format!("/api/v1/plans/{PLAN}/data-requests/erase"),
            &json!({ "contributions": [uuid::Uuid::new_v4()] }),
        )
        .await;
    assert_eq!(status, 403);

    let r = officer
        .post(app.url(&format!("/api/v1/plans/{PLAN}/data-requests/export")))
        .json(&selection)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let files = unzip(&r.bytes().await.unwrap());
    let rows = rows(&files, "contributions");
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .all(|r| r["on_behalf_of"] == "Mrs Qxvadebayo, flat 3")
    );
    assert!(!files.iter().any(|(_, text)| text.contains("Mr Other")));

    let erased = app
        .post_ok(
            &officer,
            &format!("/api/v1/plans/{PLAN}/data-requests/erase"),
            &selection,
        )
        .await;
    assert_eq!(erased["contributions"], 2, "{erased}");
    for hers in ["Qxvadebayo", "Qxv damp", "Qxv bus"] {
        assert_eq!(
            tables_holding(&pool, hers).await,
            Vec::<String>::new(),
            "{hers}"
        );
    }
    assert_eq!(
        report_counts(&app).await,
        counts,
        "the report still counts them"
    );
    let (status, _) = app
        .get_json(&format!("/api/v1/contributions/{others_id}"))
        .await;
    assert_eq!(status, 200, "someone else's stays");
    // Again: nothing more to do, no error.
    let again = app
        .post_ok(
            &officer,
            &format!("/api/v1/plans/{PLAN}/data-requests/erase"),
            &selection,
        )
        .await;
    assert_eq!(again["contributions"], 0, "{again}");

    // Every request is audited: who, when, what — never the name asked for.
    let audit: Vec<(String, String, String, Option<Value>)> = sqlx::query_as(
        "SELECT actor, action, target_id, after FROM audit_log
          WHERE action LIKE 'data_request.%' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let officer_key: String = sqlx::query_scalar(
        "SELECT 'user:' || id FROM users WHERE role = 'data_officer' AND id <> $1",
    )
    .bind(outsider_id)
    .fetch_one(&pool)
    .await
    .unwrap();
    let mine: Vec<&str> = audit
        .iter()
        .filter(|(actor, ..)| *actor == officer_key)
        .map(|(_, action, ..)| action.as_str())
        .collect();
    assert_eq!(
        mine,
        [
            "data_request.search",
            "data_request.export",
            "data_request.erase",
            "data_request.erase"
        ]
    );
    assert!(audit.iter().all(|(_, _, plan, _)| plan == PLAN));
    let outsiders: Vec<&str> = audit
        .iter()
        .filter(|(actor, ..)| *actor == format!("user:{outsider_id}"))
        .map(|(_, action, ..)| action.as_str())
        .collect();
    assert_eq!(
        outsiders,
        ["data_request.search"],
        "a search that found nothing"
    );
    let erase_entry = &audit
        .iter()
        .find(|a| a.1 == "data_request.erase")
        .unwrap()
        .3;
    assert_eq!(erase_entry.as_ref().unwrap()["erased"], 2);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_hidden_pin_another_names_as_its_original_is_emptied_not_deleted(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let (ada, bea) = (visitor(), visitor());
    let original = post_pin(&app, &ada, "Wrenada", 1).await;
    let copy = post_pin(&app, &bea, "Bea", 1).await;
    sqlx::query("UPDATE contributions SET status = 'hidden' WHERE id = $1::uuid")
        .bind(&original)
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query(
        "UPDATE contributions SET status = 'hidden', duplicate_of = $1::uuid WHERE id = $2::uuid",
    )
    .bind(&original)
    .bind(&copy)
    .execute(&pool)
    .await
    .unwrap();
    let r = ada.delete(app.url("/api/v1/me/data")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(tables_holding(&pool, "Wrenada").await, Vec::<String>::new());
    let status: String = sqlx::query_scalar("SELECT status FROM contributions WHERE id = $1::uuid")
        .bind(&original)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(status, "hidden", "kept, empty, for the copy that names it");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_admin_makes_someone_a_data_officer_of_a_plan(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let admin = app.signed_in("admin").await;
    let email = app.create_user("resident").await;
    let id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(&email)
        .fetch_one(&pool)
        .await
        .unwrap();
    let officer = visitor();
    app.post_ok(
        &officer,
        "/api/v1/auth/login",
        &json!({ "email": email, "password": waymark_tests::PASSWORD }),
    )
    .await;
    let search = format!("/api/v1/plans/{PLAN}/data-requests?name=someone");
    assert_eq!(
        app.get_json_as(&officer, &search).await.0,
        403,
        "a resident"
    );
    let path = format!("/api/v1/plans/{PLAN}/data-officers/{id}");
    let (status, body) = app.put_json_as(&admin, &path, &json!({})).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["role"], "data_officer");
    assert_eq!(app.get_ok(&officer, &search).await, json!([]));
    let (status, _) = app
        .put_json_as(
            &admin,
            &format!("/api/v1/plans/nowhere/data-officers/{id}"),
            &json!({}),
        )
        .await;
    assert_eq!(status, 404);
    let audited: String = sqlx::query_scalar(
        "SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(id.to_string())
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(audited, "user.make_data_officer");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn groups_and_projects_are_in_the_download_and_go_with_an_erasure(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool.clone()).await;
    let email = app.create_user("resident").await;
    sqlx::query("UPDATE users SET display_name = 'Yara Groupmember' WHERE email = $1")
        .bind(&email)
        .execute(&pool)
        .await
        .unwrap();
    let me = visitor();
    app.post_ok(
        &me,
        "/api/v1/auth/login",
        &json!({ "email": email, "password": waymark_tests::PASSWORD }),
    )
    .await;
    let facilitator = app.signed_in("facilitator").await;
    let group = app
        .post_ok(
            &facilitator,
            &format!("/api/v1/plans/{PLAN}/groups"),
            &json!({ "name": "Fishermead Action Group", "neighbourhoods": ["fishermead"] }),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _) = app
        .put_json_as(
            &me,
            &format!("/api/v1/groups/{group}/membership"),
            &json!({}),
        )
        .await;
    assert_eq!(status, 200);
    let my_id: String = sqlx::query_scalar("SELECT id::text FROM users WHERE email = $1")
        .bind(&email)
        .fetch_one(&pool)
        .await
        .unwrap();
    let (status, _) = app
        .put_json_as(
            &facilitator,
            &format!("/api/v1/groups/{group}/members/{my_id}"),
            &json!({}),
        )
        .await;
    assert_eq!(status, 200);
    let threads = format!("/api/v1/groups/{group}/threads");
    // Her thread, which the facilitator answers (kept, her words replaced), and her
    // reply in the facilitator's thread (deleted).
    let hers = app
        .post_ok(
            &me,
            &threads,
            &json!({ "title": "Yara thread title", "body": "Yara thread words" }),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = facilitator
        .post(app.url(&format!("{threads}/{hers}/replies")))
        .json(&json!({ "body": "Facilitator answers" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let theirs = app
        .post_ok(
            &facilitator,
            &threads,
            &json!({ "title": "Agenda ideas", "body": "Send yours" }),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = me
        .post(app.url(&format!("{threads}/{theirs}/replies")))
        .json(&json!({ "body": "Yara reply words" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let pin = post_pin(&app, &visitor(), "Other", 1).await;
    // The rest as the project and group pages leave it.
    sqlx::query(
        "WITH g AS (SELECT $1::uuid AS id),
              mt AS (INSERT INTO group_meetings (group_id, starts_at)
                     SELECT id, now() - interval '7 days' FROM g RETURNING id),
              att AS (INSERT INTO group_attendance (meeting_id, user_id)
                      SELECT mt.id, $2::uuid FROM mt),
              ap AS (INSERT INTO group_action_points (group_id, meeting_id, text, owner_name)
                     SELECT g.id, mt.id, 'Ask the council about the lift', 'Yara Groupmember'
                       FROM mt, g),
              pl AS (SELECT id FROM plans WHERE slug = 'milton-keynes'),
              pr AS (INSERT INTO projects (plan_id, slug, title, technology, site)
                     SELECT id, 'school-solar', 'School solar', 'solar_pv',
                            ST_SetSRID(ST_MakePoint(-0.749, 52.035), 4326) FROM pl RETURNING id),
              ro AS (INSERT INTO volunteer_roles (project_id, title)
                     SELECT id, 'Roof surveyor' FROM pr RETURNING id),
              vo AS (INSERT INTO volunteers (role_id, email, display_name, confirm_digest,
                                             leave_digest, confirmed_at)
                     SELECT ro.id, $3, 'Yara Volunteername', '\\x01', '\\x02', now() FROM ro),
              fo AS (INSERT INTO project_followers (project_id, user_id, unsubscribe_token)
                     SELECT pr.id, $2::uuid, 'yara-unfollow-token' FROM pr),
              ch AS (INSERT INTO champions (plan_id, user_id, display_name, training)
                     SELECT id, $2::uuid, 'Yara Championname', 'Yara training notes' FROM pl),
              lm AS (INSERT INTO learning_modules (plan_id, slug, title, body_md)
                     SELECT id, 'what-is-solar', 'What is solar?', 'Sun.' FROM pl RETURNING id),
              mc AS (INSERT INTO module_completions (module_id, user_id)
                     SELECT lm.id, $2::uuid FROM lm)
         INSERT INTO help_requests (contribution_id, requester_key) VALUES ($4::uuid, 'user:' || $2)",
    )
    .bind(&group)
    .bind(&my_id)
    .bind(&email)
    .bind(&pin)
    .execute(&pool)
    .await
    .unwrap();
    let flag = format!("/api/v1/groups/{group}/posts/{theirs}/flags");
    let r = me
        .post(app.url(&flag))
        .json(&json!({ "reason": "Yara flag reason" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 202);

    let summary = app.get_ok(&me, "/api/v1/me/data").await;
    for (kind, n) in [
        ("group_memberships", 1),
        ("group_posts", 2),
        ("group_flags", 1),
        ("meetings_attended", 1),
        ("action_points", 1),
        ("volunteering", 1),
        ("champion", 1),
        ("modules_completed", 1),
        ("project_follows", 1),
        ("help_requests", 1),
    ] {
        assert_eq!(summary["counts"][kind], n, "{kind}: {summary}");
    }
    let files = download(&app, &me).await;
    assert_eq!(rows(&files, "group_memberships")[0]["status"], "active");
    assert_eq!(rows(&files, "volunteering")[0]["role"], "Roof surveyor");
    assert_eq!(
        rows(&files, "champion")[0]["training"],
        "Yara training notes"
    );
    assert!(file(&files, "group_posts.csv").contains("Yara reply words"));
    assert!(file(&files, "README.txt").contains("volunteering:"));

    let r = me.delete(app.url("/api/v1/me/data")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let erased: Value = r.json().await.unwrap();
    assert_eq!(erased["group_posts"], 2, "{erased}");
    assert_eq!(erased["group_memberships"], 1);
    assert_eq!(erased["volunteering"], 1);
    assert_eq!(erased["champion"], 1);
    for hers in [
        email.as_str(),
        "Yara",
        "yara-unfollow-token",
        "Yara flag reason",
    ] {
        assert_eq!(
            tables_holding(&pool, hers).await,
            Vec::<String>::new(),
            "{hers}"
        );
    }
    // Her thread stays for the facilitator's answer, without her words.
    let thread = app.get_ok(&facilitator, &format!("{threads}/{hers}")).await;
    assert_eq!(
        thread["posts"][0]["body"],
        "removed at the author's request"
    );
    assert_eq!(thread["posts"][1]["body"], "Facilitator answers");
    let flags: i64 = sqlx::query_scalar("SELECT count(*) FROM group_post_flags")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(flags, 1, "the flag still counts, cut from her");
    let left: i64 = sqlx::query_scalar(
        "SELECT (SELECT count(*) FROM volunteers) + (SELECT count(*) FROM champions)
              + (SELECT count(*) FROM help_requests) + (SELECT count(*) FROM project_followers)
              + (SELECT count(*) FROM module_completions) + (SELECT count(*) FROM group_attendance)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(left, 0);
}

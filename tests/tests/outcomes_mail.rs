//! Hearing back: followers of a pin, of a commitment or of a place, and authors who gave
//! an address when posting, get exactly one mail per change, read back from the outbox;
//! unconfirmed followers get nothing; a resident sees their own pins with outcomes.

use reqwest::Client;
use serde_json::{Value, json};
use sqlx::PgPool;
use uuid::Uuid;
use waymark_tests::{TestApp, feature_at, visitor};

const FISHERMEAD: (f64, f64) = (-0.749, 52.035);
const OLDBROOK: (f64, f64) = (-0.765, 52.029);
const RESPONSES: &str = "/api/v1/plans/milton-keynes/responses";

async fn pin(app: &TestApp, client: &Client, title: &str, (lon, lat): (f64, f64)) -> String {
    let r = app.post_feature(client, &feature_at(title, lon, lat)).await;
    assert_eq!(r.status(), 201);
    r.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A mail row as queued.
#[derive(Debug, sqlx::FromRow)]
struct Queued {
    to_address: String,
    subject: String,
    body_text: String,
    headers: Value,
}

async fn outcome_mails(pool: &PgPool) -> Vec<Queued> {
    sqlx::query_as(
        "SELECT to_address, subject, body_text, headers FROM mail_outbox
          WHERE kind = 'outcome' ORDER BY lower(to_address), id",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

/// Forgets the outcome mails seen so far, so that the next change is counted alone.
async fn clear_outcome_mails(pool: &PgPool) {
    sqlx::query("DELETE FROM mail_outbox WHERE kind = 'outcome'")
        .execute(pool)
        .await
        .unwrap();
}

/// Opens the newest confirmation mail to `email` and presses its Confirm button; then
/// lets the address ask for another follow at once (the 10-minute rule is not on trial).
async fn confirm(app: &TestApp, email: &str) {
    let body: String = sqlx::query_scalar(
        "SELECT body_text FROM mail_outbox WHERE kind = 'confirm' AND to_address = $1
          ORDER BY id DESC LIMIT 1",
    )
    .bind(email)
    .fetch_one(&app.pool)
    .await
    .unwrap_or_else(|_| panic!("no confirmation mail to {email}"));
    let token = body
        .split("token=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("a token")
        .to_owned();
    let r = visitor()
        .post(app.url("/follow/confirm"))
        .form(&[("token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    sqlx::query("UPDATE mail_outbox SET created_at = created_at - interval '11 minutes'")
        .execute(&app.pool)
        .await
        .unwrap();
}

async fn follow(app: &TestApp, path: &str, email: &str) -> (u16, Value) {
    app.post_json_as(&visitor(), path, &json!({ "email": email }))
        .await
}

fn to(mails: &[Queued]) -> Vec<&str> {
    mails.iter().map(|m| m.to_address.as_str()).collect()
}

fn mail_to<'a>(mails: &'a [Queued], address: &str) -> &'a Queued {
    mails
        .iter()
        .find(|m| m.to_address == address)
        .unwrap_or_else(|| panic!("no mail to {address}"))
}

/// Every outcome mail ends with a working way out, in its body and its headers.
fn has_unsubscribe(mail: &Queued) {
    assert!(
        mail.body_text.contains("To stop, open: http://"),
        "{}",
        mail.body_text
    );
    assert!(
        mail.headers["List-Unsubscribe"]
            .as_str()
            .is_some_and(|h| h.contains("/follow/unsubscribe?token=")),
        "{:?}",
        mail.headers
    );
    assert_eq!(
        mail.headers["List-Unsubscribe-Post"],
        "List-Unsubscribe=One-Click"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn every_follower_hears_once_per_change_and_the_unconfirmed_hear_nothing(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let resident = visitor();
    let a = pin(&app, &resident, "Dark underpass", FISHERMEAD).await;
    let b = pin(&app, &resident, "No lights by the shops", FISHERMEAD).await;
    let far = pin(&app, &resident, "Pothole on the redway", OLDBROOK).await;
    // The author gives an address when posting: the pin keeps none, a follow is made.
    let mut own = feature_at("Scary at night", FISHERMEAD.0, FISHERMEAD.1);
    own["properties"]["follow_email"] = json!("author@example.org");
    let r = app.post_feature(&visitor(), &own).await;
    assert_eq!(r.status(), 201);
    let authored = r.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    confirm(&app, "author@example.org").await;
    let mut bad = feature_at("Bad address", FISHERMEAD.0, FISHERMEAD.1);
    bad["properties"]["follow_email"] = json!("not an address");
    let (status, problem) = app
        .post_json_as(
            &visitor(),
            "/api/v1/plans/milton-keynes/contributions",
            &bad,
        )
        .await;
    assert_eq!(status, 422, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "properties.follow_email");

    let pin_path = format!("/api/v1/contributions/{a}/followers");
    assert_eq!(follow(&app, &pin_path, "pin@example.org").await.0, 202);
    confirm(&app, "pin@example.org").await;
    // Asking again answers the same and sends nothing new.
    assert_eq!(follow(&app, &pin_path, "pin@example.org").await.0, 202);
    assert_eq!(
        follow(&app, &pin_path, "unconfirmed@example.org").await.0,
        202
    );
    let (status, problem) = follow(&app, &pin_path, "nope").await;
    assert_eq!(
        (status, problem["code"].as_str()),
        (422, Some("validation_failed"))
    );
    let unknown = format!("/api/v1/contributions/{}/followers", Uuid::new_v4());
    assert_eq!(follow(&app, &unknown, "pin@example.org").await.0, 404);

    let place = "/api/v1/plans/milton-keynes/subscriptions";
    for email in ["place@example.org", "both@example.org"] {
        let (status, _) = app
            .post_json_as(
                &visitor(),
                place,
                &json!({ "email": email, "neighbourhood": "fishermead" }),
            )
            .await;
        assert_eq!(status, 202);
        confirm(&app, email).await;
    }
    // `both@` follows the pin and its neighbourhood (in another case): still one mail.
    assert_eq!(follow(&app, &pin_path, "Both@Example.org").await.0, 202);
    confirm(&app, "Both@Example.org").await;

    let responder = app.signed_in("responder").await;
    let (status, written) = app
        .post_json_as(
            &responder,
            RESPONSES,
            &json!({
                "selection": { "ids": [a, b, authored, far] },
                "status": "planned", "expected_month": "2027-03",
                "response": "We will light both Fishermead underpasses.",
                "title": "Lighting the Fishermead underpasses",
            }),
        )
        .await;
    assert_eq!(status, 201, "{written}");
    let commitment = written["id"].as_str().unwrap().to_owned();

    let mails = outcome_mails(&app.pool).await;
    assert_eq!(
        to(&mails),
        [
            "author@example.org",
            "Both@Example.org",
            "pin@example.org",
            "place@example.org"
        ],
        "one mail per address, none to the unconfirmed"
    );
    for mail in &mails {
        has_unsubscribe(mail);
        assert!(
            mail.body_text
                .contains("Commitment: Lighting the Fishermead underpasses")
        );
        assert!(mail.body_text.contains("Expected: 2027-03"));
        assert!(
            !mail.body_text.contains("Pothole on the redway"),
            "not in Fishermead"
        );
    }
    let pin_mail = mail_to(&mails, "pin@example.org");
    assert_eq!(
        pin_mail.subject,
        "Milton Keynes neighbourhood plan: a pin you follow is now planned"
    );
    assert!(pin_mail.body_text.contains("- Dark underpass\n  http://"));
    assert!(pin_mail.body_text.contains(&format!("#/c/{a}")));
    assert!(!pin_mail.body_text.contains("No lights by the shops"));
    let author_mail = mail_to(&mails, "author@example.org");
    assert!(author_mail.body_text.contains("- Scary at night\n"));
    assert!(!author_mail.body_text.contains("Dark underpass"));
    let place_mail = mail_to(&mails, "place@example.org");
    assert!(
        place_mail
            .subject
            .contains("3 pins you follow are now planned")
    );
    for title in ["Dark underpass", "No lights by the shops", "Scary at night"] {
        assert!(place_mail.body_text.contains(title), "{title}");
    }
    let both = mail_to(&mails, "Both@Example.org");
    assert!(both.body_text.contains("you follow Fishermead. To stop"));
    assert!(
        both.body_text
            .contains("you follow the pin “Dark underpass”. To stop")
    );

    // A commitment follower, then a progress update: one mail to each address again.
    clear_outcome_mails(&app.pool).await;
    let path = format!("/api/v1/commitments/{commitment}/followers");
    assert_eq!(follow(&app, &path, "commitment@example.org").await.0, 202);
    confirm(&app, "commitment@example.org").await;
    // A hidden pin is never named again.
    sqlx::query("UPDATE contributions SET status = 'hidden' WHERE id = $1::uuid")
        .bind(&b)
        .execute(&app.pool)
        .await
        .unwrap();
    let (status, body) = app
        .post_json_as(
            &responder,
            &format!("/api/v1/responses/{commitment}/updates"),
            &json!({ "progress": 40, "note": "The first lights are up.", "date": "2026-11-20" }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let mails = outcome_mails(&app.pool).await;
    assert_eq!(
        to(&mails),
        [
            "author@example.org",
            "Both@Example.org",
            "commitment@example.org",
            "pin@example.org",
            "place@example.org"
        ]
    );
    for mail in &mails {
        has_unsubscribe(mail);
        assert_eq!(
            mail.subject,
            "Milton Keynes neighbourhood plan: “Lighting the Fishermead underpasses” is 40% done"
        );
        assert!(mail.body_text.contains("“The first lights are up.”"));
        assert!(!mail.body_text.contains("No lights by the shops"), "hidden");
    }
    assert!(
        mail_to(&mails, "commitment@example.org")
            .body_text
            .contains("you follow the commitment “Lighting the Fishermead underpasses”")
    );

    // Unsubscribing through a mail's link ends that follow: the next change skips it.
    clear_outcome_mails(&app.pool).await;
    let link = mail_to(&mails, "pin@example.org").headers["List-Unsubscribe"]
        .as_str()
        .unwrap()
        .trim_matches(['<', '>'])
        .to_owned();
    let token = link.split("token=").nth(1).unwrap();
    let r = visitor()
        .post(app.url(&format!("/follow/unsubscribe?token={token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let (status, _) = app
        .post_json_as(
            &responder,
            &format!("/api/v1/responses/{commitment}/updates"),
            &json!({ "progress": 100, "note": "All done." }),
        )
        .await;
    assert_eq!(status, 201);
    let mails = outcome_mails(&app.pool).await;
    assert!(!to(&mails).contains(&"pin@example.org"), "{:?}", to(&mails));
    assert_eq!(mails.len(), 4);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_bulk_response_over_a_followed_neighbourhood_is_one_mail_listing_the_pins(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (status, _) = app
        .post_json_as(
            &visitor(),
            "/api/v1/plans/milton-keynes/subscriptions",
            &json!({ "email": "street@example.org", "neighbourhood": "fishermead" }),
        )
        .await;
    assert_eq!(status, 202);
    confirm(&app, "street@example.org").await;
    let resident = visitor();
    for i in 0..300 {
        let dx = f64::from(i) * 1e-6;
        pin(
            &app,
            &resident,
            &format!("Bin {i:03}"),
            (FISHERMEAD.0 + dx, FISHERMEAD.1),
        )
        .await;
    }
    let responder = app.signed_in("responder").await;
    let (status, written) = app
        .post_json_as(
            &responder,
            RESPONSES,
            &json!({
                "selection": { "filter": { "neighbourhood": "fishermead" } },
                "status": "considering",
                "response": "We are looking at bins across Fishermead.",
            }),
        )
        .await;
    assert_eq!(status, 201, "{written}");
    assert_eq!(written["contributions"], 300);
    let mails = outcome_mails(&app.pool).await;
    assert_eq!(to(&mails), ["street@example.org"], "one mail, not 300");
    let mail = &mails[0];
    assert_eq!(
        mail.subject,
        "Milton Keynes neighbourhood plan: 300 pins you follow are now being considered"
    );
    assert!(mail.body_text.contains("- Bin 000\n"));
    assert!(mail.body_text.contains("- Bin 099\n"));
    assert!(mail.body_text.contains("… and 200 more."));
    has_unsubscribe(mail);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_resident_sees_their_own_pins_with_their_outcomes(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let resident = visitor();
    let answered = pin(&app, &resident, "Dark underpass", FISHERMEAD).await;
    pin(&app, &resident, "A bench please", OLDBROOK).await;
    let neighbour = visitor();
    pin(&app, &neighbour, "Someone else's", FISHERMEAD).await;
    let responder = app.signed_in("responder").await;
    let (status, _) = app
        .post_json_as(
            &responder,
            RESPONSES,
            &json!({
                "selection": { "ids": [answered] },
                "status": "not_possible", "reason": "The underpass is private land.",
                "response": "We cannot light it.",
            }),
        )
        .await;
    assert_eq!(status, 201);
    let path = "/api/v1/plans/milton-keynes/contributions/mine";
    let (status, mine) = app.get_json_as(&resident, path).await;
    assert_eq!(status, 200);
    let features = mine["features"].as_array().unwrap();
    let titles: Vec<&str> = features
        .iter()
        .map(|f| f["properties"]["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["A bench please", "Dark underpass"]);
    let outcome = &features[1]["properties"]["outcome"];
    assert_eq!(outcome["status"], "not_possible");
    assert_eq!(outcome["reason"], "The underpass is private land.");
    assert_eq!(features[0]["properties"]["outcome"]["status"], "open");
    let (_, theirs) = app.get_json_as(&neighbour, path).await;
    assert_eq!(theirs["numberReturned"], 1);
    let (status, nobody) = app.get_json(path).await;
    assert_eq!((status, nobody["numberReturned"].as_i64()), (200, Some(0)));
}

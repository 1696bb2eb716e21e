//! Every resident's language: the one rule that chooses it (`?lang=`, the
//! `waymark_lang` cookie, `Accept-Language`, en-GB) through the real app, and
//! problem details people read in that language while their `code` stays the same.

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_tests::{TestApp, feature, visitor};

/// GET `path` with extra headers: the status, `Content-Language` and the body.
async fn get(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> (u16, String, Value) {
    let mut request = visitor().get(app.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let lang = response
        .headers()
        .get("content-language")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, lang, response.json().await.unwrap())
}

#[sqlx::test(migrator = "waymark_store::MIGRATOR")]
async fn the_language_is_chosen_by_query_then_cookie_then_accept_language(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let missing = "/api/v1/plans/nowhere";
    // What the case is, the query string, the headers, and the language answered in.
    type Case = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
        &'static str,
    );
    let cases: &[Case] = &[
        ("nothing asked", "", &[], "en-GB"),
        ("?lang", "?lang=pl", &[("accept-language", "ro")], "pl"),
        (
            "?lang beats the cookie",
            "?lang=ar",
            &[("cookie", "waymark_lang=pt")],
            "ar",
        ),
        (
            "cookie",
            "",
            &[
                ("cookie", "a=b; waymark_lang=ur"),
                ("accept-language", "pl"),
            ],
            "ur",
        ),
        (
            "unknown ?lang falls to the cookie",
            "?lang=xx",
            &[("cookie", "waymark_lang=ro")],
            "ro",
        ),
        (
            "unknown ?lang falls to the header",
            "?lang=klingon",
            &[("accept-language", "pt-BR")],
            "pt",
        ),
        (
            "unknown cookie falls to the header",
            "",
            &[
                ("cookie", "waymark_lang=zz"),
                ("accept-language", "pl-PL,en;q=0.5"),
            ],
            "pl",
        ),
        (
            "q-values",
            "",
            &[("accept-language", "en;q=0.3, ro;q=0.8, ar-EG;q=0.9")],
            "ar",
        ),
        (
            "no language spoken here",
            "",
            &[("accept-language", "de-DE, fr;q=0.7")],
            "en-GB",
        ),
        ("star", "", &[("accept-language", "*")], "en-GB"),
        (
            "malformed header",
            "",
            &[("accept-language", ";;q=,,=pl;q=x;;")],
            "en-GB",
        ),
        ("pseudo-locale by name", "?lang=en-XA", &[], "en-XA"),
    ];
    for (case, query, headers, wanted) in cases {
        let (status, lang, problem) = get(&app, &format!("{missing}{query}"), headers).await;
        assert_eq!(status, 404, "{case}: never an error of its own: {problem}");
        assert_eq!(problem["code"], "not_found", "{case}");
        assert_eq!(lang, *wanted, "{case}");
    }
}

#[sqlx::test(migrator = "waymark_store::MIGRATOR")]
async fn the_same_problem_in_two_languages_has_the_same_code_and_other_words(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;

    let (_, _, en) = get(&app, "/api/v1/plans/nowhere", &[]).await;
    let (_, _, pl) = get(&app, "/api/v1/plans/nowhere", &[("accept-language", "pl")]).await;
    assert_eq!(
        (en["code"].as_str(), pl["code"].as_str()),
        (Some("not_found"), Some("not_found"))
    );
    assert_eq!(en["title"], "Not found");
    assert_eq!(en["detail"], "plan not found");
    assert_eq!(pl["title"], "Nie znaleziono");
    assert_eq!(pl["detail"], "Nie ma takiego planu.");

    // A pin without a title: 422 in both, the field named in the Polish detail.
    let mut untitled = feature("");
    untitled["properties"]["title"] = json!("");
    let en = app.post_feature(&visitor(), &untitled).await;
    assert_eq!(en.status(), 422);
    assert!(
        en.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/problem+json")
    );
    let en: Value = en.json().await.unwrap();
    let pl = visitor()
        .post(app.url("/api/v1/plans/milton-keynes/contributions"))
        .header("content-type", "application/geo+json")
        .header("cookie", "waymark_lang=pl")
        .body(untitled.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(pl.status(), 422);
    assert_eq!(pl.headers()["content-language"], "pl");
    let pl: Value = pl.json().await.unwrap();
    assert_eq!(en["code"], "validation_failed");
    assert_eq!(pl["code"], en["code"]);
    assert_eq!(en["title"], "Validation failed");
    assert_eq!(pl["title"], "Błędne dane");
    assert_ne!(pl["detail"], en["detail"]);
    assert!(
        pl["detail"].as_str().unwrap().contains("properties.title"),
        "{pl}"
    );
    assert_eq!(
        pl["errors"], en["errors"],
        "which fields are at fault does not change"
    );
}

#[sqlx::test(migrator = "waymark_store::MIGRATOR")]
async fn the_pseudo_locale_marks_every_problem_text(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (status, lang, problem) = get(&app, "/api/v1/plans/nowhere?lang=en-XA", &[]).await;
    assert_eq!((status, lang.as_str()), (404, "en-XA"));
    assert_eq!(problem["code"], "not_found");
    assert_eq!(problem["title"], "[Ñóóţ ƒóóúúñď]");
    assert_eq!(problem["detail"], "[þĺááñ ñóóţ ƒóóúúñď]");
}

/// The newest mail of `kind` to `email`, as queued: subject and body.
async fn queued(app: &TestApp, kind: &str, email: &str) -> (String, String) {
    sqlx::query_as(
        "SELECT subject, body_text FROM mail_outbox WHERE kind = $1 AND to_address = $2
          ORDER BY id DESC LIMIT 1",
    )
    .bind(kind)
    .bind(email)
    .fetch_one(&app.pool)
    .await
    .unwrap_or_else(|_| panic!("no {kind} mail to {email}"))
}

/// Presses Confirm in the newest confirmation mail to `email`.
async fn confirm(app: &TestApp, email: &str) {
    let (_, body) = queued(app, "confirm", email).await;
    let token = body
        .split("token=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("a token");
    let r = visitor()
        .post(app.url("/follow/confirm"))
        .form(&[("token", token)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

#[sqlx::test(migrator = "waymark_store::MIGRATOR")]
async fn a_polish_visitor_gets_their_mails_in_polish(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;

    // Following a neighbourhood, with the browser's Accept-Language.
    let r = visitor()
        .post(app.url("/api/v1/plans/milton-keynes/subscriptions"))
        .header("accept-language", "pl-PL,pl;q=0.9,en;q=0.5")
        .json(&json!({ "email": "ania@example.org", "neighbourhood": "fishermead" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 202);
    let (subject, body) = queued(&app, "confirm", "ania@example.org").await;
    assert_eq!(
        subject,
        "Potwierdź: obserwowanie okolicy Fishermead w planie Milton Keynes neighbourhood plan"
    );
    assert!(
        body.starts_with("Dzień dobry,\n\nktoś, prawdopodobnie Ty,"),
        "{body}"
    );
    assert!(body.contains("Aby potwierdzić, otwórz ten link"), "{body}");

    // Following a pin, with the cookie the language picker leaves; an English
    // follower of the same pin hears in English.
    let created = app
        .post_feature(&visitor(), &feature("Ławka przy szkole"))
        .await;
    assert_eq!(created.status(), 201);
    let pin: Value = created.json().await.unwrap();
    let pin = pin["id"].as_str().unwrap().to_owned();
    let followers = format!("/api/v1/contributions/{pin}/followers");
    for (email, cookie) in [
        ("marek@example.org", "waymark_lang=pl"),
        ("sam@example.org", ""),
    ] {
        let r = visitor()
            .post(app.url(&followers))
            .header("cookie", cookie)
            .json(&json!({ "email": email }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 202);
        confirm(&app, email).await;
        // The 10-minute rule between confirmation mails is not on trial here.
        sqlx::query("UPDATE mail_outbox SET created_at = created_at - interval '11 minutes'")
            .execute(&app.pool)
            .await
            .unwrap();
    }
    let (subject, body) = queued(&app, "confirm", "marek@example.org").await;
    assert_eq!(
        subject,
        "Potwierdź: wiadomości o pinezce „Ławka przy szkole” w planie Milton Keynes neighbourhood plan"
    );
    assert!(
        body.contains("co dzieje się z pinezką „Ławka przy szkole”"),
        "{body}"
    );

    // The status changes: each follower hears in the language they asked in.
    let responder = app.signed_in("responder").await;
    let (status, written) = app
        .post_json_as(
            &responder,
            "/api/v1/plans/milton-keynes/responses",
            &json!({
                "selection": { "ids": [pin] },
                "status": "planned", "expected_month": "2027-03",
                "response": "We will put a bench there in spring.",
            }),
        )
        .await;
    assert_eq!(status, 201, "{written}");
    let (subject, body) = queued(&app, "outcome", "marek@example.org").await;
    assert_eq!(
        subject,
        "Milton Keynes neighbourhood plan: nowy stan obserwowanej pinezki: zaplanowane"
    );
    assert!(body.starts_with("Dzień dobry,\n\n"), "{body}");
    assert!(body.contains("Nowy stan: zaplanowane."), "{body}");
    assert!(body.contains("Przewidywany termin: 2027-03"), "{body}");
    assert!(body.contains("Aby zrezygnować, otwórz: http://"), "{body}");
    let (subject, body) = queued(&app, "outcome", "sam@example.org").await;
    assert_eq!(
        subject,
        "Milton Keynes neighbourhood plan: a pin you follow is now planned"
    );
    assert!(body.contains("To stop, open: http://"), "{body}");
}

/// Posts a pin with this title and body (and `lang` when given): its properties.
async fn post_pin(app: &TestApp, title: &str, body: &str, lang: Option<&str>) -> Value {
    let mut pin = feature(title);
    pin["properties"]["body"] = json!(body);
    if let Some(lang) = lang {
        pin["properties"]["lang"] = json!(lang);
    }
    let r = app.post_feature(&visitor(), &pin).await;
    assert_eq!(r.status(), 201, "{title}");
    r.json::<Value>().await.unwrap()
}

const POLISH: (&str, &str) = (
    "Ławki przy przystanku autobusowym",
    "Przy przystanku nie ma żadnych ławek, a starsi mieszkańcy muszą długo stać, czekając na autobus do miasta.",
);
const ROMANIAN: (&str, &str) = (
    "Iluminat pe aleea dintre blocuri",
    "Seara aleea este foarte întunecată și oamenii se tem să meargă pe acolo după ce se termină lucrul.",
);
const ENGLISH: (&str, &str) = (
    "Benches on the redway",
    "There are no benches along the redway, so older neighbours cannot stop and rest on the way to the shops.",
);
const PORTUGUESE: (&str, &str) = (
    "Estacionamento para bicicletas",
    "Precisamos de lugares seguros para deixar as bicicletas junto ao centro comunitário, porque muitas são roubadas.",
);

#[sqlx::test(migrator = "waymark_store::MIGRATOR")]
async fn a_contribution_records_the_language_it_is_written_in(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let cases = [
        (POLISH, None, Some("pl")),
        (ROMANIAN, None, Some("ro")),
        (ENGLISH, None, Some("en")),
        // Given wins over detection, and only the primary subtag is kept.
        (ENGLISH, Some("pt-BR"), Some("pt")),
        // Too little to tell: unknown, not a guess.
        (("Ok", ""), None, None),
    ];
    for ((title, body), given, wanted) in cases {
        let created = post_pin(&app, title, body, given).await;
        assert_eq!(
            created["properties"]["lang"].as_str(),
            wanted,
            "{title} {given:?}"
        );
        let id = created["id"].as_str().unwrap();
        let (_, fetched) = app.get_json(&format!("/api/v1/contributions/{id}")).await;
        assert_eq!(fetched["properties"]["lang"].as_str(), wanted, "{title}");
        let (_, item) = app
            .get_json(&format!("/ogc/collections/contributions/items/{id}"))
            .await;
        assert_eq!(item["properties"]["lang"].as_str(), wanted, "OGC: {title}");
    }
    let mut bad = feature("A pin");
    bad["properties"]["lang"] = json!("not a tag");
    let r = app.post_feature(&visitor(), &bad).await;
    assert_eq!(r.status(), 422);
    let problem: Value = r.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "properties.lang");
}

/// A mobiliser's conversation and an imported log record their language as a pin does.
#[sqlx::test(migrator = "waymark_store::MIGRATOR")]
async fn conversations_and_imports_record_their_language(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let mobiliser = app.signed_in("mobiliser").await;
    let (title, body) = POLISH;
    let conversation = json!({
        "type": "Feature",
        "geometry": { "type": "Point", "coordinates": [-0.749, 52.035] },
        "properties": {
            "kind": "idea", "themes": ["community"], "title": title, "body": body,
            "channel": "door_step", "conversation_date": "2026-11-02", "consent": "publish"
        }
    });
    let recorded = app
        .post_ok(
            &mobiliser,
            "/api/v1/plans/milton-keynes/conversations",
            &conversation,
        )
        .await;
    assert_eq!(recorded["properties"]["lang"], "pl", "{recorded}");

    let (ro_title, ro_body) = ROMANIAN;
    let (en_title, en_body) = ENGLISH;
    let csv = format!(
        "kind,themes,title,body,lat,lon,date,lang\n\
         idea,community,\"{ro_title}\",\"{ro_body}\",52.035,-0.749,2026-10-01,\n\
         idea,community,\"{en_title}\",\"{en_body}\",52.035,-0.749,2026-10-02,pt-BR\n"
    );
    let path = std::env::temp_dir().join(format!("lang-{}.csv", uuid::Uuid::new_v4()));
    std::fs::write(&path, csv).unwrap();
    let mapping = waymark::import::contributions::Mapping::load(None).unwrap();
    let rows = waymark::import::contributions::import(&app.pool, "milton-keynes", &path, &mapping)
        .await
        .unwrap();
    assert_eq!(rows, 2);
    let langs: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT title, lang FROM contributions WHERE title IN ($1, $2) ORDER BY title",
    )
    .bind(ro_title)
    .bind(en_title)
    .fetch_all(&app.pool)
    .await
    .unwrap();
    let of = |t: &str| {
        langs
            .iter()
            .find(|(title, _)| title == t)
            .unwrap()
            .1
            .clone()
    };
    assert_eq!(of(ro_title).as_deref(), Some("ro"), "detected");
    assert_eq!(of(en_title).as_deref(), Some("pt"), "given in the file");
}

#[sqlx::test(migrator = "waymark_store::MIGRATOR")]
async fn search_reads_each_pin_in_its_own_language(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    for (title, body) in [POLISH, ROMANIAN, ENGLISH, PORTUGUESE] {
        post_pin(&app, title, body, None).await;
    }
    let found = |q: &'static str| {
        let app = &app;
        async move {
            let (status, list) = app
                .get_json(&format!("/api/v1/plans/milton-keynes/contributions?q={q}"))
                .await;
            assert_eq!(status, 200, "{q}: {list}");
            let mut titles: Vec<String> = list["features"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["properties"]["title"].as_str().unwrap().to_owned())
                .collect();
            titles.sort();
            titles
        }
    };
    // Polish has no stemming configuration: its words are found as written.
    assert_eq!(found("przystanku").await, [POLISH.0]);
    assert_eq!(found("ławek").await, [POLISH.0]);
    // English still stems: "bench" finds "benches", "resting" finds "rest".
    assert_eq!(found("bench").await, [ENGLISH.0]);
    assert_eq!(found("resting").await, [ENGLISH.0]);
    // Portuguese stems with its own configuration: "bicicleta" finds "bicicletas".
    assert_eq!(found("bicicleta").await, [PORTUGUESE.0]);
    // Romanian too: "întunecat" finds "întunecată".
    assert_eq!(found("întunecat").await, [ROMANIAN.0]);
    // Only the configurations of pins' languages read the query: Turkish would stem
    // "solar" to "so", which the English pin's words hold.
    assert!(found("solar").await.is_empty());
    assert!(found("zzzz").await.is_empty());
}

#[sqlx::test(migrator = "waymark_store::MIGRATOR")]
async fn the_dialogue_report_can_be_asked_for_in_any_language(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    sqlx::query(
        "INSERT INTO contributions (plan_id, kind, themes, title, body, precision, location,
                                    status, created_at, lang)
         SELECT id, 'idea', '{green_space}', 'Trees on Saxon Street', 'Shade in summer.', 'exact',
                ST_SetSRID(ST_MakePoint(-0.749, 52.035), 4326), 'published', '2026-10-03', 'en'
           FROM plans WHERE slug = 'milton-keynes'",
    )
    .execute(&app.pool)
    .await
    .unwrap();
    let report = |query: &'static str, headers: &'static [(&'static str, &'static str)]| {
        let app = &app;
        async move {
            let mut request = visitor().get(app.url(&format!(
                "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&neighbourhood=fishermead&format=html{query}"
            )));
            for (name, value) in headers {
                request = request.header(*name, *value);
            }
            let r = request.send().await.unwrap();
            assert_eq!(r.status(), 200);
            let lang = r.headers()["content-language"].to_str().unwrap().to_owned();
            (lang, r.text().await.unwrap())
        }
    };

    let (lang, html) = report("", &[]).await;
    assert_eq!(lang, "en-GB");
    assert!(html.contains("<html lang=\"en-GB\" dir=\"ltr\">"));
    assert!(
        html.contains("<h1>Dialogue report: Milton Keynes neighbourhood plan, October 2026</h1>"),
        "{html}"
    );
    assert!(
        html.contains("<th scope=\"row\">green space</th>"),
        "{html}"
    );

    let (lang, html) = report("&lang=pl", &[("accept-language", "ro")]).await;
    assert_eq!(lang, "pl");
    assert!(html.contains("<html lang=\"pl\" dir=\"ltr\">"));
    assert!(
        html.contains(
            "<h1>Raport z dialogu: Milton Keynes neighbourhood plan, październik 2026</h1>"
        ),
        "{html}"
    );
    assert!(
        html.contains("<figcaption>Według tematu</figcaption>"),
        "{html}"
    );
    assert!(html.contains("<th scope=\"row\">zieleń</th>"), "{html}");
    assert!(
        html.contains("1 wpis w tym miesiącu (o 1 więcej niż w poprzednim miesiącu)."),
        "{html}"
    );

    let (lang, html) = report("", &[("accept-language", "ar-EG")]).await;
    assert_eq!(lang, "ar");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));

    // Markdown speaks the same words.
    let r = visitor()
        .get(app.url(
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&neighbourhood=fishermead&format=md&lang=pl",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-language"], "pl");
    let md = r.text().await.unwrap();
    assert!(
        md.starts_with("# Raport z dialogu: Milton Keynes neighbourhood plan, październik 2026\n"),
        "{md}"
    );
    assert!(md.contains("**Według tematu**"), "{md}");
    assert!(md.contains("| zieleń | 1 | 0 |"), "{md}");
    assert!(md.contains("1 wpis w tym miesiącu"), "{md}");
}

#[sqlx::test(migrator = "waymark_store::MIGRATOR")]
async fn the_follow_pages_speak_the_readers_language(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let broken = "/follow/confirm?token=short";
    let r = visitor().get(app.url(broken)).send().await.unwrap();
    assert_eq!(r.status(), 404);
    let html = r.text().await.unwrap();
    assert!(html.contains("<html lang=\"en-GB\" dir=\"ltr\">"), "{html}");
    assert!(html.contains("<h1>This link does not work</h1>"), "{html}");

    let r = visitor()
        .get(app.url(broken))
        .header("cookie", "waymark_lang=ur")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(r.headers()["content-language"], "ur");
    let html = r.text().await.unwrap();
    assert!(html.contains("<html lang=\"ur\" dir=\"rtl\">"), "{html}");
    assert!(!html.contains("This link does not work"), "{html}");
}

#[sqlx::test(migrator = "waymark_store::MIGRATOR")]
async fn the_languages_are_listed_each_named_in_itself(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let (status, list) = app.get_json("/api/v1/languages").await;
    assert_eq!(status, 200);
    assert_eq!(
        list,
        json!([
            { "tag": "en-GB", "name": "English (UK)", "dir": "ltr" },
            { "tag": "pl", "name": "Polski", "dir": "ltr" },
            { "tag": "ro", "name": "Română", "dir": "ltr" },
            { "tag": "pt", "name": "Português", "dir": "ltr" },
            { "tag": "ur", "name": "اردو", "dir": "rtl" },
            { "tag": "ar", "name": "العربية", "dir": "rtl" },
        ])
    );
}

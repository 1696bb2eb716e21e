//! Write limits: the workshop allowance goes only to pins into an open workshop, an
//! account's allowance only to credentials that authenticate, and made-up credentials
//! leave no key behind. Each client below comes from an address of its own on the
//! loopback network (127.0.0.N), as clients behind different public addresses would.

use std::net::{IpAddr, Ipv4Addr};

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_api::limits::LimitsConfig;
use waymark_tests::{PASSWORD, TestApp, feature};

const WORKSHOP_HEADER: &str = "x-waymark-workshop";

/// Three ordinary writes a minute per address; forty pins into a workshop.
const SMALL: LimitsConfig = LimitsConfig {
    writes_per_minute_per_ip: 3,
    workshop_writes_per_minute_per_ip: 40,
    writes_per_minute_per_account: 1000,
    logins_per_minute: 2,
};

/// A visitor (own cookie jar, `X-Requested-With` as the map UI sends) at 127.0.0.`n`.
fn from(n: u8) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-requested-with",
        reqwest::header::HeaderValue::from_static("waymark-tests"),
    );
    reqwest::Client::builder()
        .cookie_store(true)
        .default_headers(headers)
        .local_address(IpAddr::V4(Ipv4Addr::new(127, 0, 0, n)))
        .build()
        .expect("a client")
}

/// Signs `client` in as a new user with `role`; the user's email.
async fn sign_in(app: &TestApp, client: &reqwest::Client, role: &str) -> String {
    let email = app.create_user(role).await;
    let r = client
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "sign-in as {role}");
    email
}

/// Opens a workshop as a new facilitator at 127.0.0.`n`; its code and that client.
async fn open_workshop(app: &TestApp, n: u8) -> (String, reqwest::Client) {
    let facilitator = from(n);
    sign_in(app, &facilitator, "facilitator").await;
    let r = facilitator
        .post(app.url("/api/v1/plans/milton-keynes/workshops"))
        .json(&json!({ "title": "Fishermead energy evening" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let code = r.json::<Value>().await.unwrap()["code"]
        .as_str()
        .unwrap()
        .to_owned();
    (code, facilitator)
}

fn workshop_pin(code: &str, title: &str) -> Value {
    let mut pin = feature(title);
    pin["properties"]["workshop"] = json!(code);
    pin
}

/// Sends `method path` with `body` as `client`, with the workshop header when given.
async fn send(
    app: &TestApp,
    client: &reqwest::Client,
    method: reqwest::Method,
    path: &str,
    body: Option<&Value>,
    workshop: Option<&str>,
) -> u16 {
    let mut request = client.request(method, app.url(path));
    if let Some(body) = body {
        request = request
            .header("content-type", "application/geo+json")
            .body(body.to_string());
    }
    if let Some(code) = workshop {
        request = request.header(WORKSHOP_HEADER, code);
    }
    request.send().await.unwrap().status().as_u16()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_workshop_header_lends_nothing_to_writes_that_are_not_pins_into_it(pool: PgPool) {
    let app = TestApp::with_empty_plan_and_limits(pool, SMALL).await;
    let (code, _) = open_workshop(&app, 2).await;
    let r = app
        .post_feature(&from(3), &feature("Solar on the school"))
        .await;
    assert_eq!(r.status(), 201);
    let id = r.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let c = format!("/api/v1/contributions/{id}");
    let proposal = json!({
        "title": "Solar on the Trinity Centre roof", "technology": "solar_pv",
        "capacity_kw": 150.0, "export_kw": 150.0,
        "site": { "type": "Point", "coordinates": [-0.749, 52.035] },
        "group_name": "Fishermead Community Energy", "draft": true,
    });
    let writes: [(&str, reqwest::Method, String, Option<Value>); 5] = [
        (
            "reply",
            reqwest::Method::POST,
            format!("{c}/replies"),
            Some(json!({ "body": "Good idea" })),
        ),
        (
            "support",
            reqwest::Method::PUT,
            format!("{c}/support"),
            None,
        ),
        (
            "flag",
            reqwest::Method::POST,
            format!("{c}/flags"),
            Some(json!({ "reason": "Rude" })),
        ),
        (
            "proposal",
            reqwest::Method::POST,
            "/api/v1/plans/milton-keynes/proposals".into(),
            Some(proposal),
        ),
        (
            "subscription",
            reqwest::Method::POST,
            "/api/v1/plans/milton-keynes/subscriptions".into(),
            Some(json!({ "email": "amira@example.org", "neighbourhood": "fishermead" })),
        ),
    ];
    for (n, (what, method, path, body)) in writes.into_iter().enumerate() {
        let client = from(10 + n as u8);
        if what == "proposal" {
            sign_in(&app, &client, "resident").await;
        }
        // A made-up code and the open workshop's own, in turn: the fourth is refused.
        let mut statuses = Vec::new();
        for header in ["NOSUCH", code.as_str(), "NOSUCH", code.as_str()] {
            statuses.push(
                send(
                    &app,
                    &client,
                    method.clone(),
                    &path,
                    body.as_ref(),
                    Some(header),
                )
                .await,
            );
        }
        assert!(
            !statuses[..3].contains(&429) && statuses[3] == 429,
            "{what}: {statuses:?}"
        );
    }

    // Sign-in has its own limit per email, header or not.
    let email = app.create_user("resident").await;
    let client = from(30);
    let mut statuses = Vec::new();
    for header in ["NOSUCH", code.as_str(), code.as_str()] {
        let r = client
            .post(app.url("/api/v1/auth/login"))
            .header(WORKSHOP_HEADER, header)
            .json(&json!({ "email": email, "password": "not the password" }))
            .send()
            .await
            .unwrap();
        statuses.push(r.status().as_u16());
    }
    assert_eq!(statuses, [401, 401, 429]);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn only_an_open_workshop_of_the_plan_gives_its_pins_the_larger_allowance(pool: PgPool) {
    let app = TestApp::with_empty_plan_and_limits(pool, SMALL).await;
    let (open, _) = open_workshop(&app, 2).await;
    let (ended, facilitator) = open_workshop(&app, 3).await;
    let r = facilitator
        .patch(app.url(&format!("/api/v1/workshops/{ended}")))
        .json(&json!({ "status": "ended" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let pins = "/api/v1/plans/milton-keynes/contributions";

    // A room behind one address pins into the open workshop well past the ordinary limit.
    let room = from(10);
    for n in 0..10 {
        let pin = workshop_pin(&open, &format!("Room pin {n}"));
        let status = send(
            &app,
            &room,
            reqwest::Method::POST,
            pins,
            Some(&pin),
            Some(&open),
        )
        .await;
        assert_eq!(status, 201, "pin {n}");
    }

    // A workshop that has ended, or none at all: the handler's refusal, then the
    // ordinary limit.
    for (n, (code, refusal)) in [(ended.as_str(), 409), ("NOSUCH", 422)]
        .into_iter()
        .enumerate()
    {
        let client = from(20 + n as u8);
        let mut statuses = Vec::new();
        for _ in 0..4 {
            let pin = workshop_pin(code, "Late pin");
            statuses.push(
                send(
                    &app,
                    &client,
                    reqwest::Method::POST,
                    pins,
                    Some(&pin),
                    Some(code),
                )
                .await,
            );
        }
        assert_eq!(statuses, [refusal, refusal, refusal, 429], "{code}");
    }
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM contributions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(rows, 10);
}

/// The value of `rate_limiter_keys{limiter="NAME"}` in `/metrics`.
async fn limiter_keys(app: &TestApp, name: &str) -> u64 {
    let text = from(1)
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let prefix = format!("rate_limiter_keys{{limiter=\"{name}\"}} ");
    text.lines()
        .find_map(|line| line.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no {prefix} in /metrics"))
        .trim()
        .parse()
        .unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn an_account_has_one_allowance_and_made_up_credentials_none(pool: PgPool) {
    let limits = LimitsConfig {
        writes_per_minute_per_ip: 1000,
        writes_per_minute_per_account: 3,
        ..SMALL
    };
    let app = TestApp::with_empty_plan_and_limits(pool, limits).await;

    // Two sessions and a personal token of one account share its allowance: making the
    // token is one write, a pin from each of the other two make three.
    let phone = from(2);
    let email = sign_in(&app, &phone, "resident").await;
    let laptop = from(3);
    let r = laptop
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let token = app
        .post_ok(&laptop, "/api/v1/auth/tokens", &json!({ "name": "script" }))
        .await["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let phone_pin = app.post_feature(&phone, &feature("From the phone")).await;
    assert_eq!(phone_pin.status(), 201);
    let script_pin = from(4)
        .post(app.url("/api/v1/plans/milton-keynes/contributions"))
        .bearer_auth(&token)
        .header("content-type", "application/geo+json")
        .body(feature("From a script").to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(script_pin.status(), 201);
    let laptop_pin = app.post_feature(&laptop, &feature("One too many")).await;
    assert_eq!(laptop_pin.status(), 429);

    // Made-up tokens are refused and count against their address alone.
    let junk = from(5);
    for n in 0..50 {
        let r = junk
            .post(app.url("/api/v1/plans/milton-keynes/contributions"))
            .bearer_auth(format!("wm_made-up-{n}"))
            .header("content-type", "application/geo+json")
            .body(feature("Junk").to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);
    }
    assert_eq!(limiter_keys(&app, "writes_per_account").await, 1);
    assert_eq!(limiter_keys(&app, "writes_per_ip").await, 4);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn behind_a_trusted_proxy_limits_count_the_forwarded_client_and_nobody_else_chooses(
    pool: PgPool,
) {
    let mut conn = pool.acquire().await.unwrap();
    waymark::seed::load_plan(&mut conn).await.unwrap();
    drop(conn);
    let app = TestApp::spawn_with(
        pool,
        waymark_api::ApiConfig {
            limits: SMALL,
            trusted_proxies: vec!["127.0.0.9/32".parse().unwrap()],
            ..Default::default()
        },
    )
    .await;
    let pin = |client: &reqwest::Client, forwarded_for: &str| {
        client
            .post(app.url("/api/v1/plans/milton-keynes/contributions"))
            .header("x-forwarded-for", forwarded_for)
            .json(&feature("Through the proxy"))
            .send()
    };
    // Two people behind the proxy: each has the allowance of an address of their own,
    // whatever they wrote into the header themselves before it reached the proxy.
    let proxy = from(9);
    for person in ["203.0.113.1", "203.0.113.2"] {
        for n in 0..3 {
            let forwarded = format!("198.51.100.{n}, {person}");
            assert_eq!(pin(&proxy, &forwarded).await.unwrap().status(), 201);
        }
        assert_eq!(pin(&proxy, person).await.unwrap().status(), 429, "{person}");
    }
    // A client that is not the proxy cannot choose its address by the header.
    let direct = from(10);
    for n in 0..3 {
        let forwarded = format!("203.0.113.{}", 50 + n);
        assert_eq!(pin(&direct, &forwarded).await.unwrap().status(), 201);
    }
    assert_eq!(pin(&direct, "203.0.113.99").await.unwrap().status(), 429);
    // "The machine itself may read /metrics" means the machine, not a visitor whose
    // request the proxy on this machine passed on.
    let metrics = |forwarded_for: Option<&str>| {
        let mut request = proxy.get(app.url("/metrics"));
        if let Some(f) = forwarded_for {
            request = request.header("x-forwarded-for", f);
        }
        request.send()
    };
    assert_eq!(metrics(Some("203.0.113.1")).await.unwrap().status(), 401);
    assert_eq!(metrics(None).await.unwrap().status(), 200);
}

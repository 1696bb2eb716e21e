//! A corpus of bad requests: each gets a 4xx problem+json with a stable code, and
//! nothing is written.

use serde_json::{Value, json};
use sqlx::PgPool;
use waymark_tests::{TestApp, feature, feature_at};

const POST_PATH: &str = "/api/v1/plans/milton-keynes/contributions";

struct Case {
    name: &'static str,
    method: &'static str,
    path: String,
    content_type: Option<&'static str>,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
    status: u16,
    code: &'static str,
    /// The field the problem should name, for validation problems.
    field: Option<&'static str>,
}

fn post(name: &'static str, body: impl Into<Vec<u8>>, status: u16, code: &'static str) -> Case {
    Case {
        name,
        method: "POST",
        path: POST_PATH.to_owned(),
        content_type: Some("application/geo+json"),
        headers: Vec::new(),
        body: body.into(),
        status,
        code,
        field: None,
    }
}

fn post_feature(name: &'static str, edit: impl FnOnce(&mut Value), field: &'static str) -> Case {
    let mut f = feature("A perfectly good title");
    edit(&mut f);
    Case {
        field: Some(field),
        ..post(name, f.to_string(), 422, "validation_failed")
    }
}

fn get(name: &'static str, path: &str, status: u16, code: &'static str) -> Case {
    Case {
        name,
        method: "GET",
        path: path.to_owned(),
        content_type: None,
        headers: Vec::new(),
        body: Vec::new(),
        status,
        code,
        field: None,
    }
}

fn corpus(existing: &str) -> Vec<Case> {
    let good = feature("A perfectly good title").to_string();
    vec![
        post(
            "malformed JSON",
            "{\"type\": \"Feature\", ",
            400,
            "malformed_json",
        ),
        post("empty body", "", 400, "malformed_json"),
        post(
            "trailing garbage",
            format!("{good} extra"),
            400,
            "malformed_json",
        ),
        post(
            "NaN literal",
            good.replace("-0.749", "NaN"),
            400,
            "malformed_json",
        ),
        post(
            "Infinity literal",
            good.replace("52.035", "Infinity"),
            400,
            "malformed_json",
        ),
        post(
            "number too large for a double",
            good.replace("52.035", "1e999"),
            400,
            "malformed_json",
        ),
        post("not UTF-8", vec![0xff, 0xfe, 0x7b], 400, "malformed_json"),
        Case {
            content_type: Some("text/plain"),
            ..post(
                "text/plain content type",
                good.clone(),
                415,
                "unsupported_media_type",
            )
        },
        Case {
            content_type: Some("application/x-www-form-urlencoded"),
            ..post(
                "form content type",
                "title=x",
                415,
                "unsupported_media_type",
            )
        },
        Case {
            content_type: None,
            ..post(
                "no content type",
                good.clone(),
                415,
                "unsupported_media_type",
            )
        },
        Case {
            field: Some("body"),
            ..post("a JSON array", "[]", 422, "validation_failed")
        },
        post_feature(
            "a FeatureCollection",
            |f| f["type"] = json!("FeatureCollection"),
            "type",
        ),
        post_feature(
            "Polygon instead of Point",
            |f| f["geometry"] = json!({"type": "Polygon", "coordinates": [[[-0.75, 52.03], [-0.74, 52.03], [-0.74, 52.04], [-0.75, 52.03]]]}),
            "geometry.type",
        ),
        post_feature(
            "LineString instead of Point",
            |f| {
                f["geometry"] =
                    json!({"type": "LineString", "coordinates": [[-0.75, 52.03], [-0.74, 52.04]]})
            },
            "geometry.type",
        ),
        post_feature("null geometry", |f| f["geometry"] = Value::Null, "geometry"),
        post_feature(
            "no geometry",
            |f| {
                f.as_object_mut().unwrap().remove("geometry");
            },
            "body",
        ),
        post_feature(
            "coordinates as strings",
            |f| f["geometry"]["coordinates"] = json!(["-0.75", "52.03"]),
            "geometry.coordinates",
        ),
        post_feature(
            "one coordinate",
            |f| f["geometry"]["coordinates"] = json!([-0.75]),
            "geometry.coordinates",
        ),
        post_feature(
            "latitude out of range",
            |f| f["geometry"]["coordinates"] = json!([-0.75, 152.03]),
            "geometry.coordinates",
        ),
        post_feature(
            "longitude out of range",
            |f| f["geometry"]["coordinates"] = json!([-190.0, 52.03]),
            "geometry.coordinates",
        ),
        Case {
            field: Some("geometry"),
            ..post(
                "lon/lat swapped (lands outside the plan)",
                feature_at("Swapped", 52.035, -0.749).to_string(),
                422,
                "outside_plan",
            )
        },
        Case {
            field: Some("geometry"),
            ..post(
                "a point in London, outside the plan",
                feature_at("Far away", -0.1276, 51.5072).to_string(),
                422,
                "outside_plan",
            )
        },
        post_feature(
            "empty title",
            |f| f["properties"]["title"] = json!(""),
            "properties.title",
        ),
        post_feature(
            "blank title",
            |f| f["properties"]["title"] = json!("   \t "),
            "properties.title",
        ),
        post_feature(
            "missing title",
            |f| {
                f["properties"].as_object_mut().unwrap().remove("title");
            },
            "properties.title",
        ),
        post_feature(
            "100 KB title",
            |f| f["properties"]["title"] = json!("x".repeat(100 * 1024)),
            "properties.title",
        ),
        post_feature(
            "title of the wrong type",
            |f| f["properties"]["title"] = json!(42),
            "properties.title",
        ),
        post_feature(
            "body too long",
            |f| f["properties"]["body"] = json!("y".repeat(4001)),
            "properties.body",
        ),
        post_feature(
            "display name too long",
            |f| f["properties"]["display_name"] = json!("z".repeat(61)),
            "properties.display_name",
        ),
        post_feature(
            "missing kind",
            |f| {
                f["properties"].as_object_mut().unwrap().remove("kind");
            },
            "properties.kind",
        ),
        post_feature(
            "unknown kind",
            |f| f["properties"]["kind"] = json!("complaint"),
            "properties.kind",
        ),
        post_feature(
            "unknown theme",
            |f| f["properties"]["themes"] = json!(["energy", "parking"]),
            "properties.themes[1]",
        ),
        post_feature(
            "no themes",
            |f| f["properties"]["themes"] = json!([]),
            "properties.themes",
        ),
        post_feature(
            "too many themes",
            |f| f["properties"]["themes"] = json!(["energy", "housing", "health", "safety"]),
            "properties.themes",
        ),
        post_feature(
            "unknown precision",
            |f| f["properties"]["precision"] = json!("house"),
            "properties.precision",
        ),
        Case {
            path: "/api/v1/plans/atlantis/contributions".into(),
            ..post("unknown plan", good.clone(), 404, "not_found")
        },
        post(
            "10 MB body",
            format!(
                "{{\"type\":\"Feature\",\"pad\":\"{}\"}}",
                "p".repeat(10 * 1024 * 1024)
            ),
            413,
            "payload_too_large",
        ),
        Case {
            headers: vec![("idempotency-key", "k".repeat(300))],
            field: Some("Idempotency-Key"),
            ..post(
                "Idempotency-Key too long",
                good.clone(),
                400,
                "invalid_parameter",
            )
        },
        get(
            "bad cursor",
            &format!("{POST_PATH}?cursor=not-a-cursor"),
            400,
            "invalid_parameter",
        ),
        get(
            "forged cursor",
            &format!("{POST_PATH}?cursor=MTIzLm5vdC1hLXV1aWQ"),
            400,
            "invalid_parameter",
        ),
        get(
            "bbox of three numbers",
            &format!("{POST_PATH}?bbox=-0.8,52.0,-0.7"),
            400,
            "invalid_parameter",
        ),
        get(
            "bbox with words",
            &format!("{POST_PATH}?bbox=west,south,east,north"),
            400,
            "invalid_parameter",
        ),
        get(
            "inverted bbox",
            &format!("{POST_PATH}?bbox=-0.7,52.1,-0.8,52.0"),
            400,
            "invalid_parameter",
        ),
        get(
            "bbox out of range",
            &format!("{POST_PATH}?bbox=-0.8,52.0,-0.7,95"),
            400,
            "invalid_parameter",
        ),
        get(
            "bbox with NaN",
            &format!("{POST_PATH}?bbox=NaN,52.0,-0.7,52.1"),
            400,
            "invalid_parameter",
        ),
        get(
            "limit zero",
            &format!("{POST_PATH}?limit=0"),
            400,
            "invalid_parameter",
        ),
        get(
            "limit too large",
            &format!("{POST_PATH}?limit=5000"),
            400,
            "invalid_parameter",
        ),
        get(
            "limit not a number",
            &format!("{POST_PATH}?limit=ten"),
            400,
            "invalid_parameter",
        ),
        get(
            "unknown kind filter",
            &format!("{POST_PATH}?kind=idea,rant"),
            400,
            "invalid_parameter",
        ),
        get(
            "unknown theme filter",
            &format!("{POST_PATH}?theme=parking"),
            400,
            "invalid_parameter",
        ),
        get(
            "search text too long",
            &format!("{POST_PATH}?q={}", "w".repeat(201)),
            400,
            "invalid_parameter",
        ),
        get(
            "list of an unknown plan",
            "/api/v1/plans/atlantis/contributions",
            404,
            "not_found",
        ),
        get("unknown plan", "/api/v1/plans/atlantis", 404, "not_found"),
        get(
            "unknown contribution",
            "/api/v1/contributions/7d9f3a52-4a9b-4c37-9a4e-3f0d9d1c2b11",
            404,
            "not_found",
        ),
        get(
            "malformed contribution id",
            "/api/v1/contributions/not-a-uuid",
            404,
            "not_found",
        ),
        get(
            "replies of an unknown contribution",
            "/api/v1/contributions/7d9f3a52-4a9b-4c37-9a4e-3f0d9d1c2b11/replies",
            404,
            "not_found",
        ),
        get(
            "unknown API route",
            "/api/v1/nothing-here",
            404,
            "not_found",
        ),
        Case {
            method: "PUT",
            ..get(
                "support for an unknown contribution",
                "/api/v1/contributions/7d9f3a52-4a9b-4c37-9a4e-3f0d9d1c2b11/support",
                404,
                "not_found",
            )
        },
        Case {
            method: "DELETE",
            ..get(
                "a method the route does not have",
                "/api/v1/plans",
                405,
                "method_not_allowed",
            )
        },
        Case {
            method: "PATCH",
            content_type: Some("application/json"),
            body: b"{\"title\":\"x\"}".to_vec(),
            ..get(
                "an edit of an unknown contribution",
                "/api/v1/contributions/7d9f3a52-4a9b-4c37-9a4e-3f0d9d1c2b11",
                404,
                "not_found",
            )
        },
        Case {
            method: "PATCH",
            content_type: Some("application/json"),
            body: b"{\"colour\":\"red\"}".to_vec(),
            ..get(
                "an edit of an unknown field",
                "/api/v1/contributions/7d9f3a52-4a9b-4c37-9a4e-3f0d9d1c2b11",
                422,
                "validation_failed",
            )
        },
        Case {
            method: "POST",
            content_type: Some("application/json"),
            body: b"{\"body\":\"\"}".to_vec(),
            field: Some("body"),
            ..get(
                "an empty reply",
                &format!("/api/v1/contributions/{existing}/replies"),
                422,
                "validation_failed",
            )
        },
        // PostgreSQL's text cannot hold NUL: wherever it comes in, a 400, never a 500.
        get(
            "NUL in the search words",
            "/api/v1/plans/milton-keynes/contributions?q=a%00b",
            400,
            "invalid_text",
        ),
        get(
            "NUL in a neighbourhood filter",
            "/api/v1/plans/milton-keynes/contributions?neighbourhood=a%00b",
            400,
            "invalid_text",
        ),
        get(
            "NUL in a plan's slug",
            "/api/v1/plans/a%00b",
            400,
            "invalid_text",
        ),
        get(
            "NUL in a workshop code",
            "/api/v1/workshops/a%00b",
            400,
            "invalid_text",
        ),
        get(
            "NUL in a report's neighbourhood",
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&neighbourhood=a%00b",
            400,
            "invalid_text",
        ),
        nul_in_json(
            "NUL in a flag's reason",
            &format!("/api/v1/contributions/{existing}/flags"),
            r#"{"reason":"a\u0000b"}"#,
        ),
        nul_in_json(
            "NUL in a followed neighbourhood",
            "/api/v1/plans/milton-keynes/subscriptions",
            r#"{"email":"someone@example.org","neighbourhood":"a\u0000b"}"#,
        ),
        nul_in_json(
            "NUL in a sign-in address",
            "/api/v1/auth/login",
            r#"{"email":"a\u0000@example.org","password":"a long enough password"}"#,
        ),
    ]
}

fn nul_in_json(name: &'static str, path: &str, body: &str) -> Case {
    Case {
        method: "POST",
        content_type: Some("application/json"),
        body: body.as_bytes().to_vec(),
        ..get(name, path, 400, "invalid_text")
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn every_bad_request_gets_a_4xx_problem_with_a_stable_code_and_writes_nothing(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    // One good pin, so "nothing written" is checked against a table that has rows.
    let existing: Value = app
        .post_feature(&app.client, &feature("Already here"))
        .await
        .json()
        .await
        .unwrap();
    let existing = existing["id"].as_str().unwrap().to_owned();
    let rows_before = app.count_rows().await;
    let others_before = other_rows(&app).await;

    let cases = corpus(&existing);
    assert!(cases.len() >= 30);
    let mut failures = Vec::new();
    for case in &cases {
        let mut request = app
            .client
            .request(case.method.parse().unwrap(), app.url(&case.path))
            .body(case.body.clone());
        if let Some(ct) = case.content_type {
            request = request.header("content-type", ct);
        }
        for (name, value) in &case.headers {
            request = request.header(*name, value);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned());
        let problem: Value = response.json().await.unwrap_or(Value::Null);
        let field_ok = case.field.is_none_or(|field| {
            problem["errors"]
                .as_array()
                .is_some_and(|errors| errors.iter().any(|e| e["field"] == field))
        });
        let complete = ["type", "title", "status", "detail"]
            .iter()
            .all(|k| !problem[k].is_null());
        if status != case.status
            || content_type.as_deref() != Some("application/problem+json")
            || problem["code"] != case.code
            || problem["status"] != case.status
            || !complete
            || !field_ok
        {
            failures.push(format!(
                "{}: expected {} {}{}, got {status} {content_type:?} {problem}",
                case.name,
                case.status,
                case.code,
                case.field.map(|f| format!(" on {f}")).unwrap_or_default(),
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    assert_eq!(app.count_rows().await, rows_before);
    assert_eq!(other_rows(&app).await, others_before);
}

/// Rows of the other tables a bad request might have half-written.
async fn other_rows(app: &TestApp) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in ["replies", "flags", "subscriptions", "mail_outbox", "events"] {
        let n: i64 = sqlx::query_scalar(&format!("SELECT count(*) FROM {table}"))
            .fetch_one(&app.pool)
            .await
            .unwrap();
        counts.push(n);
    }
    counts
}

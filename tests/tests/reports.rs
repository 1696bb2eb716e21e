//! The monthly dialogue report: figures that match the database, quotes only with consent.

use std::collections::HashMap;

use serde_json::Value;
use sqlx::PgPool;
use waymark_tests::TestApp;

const SECRET: &str = "Kept internal: the resident asked us not to publish this";

/// Contributions in Fishermead across October and September 2026, in every status.
async fn seed_month(app: &TestApp) {
    sqlx::query(
        r#"INSERT INTO contributions (plan_id, kind, themes, title, body, display_name, precision,
                                      location, status, consent, conversation_date, created_at, support_count)
           SELECT p.id, v.kind, v.themes, v.title, v.body, v.name, 'exact',
                  ST_SetSRID(ST_MakePoint(-0.749 + v.dx, 52.035), 4326), v.status, v.consent,
                  v.day::date, v.day::timestamptz, v.supports
             FROM plans p,
                  (VALUES ('idea', '{energy}'::text[], 'Solar on the Trinity Centre', 'South-facing roof.', 'Amira', 'published', 'publish', '2026-10-03', 7, 0.0001),
                          ('issue', '{safety,transport}', 'Dark underpass', 'Lights out again.', 'Tom', 'published', NULL, '2026-10-15', 3, 0.0002),
                          ('issue', '{housing}', 'Damp in our flat', 'Mould in the bedroom.', 'Sam', 'published', 'anonymise', '2026-10-20', 1, 0.0003),
                          ('story', '{community}', 'Kept internal', $1, 'Zephyrine', 'internal', 'internal', '2026-10-21', 0, 0.0004),
                          ('idea', '{green_space}', 'Hidden for abuse', 'Rude words.', NULL, 'hidden', NULL, '2026-10-22', 0, 0.0005),
                          ('interest', '{health}', 'Walking group', 'Mondays at ten.', NULL, 'published', NULL, '2026-09-12', 2, 0.0006),
                          ('idea', '{energy}', 'Heat pumps for the terraces', 'Grants?', NULL, 'published', NULL, '2026-09-30', 0, 0.0007)
                  ) AS v(kind, themes, title, body, name, status, consent, day, supports, dx)
            WHERE p.slug = 'milton-keynes'"#,
    )
    .bind(SECRET)
    .execute(&app.pool)
    .await
    .unwrap();
}

async fn id_of(app: &TestApp, title: &str) -> uuid::Uuid {
    sqlx::query_scalar("SELECT id FROM contributions WHERE title = $1")
        .bind(title)
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

/// PUT .../featured as `client` for the contribution titled `title`: the status.
async fn feature_quote(app: &TestApp, client: &reqwest::Client, title: &str) -> u16 {
    let id = id_of(app, title).await;
    client
        .put(app.url(&format!("/api/v1/contributions/{id}/featured")))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_report_matches_the_database_and_never_quotes_internal_items(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    seed_month(&app).await;
    let mobiliser = app.signed_in("mobiliser").await;
    for title in ["Solar on the Trinity Centre", "Damp in our flat"] {
        assert_eq!(feature_quote(&app, &mobiliser, title).await, 200);
    }
    let (status, report) = app
        .get_json(
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&neighbourhood=fishermead",
        )
        .await;
    assert_eq!(status, 200, "{report}");
    let n = &report["neighbourhoods"][0];
    assert_eq!(n["name"], "Fishermead");

    // Figures computed independently from the database.
    let count = |month: &'static str, extra: &'static str| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(&format!(
                "SELECT count(*) FROM contributions c JOIN neighbourhoods n ON n.id = c.neighbourhood_id
                  WHERE n.slug = 'fishermead' AND c.status IN ('published', 'internal')
                    AND to_char(coalesce(c.conversation_date, c.created_at::date), 'YYYY-MM') = '{month}' {extra}"
            ))
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    assert_eq!(n["total"]["this_month"], count("2026-10", "").await);
    assert_eq!(n["total"]["last_month"], count("2026-09", "").await);
    assert_eq!(
        n["total"]["this_month"], 4,
        "hidden items do not count; internal ones do"
    );
    let kind = |k: &str| {
        n["by_kind"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == k)
            .unwrap()
            .clone()
    };
    assert_eq!(
        kind("issue")["this_month"],
        count("2026-10", "AND c.kind = 'issue'").await
    );
    assert_eq!(
        kind("idea")["last_month"],
        count("2026-09", "AND c.kind = 'idea'").await
    );
    let theme = |t: &str| {
        n["by_theme"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == t)
            .cloned()
    };
    assert_eq!(
        theme("energy").unwrap()["this_month"],
        count("2026-10", "AND 'energy' = ANY(c.themes)").await
    );
    assert_eq!(
        theme("energy").unwrap()["last_month"],
        count("2026-09", "AND 'energy' = ANY(c.themes)").await
    );
    assert_eq!(
        n["most_supported"][0]["title"],
        "Solar on the Trinity Centre"
    );
    let trend = n["trend"].as_array().unwrap();
    assert_eq!(trend.len(), 12);
    assert_eq!(trend[11], serde_json::json!(["2026-10", 4]));
    assert_eq!(trend[10], serde_json::json!(["2026-09", 2]));

    // Quotes: published with consent; anonymised ones without a name.
    let quotes = n["quotes"].as_array().unwrap();
    let titles: Vec<&str> = quotes
        .iter()
        .map(|q| q["title"].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(&"Solar on the Trinity Centre") && titles.contains(&"Damp in our flat")
    );
    let damp = quotes
        .iter()
        .find(|q| q["title"] == "Damp in our flat")
        .unwrap();
    assert_eq!(damp["name"], Value::Null);

    // The internal item is in no format, and neither is the hidden one.
    for format in ["json", "csv", "md", "html", "geojson"] {
        let body = app
            .client
            .get(app.url(&format!(
                "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format={format}"
            )))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !body.contains(SECRET) && !body.contains("Kept internal"),
            "{format} quotes an internal item"
        );
        assert!(
            !body.contains("Hidden for abuse"),
            "{format} shows a hidden item"
        );
        assert!(
            !body.contains("Zephyrine"),
            "{format} names the internal item's resident"
        );
    }
    let html = app
        .client
        .get(app.url("/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format=html"))
        .send()
        .await
        .unwrap();
    assert!(
        html.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = html.text().await.unwrap();
    assert!(html.contains("<h2 id=\"n-fishermead\">Fishermead</h2>") && html.contains("<svg"));
    let geojson: Value = app.client.get(app.url("/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format=geojson&neighbourhood=fishermead")).send().await.unwrap().json().await.unwrap();
    assert_eq!(
        geojson["features"].as_array().unwrap().len(),
        3,
        "the month's published pins"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn bad_report_requests_are_4xx(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    for (path, status) in [
        (
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-13",
            400,
        ),
        ("/api/v1/plans/milton-keynes/reports/dialogue", 400),
        (
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format=pdf",
            400,
        ),
        ("/api/v1/plans/atlantis/reports/dialogue?month=2026-10", 404),
        // A month that has not happened yet.
        (
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2100-01",
            422,
        ),
        (
            "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&neighbourhood=atlantis",
            404,
        ),
    ] {
        let (got, problem) = app.get_json(path).await;
        assert_eq!(got, status, "{path}: {problem}");
    }
}

/// A neighbourhood's name comes from the council's boundary file, and so is text from
/// outside: in the CSV, text that starts like a formula stays text when a spreadsheet
/// opens it, and the counts stay numbers.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn text_that_starts_like_a_formula_stays_text_in_the_csv(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    seed_month(&app).await;
    let names = [
        ("fishermead", "=HYPERLINK(\"http://x\",\"y\")"),
        ("oldbrook", "+1"),
        ("springfield", "-1"),
        ("conniburrow", "@SUM(A1)"),
    ];
    for (slug, name) in names {
        sqlx::query("UPDATE neighbourhoods SET name = $2 WHERE slug = $1")
            .bind(slug)
            .bind(name)
            .execute(&app.pool)
            .await
            .unwrap();
    }
    let r = app
        .client
        .get(app.url("/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format=csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let body = r.text().await.unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(body.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    for (_, name) in names {
        let cell = format!("'{name}");
        let total = rows
            .iter()
            .find(|r| r[0] == *cell && &r[1] == "total")
            .unwrap_or_else(|| panic!("no total row for {cell} in:\n{body}"));
        total[3].parse::<i64>().expect("a count stays a number");
    }
    let fishermead = rows
        .iter()
        .find(|r| r[0] == *"'=HYPERLINK(\"http://x\",\"y\")" && &r[1] == "total")
        .unwrap();
    assert_eq!((&fishermead[3], &fishermead[4]), ("4", "2"));
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?} would be a formula, in:\n{body}"
            );
        }
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_report_says_what_happened_to_what_people_said(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    seed_month(&app).await;
    let id = |title: &'static str| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM contributions WHERE title = $1")
                .bind(title)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    let responder = app.signed_in("responder").await;
    let responses = "/api/v1/plans/milton-keynes/responses";
    // The hidden pin is behind the commitment too, but counts nowhere.
    let body = serde_json::json!({
        "selection": { "ids": [id("Dark underpass").await, id("Damp in our flat").await,
                               id("Hidden for abuse").await] },
        "status": "planned", "expected_month": "2027-03", "progress": 25,
        "response": "We will fix both.", "title": "Safe, dry homes in Fishermead",
    });
    let (status, written) = app.post_json_as(&responder, responses, &body).await;
    assert_eq!(status, 201, "{written}");
    let body = serde_json::json!({
        "selection": { "ids": [id("Walking group").await] },
        "status": "done", "response": "The group meets at the centre now.",
    });
    assert_eq!(app.post_json_as(&responder, responses, &body).await.0, 201);

    let path =
        "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&neighbourhood=fishermead";
    let (status, report) = app.get_json(path).await;
    assert_eq!(status, 200);
    let outcomes = &report["neighbourhoods"][0]["outcomes"];
    let counts: Vec<(&str, i64)> = outcomes["by_status"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["status"].as_str().unwrap(), c["count"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        counts,
        [
            ("open", 2),
            ("referred", 0),
            ("considering", 0),
            ("planned", 2),
            ("done", 1),
            ("not_possible", 0),
            ("duplicate", 0)
        ],
        "published pins only: the internal and the hidden ones are not counted"
    );
    let commitment = &outcomes["commitments"][0];
    assert_eq!(commitment["title"], "Safe, dry homes in Fishermead");
    assert_eq!(commitment["organisation"], "The test-responders (test)");
    assert_eq!(commitment["progress"], 25);
    assert_eq!(commitment["voices"], 2, "the hidden pin is not a voice");
    assert_eq!(outcomes["commitments"].as_array().unwrap().len(), 1);

    let text = |format: &'static str| {
        let client = app.client.clone();
        let url = app.url(&format!("{path}&format={format}"));
        async move { client.get(url).send().await.unwrap().text().await.unwrap() }
    };
    let csv_text = text("csv").await;
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let row = |section: &str, item: &str| {
        rows.iter()
            .find(|r| &r[1] == section && &r[2] == item)
            .unwrap_or_else(|| panic!("no {section} {item} row in:\n{csv_text}"))
            .iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(row("outcome", "planned")[3], "2");
    assert_eq!(row("outcome", "done")[3], "1");
    assert_eq!(
        row("commitment", "Safe, dry homes in Fishermead")[5..8],
        ["The test-responders (test)", "25", "2"]
    );
    for format in ["md", "html"] {
        let body = text(format).await;
        assert!(
            body.contains("What happened to what you told us"),
            "{format}"
        );
        assert!(body.contains("Safe, dry homes in Fishermead"), "{format}");
        assert!(
            body.contains("25% done, 2 voices here"),
            "{format}:\n{body}"
        );
        assert!(!body.contains("Hidden for abuse"), "{format}");
    }
}

/// Contributions in October 2026 at the centre of `slug`, on energy.
async fn seed_at(app: &TestApp, slug: &str, count: i32) {
    sqlx::query(
        r#"INSERT INTO contributions (plan_id, kind, themes, title, precision, location, status, created_at)
           SELECT n.plan_id, 'idea', '{energy}', 'More solar ' || g, 'exact', n.centre, 'published',
                  '2026-10-05T12:00:00Z'::timestamptz
             FROM neighbourhoods n, generate_series(1, $2) g WHERE n.slug = $1"#,
    )
    .bind(slug)
    .bind(count)
    .execute(&app.pool)
    .await
    .unwrap();
}

/// A street, a park and a pond across Fishermead in the plan's own basemap.
async fn seed_basemap(app: &TestApp) {
    sqlx::query(
        r#"INSERT INTO basemap_features (plan_id, source, layer, class, name, geom)
           SELECT p.id, 'own', v.layer, v.class, v.name, ST_SetSRID(ST_GeomFromText(v.wkt), 4326)
             FROM plans p, (VALUES
                 ('transportation', 'primary', 'Secklow Gate', 'LINESTRING(-0.80 52.035, -0.70 52.035)'),
                 ('landcover', 'park', 'The green', 'POLYGON((-0.7495 52.0345, -0.7485 52.0345, -0.7485 52.0355, -0.7495 52.0355, -0.7495 52.0345))'),
                 ('water', 'lake', 'The pond', 'POLYGON((-0.7505 52.0335, -0.7500 52.0335, -0.7500 52.0340, -0.7505 52.0340, -0.7505 52.0335))')
             ) AS v(layer, class, name, wkt)
            WHERE p.slug = 'milton-keynes'"#,
    )
    .execute(&app.pool)
    .await
    .unwrap();
}

/// Every `<svg>` of the page, parsed as XML (an SVG that does not parse fails here).
fn svgs(html: &str) -> Vec<String> {
    html.match_indices("<svg")
        .filter_map(|(start, _)| {
            let end = html[start..].find("</svg>")? + start + "</svg>".len();
            Some(html[start..end].to_owned())
        })
        .inspect(|svg| {
            roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}: {svg}"));
        })
        .collect()
}

fn svg_with_class<'a>(svgs: &'a [String], class: &str) -> Vec<&'a String> {
    svgs.iter()
        .filter(|s| {
            s.starts_with(&format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{class}\""
            ))
        })
        .collect()
}

/// The bars of a chart: (figure, length), the length being the width or the height.
fn bars(svg: &str, length: &str) -> Vec<(i64, f64)> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("class") == Some("bar"))
        .map(|n| {
            (
                n.attribute("data-value").unwrap().parse().unwrap(),
                n.attribute(length).unwrap().parse().unwrap(),
            )
        })
        .collect()
}

/// Each bar is as long as its figure against the largest.
fn assert_proportional(bars: &[(i64, f64)]) {
    let (max_value, max_length) = bars.iter().copied().max_by_key(|b| b.0).unwrap();
    for (value, length) in bars {
        let expected = if max_value == 0 {
            0.0
        } else {
            max_length * *value as f64 / max_value as f64
        };
        assert!(
            (length - expected).abs() < 0.02,
            "{value} drawn {length}, not {expected}"
        );
    }
}

/// What a reader sees: the page without its tags.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_report_draws_its_charts_and_maps_from_the_figures(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    seed_month(&app).await;
    seed_at(&app, "springfield", 3).await;
    seed_at(&app, "oldbrook", 1).await;
    seed_basemap(&app).await;
    let mobiliser = app.signed_in("mobiliser").await;
    assert_eq!(
        feature_quote(&app, &mobiliser, "Solar on the Trinity Centre").await,
        200
    );
    // A quote that the resident kept internal, or that moderators hid, cannot be featured.
    assert_eq!(feature_quote(&app, &mobiliser, "Kept internal").await, 409);
    assert_eq!(
        feature_quote(&app, &mobiliser, "Hidden for abuse").await,
        409
    );
    // Nor can a resident feature one.
    let resident = app.signed_in("resident").await;
    assert_eq!(
        feature_quote(&app, &resident, "Damp in our flat").await,
        403
    );
    let solar = id_of(&app, "Solar on the Trinity Centre").await;
    let state = format!("/api/v1/contributions/{solar}/featured");
    assert_eq!(app.get_json_as(&resident, &state).await.0, 403);
    assert_eq!(
        app.get_json_as(&mobiliser, &state).await,
        (200, serde_json::json!({ "featured": true }))
    );

    let base = "/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10";
    let (status, json) = app.get_json(base).await;
    assert_eq!(status, 200, "{json}");
    let html = app
        .client
        .get(app.url(&format!("{base}&format=html")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !html.to_lowercase().contains("<script"),
        "the report has no script"
    );
    let svgs = svgs(&html);

    // The city map: shaded by contributions, since no neighbourhood has a population yet,
    // in five equal steps up to Fishermead's 4: 3 is class 4 (3 < 3.2 ≤ 4 → ceil(3.75)),
    // 1 is class 2 (0.8 < 1 ≤ 1.6), none is class 0.
    assert_eq!(json["overview"]["measure"], "contributions");
    let map = svg_with_class(&svgs, "map choropleth");
    assert_eq!(map.len(), 1, "one city map");
    let doc = roxmltree::Document::parse(map[0]).unwrap();
    let classes: std::collections::HashMap<&str, &str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("path"))
        .map(|n| {
            (
                n.attribute("data-neighbourhood").unwrap(),
                n.attribute("data-class").unwrap(),
            )
        })
        .collect();
    let neighbourhoods = json["neighbourhoods"].as_array().unwrap();
    assert_eq!(
        classes.len(),
        neighbourhoods.len(),
        "every neighbourhood is on the map"
    );
    assert_eq!(classes["fishermead"], "5");
    assert_eq!(classes["springfield"], "4");
    assert_eq!(classes["oldbrook"], "2");
    assert_eq!(classes["conniburrow"], "0");
    assert!(
        visible_text(&html).contains("The plan has no population figures per neighbourhood yet"),
        "the legend says what the map shades"
    );
    // Counts are whole: the classes are named by the counts they hold (Fishermead's 4 is
    // the top), and the lowest class, which holds none, is left out.
    let legend = html.split("<ul class=\"legend\">").nth(1).unwrap();
    let legend = legend.split("</ul>").next().unwrap();
    let items: Vec<String> = legend
        .split("<li>")
        .skip(1)
        .map(|item| visible_text(item).trim().to_owned())
        .collect();
    assert_eq!(items, ["none", "1", "2", "3", "4"]);

    // The month's themes, drawn from the figures: 5 on energy (Solar and the four new
    // ones), 1 each on safety, transport, housing and the internal conversation's community.
    let themes = svgs
        .iter()
        .find(|s| s.contains("aria-label=\"Headline themes this month\""))
        .expect("the themes chart");
    let theme_bars = bars(themes, "width");
    assert_eq!(theme_bars.len(), 8, "a bar for each theme");
    assert_eq!(theme_bars[0].0, 5, "energy leads");
    assert_eq!(
        theme_bars.iter().map(|b| b.0).sum::<i64>(),
        5 + 4,
        "hidden items are not counted"
    );
    assert_proportional(&theme_bars);
    let text = visible_text(&html);
    assert!(text.contains("green space") && !text.contains("green_space"));
    // Against last month (September: one on energy, one on health) and its average.
    assert!(
        text.contains("Rose on last month: energy (+4), community (+1), housing (+1), safety (+1), transport (+1)."),
        "{text}"
    );
    // The 12 months before October hold one energy and one health contribution (September's).
    assert!(
        text.contains("Above their 12-month average: energy (+4.9), community (+1), housing (+1), safety (+1), transport (+1)."),
        "{text}"
    );
    assert!(!text.contains("Below their 12-month average"), "{text}");
    assert!(
        text.contains("Fell on last month: health (\u{2212}1)."),
        "{text}"
    );
    let energy = json["overview"]["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "energy")
        .unwrap();
    assert_eq!(
        (energy["this_month"].as_i64(), energy["last_month"].as_i64()),
        (Some(5), Some(1))
    );
    assert!((energy["average_12_months"].as_f64().unwrap() - 1.0 / 12.0).abs() < 1e-9);

    // Each neighbourhood: a map over the basemap, a 12-month trend, kinds and themes.
    let maps = svg_with_class(&svgs, "map neighbourhood");
    assert_eq!(
        maps.len(),
        neighbourhoods.len(),
        "a map for every neighbourhood"
    );
    let fishermead_map = maps
        .iter()
        .find(|m| m.contains("aria-label=\"Map of Fishermead"))
        .unwrap();
    let doc = roxmltree::Document::parse(fishermead_map).unwrap();
    let layers: std::collections::BTreeSet<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("data-layer"))
        .collect();
    for layer in ["landcover", "transportation", "water"] {
        assert!(
            layers.contains(layer),
            "the street, the park and the pond are under the pins: {layers:?}"
        );
    }
    let pins = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("pin"))
        .count();
    assert_eq!(pins, 3, "the month's published pins in Fishermead");

    let trends = svg_with_class(&svgs, "chart columns");
    assert_eq!(trends.len(), neighbourhoods.len());
    for (n, trend) in neighbourhoods.iter().zip(&trends) {
        let columns = bars(trend, "height");
        let figures: Vec<i64> = n["trend"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m[1].as_i64().unwrap())
            .collect();
        assert_eq!(
            columns.iter().map(|c| c.0).collect::<Vec<_>>(),
            figures,
            "{}",
            n["slug"]
        );
        assert_proportional(&columns);
    }
    let fishermead_trend = trends
        .iter()
        .find(|t| t.contains("data-value=\"4\""))
        .unwrap();
    assert!(fishermead_trend.contains(">Oct<") && fishermead_trend.contains(">Sep<"));

    // A quiet neighbourhood says so instead of drawing an empty chart.
    let conniburrow = html.split("id=\"n-conniburrow\"").nth(1).unwrap();
    let conniburrow = conniburrow.split("</section>").next().unwrap();
    assert!(visible_text(conniburrow).contains("Nothing this month or last month."));

    // Quotes: the featured one only; never the internal one.
    let fishermead = &neighbourhoods
        .iter()
        .find(|n| n["slug"] == "fishermead")
        .unwrap();
    let quotes: Vec<&str> = fishermead["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["title"].as_str().unwrap())
        .collect();
    assert_eq!(quotes, ["Solar on the Trinity Centre"]);
    assert!(text.contains("South-facing roof.") && !text.contains("Mould in the bedroom."));
    assert!(!html.contains(SECRET));
    // Last month's items, as they stand: both September pins are open.
    assert_eq!(
        fishermead["outcomes"]["last_month"][0],
        serde_json::json!({"status": "open", "count": 2})
    );
    assert!(text.contains("Last month's items, as they stand now"));
    for code in ["green_space", "not_possible", "door_step", "per_1000"] {
        assert!(!text.contains(code), "the page shows the raw code {code}");
    }

    // The same figures stay in the CSV.
    let csv_text = app
        .client
        .get(app.url(&format!("{base}&format=csv")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        csv_text.contains(",plan_theme,energy,5,1,,,,0.08\n"),
        "{csv_text}"
    );

    // And in GeoJSON, the city map's figures per neighbourhood.
    let geojson: Value = app
        .client
        .get(app.url(&format!("{base}&format=geojson&layer=neighbourhoods")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let springfield = geojson["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["neighbourhood"] == "springfield")
        .unwrap();
    assert_eq!(springfield["geometry"]["type"], "MultiPolygon");
    assert_eq!(
        (
            &springfield["properties"]["this_month"],
            &springfield["properties"]["class"]
        ),
        (&serde_json::json!(3), &serde_json::json!(4))
    );

    // Taking the mark off takes the quote out.
    let id = id_of(&app, "Solar on the Trinity Centre").await;
    let r = mobiliser
        .delete(app.url(&format!("/api/v1/contributions/{id}/featured")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let (_, json) = app
        .get_json(&format!("{base}&neighbourhood=fishermead"))
        .await;
    assert_eq!(json["neighbourhoods"][0]["quotes"], serde_json::json!([]));
}

/// Imports `csv` as the plan's population the way `waymark import population` does.
async fn import_population(app: &TestApp, csv: &str) -> Result<u64, String> {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), csv).unwrap();
    let plan: uuid::Uuid = sqlx::query_scalar("SELECT id FROM plans WHERE slug = 'milton-keynes'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    waymark::import::population::import(&app.pool, plan, file.path())
        .await
        .map_err(|e| e.to_string())
}

async fn city_map(app: &TestApp) -> (Value, HashMap<String, (f64, u64)>) {
    let (status, json) = app
        .get_json("/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10")
        .await;
    assert_eq!(status, 200);
    let map = json["overview"]["map"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["slug"].as_str().unwrap().to_owned(),
                (f["value"].as_f64().unwrap(), f["class"].as_u64().unwrap()),
            )
        })
        .collect();
    (json["overview"]["measure"].clone(), map)
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn with_the_population_imported_the_city_map_shades_contributions_per_1000_residents(
    pool: PgPool,
) {
    let app = TestApp::with_empty_plan(pool).await;
    seed_at(&app, "fishermead", 4).await;
    seed_at(&app, "springfield", 3).await;
    let slugs: Vec<String> = sqlx::query_scalar("SELECT slug FROM neighbourhoods ORDER BY slug")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    let file = |people: &dyn Fn(&str) -> i32, leave_out: &str| {
        let mut csv = "neighbourhood,dimension,band,people\n".to_owned();
        for slug in slugs.iter().filter(|s| s.as_str() != leave_out) {
            csv += &format!("{slug},total,all,{}\n", people(slug));
            csv += &format!("{slug},gender,woman,{}\n", people(slug) / 2);
        }
        csv
    };
    let (measure, _) = city_map(&app).await;
    assert_eq!(measure, "contributions", "no population yet");

    let good = file(&|slug| if slug == "fishermead" { 1000 } else { 2000 }, "");
    assert_eq!(
        import_population(&app, &good).await,
        Ok(2 * slugs.len() as u64)
    );
    let (measure, map) = city_map(&app).await;
    assert_eq!(measure, "per_1000_residents");
    // 4 per 1,000 is the most; 3 in 2,000 is 1.5 per 1,000, in the second of five classes.
    assert_eq!(map["fishermead"], (4.0, 5));
    assert_eq!(map["springfield"], (1.5, 2));
    assert_eq!(map["oldbrook"], (0.0, 0));
    let (_, html) = {
        let response = app
            .client
            .get(app.url("/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10&format=html"))
            .send()
            .await
            .unwrap();
        (response.status(), response.text().await.unwrap())
    };
    assert!(visible_text(&html).contains("Contributions this month per 1,000 residents"));

    // A bad file changes nothing and names its lines.
    let bad = format!("{good}atlantis,total,all,10\nfishermead,age,under_16,-1\n");
    let refused = import_population(&app, &bad).await.unwrap_err();
    let at = slugs.len() * 2 + 2;
    assert!(refused.contains(&format!("line {at}:")), "{refused}");
    assert!(
        refused.contains(&format!("line {}: people -1 is negative", at + 1)),
        "{refused}"
    );
    assert_eq!(city_map(&app).await.1["fishermead"], (4.0, 5));

    // A file replaces the figures: with one neighbourhood left out, the map shades counts.
    assert!(
        import_population(&app, &file(&|_| 2000, "oldbrook"))
            .await
            .is_ok()
    );
    let (measure, map) = city_map(&app).await;
    assert_eq!(measure, "contributions");
    assert_eq!(map["fishermead"], (4.0, 5));
}

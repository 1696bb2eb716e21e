//! `waymark seed --synthetic` (many plans, issue 17): the plans, their pins and their areas,
//! and that one plan's lists and tiles answer with that plan alone; the bubble counts kept
//! per cell (migration 0037) follow pins hidden and deleted.

use mvt_reader::Reader;
use mvt_reader::feature::Value as MvtValue;
use sqlx::PgPool;
use waymark_tests::TestApp;

const PLANS: u32 = 3;
const PINS: u64 = 2_000;

/// The tiles (x, y) of zoom z covering a lon/lat box.
fn tiles_over([west, south, east, north]: [f64; 4], z: i32) -> Vec<(u32, u32)> {
    let n = 2f64.powi(z);
    let x = |lon: f64| ((lon + 180.0) / 360.0 * n).floor() as u32;
    let y = |lat: f64| {
        let r = lat.to_radians();
        ((1.0 - (r.tan() + 1.0 / r.cos()).ln() / std::f64::consts::PI) / 2.0 * n).floor() as u32
    };
    let mut tiles = Vec::new();
    for tx in x(west)..=x(east) {
        for ty in y(north)..=y(south) {
            tiles.push((tx, ty));
        }
    }
    tiles
}

/// The pins a tile shows: the sum of its bubbles' counts, plus one per single pin.
fn pins_shown(mvt: Vec<u8>) -> i64 {
    let reader = Reader::new(mvt).expect("a valid MVT");
    reader
        .get_features(0)
        .expect("features")
        .into_iter()
        .map(|f| match f.properties.unwrap_or_default().get("count") {
            Some(MvtValue::Int(n) | MvtValue::SInt(n)) => *n,
            Some(MvtValue::UInt(n)) => *n as i64,
            Some(other) => panic!("a count is an integer: {other:?}"),
            None => 1,
        })
        .sum()
}

async fn pins_over(app: &TestApp, area: [f64; 4], z: i32) -> i64 {
    let mut shown = 0;
    for (x, y) in tiles_over(area, z) {
        let (status, _, mvt) = app
            .fetch_tile(&format!("/tiles/contributions/{z}/{x}/{y}.mvt"))
            .await;
        match status {
            200 => shown += pins_shown(mvt),
            204 => {}
            other => panic!("tile {z}/{x}/{y}: {other}"),
        }
    }
    shown
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn synthetic_plans_hold_their_pins_in_their_areas_once_and_answer_alone(pool: PgPool) {
    waymark::seed::synthetic_plans(&pool, PLANS, PINS)
        .await
        .unwrap();
    // A second run tops up to the same counts: nothing is duplicated.
    waymark::seed::synthetic_plans(&pool, PLANS, PINS)
        .await
        .unwrap();

    let plans: Vec<(String, String, i64, i64, i64)> = sqlx::query_as(
        "SELECT p.slug, p.title, count(c.id),
                count(c.id) FILTER (WHERE ST_Covers(p.boundary, c.geom)),
                count(c.id) FILTER (WHERE EXISTS (
                    SELECT 1 FROM plans o WHERE o.id <> p.id AND ST_Covers(o.boundary, c.geom)))
           FROM plans p LEFT JOIN contributions c ON c.plan_id = p.id
          GROUP BY p.slug, p.title ORDER BY p.slug",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        plans,
        (1..=PLANS)
            .map(|n| (
                format!("synthetic-{n:02}"),
                format!("Synthetic plan {n:02}"),
                PINS as i64,
                PINS as i64,
                0
            ))
            .collect::<Vec<_>>(),
        "each plan once, its pins in its own area and in no other"
    );
    let (kinds, themes, titles): (i64, i64, i64) = sqlx::query_as(
        "SELECT count(DISTINCT kind), count(DISTINCT themes[1]), count(DISTINCT title)
           FROM contributions",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        (kinds, themes, titles),
        (4, 8, 1),
        "every kind and theme, one title"
    );

    // Moderation hides some of plan 2's pins and deletes others before anyone looks.
    let gone: i64 = sqlx::query_scalar(
        "WITH hidden AS (
             UPDATE contributions SET status = 'hidden'
              WHERE id IN (SELECT c.id FROM contributions c JOIN plans p ON p.id = c.plan_id
                            WHERE p.slug = 'synthetic-02' ORDER BY c.id LIMIT 150)
             RETURNING 1
         ), deleted AS (
             DELETE FROM contributions
              WHERE id IN (SELECT c.id FROM contributions c JOIN plans p ON p.id = c.plan_id
                            WHERE p.slug = 'synthetic-02' ORDER BY c.id DESC LIMIT 50)
             RETURNING 1
         )
         SELECT (SELECT count(*) FROM hidden) + (SELECT count(*) FROM deleted)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(gone, 200);
    let published = PINS as i64 - gone;

    let app = TestApp::spawn(pool).await;
    let area = waymark_store::seed::synthetic_plan_area(2);
    // Bubbles at every bubble zoom (from the counts kept per cell) and pins at z14 count
    // exactly the plan's published pins: no other plan's pin is near.
    for z in [8, 10, 12] {
        assert_eq!(pins_over(&app, area, z).await, published, "zoom {z}");
    }
    let [west, south, east, north] = area;
    let middle = [
        (west + east) / 2.0 - 0.01,
        (south + north) / 2.0 - 0.01,
        (west + east) / 2.0 + 0.01,
        (south + north) / 2.0 + 0.01,
    ];
    assert!(pins_over(&app, middle, 14).await > 0, "zoom 14 shows pins");

    // Its list: newest first, its own pins only, and every one counted in OGC.
    let (status, page) = app
        .get_json("/api/v1/plans/synthetic-02/contributions?limit=20")
        .await;
    assert_eq!(status, 200);
    let features = page["features"].as_array().unwrap();
    assert_eq!(features.len(), 20);
    assert!(
        features
            .iter()
            .all(|f| f["properties"]["plan"] == "synthetic-02"
                && f["properties"]["title"] == "Synthetic pin")
    );
    let (status, items) = app
        .get_json(&format!(
            "/ogc/collections/contributions/items?limit=10&bbox={west},{south},{east},{north}"
        ))
        .await;
    assert_eq!(status, 200);
    assert_eq!(items["numberMatched"], published);
    assert_eq!(items["numberReturned"], 10);
}

/// OGC's `numberMatched` counts up to 5,000 pins and is left out beyond (optional in OGC
/// API - Features): counting a plan's 200,000 pins took half a second a page. The pages
/// themselves still walk every pin.
#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn ogc_counts_matched_pins_up_to_five_thousand_and_pages_through_all(pool: PgPool) {
    const MANY: u64 = 5_200;
    waymark::seed::synthetic_plans(&pool, 1, MANY)
        .await
        .unwrap();
    let app = TestApp::spawn(pool.clone()).await;
    let [west, south, east, north] = waymark_store::seed::synthetic_plan_area(1);

    // The whole area: more than 5,000, so no count, yet every pin is on some page.
    let mut path = Some(format!(
        "/ogc/collections/contributions/items?limit=1000&bbox={west},{south},{east},{north}"
    ));
    let mut seen = 0;
    while let Some(next) = path {
        let (status, page) = app.get_json(&next).await;
        assert_eq!(status, 200);
        assert_eq!(
            page.get("numberMatched"),
            None,
            "more than 5,000 are not counted"
        );
        seen += page["numberReturned"].as_u64().unwrap();
        path = page["links"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["rel"] == "next")
            .map(|l| l["href"].as_str().unwrap().replace(&app.url(""), ""));
    }
    assert_eq!(seen, MANY);

    // A page over a crowded box walks the published pins newest first and keeps those in
    // the box (migration 0043), instead of reading every pin in it to sort them.
    sqlx::query("ANALYZE contributions")
        .execute(&pool)
        .await
        .unwrap();
    let plan: Vec<String> = sqlx::query_scalar(
        "EXPLAIN SELECT c.id FROM contributions_public c
          WHERE ST_Intersects(c.geom, ST_MakeEnvelope($1, $2, $3, $4, 4326))
          ORDER BY c.created_at DESC, c.id DESC LIMIT 51",
    )
    .bind(west)
    .bind(south)
    .bind(east)
    .bind(north)
    .fetch_all(&pool)
    .await
    .unwrap();
    let plan = plan.join("\n");
    assert!(
        plan.contains("contributions_published_newest_idx"),
        "{plan}"
    );
    assert!(!plan.contains("Sort"), "{plan}");

    // Half the area: fewer than 5,000, counted exactly as the database counts them.
    let middle = (west + east) / 2.0;
    let (status, half) = app
        .get_json(&format!(
            "/ogc/collections/contributions/items?limit=1&bbox={west},{south},{middle},{north}"
        ))
        .await;
    assert_eq!(status, 200);
    let counted: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM contributions_public
          WHERE ST_Intersects(geom, ST_MakeEnvelope($1, $2, $3, $4, 4326))",
    )
    .bind(west)
    .bind(south)
    .bind(middle)
    .bind(north)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(
        (1..=5_000).contains(&counted),
        "{counted} pins in half the area"
    );
    assert_eq!(half["numberMatched"], counted);
}

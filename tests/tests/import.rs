//! `waymark import network`: all or nothing, bad lines named, idempotent, on the map.

use std::path::Path;

use sqlx::PgPool;
use waymark::import::ImportError;
use waymark::import::network::{Profile, import};
use waymark_tests::TestApp;

const FIXTURES: &str = "../fixtures/milton-keynes/network";

async fn counts(pool: &PgPool) -> (i64, i64, i64) {
    sqlx::query_as(
        "SELECT (SELECT count(*) FROM substations), (SELECT count(*) FROM supply_areas),
                (SELECT count(*) FROM constraint_zones)",
    )
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_file_with_bad_rows_imports_nothing_and_names_each_bad_line(pool: PgPool) {
    let profile = Profile::load("nged").unwrap();
    match import(&pool, &profile, &Path::new(FIXTURES).join("bad-rows.csv")).await {
        Err(ImportError::BadRows(rows)) => {
            let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [5, 7, 9, 11]);
            let message = ImportError::BadRows(rows).to_string();
            for reason in [
                "Maximum Demand (MVA)' 'tbc'",
                "out of range",
                "'Substation Name' is empty",
                "Purple",
            ] {
                assert!(message.contains(reason), "{reason} in {message}");
            }
        }
        other => panic!("expected bad rows, got {other:?}"),
    }
    assert_eq!(counts(&pool).await, (0, 0, 0));
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_good_file_imports_once_whatever_its_layout_and_shows_on_the_map(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let generic = Profile::load("generic").unwrap();
    let report = import(
        &app.pool,
        &generic,
        &Path::new(FIXTURES).join("demo-generic.geojson"),
    )
    .await
    .unwrap();
    assert_eq!(
        (
            report.substations,
            report.supply_areas,
            report.constraint_zones
        ),
        (18, 14, 3)
    );
    let first = counts(&app.pool).await;
    let ids: Vec<String> = sqlx::query_scalar("SELECT id::text FROM substations ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    // The same file again, then the same network in the two operators' layouts.
    import(
        &app.pool,
        &generic,
        &Path::new(FIXTURES).join("demo-generic.geojson"),
    )
    .await
    .unwrap();
    import(
        &app.pool,
        &Profile::load("nged").unwrap(),
        &Path::new(FIXTURES).join("demo-nged.csv"),
    )
    .await
    .unwrap();
    import(
        &app.pool,
        &Profile::load("ukpn").unwrap(),
        &Path::new(FIXTURES).join("demo-ukpn.csv"),
    )
    .await
    .unwrap();
    assert_eq!(counts(&app.pool).await, first);
    let again: Vec<String> = sqlx::query_scalar("SELECT id::text FROM substations ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    assert_eq!(again, ids);
    // Every neighbourhood lies inside the supply areas.
    let uncovered: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM neighbourhoods n
          WHERE NOT ST_CoveredBy(n.boundary, (SELECT ST_Buffer(ST_Union(geom), 0.000001) FROM supply_areas))",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(uncovered, 0);
    // On the public map: the network tile over Wolverton shows its supply area.
    let response = app
        .client
        .get(app.url("/tiles/network/12/2038/1351.mvt"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let reader = mvt_reader::Reader::new(response.bytes().await.unwrap().to_vec()).unwrap();
    let names: Vec<String> = reader
        .get_features(0)
        .unwrap()
        .into_iter()
        .filter_map(|f| match f.properties.unwrap_or_default().get("name") {
            Some(mvt_reader::feature::Value::String(n)) => Some(n.clone()),
            _ => None,
        })
        .collect();
    assert!(
        names.iter().any(|n| n == "DEMO Wolverton Primary"),
        "{names:?}"
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_demo_plan_comes_with_a_synthetic_network_and_proposals(pool: PgPool) {
    waymark::seed::demo(&pool).await.unwrap();
    let (substations, areas, zones) = counts(&pool).await;
    assert_eq!((substations, areas, zones), (18, 14, 3));
    let not_demo: i64 =
        sqlx::query_scalar("SELECT count(*) FROM substations WHERE name NOT LIKE 'DEMO %'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(not_demo, 0);
    let rags: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT rag FROM substations WHERE kind = 'primary' ORDER BY rag",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(rags, ["amber", "green", "red"]);
    let (proposals, statuses, answered): (i64, i64, i64) = sqlx::query_as(
        "SELECT count(*), count(DISTINCT status), (SELECT count(DISTINCT proposal_id) FROM dno_responses) FROM proposals",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(proposals, 6);
    assert!(statuses >= 5 && answered >= 2);
}

fn write_temp(name: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("waymark-{}-{name}", uuid::Uuid::new_v4()));
    std::fs::write(&path, text).unwrap();
    path
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn twenty_thousand_earlier_conversations_import_and_the_report_covers_them(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let hoods = [
        "fishermead",
        "wolverton",
        "bletchley",
        "conniburrow",
        "springfield",
    ];
    let kinds = ["idea", "issue", "interest", "story"];
    let mut csv = String::from(
        "kind,themes,title,body,display_name,lat,lon,neighbourhood,date,consent,channel\n",
    );
    for i in 0..20_000 {
        let (place, hood) = if i % 2 == 0 {
            (String::from("52.035,-0.749"), "")
        } else {
            (String::from(","), hoods[i % 5])
        };
        let day = if i % 3 == 0 {
            "2026-09-15".to_owned()
        } else {
            format!("2026-10-0{}", (i % 9) + 1)
        };
        let consent = ["publish", "internal", "anonymise"][i % 3];
        csv.push_str(&format!(
            "{},energy;community,Logged conversation {i},What the resident said about item {i},Resident {i},{place},{hood},{day},{consent},door_step\n",
            kinds[i % 4]
        ));
    }
    let path = write_temp("logs.csv", &csv);
    let started = std::time::Instant::now();
    let n = waymark::import::contributions::import(
        &app.pool,
        "milton-keynes",
        &path,
        &Default::default(),
    )
    .await
    .unwrap();
    assert_eq!(n, 20_000);
    eprintln!("imported 20,000 rows in {:?}", started.elapsed());
    assert_eq!(app.count_rows().await, 20_000);
    // Every row is in a neighbourhood, so the report over all neighbourhoods covers them.
    let october: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM contributions WHERE conversation_date >= '2026-10-01' AND conversation_date < '2026-11-01'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let (_, report) = app
        .get_json("/api/v1/plans/milton-keynes/reports/dialogue?month=2026-10")
        .await;
    let reported: i64 = report["neighbourhoods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["total"]["this_month"].as_i64().unwrap())
        .sum();
    assert_eq!(reported, october);
    let september: i64 = report["neighbourhoods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["total"]["last_month"].as_i64().unwrap())
        .sum();
    assert_eq!(september, 20_000 - october);
    std::fs::remove_file(path).unwrap();
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_log_with_bad_rows_imports_nothing_and_names_each_bad_line(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let csv = "kind,themes,title,lat,lon,date\n\
               idea,energy,Good one,52.035,-0.749,2026-10-01\n\
               complaint,energy,Unknown kind,52.035,-0.749,2026-10-01\n\
               idea,energy,Good two,52.035,-0.749,2026-10-02\n\
               idea,energy,No date,52.035,-0.749,\n\
               idea,energy,,52.035,-0.749,2026-10-03\n\
               idea,energy,In London,51.5072,-0.1276,2026-10-03\n";
    let path = write_temp("bad.csv", csv);
    match waymark::import::contributions::import(
        &app.pool,
        "milton-keynes",
        &path,
        &Default::default(),
    )
    .await
    {
        Err(ImportError::BadRows(rows)) => {
            let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [3, 5, 6], "{rows:?}");
        }
        other => panic!("expected bad rows, got {other:?}"),
    }
    assert_eq!(app.count_rows().await, 0);
    // With those fixed, the row outside the plan is named too.
    let path2 = write_temp(
        "outside.csv",
        "kind,themes,title,lat,lon,date\nidea,energy,Fine,52.035,-0.749,2026-10-01\nidea,energy,In London,51.5072,-0.1276,2026-10-03\n",
    );
    match waymark::import::contributions::import(
        &app.pool,
        "milton-keynes",
        &path2,
        &Default::default(),
    )
    .await
    {
        Err(ImportError::BadRows(rows)) => {
            assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [3])
        }
        other => panic!("expected bad rows, got {other:?}"),
    }
    assert_eq!(app.count_rows().await, 0);
    std::fs::remove_file(path).unwrap();
    std::fs::remove_file(path2).unwrap();
}

/// The population figures stored for a neighbourhood, as `dimension/band` → people.
async fn population_of(pool: &PgPool, slug: &str) -> std::collections::BTreeMap<String, i32> {
    sqlx::query_as::<_, (String, i32)>(
        "SELECT p.dimension || '/' || p.band, p.people FROM neighbourhood_population p
           JOIN neighbourhoods n ON n.id = p.neighbourhood_id WHERE n.slug = $1",
    )
    .bind(slug)
    .fetch_all(pool)
    .await
    .unwrap()
    .into_iter()
    .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn census_tables_import_into_neighbourhoods_through_a_lookup_of_areas(pool: PgPool) {
    let app = TestApp::with_empty_plan(pool).await;
    let plan: uuid::Uuid = sqlx::query_scalar("SELECT id FROM plans WHERE slug = 'milton-keynes'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let areas = write_temp(
        "areas.csv",
        "area_code,neighbourhood\nE01016700,fishermead\nE01016701,Fishermead\nE01016702,springfield\n",
    );
    let head = |variable: &str| {
        format!(
            "Lower layer Super Output Areas Code,Lower layer Super Output Areas,{variable} Code,{variable},Observation\n"
        )
    };
    let age = write_temp(
        "TS007.csv",
        &(head("Age (101 categories)")
            + "E01016700,MK 001A,0,Aged under 1 year,40\n\
               E01016700,MK 001A,31,Aged 30 years,60\n\
               E01016701,MK 001B,81,Aged 80 years,25\n\
               E01016702,MK 002A,21,Aged 20 years,33\n\
               E01099999,Elsewhere,21,Aged 20 years,999\n"),
    );
    let sex = write_temp(
        "TS008.csv",
        &(head("Sex (2 categories)")
            + "E01016700,MK 001A,1,Female,55\nE01016700,MK 001A,2,Male,45\n\
               E01016701,MK 001B,1,Female,20\nE01016702,MK 002A,2,Male,30\n"),
    );
    let stored = waymark::import::population::import_ons(
        &app.pool,
        plan,
        &[age.clone(), sex.clone()],
        &areas,
    )
    .await
    .unwrap();
    let fishermead = population_of(&app.pool, "fishermead").await;
    assert_eq!(
        fishermead,
        [
            ("age/25_34", 60),
            ("age/75_plus", 25),
            ("age/under_16", 40),
            ("gender/man", 45),
            ("gender/woman", 75),
            ("total/all", 125),
        ]
        .map(|(k, v)| (k.to_owned(), v))
        .into(),
        "two areas add up into one neighbourhood; the total is the largest table's sum"
    );
    assert_eq!(
        population_of(&app.pool, "springfield").await["total/all"],
        33
    );
    assert_eq!(stored, 9, "fishermead 6 figures, springfield 3");
    let source: String = sqlx::query_scalar(
        "SELECT source FROM neighbourhood_population WHERE dimension = 'gender' LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(source.starts_with("ONS Census 2021: ") && source.ends_with("TS008.csv"));

    // A lookup naming a neighbourhood the plan does not have refuses everything, named by
    // the lookup's line, and the figures before stay as they were.
    let bad_areas = write_temp(
        "areas.csv",
        "area_code,neighbourhood\nE01016700,fishermead\nE01016702,Atlantis\n",
    );
    let refused = waymark::import::population::import_ons(&app.pool, plan, &[age, sex], &bad_areas)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        refused.contains("line 3") && refused.contains("'Atlantis'"),
        "{refused}"
    );
    assert_eq!(population_of(&app.pool, "fishermead").await, fishermead);
}

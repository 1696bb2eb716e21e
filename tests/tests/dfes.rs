//! `waymark import dfes` and `waymark import homes`: the inputs an energy plan looks ahead
//! with, all or nothing, bad lines named, a newer file replacing an older one.

use std::path::{Path, PathBuf};

use sqlx::PgPool;
use waymark::import::ImportError;
use waymark::import::{dfes, homes, network};

const FIXTURES: &str = "../fixtures/milton-keynes/network";

async fn with_network(pool: &PgPool) {
    network::import(
        pool,
        &network::Profile::load("generic").unwrap(),
        &Path::new(FIXTURES).join("demo-generic.geojson"),
    )
    .await
    .unwrap();
}

/// Every DFES row as the operator names it: (substation id, scenario, year, demand, generation).
async fn dfes_rows(pool: &PgPool) -> Vec<(String, String, i32, f64, f64)> {
    sqlx::query_as(
        "SELECT s.external_id, d.scenario, d.year, d.demand_headroom_mva, d.generation_headroom_mw
           FROM dfes_headroom d JOIN substations s ON s.id = d.substation_id
          ORDER BY 1, 2, 3",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

fn write_temp(name: &str, text: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("waymark-{}-{name}", uuid::Uuid::new_v4()));
    std::fs::write(&path, text).unwrap();
    path
}

fn bad_rows(result: Result<impl std::fmt::Debug, ImportError>) -> Vec<(usize, String)> {
    match result {
        Err(ImportError::BadRows(rows)) => rows.into_iter().map(|r| (r.line, r.reason)).collect(),
        other => panic!("expected bad rows, got {other:?}"),
    }
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn each_layout_imports_the_demo_figures_and_both_land_the_same(pool: PgPool) {
    with_network(&pool).await;
    let report = dfes::import(
        &pool,
        &dfes::Profile::load("long").unwrap(),
        &Path::new(FIXTURES).join("dfes-long.csv"),
    )
    .await
    .unwrap();
    assert_eq!(
        (report.rows, report.substations, report.years),
        (700, 14, Some((2026, 2050)))
    );
    assert_eq!(report.scenarios, ["Counterfactual", "Holistic Transition"]);
    let long = dfes_rows(&pool).await;
    sqlx::query("DELETE FROM dfes_headroom")
        .execute(&pool)
        .await
        .unwrap();
    dfes::import(
        &pool,
        &dfes::Profile::load("wide").unwrap(),
        &Path::new(FIXTURES).join("dfes-wide.csv"),
    )
    .await
    .unwrap();
    assert_eq!(dfes_rows(&pool).await, long);
    // What an energy plan reads: the scenarios, and one primary's years in one of them.
    assert_eq!(
        waymark_store::dfes::scenarios(&pool).await.unwrap(),
        ["Counterfactual", "Holistic Transition"]
    );
    let (cmk, wolverton): (uuid::Uuid, uuid::Uuid) = sqlx::query_as(
        "SELECT (SELECT id FROM substations WHERE external_id = 'DEMO-P-06'),
                (SELECT id FROM substations WHERE external_id = 'DEMO-P-01')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let years = waymark_store::dfes::headroom(&pool, &[cmk, wolverton], "Holistic Transition")
        .await
        .unwrap();
    assert_eq!(years.len(), 50);
    let cmk_years: Vec<(i32, f64)> = years
        .iter()
        .filter(|y| y.0 == cmk)
        .map(|y| (y.1, y.2))
        .collect();
    assert_eq!(cmk_years.first(), Some(&(2026, 1.8)));
    // Central Milton Keynes runs out of demand headroom as the years go by.
    assert!(
        cmk_years
            .iter()
            .any(|(year, mva)| *year > 2026 && *mva < 0.0)
    );
    // All sources say what the demo figures are.
    let sources: Vec<String> = sqlx::query_scalar("SELECT DISTINCT source FROM dfes_headroom")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(
        sources,
        ["Waymark demo, illustrative, not real network data"]
    );
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn a_bad_file_is_refused_whole_and_names_each_bad_line(pool: PgPool) {
    with_network(&pool).await;
    let long = dfes::Profile::load("long").unwrap();
    dfes::import(&pool, &long, &Path::new(FIXTURES).join("dfes-long.csv"))
        .await
        .unwrap();
    let before = dfes_rows(&pool).await;
    let result = dfes::import(&pool, &long, &Path::new(FIXTURES).join("dfes-bad-rows.csv")).await;
    let rows = bad_rows(result);
    let lines: Vec<usize> = rows.iter().map(|r| r.0).collect();
    assert_eq!(lines, [7, 10, 17, 21], "{rows:?}");
    for ((_, reason), expected) in rows.iter().zip([
        "column 'Headroom (MW)' 'tbc' is not a number",
        "repeats line 8: DEMO-P-01, Holistic Transition, demand headroom, 2029",
        "DEMO-P-02, Holistic Transition: no figures for 2028 (line 15 has 2027 and this line 2029",
        "no substation has the id 'DEMO-P-99'",
    ]) {
        assert!(reason.contains(expected), "{expected} in {reason}");
    }
    // What a person reads: every bad line, and that nothing was imported.
    let message = ImportError::BadRows(
        rows.iter()
            .map(|(line, reason)| waymark::import::BadRow {
                line: *line,
                reason: reason.clone(),
            })
            .collect(),
    )
    .to_string();
    assert!(
        message.starts_with("4 bad rows; nothing was imported:"),
        "{message}"
    );
    assert_eq!(dfes_rows(&pool).await, before);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn importing_again_replaces_the_years_of_what_the_file_names(pool: PgPool) {
    with_network(&pool).await;
    let long = dfes::Profile::load("long").unwrap();
    let path = Path::new(FIXTURES).join("dfes-long.csv");
    dfes::import(&pool, &long, &path).await.unwrap();
    dfes::import(&pool, &long, &path).await.unwrap();
    assert_eq!(dfes_rows(&pool).await.len(), 700);
    // A newer file for one primary in one scenario, with fewer years and other figures.
    let newer = write_temp(
        "newer.csv",
        "Substation/Group,Scenario,Year,Headroom (MW),Headroom Type,Source\n\
         DEMO-P-01,Holistic Transition,2030,5.0,Demand,newer\n\
         DEMO-P-01,Holistic Transition,2030,9.0,Generation (Inverter),newer\n\
         DEMO-P-01,Holistic Transition,2031,-0.5,Demand,newer\n\
         DEMO-P-01,Holistic Transition,2031,8.5,Generation (Inverter),newer\n",
    );
    let report = dfes::import(&pool, &long, &newer).await.unwrap();
    assert_eq!((report.rows, report.substations), (2, 1));
    let rows = dfes_rows(&pool).await;
    assert_eq!(rows.len(), 700 - 25 + 2);
    let wolverton: Vec<_> = rows
        .iter()
        .filter(|r| r.0 == "DEMO-P-01" && r.1 == "Holistic Transition")
        .collect();
    assert_eq!(
        wolverton,
        [
            &(
                "DEMO-P-01".to_owned(),
                "Holistic Transition".to_owned(),
                2030,
                5.0,
                9.0
            ),
            &(
                "DEMO-P-01".to_owned(),
                "Holistic Transition".to_owned(),
                2031,
                -0.5,
                8.5
            ),
        ]
    );
    // Its other scenario and the other primaries are as they were.
    let counterfactual = rows
        .iter()
        .filter(|r| r.0 == "DEMO-P-01" && r.1 == "Counterfactual")
        .count();
    assert_eq!(counterfactual, 25);
    std::fs::remove_file(newer).unwrap();
}

async fn homes_of(
    pool: &PgPool,
    plan_id: uuid::Uuid,
) -> Vec<(String, String, Option<i32>, Option<String>)> {
    waymark_store::dfes::homes(pool, plan_id).await.unwrap()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn homes_import_all_or_nothing_and_name_the_bad_lines(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    let plan_id = waymark::seed::load_plan(&mut conn).await.unwrap();
    drop(conn);
    // With one plan, the command needs no --plan.
    assert_eq!(homes::plan_id(&pool, None).await.unwrap(), plan_id);
    assert!(homes_of(&pool, plan_id).await.iter().all(|h| h.2.is_none()));
    let set = homes::import(
        &pool,
        plan_id,
        Path::new("../fixtures/milton-keynes/homes.csv"),
    )
    .await
    .unwrap();
    assert_eq!(set, 20);
    let after = homes_of(&pool, plan_id).await;
    let bletchley = after.iter().find(|h| h.0 == "bletchley").unwrap();
    assert_eq!(bletchley.2, Some(8700));
    assert!(
        bletchley.3.as_deref().unwrap().contains("synthetic"),
        "{bletchley:?}"
    );
    let bad = write_temp(
        "homes.csv",
        "neighbourhood,homes\nwolverton,1\nAtlantis,2000\nfishermead,-40\nBeanhill,3000\n",
    );
    let rows = bad_rows(homes::import(&pool, plan_id, &bad).await);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0].0, 3);
    assert!(
        rows[0]
            .1
            .contains("no neighbourhood with the slug or name 'Atlantis'")
    );
    assert_eq!(rows[1].0, 4);
    assert!(rows[1].1.contains("homes -40 is negative"));
    // Not even the good lines were written.
    assert_eq!(homes_of(&pool, plan_id).await, after);
    std::fs::remove_file(bad).unwrap();
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_demo_has_homes_everywhere_and_dfes_for_every_primary(pool: PgPool) {
    waymark::seed::demo(&pool).await.unwrap();
    let plan_id: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM plans WHERE slug = 'milton-keynes'")
            .fetch_one(&pool)
            .await
            .unwrap();
    let homes = homes_of(&pool, plan_id).await;
    assert_eq!(homes.len(), 20);
    for (slug, _, count, source) in &homes {
        let count = count.unwrap_or_else(|| panic!("{slug} has no homes"));
        assert!((2000..=9000).contains(&count), "{slug}: {count}");
        assert!(source.as_deref().unwrap().contains("synthetic"), "{slug}");
    }
    let per_primary: Vec<(String, i64)> = sqlx::query_as(
        "SELECT s.external_id, count(d.year)
           FROM substations s LEFT JOIN dfes_headroom d ON d.substation_id = s.id
          WHERE s.kind = 'primary' GROUP BY 1 ORDER BY 1",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(per_primary.len(), 14);
    assert!(per_primary.iter().all(|(_, n)| *n == 50), "{per_primary:?}");
}

//! `docs/personal-data.md`, the register of personal data, against the schema: every column
//! whose name says it may hold something about a person has a row, and every row names a
//! column that exists.

use std::collections::BTreeSet;

use sqlx::PgPool;

/// Words in a column's name that say it may hold an e-mail address, a name, a person's key,
/// a secret, a place, contact details or free text.
const MAY_BE_PERSONAL: [&str; 23] = [
    "email",
    "contact",
    "controller",
    "address",
    "name",
    "behalf",
    "author",
    "reporter",
    "supporter",
    "recorded_by",
    "responder",
    "actor",
    "facilitator",
    "password",
    "token",
    "digest",
    "location",
    "body",
    "note",
    "reason",
    "subject",
    "headers",
    "key",
];

/// The `table.column` of each row of the register's tables.
fn registered() -> BTreeSet<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/personal-data.md");
    let text = std::fs::read_to_string(path).expect("docs/personal-data.md");
    text.lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split_once('`'))
        .map(|(column, _)| column.to_owned())
        .collect()
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn the_register_names_every_column_that_may_hold_personal_data(pool: PgPool) {
    let columns: Vec<String> = sqlx::query_scalar(
        "SELECT c.table_name || '.' || c.column_name
           FROM information_schema.columns c
           JOIN information_schema.tables t USING (table_schema, table_name)
          WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
            AND c.table_name NOT IN ('spatial_ref_sys', '_sqlx_migrations')
          ORDER BY 1",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let register = registered();
    let may_be_personal = |column: &str| MAY_BE_PERSONAL.iter().any(|w| column.contains(w));
    let missing: Vec<&String> = columns
        .iter()
        .filter(|c| may_be_personal(c.split_once('.').unwrap().1) && !register.contains(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "columns that may hold personal data with no row in docs/personal-data.md: {missing:?}"
    );
    let stale: Vec<&String> = register.iter().filter(|r| !columns.contains(r)).collect();
    assert!(
        stale.is_empty(),
        "rows of docs/personal-data.md naming no column: {stale:?}"
    );
    assert!(register.contains("users.email") && register.contains("contributions.title"));
}

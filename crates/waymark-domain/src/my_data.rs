//! "Your data": the one-time link's mail, and the CSV twin of each JSON file of a
//! download.

use serde_json::Value;
use waymark_i18n::{Lang, text};

use crate::csv::text_cell;

/// Minutes a "your data" link works.
pub const DATA_LINK_MINUTES: i32 = 60;

/// The mail with a one-time link that proves the address.
pub fn data_link_mail(lang: Lang, url: &str) -> (String, String) {
    let args = [("url", url.into()), ("minutes", DATA_LINK_MINUTES.into())];
    (
        text(lang, "mail-data-link-subject", &args),
        text(lang, "mail-data-link-body", &args) + "\n",
    )
}

/// A JSON array of objects as CSV: one column per key, in the order the first object
/// that has it names it; lists joined with `;`, objects as JSON, text cells guarded
/// against spreadsheet formulas.
pub fn csv_of(rows: &Value) -> String {
    let rows = rows.as_array().map(Vec::as_slice).unwrap_or_default();
    let mut columns: Vec<&str> = Vec::new();
    for row in rows {
        for key in row.as_object().into_iter().flat_map(|o| o.keys()) {
            if !columns.contains(&key.as_str()) {
                columns.push(key);
            }
        }
    }
    let mut out = columns
        .iter()
        .map(|c| text_cell(c))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = columns.iter().map(|c| cell(&row[*c])).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => text_cell(s),
        Value::Array(items) => text_cell(
            &items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                .collect::<Vec<_>>()
                .join(";"),
        ),
        Value::Object(_) => text_cell(&value.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn csv_has_a_column_per_key_and_guards_formulas() {
        let rows = json!([
            {"id": "a", "themes": ["energy", "transport"], "title": "=SUM(A1)"},
            {"id": "b", "count": 2, "title": "Bench, \"please\""}
        ]);
        assert_eq!(
            csv_of(&rows),
            "\"id\",\"themes\",\"title\",\"count\"\r\n\
             \"a\",\"energy;transport\",\"'=SUM(A1)\",\r\n\
             \"b\",,\"Bench, \"\"please\"\"\",2\r\n"
        );
        assert_eq!(csv_of(&json!([])), "\r\n");
    }

    #[test]
    fn the_mail_carries_the_link() {
        let (_, body) = data_link_mail(Lang::EnGb, "http://x/me?token=t");
        assert!(body.contains("http://x/me?token=t"));
    }
}

//! CSV that a spreadsheet opens as data: every CSV export writes its text cells here.

/// Characters a spreadsheet takes as the start of a formula when a cell begins with
/// one (OWASP, "CSV Injection").
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell, quoted as RFC 4180 says (a `"` inside is doubled). Text that starts
/// like a formula gets a leading `'`, so that Excel, LibreOffice and Google Sheets show
/// it instead of running it. Numbers the server counts itself do not come here.
pub fn text_cell(text: &str) -> String {
    let guard = if text.starts_with(FORMULA_START) {
        "'"
    } else {
        ""
    };
    format!("\"{guard}{}\"", text.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_starts_like_a_formula_is_kept_as_text() {
        assert_eq!(
            text_cell("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        for (text, cell) in [
            ("+1", "\"'+1\""),
            ("-1", "\"'-1\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\t=1+1", "\"'\t=1+1\""),
            ("\r=1+1", "\"'\r=1+1\""),
        ] {
            assert_eq!(text_cell(text), cell, "{text:?}");
        }
    }

    #[test]
    fn other_text_is_only_quoted() {
        assert_eq!(text_cell("Fishermead"), "\"Fishermead\"");
        assert_eq!(
            text_cell("A \"quiet\" road, 2=2"),
            "\"A \"\"quiet\"\" road, 2=2\""
        );
        assert_eq!(text_cell(""), "\"\"");
        assert_eq!(text_cell("'already quoted"), "\"'already quoted\"");
    }
}

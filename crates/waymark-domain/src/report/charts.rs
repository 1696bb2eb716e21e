//! The report's charts as SVG, written by hand: a few rectangles and labels need no
//! plotting library, and this way every bar carries its figure (`data-value`) and the
//! page stays free of script and of fonts embedded by a renderer.
//!
//! Each chart is a picture only: the caller puts it in a `<figure>` with the same
//! figures as a table, so nothing is said by the chart alone.

use std::fmt::Write;

use super::escape;

/// Bars' colour, and the highlighted one's (the report's month in a trend).
const BAR: &str = "#8c86c0";
const BAR_NOW: &str = "#4b3f72";
const TEXT: &str = "#1a1a1a";
const FONT: &str = "font-family=\"system-ui, sans-serif\" font-size=\"12\"";

/// One bar: what it is called (already in the reader's language), its figure, and
/// whether it stands out.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: i64,
    pub highlight: bool,
}

impl Bar {
    pub fn new(label: impl Into<String>, value: i64) -> Self {
        Self {
            label: label.into(),
            value,
            highlight: false,
        }
    }
}

/// The length of a bar of `value` when the longest, `max`, is `full` long.
fn length(value: i64, max: i64, full: f64) -> f64 {
    if max <= 0 || value <= 0 {
        0.0
    } else {
        full * value as f64 / max as f64
    }
}

/// Horizontal bars, one row each, the figure at the end of each bar: for themes and
/// kinds, whose names read better on one line than under a column.
pub fn bar_chart(label: &str, bars: &[Bar]) -> String {
    const ROW: f64 = 22.0;
    const LABEL: f64 = 130.0;
    const FULL: f64 = 220.0;
    let width = LABEL + FULL + 40.0;
    let height = ROW * bars.len().max(1) as f64 + 4.0;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\" viewBox=\"0 0 {width:.0} {height:.0}\" \
         width=\"{width:.0}\" height=\"{height:.0}\" role=\"img\" aria-label=\"{}\" {FONT}>",
        escape(label)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = 2.0 + ROW * i as f64;
        let w = length(bar.value, max, FULL);
        let _ = write!(
            svg,
            "<text x=\"{x:.1}\" y=\"{ty:.1}\" text-anchor=\"end\" fill=\"{TEXT}\">{label}</text>\
             <rect class=\"bar\" data-value=\"{v}\" x=\"{LABEL:.1}\" y=\"{y:.1}\" width=\"{w:.2}\" height=\"{h:.1}\" fill=\"{fill}\"/>\
             <text x=\"{vx:.1}\" y=\"{ty:.1}\" fill=\"{TEXT}\">{v}</text>",
            x = LABEL - 6.0,
            ty = y + ROW * 0.65,
            label = escape(&bar.label),
            v = bar.value,
            h = ROW - 6.0,
            fill = if bar.highlight { BAR_NOW } else { BAR },
            vx = LABEL + w + 4.0,
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Columns side by side, oldest first, each labelled underneath and its figure on top:
/// the 12-month trend.
pub fn column_chart(label: &str, columns: &[Bar]) -> String {
    const COLUMN: f64 = 34.0;
    const FULL: f64 = 110.0;
    const TOP: f64 = 18.0;
    let width = COLUMN * columns.len().max(1) as f64 + 8.0;
    let height = TOP + FULL + 22.0;
    let max = columns.iter().map(|b| b.value).max().unwrap_or(0);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart columns\" viewBox=\"0 0 {width:.0} {height:.0}\" \
         width=\"{width:.0}\" height=\"{height:.0}\" role=\"img\" aria-label=\"{}\" {FONT}>\
         <line x1=\"4\" x2=\"{x2:.0}\" y1=\"{base:.1}\" y2=\"{base:.1}\" stroke=\"#888\"/>",
        escape(label),
        x2 = width - 4.0,
        base = TOP + FULL,
    );
    for (i, column) in columns.iter().enumerate() {
        let h = length(column.value, max, FULL);
        let x = 4.0 + COLUMN * i as f64;
        let y = TOP + FULL - h;
        let middle = x + COLUMN / 2.0;
        let _ = write!(
            svg,
            "<rect class=\"bar\" data-value=\"{v}\" x=\"{bx:.1}\" y=\"{y:.2}\" width=\"{bw:.1}\" height=\"{h:.2}\" fill=\"{fill}\"/>\
             <text x=\"{middle:.1}\" y=\"{vy:.1}\" text-anchor=\"middle\" fill=\"{TEXT}\">{v}</text>\
             <text x=\"{middle:.1}\" y=\"{ly:.1}\" text-anchor=\"middle\" fill=\"{TEXT}\">{label}</text>",
            v = column.value,
            bx = x + 4.0,
            bw = COLUMN - 8.0,
            fill = if column.highlight { BAR_NOW } else { BAR },
            vy = y - 4.0,
            ly = TOP + FULL + 15.0,
            label = escape(&column.label),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// One band in a chart of shares: its share of respondents (`None` where it is not
/// published: `note` says why, e.g. "fewer than 10") and of residents, from 0 to 1.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareRow {
    pub label: String,
    pub respondents: Option<f64>,
    pub residents: Option<f64>,
    pub note: String,
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// Two bars a band, on one scale of 0 to 100 %: the share of respondents (dark, solid)
/// over the share of residents (pale, outlined), each with its figure written after it,
/// so that the two are told apart by shape and words as well as by colour.
pub fn share_chart(label: &str, rows: &[ShareRow]) -> String {
    const ROW: f64 = 34.0;
    const LABEL: f64 = 150.0;
    const FULL: f64 = 200.0;
    let width = LABEL + FULL + 110.0;
    let height = ROW * rows.len().max(1) as f64 + 4.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart shares\" viewBox=\"0 0 {width:.0} {height:.0}\" \
         width=\"{width:.0}\" height=\"{height:.0}\" role=\"img\" aria-label=\"{}\" {FONT}>",
        escape(label)
    );
    for (i, row) in rows.iter().enumerate() {
        let y = 2.0 + ROW * i as f64;
        let _ = write!(
            svg,
            "<text x=\"{x:.1}\" y=\"{ty:.1}\" text-anchor=\"end\" fill=\"{TEXT}\">{label}</text>",
            x = LABEL - 6.0,
            ty = y + ROW * 0.55,
            label = escape(&row.label),
        );
        match row.respondents {
            Some(share) => {
                let w = FULL * share.clamp(0.0, 1.0);
                let _ = write!(
                    svg,
                    "<rect class=\"bar respondents\" data-value=\"{share:.3}\" x=\"{LABEL:.1}\" y=\"{y:.1}\" width=\"{w:.2}\" height=\"13\" fill=\"{BAR_NOW}\"/>\
                     <text x=\"{vx:.1}\" y=\"{ty:.1}\" fill=\"{TEXT}\">{p}</text>",
                    vx = LABEL + w + 4.0,
                    ty = y + 11.0,
                    p = percent(share),
                );
            }
            None => {
                let _ = write!(
                    svg,
                    "<text class=\"suppressed\" x=\"{LABEL:.1}\" y=\"{ty:.1}\" fill=\"{TEXT}\" font-style=\"italic\">{note}</text>",
                    ty = y + 11.0,
                    note = escape(&row.note),
                );
            }
        }
        if let Some(share) = row.residents {
            let w = FULL * share.clamp(0.0, 1.0);
            let _ = write!(
                svg,
                "<rect class=\"bar residents\" data-value=\"{share:.3}\" x=\"{LABEL:.1}\" y=\"{by:.1}\" width=\"{w:.2}\" height=\"13\" fill=\"{BAR}\" fill-opacity=\"0.45\" stroke=\"{BAR_NOW}\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>\
                 <text x=\"{vx:.1}\" y=\"{ty:.1}\" fill=\"{TEXT}\">{p}</text>",
                by = y + 15.0,
                vx = LABEL + w + 4.0,
                ty = y + 26.0,
                p = percent(share),
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_as_long_as_their_figures_and_labels_are_escaped() {
        let svg = bar_chart(
            "Themes",
            &[
                Bar::new("green <space>", 4),
                Bar::new("energy", 2),
                Bar::new("x", 0),
            ],
        );
        assert_eq!(svg.matches("class=\"bar\"").count(), 3);
        assert!(svg.contains("width=\"220.00\"") && svg.contains("width=\"110.00\""));
        assert!(svg.contains("green &lt;space&gt;"));
        assert!(svg.contains("data-value=\"0\""));
    }

    #[test]
    fn an_empty_month_draws_flat_columns() {
        let svg = column_chart("Trend", &[Bar::new("Jan", 0), Bar::new("Feb", 0)]);
        assert_eq!(svg.matches("height=\"0.00\"").count(), 2);
    }

    #[test]
    fn shares_draw_both_bars_or_say_why_not() {
        let svg = share_chart(
            "Tenure",
            &[
                ShareRow {
                    label: "owned".into(),
                    respondents: Some(0.5),
                    residents: Some(0.25),
                    note: String::new(),
                },
                ShareRow {
                    label: "social rented".into(),
                    respondents: None,
                    residents: Some(0.3),
                    note: "fewer than 10".into(),
                },
            ],
        );
        assert!(svg.contains("width=\"100.00\"") && svg.contains("width=\"50.00\""));
        assert!(svg.contains(">50%<") && svg.contains(">25%<"));
        assert_eq!(svg.matches("class=\"bar respondents\"").count(), 1);
        assert!(svg.contains(">fewer than 10<"));
    }
}

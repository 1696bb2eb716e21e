//! The monthly dialogue report per neighbourhood: what people said, in numbers and in
//! their own words, and how it compares with last month. Pure: the store fills it in,
//! these functions write it out as Markdown, CSV or an accessible, printable HTML page.

use std::fmt::Write;

use serde::Serialize;
use waymark_i18n::{Lang, text};

use crate::csv::text_cell;

/// `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Month {
    pub year: i32,
    pub month: u8,
}

impl Month {
    pub fn parse(text: &str) -> Result<Self, crate::ValidationErrors> {
        let bad = || crate::ValidationErrors::one("month", "a month like 2026-10");
        let (y, m) = text.split_once('-').ok_or_else(bad)?;
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u8 = m.parse().map_err(|_| bad())?;
        if y.len() != 4
            || m.len() != 2
            || !(1..=12).contains(&month)
            || !(2000..=2100).contains(&year)
        {
            return Err(bad());
        }
        Ok(Self { year, month })
    }

    pub fn previous(self) -> Self {
        if self.month == 1 {
            Self {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Self {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// Months back from this one (0 = this one).
    pub fn back(self, n: u32) -> Self {
        (0..n).fold(self, |m, _| m.previous())
    }

    /// The month as people read it in `lang` ("January 2026").
    pub fn label_in(self, lang: Lang) -> String {
        text(
            lang,
            "report-month",
            &[("month", self.month.into()), ("year", self.year.into())],
        )
    }

    pub fn label(self) -> String {
        self.label_in(Lang::EnGb)
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub name: String,
    pub this_month: i64,
    pub last_month: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Supported {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub support_count: i64,
}

/// Words a resident agreed to publish; `name` is absent when they asked to be anonymous.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub text: String,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProposalLine {
    pub id: String,
    pub title: String,
    pub technology: String,
    pub status: String,
}

/// How many of a neighbourhood's public contributions have an outcome status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatusCount {
    pub status: String,
    pub count: i64,
}

/// A commitment with voices in a neighbourhood: `voices` counts its public ones there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommitmentLine {
    pub id: String,
    pub title: String,
    pub organisation: String,
    pub status: String,
    pub progress: i16,
    pub expected_month: Option<String>,
    pub voices: i64,
}

/// "What happened to what you told us", as it stands when the report is made: every
/// public contribution of the neighbourhood (of any month) by outcome, in lifecycle
/// order, and the commitments behind which some of them stand.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct OutcomeSection {
    pub by_status: Vec<StatusCount>,
    pub commitments: Vec<CommitmentLine>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeighbourhoodReport {
    pub slug: String,
    pub name: String,
    pub total: Change,
    pub by_kind: Vec<Change>,
    pub by_theme: Vec<Change>,
    pub most_supported: Vec<Supported>,
    pub quotes: Vec<Quote>,
    pub proposals: Vec<ProposalLine>,
    /// Oldest first: (month, count) for the last 12 months.
    pub trend: Vec<(String, i64)>,
    /// The month's public pins as (lon, lat, kind), for the small map.
    pub pins: Vec<(f64, f64, String)>,
    /// The neighbourhood's outline rings, lon/lat, for the small map.
    pub outline: Vec<Vec<[f64; 2]>>,
    pub outcomes: OutcomeSection,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DialogueReport {
    pub plan: String,
    pub plan_title: String,
    pub month: Month,
    pub neighbourhoods: Vec<NeighbourhoodReport>,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

impl DialogueReport {
    /// The report as Markdown in `lang`, in the words of the HTML report.
    pub fn to_markdown(&self, lang: Lang) -> String {
        let t = |id: &str| text(lang, id, &[]);
        let title = text(
            lang,
            "report-title",
            &[
                ("plan", self.plan_title.as_str().into()),
                ("month", self.month.label_in(lang).into()),
            ],
        );
        let mut out = format!("# {title}\n\n{}\n\n", t("report-intro"));
        for n in &self.neighbourhoods {
            let change = n.total.this_month - n.total.last_month;
            let total = text(
                lang,
                "report-total",
                &[
                    ("total", n.total.this_month.into()),
                    ("delta", change.abs().into()),
                    ("direction", if change > 0 { "up" } else { "down" }.into()),
                ],
            );
            let _ = write!(out, "## {}\n\n{total}\n\n", n.name);
            for (caption, column, names, rows) in [
                (
                    "report-by-kind",
                    "report-kind-column",
                    "report-kind",
                    &n.by_kind,
                ),
                (
                    "report-by-theme",
                    "report-theme-column",
                    "report-theme",
                    &n.by_theme,
                ),
            ] {
                let _ = write!(
                    out,
                    "**{}**\n\n| {} | {} | {} |\n|---|--:|--:|\n",
                    t(caption),
                    t(column),
                    t("report-this-month"),
                    t("report-last-month")
                );
                for c in rows.iter() {
                    let _ = writeln!(
                        out,
                        "| {} | {} | {} |",
                        named(lang, names, &c.name),
                        c.this_month,
                        c.last_month
                    );
                }
                out.push('\n');
            }
            if !n.most_supported.is_empty() {
                let _ = write!(out, "**{}**\n\n", t("report-most-supported"));
                for s in &n.most_supported {
                    let item = text(
                        lang,
                        "report-supported-item",
                        &[
                            ("title", s.title.as_str().into()),
                            ("kind", named(lang, "report-kind", &s.kind).into()),
                            ("count", s.support_count.into()),
                        ],
                    );
                    let _ = writeln!(out, "1. {item}");
                }
                out.push('\n');
            }
            if !n.quotes.is_empty() {
                let _ = write!(out, "**{}**\n\n", t("report-in-their-words"));
                for q in &n.quotes {
                    let _ = writeln!(
                        out,
                        "> **{}**: {}\n>\n> — {}, {}\n",
                        q.title,
                        q.text,
                        q.name.clone().unwrap_or_else(|| t("report-a-resident")),
                        named(lang, "report-kind", &q.kind)
                    );
                }
            }
            if !n.proposals.is_empty() {
                let _ = write!(out, "**{}**\n\n", t("report-proposals"));
                for p in &n.proposals {
                    let _ = writeln!(
                        out,
                        "- {} ({}): {}",
                        p.title,
                        p.technology.replace('_', " "),
                        p.status.replace('_', " ")
                    );
                }
                out.push('\n');
            }
            let trend: Vec<String> = n.trend.iter().map(|(m, c)| format!("{m}: {c}")).collect();
            let _ = write!(
                out,
                "**{}**: {}\n\n**{}**\n\n| {} | {} |\n|---|--:|\n",
                t("report-last-12-months"),
                trend.join(", "),
                t("report-outcomes"),
                t("report-outcome-column"),
                t("report-contributions-column")
            );
            for c in &n.outcomes.by_status {
                let _ = writeln!(
                    out,
                    "| {} | {} |",
                    named(lang, "report-status", &c.status),
                    c.count
                );
            }
            for k in &n.outcomes.commitments {
                let state = text(
                    lang,
                    "report-commitment",
                    &[
                        ("status", named(lang, "report-status", &k.status).into()),
                        ("progress", k.progress.into()),
                        ("voices", k.voices.into()),
                    ],
                );
                let _ = write!(out, "\n- **{}** ({}): {state}", k.title, k.organisation);
            }
            out.push_str("\n\n");
        }
        out
    }

    /// One row per figure: neighbourhood, section, item, this month, last month. The CSV
    /// is data for other tools: its sections and items are the stable codes (`idea`,
    /// `green_space`) in any language, as an API's `code` is.
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "neighbourhood,section,item,this_month,last_month,organisation,progress,voices\n",
        );
        for n in &self.neighbourhoods {
            let mut row = |section: &str, c: &Change| {
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},,,",
                    text_cell(&n.name),
                    section,
                    text_cell(&c.name),
                    c.this_month,
                    c.last_month
                );
            };
            row("total", &n.total);
            for c in &n.by_kind {
                row("kind", c);
            }
            for c in &n.by_theme {
                row("theme", c);
            }
            for (month, count) in &n.trend {
                let _ = writeln!(out, "{},trend,{},{},,,,", text_cell(&n.name), month, count);
            }
            // The outcome counts stand as the report is made: "this month" holds them.
            for c in &n.outcomes.by_status {
                let _ = writeln!(
                    out,
                    "{},outcome,{},{},,,,",
                    text_cell(&n.name),
                    c.status,
                    c.count
                );
            }
            for k in &n.outcomes.commitments {
                let _ = writeln!(
                    out,
                    "{},commitment,{},,,{},{},{}",
                    text_cell(&n.name),
                    text_cell(&k.title),
                    text_cell(&k.organisation),
                    k.progress,
                    k.voices
                );
            }
        }
        out
    }

    /// A small map of the month's pins over the neighbourhood outline, as SVG.
    fn map_svg(lang: Lang, n: &NeighbourhoodReport) -> String {
        let points: Vec<[f64; 2]> = n
            .outline
            .iter()
            .flatten()
            .copied()
            .chain(n.pins.iter().map(|p| [p.0, p.1]))
            .collect();
        if points.is_empty() {
            return String::new();
        }
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for [x, y] in &points {
            x0 = x0.min(*x);
            y0 = y0.min(*y);
            x1 = x1.max(*x);
            y1 = y1.max(*y);
        }
        let k = ((y0 + y1) / 2.0).to_radians().cos();
        let (w, h) = (((x1 - x0) * k).max(1e-6), (y1 - y0).max(1e-6));
        let scale = 280.0 / w.max(h);
        let px = |[x, y]: [f64; 2]| (10.0 + (x - x0) * k * scale, 10.0 + (y1 - y) * scale);
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{:.0}\" height=\"{:.0}\" role=\"img\" aria-label=\"{}\">",
            w * scale + 20.0,
            h * scale + 20.0,
            escape(&text(
                lang,
                "report-map-label",
                &[
                    ("neighbourhood", n.name.as_str().into()),
                    ("count", n.pins.len().into()),
                ]
            )),
        );
        for ring in &n.outline {
            let d: Vec<String> = ring
                .iter()
                .map(|p| {
                    let (x, y) = px(*p);
                    format!("{x:.1},{y:.1}")
                })
                .collect();
            let _ = write!(
                svg,
                "<polygon points=\"{}\" fill=\"#f3f0f8\" stroke=\"#4b3f72\" stroke-width=\"1.5\"/>",
                d.join(" ")
            );
        }
        for (lon, lat, kind) in &n.pins {
            let (x, y) = px([*lon, *lat]);
            let colour = match kind.as_str() {
                "idea" => "#1b7837",
                "issue" => "#b2182b",
                "interest" => "#2166ac",
                _ => "#7b3294",
            };
            let _ = write!(
                svg,
                "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" fill=\"{colour}\" stroke=\"#fff\"/>"
            );
        }
        svg.push_str("</svg>");
        svg
    }

    /// "What happened to what you told us": the outcome counts, then each commitment
    /// with its progress as a bar.
    fn outcomes_html(lang: Lang, o: &OutcomeSection) -> String {
        let t = |id: &str| escape(&text(lang, id, &[]));
        let mut out = format!(
            "<h3>{}</h3><table><caption>{}</caption>\
             <thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            t("report-outcomes"),
            t("report-outcomes-caption"),
            t("report-outcome-column"),
            t("report-contributions-column"),
        );
        for c in &o.by_status {
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td></tr>",
                escape(&named(lang, "report-status", &c.status)),
                c.count
            );
        }
        out.push_str("</tbody></table>");
        if !o.commitments.is_empty() {
            out.push_str("<ul>");
            for k in &o.commitments {
                let state = text(
                    lang,
                    "report-commitment",
                    &[
                        ("status", named(lang, "report-status", &k.status).into()),
                        ("progress", k.progress.into()),
                        ("voices", k.voices.into()),
                    ],
                );
                let _ = write!(
                    out,
                    "<li><strong>{}</strong> ({}): <progress max=\"100\" value=\"{p}\">{p}%</progress> {}</li>",
                    escape(&k.title),
                    escape(&k.organisation),
                    escape(&state),
                    p = k.progress,
                );
            }
            out.push_str("</ul>");
        }
        out
    }

    /// A self-contained page in `lang`: semantic, readable, and clean when printed.
    pub fn to_html(&self, lang: Lang) -> String {
        let t = |id: &str| escape(&text(lang, id, &[]));
        let title = text(
            lang,
            "report-title",
            &[
                ("plan", self.plan_title.as_str().into()),
                ("month", self.month.label_in(lang).into()),
            ],
        );
        let mut out = format!(
            "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{t}</title><style>\
             body{{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:60rem;margin:0 auto;padding:1rem}}\
             table{{border-collapse:collapse;margin:.5rem 0}}th,td{{border:1px solid #888;padding:.25rem .5rem;text-align:start}}\
             td.n{{text-align:end}}blockquote{{border-inline-start:4px solid #4b3f72;margin:.5rem 0;padding:.25rem .75rem}}\
             section{{margin-bottom:2rem}}.figures{{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}}\
             .figures svg{{max-width:100%;height:auto}}figure{{margin:.5rem 0}}h2,h3{{break-after:avoid}}\
             table,svg,figure,li{{break-inside:avoid}}\
             @media print{{body{{font-size:10pt;max-width:none;padding:0}}section+section{{break-before:page}}.figures svg{{width:40%}}}}\
             </style></head><body><main><h1>{t}</h1><p>{intro}</p>",
            lang = lang.as_str(),
            dir = lang.dir().as_str(),
            t = escape(&title),
            intro = t("report-intro"),
        );
        for n in &self.neighbourhoods {
            let change = n.total.this_month - n.total.last_month;
            let total = text(
                lang,
                "report-total",
                &[
                    ("total", n.total.this_month.into()),
                    ("delta", change.abs().into()),
                    ("direction", if change > 0 { "up" } else { "down" }.into()),
                ],
            );
            let _ = write!(
                out,
                "<section aria-labelledby=\"n-{slug}\"><h2 id=\"n-{slug}\">{name}</h2><p>{total}</p>",
                slug = escape(&n.slug),
                name = escape(&n.name),
                total = escape(&total),
            );
            out.push_str("<div class=\"figures\">");
            out.push_str(&Self::map_svg(lang, n));
            for (caption, column, names, rows) in [
                (
                    "report-by-kind",
                    "report-kind-column",
                    "report-kind",
                    &n.by_kind,
                ),
                (
                    "report-by-theme",
                    "report-theme-column",
                    "report-theme",
                    &n.by_theme,
                ),
            ] {
                let _ = write!(
                    out,
                    "<table><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
                    t(caption),
                    t(column),
                    t("report-this-month"),
                    t("report-last-month"),
                );
                for c in rows.iter() {
                    let _ = write!(
                        out,
                        "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                        escape(&named(lang, names, &c.name)),
                        c.this_month,
                        c.last_month
                    );
                }
                out.push_str("</tbody></table>");
            }
            let _ = write!(
                out,
                "<table><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
                t("report-last-12-months"),
                t("report-month-column"),
                t("report-contributions-column"),
            );
            for (m, c) in &n.trend {
                let _ = write!(
                    out,
                    "<tr><th scope=\"row\">{m}</th><td class=\"n\">{c}</td></tr>"
                );
            }
            out.push_str("</tbody></table></div>");
            if !n.most_supported.is_empty() {
                let _ = write!(out, "<h3>{}</h3><ol>", t("report-most-supported"));
                for s in &n.most_supported {
                    let item = text(
                        lang,
                        "report-supported-item",
                        &[
                            ("title", s.title.as_str().into()),
                            ("kind", named(lang, "report-kind", &s.kind).into()),
                            ("count", s.support_count.into()),
                        ],
                    );
                    let _ = write!(out, "<li>{}</li>", escape(&item));
                }
                out.push_str("</ol>");
            }
            if !n.quotes.is_empty() {
                let _ = write!(out, "<h3>{}</h3>", t("report-in-their-words"));
                for q in &n.quotes {
                    let _ = write!(
                        out,
                        "<figure><blockquote><p><strong>{}</strong>: {}</p></blockquote><figcaption>{}, {}</figcaption></figure>",
                        escape(&q.title),
                        escape(&q.text),
                        q.name
                            .as_deref()
                            .map_or_else(|| t("report-a-resident"), escape),
                        escape(&named(lang, "report-kind", &q.kind))
                    );
                }
            }
            if !n.proposals.is_empty() {
                let _ = write!(out, "<h3>{}</h3><ul>", t("report-proposals"));
                for p in &n.proposals {
                    let _ = write!(
                        out,
                        "<li>{} ({}): {}</li>",
                        escape(&p.title),
                        escape(&p.technology.replace('_', " ")),
                        escape(&p.status.replace('_', " "))
                    );
                }
                out.push_str("</ul>");
            }
            out.push_str(&Self::outcomes_html(lang, &n.outcomes));
            out.push_str("</section>");
        }
        out.push_str("</main></body></html>\n");
        out
    }
}

/// A stored name (`green_space`) as people read it in `lang`, through the selector
/// message `id`; a name the catalogue does not know is shown with spaces.
fn named(lang: Lang, id: &str, name: &str) -> String {
    let shown = text(lang, id, &[("name", name.into())]);
    if shown == name {
        name.replace('_', " ")
    } else {
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_and_step_back() {
        let m = Month::parse("2026-01").unwrap();
        assert_eq!(m.previous().to_string(), "2025-12");
        assert_eq!(m.back(12).to_string(), "2025-01");
        assert_eq!(m.label(), "January 2026");
        for bad in ["2026-13", "2026-1", "26-01", "2026/01", "", "2026-00"] {
            assert!(Month::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn user_text_is_escaped_in_html() {
        let report = DialogueReport {
            plan: "mk".into(),
            plan_title: "MK".into(),
            month: Month::parse("2026-10").unwrap(),
            neighbourhoods: vec![NeighbourhoodReport {
                slug: "a".into(),
                name: "A".into(),
                total: Change {
                    name: "total".into(),
                    this_month: 1,
                    last_month: 0,
                },
                by_kind: vec![],
                by_theme: vec![],
                most_supported: vec![],
                quotes: vec![Quote {
                    id: "1".into(),
                    kind: "idea".into(),
                    title: "<script>alert(1)</script>".into(),
                    text: "a & b".into(),
                    name: None,
                }],
                proposals: vec![],
                trend: vec![],
                pins: vec![],
                outline: vec![],
                outcomes: OutcomeSection::default(),
            }],
        };
        let html = report.to_html(Lang::EnGb);
        assert!(!html.contains("<script>alert"));
        assert!(html.contains("&lt;script&gt;") && html.contains("a &amp; b"));
    }
}

//! The monthly dialogue report per neighbourhood: what people said, in numbers and in
//! their own words, and how it compares with last month. Pure: the store fills it in,
//! these functions write it out as Markdown, CSV or an accessible, printable HTML page.

use std::fmt::Write;

use serde::Serialize;
use waymark_i18n::{Lang, text};

use crate::csv::text_cell;

pub mod charts;
mod html;
pub mod maps;
mod staff;

pub use maps::BasemapFeature;

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

    pub fn next(self) -> Self {
        if self.month == 12 {
            Self {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Self {
                year: self.year,
                month: self.month + 1,
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

/// "What happened to what you told us", as it stands when the report is made: last
/// month's public contributions by outcome, every public contribution of the
/// neighbourhood (of any month) by outcome, both in lifecycle order, and the
/// commitments behind which some of them stand.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct OutcomeSection {
    pub last_month: Vec<StatusCount>,
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
    /// Residents, from `waymark import population`.
    pub population: Option<i64>,
    /// The plan's basemap around the neighbourhood, for its map only.
    #[serde(skip)]
    pub basemap: Vec<BasemapFeature>,
    pub outcomes: OutcomeSection,
}

/// A theme across the report's neighbourhoods: this month, last month, and the mean of
/// the twelve months before this one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeTrend {
    pub name: String,
    pub this_month: i64,
    pub last_month: i64,
    pub average_12_months: f64,
}

impl ThemeTrend {
    pub fn against_last_month(&self) -> i64 {
        self.this_month - self.last_month
    }

    pub fn against_average(&self) -> f64 {
        self.this_month as f64 - self.average_12_months
    }
}

/// What the city map shades.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Contributions this month per 1,000 residents: when every neighbourhood has a
    /// population.
    #[serde(rename = "per_1000_residents")]
    Per1000Residents,
    /// Contributions this month: while population figures are missing.
    Contributions,
}

/// One neighbourhood's figure on the city map and the class it is shaded in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapFigure {
    pub slug: String,
    pub value: f64,
    pub class: u8,
}

/// The city overview: the neighbourhoods shaded, the month's themes with what rose and
/// fell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overview {
    pub measure: Measure,
    /// The upper bound of each shaded class (1 to 5).
    pub class_bounds: Vec<f64>,
    pub map: Vec<MapFigure>,
    /// Most mentioned first.
    pub themes: Vec<ThemeTrend>,
}

impl Overview {
    /// Shades the neighbourhoods by contributions per 1,000 residents when each has a
    /// population, by contributions otherwise; themes sorted by this month's count.
    pub fn new(neighbourhoods: &[NeighbourhoodReport], mut themes: Vec<ThemeTrend>) -> Self {
        let per_1000 = !neighbourhoods.is_empty()
            && neighbourhoods
                .iter()
                .all(|n| n.population.is_some_and(|p| p > 0));
        let value = |n: &NeighbourhoodReport| match n.population {
            Some(p) if per_1000 => n.total.this_month as f64 * 1000.0 / p as f64,
            _ => n.total.this_month as f64,
        };
        let max = neighbourhoods.iter().map(value).fold(0.0, f64::max);
        themes.sort_by(|a, b| b.this_month.cmp(&a.this_month).then(a.name.cmp(&b.name)));
        Self {
            measure: if per_1000 {
                Measure::Per1000Residents
            } else {
                Measure::Contributions
            },
            class_bounds: maps::class_bounds(max).to_vec(),
            map: neighbourhoods
                .iter()
                .map(|n| MapFigure {
                    slug: n.slug.clone(),
                    value: value(n),
                    class: maps::class_of(value(n), max),
                })
                .collect(),
            themes,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DialogueReport {
    pub plan: String,
    pub plan_title: String,
    pub month: Month,
    pub overview: Overview,
    pub neighbourhoods: Vec<NeighbourhoodReport>,
    /// The staff edition only: who took part against who lives there, over the 12
    /// months to the report's month. The public edition never carries it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub who_is_heard: Option<crate::equality::WhoIsHeard>,
}

pub(crate) fn escape(text: &str) -> String {
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
        let _ = write!(
            out,
            "## {}\n\n**{}**\n\n| {} | {} | {} | {} |\n|---|--:|--:|--:|\n",
            t("report-overview"),
            t("report-movers-caption"),
            t("report-theme-column"),
            t("report-this-month"),
            t("report-last-month"),
            t("report-average-column"),
        );
        for th in &self.overview.themes {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {:.1} |",
                named(lang, "report-theme", &th.name),
                th.this_month,
                th.last_month,
                th.average_12_months
            );
        }
        out.push('\n');
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
    /// `green_space`) in any language, as an API's `code` is. The staff edition adds the
    /// "who is heard" figures, each in the `this_month` column (see `staff::csv_rows`).
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "neighbourhood,section,item,this_month,last_month,organisation,progress,voices,average_12_months\n",
        );
        // The overview's themes, across the report's neighbourhoods: no neighbourhood.
        for th in &self.overview.themes {
            let _ = writeln!(
                out,
                ",plan_theme,{},{},{},,,,{:.2}",
                th.name, th.this_month, th.last_month, th.average_12_months
            );
        }
        for n in &self.neighbourhoods {
            let mut row = |section: &str, c: &Change| {
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},,,,",
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
                let _ = writeln!(out, "{},trend,{},{},,,,,", text_cell(&n.name), month, count);
            }
            // The outcome counts stand as the report is made: "this month" holds them.
            for c in &n.outcomes.by_status {
                let _ = writeln!(
                    out,
                    "{},outcome,{},{},,,,,",
                    text_cell(&n.name),
                    c.status,
                    c.count
                );
            }
            for k in &n.outcomes.commitments {
                let _ = writeln!(
                    out,
                    "{},commitment,{},,,{},{},{},",
                    text_cell(&n.name),
                    text_cell(&k.title),
                    text_cell(&k.organisation),
                    k.progress,
                    k.voices
                );
            }
        }
        if let Some(heard) = &self.who_is_heard {
            staff::csv_rows(heard, &mut out);
        }
        out
    }
}

/// A stored name (`green_space`) as people read it in `lang`, through the selector
/// message `id`; a name the catalogue does not know is shown with spaces.
pub(crate) fn named(lang: Lang, id: &str, name: &str) -> String {
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
            overview: Overview::new(&[], vec![]),
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
                population: None,
                basemap: vec![],
                outcomes: OutcomeSection::default(),
            }],
            who_is_heard: None,
        };
        let report = DialogueReport {
            overview: Overview::new(&report.neighbourhoods, vec![]),
            ..report
        };
        let html = report.to_html(Lang::EnGb);
        assert!(!html.contains("<script>alert"));
        assert!(html.contains("&lt;script&gt;") && html.contains("a &amp; b"));
    }

    fn hood(slug: &str, this_month: i64, population: Option<i64>) -> NeighbourhoodReport {
        NeighbourhoodReport {
            slug: slug.into(),
            name: slug.into(),
            total: Change {
                name: "total".into(),
                this_month,
                last_month: 0,
            },
            by_kind: vec![],
            by_theme: vec![],
            most_supported: vec![],
            quotes: vec![],
            proposals: vec![],
            trend: vec![],
            pins: vec![],
            outline: vec![],
            population,
            basemap: vec![],
            outcomes: OutcomeSection::default(),
        }
    }

    #[test]
    fn the_city_map_shades_rates_only_when_every_neighbourhood_has_a_population() {
        // 8 per 1,000, 2 per 1,000, 4 per 1,000, none.
        let hoods = [
            hood("a", 16, Some(2000)),
            hood("b", 10, Some(5000)),
            hood("c", 4, Some(1000)),
            hood("d", 0, Some(3000)),
        ];
        let o = Overview::new(&hoods, vec![]);
        assert_eq!(o.measure, Measure::Per1000Residents);
        let figures: Vec<(f64, u8)> = o.map.iter().map(|m| (m.value, m.class)).collect();
        // Steps of 8 / 5 = 1.6: 8 is class 5, 2 is class 2 (1.6 < 2 <= 3.2), 4 is class 3.
        assert_eq!(figures, [(8.0, 5), (2.0, 2), (4.0, 3), (0.0, 0)]);

        let mut counts = hoods.clone();
        counts[3].population = None;
        let o = Overview::new(&counts, vec![]);
        assert_eq!(o.measure, Measure::Contributions);
        let classes: Vec<u8> = o.map.iter().map(|m| m.class).collect();
        // Steps of 16 / 5 = 3.2: 16 → 5, 10 → 4 (9.6 < 10 <= 12.8), 4 → 2.
        assert_eq!(classes, [5, 4, 2, 0]);
        assert_eq!(o.class_bounds, [3.2, 6.4, 9.6, 12.8, 16.0]);
    }

    #[test]
    fn themes_lead_with_the_most_mentioned() {
        let theme = |name: &str, this_month| ThemeTrend {
            name: name.into(),
            this_month,
            last_month: 3,
            average_12_months: 2.5,
        };
        let o = Overview::new(
            &[],
            vec![theme("safety", 1), theme("energy", 7), theme("housing", 7)],
        );
        let names: Vec<&str> = o.themes.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["energy", "housing", "safety"]);
        assert_eq!(o.themes[0].against_last_month(), 4);
        assert!((o.themes[2].against_average() - -1.5).abs() < 1e-9);
    }
}

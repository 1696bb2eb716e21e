//! The report as a self-contained HTML page: a city overview, then one page per
//! neighbourhood when printed. Charts and maps are inline SVG; each figure has its
//! caption and its figures as a table. No script, and no resource from elsewhere.

use std::fmt::Write;

use waymark_i18n::{Lang, text};

use super::charts::{Bar, bar_chart, column_chart};
use super::maps::{Area, CLASS_COLOURS, choropleth, kind_colour, neighbourhood_map};
use super::{
    Change, DialogueReport, Measure, Month, NeighbourhoodReport, OutcomeSection, Overview,
    StatusCount, escape, named,
};

const STYLE: &str = "\
body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:64rem;margin:0 auto;padding:1rem}\
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #888;padding:.2rem .5rem;text-align:start}\
td.n{text-align:end}blockquote{border-inline-start:4px solid #4b3f72;margin:.5rem 0;padding:.25rem .75rem}\
section{margin-bottom:2rem}.figures{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}\
svg{max-width:100%;height:auto}figure{margin:.5rem 0;max-width:100%}figcaption{font-weight:600}\
ul.legend{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}\
ul.legend svg{vertical-align:middle;margin-inline-end:.3rem}\
h2,h3{break-after:avoid}table,svg,figure,li,blockquote{break-inside:avoid}\
@media print{body{font-size:10pt;max-width:none;padding:0}section.neighbourhood{break-before:page}\
details>summary{display:none}.figures{display:grid;grid-template-columns:1fr 1fr;gap:.5rem 1.5rem}\
.figures figure>svg{width:100%;height:auto}figure{margin:0}}";

/// A small square of `colour`, for a legend; the words beside it say what it means.
pub(super) fn swatch(colour: &str, round: bool) -> String {
    let shape = if round {
        format!(
            "<circle cx=\"6\" cy=\"6\" r=\"5\" fill=\"{colour}\" stroke=\"#555\" stroke-width=\"0.5\"/>"
        )
    } else {
        format!(
            "<rect x=\"0.5\" y=\"0.5\" width=\"11\" height=\"11\" fill=\"{colour}\" stroke=\"#555\"/>"
        )
    };
    format!(
        "<svg width=\"12\" height=\"12\" aria-hidden=\"true\" focusable=\"false\">{shape}</svg>"
    )
}

/// A figure as people read it: whole numbers plain, others with one decimal.
pub(super) fn number(value: f64) -> String {
    if (value - value.round()).abs() < 1e-9 {
        format!("{}", value.round() as i64)
    } else {
        format!("{value:.1}")
    }
}

/// A change with its sign: "+4", "−2.5", "0".
fn signed(value: f64) -> String {
    if value.abs() < 0.05 {
        "0".into()
    } else if value > 0.0 {
        format!("+{}", number(value))
    } else {
        format!("\u{2212}{}", number(-value))
    }
}

pub(super) struct Page<'a> {
    pub(super) lang: Lang,
    pub(super) out: &'a mut String,
}

impl Page<'_> {
    pub(super) fn t(&self, id: &str) -> String {
        escape(&text(self.lang, id, &[]))
    }

    /// A table of figures under a `<details>`: the text alternative of a chart, folded
    /// away on screen and left out of print (the chart writes every figure itself).
    pub(super) fn table(&mut self, head: &[String], rows: &[Vec<String>]) {
        let _ = write!(
            self.out,
            "<details><summary>{}</summary><table><thead><tr>",
            self.t("report-as-table")
        );
        for h in head {
            let _ = write!(self.out, "<th scope=\"col\">{h}</th>");
        }
        self.out.push_str("</tr></thead><tbody>");
        for row in rows {
            self.out.push_str("<tr>");
            for (i, cell) in row.iter().enumerate() {
                if i == 0 {
                    let _ = write!(self.out, "<th scope=\"row\">{cell}</th>");
                } else {
                    let _ = write!(self.out, "<td class=\"n\">{cell}</td>");
                }
            }
            self.out.push_str("</tr>");
        }
        self.out.push_str("</tbody></table></details>");
    }

    fn overview(&mut self, report: &DialogueReport) {
        let lang = self.lang;
        let o: &Overview = &report.overview;
        let _ = write!(
            self.out,
            "<section class=\"overview\" aria-labelledby=\"overview\"><h2 id=\"overview\">{}</h2><div class=\"figures\">",
            self.t("report-overview")
        );
        // The city map.
        let figure = |value: f64| match o.measure {
            Measure::Per1000Residents => text(
                lang,
                "report-map-figure-per-1000",
                &[("value", number(value).into())],
            ),
            Measure::Contributions => text(
                lang,
                "report-map-figure-contributions",
                &[("count", (value as i64).into())],
            ),
        };
        let areas: Vec<Area<'_>> = report
            .neighbourhoods
            .iter()
            .zip(&o.map)
            .map(|(n, m)| Area {
                slug: &n.slug,
                name: &n.name,
                outline: &n.outline,
                class: m.class,
                figure: figure(m.value),
            })
            .collect();
        let caption = match o.measure {
            Measure::Per1000Residents => self.t("report-map-caption-per-1000"),
            Measure::Contributions => self.t("report-map-caption-contributions"),
        };
        let _ = write!(
            self.out,
            "<figure class=\"city-map\">{}<figcaption>{caption}</figcaption><ul class=\"legend\">",
            choropleth(&text(lang, "report-choropleth-label", &[]), &areas)
        );
        let _ = write!(
            self.out,
            "<li>{}{}</li>",
            swatch(CLASS_COLOURS[0], false),
            self.t("report-legend-none")
        );
        let mut from = 0.0;
        for (i, to) in o.class_bounds.iter().enumerate() {
            let range = match o.measure {
                Measure::Per1000Residents => text(
                    lang,
                    "report-legend-range",
                    &[("from", number(from).into()), ("to", number(*to).into())],
                ),
                // Counts are whole: a class names the counts it holds, and one that
                // holds none (a town whose busiest place has two) is left out.
                Measure::Contributions => {
                    let (lo, hi) = (from.floor() as i64 + 1, to.floor() as i64);
                    from = *to;
                    match lo.cmp(&hi) {
                        std::cmp::Ordering::Greater => continue,
                        std::cmp::Ordering::Equal => lo.to_string(),
                        std::cmp::Ordering::Less => text(
                            lang,
                            "report-legend-counts",
                            &[("from", lo.into()), ("to", hi.into())],
                        ),
                    }
                }
            };
            let _ = write!(
                self.out,
                "<li>{}{}</li>",
                swatch(CLASS_COLOURS[i + 1], false),
                escape(&range)
            );
            from = *to;
        }
        self.out.push_str("</ul>");
        let head = [
            self.t("report-neighbourhood-column"),
            match o.measure {
                Measure::Per1000Residents => self.t("report-per-1000-column"),
                Measure::Contributions => self.t("report-contributions-column"),
            },
            self.t("report-class-column"),
        ];
        let rows: Vec<Vec<String>> = areas
            .iter()
            .zip(&o.map)
            .map(|(a, m)| vec![escape(a.name), number(m.value), m.class.to_string()])
            .collect();
        self.table(&head, &rows);
        self.out.push_str("</figure>");

        // The month's themes.
        let bars: Vec<Bar> = o
            .themes
            .iter()
            .map(|t| Bar::new(named(lang, "report-theme", &t.name), t.this_month))
            .collect();
        let caption = self.t("report-headline-themes");
        let _ = write!(
            self.out,
            "<figure class=\"themes\">{}<figcaption>{caption}</figcaption>",
            bar_chart(&text(lang, "report-headline-themes", &[]), &bars)
        );
        let rows: Vec<Vec<String>> = o
            .themes
            .iter()
            .map(|t| {
                vec![
                    escape(&named(lang, "report-theme", &t.name)),
                    t.this_month.to_string(),
                ]
            })
            .collect();
        let head = [self.t("report-theme-column"), self.t("report-this-month")];
        self.table(&head, &rows);
        self.out.push_str("</figure></div>");

        // What rose and fell.
        let _ = write!(self.out, "<h3>{}</h3>", self.t("report-rose-and-fell"));
        let list = |pick: &dyn Fn(i64) -> bool| -> String {
            o.themes
                .iter()
                .filter(|t| pick(t.against_last_month()))
                .map(|t| {
                    format!(
                        "{} ({})",
                        named(lang, "report-theme", &t.name),
                        signed(t.against_last_month() as f64)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (rose, fell) = (list(&|d| d > 0), list(&|d| d < 0));
        // Against the 12-month average: only a difference of at least one contribution.
        let against_average = |above: bool| -> String {
            o.themes
                .iter()
                .filter(|t| {
                    if above {
                        t.against_average() >= 1.0
                    } else {
                        t.against_average() <= -1.0
                    }
                })
                .map(|t| {
                    format!(
                        "{} ({})",
                        named(lang, "report-theme", &t.name),
                        signed(t.against_average())
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (above, below) = (against_average(true), against_average(false));
        for (id, themes) in [
            ("report-rose", rose),
            ("report-fell", fell),
            ("report-above-average", above),
            ("report-below-average", below),
        ] {
            if !themes.is_empty() {
                let _ = write!(
                    self.out,
                    "<p>{}</p>",
                    escape(&text(lang, id, &[("themes", themes.into())]))
                );
            }
        }
        let _ = write!(
            self.out,
            "<table class=\"movers\"><caption>{}</caption><thead><tr>",
            self.t("report-movers-caption")
        );
        for id in [
            "report-theme-column",
            "report-this-month",
            "report-last-month",
            "report-change-column",
            "report-average-column",
            "report-against-average-column",
        ] {
            let _ = write!(self.out, "<th scope=\"col\">{}</th>", self.t(id));
        }
        self.out.push_str("</tr></thead><tbody>");
        for t in &o.themes {
            let _ = write!(
                self.out,
                "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                escape(&named(lang, "report-theme", &t.name)),
                t.this_month,
                t.last_month,
                signed(t.against_last_month() as f64),
                number((t.average_12_months * 10.0).round() / 10.0),
                signed(t.against_average()),
            );
        }
        self.out.push_str("</tbody></table></section>");
    }

    /// Bars for this month's figures by kind or theme, with last month in the table.
    fn change_chart(&mut self, caption_id: &str, column_id: &str, names: &str, rows: &[Change]) {
        let lang = self.lang;
        if rows.is_empty() {
            let _ = write!(
                self.out,
                "<figure><p>{}</p><figcaption>{}</figcaption></figure>",
                self.t("report-nothing-in-two-months"),
                self.t(caption_id)
            );
            return;
        }
        let bars: Vec<Bar> = rows
            .iter()
            .map(|c| Bar::new(named(lang, names, &c.name), c.this_month))
            .collect();
        let caption = self.t(caption_id);
        let _ = write!(
            self.out,
            "<figure>{}<figcaption>{caption}</figcaption>",
            bar_chart(&text(lang, caption_id, &[]), &bars)
        );
        let head = [
            self.t(column_id),
            self.t("report-this-month"),
            self.t("report-last-month"),
        ];
        let table: Vec<Vec<String>> = rows
            .iter()
            .map(|c| {
                vec![
                    escape(&named(lang, names, &c.name)),
                    c.this_month.to_string(),
                    c.last_month.to_string(),
                ]
            })
            .collect();
        self.table(&head, &table);
        self.out.push_str("</figure>");
    }

    fn neighbourhood(&mut self, n: &NeighbourhoodReport) {
        let lang = self.lang;
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
            self.out,
            "<section class=\"neighbourhood\" aria-labelledby=\"n-{slug}\"><h2 id=\"n-{slug}\">{name}</h2><p>{total}</p><div class=\"figures\">",
            slug = escape(&n.slug),
            name = escape(&n.name),
            total = escape(&total),
        );

        // The map, and which pin is which.
        let label = text(
            lang,
            "report-map-label",
            &[
                ("neighbourhood", n.name.as_str().into()),
                ("count", n.pins.len().into()),
            ],
        );
        let _ = write!(
            self.out,
            "<figure class=\"neighbourhood-map\">{}<figcaption>{}</figcaption><ul class=\"legend\">",
            neighbourhood_map(&n.slug, &label, &n.outline, &n.basemap, &n.pins),
            escape(&label)
        );
        for kind in ["idea", "issue", "interest", "story"] {
            let count = n.pins.iter().filter(|p| p.2 == kind).count();
            let item = text(
                lang,
                "report-pins-of-kind",
                &[
                    ("kind", named(lang, "report-kind", kind).into()),
                    ("count", count.into()),
                ],
            );
            let _ = write!(
                self.out,
                "<li>{}{}</li>",
                swatch(kind_colour(kind), true),
                escape(&item)
            );
        }
        self.out.push_str("</ul></figure>");

        // Twelve months.
        let months: Vec<(Option<Month>, i64)> = n
            .trend
            .iter()
            .map(|(m, c)| (Month::parse(m).ok(), *c))
            .collect();
        let columns: Vec<Bar> = months
            .iter()
            .enumerate()
            .map(|(i, (m, c))| Bar {
                label: m.map_or_else(String::new, |m| {
                    text(lang, "report-month-short", &[("month", m.month.into())])
                }),
                value: *c,
                highlight: i + 1 == months.len(),
            })
            .collect();
        let caption = self.t("report-trend-caption");
        let _ = write!(
            self.out,
            "<figure class=\"trend\">{}<figcaption>{caption}</figcaption>",
            column_chart(&text(lang, "report-trend-caption", &[]), &columns)
        );
        let head = [
            self.t("report-month-column"),
            self.t("report-contributions-column"),
        ];
        let rows: Vec<Vec<String>> = months
            .iter()
            .map(|(m, c)| {
                vec![
                    m.map_or_else(String::new, |m| escape(&m.label_in(lang))),
                    c.to_string(),
                ]
            })
            .collect();
        self.table(&head, &rows);
        self.out.push_str("</figure>");

        self.change_chart(
            "report-by-kind",
            "report-kind-column",
            "report-kind",
            &n.by_kind,
        );
        self.change_chart(
            "report-by-theme",
            "report-theme-column",
            "report-theme",
            &n.by_theme,
        );
        self.out.push_str("</div>");

        if !n.most_supported.is_empty() {
            let _ = write!(self.out, "<h3>{}</h3><ol>", self.t("report-most-supported"));
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
                let _ = write!(self.out, "<li>{}</li>", escape(&item));
            }
            self.out.push_str("</ol>");
        }
        if !n.quotes.is_empty() {
            let _ = write!(self.out, "<h3>{}</h3>", self.t("report-in-their-words"));
            for q in &n.quotes {
                let _ = write!(
                    self.out,
                    "<figure class=\"quote\"><blockquote><p><strong>{}</strong>: {}</p></blockquote><figcaption>{}, {}</figcaption></figure>",
                    escape(&q.title),
                    escape(&q.text),
                    q.name
                        .as_deref()
                        .map_or_else(|| self.t("report-a-resident"), escape),
                    escape(&named(lang, "report-kind", &q.kind))
                );
            }
        }
        if !n.proposals.is_empty() {
            let _ = write!(self.out, "<h3>{}</h3><ul>", self.t("report-proposals"));
            for p in &n.proposals {
                let _ = write!(
                    self.out,
                    "<li>{} ({}): {}</li>",
                    escape(&p.title),
                    escape(&p.technology.replace('_', " ")),
                    escape(&p.status.replace('_', " "))
                );
            }
            self.out.push_str("</ul>");
        }
        self.outcomes(&n.outcomes);
        self.out.push_str("</section>");
    }

    fn status_table(&mut self, caption_id: &str, counts: &[StatusCount]) {
        let _ = write!(
            self.out,
            "<table><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            self.t(caption_id),
            self.t("report-outcome-column"),
            self.t("report-contributions-column"),
        );
        for c in counts {
            let _ = write!(
                self.out,
                "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td></tr>",
                escape(&named(self.lang, "report-status", &c.status)),
                c.count
            );
        }
        self.out.push_str("</tbody></table>");
    }

    /// "What happened to what you told us": last month's items and everything so far by
    /// outcome, then each commitment with its progress as a bar.
    fn outcomes(&mut self, o: &OutcomeSection) {
        let _ = write!(
            self.out,
            "<h3>{}</h3><div class=\"figures\">",
            self.t("report-outcomes")
        );
        self.status_table("report-last-month-outcomes", &o.last_month);
        self.status_table("report-outcomes-caption", &o.by_status);
        self.out.push_str("</div>");
        if !o.commitments.is_empty() {
            self.out.push_str("<ul>");
            for k in &o.commitments {
                let state = text(
                    self.lang,
                    "report-commitment",
                    &[
                        (
                            "status",
                            named(self.lang, "report-status", &k.status).into(),
                        ),
                        ("progress", k.progress.into()),
                        ("voices", k.voices.into()),
                    ],
                );
                let _ = write!(
                    self.out,
                    "<li><strong>{}</strong> ({}): <progress max=\"100\" value=\"{p}\">{p}%</progress> {}</li>",
                    escape(&k.title),
                    escape(&k.organisation),
                    escape(&state),
                    p = k.progress,
                );
            }
            self.out.push_str("</ul>");
        }
    }
}

impl DialogueReport {
    /// A self-contained page in `lang`: semantic, readable, and clean when printed, the
    /// overview on the first page and each neighbourhood on a page of its own.
    pub fn to_html(&self, lang: Lang) -> String {
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
             <title>{t}</title><style>{STYLE}</style></head><body><main><h1>{t}</h1><p>{intro}</p>",
            lang = lang.as_str(),
            dir = lang.dir().as_str(),
            t = escape(&title),
            intro = escape(&text(lang, "report-intro", &[])),
        );
        let mut page = Page {
            lang,
            out: &mut out,
        };
        page.overview(self);
        if let Some(heard) = &self.who_is_heard {
            page.who_is_heard(heard);
        }
        for n in &self.neighbourhoods {
            page.neighbourhood(n);
        }
        out.push_str("</main></body></html>\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_read_with_their_sign() {
        assert_eq!(signed(4.0), "+4");
        assert_eq!(signed(-2.5), "\u{2212}2.5");
        assert_eq!(signed(0.01), "0");
        assert_eq!(number(4.26), "4.3");
        assert_eq!(super::super::maps::class_of(1.0, 1.0), 5);
    }
}

//! The report's staff edition: "Who is heard", after the city overview. Participation
//! per 1,000 residents on the city map, where to knock on doors next, and per
//! neighbourhood each question's respondents against its residents. Every count has
//! been through `equality::suppress`; what is suppressed reads "fewer than 10".

use std::fmt::Write;

use waymark_i18n::{Lang, text};

use super::charts::{ShareRow, share_chart};
use super::escape;
use super::html::{Page, number, swatch};
use super::maps::{Area, CLASS_COLOURS, choropleth};
use crate::equality::{
    DimensionFigures, NeighbourhoodParticipation, Participation, Published, WhoIsHeard,
    dimension_key,
};

/// A count as published, in words where it is suppressed.
pub(super) fn count(lang: Lang, published: Published) -> String {
    match published {
        Published::Count(n) => n.to_string(),
        Published::Suppressed => text(lang, "report-fewer-than-10", &[]),
    }
}

fn share(value: Option<f64>) -> Option<String> {
    value.map(|s| format!("{:.0}%", s * 100.0))
}

/// The rate as people read it, or why there is none.
pub(super) fn rate(lang: Lang, p: &Participation) -> String {
    match (p.rate_per_1000, p.participants, p.residents) {
        (Some(r), _, _) => text(lang, "report-rate-figure", &[("value", number(r).into())]),
        (None, Published::Suppressed, Some(_)) => text(lang, "report-rate-fewer-than-10", &[]),
        _ => text(lang, "report-no-figure", &[]),
    }
}

/// The least heard band in words ("social renters (housing tenure)"), or that none is.
pub(super) fn least_heard(lang: Lang, p: &Participation) -> String {
    match &p.most_under_represented {
        Some(u) => text(
            lang,
            "report-band-with-dimension",
            &[
                ("band", text(lang, &u.label_key, &[]).into()),
                (
                    "dimension",
                    text(lang, &dimension_key(u.dimension), &[]).into(),
                ),
            ],
        ),
        None => text(lang, "report-no-band", &[]),
    }
}

fn representativeness(lang: Lang, p: Option<f64>) -> String {
    p.map_or_else(
        || text(lang, "report-no-figure", &[]),
        |r| format!("{r:.2}"),
    )
}

impl Page<'_> {
    pub(super) fn who_is_heard(&mut self, heard: &WhoIsHeard) {
        let lang = self.lang;
        let period =
            |m: &str| super::Month::parse(m).map_or_else(|_| m.to_owned(), |m| m.label_in(lang));
        let _ = write!(
            self.out,
            "<section class=\"who-is-heard\" aria-labelledby=\"who-is-heard\"><h2 id=\"who-is-heard\">{}</h2><p>{}</p><div class=\"figures\">",
            self.t("report-who-is-heard"),
            escape(&text(
                lang,
                "report-who-is-heard-intro",
                &[
                    ("from", period(&heard.from).into()),
                    ("to", period(&heard.to).into())
                ]
            )),
        );
        if !heard.population_sources.is_empty() {
            let _ = write!(
                self.out,
                "<p>{}</p>",
                escape(&text(
                    lang,
                    "report-population-source",
                    &[("source", heard.population_sources.join("; ").into())]
                ))
            );
        }
        let areas: Vec<Area<'_>> = heard
            .neighbourhoods
            .iter()
            .map(|n| Area {
                slug: &n.slug,
                name: &n.name,
                outline: &n.outline,
                class: n.class,
                figure: rate(lang, &n.figures),
            })
            .collect();
        let _ = write!(
            self.out,
            "<figure class=\"participation-map\">{}<figcaption>{}</figcaption><ul class=\"legend\"><li>{}{}</li>",
            choropleth(&text(lang, "report-participation-label", &[]), &areas),
            self.t("report-participation-caption"),
            swatch(CLASS_COLOURS[0], false),
            self.t("report-no-figure"),
        );
        let mut from = 0.0;
        for (i, to) in heard.class_bounds.iter().enumerate() {
            let range = text(
                lang,
                "report-legend-range",
                &[("from", number(from).into()), ("to", number(*to).into())],
            );
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
            self.t("report-participants-column"),
            self.t("report-per-1000-column"),
            self.t("report-class-column"),
        ];
        let rows: Vec<Vec<String>> = heard
            .neighbourhoods
            .iter()
            .map(|n| {
                vec![
                    escape(&n.name),
                    escape(&count(lang, n.figures.participants)),
                    escape(&rate(lang, &n.figures)),
                    n.class.to_string(),
                ]
            })
            .collect();
        self.table(&head, &rows);
        self.out.push_str("</figure>");

        let _ = write!(
            self.out,
            "<div class=\"knock-next\"><h3>{}</h3><p>{}</p><ol>",
            self.t("report-knock-next"),
            self.t("report-knock-next-intro")
        );
        for n in heard.in_knocking_order() {
            let item = text(
                lang,
                "report-knock-item",
                &[
                    ("neighbourhood", n.name.as_str().into()),
                    ("rate", rate(lang, &n.figures).into()),
                    (
                        "representativeness",
                        representativeness(lang, n.figures.representativeness).into(),
                    ),
                    ("band", least_heard(lang, &n.figures).into()),
                ],
            );
            let _ = write!(self.out, "<li>{}</li>", escape(&item));
        }
        self.out.push_str("</ol></div></div>");
        for n in &heard.neighbourhoods {
            self.heard_in(n);
        }
        self.out.push_str("</section>");
    }

    /// One neighbourhood: its figures, then a chart of shares per question.
    fn heard_in(&mut self, n: &NeighbourhoodParticipation) {
        let lang = self.lang;
        let p = &n.figures;
        let residents = p
            .residents
            .map_or_else(|| text(lang, "report-no-figure", &[]), |r| r.to_string());
        let _ = write!(
            self.out,
            "<h3 id=\"heard-{slug}\">{name}</h3><p>{}</p><p>{}</p><div class=\"figures\">",
            escape(&text(
                lang,
                "report-participants",
                &[
                    ("participants", count(lang, p.participants).into()),
                    ("residents", residents.into()),
                    ("rate", rate(lang, p).into()),
                ]
            )),
            escape(&text(
                lang,
                "report-representativeness",
                &[
                    (
                        "representativeness",
                        representativeness(lang, p.representativeness).into()
                    ),
                    ("band", least_heard(lang, p).into()),
                ]
            )),
            slug = escape(&n.slug),
            name = escape(&n.name),
        );
        for d in &p.dimensions {
            self.shares(&n.name, d);
        }
        self.out.push_str("</div>");
    }

    fn shares(&mut self, neighbourhood: &str, d: &DimensionFigures) {
        let lang = self.lang;
        let dimension = text(lang, &dimension_key(d.dimension), &[]);
        let not_published = |published: Published| match published {
            Published::Suppressed => text(lang, "report-fewer-than-10", &[]),
            Published::Count(_) => text(lang, "report-not-published", &[]),
        };
        let rows: Vec<ShareRow> = d
            .bands
            .iter()
            .filter(|b| b.compared)
            .map(|b| ShareRow {
                label: text(lang, &b.label_key, &[]),
                respondents: b.respondents_share,
                residents: b.residents_share,
                note: not_published(b.respondents),
            })
            .collect();
        let label = text(
            lang,
            "report-shares-label",
            &[
                ("dimension", dimension.as_str().into()),
                ("neighbourhood", neighbourhood.into()),
            ],
        );
        let caption = text(
            lang,
            "report-shares-caption",
            &[
                ("dimension", dimension.as_str().into()),
                ("answered", count(lang, d.answered).into()),
                (
                    "representativeness",
                    representativeness(lang, d.representativeness).into(),
                ),
            ],
        );
        let _ = write!(
            self.out,
            "<figure class=\"shares\">{}<figcaption>{}</figcaption><ul class=\"legend\"><li>{}{}</li><li>{}{}</li></ul>",
            share_chart(&label, &rows),
            escape(&caption),
            swatch("#4b3f72", false),
            self.t("report-legend-respondents"),
            swatch("#d5d2ea", false),
            self.t("report-legend-residents"),
        );
        let head = [
            self.t("report-band-column"),
            self.t("report-respondents-column"),
            self.t("report-respondents-share-column"),
            self.t("report-residents-share-column"),
        ];
        let table: Vec<Vec<String>> = d
            .bands
            .iter()
            .map(|b| {
                let none = || text(lang, "report-not-published", &[]);
                vec![
                    escape(&text(lang, &b.label_key, &[])),
                    escape(&count(lang, b.respondents)),
                    escape(&share(b.respondents_share).unwrap_or_else(none)),
                    escape(
                        &share(b.residents_share)
                            .unwrap_or_else(|| text(lang, "report-no-census-figure", &[])),
                    ),
                ]
            })
            .collect();
        self.table(&head, &table);
        self.out.push_str("</figure>");
    }
}

/// The staff edition's rows of the CSV, one figure a row in the `this_month` column:
/// section `participation` (items `residents`, `participants`, `rate_per_1000`,
/// `representativeness`, `most_under_represented` as `dimension:band`, `knock_next_rank`),
/// then per band `respondents`, `respondents_share` and `residents_share` (item
/// `dimension:band`). A suppressed count reads `fewer_than_10`; a figure not published
/// is left empty.
pub(super) fn csv_rows(heard: &WhoIsHeard, out: &mut String) {
    use crate::csv::text_cell;
    let published = |p: Published| match p {
        Published::Count(n) => n.to_string(),
        Published::Suppressed => "fewer_than_10".into(),
    };
    let figure = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    for n in &heard.neighbourhoods {
        let name = text_cell(&n.name);
        let p = &n.figures;
        let rank = heard
            .knock_next
            .iter()
            .position(|s| s == &n.slug)
            .map(|i| (i + 1).to_string())
            .unwrap_or_default();
        let least = p
            .most_under_represented
            .as_ref()
            .map(|u| format!("{}:{}", u.dimension, u.band))
            .unwrap_or_default();
        for (item, value) in [
            (
                "residents",
                p.residents.map(|r| r.to_string()).unwrap_or_default(),
            ),
            ("participants", published(p.participants)),
            ("rate_per_1000", figure(p.rate_per_1000)),
            ("representativeness", figure(p.representativeness)),
            ("most_under_represented", least),
            ("knock_next_rank", rank),
        ] {
            let _ = writeln!(out, "{name},participation,{item},{value},,,,,");
        }
        for d in &p.dimensions {
            for b in &d.bands {
                let item = format!("{}:{}", d.dimension, b.band);
                let _ = writeln!(
                    out,
                    "{name},respondents,{item},{},,,,,",
                    published(b.respondents)
                );
                let _ = writeln!(
                    out,
                    "{name},respondents_share,{item},{},,,,,",
                    figure(b.respondents_share)
                );
                let _ = writeln!(
                    out,
                    "{name},residents_share,{item},{},,,,,",
                    figure(b.residents_share)
                );
            }
        }
    }
}

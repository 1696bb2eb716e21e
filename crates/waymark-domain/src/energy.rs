//! Community-energy proposals and the first network feasibility screen: does the local
//! primary substation look like it has room for a project? Pure logic; the numbers
//! come from the operator's published capacity data, the thresholds from configuration.

use serde::{Deserialize, Serialize};

use crate::text_enum::text_enum;

text_enum!(
    /// What a community project builds.
    Technology {
        SolarPv = "solar_pv",
        Wind = "wind",
        Battery = "battery",
        HeatPump = "heat_pump",
        EvCharging = "ev_charging",
        HeatNetwork = "heat_network",
        Efficiency = "efficiency",
    }
);

text_enum!(
    /// Red, amber, green: the traffic light DNOs use for headroom.
    Rag {
        Green = "green",
        Amber = "amber",
        Red = "red",
    }
);

impl Rag {
    pub(crate) fn severity(self) -> u8 {
        match self {
            Rag::Green => 0,
            Rag::Amber => 1,
            Rag::Red => 2,
        }
    }

    /// The more severe of the two: what a row of checks or years adds up to.
    pub fn worst(self, other: Rag) -> Rag {
        if other.severity() > self.severity() {
            other
        } else {
            self
        }
    }
}

/// The figures of a primary substation that the screen needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Headroom {
    pub substation: String,
    /// MVA of demand the substation can still take (may be negative).
    pub demand_headroom_mva: f64,
    /// MW of generation it can still take before the queue is counted (may be negative).
    pub generation_headroom_mw: f64,
    /// MW of generation already accepted but not yet connected.
    pub queued_generation_mw: f64,
}

/// How the serving substation was found.
#[derive(Debug, Clone, PartialEq)]
pub enum Serving {
    /// The site lies in the substation's supply area.
    SupplyArea(Headroom),
    /// The site lies outside every supply area; this is the nearest substation.
    Nearest { headroom: Headroom, distance_m: f64 },
    /// No network data near the site.
    Unknown,
}

/// What a project would draw from and push into the network.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProjectFlows {
    pub technology: Technology,
    pub export_kw: f64,
    pub import_kw: f64,
    /// 1 for a single-phase domestic supply, 3 for three-phase.
    pub phases: u8,
}

/// The phases of a project's supply, as a request gives them: 1 (a single-phase
/// domestic supply) or 3, and 3 when left out. Creating a proposal and the preview
/// screen both read them through this.
pub fn phases(requested: Option<u8>) -> Result<u8, crate::ValidationErrors> {
    match requested.unwrap_or(3) {
        n @ (1 | 3) => Ok(n),
        _ => Err(crate::ValidationErrors::one("phases", "1 or 3")),
    }
}

/// The screen's thresholds. Operators publish no single rule, so these are settings.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Thresholds {
    /// Generation up to this many kW per phase is usually "connect and notify" (G98).
    pub small_generation_kw_per_phase: f64,
    /// A project that would use more than this share of the remaining headroom is amber.
    pub amber_share: f64,
    /// Power factor used to turn kW of import into kVA of demand.
    pub power_factor: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            small_generation_kw_per_phase: 3.68,
            amber_share: 0.5,
            power_factor: 0.95,
        }
    }
}

/// How much of the network's figures the person asking may see: one rule for every
/// route that screens a site (the same one the network layers follow).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Exact headroom and distances: DNO engineers and admins.
    Exact,
    /// Coarse bands only, with a traffic light worked out from the band alone, so that
    /// no sweep of sites or sizes can recover an exact figure.
    Banded,
}

/// A coarse band of headroom: the bands the public network layers show (the SQL
/// function `headroom_band` draws the same lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    None,
    UnderOne,
    OneToFive,
    OverFive,
}

impl Band {
    pub fn of(headroom: f64) -> Band {
        if headroom <= 0.0 {
            Band::None
        } else if headroom < 1.0 {
            Band::UnderOne
        } else if headroom < 5.0 {
            Band::OneToFive
        } else {
            Band::OverFive
        }
    }

    /// The least and the most the band may hold.
    fn bounds(self) -> (f64, f64) {
        match self {
            Band::None => (0.0, 0.0),
            Band::UnderOne => (0.0, 1.0),
            Band::OneToFive => (1.0, 5.0),
            Band::OverFive => (5.0, f64::INFINITY),
        }
    }

    pub fn label(self, unit: &str) -> String {
        match self {
            Band::None => "none".to_owned(),
            Band::UnderOne => format!("under 1 {unit}"),
            Band::OneToFive => format!("1 to 5 {unit}"),
            Band::OverFive => format!("over 5 {unit}"),
        }
    }
}

/// One comparison the screen made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    /// `export`, `import` or `small_generation`.
    pub name: &'static str,
    pub rag: Rag,
    /// What the project needs, in MW (export) or MVA (import), to the kW.
    pub needed: f64,
    /// What is left, in the same unit, to the kW: for those who may see exact figures,
    /// and for the small-generation limit, which is a published rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available: Option<f64>,
    /// What the substation has left as a band (`1 to 5 MW`), as the network layers say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Feasibility {
    pub rag: Rag,
    pub substation: Option<String>,
    pub checks: Vec<Check>,
    /// Plain English a resident can read.
    pub explanation: String,
}

fn mw(kw: f64) -> f64 {
    kw / 1000.0
}

/// A figure in MW or MVA to the kW, so that no float noise reaches anyone.
pub(crate) fn to_kw(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn describe(x: f64) -> String {
    if x.abs() >= 1.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.2}")
    }
}

/// What a substation has left, as the person asking may see it.
pub(crate) struct Room {
    pub(crate) rag: Rag,
    /// "about 4.4 MW" or "1 to 5 MW".
    words: String,
    available: Option<f64>,
    band: String,
}

/// Whether `needed` fits in `available`, worked out from the exact figure or from its
/// band alone as `detail` says: energy plans judge each year the same way.
pub(crate) fn room(
    needed: f64,
    available: f64,
    unit: &str,
    detail: Detail,
    t: &Thresholds,
) -> Room {
    let band = Band::of(available);
    match detail {
        Detail::Exact => Room {
            rag: if available <= 0.0 || needed > available {
                Rag::Red
            } else if needed > available * t.amber_share {
                Rag::Amber
            } else {
                Rag::Green
            },
            words: format!("about {} {unit}", describe(available)),
            available: Some(to_kw(available)),
            band: band.label(unit),
        },
        Detail::Banded => {
            let (least, most) = band.bounds();
            Room {
                rag: if band == Band::None || needed > most {
                    Rag::Red
                } else if needed > least * t.amber_share {
                    Rag::Amber
                } else {
                    Rag::Green
                },
                words: band.label(unit),
                available: None,
                band: band.label(unit),
            }
        }
    }
}

fn check(name: &'static str, needed: f64, room: &Room) -> Check {
    Check {
        name,
        rag: room.rag,
        needed: to_kw(needed),
        available: room.available,
        band: Some(room.band.clone()),
    }
}

/// Screens a project against its serving substation, saying only what `detail` allows.
pub fn screen(
    project: ProjectFlows,
    serving: &Serving,
    t: &Thresholds,
    detail: Detail,
) -> Feasibility {
    let exports = project.export_kw > 0.0 || project.technology == Technology::Battery;
    let imports = project.import_kw > 0.0 || project.technology == Technology::Battery;
    let small_limit = t.small_generation_kw_per_phase * f64::from(project.phases.clamp(1, 3));
    if project.export_kw <= small_limit
        && project.import_kw <= small_limit
        && project.export_kw > 0.0
    {
        return Feasibility {
            rag: Rag::Green,
            substation: match serving {
                Serving::SupplyArea(h) | Serving::Nearest { headroom: h, .. } => {
                    Some(h.substation.clone())
                }
                Serving::Unknown => None,
            },
            checks: vec![Check {
                name: "small_generation",
                rag: Rag::Green,
                needed: to_kw(mw(project.export_kw)),
                available: Some(to_kw(mw(small_limit))),
                band: None,
            }],
            explanation: format!(
                "At {} kW this is small generation: it can usually be connected first and the \
                 network operator told afterwards (\"connect and notify\"), whatever the local \
                 headroom. Your installer handles the notification.",
                describe(project.export_kw)
            ),
        };
    }
    let (headroom, caveat) = match serving {
        Serving::SupplyArea(h) => (h, String::new()),
        Serving::Nearest {
            headroom,
            distance_m,
        } => (
            headroom,
            match detail {
                Detail::Exact => format!(
                    " The site is outside every published supply area, so this uses the \
                     nearest substation, {:.1} km away; treat it as a rough guide.",
                    distance_m / 1000.0
                ),
                // A distance to a substation the public is not shown would place it.
                Detail::Banded => " The site is outside every published supply area, so this \
                                   uses the nearest substation; treat it as a rough guide."
                    .to_owned(),
            },
        ),
        Serving::Unknown => {
            return Feasibility {
                rag: Rag::Amber,
                substation: None,
                checks: Vec::new(),
                explanation: "We have no network data for this place, so we cannot say whether \
                              there is room. Ask the network operator."
                    .to_owned(),
            };
        }
    };
    let name = &headroom.substation;
    let mut checks = Vec::new();
    let mut sentences = Vec::new();
    if exports {
        let needed = mw(project.export_kw);
        let left = headroom.generation_headroom_mw - headroom.queued_generation_mw;
        let room = room(needed, left, "MW", detail, t);
        let needs = describe(needed);
        let words = &room.words;
        sentences.push(match room.rag {
            Rag::Red if left <= 0.0 => match detail {
                Detail::Exact => format!(
                    "{name} has no room left for new generation once the projects already \
                     queued are counted ({} MW of headroom, {} MW queued).",
                    describe(headroom.generation_headroom_mw),
                    describe(headroom.queued_generation_mw)
                ),
                Detail::Banded => format!(
                    "{name} has no room left for new generation once the projects already \
                     queued are counted."
                ),
            },
            Rag::Red => format!(
                "Exporting {needs} MW is more than the generation room {name} has left after \
                 the queue ({words})."
            ),
            Rag::Amber => format!(
                "Exporting {needs} MW may use most of the generation room {name} has left after \
                 the queue ({words})."
            ),
            Rag::Green => format!(
                "{name} has {words} of room for new generation after the queue; exporting \
                 {needs} MW fits."
            ),
        });
        checks.push(check("export", needed, &room));
    }
    if imports {
        let needed = mw(project.import_kw) / t.power_factor;
        let room = room(needed, headroom.demand_headroom_mva, "MVA", detail, t);
        let needs = describe(needed);
        let words = &room.words;
        sentences.push(match room.rag {
            Rag::Red => {
                format!("Drawing {needs} MVA is more than the demand room {name} has ({words}).")
            }
            Rag::Amber => {
                format!("Drawing {needs} MVA may use most of the demand room {name} has ({words}).")
            }
            Rag::Green => {
                format!("Drawing {needs} MVA fits in the demand room {name} has ({words}).")
            }
        });
        checks.push(check("import", needed, &room));
    }
    let rag = checks
        .iter()
        .fold(Rag::Green, |worst, c| worst.worst(c.rag));
    let verdict = match rag {
        Rag::Green => "The network is likely to have room for this project.",
        Rag::Amber => "The network may have room, but expect the operator to study it.",
        Rag::Red => "The network is unlikely to have room without reinforcement.",
    };
    let explanation = if checks.is_empty() {
        "This project neither draws from nor feeds into the network, so it needs no \
         connection check."
            .to_owned()
    } else {
        format!(
            "{verdict} {}{caveat} This is a first screen from published data; the network \
             operator makes the decision.",
            sentences.join(" ")
        )
    };
    Feasibility {
        rag,
        substation: Some(headroom.substation.clone()),
        checks,
        explanation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn primary(generation: f64, queued: f64, demand: f64) -> Serving {
        Serving::SupplyArea(Headroom {
            substation: "DEMO Wolverton Primary".into(),
            demand_headroom_mva: demand,
            generation_headroom_mw: generation,
            queued_generation_mw: queued,
        })
    }

    fn project(technology: Technology, export_kw: f64, import_kw: f64) -> ProjectFlows {
        ProjectFlows {
            technology,
            export_kw,
            import_kw,
            phases: 3,
        }
    }

    #[test]
    fn the_feasibility_table() {
        use Technology::*;
        let t = Thresholds::default();
        let cases: Vec<(&str, ProjectFlows, Serving, Rag)> = vec![
            (
                "school roof solar, plenty of room",
                project(SolarPv, 150.0, 0.0),
                primary(8.0, 1.0, 5.0),
                Rag::Green,
            ),
            (
                "solar using most of what is left",
                project(SolarPv, 3_000.0, 0.0),
                primary(6.0, 1.0, 5.0),
                Rag::Amber,
            ),
            (
                "solar farm larger than what is left",
                project(SolarPv, 8_000.0, 0.0),
                primary(6.0, 1.0, 5.0),
                Rag::Red,
            ),
            (
                "negative generation headroom",
                project(SolarPv, 50.0, 0.0),
                primary(-2.5, 0.0, 5.0),
                Rag::Red,
            ),
            (
                "queue exceeding headroom",
                project(Wind, 500.0, 0.0),
                primary(4.0, 6.0, 5.0),
                Rag::Red,
            ),
            (
                "queue leaving exactly nothing",
                project(Wind, 50.0, 0.0),
                primary(4.0, 4.0, 5.0),
                Rag::Red,
            ),
            (
                "battery, room both ways",
                project(Battery, 1_000.0, 1_000.0),
                primary(8.0, 0.0, 6.0),
                Rag::Green,
            ),
            (
                "battery, export fine, import short",
                project(Battery, 1_000.0, 2_000.0),
                primary(8.0, 0.0, 1.5),
                Rag::Red,
            ),
            (
                "battery, import tight",
                project(Battery, 500.0, 2_000.0),
                primary(8.0, 0.0, 3.0),
                Rag::Amber,
            ),
            (
                "heat pumps against demand headroom",
                project(HeatPump, 0.0, 400.0),
                primary(0.0, 0.0, 4.0),
                Rag::Green,
            ),
            (
                "EV hub against negative demand headroom",
                project(EvCharging, 0.0, 300.0),
                primary(5.0, 0.0, -0.5),
                Rag::Red,
            ),
            (
                "tiny rooftop, even on a red substation",
                ProjectFlows {
                    technology: SolarPv,
                    export_kw: 3.5,
                    import_kw: 0.0,
                    phases: 1,
                },
                primary(-3.0, 5.0, -1.0),
                Rag::Green,
            ),
            (
                "rooftop just over the single-phase limit",
                ProjectFlows {
                    technology: SolarPv,
                    export_kw: 4.0,
                    import_kw: 0.0,
                    phases: 1,
                },
                primary(-3.0, 5.0, 5.0),
                Rag::Red,
            ),
            (
                "three-phase small generation",
                ProjectFlows {
                    technology: SolarPv,
                    export_kw: 10.0,
                    import_kw: 0.0,
                    phases: 3,
                },
                primary(-3.0, 5.0, 5.0),
                Rag::Green,
            ),
            (
                "efficiency draws and exports nothing",
                project(Efficiency, 0.0, 0.0),
                primary(-3.0, 5.0, -1.0),
                Rag::Green,
            ),
            (
                "a site outside every supply area uses the nearest",
                project(SolarPv, 150.0, 0.0),
                Serving::Nearest {
                    headroom: Headroom {
                        substation: "DEMO Bletchley Primary".into(),
                        demand_headroom_mva: 2.0,
                        generation_headroom_mw: 3.0,
                        queued_generation_mw: 0.5,
                    },
                    distance_m: 1800.0,
                },
                Rag::Green,
            ),
            (
                "no network data at all",
                project(SolarPv, 150.0, 0.0),
                Serving::Unknown,
                Rag::Amber,
            ),
        ];
        for (name, p, serving, want) in cases {
            let result = screen(p, &serving, &t, Detail::Exact);
            assert_eq!(result.rag, want, "{name}: {}", result.explanation);
            assert!(!result.explanation.is_empty(), "{name}");
        }
    }

    #[test]
    fn explanations_name_the_substation_and_the_figures() {
        let r = screen(
            project(Technology::Wind, 500.0, 0.0),
            &primary(4.0, 6.0, 5.0),
            &Thresholds::default(),
            Detail::Exact,
        );
        assert!(r.explanation.contains("DEMO Wolverton Primary"));
        assert!(r.explanation.contains("no room left"));
        assert!(r.explanation.contains("6.0 MW queued"));
        let nearest = screen(
            project(Technology::SolarPv, 150.0, 0.0),
            &Serving::Nearest {
                headroom: Headroom {
                    substation: "DEMO X".into(),
                    demand_headroom_mva: 2.0,
                    generation_headroom_mw: 3.0,
                    queued_generation_mw: 0.5,
                },
                distance_m: 1800.0,
            },
            &Thresholds::default(),
            Detail::Exact,
        );
        assert!(
            nearest
                .explanation
                .contains("nearest substation, 1.8 km away")
        );
    }

    #[test]
    fn exact_figures_are_to_the_kw() {
        // 7.137 - 2.719 is 4.417999… in floating point.
        let r = screen(
            project(Technology::SolarPv, 1_000.0, 0.0),
            &primary(7.137, 2.719, 4.241),
            &Thresholds::default(),
            Detail::Exact,
        );
        let json = serde_json::to_string(&r.checks).unwrap();
        assert!(json.contains(r#""available":4.418"#), "{json}");
        assert!(json.contains(r#""band":"1 to 5 MW""#), "{json}");
        assert!(r.explanation.contains("about 4.4 MW"), "{}", r.explanation);
    }

    /// Whatever size is asked about, two substations in the same band answer the
    /// public alike: a sweep of sizes or sites cannot recover an exact figure.
    #[test]
    fn the_public_screen_depends_on_the_band_alone() {
        let t = Thresholds::default();
        let near = |headroom| Serving::Nearest {
            headroom,
            distance_m: 1234.0,
        };
        let a = Headroom {
            substation: "DEMO Primary".into(),
            demand_headroom_mva: 4.241,
            generation_headroom_mw: 7.137,
            queued_generation_mw: 2.719,
        };
        let b = Headroom {
            demand_headroom_mva: 1.5,
            generation_headroom_mw: 2.0,
            queued_generation_mw: 0.8,
            ..a.clone()
        };
        for export_kw in (0..80).map(|i| f64::from(i) * 100.0) {
            for import_kw in [0.0, 500.0, 3_000.0] {
                for technology in [Technology::SolarPv, Technology::Battery] {
                    let p = project(technology, export_kw, import_kw);
                    for (x, y) in [
                        (
                            Serving::SupplyArea(a.clone()),
                            Serving::SupplyArea(b.clone()),
                        ),
                        (near(a.clone()), near(b.clone())),
                    ] {
                        let (x, y) = (
                            screen(p, &x, &t, Detail::Banded),
                            screen(p, &y, &t, Detail::Banded),
                        );
                        assert_eq!(x, y, "{export_kw} kW out, {import_kw} kW in");
                        let said = format!(
                            "{} {}",
                            x.explanation,
                            serde_json::to_string(&x.checks).unwrap()
                        );
                        for figure in [
                            "4.418",
                            "4.42",
                            "7.137",
                            "7.14",
                            "2.719",
                            "2.72",
                            "4.241",
                            "4.24",
                            "km",
                            "available",
                        ] {
                            assert!(!said.contains(figure), "{figure} in {said}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_public_traffic_light_follows_the_band() {
        let t = Thresholds::default();
        let rag = |export_kw, left| {
            screen(
                project(Technology::Wind, export_kw, 0.0),
                &primary(left, 0.0, 5.0),
                &t,
                Detail::Banded,
            )
            .rag
        };
        assert_eq!(rag(400.0, 3.0), Rag::Green, "at most half the band's least");
        assert_eq!(rag(600.0, 3.0), Rag::Amber, "the band cannot tell");
        assert_eq!(rag(4_900.0, 3.0), Rag::Amber);
        assert_eq!(rag(5_100.0, 3.0), Rag::Red, "more than the band's most");
        assert_eq!(rag(100.0, 0.0), Rag::Red, "no room");
        assert_eq!(rag(100.0, 0.5), Rag::Amber, "under 1 MW cannot tell");
        assert_eq!(rag(2_000.0, 9.0), Rag::Green, "over 5 MW");
        assert_eq!(rag(3_000.0, 9.0), Rag::Amber);
    }

    #[test]
    fn thresholds_are_settings() {
        let strict = Thresholds {
            amber_share: 0.01,
            ..Thresholds::default()
        };
        let r = screen(
            project(Technology::SolarPv, 150.0, 0.0),
            &primary(8.0, 1.0, 5.0),
            &strict,
            Detail::Exact,
        );
        assert_eq!(r.rag, Rag::Amber);
    }
}

text_enum!(
    /// Where a proposal is in its life.
    ProposalStatus {
        Draft = "draft",
        Submitted = "submitted",
        UnderReview = "under_review",
        CanConnect = "can_connect",
        NeedsStudy = "needs_study",
        NeedsReinforcement = "needs_reinforcement",
        CannotConnect = "cannot_connect",
        Withdrawn = "withdrawn",
        GoingAhead = "going_ahead",
    }
);

text_enum!(
    /// The operator's answer to a proposal.
    DnoDecision {
        CanConnect = "can_connect",
        NeedsStudy = "needs_study",
        NeedsReinforcement = "needs_reinforcement",
        CannotConnect = "cannot_connect",
    }
);

impl From<DnoDecision> for ProposalStatus {
    fn from(d: DnoDecision) -> Self {
        match d {
            DnoDecision::CanConnect => ProposalStatus::CanConnect,
            DnoDecision::NeedsStudy => ProposalStatus::NeedsStudy,
            DnoDecision::NeedsReinforcement => ProposalStatus::NeedsReinforcement,
            DnoDecision::CannotConnect => ProposalStatus::CannotConnect,
        }
    }
}

/// Who is moving a proposal along.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mover {
    /// The group that proposed it.
    Proposer,
    /// A DNO engineer (or an admin).
    Operator,
}

impl ProposalStatus {
    fn is_decision(self) -> bool {
        matches!(
            self,
            ProposalStatus::CanConnect
                | ProposalStatus::NeedsStudy
                | ProposalStatus::NeedsReinforcement
                | ProposalStatus::CannotConnect
        )
    }

    /// The workflow: draft → submitted → under_review → a decision → withdrawn or
    /// going_ahead. The proposer submits, withdraws and goes ahead; the operator
    /// reviews and decides (a decision may be revised, and a study ends in review).
    pub fn can_move(self, to: ProposalStatus, who: Mover) -> bool {
        use ProposalStatus::*;
        match who {
            Mover::Proposer => matches!(
                (self, to),
                (Draft, Submitted)
                    | (Draft | Submitted | UnderReview, Withdrawn)
                    | (
                        CanConnect | NeedsStudy | NeedsReinforcement | CannotConnect,
                        Withdrawn
                    )
                    | (CanConnect | NeedsReinforcement, GoingAhead)
            ),
            Mover::Operator => {
                matches!(
                    (self, to),
                    (Submitted, UnderReview) | (NeedsStudy, UnderReview)
                ) || (matches!(self, Submitted | UnderReview) || self.is_decision())
                    && to.is_decision()
                    && to != self
            }
        }
    }

    /// Whether someone playing any of `parts` may take the proposal from here to `to`
    /// (a proposer who is also an operator may take either part's steps).
    pub fn can_move_as(self, to: ProposalStatus, parts: &[Mover]) -> bool {
        parts.iter().any(|&who| self.can_move(to, who))
    }

    /// Every status someone playing `parts` may take the proposal to from here, in
    /// workflow order: what a viewer is offered is what a move would allow.
    pub fn next_steps(self, parts: &[Mover]) -> Vec<ProposalStatus> {
        ProposalStatus::ALL
            .iter()
            .copied()
            .filter(|&to| self.can_move_as(to, parts))
            .collect()
    }
}

#[cfg(test)]
mod workflow_tests {
    use super::*;
    use ProposalStatus::*;

    #[test]
    fn the_workflow_allows_only_its_steps() {
        let allowed = [
            (Draft, Submitted, Mover::Proposer),
            (Submitted, UnderReview, Mover::Operator),
            (UnderReview, NeedsStudy, Mover::Operator),
            (NeedsStudy, UnderReview, Mover::Operator),
            (UnderReview, CanConnect, Mover::Operator),
            (Submitted, CannotConnect, Mover::Operator),
            (NeedsReinforcement, CanConnect, Mover::Operator),
            (CanConnect, GoingAhead, Mover::Proposer),
            (CannotConnect, Withdrawn, Mover::Proposer),
            (Draft, Withdrawn, Mover::Proposer),
        ];
        for (from, to, who) in allowed {
            assert!(from.can_move(to, who), "{from} → {to} by {who:?}");
        }
        let refused = [
            (Draft, UnderReview, Mover::Operator),
            (Draft, CanConnect, Mover::Operator),
            (Draft, GoingAhead, Mover::Proposer),
            (Submitted, CanConnect, Mover::Proposer),
            (UnderReview, Submitted, Mover::Proposer),
            (CannotConnect, GoingAhead, Mover::Proposer),
            (Withdrawn, Submitted, Mover::Proposer),
            (Withdrawn, CanConnect, Mover::Operator),
            (GoingAhead, Withdrawn, Mover::Proposer),
            (CanConnect, CanConnect, Mover::Operator),
        ];
        for (from, to, who) in refused {
            assert!(!from.can_move(to, who), "{from} → {to} by {who:?}");
        }
    }

    #[test]
    fn next_steps_are_the_moves_each_part_may_make() {
        assert_eq!(
            CanConnect.next_steps(&[Mover::Proposer]),
            [Withdrawn, GoingAhead]
        );
        assert_eq!(
            CanConnect.next_steps(&[Mover::Operator]),
            [NeedsStudy, NeedsReinforcement, CannotConnect]
        );
        assert_eq!(
            Submitted.next_steps(&[Mover::Proposer, Mover::Operator]),
            [
                UnderReview,
                CanConnect,
                NeedsStudy,
                NeedsReinforcement,
                CannotConnect,
                Withdrawn
            ]
        );
        assert_eq!(Draft.next_steps(&[]), []);
        assert_eq!(GoingAhead.next_steps(&[Mover::Proposer]), []);
        for &from in ProposalStatus::ALL {
            for &to in ProposalStatus::ALL {
                for who in [Mover::Proposer, Mover::Operator] {
                    assert_eq!(
                        from.next_steps(&[who]).contains(&to),
                        from.can_move(to, who),
                        "{from} → {to} by {who:?}"
                    );
                }
            }
        }
    }
}

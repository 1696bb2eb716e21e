//! What a scenario asks of each primary substation, year by year (the arithmetic is in
//! the parent module's doc).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::{Battery, NamedProject, Required, Scenario};
use crate::energy::{Band, Detail, Rag, Thresholds, room, to_kw};

/// Where homes are: one neighbourhood's homes and which substations serve them, as shares summing to ~1.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub key: String,
    pub homes: f64,
    /// (substation key, share of the homes it serves).
    pub served_by: Vec<(String, f64)>,
}

/// What a substation has left, today and per future year (from DFES for the chosen scenario).
#[derive(Debug, Clone, PartialEq)]
pub struct SubstationHeadroom {
    pub key: String,
    pub name: String,
    /// MVA of demand it can still take today.
    pub demand_mva: f64,
    /// MW of generation it can still take today, after the queue.
    pub generation_mw: f64,
    /// Future headroom by year (demand MVA, generation MW); a year without an entry uses
    /// the latest earlier one from this year on, else today's.
    pub future: BTreeMap<i32, (f64, f64)>,
}

impl SubstationHeadroom {
    fn in_year(&self, base_year: i32, year: i32) -> (f64, f64) {
        self.future
            .range(base_year..=year)
            .next_back()
            .map_or((self.demand_mva, self.generation_mw), |(_, &h)| h)
    }
}

/// Everything `impact` needs; the caller has resolved places and chosen the detail.
pub struct ImpactInput<'a> {
    pub scenario: &'a Scenario,
    /// This year.
    pub base_year: i32,
    /// The neighbourhoods the plan covers.
    pub areas: &'a [Area],
    /// Place key → substation shares (for batteries and projects).
    pub places: &'a HashMap<String, Vec<(String, f64)>>,
    /// The headroom of every substation an area or place names; one without an entry is
    /// left out of the impact.
    pub substations: &'a [SubstationHeadroom],
    pub assumptions: &'a Required,
    /// `amber_share` says when a year is amber.
    pub thresholds: &'a Thresholds,
    /// Exact for dno_engineer/admin, Banded for everyone else.
    pub detail: Detail,
}

/// What a plan asks of each substation, year by year.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Impact {
    pub years: Vec<i32>,
    pub substations: Vec<SubstationImpact>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubstationImpact {
    pub key: String,
    pub name: String,
    /// Homes served within the plan's area (sum of homes × share), to a tenth.
    pub homes: f64,
    /// The worst year.
    pub rag: Rag,
    pub years: Vec<YearImpact>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct YearImpact {
    pub year: i32,
    /// The scenario's own figures are public, to the kW.
    pub added_demand_mva: f64,
    pub added_generation_mw: f64,
    /// Worst of demand and generation room, by `detail`.
    pub rag: Rag,
    /// Exact only: headroom that year and what is left after the scenario.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demand_headroom_mva: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generation_headroom_mw: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demand_left_mva: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generation_left_mw: Option<f64>,
    /// Banded only: the band of the headroom that year ("1 to 5 MVA"), as the public
    /// network layers say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demand_band: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generation_band: Option<String>,
}

/// What one substation takes from the plan: homes, and projects and batteries by share.
#[derive(Default)]
struct Served<'a> {
    homes: f64,
    projects: Vec<(&'a NamedProject, f64)>,
    batteries: Vec<(&'a Battery, f64)>,
}

/// Per primary substation and per year from this year to the target year: what the
/// scenario adds and how it sits against the headroom (see the module doc).
pub fn impact(input: &ImpactInput) -> Impact {
    let scenario = input.scenario;
    let last = scenario.target_year.max(input.base_year);
    let years: Vec<i32> = (input.base_year..=last).collect();
    let span = f64::from(last - input.base_year + 1);

    let mut served: BTreeMap<&str, Served> = BTreeMap::new();
    for area in input.areas {
        for (key, share) in &area.served_by {
            served.entry(key.as_str()).or_default().homes += area.homes * share;
        }
    }
    let shares = |place: &str| input.places.get(place).into_iter().flatten();
    for project in &scenario.projects {
        for (key, share) in shares(&project.place) {
            served
                .entry(key.as_str())
                .or_default()
                .projects
                .push((project, *share));
        }
    }
    for battery in &scenario.batteries {
        for (key, share) in shares(&battery.place) {
            served
                .entry(key.as_str())
                .or_default()
                .batteries
                .push((battery, *share));
        }
    }

    let a = input.assumptions;
    let mut substations: Vec<SubstationImpact> = input
        .substations
        .iter()
        .filter_map(|headroom| {
            let s = served.get(headroom.key.as_str())?;
            let years: Vec<YearImpact> = years
                .iter()
                .map(|&year| {
                    let uptake = |pct: f64| {
                        s.homes * pct / 100.0 * f64::from(year - input.base_year + 1) / span
                    };
                    let mut demand_kw = uptake(scenario.heat_pumps_pct) * a.heat_pump_peak_kw
                        + uptake(scenario.ev_charging_pct) * a.ev_charger_peak_kw;
                    let mut generation_kw =
                        uptake(scenario.rooftop_solar_pct) * a.rooftop_solar_kwp;
                    for (p, share) in s.projects.iter().filter(|(p, _)| p.year <= year) {
                        demand_kw += p.import_kw * share;
                        generation_kw += p.export_kw * share;
                    }
                    for (b, share) in s.batteries.iter().filter(|(b, _)| b.year <= year) {
                        demand_kw -= b.power_kw * share;
                    }
                    year_impact(
                        year,
                        published(demand_kw / 1000.0 / a.power_factor),
                        published(generation_kw / 1000.0),
                        headroom.in_year(input.base_year, year),
                        input,
                    )
                })
                .collect();
            Some(SubstationImpact {
                key: headroom.key.clone(),
                name: headroom.name.clone(),
                homes: (s.homes * 10.0).round() / 10.0,
                rag: years.iter().fold(Rag::Green, |worst, y| worst.worst(y.rag)),
                years,
            })
        })
        .collect();
    substations.sort_by(|x, y| x.name.cmp(&y.name).then_with(|| x.key.cmp(&y.key)));
    Impact { years, substations }
}

/// A figure to the kW as people see it: a battery's rounding leaves no "-0".
fn published(x: f64) -> f64 {
    to_kw(x) + 0.0
}

/// One year at one substation, saying of the headroom only what `detail` allows.
fn year_impact(
    year: i32,
    demand: f64,
    generation: f64,
    (demand_room, generation_room): (f64, f64),
    input: &ImpactInput,
) -> YearImpact {
    let (detail, t) = (input.detail, input.thresholds);
    let mut rag = room(demand.max(0.0), demand_room, "MVA", detail, t).rag;
    if generation > 0.0 {
        rag = rag.worst(room(generation, generation_room, "MW", detail, t).rag);
    }
    let exact = |x: f64| (detail == Detail::Exact).then(|| published(x));
    let band = |x: f64, unit| (detail == Detail::Banded).then(|| Band::of(x).label(unit));
    YearImpact {
        year,
        added_demand_mva: demand,
        added_generation_mw: generation,
        rag,
        demand_headroom_mva: exact(demand_room),
        generation_headroom_mw: exact(generation_room),
        demand_left_mva: exact(demand_room - demand),
        generation_left_mw: exact(generation_room - generation),
        demand_band: band(demand_room, "MVA"),
        generation_band: band(generation_room, "MW"),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const BASE: i32 = 2026;

    fn scenario(target_year: i32, heat_pumps: f64, ev: f64, solar: f64) -> Scenario {
        Scenario {
            target_year,
            heat_pumps_pct: heat_pumps,
            ev_charging_pct: ev,
            rooftop_solar_pct: solar,
            batteries: Vec::new(),
            projects: Vec::new(),
        }
    }

    fn per_unit(heat_pump_kw: f64, ev_kw: f64, solar_kwp: f64, power_factor: f64) -> Required {
        Required {
            heat_pump_peak_kw: heat_pump_kw,
            ev_charger_peak_kw: ev_kw,
            rooftop_solar_kwp: solar_kwp,
            power_factor,
        }
    }

    fn area(key: &str, homes: f64, served_by: &[(&str, f64)]) -> Area {
        Area {
            key: key.into(),
            homes,
            served_by: served_by.iter().map(|(k, s)| ((*k).into(), *s)).collect(),
        }
    }

    fn primary(key: &str, name: &str, demand_mva: f64, generation_mw: f64) -> SubstationHeadroom {
        SubstationHeadroom {
            key: key.into(),
            name: name.into(),
            demand_mva,
            generation_mw,
            future: BTreeMap::new(),
        }
    }

    fn battery(name: &str, place: &str, power_kw: f64, year: i32) -> Battery {
        Battery {
            name: name.into(),
            place: place.into(),
            power_kw,
            year,
        }
    }

    struct Case {
        areas: Vec<Area>,
        places: HashMap<String, Vec<(String, f64)>>,
        substations: Vec<SubstationHeadroom>,
        per_unit: Required,
    }

    impl Case {
        /// 1,000 homes of one neighbourhood, all served by one primary with room to spare.
        fn one_primary(per_unit: Required) -> Case {
            Case {
                areas: vec![area("wolverton", 1_000.0, &[("s1", 1.0)])],
                places: HashMap::new(),
                substations: vec![primary("s1", "DEMO Wolverton Primary", 20.0, 20.0)],
                per_unit,
            }
        }

        fn run(&self, scenario: &Scenario, detail: Detail) -> Impact {
            impact(&ImpactInput {
                scenario,
                base_year: BASE,
                areas: &self.areas,
                places: &self.places,
                substations: &self.substations,
                assumptions: &self.per_unit,
                thresholds: &Thresholds::default(),
                detail,
            })
        }
    }

    fn demand(impact: &Impact, key: &str) -> Vec<f64> {
        years_of(impact, key).map(|y| y.added_demand_mva).collect()
    }

    fn generation(impact: &Impact, key: &str) -> Vec<f64> {
        years_of(impact, key)
            .map(|y| y.added_generation_mw)
            .collect()
    }

    fn rags(impact: &Impact, key: &str) -> Vec<Rag> {
        years_of(impact, key).map(|y| y.rag).collect()
    }

    fn years_of<'i>(impact: &'i Impact, key: &str) -> impl Iterator<Item = &'i YearImpact> {
        impact
            .substations
            .iter()
            .find(|s| s.key == key)
            .unwrap_or_else(|| panic!("{key} is in the impact"))
            .years
            .iter()
    }

    #[test]
    fn a_thousand_homes_worked_out_by_hand() {
        // Target year (2030): 20 % of 1,000 homes = 200 heat pumps × 2.0 kW = 400 kW;
        // 10 % = 100 chargers × 1.0 kW = 100 kW; 500 kW / 1000 / 0.95 = 0.526316 MVA.
        // The ramp takes 1/5, 2/5 … 5/5 of that: 100, 200, 300, 400, 500 kW, i.e.
        // 0.105263, 0.210526, 0.315789, 0.421053, 0.526316 MVA, published to the kW.
        // Solar: 30 % = 300 roofs × 4.0 kWp = 1.2 MW by 2030: 0.24, 0.48 … 1.2 MW.
        let case = Case::one_primary(per_unit(2.0, 1.0, 4.0, 0.95));
        let result = case.run(&scenario(BASE + 4, 20.0, 10.0, 30.0), Detail::Exact);
        assert_eq!(result.years, [2026, 2027, 2028, 2029, 2030]);
        assert_eq!(demand(&result, "s1"), [0.105, 0.211, 0.316, 0.421, 0.526]);
        assert_eq!(generation(&result, "s1"), [0.24, 0.48, 0.72, 0.96, 1.2]);
        assert_eq!(result.substations[0].homes, 1_000.0);
        assert_eq!(result.substations[0].name, "DEMO Wolverton Primary");
    }

    #[test]
    fn a_target_year_already_past_is_this_year_at_full_uptake() {
        let case = Case::one_primary(per_unit(2.0, 1.0, 4.0, 1.0));
        let result = case.run(&scenario(BASE - 2, 10.0, 0.0, 0.0), Detail::Exact);
        assert_eq!(result.years, [BASE]);
        assert_eq!(demand(&result, "s1"), [0.2]);
    }

    #[test]
    fn homes_are_shared_between_substations_and_neighbourhoods() {
        // Wolverton (1,000 homes) is served 0.6 by s1 and 0.4 by s2; Stantonbury (500
        // homes) 0.4 by s1 and 0.6 by s3. s1 serves both: 600 + 200 = 800 homes; s2 400;
        // s3 300. At 10 % heat pumps × 2 kW and a power factor of 1: 0.16, 0.08 and 0.06
        // MVA, together 1,500 × 10 % × 2 kW = 0.3 MVA.
        let case = Case {
            areas: vec![
                area("wolverton", 1_000.0, &[("s1", 0.6), ("s2", 0.4)]),
                area("stantonbury", 500.0, &[("s1", 0.4), ("s3", 0.6)]),
            ],
            places: HashMap::new(),
            substations: vec![
                primary("s1", "DEMO Wolverton", 5.0, 5.0),
                primary("s2", "DEMO Bletchley", 5.0, 5.0),
                primary("s3", "DEMO Newport", 5.0, 5.0),
                primary("s4", "DEMO Olney", 5.0, 5.0),
            ],
            per_unit: per_unit(2.0, 1.0, 4.0, 1.0),
        };
        let result = case.run(&scenario(BASE, 10.0, 0.0, 0.0), Detail::Exact);
        let seen: Vec<(&str, f64, f64)> = result
            .substations
            .iter()
            .map(|s| (s.name.as_str(), s.homes, s.years[0].added_demand_mva))
            .collect();
        assert_eq!(
            seen,
            [
                ("DEMO Bletchley", 400.0, 0.08),
                ("DEMO Newport", 300.0, 0.06),
                ("DEMO Wolverton", 800.0, 0.16),
            ],
            "in name order, and Olney, which serves none of the plan, is left out"
        );
    }

    #[test]
    fn a_battery_takes_its_power_off_the_peak_from_its_year() {
        // 10 % of 1,000 homes × 2 kW ramps 40, 80, 120, 160, 200 kW; a 300 kW battery
        // from 2028 takes that to 40, 80, -180, -140, -100 kW. Against 0.1 MVA of room
        // (amber above half of it): green, amber, then green again.
        let mut case = Case::one_primary(per_unit(2.0, 1.0, 4.0, 1.0));
        case.substations = vec![primary("s1", "DEMO Wolverton Primary", 0.1, 5.0)];
        case.places
            .insert("wolverton".into(), vec![("s1".into(), 1.0)]);
        let mut plan = scenario(BASE + 4, 10.0, 0.0, 0.0);
        plan.batteries.push(battery(
            "Wolverton Community Battery",
            "wolverton",
            300.0,
            BASE + 2,
        ));
        let result = case.run(&plan, Detail::Exact);
        assert_eq!(demand(&result, "s1"), [0.04, 0.08, -0.18, -0.14, -0.1]);
        assert_eq!(generation(&result, "s1"), [0.0; 5]);
        assert_eq!(
            rags(&result, "s1"),
            [Rag::Green, Rag::Amber, Rag::Green, Rag::Green, Rag::Green]
        );
        assert_eq!(result.substations[0].rag, Rag::Amber, "its worst year");
        let left: Vec<_> = years_of(&result, "s1").map(|y| y.demand_left_mva).collect();
        assert_eq!(
            left,
            [Some(0.06), Some(0.02), Some(0.28), Some(0.24), Some(0.2)],
            "a battery frees room"
        );
        let json = serde_json::to_string(&result).unwrap();
        assert!(!json.contains("-0.0"), "{json}");
    }

    #[test]
    fn a_project_counts_from_its_year_at_each_substation_by_share() {
        let mut case = Case::one_primary(per_unit(2.0, 1.0, 4.0, 1.0));
        case.substations
            .push(primary("s2", "DEMO Wolverton Mill", 5.0, 5.0));
        case.places.insert(
            "proposal:school".into(),
            vec![("s1".into(), 0.5), ("s2".into(), 0.5)],
        );
        let mut plan = scenario(BASE + 4, 0.0, 0.0, 0.0);
        plan.projects.push(NamedProject {
            name: "School roof and heat pump".into(),
            place: "proposal:school".into(),
            proposal: None,
            import_kw: 500.0,
            export_kw: 200.0,
            year: BASE + 3,
        });
        let result = case.run(&plan, Detail::Exact);
        for key in ["s1", "s2"] {
            assert_eq!(demand(&result, key), [0.0, 0.0, 0.0, 0.25, 0.25], "{key}");
            assert_eq!(generation(&result, key), [0.0, 0.0, 0.0, 0.1, 0.1], "{key}");
        }
        let homes: Vec<_> = result
            .substations
            .iter()
            .map(|s| (s.key.as_str(), s.homes))
            .collect();
        assert_eq!(
            homes,
            [("s2", 0.0), ("s1", 1_000.0)],
            "s2 serves the project's place, not the neighbourhood; Mill before Primary"
        );
    }

    #[test]
    fn dfes_headroom_is_used_from_its_year_and_todays_before() {
        let mut case = Case::one_primary(per_unit(2.0, 1.0, 4.0, 1.0));
        case.substations[0].demand_mva = 5.0;
        case.substations[0].generation_mw = 3.0;
        case.substations[0].future = BTreeMap::from([
            (BASE - 1, (9.0, 9.0)),
            (BASE + 2, (4.0, 2.5)),
            (BASE + 4, (3.0, 2.0)),
        ]);
        let result = case.run(&scenario(BASE + 4, 10.0, 0.0, 10.0), Detail::Exact);
        let seen: Vec<_> = years_of(&result, "s1")
            .map(|y| {
                (
                    y.demand_headroom_mva,
                    y.generation_headroom_mw,
                    y.demand_left_mva,
                    y.generation_left_mw,
                )
            })
            .collect();
        // Added: 0.04, 0.08 … 0.2 MVA and 0.08, 0.16 … 0.4 MW.
        assert_eq!(
            seen,
            [
                (Some(5.0), Some(3.0), Some(4.96), Some(2.92)),
                (Some(5.0), Some(3.0), Some(4.92), Some(2.84)),
                (Some(4.0), Some(2.5), Some(3.88), Some(2.26)),
                (Some(4.0), Some(2.5), Some(3.84), Some(2.18)),
                (Some(3.0), Some(2.0), Some(2.8), Some(1.6)),
            ]
        );
    }

    #[test]
    fn the_light_turns_amber_then_red_as_uptake_rises() {
        // 1 MVA of room, amber above half of it: 0.2, 0.6 and 1.2 MVA of heat pumps.
        let mut case = Case::one_primary(per_unit(2.0, 1.0, 4.0, 1.0));
        case.substations[0].demand_mva = 1.0;
        let rag = |case: &Case, hp, solar| {
            case.run(&scenario(BASE, hp, 0.0, solar), Detail::Exact)
                .substations[0]
                .rag
        };
        assert_eq!(rag(&case, 10.0, 0.0), Rag::Green);
        assert_eq!(rag(&case, 30.0, 0.0), Rag::Amber);
        assert_eq!(rag(&case, 60.0, 0.0), Rag::Red);
        // 2 MW of generation room: 10 % solar is 0.4 MW, 30 % 1.2 MW, 60 % 2.4 MW.
        case.substations[0].generation_mw = 2.0;
        assert_eq!(rag(&case, 0.0, 10.0), Rag::Green);
        assert_eq!(rag(&case, 0.0, 30.0), Rag::Amber);
        assert_eq!(rag(&case, 0.0, 60.0), Rag::Red);
    }

    #[test]
    fn a_side_the_plan_adds_nothing_to_does_not_count() {
        let mut case = Case::one_primary(per_unit(2.0, 1.0, 4.0, 1.0));
        case.substations[0].generation_mw = -1.0;
        let nothing = scenario(BASE, 0.0, 0.0, 0.0);
        let heat = scenario(BASE, 10.0, 0.0, 0.0);
        for plan in [&nothing, &heat] {
            assert_eq!(
                case.run(plan, Detail::Exact).substations[0].rag,
                Rag::Green,
                "no generation added, so no full generation room counts"
            );
        }
        case.substations[0].demand_mva = -0.5;
        assert_eq!(
            case.run(&nothing, Detail::Exact).substations[0].rag,
            Rag::Red,
            "a plan that adds nothing stays as the demand side says"
        );
    }

    #[test]
    fn the_public_see_bands_and_no_headroom_figure() {
        let mut case = Case::one_primary(per_unit(2.0, 1.0, 4.0, 1.0));
        case.substations[0].demand_mva = 4.241;
        case.substations[0].generation_mw = 0.5;
        let result = case.run(&scenario(BASE, 10.0, 0.0, 5.0), Detail::Banded);
        let year = &result.substations[0].years[0];
        assert_eq!(year.demand_band.as_deref(), Some("1 to 5 MVA"));
        assert_eq!(year.generation_band.as_deref(), Some("under 1 MW"));
        let json = serde_json::to_string(&result).unwrap();
        for hidden in ["headroom", "left", "4.241", "4.24"] {
            assert!(!json.contains(hidden), "{hidden} in {json}");
        }
        let exact =
            serde_json::to_string(&case.run(&scenario(BASE, 10.0, 0.0, 5.0), Detail::Exact))
                .unwrap();
        assert!(exact.contains(r#""demand_headroom_mva":4.241"#), "{exact}");
        assert!(!exact.contains("band"), "{exact}");
    }

    /// Two substations whose headroom lies in the same bands, today and in each DFES
    /// year, answer the public alike for any sweep of the sliders.
    #[test]
    fn the_public_impact_depends_on_the_band_alone() {
        let with = |demand, generation, future: [(f64, f64); 2]| {
            let mut case = Case::one_primary(per_unit(2.0, 1.0, 4.0, 0.95));
            let s = &mut case.substations[0];
            (s.demand_mva, s.generation_mw) = (demand, generation);
            s.future = BTreeMap::from([(BASE + 2, future[0]), (BASE + 3, future[1])]);
            case
        };
        let a = with(4.241, 3.719, [(3.617, 2.873), (7.137, 0.719)]);
        let b = with(1.5, 1.2, [(1.1, 4.9), (50.0, 0.2)]);
        for hp in (0..=10).map(|i| f64::from(i) * 10.0) {
            for solar in (0..=10).map(|i| f64::from(i) * 10.0) {
                let plan = scenario(BASE + 4, hp, 25.0, solar);
                let (x, y) = (a.run(&plan, Detail::Banded), b.run(&plan, Detail::Banded));
                assert_eq!(x, y, "{hp} % heat pumps, {solar} % solar");
                let said = serde_json::to_string(&x).unwrap();
                for figure in ["4.241", "3.719", "3.617", "2.873", "7.137", "0.719"] {
                    assert!(!said.contains(figure), "{figure} in {said}");
                }
            }
        }
    }

    /// Four substations: one tight on demand, one with no generation room, one served
    /// only through a project, one with no demand room and a battery, each with a DFES
    /// year.
    fn busy() -> Case {
        let mut substations = vec![
            primary("s1", "DEMO Wolverton", 0.8, 1.5),
            primary("s2", "DEMO Bletchley", 3.0, -0.2),
            primary("s3", "DEMO Newport", 0.4, 0.3),
            primary("s4", "DEMO Olney", -0.3, 1.0),
        ];
        for s in &mut substations {
            s.future
                .insert(BASE + 2, (s.demand_mva / 2.0, s.generation_mw / 2.0));
        }
        Case {
            areas: vec![
                area("wolverton", 900.0, &[("s1", 0.7), ("s2", 0.3)]),
                area("bletchley", 1_300.0, &[("s2", 1.0)]),
                area("olney", 400.0, &[("s4", 1.0)]),
            ],
            places: HashMap::from([
                ("wolverton".into(), vec![("s1".into(), 1.0)]),
                ("olney".into(), vec![("s4".into(), 1.0)]),
                (
                    "proposal:x".into(),
                    vec![("s1".into(), 0.5), ("s3".into(), 0.5)],
                ),
            ]),
            substations,
            per_unit: per_unit(1.7, 1.1, 4.0, 0.95),
        }
    }

    fn busy_plan(heat_pumps: f64, ev: f64, solar: f64, battery_kw: f64) -> Scenario {
        let mut plan = scenario(BASE + 5, heat_pumps, ev, solar);
        plan.batteries.push(battery(
            "Wolverton Battery",
            "wolverton",
            battery_kw,
            BASE + 1,
        ));
        plan.batteries
            .push(battery("Olney Battery", "olney", battery_kw, BASE));
        plan.projects.push(NamedProject {
            name: "Mill solar and chargers".into(),
            place: "proposal:x".into(),
            proposal: None,
            import_kw: 150.0,
            export_kw: 400.0,
            year: BASE + 3,
        });
        plan
    }

    /// Whether `more` asks at least as much as `less` of every substation in every year,
    /// and its lights are never better.
    fn never_less(less: &Impact, more: &Impact) -> Result<(), TestCaseError> {
        prop_assert_eq!(less.substations.len(), more.substations.len());
        for (l, m) in less.substations.iter().zip(&more.substations) {
            prop_assert!(
                m.rag.severity() >= l.rag.severity(),
                "{}: {:?} then {:?}",
                l.key,
                l.rag,
                m.rag
            );
            for (ly, my) in l.years.iter().zip(&m.years) {
                prop_assert!(
                    my.added_demand_mva >= ly.added_demand_mva,
                    "{} {}",
                    l.key,
                    ly.year
                );
                prop_assert!(
                    my.added_generation_mw >= ly.added_generation_mw,
                    "{} {}",
                    l.key,
                    ly.year
                );
                prop_assert!(
                    my.rag.severity() >= ly.rag.severity(),
                    "{} {}",
                    l.key,
                    ly.year
                );
            }
        }
        Ok(())
    }

    fn band_value(band: usize, at: f64) -> f64 {
        match band {
            0 => -at * 3.0,
            1 => at.max(0.001),
            2 => 1.0 + at * 4.0,
            _ => 5.0 + at * 40.0,
        }
    }

    proptest! {
        #[test]
        fn more_uptake_never_asks_less_nor_looks_better(
            (hp, ev, solar) in (0.0..=100.0f64, 0.0..=100.0f64, 0.0..=100.0f64),
            (x, y) in (0.0..=100.0f64, 0.0..=100.0f64),
            battery_kw in 0.0..2_000.0f64,
        ) {
            let case = busy();
            let (low, high) = (x.min(y), x.max(y));
            for detail in [Detail::Exact, Detail::Banded] {
                for (less, more) in [
                    (busy_plan(low, ev, solar, battery_kw), busy_plan(high, ev, solar, battery_kw)),
                    (busy_plan(hp, low, solar, battery_kw), busy_plan(hp, high, solar, battery_kw)),
                    (busy_plan(hp, ev, low, battery_kw), busy_plan(hp, ev, high, battery_kw)),
                ] {
                    never_less(&case.run(&less, detail), &case.run(&more, detail))?;
                }
            }
        }

        #[test]
        fn batteries_never_add_demand(
            (hp, ev, solar) in (0.0..=100.0f64, 0.0..=100.0f64, 0.0..=100.0f64),
            (x, y) in (0.0..5_000.0f64, 0.0..5_000.0f64),
        ) {
            let case = busy();
            let (small, big) = (x.min(y), x.max(y));
            let (less, more) = (
                case.run(&busy_plan(hp, ev, solar, small), Detail::Exact),
                case.run(&busy_plan(hp, ev, solar, big), Detail::Exact),
            );
            for (l, m) in less.substations.iter().zip(&more.substations) {
                for (ly, my) in l.years.iter().zip(&m.years) {
                    prop_assert!(my.added_demand_mva <= ly.added_demand_mva, "{} {}", l.key, ly.year);
                    prop_assert_eq!(my.added_generation_mw, ly.added_generation_mw);
                }
            }
        }

        #[test]
        fn the_same_bands_give_the_same_public_impact(
            (hp, ev, solar) in (0.0..=100.0f64, 0.0..=100.0f64, 0.0..=100.0f64),
            bands in proptest::array::uniform4(0..4usize),
            at in proptest::array::uniform8(0.0..1.0f64),
        ) {
            let with = |offset: usize| {
                let mut case = busy();
                let value = |i: usize| band_value(bands[i], at[i + offset]);
                for s in &mut case.substations {
                    (s.demand_mva, s.generation_mw) = (value(0), value(1));
                    s.future = BTreeMap::from([(BASE + 2, (value(2), value(3)))]);
                }
                case
            };
            let plan = busy_plan(hp, ev, solar, 300.0);
            prop_assert_eq!(with(0).run(&plan, Detail::Banded), with(4).run(&plan, Detail::Banded));
        }
    }
}

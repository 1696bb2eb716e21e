//! Neighbourhood energy plans: a community group's scenario for a target year (heat
//! pumps, EV charging and rooftop solar as a share of homes, community batteries,
//! named projects) and what it would ask of each primary substation, year by year.
//!
//! # The arithmetic
//!
//! - Years run from `base_year` (this year) to the target year. A target year already
//!   past is read as this year, at full uptake.
//! - Uptake in year `y` is `pct × (y − base_year + 1) / (target_year − base_year + 1)`:
//!   a straight line that reaches the plan's figure in the target year.
//! - Homes at substation `s` are `Σ areas homes × share(s)`. Heat pumps at `s` in `y`
//!   are `homes_s × heat pump uptake(y)`, and likewise chargers and solar roofs.
//! - Added kW at the evening peak = heat pumps × `heat_pump_peak_kw` + chargers ×
//!   `ev_charger_peak_kw` + Σ projects' `import_kw` × share − Σ batteries' `power_kw` ×
//!   share, projects and batteries counting from their year on. Added demand in MVA is
//!   that kW / 1000 / `power_factor`; it goes negative where batteries outweigh the rest
//!   (a battery discharging at the peak frees room).
//! - Added generation in MW = (solar roofs × `rooftop_solar_kwp` + Σ projects'
//!   `export_kw` × share) / 1000.
//! - Headroom in `y` is the DFES entry of the latest year from `base_year` to `y`, else
//!   today's figure from the network import (an entry before this year is older than
//!   today's figure, so it is not used).
//! - Each year's traffic light is the worst of two rooms judged as the proposal screen
//!   judges them ([`crate::energy::screen`]): the demand room for the added demand (a
//!   negative figure counts as nothing, so a substation the plan adds nothing to stays as
//!   its demand side says), and the generation room for the added generation when there
//!   is any. `Detail::Banded` judges from the headroom's band alone, so no sweep of
//!   sliders can recover an exact figure. A substation's light is its worst year.
//! - Published figures are rounded to the kW.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::validation::ValidationErrors;

mod answers;
mod changes;
mod export;
mod impact;

pub use answers::{
    CostBand, DnoVerdict, LAST_REINFORCEMENT_YEAR, LaepVerdict, VersionStatus, validate_dno_answer,
};
pub use changes::{Change, SubstationChange, impact_changes, scenario_changes};
pub use impact::{
    Area, Impact, ImpactInput, SubstationHeadroom, SubstationImpact, YearImpact, impact,
};

/// The latest target year a plan may have: the national net-zero year.
pub const LAST_TARGET_YEAR: i32 = 2050;
/// The most batteries, and the most projects, one plan may carry.
pub const MAX_ITEMS: usize = 50;
const MAX_NAME_CHARS: usize = 120;
const MAX_PLACE_CHARS: usize = 200;
const MAX_SOURCE_CHARS: usize = 500;

/// One per-unit assumption: a value and where it comes from (a citation people can check).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Assumption {
    pub value: f64,
    pub source: String,
}

impl Assumption {
    fn cited(value: f64, source: &str) -> Option<Assumption> {
        Some(Assumption {
            value,
            source: source.to_owned(),
        })
    }
}

/// The plan settings the impact needs. `None` = no citable default; the plan's admin must set it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Assumptions {
    /// kW at the evening peak per heat pump, after diversity.
    pub heat_pump_peak_kw: Option<Assumption>,
    /// kW at the evening peak per home EV charger, after diversity.
    pub ev_charger_peak_kw: Option<Assumption>,
    /// kWp per domestic rooftop solar system.
    pub rooftop_solar_kwp: Option<Assumption>,
    /// Power factor turning kW into kVA of demand.
    pub power_factor: Option<Assumption>,
}

/// The settings an impact is computed with, each one present.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Required {
    pub heat_pump_peak_kw: f64,
    pub ev_charger_peak_kw: f64,
    pub rooftop_solar_kwp: f64,
    pub power_factor: f64,
}

impl Assumptions {
    /// The cited defaults (only those with a source). No after-diversity figure per home
    /// EV charger and no demand power factor was found in published material, so those two
    /// are left for each plan's admin to set with their own source.
    pub fn published() -> Assumptions {
        Assumptions {
            // "After Diversity Maximum Demand (ADMD) for the population of heat pumps is
            // calculated as 1.7 kW per site; this occurs in the morning, whereas the peak
            // national grid demand occurs in the evening." (about 700 heat pumps of the RHPP
            // field trial, Applied Energy). The maximum falls in the morning, so at the
            // evening peak this errs on the safe side.
            heat_pump_peak_kw: Assumption::cited(
                1.7,
                "Addition of heat pump electricity load profiles to GB electricity demand \
                 (Applied Energy; RHPP field trial, ~700 heat pumps), \
                 https://www.worldpumps.com/content/features/addition-of-heat-pump-electricity-load-profiles-to-gb-electricity-demand/ \
                 : \"After Diversity Maximum Demand (ADMD) for the population of heat pumps \
                 is calculated as 1.7 kW per site\" (a maximum that falls in the morning, so \
                 at the evening peak it errs high).",
            ),
            ev_charger_peak_kw: None,
            // "A typical domestic installation typically has a capacity of around 4kW."
            // (MCS registrations, reported with Solar Energy UK, 26 September 2023).
            rooftop_solar_kwp: Assumption::cited(
                4.0,
                "UK breaks solar records with rooftop power surge (Energy Live News, \
                 26 Sep 2023, MCS figures), \
                 https://www.energylivenews.com/2023/09/26/uk-breaks-solar-records-with-rooftop-power-surge/ \
                 : \"A typical domestic installation typically has a capacity of around 4kW.\"",
            ),
            power_factor: None,
        }
    }

    /// These settings, each one left unset taken from `defaults`.
    pub fn over(self, defaults: Assumptions) -> Assumptions {
        Assumptions {
            heat_pump_peak_kw: self.heat_pump_peak_kw.or(defaults.heat_pump_peak_kw),
            ev_charger_peak_kw: self.ev_charger_peak_kw.or(defaults.ev_charger_peak_kw),
            rooftop_solar_kwp: self.rooftop_solar_kwp.or(defaults.rooftop_solar_kwp),
            power_factor: self.power_factor.or(defaults.power_factor),
        }
    }

    fn each(&self) -> [(&'static str, &Option<Assumption>); 4] {
        [
            ("heat_pump_peak_kw", &self.heat_pump_peak_kw),
            ("ev_charger_peak_kw", &self.ev_charger_peak_kw),
            ("rooftop_solar_kwp", &self.rooftop_solar_kwp),
            ("power_factor", &self.power_factor),
        ]
    }

    /// Each missing setting as a FieldError `assumptions.<name>` ("set this plan setting,
    /// with its source"), and each set one that `validate` would refuse.
    pub fn require(&self) -> Result<Required, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        for (name, setting) in self.each() {
            if setting.is_none() {
                errors.push(
                    format!("assumptions.{name}"),
                    "set this plan setting, with its source",
                );
            }
        }
        errors.check(self.validate());
        let value = |a: &Option<Assumption>| a.as_ref().map_or(0.0, |a| a.value);
        errors.into_result(|| Required {
            heat_pump_peak_kw: value(&self.heat_pump_peak_kw),
            ev_charger_peak_kw: value(&self.ev_charger_peak_kw),
            rooftop_solar_kwp: value(&self.rooftop_solar_kwp),
            power_factor: value(&self.power_factor),
        })
    }

    /// Validation of values an admin sets: finite, > 0 (power factor in (0,1]), source
    /// non-empty ≤ 500 chars.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        for (name, setting) in self.each() {
            let Some(a) = setting else { continue };
            let field = format!("assumptions.{name}");
            if !a.value.is_finite() || a.value <= 0.0 {
                errors.push(format!("{field}.value"), "a number above 0");
            } else if name == "power_factor" && a.value > 1.0 {
                errors.push(
                    format!("{field}.value"),
                    "a power factor above 0 and at most 1",
                );
            }
            if a.source.trim().is_empty() {
                errors.push(
                    format!("{field}.source"),
                    "say where this figure comes from, so others can check it",
                );
            } else if a.source.chars().count() > MAX_SOURCE_CHARS {
                errors.push(
                    format!("{field}.source"),
                    format!("write {MAX_SOURCE_CHARS} characters or fewer"),
                );
            }
        }
        errors.into_result(|| ())
    }
}

/// What a plan hopes for by its target year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub target_year: i32,
    /// % of homes with a heat pump by the target year.
    pub heat_pumps_pct: f64,
    /// % of homes charging an EV at home by the target year.
    pub ev_charging_pct: f64,
    /// % of homes with rooftop solar by the target year.
    pub rooftop_solar_pct: f64,
    #[serde(default)]
    pub batteries: Vec<Battery>,
    #[serde(default)]
    pub projects: Vec<NamedProject>,
}

/// A community battery that discharges at the evening peak: it takes its power off the peak demand where it sits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Battery {
    pub name: String,
    /// A neighbourhood slug or `proposal:<uuid>`, which the caller resolves to substations.
    pub place: String,
    pub power_kw: f64,
    /// The year it starts to work.
    pub year: i32,
}

/// A named project (linked to a proposal or not) with what it draws and exports, from its year on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NamedProject {
    pub name: String,
    /// A neighbourhood slug or `proposal:<uuid>`, which the caller resolves to substations.
    pub place: String,
    #[serde(default)]
    pub proposal: Option<uuid::Uuid>,
    pub import_kw: f64,
    pub export_kw: f64,
    /// The year it starts to draw and export.
    pub year: i32,
}

fn check_pct(errors: &mut ValidationErrors, field: &str, pct: f64) {
    if !pct.is_finite() || !(0.0..=100.0).contains(&pct) {
        errors.push(field, "a percentage from 0 to 100");
    }
}

fn check_kw(errors: &mut ValidationErrors, field: String, kw: f64) {
    if !kw.is_finite() || kw < 0.0 {
        errors.push(field, "a number of kW, 0 or more");
    }
}

/// Checks what every battery and project has: a name of its own, a place and a year
/// within the plan.
fn check_item(
    errors: &mut ValidationErrors,
    names: &mut BTreeSet<String>,
    at: &str,
    (name, place, year): (&str, &str, i32),
    years: std::ops::RangeInclusive<i32>,
) {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        errors.push(format!("{at}.name"), "give it a name");
    } else if trimmed.chars().count() > MAX_NAME_CHARS {
        errors.push(
            format!("{at}.name"),
            format!("write {MAX_NAME_CHARS} characters or fewer"),
        );
    } else if !names.insert(trimmed.to_owned()) {
        errors.push(format!("{at}.name"), "another one already has this name");
    }
    if place.trim().is_empty() || place.chars().count() > MAX_PLACE_CHARS {
        errors.push(format!("{at}.place"), "choose where it is");
    }
    if !years.contains(&year) {
        errors.push(
            format!("{at}.year"),
            format!("a year from {} to {}", years.start(), years.end()),
        );
    }
}

impl Scenario {
    /// 422-style field errors: pct outside 0–100 or not finite → `heat_pumps_pct` etc.;
    /// negative or non-finite kW → `batteries[0].power_kw`; target_year < this_year or >
    /// 2050 → `target_year`; an item's year outside this_year..=target_year →
    /// `projects[1].year`; empty/over-long or repeated names (1..=120 chars) →
    /// `batteries[0].name`; at most 50 batteries and 50 projects.
    pub fn validate(&self, this_year: i32) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let target_ok = (this_year..=LAST_TARGET_YEAR).contains(&self.target_year);
        if !target_ok {
            errors.push(
                "target_year",
                format!("a year from {this_year} to {LAST_TARGET_YEAR}"),
            );
        }
        check_pct(&mut errors, "heat_pumps_pct", self.heat_pumps_pct);
        check_pct(&mut errors, "ev_charging_pct", self.ev_charging_pct);
        check_pct(&mut errors, "rooftop_solar_pct", self.rooftop_solar_pct);
        let last = if target_ok {
            self.target_year
        } else {
            LAST_TARGET_YEAR
        };
        if self.batteries.len() > MAX_ITEMS {
            errors.push("batteries", format!("at most {MAX_ITEMS} batteries"));
        }
        let mut names = BTreeSet::new();
        for (i, b) in self.batteries.iter().enumerate() {
            let at = format!("batteries[{i}]");
            check_item(
                &mut errors,
                &mut names,
                &at,
                (&b.name, &b.place, b.year),
                this_year..=last,
            );
            check_kw(&mut errors, format!("{at}.power_kw"), b.power_kw);
        }
        if self.projects.len() > MAX_ITEMS {
            errors.push("projects", format!("at most {MAX_ITEMS} projects"));
        }
        let mut names = BTreeSet::new();
        for (i, p) in self.projects.iter().enumerate() {
            let at = format!("projects[{i}]");
            check_item(
                &mut errors,
                &mut names,
                &at,
                (&p.name, &p.place, p.year),
                this_year..=last,
            );
            check_kw(&mut errors, format!("{at}.import_kw"), p.import_kw);
            check_kw(&mut errors, format!("{at}.export_kw"), p.export_kw);
        }
        errors.into_result(|| ())
    }

    /// Every place the batteries and projects name: what the caller resolves to
    /// substation shares before computing the impact.
    pub fn places(&self) -> BTreeSet<&str> {
        self.batteries
            .iter()
            .map(|b| b.place.as_str())
            .chain(self.projects.iter().map(|p| p.place.as_str()))
            .collect()
    }

    /// `batteries[0].place` and the like for each place `known` does not recognise: the
    /// impact would otherwise leave that battery or project out without a word.
    pub fn check_places(&self, known: impl Fn(&str) -> bool) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let items = self
            .batteries
            .iter()
            .enumerate()
            .map(|(i, b)| (format!("batteries[{i}].place"), &b.place))
            .chain(
                self.projects
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (format!("projects[{i}].place"), &p.place)),
            );
        for (field, place) in items {
            if !known(place) {
                errors.push(field, "not a neighbourhood or proposal of this plan");
            }
        }
        errors.into_result(|| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const THIS_YEAR: i32 = 2026;

    fn good() -> Scenario {
        serde_json::from_value(serde_json::json!({
            "target_year": 2035,
            "heat_pumps_pct": 30,
            "ev_charging_pct": 40,
            "rooftop_solar_pct": 25,
            "batteries": [
                {"name": "Wolverton Battery", "place": "wolverton", "power_kw": 500, "year": 2028}
            ],
            "projects": [
                {"name": "School roof", "place": "proposal:1", "import_kw": 0, "export_kw": 150,
                 "year": 2027},
                {"name": "Mill heat pumps", "place": "wolverton", "import_kw": 300, "export_kw": 0,
                 "year": 2030}
            ]
        }))
        .unwrap()
    }

    fn fields(result: Result<(), ValidationErrors>) -> Vec<String> {
        result
            .err()
            .map_or_else(Vec::new, |e| e.0.into_iter().map(|f| f.field).collect())
    }

    #[test]
    fn a_sound_scenario_passes() {
        assert_eq!(fields(good().validate(THIS_YEAR)), Vec::<String>::new());
        let target_now = Scenario {
            target_year: THIS_YEAR,
            batteries: Vec::new(),
            projects: Vec::new(),
            ..good()
        };
        assert_eq!(fields(target_now.validate(THIS_YEAR)), Vec::<String>::new());
    }

    #[test]
    fn each_bad_field_is_named() {
        type Change = fn(&mut Scenario);
        let cases: Vec<(&str, Change, &[&str])> = vec![
            (
                "pct below 0",
                |s| s.heat_pumps_pct = -1.0,
                &["heat_pumps_pct"],
            ),
            (
                "pct above 100",
                |s| s.ev_charging_pct = 101.0,
                &["ev_charging_pct"],
            ),
            (
                "pct not a number",
                |s| s.rooftop_solar_pct = f64::NAN,
                &["rooftop_solar_pct"],
            ),
            (
                "infinite pct",
                |s| s.heat_pumps_pct = f64::INFINITY,
                &["heat_pumps_pct"],
            ),
            (
                "negative battery",
                |s| s.batteries[0].power_kw = -5.0,
                &["batteries[0].power_kw"],
            ),
            (
                "export not a number",
                |s| s.projects[0].export_kw = f64::NAN,
                &["projects[0].export_kw"],
            ),
            (
                "negative import",
                |s| s.projects[1].import_kw = -1.0,
                &["projects[1].import_kw"],
            ),
            (
                "target past 2050",
                |s| s.target_year = 2051,
                &["target_year"],
            ),
            (
                "target last year",
                |s| s.target_year = THIS_YEAR - 1,
                &["target_year"],
            ),
            (
                "project last year",
                |s| s.projects[1].year = THIS_YEAR - 1,
                &["projects[1].year"],
            ),
            (
                "battery after the target",
                |s| s.batteries[0].year = 2036,
                &["batteries[0].year"],
            ),
            (
                "empty name",
                |s| s.batteries[0].name = "  ".into(),
                &["batteries[0].name"],
            ),
            (
                "long name",
                |s| s.projects[0].name = "x".repeat(121),
                &["projects[0].name"],
            ),
            (
                "repeated name",
                |s| s.projects[1].name = "School roof".into(),
                &["projects[1].name"],
            ),
            (
                "no place",
                |s| s.batteries[0].place = String::new(),
                &["batteries[0].place"],
            ),
        ];
        for (what, change, want) in cases {
            let mut s = good();
            change(&mut s);
            assert_eq!(fields(s.validate(THIS_YEAR)), want, "{what}");
        }
        let mut longest = good();
        longest.projects[0].name = "é".repeat(120);
        assert_eq!(
            fields(longest.validate(THIS_YEAR)),
            Vec::<String>::new(),
            "120 characters fit"
        );
    }

    #[test]
    fn a_plan_holds_at_most_fifty_batteries_and_fifty_projects() {
        let mut s = good();
        s.batteries = (0..51)
            .map(|i| Battery {
                name: format!("Battery {i}"),
                ..s.batteries[0].clone()
            })
            .collect();
        assert_eq!(fields(s.validate(THIS_YEAR)), ["batteries"]);
        s.batteries.pop();
        s.projects = (0..51)
            .map(|i| NamedProject {
                name: format!("Project {i}"),
                ..s.projects[0].clone()
            })
            .collect();
        assert_eq!(fields(s.validate(THIS_YEAR)), ["projects"]);
    }

    #[test]
    fn scenarios_read_only_their_own_fields() {
        let minimal: Scenario = serde_json::from_str(
            r#"{"target_year": 2030, "heat_pumps_pct": 10, "ev_charging_pct": 0, "rooftop_solar_pct": 5}"#,
        )
        .unwrap();
        assert!(minimal.batteries.is_empty() && minimal.projects.is_empty());
        for extra in [
            r#"{"target_year": 2030, "heat_pumps_pct": 10, "ev_charging_pct": 0, "rooftop_solar_pct": 5, "wind_pct": 3}"#,
            r#"{"target_year": 2030, "heat_pumps_pct": 10, "ev_charging_pct": 0, "rooftop_solar_pct": 5,
                "batteries": [{"name": "B", "place": "p", "power_kw": 1, "year": 2030, "hours": 2}]}"#,
        ] {
            assert!(serde_json::from_str::<Scenario>(extra).is_err(), "{extra}");
        }
        assert!(serde_json::from_str::<Assumptions>(r#"{"wind_kw": null}"#).is_err());
    }

    #[test]
    fn places_the_caller_cannot_resolve_are_named() {
        let s = good();
        assert_eq!(
            s.places().into_iter().collect::<Vec<_>>(),
            ["proposal:1", "wolverton"]
        );
        assert_eq!(
            fields(s.check_places(|p| p == "wolverton")),
            ["projects[0].place"]
        );
        assert_eq!(fields(s.check_places(|_| true)), Vec::<String>::new());
    }

    #[test]
    fn require_names_each_missing_setting() {
        let missing = Assumptions::default().require().unwrap_err();
        assert_eq!(
            missing
                .0
                .iter()
                .map(|e| e.field.as_str())
                .collect::<Vec<_>>(),
            [
                "assumptions.heat_pump_peak_kw",
                "assumptions.ev_charger_peak_kw",
                "assumptions.rooftop_solar_kwp",
                "assumptions.power_factor",
            ]
        );
        assert!(
            missing
                .0
                .iter()
                .all(|e| e.message == "set this plan setting, with its source")
        );
        let published = Assumptions::published().require().unwrap_err();
        assert_eq!(
            published
                .0
                .iter()
                .map(|e| e.field.as_str())
                .collect::<Vec<_>>(),
            ["assumptions.ev_charger_peak_kw", "assumptions.power_factor"],
            "only what no published source gave is missing"
        );
        let set = |value: f64| {
            Some(Assumption {
                value,
                source: "our DNO's letter of 3 March".into(),
            })
        };
        let complete = Assumptions {
            ev_charger_peak_kw: set(0.8),
            power_factor: set(0.95),
            ..Assumptions::published()
        };
        assert_eq!(
            complete.require(),
            Ok(Required {
                heat_pump_peak_kw: 1.7,
                ev_charger_peak_kw: 0.8,
                rooftop_solar_kwp: 4.0,
                power_factor: 0.95,
            })
        );
    }

    #[test]
    fn every_published_default_cites_its_source() {
        let published = Assumptions::published();
        assert_eq!(published.validate(), Ok(()));
        for (name, a) in published.each() {
            if let Some(a) = a {
                assert!(a.source.contains("https://"), "{name}: {}", a.source);
            }
        }
    }

    #[test]
    fn settings_an_admin_sets_are_checked() {
        let with = |value: f64, source: &str| Assumptions {
            power_factor: Some(Assumption {
                value,
                source: source.into(),
            }),
            ..Assumptions::default()
        };
        let cases: [(f64, String, &[&str]); 6] = [
            (0.9, "Ofgem".into(), &[]),
            (1.0, "Ofgem".into(), &[]),
            (0.0, "Ofgem".into(), &["assumptions.power_factor.value"]),
            (1.2, "Ofgem".into(), &["assumptions.power_factor.value"]),
            (
                f64::NAN,
                " ".into(),
                &[
                    "assumptions.power_factor.value",
                    "assumptions.power_factor.source",
                ],
            ),
            (0.9, "x".repeat(501), &["assumptions.power_factor.source"]),
        ];
        for (value, source, want) in cases {
            assert_eq!(fields(with(value, &source).validate()), want, "{value}");
        }
        let heat = Assumptions {
            heat_pump_peak_kw: Some(Assumption {
                value: -2.0,
                source: "a guess".into(),
            }),
            ..Assumptions::default()
        };
        assert_eq!(
            fields(heat.validate()),
            ["assumptions.heat_pump_peak_kw.value"]
        );
    }
}

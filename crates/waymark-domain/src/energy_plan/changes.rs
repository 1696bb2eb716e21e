//! What changed between two versions of a plan: its scenario, and what that does to
//! each substation.

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::Value;

use super::Scenario;
use super::impact::{Impact, SubstationImpact};
use crate::energy::Rag;

/// One field that changed between two versions' scenarios.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Change {
    /// `heat_pumps_pct`, `batteries[Name]` (added or removed: one side is null) or
    /// `batteries[Name].power_kw` (changed).
    pub field: String,
    pub from: Value,
    pub to: Value,
}

/// A scenario or one of its items as JSON; plain data always converts, so the null is
/// never seen.
fn value<T: Serialize>(x: &T) -> Value {
    serde_json::to_value(x).unwrap_or(Value::Null)
}

/// Every key of `to` whose value differs in `from`, as changes of `prefix` + key.
fn field_changes(prefix: &str, from: &Value, to: &Value, skip: &[&str], out: &mut Vec<Change>) {
    let (Value::Object(from), Value::Object(to)) = (from, to) else {
        return;
    };
    for (key, new) in to.iter().filter(|(k, _)| !skip.contains(&k.as_str())) {
        let old = from.get(key).unwrap_or(&Value::Null);
        if old != new {
            out.push(Change {
                field: format!("{prefix}{key}"),
                from: old.clone(),
                to: new.clone(),
            });
        }
    }
}

/// Items matched by name: changed fields and added ones in the new order, then removed
/// ones in the old order.
fn item_changes<T: Serialize>(
    list: &str,
    old: &[T],
    new: &[T],
    name: impl Fn(&T) -> &str,
    out: &mut Vec<Change>,
) {
    let find = |items: &'_ [T], n: &str| items.iter().find(|x| name(x) == n).map(value);
    for item in new {
        let n = name(item);
        let to = value(item);
        match find(old, n) {
            Some(from) => field_changes(&format!("{list}[{n}]."), &from, &to, &["name"], out),
            None => out.push(Change {
                field: format!("{list}[{n}]"),
                from: Value::Null,
                to,
            }),
        }
    }
    for item in old.iter().filter(|x| find(new, name(x)).is_none()) {
        out.push(Change {
            field: format!("{list}[{}]", name(item)),
            from: value(item),
            to: Value::Null,
        });
    }
}

/// What changed between two versions' scenarios: one line per changed field (name, from,
/// to as JSON values), batteries/projects added/removed/changed by name.
pub fn scenario_changes(old: &Scenario, new: &Scenario) -> Vec<Change> {
    let mut out = Vec::new();
    field_changes(
        "",
        &value(old),
        &value(new),
        &["batteries", "projects"],
        &mut out,
    );
    item_changes(
        "batteries",
        &old.batteries,
        &new.batteries,
        |b| &b.name,
        &mut out,
    );
    item_changes(
        "projects",
        &old.projects,
        &new.projects,
        |p| &p.name,
        &mut out,
    );
    out
}

/// One substation's target-year figures and traffic light (its worst year) before and
/// after; `None` where a version does not reach it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubstationChange {
    pub key: String,
    pub name: String,
    pub rag_from: Option<Rag>,
    pub rag_to: Option<Rag>,
    pub added_demand_mva_from: f64,
    pub added_demand_mva_to: f64,
    pub added_generation_mw_from: f64,
    pub added_generation_mw_to: f64,
}

/// Per substation (union of both, in name order), target-year figures and RAG before and after.
pub fn impact_changes(old: &Impact, new: &Impact) -> Vec<SubstationChange> {
    fn find<'i>(impact: &'i Impact, key: &str) -> Option<&'i SubstationImpact> {
        impact.substations.iter().find(|s| s.key == key)
    }
    let target = |found: Option<&SubstationImpact>| {
        found
            .and_then(|s| s.years.last())
            .map_or((0.0, 0.0), |y| (y.added_demand_mva, y.added_generation_mw))
    };
    let mut changes: Vec<SubstationChange> = new
        .substations
        .iter()
        .chain(old.substations.iter())
        .map(|s| s.key.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(|key| {
            let (before, after) = (find(old, key), find(new, key));
            let named = after.or(before);
            let (demand_from, generation_from) = target(before);
            let (demand_to, generation_to) = target(after);
            SubstationChange {
                key: key.to_owned(),
                name: named.map(|s| s.name.clone()).unwrap_or_default(),
                rag_from: before.map(|s| s.rag),
                rag_to: after.map(|s| s.rag),
                added_demand_mva_from: demand_from,
                added_demand_mva_to: demand_to,
                added_generation_mw_from: generation_from,
                added_generation_mw_to: generation_to,
            }
        })
        .collect();
    changes.sort_by(|x, y| x.name.cmp(&y.name).then_with(|| x.key.cmp(&y.key)));
    changes
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::energy_plan::{Battery, NamedProject, YearImpact};

    fn plan() -> Scenario {
        Scenario {
            target_year: 2030,
            heat_pumps_pct: 20.0,
            ev_charging_pct: 10.0,
            rooftop_solar_pct: 15.0,
            batteries: vec![
                Battery {
                    name: "Wolverton Battery".into(),
                    place: "wolverton".into(),
                    power_kw: 500.0,
                    year: 2028,
                },
                Battery {
                    name: "Mill Battery".into(),
                    place: "wolverton".into(),
                    power_kw: 100.0,
                    year: 2027,
                },
            ],
            projects: vec![NamedProject {
                name: "School roof".into(),
                place: "proposal:1".into(),
                proposal: None,
                import_kw: 0.0,
                export_kw: 150.0,
                year: 2027,
            }],
        }
    }

    #[test]
    fn the_same_scenario_has_no_changes() {
        assert_eq!(scenario_changes(&plan(), &plan()), []);
    }

    #[test]
    fn changes_are_listed_field_by_field_and_item_by_name() {
        let old = plan();
        let mut new = plan();
        new.heat_pumps_pct = 35.0;
        new.target_year = 2032;
        new.batteries.remove(1);
        new.batteries[0].power_kw = 750.0;
        new.batteries.push(Battery {
            name: "Stantonbury Battery".into(),
            place: "stantonbury".into(),
            power_kw: 250.0,
            year: 2029,
        });
        new.projects[0].export_kw = 200.0;
        new.projects[0].year = 2028;
        let seen: Vec<(String, serde_json::Value, serde_json::Value)> =
            scenario_changes(&old, &new)
                .into_iter()
                .map(|c| (c.field, c.from, c.to))
                .collect();
        assert_eq!(
            seen,
            [
                ("heat_pumps_pct".into(), json!(20.0), json!(35.0)),
                ("target_year".into(), json!(2030), json!(2032)),
                (
                    "batteries[Wolverton Battery].power_kw".into(),
                    json!(500.0),
                    json!(750.0)
                ),
                (
                    "batteries[Stantonbury Battery]".into(),
                    json!(null),
                    json!({"name": "Stantonbury Battery", "place": "stantonbury",
                           "power_kw": 250.0, "year": 2029})
                ),
                (
                    "batteries[Mill Battery]".into(),
                    json!({"name": "Mill Battery", "place": "wolverton",
                           "power_kw": 100.0, "year": 2027}),
                    json!(null)
                ),
                (
                    "projects[School roof].export_kw".into(),
                    json!(150.0),
                    json!(200.0)
                ),
                (
                    "projects[School roof].year".into(),
                    json!(2027),
                    json!(2028)
                ),
            ]
        );
    }

    fn year(year: i32, demand: f64, generation: f64, rag: Rag) -> YearImpact {
        YearImpact {
            year,
            added_demand_mva: demand,
            added_generation_mw: generation,
            rag,
            demand_headroom_mva: None,
            generation_headroom_mw: None,
            demand_left_mva: None,
            generation_left_mw: None,
            demand_band: Some("1 to 5 MVA".into()),
            generation_band: Some("1 to 5 MW".into()),
        }
    }

    fn substation(key: &str, name: &str, rag: Rag, years: Vec<YearImpact>) -> SubstationImpact {
        SubstationImpact {
            key: key.into(),
            name: name.into(),
            homes: 1_000.0,
            rag,
            years,
        }
    }

    #[test]
    fn each_substation_of_either_version_shows_its_target_year_before_and_after() {
        let old = Impact {
            years: vec![2026, 2027],
            substations: vec![
                substation(
                    "s1",
                    "DEMO Wolverton",
                    Rag::Amber,
                    vec![
                        year(2026, 0.1, 0.0, Rag::Green),
                        year(2027, 0.4, 0.2, Rag::Amber),
                    ],
                ),
                substation(
                    "s2",
                    "DEMO Bletchley",
                    Rag::Green,
                    vec![
                        year(2026, 0.0, 0.1, Rag::Green),
                        year(2027, 0.0, 0.2, Rag::Green),
                    ],
                ),
            ],
        };
        let new = Impact {
            years: vec![2026, 2027, 2028],
            substations: vec![
                substation(
                    "s3",
                    "DEMO Newport",
                    Rag::Green,
                    vec![
                        year(2026, 0.0, 0.0, Rag::Green),
                        year(2027, 0.0, 0.0, Rag::Green),
                        year(2028, 0.05, 0.0, Rag::Green),
                    ],
                ),
                substation(
                    "s1",
                    "DEMO Wolverton",
                    Rag::Red,
                    vec![
                        year(2026, 0.1, 0.0, Rag::Green),
                        year(2027, 0.4, 0.2, Rag::Amber),
                        year(2028, 0.9, 0.3, Rag::Red),
                    ],
                ),
            ],
        };
        let seen: Vec<_> = impact_changes(&old, &new)
            .into_iter()
            .map(|c| {
                (
                    c.name,
                    c.rag_from,
                    c.rag_to,
                    [
                        c.added_demand_mva_from,
                        c.added_demand_mva_to,
                        c.added_generation_mw_from,
                        c.added_generation_mw_to,
                    ],
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                (
                    "DEMO Bletchley".into(),
                    Some(Rag::Green),
                    None,
                    [0.0, 0.0, 0.2, 0.0]
                ),
                (
                    "DEMO Newport".into(),
                    None,
                    Some(Rag::Green),
                    [0.0, 0.05, 0.0, 0.0]
                ),
                (
                    "DEMO Wolverton".into(),
                    Some(Rag::Amber),
                    Some(Rag::Red),
                    [0.4, 0.9, 0.2, 0.3]
                ),
            ]
        );
    }
}

//! What the impact of a scenario needs from the store, gathered for one energy plan:
//! homes and the substations serving them, where each named place lies, today's and
//! future headroom, and the plan's assumptions.

use std::collections::HashMap;

use time::OffsetDateTime;
use uuid::Uuid;
use waymark_domain::energy::Detail;
use waymark_domain::energy_plan::{
    Area, Assumptions, Impact, ImpactInput, Scenario, SubstationHeadroom, impact,
};
use waymark_domain::{FieldError, ValidationErrors};
use waymark_store::PgConnection;
use waymark_store::energy_plans::{self as store, AreaProposal, AreaShares};

use crate::{ApiError, AppState};

/// The map's side of an energy plan, read once and used for any scenario.
pub struct Ground {
    pub areas: Vec<AreaShares>,
    pub proposals: Vec<AreaProposal>,
    pub assumptions: Assumptions,
}

impl Ground {
    pub async fn load(
        conn: &mut PgConnection,
        energy_plan: Uuid,
        plan_id: Uuid,
    ) -> Result<Ground, ApiError> {
        let areas = store::area_shares(&mut *conn, energy_plan).await?;
        let proposals = store::proposals(&mut *conn, energy_plan).await?;
        let assumptions = plan_assumptions(&mut *conn, plan_id).await?;
        Ok(Ground {
            areas,
            proposals,
            assumptions,
        })
    }

    /// Where each place a battery or project may name lies: a neighbourhood of the plan
    /// (spread as its homes are), or a proposal's site (`proposal:<id>`).
    pub fn places(&self) -> HashMap<String, Vec<(String, f64)>> {
        let mut places: HashMap<String, Vec<(String, f64)>> = self
            .areas
            .iter()
            .map(|a| (a.slug.clone(), shares(&a.served_by)))
            .collect();
        for p in &self.proposals {
            places.insert(
                format!("proposal:{}", p.id),
                p.substation
                    .map(|s| vec![(s.to_string(), 1.0)])
                    .unwrap_or_default(),
            );
        }
        places
    }

    /// Every substation serving the area or a proposal in it.
    pub fn substations(&self) -> Vec<Uuid> {
        store::affected(&self.areas, &self.proposals)
    }

    /// Neighbourhoods with no imported homes figure: the impact counts none there.
    pub fn without_homes(&self) -> Vec<String> {
        self.areas
            .iter()
            .filter(|a| a.homes.is_none())
            .map(|a| a.name.clone())
            .collect()
    }

    /// Field errors for batteries and projects placed where the plan has no such place.
    pub fn check_places(&self, scenario: &Scenario) -> Result<(), ValidationErrors> {
        let places = self.places();
        scenario
            .check_places(|p| places.contains_key(p))
            .map_err(|e| {
                ValidationErrors(
                    e.0.into_iter()
                        .map(|f| FieldError {
                            field: format!("scenario.{}", f.field),
                            message: f.message,
                        })
                        .collect(),
                )
            })
    }
}

fn shares(served_by: &[(Uuid, f64)]) -> Vec<(String, f64)> {
    served_by.iter().map(|(s, x)| (s.to_string(), *x)).collect()
}

/// The plan's assumptions: what its admin set, over the published defaults.
pub async fn plan_assumptions(
    conn: &mut PgConnection,
    plan_id: Uuid,
) -> Result<Assumptions, ApiError> {
    let set = store::assumptions(&mut *conn, plan_id).await?;
    let set: Assumptions = serde_json::from_value(set).map_err(ApiError::internal)?;
    Ok(set.over(Assumptions::published()))
}

/// The impact of `scenario` for whoever asks (`detail`), or the settings it still lacks.
pub async fn compute(
    state: &AppState,
    conn: &mut PgConnection,
    ground: &Ground,
    scenario: &Scenario,
    dfes_scenario: Option<&str>,
    detail: Detail,
) -> Result<Result<Impact, ValidationErrors>, ApiError> {
    let required = match ground.assumptions.require() {
        Ok(r) => r,
        Err(missing) => return Ok(Err(missing)),
    };
    let headroom = store::headroom(conn, &ground.substations(), dfes_scenario).await?;
    let substations: Vec<SubstationHeadroom> = headroom
        .into_iter()
        .map(|h| SubstationHeadroom {
            key: h.id.to_string(),
            name: h.name,
            demand_mva: h.demand_mva,
            generation_mw: h.generation_mw,
            future: h.future,
        })
        .collect();
    let areas: Vec<Area> = ground
        .areas
        .iter()
        .map(|a| Area {
            key: a.slug.clone(),
            homes: a.homes.unwrap_or(0.0),
            served_by: shares(&a.served_by),
        })
        .collect();
    let places = ground.places();
    Ok(Ok(impact(&ImpactInput {
        scenario,
        base_year: this_year(),
        areas: &areas,
        places: &places,
        substations: &substations,
        assumptions: &required,
        thresholds: &state.config.feasibility,
        detail,
    })))
}

pub fn this_year() -> i32 {
    OffsetDateTime::now_utc().year()
}

//! Neighbourhood energy plans: a group drafts a scenario for its area, shares a frozen
//! version, the network operator answers per substation and the council for its Local
//! Area Energy Plan, and the group starts the next version from the answers.
//!
//! Exact network figures follow the one rule of the network layers: DNO engineers and
//! admins see them, everyone else sees bands and a traffic light worked out from the
//! band alone. Answers are whole for the group, the operator, the council and admins,
//! and a traffic light for everyone else.

mod answers;
mod assumptions;
mod drafts;
mod export;
mod impact;
mod plans;
mod wire;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::energy::Detail as NetworkDetail;
use waymark_domain::energy_plan::{
    Assumptions, CostBand, Scenario, VersionStatus, impact_changes, scenario_changes,
    validate_dno_answer,
};
use waymark_domain::{Action, Role, ValidationErrors};
use waymark_store::energy_plans::{self as store, Change, CreateOutcome, NextDraft};

use crate::auth::identity::{Author, Identity, KnownAuthor};
use crate::error::Detail;
use crate::extract::{JsonBody, Path, Query};
use crate::{ApiError, AppState, Problem};
pub use wire::*;

use impact::{Ground, this_year};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(plans::list_energy_plans, plans::create_energy_plan))
        .routes(routes!(get_energy_plan))
        .routes(routes!(get_version, drafts::update_version))
        .routes(routes!(drafts::share_version))
        .routes(routes!(drafts::next_version))
        .routes(routes!(drafts::preview_impact))
        .routes(routes!(drafts::compare_versions))
        .routes(routes!(answers::answer_network))
        .routes(routes!(answers::answer_laep))
        .routes(routes!(
            assumptions::get_assumptions,
            assumptions::set_assumptions
        ))
        .routes(routes!(list_voices))
        .routes(routes!(dfes_scenarios))
        .routes(routes!(export::version_impact_json))
        .routes(routes!(export::substations_geojson))
        .routes(routes!(export::substations_csv))
}

/// Who the asker is to an energy plan.
#[derive(Debug, Clone, Copy)]
struct Viewer {
    /// Its group (the account that made it): may edit drafts, share, start the next.
    group: bool,
    /// Sees drafts: its group, and admins.
    drafts: bool,
    /// Sees exact network figures (DNO engineers and admins).
    network_detail: bool,
    /// Reads answers whole: the group, the operator and the council.
    whole_answers: bool,
    operator: bool,
    council: bool,
}

impl Viewer {
    fn of(identity: &Identity, author: Option<&str>, row: &store::EnergyPlanRow) -> Viewer {
        let admin = identity.role() == Some(Role::Admin);
        let group = author == Some(row.author_key.as_str());
        let operator = identity.authorize(Action::AnswerProposals, false).is_ok();
        let council = identity.authorize(Action::AnswerForLaep, false).is_ok();
        Viewer {
            group,
            drafts: group || admin,
            network_detail: identity.authorize(Action::ViewNetworkDetail, false).is_ok(),
            whole_answers: group || admin || operator || council,
            operator,
            council,
        }
    }

    fn detail(self) -> NetworkDetail {
        if self.network_detail {
            NetworkDetail::Exact
        } else {
            NetworkDetail::Banded
        }
    }
}

/// Every answer here depends on who asks (drafts, exact figures, whole answers).
fn private(mut response: Response) -> Response {
    crate::caching::for_who_asks_only(response.headers_mut());
    response
}

fn text(errors: &mut ValidationErrors, field: &str, v: &str, max: usize) -> String {
    let v = v.trim();
    if v.is_empty() || v.chars().count() > max {
        errors.push(field, format!("1 to {max} characters"));
    }
    v.to_owned()
}

fn optional_text(
    errors: &mut ValidationErrors,
    field: &str,
    v: Option<&str>,
    max: usize,
) -> String {
    let v = v.unwrap_or("").trim();
    if v.chars().count() > max {
        errors.push(field, format!("{max} characters or fewer"));
    }
    v.to_owned()
}

/// The scenario's own rules, its fields named under `scenario.`.
fn check_scenario(errors: &mut ValidationErrors, scenario: &Scenario) {
    if let Err(e) = scenario.validate(this_year()) {
        for f in e.0 {
            errors.push(format!("scenario.{}", f.field), f.message);
        }
    }
}

fn dfes_name(errors: &mut ValidationErrors, v: Option<&str>) -> Option<String> {
    let v = v.map(str::trim).filter(|v| !v.is_empty())?;
    if v.chars().count() > 100 {
        errors.push("dfes_scenario", "100 characters or fewer");
    }
    Some(v.to_owned())
}

/// The published pins and conversations inside the energy plan's area, most supported
/// first (at most 200): what its group chooses the community's priorities from.
#[utoipa::path(get, path = "/api/v1/energy-plans/{id}/voices", tag = "energy_plans",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = VoiceList),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn list_voices(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    visible(&state, id, &identity, author.as_deref()).await?;
    let items = store::voices(&state.pool, id, 200)
        .await?
        .into_iter()
        .map(Voice::from)
        .collect();
    Ok(private(Json(VoiceList { items }).into_response()))
}

/// The DFES scenarios imported for the network, whose future headroom an energy plan
/// may be set against.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/dfes-scenarios", tag = "energy_plans",
    params(("plan" = String, Path)),
    responses((status = 200, body = DfesScenarios),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn dfes_scenarios(
    State(state): State<AppState>,
    Path(plan): Path<String>,
) -> Result<Json<DfesScenarios>, ApiError> {
    waymark_store::plans::id(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    Ok(Json(DfesScenarios {
        scenarios: waymark_store::dfes::scenarios(&state.pool).await?,
    }))
}

/// Loads an energy plan the asker may see: anyone, once a version is shared; only its
/// group while every version is a draft.
async fn visible(
    state: &AppState,
    id: Uuid,
    identity: &Identity,
    author: Option<&str>,
) -> Result<(store::EnergyPlanRow, Vec<store::VersionRow>, Viewer), ApiError> {
    let row = store::get(&state.pool, id)
        .await?
        .ok_or(ApiError::NotFound("energy plan"))?;
    let viewer = Viewer::of(identity, author, &row);
    let versions: Vec<store::VersionRow> = store::versions(&state.pool, id)
        .await?
        .into_iter()
        .filter(|v| viewer.drafts || v.status != "draft")
        .collect();
    if versions.is_empty() {
        return Err(ApiError::NotFound("energy plan"));
    }
    Ok((row, versions, viewer))
}

async fn view(
    state: &AppState,
    identity: &Identity,
    author: Option<&str>,
    id: Uuid,
    number: Option<i32>,
) -> Result<EnergyPlanView, ApiError> {
    let (row, versions, viewer) = visible(state, id, identity, author).await?;
    let chosen = match number {
        Some(n) => versions
            .iter()
            .find(|v| v.number == n)
            .ok_or(ApiError::NotFound("version"))?,
        None => versions.last().ok_or(ApiError::NotFound("version"))?,
    };
    let scenario: Scenario =
        serde_json::from_value(chosen.scenario.clone()).map_err(ApiError::internal)?;
    let status: VersionStatus = chosen.status.parse().map_err(ApiError::internal)?;
    let mut conn = state.pool.acquire().await?;
    let ground = Ground::load(&mut conn, id, row.plan_id).await?;
    let (impact, missing) = match impact::compute(
        state,
        &mut conn,
        &ground,
        &scenario,
        chosen.dfes_scenario.as_deref(),
        viewer.detail(),
    )
    .await?
    {
        Ok(impact) => (Some(impact), Vec::new()),
        Err(missing) => (None, missing.0),
    };
    let priorities = store::priorities(&mut *conn, chosen.id).await?;
    let network = store::network_answers(&mut *conn, chosen.id).await?;
    let laep = store::laep_answer(&mut *conn, chosen.id).await?;
    let names: std::collections::HashMap<String, String> = impact
        .iter()
        .flat_map(|i| i.substations.iter())
        .map(|s| (s.key.clone(), s.name.clone()))
        .collect();
    let answers = Answers::new(&network, laep.as_ref(), &names, viewer.whole_answers)?;
    let latest = versions.last().map(|v| v.number);
    let is_latest = latest == Some(chosen.number);
    let can = Can {
        edit: viewer.group && status == VersionStatus::Draft,
        share: viewer.group && status == VersionStatus::Draft,
        next_version: viewer.group && is_latest && status == VersionStatus::Answered,
        answer_network: viewer.operator && status != VersionStatus::Draft,
        answer_laep: viewer.council && status != VersionStatus::Draft,
    };
    Ok(EnergyPlanView {
        id: row.id,
        plan: row.plan,
        title: row.title,
        group_name: row.group_name,
        neighbourhoods: row
            .neighbourhoods
            .into_iter()
            .map(|(slug, name)| NeighbourhoodRef { slug, name })
            .collect(),
        area: row.area,
        versions: versions
            .iter()
            .map(|v| {
                Ok(VersionSummary {
                    number: v.number,
                    status: v.status.parse().map_err(ApiError::internal)?,
                    created_at: v.created_at,
                    shared_at: v.shared_at,
                    answered_at: v.answered_at,
                })
            })
            .collect::<Result<_, ApiError>>()?,
        version: VersionView {
            number: chosen.number,
            status,
            scenario,
            dfes_scenario: chosen.dfes_scenario.clone(),
            note: chosen.note.clone(),
            priorities: priorities.into_iter().map(Voice::from).collect(),
            proposals: ground
                .proposals
                .iter()
                .map(|p| AreaProposal {
                    id: p.id,
                    place: format!("proposal:{}", p.id),
                    title: p.title.clone(),
                    technology: p.technology.clone(),
                    import_kw: p.import_kw,
                    export_kw: p.export_kw,
                    status: p.status.clone(),
                    group_name: p.group_name.clone(),
                })
                .collect(),
            neighbourhoods_without_homes: ground.without_homes(),
            impact,
            missing_assumptions: missing,
            answers,
        },
        detail: if viewer.network_detail {
            "full"
        } else {
            "public"
        },
        can,
    })
}

/// `view` as the answer to a request: JSON, for the one who asked only.
async fn view_response(
    state: &AppState,
    identity: &Identity,
    author: Option<&str>,
    id: Uuid,
    number: Option<i32>,
) -> Result<Response, ApiError> {
    let view = view(state, identity, author, id, number).await?;
    Ok(private(Json(view).into_response()))
}

/// An energy plan with its latest version the asker may see: the scenario, the
/// community's priorities, the proposals in its area, the impact on each primary
/// substation year by year, and the answers.
#[utoipa::path(get, path = "/api/v1/energy-plans/{id}", tag = "energy_plans",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = EnergyPlanView),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn get_energy_plan(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    view_response(&state, &identity, author.as_deref(), id, None).await
}

/// One version of an energy plan (drafts only for its group).
#[utoipa::path(get, path = "/api/v1/energy-plans/{id}/versions/{number}", tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path)),
    responses((status = 200, body = EnergyPlanView),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn get_version(
    State(state): State<AppState>,
    Path((id, number)): Path<(Uuid, i32)>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    view_response(&state, &identity, author.as_deref(), id, Some(number)).await
}

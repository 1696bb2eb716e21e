//! Neighbourhood energy plans: a group drafts a scenario for its area, shares a frozen
//! version, the network operator answers per substation and the council for its Local
//! Area Energy Plan, and the group starts the next version from the answers.
//!
//! Exact network figures follow the one rule of the network layers: DNO engineers and
//! admins see them, everyone else sees bands and a traffic light worked out from the
//! band alone. Answers are whole for the group, the operator, the council and admins,
//! and a traffic light for everyone else.

mod export;
mod impact;
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
        .routes(routes!(list_energy_plans, create_energy_plan))
        .routes(routes!(get_energy_plan))
        .routes(routes!(get_version, update_version))
        .routes(routes!(share_version))
        .routes(routes!(next_version))
        .routes(routes!(preview_impact))
        .routes(routes!(compare_versions))
        .routes(routes!(answer_network))
        .routes(routes!(answer_laep))
        .routes(routes!(get_assumptions, set_assumptions))
        .routes(routes!(list_voices))
        .routes(routes!(dfes_scenarios))
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

fn private(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    response.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("cookie, authorization"),
    );
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

/// A plan's energy plans: each with its latest shared or answered version, and drafts
/// for their own group.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/energy-plans", tag = "energy_plans",
    params(("plan" = String, Path)),
    responses((status = 200, body = EnergyPlanList),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn list_energy_plans(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    waymark_store::plans::get(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let admin = identity.role() == Some(Role::Admin);
    let rows = store::list(&state.pool, &plan, author.as_deref(), admin).await?;
    let items = rows
        .into_iter()
        .map(|r| {
            Ok(EnergyPlanSummary {
                id: r.id,
                title: r.title,
                group_name: r.group_name,
                neighbourhoods: r.neighbourhoods,
                version: r.version,
                status: r.status.parse().map_err(ApiError::internal)?,
                created_at: r.created_at,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(private(Json(EnergyPlanList { items }).into_response()))
}

/// Starts an energy plan for some of the plan's neighbourhoods (or a drawn area inside
/// the plan), with its first version as a draft (signed-in people).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/energy-plans", tag = "energy_plans",
    params(("plan" = String, Path)),
    request_body = NewEnergyPlanBody,
    responses((status = 201, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
async fn create_energy_plan(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    author: Author,
    body: JsonBody<NewEnergyPlanBody>,
) -> Result<Response, ApiError> {
    author.identity.authorize(Action::ManageOwnAccount, false)?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let title = text(&mut errors, "title", &b.title, 120);
    let group = text(&mut errors, "group_name", &b.group_name, 200);
    check_scenario(&mut errors, &b.scenario);
    let dfes = dfes_name(&mut errors, b.dfes_scenario.as_deref());
    let area = match (&b.area, b.neighbourhoods.is_empty()) {
        (Some(area), true) => Some(area_geojson(&mut errors, area)),
        (None, false) => None,
        _ => {
            errors.push(
                "neighbourhoods",
                "choose one or more neighbourhoods, or draw an area (not both)",
            );
            None
        }
    };
    if b.neighbourhoods.len() > 50 {
        errors.push("neighbourhoods", "at most 50 neighbourhoods");
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let scenario = serde_json::to_value(&b.scenario).map_err(ApiError::internal)?;
    let new = store::NewEnergyPlan {
        title: &title,
        group_name: &group,
        neighbourhoods: &b.neighbourhoods,
        area: area.as_deref(),
        scenario: &scenario,
        dfes_scenario: dfes.as_deref(),
    };
    let mut tx = state.pool.begin().await?;
    let id = match store::create(&mut tx, &plan, &new, &author.key).await? {
        CreateOutcome::Created(id) => id,
        CreateOutcome::PlanNotFound => return Err(ApiError::NotFound("plan")),
        CreateOutcome::UnknownNeighbourhoods(slugs) => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "neighbourhoods",
                format!("not a neighbourhood of this plan: {}", slugs.join(", ")),
            )));
        }
        CreateOutcome::InvalidArea => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "area",
                "the outline crosses itself; draw it again with sides that do not cross",
            )));
        }
        CreateOutcome::OutsidePlan => return Err(ApiError::OutsidePlan),
    };
    let ground = {
        let row = store::get(&mut *tx, id)
            .await?
            .ok_or(ApiError::NotFound("energy plan"))?;
        Ground::load(&mut tx, id, row.plan_id).await?
    };
    let mut errors = ValidationErrors::default();
    if let Err(e) = ground.check_places(&b.scenario) {
        errors.0.extend(e.0);
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    tx.commit().await?;
    let view = view(&state, &author.identity, Some(&author.key), id, None).await?;
    let location =
        HeaderValue::from_str(&format!("/api/v1/energy-plans/{id}")).map_err(ApiError::internal)?;
    let mut response = (StatusCode::CREATED, Json(view)).into_response();
    response.headers_mut().insert(header::LOCATION, location);
    Ok((author, private(response)).into_response())
}

/// A drawn area: a GeoJSON Polygon or MultiPolygon with valid positions.
fn area_geojson(errors: &mut ValidationErrors, area: &serde_json::Value) -> String {
    let kind = area["type"].as_str().unwrap_or("");
    let polygons: Vec<&serde_json::Value> = match kind {
        "Polygon" => vec![&area["coordinates"]],
        "MultiPolygon" => area["coordinates"]
            .as_array()
            .map(|p| p.iter().collect())
            .unwrap_or_default(),
        _ => {
            errors.push("area", "the area is a GeoJSON Polygon or MultiPolygon");
            return String::new();
        }
    };
    let rings: Vec<&serde_json::Value> = polygons
        .iter()
        .filter_map(|p| p.as_array())
        .flatten()
        .collect();
    let closed = |ring: &&serde_json::Value| {
        ring.as_array()
            .is_some_and(|r| r.len() >= 4 && r.first() == r.last())
    };
    if rings.is_empty() || !rings.iter().all(closed) {
        errors.push(
            "area",
            "each ring of an outline has at least 4 positions and ends where it starts",
        );
        return String::new();
    }
    for position in rings.iter().filter_map(|r| r.as_array()).flatten() {
        let coords: Vec<f64> = serde_json::from_value(position.clone()).unwrap_or_default();
        if let Err(e) = waymark_domain::Position::from_coordinates("area.coordinates", &coords) {
            errors.0.extend(e.0);
            break;
        }
    }
    area.to_string()
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
    waymark_store::plans::get(&state.pool, &plan)
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
    let view = view(&state, &identity, author.as_deref(), id, None).await?;
    Ok(private(Json(view).into_response()))
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
    let view = view(&state, &identity, author.as_deref(), id, Some(number)).await?;
    Ok(private(Json(view).into_response()))
}

/// The group loads its draft or its own energy plan, or 404/403.
async fn as_group(
    state: &AppState,
    id: Uuid,
    author: &Author,
) -> Result<store::EnergyPlanRow, ApiError> {
    author.identity.authorize(Action::ManageOwnAccount, false)?;
    let (row, _, viewer) = visible(state, id, &author.identity, Some(&author.key)).await?;
    if !viewer.group {
        return Err(ApiError::Forbidden("problem-detail-energy-plan-group-only"));
    }
    Ok(row)
}

fn shared_conflict() -> ApiError {
    ApiError::Conflict(Detail::new("problem-detail-energy-plan-shared"))
}

/// Changes a draft: its scenario, DFES scenario, note and priorities. A shared version
/// is frozen (409).
#[utoipa::path(put, path = "/api/v1/energy-plans/{id}/versions/{number}", tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path)),
    request_body = VersionBody,
    responses((status = 200, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 409, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
async fn update_version(
    State(state): State<AppState>,
    Path((id, number)): Path<(Uuid, i32)>,
    author: Author,
    body: JsonBody<VersionBody>,
) -> Result<Response, ApiError> {
    let row = as_group(&state, id, &author).await?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    check_scenario(&mut errors, &b.scenario);
    let dfes = dfes_name(&mut errors, b.dfes_scenario.as_deref());
    let note = optional_text(&mut errors, "note", b.note.as_deref(), 4000);
    if b.priorities.len() > 50 {
        errors.push("priorities", "at most 50 priorities");
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let mut tx = state.pool.begin().await?;
    let ground = Ground::load(&mut tx, id, row.plan_id).await?;
    ground
        .check_places(&b.scenario)
        .map_err(ApiError::Validation)?;
    let scenario = serde_json::to_value(&b.scenario).map_err(ApiError::internal)?;
    match store::update_draft(&mut tx, id, number, &scenario, dfes.as_deref(), &note).await? {
        Change::Done => {}
        Change::NotFound => return Err(ApiError::NotFound("version")),
        Change::NotDraft => return Err(shared_conflict()),
    }
    let version = store::versions(&mut *tx, id)
        .await?
        .into_iter()
        .find(|v| v.number == number)
        .ok_or(ApiError::NotFound("version"))?;
    let outside = store::set_priorities(&mut tx, id, version.id, &b.priorities).await?;
    if !outside.is_empty() {
        return Err(ApiError::Validation(ValidationErrors::one(
            "priorities",
            format!(
                "not a published pin or conversation inside this energy plan's area: {}",
                outside
                    .iter()
                    .map(Uuid::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )));
    }
    tx.commit().await?;
    let view = view(
        &state,
        &author.identity,
        Some(&author.key),
        id,
        Some(number),
    )
    .await?;
    Ok((author, private(Json(view).into_response())).into_response())
}

/// Shares a draft: it is frozen, and the network operator and the council are asked.
#[utoipa::path(post, path = "/api/v1/energy-plans/{id}/versions/{number}/share", tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path)),
    responses((status = 200, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 409, body = Problem, content_type = "application/problem+json")))]
async fn share_version(
    State(state): State<AppState>,
    Path((id, number)): Path<(Uuid, i32)>,
    author: Author,
) -> Result<Response, ApiError> {
    as_group(&state, id, &author).await?;
    let mut tx = state.pool.begin().await?;
    match store::share(&mut tx, id, number).await? {
        Change::Done => {}
        Change::NotFound => return Err(ApiError::NotFound("version")),
        Change::NotDraft => return Err(shared_conflict()),
    }
    tx.commit().await?;
    let view = view(
        &state,
        &author.identity,
        Some(&author.key),
        id,
        Some(number),
    )
    .await?;
    Ok((author, private(Json(view).into_response())).into_response())
}

/// Starts the next draft from the latest version, once the operator and the council
/// have answered it.
#[utoipa::path(post, path = "/api/v1/energy-plans/{id}/versions", tag = "energy_plans",
    params(("id" = Uuid, Path)),
    responses((status = 201, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 409, body = Problem, content_type = "application/problem+json")))]
async fn next_version(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    author: Author,
) -> Result<Response, ApiError> {
    as_group(&state, id, &author).await?;
    let mut tx = state.pool.begin().await?;
    let number = match store::next_draft(&mut tx, id).await? {
        NextDraft::Created(n) => n,
        NextDraft::LatestNotAnswered => {
            return Err(ApiError::Conflict(Detail::new(
                "problem-detail-energy-plan-not-answered",
            )));
        }
    };
    tx.commit().await?;
    let view = view(
        &state,
        &author.identity,
        Some(&author.key),
        id,
        Some(number),
    )
    .await?;
    let response = (StatusCode::CREATED, Json(view)).into_response();
    Ok((author, private(response)).into_response())
}

/// The impact of a scenario on this energy plan's area, without saving it: what the
/// builder's sliders ask as they move. Exact figures for DNO engineers and admins, bands
/// and a traffic light from the band for everyone else.
#[utoipa::path(post, path = "/api/v1/energy-plans/{id}/impact", tag = "energy_plans",
    params(("id" = Uuid, Path)),
    request_body = PreviewBody,
    responses((status = 200, body = ImpactView),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
async fn preview_impact(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
    body: JsonBody<PreviewBody>,
) -> Result<Response, ApiError> {
    let (row, _, viewer) = visible(&state, id, &identity, author.as_deref()).await?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    check_scenario(&mut errors, &b.scenario);
    let dfes = dfes_name(&mut errors, b.dfes_scenario.as_deref());
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let mut conn = state.pool.acquire().await?;
    let ground = Ground::load(&mut conn, id, row.plan_id).await?;
    ground
        .check_places(&b.scenario)
        .map_err(ApiError::Validation)?;
    let impact = impact::compute(
        &state,
        &mut conn,
        &ground,
        &b.scenario,
        dfes.as_deref(),
        viewer.detail(),
    )
    .await?
    .map_err(ApiError::Validation)?;
    Ok(private(Json(ImpactView { impact }).into_response()))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CompareQuery {
    /// The earlier version's number.
    pub from: i32,
    /// The later version's number.
    pub to: i32,
}

/// What changed between two versions, and what that does to each substation in the
/// target year.
#[utoipa::path(get, path = "/api/v1/energy-plans/{id}/compare", tag = "energy_plans",
    params(("id" = Uuid, Path), CompareQuery),
    responses((status = 200, body = Comparison),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
async fn compare_versions(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    Query(q): Query<CompareQuery>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    let (row, versions, viewer) = visible(&state, id, &identity, author.as_deref()).await?;
    let find = |n: i32| {
        versions
            .iter()
            .find(|v| v.number == n)
            .ok_or(ApiError::NotFound("version"))
    };
    let (from, to) = (find(q.from)?, find(q.to)?);
    let old: Scenario =
        serde_json::from_value(from.scenario.clone()).map_err(ApiError::internal)?;
    let new: Scenario = serde_json::from_value(to.scenario.clone()).map_err(ApiError::internal)?;
    let mut conn = state.pool.acquire().await?;
    let ground = Ground::load(&mut conn, id, row.plan_id).await?;
    let detail = viewer.detail();
    let old_impact = impact::compute(
        &state,
        &mut conn,
        &ground,
        &old,
        from.dfes_scenario.as_deref(),
        detail,
    )
    .await?
    .map_err(ApiError::Validation)?;
    let new_impact = impact::compute(
        &state,
        &mut conn,
        &ground,
        &new,
        to.dfes_scenario.as_deref(),
        detail,
    )
    .await?
    .map_err(ApiError::Validation)?;
    Ok(private(
        Json(Comparison {
            from: q.from,
            to: q.to,
            changes: scenario_changes(&old, &new),
            substations: impact_changes(&old_impact, &new_impact),
        })
        .into_response(),
    ))
}

/// The version's number, loaded and checked as answerable: shared or answered.
async fn answerable(
    state: &AppState,
    id: Uuid,
    number: i32,
    identity: &Identity,
) -> Result<(store::EnergyPlanRow, store::VersionRow), ApiError> {
    let (row, versions, _) = visible(state, id, identity, None).await?;
    let version = versions
        .into_iter()
        .find(|v| v.number == number)
        .ok_or(ApiError::NotFound("version"))?;
    Ok((row, version))
}

/// Checks whether every substation and the council have answered, and if so marks the
/// version answered.
async fn settle(
    tx: &mut waymark_store::PgConnection,
    row: &store::EnergyPlanRow,
    version: Uuid,
) -> Result<(), ApiError> {
    let ground = Ground::load(tx, row.id, row.plan_id).await?;
    store::mark_answered_when_complete(tx, version, &ground.substations()).await?;
    Ok(())
}

/// The network operator answers a shared version for one primary substation it affects:
/// it fits, fits with a flexible connection, needs reinforcement (with a cost band and
/// the earliest year), or does not fit.
#[utoipa::path(put, path = "/api/v1/energy-plans/{id}/versions/{number}/answers/network/{substation}",
    tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path), ("substation" = Uuid, Path)),
    request_body = NetworkAnswerBody,
    responses((status = 200, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 409, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
async fn answer_network(
    State(state): State<AppState>,
    Path((id, number, substation)): Path<(Uuid, i32, Uuid)>,
    identity: Identity,
    body: JsonBody<NetworkAnswerBody>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::AnswerProposals, false)?;
    let user = identity.user()?.key();
    let b = body.value;
    validate_dno_answer(
        b.verdict,
        b.cost_band,
        b.earliest_year,
        b.note.as_deref().unwrap_or(""),
        this_year(),
    )
    .map_err(ApiError::Validation)?;
    let (row, version) = answerable(&state, id, number, &identity).await?;
    if version.status == "draft" {
        return Err(ApiError::NotFound("version"));
    }
    let mut tx = state.pool.begin().await?;
    let ground = Ground::load(&mut tx, id, row.plan_id).await?;
    if !ground.substations().contains(&substation) {
        return Err(ApiError::NotFound("substation"));
    }
    store::answer_network(
        &mut tx,
        version.id,
        &store::NewNetworkAnswer {
            substation,
            verdict: b.verdict.as_str(),
            cost_band: b.cost_band.map(CostBand::as_str),
            earliest_year: b.earliest_year,
            note: b.note.as_deref().unwrap_or("").trim(),
        },
        &user,
    )
    .await?;
    settle(&mut tx, &row, version.id).await?;
    tx.commit().await?;
    let view = view(&state, &identity, None, id, Some(number)).await?;
    Ok(private(Json(view).into_response()))
}

/// The council answers a shared version for its Local Area Energy Plan: aligned, partly
/// aligned, or in conflict, with a note.
#[utoipa::path(put, path = "/api/v1/energy-plans/{id}/versions/{number}/answers/laep",
    tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path)),
    request_body = LaepAnswerBody,
    responses((status = 200, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
async fn answer_laep(
    State(state): State<AppState>,
    Path((id, number)): Path<(Uuid, i32)>,
    identity: Identity,
    body: JsonBody<LaepAnswerBody>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::AnswerForLaep, false)?;
    let user = identity.user()?.key();
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let note = optional_text(&mut errors, "note", b.note.as_deref(), 2000);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let (row, version) = answerable(&state, id, number, &identity).await?;
    if version.status == "draft" {
        return Err(ApiError::NotFound("version"));
    }
    let mut tx = state.pool.begin().await?;
    store::answer_laep(&mut tx, version.id, b.verdict.as_str(), &note, &user).await?;
    settle(&mut tx, &row, version.id).await?;
    tx.commit().await?;
    let view = view(&state, &identity, None, id, Some(number)).await?;
    Ok(private(Json(view).into_response()))
}

/// The per-unit assumptions of a plan's energy plans, each with its source: what its
/// admin set, else the published default; a setting with neither is `null` and must be
/// set before any impact can be worked out.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/energy-assumptions", tag = "energy_plans",
    params(("plan" = String, Path)),
    responses((status = 200, body = AssumptionsView),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn get_assumptions(
    State(state): State<AppState>,
    Path(plan): Path<String>,
) -> Result<Json<AssumptionsView>, ApiError> {
    let row = waymark_store::plans::get(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let mut conn = state.pool.acquire().await?;
    let assumptions = impact::plan_assumptions(&mut conn, row.id).await?;
    Ok(Json(AssumptionsView {
        assumptions,
        published: Assumptions::published(),
    }))
}

/// Sets a plan's assumptions (admins). A setting left out takes the published default.
#[utoipa::path(put, path = "/api/v1/plans/{plan}/energy-assumptions", tag = "energy_plans",
    params(("plan" = String, Path)),
    request_body = AssumptionsBody,
    responses((status = 200, body = AssumptionsView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
async fn set_assumptions(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
    body: JsonBody<AssumptionsBody>,
) -> Result<Json<AssumptionsView>, ApiError> {
    identity.authorize(Action::ManagePlan, false)?;
    let set = body.value.assumptions;
    set.validate().map_err(ApiError::Validation)?;
    let value = serde_json::to_value(&set).map_err(ApiError::internal)?;
    if !store::set_assumptions(&state.pool, &plan, &value).await? {
        return Err(ApiError::NotFound("plan"));
    }
    get_assumptions(State(state), Path(plan)).await
}

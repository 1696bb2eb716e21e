//! Community-energy proposals with their feasibility screen, the operator's answers,
//! and the network data behind both (what each role may see is filtered in SQL).

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::energy::{
    Detail, DnoDecision, Feasibility, Headroom, Mover, ProjectFlows, ProposalStatus, Serving,
    Technology, screen,
};
use waymark_domain::{Action, Position, ValidationErrors};
use waymark_store::proposals::{self as store, CreateOutcome, ProposalRow};

use crate::auth::identity::{Author, Identity, KnownAuthor};
use crate::contributions::wire::{FeatureCollectionType, FeatureType};
use crate::error::Detail as ProblemDetail;
use crate::extract::{JsonBody, Path, Query};
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(network))
        .routes(routes!(list_proposals, create_proposal))
        .routes(routes!(get_proposal))
        .routes(routes!(proposal_feasibility))
        .routes(routes!(preview_feasibility))
        .routes(routes!(move_proposal))
        .routes(routes!(respond))
}

fn geojson(status: StatusCode, body: impl Serialize) -> Response {
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/geo+json"),
        )],
        Json(body),
    )
        .into_response()
}

/// The electricity network around a plan as GeoJSON: for the public, supply areas
/// with a red/amber/green label and coarse headroom bands; for DNO engineers and
/// admins, exact figures, substation points, the queue and constraint zones.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/network", tag = "network",
    params(("plan" = String, Path)),
    responses((status = 200, description = "A FeatureCollection", content_type = "application/geo+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn network(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
) -> Result<Response, ApiError> {
    waymark_store::plans::id(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let detailed = identity.authorize(Action::ViewNetworkDetail, false).is_ok();
    let mut conn = state.pool.acquire().await?;
    let features = waymark_store::network::features(&mut conn, detailed, None).await?;
    let mut response = geojson(
        StatusCode::OK,
        json!({
            "type": "FeatureCollection",
            "features": features,
            "detail": if detailed { "full" } else { "public" },
        }),
    );
    crate::caching::for_who_asks_only(response.headers_mut());
    Ok(response)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewProposalBody {
    #[schema(min_length = 1, max_length = 120, pattern = r"\S")]
    pub title: String,
    pub technology: Technology,
    #[schema(minimum = 0, maximum = 1_000_000)]
    pub capacity_kw: f64,
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1_000_000)]
    pub export_kw: f64,
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1_000_000)]
    pub import_kw: f64,
    /// 1 or 3 (default 3).
    #[schema(value_type = Option<u8>, minimum = 1, maximum = 3)]
    pub phases: Option<u8>,
    /// A GeoJSON Point or Polygon inside the plan.
    #[schema(value_type = Object)]
    pub site: Value,
    // Optional in Rust so that a missing or null name is named in the 422.
    #[schema(value_type = String, required = true, min_length = 1, max_length = 200, pattern = r"\S")]
    pub group_name: Option<String>,
    /// Left out or null when there is nothing to add.
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub description: Option<String>,
    /// Submit at once (default) or keep as a draft.
    #[serde(default)]
    pub draft: bool,
}

fn number(errors: &mut ValidationErrors, field: &str, v: f64) {
    if !v.is_finite() || !(0.0..=1_000_000.0).contains(&v) {
        errors.push(field, "a number of kW from 0 to 1,000,000");
    }
}

fn text(errors: &mut ValidationErrors, field: &str, v: &str, max: usize) -> String {
    let v = v.trim();
    if v.is_empty() || v.chars().count() > max {
        errors.push(field, format!("1 to {max} characters"));
    }
    v.to_owned()
}

/// Checks a site: a Point or Polygon with valid positions; returns its GeoJSON text.
pub(crate) fn site(errors: &mut ValidationErrors, site: &Value) -> String {
    let kind = site["type"].as_str().unwrap_or("");
    let positions: Vec<&Value> = match kind {
        "Point" => vec![&site["coordinates"]],
        "Polygon" => site["coordinates"]
            .as_array()
            .map(|rings| rings.iter().filter_map(Value::as_array).flatten().collect())
            .unwrap_or_default(),
        _ => {
            errors.push("site", "the site is a GeoJSON Point or Polygon");
            return String::new();
        }
    };
    if positions.is_empty() {
        errors.push("site", "the site has no coordinates");
    }
    // Each ring of an outline is closed and has at least three corners (RFC 7946, 3.1.6);
    // whether its sides cross is for PostGIS to say (store::proposals::create).
    if kind == "Polygon" {
        let rings = site["coordinates"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        let closed = |ring: &Value| {
            ring.as_array()
                .is_some_and(|r| r.len() >= 4 && r.first() == r.last())
        };
        if !rings.iter().all(closed) {
            errors.push(
                "site",
                "each ring of an outline has at least 4 positions and ends where it starts",
            );
        }
    }
    for p in positions {
        let coords: Vec<f64> = serde_json::from_value(p.clone()).unwrap_or_default();
        if let Err(e) = Position::from_coordinates("site.coordinates", &coords) {
            errors.0.extend(e.0);
            break;
        }
    }
    site.to_string()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProposalEvent {
    pub from_status: Option<String>,
    pub to_status: String,
    /// Who moved it: `user:<id>`.
    pub actor: String,
    pub note: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub at: OffsetDateTime,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DnoResponse {
    pub id: Uuid,
    pub decision: DnoDecision,
    pub cost_band: String,
    pub timescale: String,
    pub conditions: String,
    pub notes: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

/// A proposal as a GeoJSON Feature.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProposalFeature {
    #[serde(rename = "type")]
    pub type_: FeatureType,
    pub id: Uuid,
    /// The site: a GeoJSON Point or Polygon.
    #[schema(value_type = Object)]
    pub geometry: Value,
    pub properties: ProposalProperties,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProposalProperties {
    pub plan: String,
    pub title: String,
    #[schema(value_type = Technology)]
    pub technology: String,
    pub capacity_kw: f64,
    pub export_kw: f64,
    pub import_kw: f64,
    pub phases: i16,
    pub group_name: String,
    pub description: String,
    pub status: ProposalStatus,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
    /// The statuses the person asking may move the proposal to now, with
    /// `POST /api/v1/proposals/{id}/transitions`: its proposer's steps (submit, withdraw,
    /// go ahead) and, for DNO engineers and admins, the operator's (review, decide).
    /// Empty for everyone else, and once nothing more can happen.
    pub next_steps: Vec<ProposalStatus>,
    /// Every status change, oldest first (one proposal only, not in lists).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<ProposalEvent>>,
    /// The operator's answers, oldest first (one proposal only, not in lists).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responses: Option<Vec<DnoResponse>>,
}

/// A plan's proposals.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProposalCollection {
    #[serde(rename = "type")]
    pub type_: FeatureCollectionType,
    pub features: Vec<ProposalFeature>,
}

/// The parts the asker plays for a proposal: its proposer (the account that made it),
/// the network operator (DNO engineers and admins), both, or neither.
fn parts(identity: &Identity, asker: Option<&str>, proposer: &str) -> Vec<Mover> {
    let mut parts = Vec::new();
    if asker == Some(proposer) {
        parts.push(Mover::Proposer);
    }
    if identity.authorize(Action::AnswerProposals, false).is_ok() {
        parts.push(Mover::Operator);
    }
    parts
}

fn feature(
    row: ProposalRow,
    parts: &[Mover],
    extra: Option<(Vec<ProposalEvent>, Vec<DnoResponse>)>,
) -> Result<ProposalFeature, ApiError> {
    let status: ProposalStatus = row.status.parse().map_err(ApiError::internal)?;
    let (history, responses) = extra.unzip();
    Ok(ProposalFeature {
        type_: FeatureType::Feature,
        id: row.id,
        geometry: row.site,
        properties: ProposalProperties {
            plan: row.plan,
            title: row.title,
            technology: row.technology,
            capacity_kw: row.capacity_kw,
            export_kw: row.export_kw,
            import_kw: row.import_kw,
            phases: row.phases,
            group_name: row.group_name,
            description: row.description,
            status,
            created_at: row.created_at,
            updated_at: row.updated_at,
            next_steps: status.next_steps(parts),
            history,
            responses,
        },
    })
}

/// A plan's proposals (drafts only for their authors, DNO engineers and admins), each
/// with the `next_steps` the person asking may take.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/proposals", tag = "proposals",
    params(("plan" = String, Path)),
    responses((status = 200, description = "A FeatureCollection", body = ProposalCollection, content_type = "application/geo+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn list_proposals(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    let all_drafts = identity.authorize(Action::AnswerProposals, false).is_ok();
    let rows = store::list(&state.pool, &plan, author.as_deref(), all_drafts).await?;
    if rows.is_empty()
        && waymark_store::plans::id(&state.pool, &plan)
            .await?
            .is_none()
    {
        return Err(ApiError::NotFound("plan"));
    }
    let features = rows
        .into_iter()
        .map(|r| {
            let parts = parts(&identity, author.as_deref(), &r.author_key);
            feature(r, &parts, None)
        })
        .collect::<Result<_, _>>()?;
    Ok(geojson(
        StatusCode::OK,
        ProposalCollection {
            type_: FeatureCollectionType::FeatureCollection,
            features,
        },
    ))
}

/// Proposes a community-energy project (signed-in people). It is submitted at once
/// unless `draft` is true.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/proposals", tag = "proposals",
    params(("plan" = String, Path)),
    request_body = NewProposalBody,
    responses(
        (status = 201, description = "The proposal, as a GeoJSON Feature", body = ProposalFeature, content_type = "application/geo+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn create_proposal(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    author: Author,
    body: JsonBody<NewProposalBody>,
) -> Result<Response, ApiError> {
    author.identity.authorize(Action::ManageOwnAccount, false)?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let title = text(&mut errors, "title", &b.title, 120);
    let group = text(
        &mut errors,
        "group_name",
        b.group_name.as_deref().unwrap_or(""),
        200,
    );
    let description = b.description.as_deref().unwrap_or("").trim();
    number(&mut errors, "capacity_kw", b.capacity_kw);
    number(&mut errors, "export_kw", b.export_kw);
    number(&mut errors, "import_kw", b.import_kw);
    if description.chars().count() > 4000 {
        errors.push("description", "4000 characters or fewer");
    }
    let phases = errors
        .check(waymark_domain::energy::phases(b.phases))
        .unwrap_or(3);
    let site = site(&mut errors, &b.site);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let new = store::NewProposal {
        title: &title,
        technology: b.technology.as_str(),
        capacity_kw: b.capacity_kw,
        export_kw: b.export_kw,
        import_kw: b.import_kw,
        phases: i16::from(phases),
        site: &site,
        group_name: &group,
        description,
        status: if b.draft { "draft" } else { "submitted" },
    };
    let mut tx = state.pool.begin().await?;
    let row = match store::create(&mut tx, &plan, &new, &author.key, None).await? {
        CreateOutcome::Created(row) => *row,
        CreateOutcome::PlanNotFound => return Err(ApiError::NotFound("plan")),
        CreateOutcome::InvalidSite => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "site",
                "the outline crosses itself; draw it again with sides that do not cross",
            )));
        }
        CreateOutcome::OutsidePlan => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "site",
                "choose a site inside the plan's area",
            )));
        }
    };
    tx.commit().await?;
    let location = HeaderValue::from_str(&format!("/api/v1/proposals/{}", row.id))
        .map_err(ApiError::internal)?;
    let parts = parts(&author.identity, Some(&author.key), &row.author_key);
    let mut response = geojson(StatusCode::CREATED, feature(row, &parts, None)?);
    response.headers_mut().insert(header::LOCATION, location);
    Ok((author, response).into_response())
}

/// Loads a proposal the asker may see, with the parts they play for it.
async fn visible(
    state: &AppState,
    id: Uuid,
    identity: &Identity,
    author: Option<&str>,
) -> Result<(ProposalRow, Vec<Mover>), ApiError> {
    let row = store::get(&state.pool, id, true)
        .await?
        .ok_or(ApiError::NotFound("proposal"))?;
    let parts = parts(identity, author, &row.author_key);
    // A draft is its group's own, and the operator's (who may see every draft).
    if row.status == "draft" && parts.is_empty() {
        return Err(ApiError::NotFound("proposal"));
    }
    Ok((row, parts))
}

/// One proposal with its history, the operator's responses, and the `next_steps` the
/// person asking may take now: its proposer may submit a draft, withdraw it, or say it
/// is going ahead after a positive answer; a DNO engineer or admin may review and
/// decide. Anyone else is offered none.
#[utoipa::path(get, path = "/api/v1/proposals/{id}", tag = "proposals",
    params(("id" = Uuid, Path)),
    responses((status = 200, description = "A GeoJSON Feature", body = ProposalFeature, content_type = "application/geo+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn get_proposal(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    let (row, parts) = visible(&state, id, &identity, author.as_deref()).await?;
    let history = store::history(&state.pool, id)
        .await?
        .into_iter()
        .map(|e| ProposalEvent {
            from_status: e.from_status,
            to_status: e.to_status,
            actor: e.actor,
            note: e.note,
            at: e.at,
        })
        .collect();
    let responses = store::responses(&state.pool, id)
        .await?
        .into_iter()
        .map(|r| {
            Ok(DnoResponse {
                id: r.id,
                decision: r.decision.parse().map_err(ApiError::internal)?,
                cost_band: r.cost_band,
                timescale: r.timescale,
                conditions: r.conditions,
                notes: r.notes,
                created_at: r.created_at,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(geojson(
        StatusCode::OK,
        feature(row, &parts, Some((history, responses)))?,
    ))
}

/// Screens a site for the person asking: exact figures for those who may see the
/// network in detail, bands for everyone else. The answer depends on who asks, so
/// no shared cache may keep it.
async fn run_screen(
    state: &AppState,
    identity: &Identity,
    flows: ProjectFlows,
    lon: f64,
    lat: f64,
) -> Result<Response, ApiError> {
    let detail = if identity.authorize(Action::ViewNetworkDetail, false).is_ok() {
        Detail::Exact
    } else {
        Detail::Banded
    };
    let serving = match waymark_store::network::serving(&state.pool, lon, lat).await? {
        None => Serving::Unknown,
        Some(s) => {
            let headroom = Headroom {
                substation: s.name,
                demand_headroom_mva: s.demand_headroom_mva,
                generation_headroom_mw: s.generation_headroom_mw,
                queued_generation_mw: s.queued_generation_mw,
            };
            if s.in_supply_area {
                Serving::SupplyArea(headroom)
            } else {
                Serving::Nearest {
                    headroom,
                    distance_m: s.distance_m,
                }
            }
        }
    };
    let result =
        FeasibilityResult::from(screen(flows, &serving, &state.config.feasibility, detail));
    let mut response = Json(result).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    response.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("cookie, authorization"),
    );
    Ok(response)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FeasibilityResult {
    /// `green`, `amber` or `red`. Without network detail it is worked out from the
    /// headroom band alone.
    pub rag: String,
    pub substation: Option<String>,
    pub explanation: String,
    /// Each comparison: `name` (`export`, `import`, `small_generation`), `rag`,
    /// `needed` (MW or MVA, to the kW), `band` (what is left, as the network layers
    /// say it), and `available` (the exact figure) only for DNO engineers and admins.
    #[schema(value_type = Vec<Object>)]
    pub checks: Value,
}

impl From<Feasibility> for FeasibilityResult {
    fn from(f: Feasibility) -> Self {
        Self {
            rag: f.rag.as_str().to_owned(),
            substation: f.substation,
            explanation: f.explanation,
            checks: json!(f.checks),
        }
    }
}

/// The network feasibility screen of a saved proposal.
#[utoipa::path(get, path = "/api/v1/proposals/{id}/feasibility", tag = "proposals",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = FeasibilityResult), (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn proposal_feasibility(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    let (row, _) = visible(&state, id, &identity, author.as_deref()).await?;
    let flows = ProjectFlows {
        technology: row.technology.parse().map_err(ApiError::internal)?,
        export_kw: row.export_kw,
        import_kw: row.import_kw,
        phases: u8::try_from(row.phases).unwrap_or(3),
    };
    run_screen(&state, &identity, flows, row.site_lon, row.site_lat).await
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PreviewParams {
    #[param(minimum = -180, maximum = 180)]
    lon: f64,
    #[param(minimum = -90, maximum = 90)]
    lat: f64,
    technology: Technology,
    #[serde(default)]
    #[param(minimum = 0, maximum = 1_000_000)]
    export_kw: f64,
    #[serde(default)]
    #[param(minimum = 0, maximum = 1_000_000)]
    import_kw: f64,
    /// 1 or 3 (default 3).
    #[param(minimum = 1, maximum = 3)]
    phases: Option<u8>,
}

/// The feasibility screen for a site that is not saved yet, so the result can follow
/// the pin as it moves.
#[utoipa::path(get, path = "/api/v1/feasibility", tag = "proposals",
    params(PreviewParams),
    responses((status = 200, body = FeasibilityResult), (status = 400, body = Problem, content_type = "application/problem+json")))]
async fn preview_feasibility(
    State(state): State<AppState>,
    identity: Identity,
    Query(p): Query<PreviewParams>,
) -> Result<Response, ApiError> {
    let position = Position::new("lon/lat", p.lon, p.lat).map_err(ApiError::InvalidParameter)?;
    let mut errors = ValidationErrors::default();
    number(&mut errors, "export_kw", p.export_kw);
    number(&mut errors, "import_kw", p.import_kw);
    let phases = errors
        .check(waymark_domain::energy::phases(p.phases))
        .unwrap_or(3);
    if !errors.is_empty() {
        return Err(ApiError::InvalidParameter(errors));
    }
    let flows = ProjectFlows {
        technology: p.technology,
        export_kw: p.export_kw,
        import_kw: p.import_kw,
        phases,
    };
    run_screen(&state, &identity, flows, position.lon(), position.lat()).await
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct MoveBody {
    /// The new status: `submitted`, `under_review`, `withdrawn` or `going_ahead`.
    pub to: ProposalStatus,
    pub note: Option<String>,
}

/// Moves a proposal along its workflow. The proposer submits, withdraws or goes ahead;
/// a DNO engineer puts it under review. Anything else is a 409. The steps a person may
/// take now are the proposal's `next_steps`.
#[utoipa::path(post, path = "/api/v1/proposals/{id}/transitions", tag = "proposals",
    params(("id" = Uuid, Path)),
    request_body = MoveBody,
    responses(
        (status = 200, description = "The proposal now", body = ProposalFeature, content_type = "application/geo+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not a step the workflow allows", body = Problem, content_type = "application/problem+json"),
    ))]
async fn move_proposal(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
    body: JsonBody<MoveBody>,
) -> Result<Response, ApiError> {
    let actor = author.ok_or(ApiError::Unauthorized("problem-detail-unauthorized"))?;
    let mut tx = state.pool.begin().await?;
    let (status, owner) = store::lock(&mut tx, id)
        .await?
        .ok_or(ApiError::NotFound("proposal"))?;
    let parts = parts(&identity, Some(&actor), &owner);
    if parts.is_empty() {
        return Err(ApiError::Forbidden("problem-detail-proposal-who-moves"));
    }
    let from: ProposalStatus = status.parse().map_err(ApiError::internal)?;
    let to = body.value.to;
    if !from.can_move_as(to, &parts) {
        return Err(ApiError::Conflict(
            ProblemDetail::new("problem-detail-proposal-step")
                .arg("from", from)
                .arg("to", to),
        ));
    }
    let note = body
        .value
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    store::transition(&mut tx, id, from.as_str(), to.as_str(), &actor, note, None).await?;
    tx.commit().await?;
    let row = store::get(&state.pool, id, true)
        .await?
        .ok_or(ApiError::NotFound("proposal"))?;
    Ok(geojson(StatusCode::OK, feature(row, &parts, None)?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ResponseBody {
    pub decision: DnoDecision,
    /// e.g. "under £10k", "£10k–£50k", "£50k–£250k", "over £250k".
    pub cost_band: String,
    /// e.g. "under 3 months", "3–12 months", "1–2 years", "over 2 years".
    pub timescale: String,
    #[serde(default)]
    pub conditions: String,
    #[serde(default)]
    pub notes: String,
}

/// A DNO engineer answers a proposal; its status becomes the decision.
#[utoipa::path(post, path = "/api/v1/proposals/{id}/responses", tag = "proposals",
    params(("id" = Uuid, Path)),
    request_body = ResponseBody,
    responses(
        (status = 201, body = DnoResponse),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
async fn respond(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    body: JsonBody<ResponseBody>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::AnswerProposals, false)?;
    let actor = identity.user()?.key();
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let cost_band = text(&mut errors, "cost_band", &b.cost_band, 100);
    let timescale = text(&mut errors, "timescale", &b.timescale, 100);
    if b.conditions.chars().count() > 4000 || b.notes.chars().count() > 4000 {
        errors.push("notes", "4000 characters or fewer");
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let mut tx = state.pool.begin().await?;
    let (status, _) = store::lock(&mut tx, id)
        .await?
        .ok_or(ApiError::NotFound("proposal"))?;
    let from: ProposalStatus = status.parse().map_err(ApiError::internal)?;
    let to = ProposalStatus::from(b.decision);
    if !from.can_move(to, Mover::Operator) {
        return Err(ApiError::Conflict(
            ProblemDetail::new("problem-detail-proposal-answer")
                .arg("from", from)
                .arg("to", to),
        ));
    }
    let row = store::add_response(
        &mut tx,
        id,
        b.decision.as_str(),
        &cost_band,
        &timescale,
        b.conditions.trim(),
        b.notes.trim(),
        &actor,
        None,
    )
    .await?;
    store::transition(
        &mut tx,
        id,
        from.as_str(),
        to.as_str(),
        &actor,
        Some("answered by the network operator"),
        None,
    )
    .await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(DnoResponse {
            id: row.id,
            decision: b.decision,
            cost_band: row.cost_band,
            timescale: row.timescale,
            conditions: row.conditions,
            notes: row.notes,
            created_at: row.created_at,
        }),
    )
        .into_response())
}

//! Community energy projects: a proposal that goes ahead becomes a project (or a group
//! starts one by itself), with its story, site, stage, team, milestones, updates and
//! figures. Only its team (and admins) edit it; stage moves follow one table
//! (`waymark_domain::project::Stage`), and a move that skips a stage is a 409.

mod champions;
mod library;
mod uploads;
mod volunteers;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::energy::Technology;
use waymark_domain::outcome::Month;
use waymark_domain::project::{self as rules, ChecklistStep, Figures, Stage};
use waymark_domain::{Action, Role, ValidationErrors};
use waymark_store::projects::{self as store, CreateOutcome, FromProposal, ProjectRow};

use crate::auth::identity::Identity;
use crate::error::Detail;
use crate::extract::{JsonBody, Path};
use crate::{ApiError, AppState, Problem};

pub use volunteers::pages;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_projects, create_project))
        .routes(routes!(project_from_proposal, proposal_project))
        .routes(routes!(get_project, patch_project))
        .routes(routes!(project_by_slug))
        .routes(routes!(move_stage))
        .routes(routes!(add_member))
        .routes(routes!(add_milestone))
        .routes(routes!(post_update))
        .routes(routes!(put_generation))
        .routes(routes!(import_generation))
        .routes(routes!(set_checklist_step))
        .routes(routes!(follow_project))
        .routes(routes!(totals))
        .merge(volunteers::router())
        .merge(champions::router())
        .merge(library::router())
        .merge(uploads::router())
}

/// A project as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Project {
    pub id: Uuid,
    pub plan: String,
    pub slug: String,
    /// The proposal it grew from, if any.
    pub proposal: Option<Uuid>,
    pub title: String,
    pub story: String,
    pub technology: Technology,
    pub rooftop: bool,
    /// The site: a GeoJSON Point or Polygon.
    #[schema(value_type = Object)]
    pub site: Value,
    pub stage: Stage,
    pub kwp: Option<f64>,
    pub homes_served: Option<i32>,
    pub buildings_served: Option<i32>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

/// One project with everything its page shows.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProjectPage {
    #[serde(flatten)]
    pub project: Project,
    /// Whether the person asking is on the team (or an admin): they may edit.
    pub can_edit: bool,
    /// The stages the team may move it to now (empty for everyone else).
    pub next_stages: Vec<Stage>,
    pub team: Vec<TeamMember>,
    pub milestones: Vec<Milestone>,
    pub updates: Vec<ProjectUpdate>,
    pub generation: Vec<GenerationMonth>,
    pub roles: Vec<volunteers::VolunteerRole>,
    pub documents: Vec<uploads::Document>,
    /// The checklist steps done.
    pub checklist: Vec<ChecklistStep>,
    pub history: Vec<StageMove>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TeamMember {
    /// The name the person chose to show; none when they chose none.
    pub display_name: Option<String>,
    /// `lead` or `member`.
    pub role: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Milestone {
    pub id: Uuid,
    pub title: String,
    /// `YYYY-MM`.
    pub due_month: Option<String>,
    /// `YYYY-MM-DD`.
    #[schema(value_type = Option<String>, format = Date)]
    pub done_on: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProjectUpdate {
    pub id: Uuid,
    /// `YYYY-MM-DD`.
    #[schema(value_type = String, format = Date)]
    pub posted_on: String,
    pub text: String,
    pub photo: Option<uploads::Photo>,
}

fn update(project: Uuid, u: store::Update) -> ProjectUpdate {
    ProjectUpdate {
        id: u.id,
        posted_on: date_text(u.posted_on),
        text: u.text,
        photo: u.photo_file_id.map(|file| uploads::Photo {
            url: uploads::file_url(project, file),
            alt: u.photo_alt.unwrap_or_default(),
        }),
    }
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct GenerationMonth {
    /// `YYYY-MM`.
    pub month: String,
    pub kwh: f64,
    /// `entered` or `imported` (absent when sending).
    #[serde(default, skip_deserializing)]
    pub source: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StageMove {
    pub from: Option<Stage>,
    pub to: Stage,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub at: OffsetDateTime,
}

fn project(row: ProjectRow) -> Result<Project, ApiError> {
    Ok(Project {
        id: row.id,
        plan: row.plan,
        slug: row.slug,
        proposal: row.proposal_id,
        title: row.title,
        story: row.story,
        technology: row.technology.parse().map_err(ApiError::internal)?,
        rooftop: row.rooftop,
        site: row.site,
        stage: row.stage.parse().map_err(ApiError::internal)?,
        kwp: row.kwp,
        homes_served: row.homes_served,
        buildings_served: row.buildings_served,
        updated_at: row.updated_at,
    })
}

/// A day as `YYYY-MM-DD` (the `time` crate's own serde form is a tuple).
fn date_text(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

fn month_text(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), u8::from(d.month()))
}

fn month_date(m: Month) -> Result<Date, ApiError> {
    let month = time::Month::try_from(m.month()).map_err(ApiError::internal)?;
    Date::from_calendar_date(m.year(), month, 1).map_err(ApiError::internal)
}

/// Whether the person asking may edit the project: its team, and admins.
async fn may_edit(state: &AppState, identity: &Identity, id: Uuid) -> Result<bool, ApiError> {
    Ok(match &identity.0 {
        Some(user) if user.role == Role::Admin => true,
        Some(user) => store::is_team(&state.pool, id, user.id).await?,
        None => false,
    })
}

/// Loads a project and checks that the person asking is on its team (or an admin):
/// 401 without an account, 403 for anyone else, 404 when there is no such project.
async fn for_team(
    state: &AppState,
    identity: &Identity,
    id: Uuid,
) -> Result<(ProjectRow, Uuid), ApiError> {
    let user = identity.user()?.id;
    let row = store::get(&state.pool, id)
        .await?
        .ok_or(ApiError::NotFound("project"))?;
    if !may_edit(state, identity, id).await? {
        return Err(ApiError::Forbidden("problem-detail-project-team"));
    }
    Ok((row, user))
}

async fn page(
    state: &AppState,
    identity: &Identity,
    row: ProjectRow,
) -> Result<ProjectPage, ApiError> {
    let id = row.id;
    let can_edit = may_edit(state, identity, id).await?;
    let project = project(row)?;
    let team = store::team(&state.pool, id)
        .await?
        .into_iter()
        .map(|m| TeamMember {
            display_name: m.display_name,
            role: m.role,
        })
        .collect();
    let milestones = store::milestones(&state.pool, id)
        .await?
        .into_iter()
        .map(|m| Milestone {
            id: m.id,
            title: m.title,
            due_month: m.due_month.map(month_text),
            done_on: m.done_on.map(date_text),
        })
        .collect();
    let updates = store::updates(&state.pool, id)
        .await?
        .into_iter()
        .map(|u| update(id, u))
        .collect();
    let generation = store::generation(&state.pool, id)
        .await?
        .into_iter()
        .map(|g| GenerationMonth {
            month: month_text(g.month),
            kwh: g.kwh,
            source: g.source,
        })
        .collect();
    let roles = volunteers::roles(state, id).await?;
    let documents = uploads::documents(state, id).await?;
    let checklist = store::checklist(&state.pool, id)
        .await?
        .iter()
        .map(|s| s.parse())
        .collect::<Result<_, _>>()
        .map_err(ApiError::internal)?;
    let history = store::stage_moves(&state.pool, id)
        .await?
        .into_iter()
        .map(|m| {
            Ok(StageMove {
                from: m.from_stage.map(|s| s.parse()).transpose()?,
                to: m.to_stage.parse()?,
                at: m.at,
            })
        })
        .collect::<Result<_, ValidationErrors>>()
        .map_err(ApiError::internal)?;
    Ok(ProjectPage {
        next_stages: if can_edit {
            project.stage.next_steps()
        } else {
            Vec::new()
        },
        project,
        can_edit,
        team,
        milestones,
        updates,
        generation,
        roles,
        documents,
        checklist,
        history,
    })
}

/// A plan's projects, newest first.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/projects", tag = "projects",
    params(("plan" = String, Path)),
    responses((status = 200, body = Vec<Project>),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn list_projects(
    State(state): State<AppState>,
    Path(plan): Path<String>,
) -> Result<Json<Vec<Project>>, ApiError> {
    let rows = store::list(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    Ok(Json(
        rows.into_iter().map(project).collect::<Result<_, _>>()?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewProject {
    #[schema(min_length = 1, max_length = 120)]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 8000)]
    pub story: Option<String>,
    pub technology: Technology,
    /// On a roof: its kWp is then held to a rooftop's bound.
    #[serde(default)]
    pub rooftop: bool,
    /// A GeoJSON Point or Polygon inside the plan.
    #[schema(value_type = Object)]
    pub site: Value,
    pub kwp: Option<f64>,
    pub homes_served: Option<i64>,
    pub buildings_served: Option<i64>,
}

fn text(errors: &mut ValidationErrors, field: &str, v: &str, min: usize, max: usize) -> String {
    let v = v.trim();
    let n = v.chars().count();
    if n < min || n > max {
        errors.push(field, format!("{min} to {max} characters"));
    }
    v.to_owned()
}

fn count(v: Option<i64>) -> Option<i32> {
    v.and_then(|v| i32::try_from(v).ok())
}

/// Starts a project without a proposal (a retrofit club, a bulk-buy): anyone signed in,
/// who then leads its team.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/projects", tag = "projects",
    params(("plan" = String, Path)),
    request_body = NewProject,
    responses(
        (status = 201, body = Project),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn create_project(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
    body: JsonBody<NewProject>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let user = identity.user()?.id;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let title = text(&mut errors, "title", &b.title, 1, 120);
    let story = text(
        &mut errors,
        "story",
        b.story.as_deref().unwrap_or(""),
        0,
        8000,
    );
    let figures = errors.check(
        Figures {
            kwp: b.kwp,
            homes_served: b.homes_served,
            buildings_served: b.buildings_served,
        }
        .check(b.rooftop),
    );
    let site = crate::proposals::site(&mut errors, &b.site);
    let Some(figures) = figures.filter(|_| errors.is_empty()) else {
        return Err(ApiError::Validation(errors));
    };
    let slug = rules::slugify(&title);
    let new = store::NewProject {
        slug: &slug,
        title: &title,
        story: &story,
        technology: b.technology.as_str(),
        rooftop: b.rooftop,
        site: &site,
        kwp: figures.kwp,
        homes_served: count(figures.homes_served),
        buildings_served: count(figures.buildings_served),
    };
    let mut tx = state.pool.begin().await?;
    let row = match store::create(&mut tx, &plan, &new, user).await? {
        CreateOutcome::Created(row) => *row,
        CreateOutcome::PlanNotFound => return Err(ApiError::NotFound("plan")),
        CreateOutcome::OutsidePlan => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "site",
                "choose a site inside the plan's area",
            )));
        }
        CreateOutcome::InvalidSite => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "site",
                "the outline crosses itself; draw it again with sides that do not cross",
            )));
        }
    };
    tx.commit().await?;
    created(row)
}

fn created(row: ProjectRow) -> Result<Response, ApiError> {
    let location = HeaderValue::from_str(&format!("/api/v1/projects/{}", row.id))
        .map_err(ApiError::internal)?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(project(row)?),
    )
        .into_response())
}

/// Turns a proposal that is going ahead into a project: its proposer only, once.
#[utoipa::path(post, path = "/api/v1/proposals/{id}/project", tag = "projects",
    params(("id" = Uuid, Path)),
    responses(
        (status = 201, body = Project),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
async fn project_from_proposal(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
) -> Result<Response, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let user = identity.user()?.id;
    let mut tx = state.pool.begin().await?;
    let title: Option<String> = waymark_store::proposals::get(&mut *tx, id, true)
        .await?
        .map(|p| p.title);
    let slug = rules::slugify(title.as_deref().unwrap_or(""));
    let row = match store::from_proposal(&mut tx, id, user, &slug).await? {
        FromProposal::Created(row) => *row,
        FromProposal::NotFound => return Err(ApiError::NotFound("proposal")),
        FromProposal::NotProposer => {
            return Err(ApiError::Forbidden("problem-detail-project-proposer"));
        }
        FromProposal::NotGoingAhead => {
            return Err(ApiError::Conflict(Detail::new(
                "problem-detail-project-not-going-ahead",
            )));
        }
        FromProposal::Exists(slug) => {
            return Err(ApiError::Conflict(
                Detail::new("problem-detail-project-exists").arg("slug", slug),
            ));
        }
    };
    tx.commit().await?;
    created(row)
}

/// What became of a proposal: the project it became, if any, and whether the person
/// asking may turn it into one now (its proposer, once it is going ahead, once only).
#[derive(Debug, Serialize, ToSchema)]
pub struct ProposalProject {
    pub project: Option<Project>,
    pub can_create: bool,
}

/// The project a proposal became, and whether the person asking may start it now: the
/// proposal's page offers "Turn into a project" only when the server says so.
#[utoipa::path(get, path = "/api/v1/proposals/{id}/project", tag = "projects",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = ProposalProject),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn proposal_project(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
) -> Result<Response, ApiError> {
    let proposal = waymark_store::proposals::get(&state.pool, id, false)
        .await?
        .ok_or(ApiError::NotFound("proposal"))?;
    let existing = store::list(&state.pool, &proposal.plan)
        .await?
        .unwrap_or_default()
        .into_iter()
        .find(|row| row.proposal_id == Some(id))
        .map(project)
        .transpose()?;
    let proposer = identity
        .0
        .as_ref()
        .is_some_and(|user| proposal.author_key == format!("user:{}", user.id));
    let can_create = existing.is_none() && proposer && proposal.status == "going_ahead";
    personal(Json(ProposalProject {
        project: existing,
        can_create,
    }))
}

/// One project with its team, milestones, updates, generation, volunteer roles,
/// checklist and stage history; `can_edit` and `next_stages` say what the person asking
/// may do.
#[utoipa::path(get, path = "/api/v1/projects/{id}", tag = "projects",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = ProjectPage),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn get_project(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
) -> Result<Response, ApiError> {
    let row = store::get(&state.pool, id)
        .await?
        .ok_or(ApiError::NotFound("project"))?;
    personal(Json(page(&state, &identity, row).await?))
}

/// The same, by the plan's and the project's slugs (the page `/p/{plan}/projects/{slug}`).
#[utoipa::path(get, path = "/api/v1/plans/{plan}/projects/{slug}", tag = "projects",
    params(("plan" = String, Path), ("slug" = String, Path)),
    responses((status = 200, body = ProjectPage),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn project_by_slug(
    State(state): State<AppState>,
    Path((plan, slug)): Path<(String, String)>,
    identity: Identity,
) -> Result<Response, ApiError> {
    let row = store::get_by_slug(&state.pool, &plan, &slug)
        .await?
        .ok_or(ApiError::NotFound("project"))?;
    personal(Json(page(&state, &identity, row).await?))
}

/// An answer that depends on who asks: no shared cache may keep it.
fn personal(body: impl IntoResponse) -> Result<Response, ApiError> {
    let mut response = body.into_response();
    crate::caching::for_who_asks_only(response.headers_mut());
    Ok(response)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectChange {
    #[schema(min_length = 1, max_length = 120)]
    pub title: Option<String>,
    #[schema(max_length = 8000)]
    pub story: Option<String>,
    pub rooftop: Option<bool>,
    pub kwp: Option<f64>,
    pub homes_served: Option<i64>,
    pub buildings_served: Option<i64>,
}

/// Changes the story or figures (the team). Negative or implausible figures (a 50 MW
/// rooftop) are a 422 naming the field.
#[utoipa::path(patch, path = "/api/v1/projects/{id}", tag = "projects",
    params(("id" = Uuid, Path)),
    request_body = ProjectChange,
    responses(
        (status = 200, body = Project),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn patch_project(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    body: JsonBody<ProjectChange>,
) -> Result<Json<Project>, ApiError> {
    let (row, _) = for_team(&state, &identity, id).await?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let title = b
        .title
        .as_deref()
        .map(|t| text(&mut errors, "title", t, 1, 120));
    let story = b
        .story
        .as_deref()
        .map(|t| text(&mut errors, "story", t, 0, 8000));
    let rooftop = b.rooftop.unwrap_or(row.rooftop);
    // The kWp already kept is checked again when the project becomes a rooftop.
    let figures = errors.check(
        Figures {
            kwp: b.kwp.or(b.rooftop.and(row.kwp)),
            homes_served: b.homes_served,
            buildings_served: b.buildings_served,
        }
        .check(rooftop),
    );
    let Some(figures) = figures.filter(|_| errors.is_empty()) else {
        return Err(ApiError::Validation(errors));
    };
    let patch = store::ProjectPatch {
        title: title.as_deref(),
        story: story.as_deref(),
        kwp: figures.kwp,
        homes_served: count(figures.homes_served),
        buildings_served: count(figures.buildings_served),
        rooftop: b.rooftop,
    };
    store::update(&state.pool, id, &patch).await?;
    let row = store::get(&state.pool, id)
        .await?
        .ok_or(ApiError::NotFound("project"))?;
    Ok(Json(project(row)?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StageChange {
    pub to: Stage,
}

/// Moves the project to the next stage, or one back (the team). A move the stage
/// table does not have (skipping a stage) is a 409 naming the allowed ones.
#[utoipa::path(post, path = "/api/v1/projects/{id}/stage", tag = "projects",
    params(("id" = Uuid, Path)),
    request_body = StageChange,
    responses(
        (status = 200, body = Project),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
async fn move_stage(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    body: JsonBody<StageChange>,
) -> Result<Json<Project>, ApiError> {
    let (row, user) = for_team(&state, &identity, id).await?;
    let from: Stage = row.stage.parse().map_err(ApiError::internal)?;
    let to = body.value.to;
    let refused = || {
        ApiError::Conflict(
            Detail::new("problem-detail-project-stage")
                .arg("from", from)
                .arg("to", to),
        )
    };
    if !from.can_move(to) {
        return Err(refused());
    }
    let mut tx = state.pool.begin().await?;
    if !store::move_stage(&mut tx, id, from.as_str(), to.as_str(), user).await? {
        // Someone else moved it meanwhile.
        return Err(refused());
    }
    tx.commit().await?;
    let row = store::get(&state.pool, id)
        .await?
        .ok_or(ApiError::NotFound("project"))?;
    Ok(Json(project(row)?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMember {
    /// The e-mail address of the account to add.
    #[schema(format = Email)]
    pub email: String,
}

/// Adds an account to the team (the team), by its e-mail address.
#[utoipa::path(post, path = "/api/v1/projects/{id}/team", tag = "projects",
    params(("id" = Uuid, Path)),
    request_body = NewMember,
    responses(
        (status = 204, description = "On the team"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn add_member(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    body: JsonBody<NewMember>,
) -> Result<StatusCode, ApiError> {
    for_team(&state, &identity, id).await?;
    let mut conn = state.pool.acquire().await?;
    if store::add_member(&mut conn, id, body.value.email.trim()).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::Validation(ValidationErrors::one(
            "email",
            "no account has this address: ask them to sign up first",
        )))
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMilestone {
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    /// `YYYY-MM`.
    pub due_month: Option<String>,
    /// When it was reached, `YYYY-MM-DD`.
    #[schema(value_type = Option<String>, format = Date)]
    pub done_on: Option<String>,
}

/// Adds a milestone (the team).
#[utoipa::path(post, path = "/api/v1/projects/{id}/milestones", tag = "projects",
    params(("id" = Uuid, Path)),
    request_body = NewMilestone,
    responses(
        (status = 201, body = Milestone),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn add_milestone(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    body: JsonBody<NewMilestone>,
) -> Result<(StatusCode, Json<Milestone>), ApiError> {
    for_team(&state, &identity, id).await?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let title = text(&mut errors, "title", &b.title, 1, 200);
    let due = b
        .due_month
        .as_deref()
        .and_then(|m| errors.check(Month::parse("due_month", m)));
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let done = b.done_on.as_deref().and_then(|d| {
        Date::parse(d.trim(), format)
            .map_err(|_| errors.push("done_on", "a date as YYYY-MM-DD"))
            .ok()
    });
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let due = due.map(month_date).transpose()?;
    let milestone = store::add_milestone(&state.pool, id, &title, due, done).await?;
    Ok((
        StatusCode::CREATED,
        Json(Milestone {
            id: milestone,
            title,
            due_month: due.map(month_text),
            done_on: done.map(date_text),
        }),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUpdate {
    #[schema(min_length = 1, max_length = 4000)]
    pub text: String,
}

/// Posts a dated update (the team); followers get it in their monthly mail.
#[utoipa::path(post, path = "/api/v1/projects/{id}/updates", tag = "projects",
    params(("id" = Uuid, Path)),
    request_body = NewUpdate,
    responses(
        (status = 201, body = ProjectUpdate),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn post_update(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    body: JsonBody<NewUpdate>,
) -> Result<(StatusCode, Json<ProjectUpdate>), ApiError> {
    let (_, user) = for_team(&state, &identity, id).await?;
    let mut errors = ValidationErrors::default();
    let words = text(&mut errors, "text", &body.value.text, 1, 4000);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let u = store::add_update(&state.pool, id, &words, user).await?;
    Ok((StatusCode::CREATED, Json(update(id, u))))
}

async fn write_generation(
    state: &AppState,
    id: Uuid,
    readings: &[rules::Reading],
    source: &str,
) -> Result<Json<Vec<GenerationMonth>>, ApiError> {
    let months = readings
        .iter()
        .map(|r| Ok((month_date(r.month)?, r.kwh)))
        .collect::<Result<Vec<_>, ApiError>>()?;
    let mut tx = state.pool.begin().await?;
    store::put_generation(&mut tx, id, &months, source).await?;
    tx.commit().await?;
    Ok(Json(
        store::generation(&state.pool, id)
            .await?
            .into_iter()
            .map(|g| GenerationMonth {
                month: month_text(g.month),
                kwh: g.kwh,
                source: g.source,
            })
            .collect(),
    ))
}

/// Enters generation for some months (the team); a month entered again is replaced.
/// Answers every month kept.
#[utoipa::path(put, path = "/api/v1/projects/{id}/generation", tag = "projects",
    params(("id" = Uuid, Path)),
    request_body = Vec<GenerationMonth>,
    responses(
        (status = 200, body = Vec<GenerationMonth>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn put_generation(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    body: JsonBody<Vec<GenerationMonth>>,
) -> Result<Json<Vec<GenerationMonth>>, ApiError> {
    for_team(&state, &identity, id).await?;
    // The same rules as a meter's file, so both name a bad month the same way.
    let csv: String = body
        .value
        .iter()
        .map(|g| format!("{},{}\n", g.month.replace(',', " "), g.kwh))
        .collect();
    let readings = rules::parse_meter_csv(&csv).map_err(|e| {
        ApiError::Validation(ValidationErrors(
            e.0.into_iter()
                .map(|mut f| {
                    if let Some(n) = f
                        .field
                        .strip_prefix("line ")
                        .and_then(|n| n.parse::<usize>().ok())
                    {
                        f.field = format!("[{}]", n - 1);
                    }
                    f
                })
                .collect(),
        ))
    })?;
    write_generation(&state, id, &readings, "entered").await
}

/// Imports a meter's monthly CSV (`month,kwh` lines, the team). Every bad line is named
/// by its number in a 422, and then nothing is written.
#[utoipa::path(post, path = "/api/v1/projects/{id}/generation/import", tag = "projects",
    params(("id" = Uuid, Path)),
    request_body(content = String, content_type = "text/csv"),
    responses(
        (status = 200, body = Vec<GenerationMonth>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn import_generation(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    body: Bytes,
) -> Result<Json<Vec<GenerationMonth>>, ApiError> {
    for_team(&state, &identity, id).await?;
    let text = std::str::from_utf8(&body)
        .map_err(|_| ApiError::Validation(ValidationErrors::one("file", "a CSV file in UTF-8")))?;
    let readings = rules::parse_meter_csv(text).map_err(ApiError::Validation)?;
    write_generation(&state, id, &readings, "imported").await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StepDone {
    pub done: bool,
}

/// Ticks a step of the "start a project" checklist, or unticks it (the team).
#[utoipa::path(put, path = "/api/v1/projects/{id}/checklist/{step}", tag = "projects",
    params(("id" = Uuid, Path), ("step" = ChecklistStep, Path)),
    request_body = StepDone,
    responses(
        (status = 200, body = Vec<ChecklistStep>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn set_checklist_step(
    State(state): State<AppState>,
    Path((id, step)): Path<(Uuid, ChecklistStep)>,
    identity: Identity,
    body: JsonBody<StepDone>,
) -> Result<Json<Vec<ChecklistStep>>, ApiError> {
    for_team(&state, &identity, id).await?;
    store::set_step(&state.pool, id, step.as_str(), body.value.done).await?;
    Ok(Json(
        store::checklist(&state.pool, id)
            .await?
            .iter()
            .map(|s| s.parse())
            .collect::<Result<_, _>>()
            .map_err(ApiError::internal)?,
    ))
}

/// Follows a project: its updates come by mail once a month (anyone signed in; each
/// mail has a link to stop).
#[utoipa::path(post, path = "/api/v1/projects/{id}/followers", tag = "projects",
    params(("id" = Uuid, Path)),
    responses(
        (status = 204, description = "Following"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn follow_project(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
) -> Result<StatusCode, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let user = identity.user()?.id;
    store::get(&state.pool, id)
        .await?
        .ok_or(ApiError::NotFound("project"))?;
    store::follow(&state.pool, id, user, &crate::subscriptions::new_token()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// City-wide totals of community energy.
#[derive(Debug, Serialize, ToSchema)]
pub struct Totals {
    pub by_stage: Vec<StageTotal>,
    /// kWp of projects generating.
    pub kwp_generating: f64,
    /// kWp of projects not generating yet.
    pub kwp_pipeline: f64,
    /// Confirmed volunteers.
    pub volunteers: i64,
    pub champions_by_neighbourhood: Vec<NeighbourhoodChampions>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StageTotal {
    pub stage: Stage,
    pub projects: i64,
    pub kwp: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NeighbourhoodChampions {
    pub neighbourhood: String,
    pub champions: i64,
}

/// The plan's community energy in figures: projects by stage, kWp generating and in
/// the pipeline, volunteers, champions per neighbourhood.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/projects-totals", tag = "projects",
    params(("plan" = String, Path)),
    responses((status = 200, body = Totals),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn totals(
    State(state): State<AppState>,
    Path(plan): Path<String>,
) -> Result<Json<Totals>, ApiError> {
    waymark_store::plans::id(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let mut conn = state.pool.acquire().await?;
    let t = store::totals(&mut conn, &plan).await?;
    let by_stage: Vec<StageTotal> = t
        .by_stage
        .into_iter()
        .map(|(stage, projects, kwp)| {
            Ok(StageTotal {
                stage: stage.parse()?,
                projects,
                kwp,
            })
        })
        .collect::<Result<_, ValidationErrors>>()
        .map_err(ApiError::internal)?;
    let (generating, pipeline): (Vec<&StageTotal>, Vec<&StageTotal>) =
        by_stage.iter().partition(|s| s.stage.is_generating());
    Ok(Json(Totals {
        kwp_generating: generating.iter().map(|s| s.kwp).sum(),
        kwp_pipeline: pipeline.iter().map(|s| s.kwp).sum(),
        by_stage,
        volunteers: t.volunteers,
        champions_by_neighbourhood: t
            .champions_by_neighbourhood
            .into_iter()
            .map(|(neighbourhood, champions)| NeighbourhoodChampions {
                neighbourhood,
                champions,
            })
            .collect(),
    }))
}

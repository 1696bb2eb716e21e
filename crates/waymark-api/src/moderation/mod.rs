//! Moderation: flags from residents, the queue, moderators' actions, plan settings
//! and the audit log that records every one of them.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::{Action, ValidationErrors};
use waymark_store::moderation::{self as store, ModerationAction, ModerationOutcome, QueueList};

use crate::auth::identity::{Author, Identity};
use crate::error::Detail;
use crate::extract::{JsonBody, Path, Query};
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(moderate))
        .routes(routes!(flag))
        .routes(routes!(queue))
        .routes(routes!(group_post_queue))
        .routes(routes!(history))
        .routes(routes!(update_plan))
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ModerationKind {
    Hide,
    Restore,
    Approve,
    MarkDuplicate,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ModerationBody {
    pub action: ModerationKind,
    /// Why, in 1 to 500 characters; kept in the audit log.
    #[schema(min_length = 1, max_length = 500, pattern = r"\S")]
    pub reason: String,
    /// With `mark_duplicate`: the contribution this one repeats.
    pub duplicate_of: Option<Uuid>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ModerationResult {
    pub id: Uuid,
    pub status: String,
}

fn reason(text: &str) -> Result<String, ApiError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 500 {
        return Err(ApiError::Validation(ValidationErrors::one(
            "reason",
            "give a reason of 1 to 500 characters",
        )));
    }
    Ok(text.to_owned())
}

/// Hides, restores, approves or marks a contribution as a duplicate (moderators and
/// admins). Approving a published contribution that has open flags keeps it and
/// dismisses the flags. Nothing is deleted; every action is in the audit log.
#[utoipa::path(post, path = "/api/v1/contributions/{id}/moderation", tag = "moderation",
    params(("id" = Uuid, Path)),
    request_body = ModerationBody,
    responses(
        (status = 200, body = ModerationResult),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not possible in the contribution's status", body = Problem,
         content_type = "application/problem+json"),
    ))]
async fn moderate(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
    body: JsonBody<ModerationBody>,
) -> Result<Json<ModerationResult>, ApiError> {
    identity.authorize(Action::Moderate, false)?;
    let actor = identity.user()?.key();
    let b = body.value;
    let why = reason(&b.reason)?;
    let action = match (b.action, b.duplicate_of) {
        (ModerationKind::Hide, _) => ModerationAction::Hide,
        (ModerationKind::Restore, _) => ModerationAction::Restore,
        (ModerationKind::Approve, _) => ModerationAction::Approve,
        (ModerationKind::MarkDuplicate, Some(original)) => {
            ModerationAction::MarkDuplicate(original)
        }
        (ModerationKind::MarkDuplicate, None) => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "duplicate_of",
                "say which contribution this one repeats",
            )));
        }
    };
    let mut tx = state.pool.begin().await?;
    let outcome = store::moderate(&mut tx, id, action, &why, &actor).await?;
    match outcome {
        ModerationOutcome::Done { status, point } => {
            tx.commit().await?;
            state.evict_pins(&[point]).await;
            Ok(Json(ModerationResult { id, status }))
        }
        ModerationOutcome::NotFound => Err(ApiError::NotFound("contribution")),
        ModerationOutcome::WrongStatus(status) => Err(ApiError::Conflict(
            Detail::new("problem-detail-moderation-wrong-status")
                .arg("action", action.name().replace('_', " "))
                .arg("status", status),
        )),
        ModerationOutcome::BadDuplicate => Err(ApiError::Validation(ValidationErrors::one(
            "duplicate_of",
            "name another contribution of the same plan",
        ))),
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct FlagBody {
    /// What is wrong with it, in a few words (1 to 500 characters).
    #[schema(min_length = 1, max_length = 500, pattern = r"\S")]
    pub reason: String,
}

/// Flags a contribution for moderators to look at; once per person.
#[utoipa::path(post, path = "/api/v1/contributions/{id}/flags", tag = "moderation",
    params(("id" = Uuid, Path)),
    request_body = FlagBody,
    responses(
        (status = 202, description = "Flag recorded"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn flag(
    State(state): State<AppState>,
    author: Author,
    Path(id): Path<Uuid>,
    body: JsonBody<FlagBody>,
) -> Result<Response, ApiError> {
    let anonymous_ok = waymark_store::contributions::plan_allows_anonymous(&state.pool, id)
        .await?
        .ok_or(ApiError::NotFound("contribution"))?;
    author
        .identity
        .authorize(Action::Contribute, anonymous_ok)?;
    let why = reason(&body.value.reason)?;
    store::flag(&state.pool, id, &author.key, &why)
        .await?
        .ok_or(ApiError::NotFound("contribution"))?;
    Ok((
        StatusCode::ACCEPTED,
        author,
        Json(json!({ "flagged": true })),
    )
        .into_response())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QueueEntry {
    pub id: Uuid,
    pub plan: String,
    /// The name of the neighbourhood it is in (or nearest to).
    pub neighbourhood: Option<String>,
    pub title: String,
    pub body: String,
    pub kind: String,
    /// The name its author gave, if any.
    pub display_name: Option<String>,
    /// `pending` (awaiting approval), `published` (flagged) or `hidden`.
    pub status: String,
    /// The point as the contributor gave it (lon, lat), whatever the published precision.
    pub location: [f64; 2],
    /// Of a hidden duplicate: the contribution it repeats.
    pub duplicate_of: Option<Uuid>,
    pub open_flags: i64,
    pub flag_reasons: Vec<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    /// The last change: for a hidden contribution, when it was hidden.
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Queue {
    pub items: Vec<QueueEntry>,
}

/// Which list: what waits for a moderator, or what is hidden (to restore).
#[derive(Debug, Clone, Copy, Default, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum QueueStatus {
    #[default]
    Waiting,
    Hidden,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QueueParams {
    /// Only this plan's contributions (its slug).
    plan: Option<String>,
    /// `waiting` (default): pending and flagged, oldest first; `hidden`: hidden ones,
    /// most recently hidden first.
    #[param(inline)]
    status: Option<QueueStatus>,
}

/// What waits for a moderator (pending contributions and flagged ones, oldest first),
/// or the hidden ones; of one plan or all.
#[utoipa::path(get, path = "/api/v1/moderation/queue", tag = "moderation",
    params(QueueParams),
    responses(
        (status = 200, body = Queue),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such plan", body = Problem,
         content_type = "application/problem+json"),
    ))]
async fn queue(
    State(state): State<AppState>,
    identity: Identity,
    Query(params): Query<QueueParams>,
) -> Result<Json<Queue>, ApiError> {
    identity.authorize(Action::ReviewContributions, false)?;
    if let Some(plan) = &params.plan {
        waymark_store::plans::id(&state.pool, plan)
            .await?
            .ok_or(ApiError::NotFound("plan"))?;
    }
    let list = match params.status.unwrap_or_default() {
        QueueStatus::Waiting => QueueList::Waiting,
        QueueStatus::Hidden => QueueList::Hidden,
    };
    let rows = store::queue(&state.pool, params.plan.as_deref(), list, 500).await?;
    Ok(Json(Queue {
        items: rows
            .into_iter()
            .map(|r| QueueEntry {
                id: r.id,
                plan: r.plan,
                neighbourhood: r.neighbourhood,
                title: r.title,
                body: r.body,
                kind: r.kind,
                display_name: r.display_name,
                status: r.status,
                location: [r.lon, r.lat],
                duplicate_of: r.duplicate_of,
                open_flags: r.open_flags,
                flag_reasons: r.flag_reasons,
                created_at: r.created_at,
                updated_at: r.updated_at,
            })
            .collect(),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupPostEntry {
    pub id: Uuid,
    /// The group it was posted in: hide or restore it with
    /// `POST /api/v1/groups/{group}/posts/{id}/moderation`.
    pub group: Uuid,
    pub group_name: String,
    pub plan: String,
    pub thread: Uuid,
    pub thread_title: String,
    pub body: String,
    pub author: Option<String>,
    /// `published` (flagged) or `hidden`.
    pub status: String,
    pub open_flags: i64,
    pub flag_reasons: Vec<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupPostQueue {
    pub posts: Vec<GroupPostEntry>,
}

/// Flagged posts of the plan's groups' threads (oldest first), or the hidden ones, for
/// the moderators beside flagged pins. Hiding and restoring one is audited like a pin.
#[utoipa::path(get, path = "/api/v1/moderation/group-posts", tag = "moderation",
    params(QueueParams),
    responses(
        (status = 200, body = GroupPostQueue),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such plan", body = Problem,
         content_type = "application/problem+json"),
    ))]
async fn group_post_queue(
    State(state): State<AppState>,
    identity: Identity,
    Query(params): Query<QueueParams>,
) -> Result<Json<GroupPostQueue>, ApiError> {
    identity.authorize(Action::ReviewContributions, false)?;
    if let Some(plan) = &params.plan {
        waymark_store::plans::id(&state.pool, plan)
            .await?
            .ok_or(ApiError::NotFound("plan"))?;
    }
    let hidden = matches!(params.status.unwrap_or_default(), QueueStatus::Hidden);
    let rows =
        waymark_store::groups::flagged_posts(&state.pool, params.plan.as_deref(), hidden, 500)
            .await?;
    Ok(Json(GroupPostQueue {
        posts: rows
            .into_iter()
            .map(|r| GroupPostEntry {
                id: r.id,
                group: r.group_id,
                group_name: r.group_name,
                plan: r.plan,
                thread: r.thread_id,
                thread_title: r.thread_title,
                body: r.body,
                author: r.author,
                status: r.status,
                open_flags: r.open_flags,
                flag_reasons: r.flag_reasons,
                created_at: r.created_at,
            })
            .collect(),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HistoryEntry {
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub at: OffsetDateTime,
    /// `user:<id>` of who did it.
    pub actor: String,
    /// Their display name, else their e-mail address.
    pub actor_name: Option<String>,
    /// `contribution.hide`, `contribution.restore`, `contribution.approve` or
    /// `contribution.mark_duplicate`.
    pub action: String,
    pub reason: Option<String>,
    #[schema(value_type = Option<Object>)]
    pub before: Option<Value>,
    #[schema(value_type = Option<Object>)]
    pub after: Option<Value>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct History {
    pub entries: Vec<HistoryEntry>,
}

/// What moderators have done to a contribution, oldest first, from the audit log
/// (moderators and admins).
#[utoipa::path(get, path = "/api/v1/contributions/{id}/history", tag = "moderation",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = History),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn history(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
) -> Result<Json<History>, ApiError> {
    identity.authorize(Action::ReviewContributions, false)?;
    let mut conn = state.pool.acquire().await?;
    let rows = store::history(&mut conn, id)
        .await?
        .ok_or(ApiError::NotFound("contribution"))?;
    Ok(Json(History {
        entries: rows
            .into_iter()
            .map(|r| HistoryEntry {
                at: r.at,
                actor: r.actor,
                actor_name: r.actor_name,
                action: r.action,
                reason: r.reason,
                before: r.before,
                after: r.after,
            })
            .collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanSettingsBody {
    #[schema(min_length = 1, max_length = 200)]
    pub title: Option<String>,
    #[schema(max_length = 4000)]
    pub description: Option<String>,
    /// Whether people without an account may contribute.
    pub allow_anonymous: Option<bool>,
    /// `pre`: contributions wait for approval; `post`: they show at once.
    pub moderation: Option<String>,
    /// The most contributions one person may post to the plan in a day (1 to 10,000);
    /// `null` removes the limit. Pins added in a live workshop do not count.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>, minimum = 1, maximum = 10000)]
    pub contributions_per_day: Option<Option<i32>>,
    /// Who is responsible for the plan's personal data, named in its privacy notice (at
    /// most 200 characters); `null` or empty clears it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, max_length = 200)]
    pub privacy_controller: Option<Option<String>>,
    /// Where people write to use their rights: an e-mail address or a postal address (at
    /// most 300 characters); `null` or empty clears it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, max_length = 300)]
    pub privacy_contact: Option<Option<String>>,
}

/// A field that is there, even as `null` (`Some(None)`), apart from one left out (`None`).
fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// Changes a plan's title, description and settings (admins).
#[utoipa::path(patch, path = "/api/v1/plans/{plan}", tag = "plans",
    params(("plan" = String, Path)),
    request_body = PlanSettingsBody,
    responses(
        (status = 200, description = "The settings now"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn update_plan(
    State(state): State<AppState>,
    identity: Identity,
    Path(plan): Path<String>,
    body: JsonBody<PlanSettingsBody>,
) -> Result<Json<Value>, ApiError> {
    identity.authorize(Action::ManagePlan, false)?;
    let actor = identity.user()?.key();
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let title = b
        .title
        .as_deref()
        .and_then(|t| errors.check(waymark_domain::plan::title_of(t)));
    let description = b
        .description
        .as_deref()
        .and_then(|d| errors.check(waymark_domain::plan::description_of(d)));
    let moderation = b
        .moderation
        .as_deref()
        .and_then(|m| errors.check(m.parse::<waymark_domain::plan::Moderation>()));
    if let Some(Some(n)) = b.contributions_per_day
        && !(1..=10_000).contains(&n)
    {
        errors.push(
            "contributions_per_day",
            "a number from 1 to 10000, or null for no limit",
        );
    }
    let controller = b.privacy_controller.map(|c| {
        errors
            .check(waymark_domain::plan::controller_of(
                c.as_deref().unwrap_or(""),
            ))
            .flatten()
    });
    let contact = b.privacy_contact.map(|c| {
        errors
            .check(waymark_domain::plan::contact_of(c.as_deref().unwrap_or("")))
            .flatten()
    });
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let patch = waymark_store::plans::SettingsPatch {
        title: title.as_deref(),
        description: description.as_deref(),
        allow_anonymous: b.allow_anonymous,
        moderation: moderation.map(|m| m.as_str()),
        contributions_per_day: b.contributions_per_day,
        privacy_controller: controller.as_ref().map(Option::as_deref),
        privacy_contact: contact.as_ref().map(Option::as_deref),
    };
    let mut tx = state.pool.begin().await?;
    let (before, after) = waymark_store::plans::update_settings(&mut *tx, &plan, &patch)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let settings = |s: waymark_store::plans::PlanSettings| {
        json!({
            "title": s.title, "description": s.description,
            "allow_anonymous": s.allow_anonymous, "moderation": s.moderation,
            "contributions_per_day": s.contributions_per_day,
            "privacy_controller": s.privacy_controller, "privacy_contact": s.privacy_contact,
        })
    };
    let (before, after) = (settings(before), settings(after));
    store::audit(
        &mut *tx,
        &actor,
        "plan.update",
        "plan",
        &plan,
        None,
        Some(before),
        Some(after.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(after))
}

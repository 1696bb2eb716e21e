//! Groups and their members: the public page's data, joining, approving, leaving.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;
use waymark_domain::{Action, ValidationErrors};
use waymark_store::groups::{self as store, CreateGroup, GroupRow, NewGroup};

use super::{Standing, markdown, require, standing};
use crate::auth::identity::Identity;
use crate::error::Detail;
use crate::extract::{JsonBody, Path};
use crate::{ApiError, AppState, Problem};

#[derive(Debug, Serialize, ToSchema)]
pub struct Schedule {
    /// ISO weekday, 1 = Monday.
    pub weekday: i16,
    /// Local time, `HH:MM`.
    pub time: String,
    pub timezone: String,
    pub interval_weeks: i16,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Group {
    pub id: Uuid,
    pub plan: String,
    pub slug: String,
    pub name: String,
    pub purpose: String,
    pub neighbourhoods: Vec<String>,
    /// The outline drawn on the map (GeoJSON MultiPolygon), if any.
    #[schema(value_type = Option<Object>)]
    pub outline: Option<serde_json::Value>,
    pub schedule: Schedule,
}

impl From<GroupRow> for Group {
    fn from(row: GroupRow) -> Self {
        Self {
            id: row.id,
            plan: row.plan,
            slug: row.slug,
            name: row.name,
            purpose: row.purpose,
            neighbourhoods: row.neighbourhoods,
            outline: row.outline,
            schedule: Schedule {
                weekday: row.weekday,
                time: format!("{:02}:{:02}", row.meets_at.hour(), row.meets_at.minute()),
                timezone: row.timezone,
                interval_weeks: row.interval_weeks,
            },
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupList {
    pub groups: Vec<Group>,
}

/// A plan's Collaborative Action Groups.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/groups", tag = "groups",
    params(("plan" = String, Path, description = "The plan's slug")),
    responses((status = 200, body = GroupList),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn list_groups(
    State(state): State<AppState>,
    Path(plan): Path<String>,
) -> Result<Json<GroupList>, ApiError> {
    let rows = store::list(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    Ok(Json(GroupList {
        groups: rows.into_iter().map(Group::from).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewGroupBody {
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    /// Made from the name when absent.
    pub slug: Option<String>,
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub purpose: String,
    /// Slugs of the plan's neighbourhoods the group covers.
    #[serde(default)]
    pub neighbourhoods: Vec<String>,
    /// An outline drawn on the map: a GeoJSON Polygon or MultiPolygon.
    #[schema(value_type = Option<Object>)]
    pub outline: Option<serde_json::Value>,
    /// ISO weekday of the meetings (1 = Monday); Wednesday when absent.
    pub weekday: Option<i16>,
    /// `HH:MM`, Europe/London; 10:00 when absent.
    pub time: Option<String>,
    /// Every n weeks; weekly when absent.
    pub interval_weeks: Option<i16>,
}

/// Starts a group (facilitators, admins); its creator is its first facilitator.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/groups", tag = "groups",
    params(("plan" = String, Path, description = "The plan's slug")),
    request_body = NewGroupBody,
    responses((status = 201, body = Group),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 409, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn create_group(
    State(state): State<AppState>,
    identity: Identity,
    Path(plan): Path<String>,
    body: JsonBody<NewGroupBody>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::CreateGroups, false)?;
    let user = identity.user()?;
    let b = body.value;
    let (name, slug) = crate::outcomes::organisation_fields(&b.name, b.slug.as_deref())?;
    let mut errors = ValidationErrors::default();
    if b.purpose.chars().count() > 4000 {
        errors.push("purpose", "write at most 4000 characters");
    }
    if b.neighbourhoods.is_empty() && b.outline.is_none() {
        errors.push(
            "neighbourhoods",
            "name at least one neighbourhood or draw an outline",
        );
    }
    let weekday = b.weekday.unwrap_or(3);
    if !(1..=7).contains(&weekday) {
        errors.push("weekday", "give a weekday from 1 (Monday) to 7 (Sunday)");
    }
    let interval_weeks = b.interval_weeks.unwrap_or(1);
    if !(1..=8).contains(&interval_weeks) {
        errors.push("interval_weeks", "meet every 1 to 8 weeks");
    }
    let meets_at = match b.time.as_deref() {
        None => Some(time::Time::from_hms(10, 0, 0).map_err(ApiError::internal)?),
        Some(t) => parse_time(t),
    };
    if meets_at.is_none() {
        errors.push("time", "give the time as HH:MM");
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let group = NewGroup {
        slug: &slug,
        name: &name,
        purpose: b.purpose.trim(),
        neighbourhoods: &b.neighbourhoods,
        outline: b.outline.map(|o| o.to_string()),
        weekday,
        meets_at: meets_at.unwrap_or(time::Time::MIDNIGHT),
        interval_weeks,
    };
    let mut tx = state.pool.begin().await?;
    let id = match store::create(&mut tx, &plan, &group, user.id).await? {
        CreateGroup::Created(id) => id,
        CreateGroup::PlanNotFound => return Err(ApiError::NotFound("plan")),
        CreateGroup::SlugTaken => {
            return Err(ApiError::Conflict(
                Detail::new("problem-detail-organisation-slug-taken").arg("slug", &slug),
            ));
        }
        CreateGroup::UnknownNeighbourhoods(unknown) => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "neighbourhoods",
                format!("not neighbourhoods of this plan: {}", unknown.join(", ")),
            )));
        }
        CreateGroup::BadOutline => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "outline",
                "draw a valid polygon",
            )));
        }
    };
    waymark_store::moderation::audit(
        &mut *tx,
        &user.key(),
        "group.create",
        "group",
        &id.to_string(),
        None,
        None,
        Some(serde_json::json!({ "plan": plan, "slug": slug, "name": name })),
    )
    .await?;
    let row = store::get(&mut *tx, id)
        .await?
        .ok_or(ApiError::NotFound("group"))?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(Group::from(row))).into_response())
}

fn parse_time(text: &str) -> Option<time::Time> {
    let (h, m) = text.split_once(':')?;
    time::Time::from_hms(h.parse().ok()?, m.parse().ok()?, 0).ok()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PublishedMinutes {
    pub meeting: Uuid,
    pub starts_at: String,
    /// The minutes, rendered and sanitised.
    pub html: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupPage {
    #[serde(flatten)]
    pub group: Group,
    /// The next meeting's start (RFC 3339), if one is planned.
    pub next_meeting: Option<String>,
    pub published_minutes: Vec<PublishedMinutes>,
    /// The asker's place: `anonymous`, `outsider`, `requested`, `member`,
    /// `facilitator` or `admin`.
    pub standing: String,
    /// For a member: whether they get the daily mail of new threads.
    pub thread_digest: Option<bool>,
}

pub(super) fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// A group's public page: purpose, area, next meeting, published minutes.
#[utoipa::path(get, path = "/api/v1/groups/{id}", tag = "groups",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = GroupPage),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn get_group(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
) -> Result<Json<GroupPage>, ApiError> {
    let (row, standing) = standing(&state, &identity, id).await?;
    let meetings = store::meetings(&state.pool, id).await?;
    let now = OffsetDateTime::now_utc();
    let next_meeting = meetings
        .iter()
        .find(|m| m.starts_at >= now && m.status != "cancelled")
        .map(|m| rfc3339(m.starts_at));
    let published_minutes = meetings
        .iter()
        .rev()
        .filter(|m| m.published_at.is_some())
        .map(|m| PublishedMinutes {
            meeting: m.id,
            starts_at: rfc3339(m.starts_at),
            html: markdown::render(&m.minutes_md),
        })
        .collect();
    let thread_digest = match identity.user() {
        Ok(user) => store::thread_digest_of(&state.pool, id, user.id).await?,
        Err(_) => None,
    };
    Ok(Json(GroupPage {
        group: Group::from(row),
        next_meeting,
        published_minutes,
        standing: standing_name(standing).to_owned(),
        thread_digest,
    }))
}

fn standing_name(standing: Standing) -> &'static str {
    match standing {
        Standing::Anonymous => "anonymous",
        Standing::Outsider => "outsider",
        Standing::Requested => "requested",
        Standing::Member => "member",
        Standing::Facilitator => "facilitator",
        Standing::Admin => "admin",
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Member {
    pub user: Uuid,
    pub display_name: Option<String>,
    /// `facilitator` or `member`.
    pub role: String,
    /// `requested` or `active`.
    pub status: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberList {
    pub members: Vec<Member>,
}

/// The members and join requests (members only).
#[utoipa::path(get, path = "/api/v1/groups/{id}/members", tag = "groups",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = MemberList),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn members(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
) -> Result<Json<MemberList>, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Member)?;
    let rows = store::members(&state.pool, id).await?;
    Ok(Json(MemberList {
        members: rows
            .into_iter()
            .map(|r| Member {
                user: r.user_id,
                display_name: r.display_name,
                role: r.role,
                status: r.status,
            })
            .collect(),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Membership {
    pub role: String,
    pub status: String,
}

/// Asks to join (signed in); asking again changes nothing.
#[utoipa::path(put, path = "/api/v1/groups/{id}/membership", tag = "groups",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = Membership),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn join(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
) -> Result<Json<Membership>, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let user = identity.user()?;
    standing(&state, &identity, id).await?;
    let mut tx = state.pool.begin().await?;
    let (role, status) = store::request_join(&mut tx, id, user.id).await?;
    tx.commit().await?;
    Ok(Json(Membership { role, status }))
}

/// Leaves the group (or withdraws the request).
#[utoipa::path(delete, path = "/api/v1/groups/{id}/membership", tag = "groups",
    params(("id" = Uuid, Path)),
    responses((status = 204),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn leave(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
) -> Result<StatusCode, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let user = identity.user()?;
    standing(&state, &identity, id).await?;
    store::remove_member(&state.pool, id, user.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberBody {
    /// `member` (the default) or `facilitator`.
    pub role: Option<String>,
}

/// Approves a join request or changes a member's role (the group's facilitators).
#[utoipa::path(put, path = "/api/v1/groups/{id}/members/{user_id}", tag = "groups",
    params(("id" = Uuid, Path), ("user_id" = Uuid, Path)),
    request_body = MemberBody,
    responses((status = 200, body = Membership),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn approve(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, user_id)): Path<(Uuid, Uuid)>,
    body: JsonBody<MemberBody>,
) -> Result<Json<Membership>, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Facilitator)?;
    let role = body.value.role.unwrap_or_else(|| "member".into());
    if role != "member" && role != "facilitator" {
        return Err(ApiError::Validation(ValidationErrors::one(
            "role",
            "use member or facilitator",
        )));
    }
    let mut tx = state.pool.begin().await?;
    if !store::set_member(&mut *tx, id, user_id, &role).await? {
        return Err(ApiError::NotFound("member"));
    }
    waymark_store::moderation::audit(
        &mut *tx,
        &identity.user()?.key(),
        "group.member",
        "group",
        &id.to_string(),
        None,
        None,
        Some(serde_json::json!({ "user": user_id, "role": role })),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(Membership {
        role,
        status: "active".into(),
    }))
}

/// Removes a member or turns down a request (the group's facilitators).
#[utoipa::path(delete, path = "/api/v1/groups/{id}/members/{user_id}", tag = "groups",
    params(("id" = Uuid, Path), ("user_id" = Uuid, Path)),
    responses((status = 204),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn remove(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, user_id)): Path<(Uuid, Uuid)>,
) -> Result<StatusCode, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Facilitator)?;
    let mut tx = state.pool.begin().await?;
    if !store::remove_member(&mut *tx, id, user_id).await? {
        return Err(ApiError::NotFound("member"));
    }
    waymark_store::moderation::audit(
        &mut *tx,
        &identity.user()?.key(),
        "group.remove_member",
        "group",
        &id.to_string(),
        None,
        Some(serde_json::json!({ "user": user_id })),
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DigestBody {
    /// Get a daily mail of the group's new threads.
    pub on: bool,
}

/// Opts in to (or out of) the daily mail of new threads (members).
#[utoipa::path(put, path = "/api/v1/groups/{id}/thread-digest", tag = "groups",
    params(("id" = Uuid, Path)),
    request_body = DigestBody,
    responses((status = 200, body = DigestBody),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn thread_digest(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
    body: JsonBody<DigestBody>,
) -> Result<Json<DigestBody>, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Member)?;
    let user = identity.user()?;
    if !store::set_thread_digest(&state.pool, id, user.id, body.value.on).await? {
        // An admin who is not a member has no membership to set it on.
        return Err(ApiError::Forbidden("problem-detail-forbidden"));
    }
    Ok(Json(body.value))
}

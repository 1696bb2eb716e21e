//! Meetings: agenda, "since last week", minutes, attendance and action points, and the
//! "raise it" hook that carries an agenda item to an organisation of the plan.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;
use waymark_domain::{Role, ValidationErrors};
use waymark_i18n::{FluentValue, Lang};
use waymark_store::groups::{self as store, AgendaSource, AreaItem, MeetingRow, Raise};
use waymark_store::subscriptions::Mail;

use super::pages::rfc3339;
use super::{Standing, markdown, require, standing};
use crate::auth::identity::Identity;
use crate::extract::{JsonBody, Path};
use crate::{ApiError, AppState, Problem};

#[derive(Debug, Serialize, ToSchema)]
pub struct Meeting {
    pub id: Uuid,
    pub group: Uuid,
    pub starts_at: String,
    /// `scheduled`, `held` or `cancelled`.
    pub status: String,
    pub published_at: Option<String>,
    /// The minutes' Markdown (members; others only once published).
    pub minutes: Option<String>,
    /// The minutes rendered and sanitised (as `minutes`).
    pub minutes_html: Option<String>,
}

fn meeting(row: &MeetingRow, member: bool) -> Meeting {
    let visible = member || row.published_at.is_some();
    Meeting {
        id: row.id,
        group: row.group_id,
        starts_at: rfc3339(row.starts_at),
        status: row.status.clone(),
        published_at: row.published_at.map(rfc3339),
        minutes: visible.then(|| row.minutes_md.clone()),
        minutes_html: visible.then(|| markdown::render(&row.minutes_md)),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingList {
    pub meetings: Vec<Meeting>,
}

/// A group's meetings; draft minutes only for members.
#[utoipa::path(get, path = "/api/v1/groups/{id}/meetings", tag = "groups",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = MeetingList),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn list_meetings(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
) -> Result<Json<MeetingList>, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    let rows = store::meetings(&state.pool, id).await?;
    Ok(Json(MeetingList {
        meetings: rows
            .iter()
            .map(|r| meeting(r, standing.is_member()))
            .collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMeetingBody {
    /// RFC 3339; the next time on the group's schedule when absent.
    pub starts_at: Option<String>,
}

/// Adds a meeting (the group's facilitators); the same time again is the same meeting.
#[utoipa::path(post, path = "/api/v1/groups/{id}/meetings", tag = "groups",
    params(("id" = Uuid, Path)),
    request_body = NewMeetingBody,
    responses((status = 201, body = Meeting),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn create_meeting(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
    body: JsonBody<NewMeetingBody>,
) -> Result<Response, ApiError> {
    let (group, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Facilitator)?;
    let starts_at = match body.value.starts_at.as_deref() {
        Some(text) => OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
            .map_err(|_| {
            ApiError::Validation(ValidationErrors::one(
                "starts_at",
                "give a date and time such as 2026-12-09T10:00:00Z",
            ))
        })?,
        None => super::calendar::next_occurrence(&group, OffsetDateTime::now_utc()),
    };
    let mut tx = state.pool.begin().await?;
    let row = store::create_meeting(&mut tx, id, starts_at).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(meeting(&row, true))).into_response())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaItem {
    pub id: Uuid,
    pub text: String,
    pub contribution: Option<Uuid>,
    pub proposal: Option<Uuid>,
    /// The organisation it was raised to.
    pub raised_to: Option<Uuid>,
    pub raised_to_name: Option<String>,
}

impl From<store::AgendaRow> for AgendaItem {
    fn from(r: store::AgendaRow) -> Self {
        Self {
            id: r.id,
            text: r.text,
            contribution: r.contribution_id,
            proposal: r.proposal_id,
            raised_to: r.raised_to,
            raised_to_name: r.raised_to_name,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActionPoint {
    pub id: Uuid,
    /// The meeting it was agreed at.
    pub meeting: Uuid,
    pub text: String,
    pub owner: String,
    /// `YYYY-MM-DD`.
    pub due: Option<String>,
    pub done_at: Option<String>,
}

impl From<store::ActionPointRow> for ActionPoint {
    fn from(r: store::ActionPointRow) -> Self {
        Self {
            id: r.id,
            meeting: r.meeting_id,
            text: r.text,
            owner: r.owner_name,
            due: r.due.map(|d| d.to_string()),
            done_at: r.done_at.map(rfc3339),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingDetail {
    #[serde(flatten)]
    pub meeting: Meeting,
    pub agenda: Vec<AgendaItem>,
    /// Agreed at this meeting or carried over from earlier ones until done.
    pub action_points: Vec<ActionPoint>,
    pub attendance: Vec<Uuid>,
}

/// The group's meeting (404 when the id is not one of this group's meetings).
async fn group_meeting(state: &AppState, group: Uuid, id: Uuid) -> Result<MeetingRow, ApiError> {
    store::meeting(&state.pool, id)
        .await?
        .filter(|m| m.group_id == group)
        .ok_or(ApiError::NotFound("meeting"))
}

/// A meeting in the members' space: agenda, action points, attendance, minutes.
#[utoipa::path(get, path = "/api/v1/groups/{id}/meetings/{meeting_id}", tag = "groups",
    params(("id" = Uuid, Path), ("meeting_id" = Uuid, Path)),
    responses((status = 200, body = MeetingDetail),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn get_meeting(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, meeting_id)): Path<(Uuid, Uuid)>,
) -> Result<Json<MeetingDetail>, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    let row = group_meeting(&state, id, meeting_id).await?;
    require(standing, Standing::Member)?;
    Ok(Json(MeetingDetail {
        meeting: meeting(&row, true),
        agenda: store::agenda(&state.pool, row.id)
            .await?
            .into_iter()
            .map(AgendaItem::from)
            .collect(),
        action_points: store::action_points(&state.pool, &row)
            .await?
            .into_iter()
            .map(ActionPoint::from)
            .collect(),
        attendance: store::attendance(&state.pool, row.id).await?,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AreaEntry {
    /// `contribution` or `proposal`.
    #[serde(rename = "type")]
    pub item_type: String,
    pub id: Uuid,
    pub title: String,
    /// The pin's kind or the proposal's technology.
    pub kind: String,
    pub support_count: i32,
    pub outcome: Option<String>,
    pub created_at: String,
    /// `[lon, lat]`.
    pub point: [f64; 2],
}

impl From<AreaItem> for AreaEntry {
    fn from(i: AreaItem) -> Self {
        Self {
            item_type: i.item_type,
            id: i.id,
            title: i.title,
            kind: i.kind,
            support_count: i.support_count,
            outcome: i.outcome,
            created_at: rfc3339(i.created_at),
            point: [i.lon, i.lat],
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SinceLastWeek {
    /// Since when: the previous meeting's start, or the schedule's interval before this one.
    pub since: String,
    pub new: Vec<AreaEntry>,
    pub most_supported: Vec<AreaEntry>,
    pub open_outcomes: Vec<AreaEntry>,
}

/// What the map says about the group's area since the previous meeting (members).
#[utoipa::path(get, path = "/api/v1/groups/{id}/meetings/{meeting_id}/since-last-week", tag = "groups",
    params(("id" = Uuid, Path), ("meeting_id" = Uuid, Path)),
    responses((status = 200, body = SinceLastWeek),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn since_last_week(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, meeting_id)): Path<(Uuid, Uuid)>,
) -> Result<Json<SinceLastWeek>, ApiError> {
    let (group, standing) = standing(&state, &identity, id).await?;
    let row = group_meeting(&state, id, meeting_id).await?;
    require(standing, Standing::Member)?;
    let meetings = store::meetings(&state.pool, id).await?;
    let since = meetings
        .iter()
        .filter(|m| m.starts_at < row.starts_at)
        .map(|m| m.starts_at)
        .max()
        .unwrap_or(row.starts_at - time::Duration::weeks(i64::from(group.interval_weeks)));
    let mut conn = state.pool.acquire().await?;
    let found = store::since_last_week(&mut conn, id, since).await?;
    Ok(Json(SinceLastWeek {
        since: rfc3339(since),
        new: found.new.into_iter().map(AreaEntry::from).collect(),
        most_supported: found
            .most_supported
            .into_iter()
            .map(AreaEntry::from)
            .collect(),
        open_outcomes: found
            .open_outcomes
            .into_iter()
            .map(AreaEntry::from)
            .collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAgendaItem {
    /// The item's words; the pin's or proposal's title when absent.
    #[schema(max_length = 500)]
    pub text: Option<String>,
    /// A published pin of the plan.
    pub contribution: Option<Uuid>,
    /// A submitted proposal of the plan.
    pub proposal: Option<Uuid>,
}

/// Adds an item to a meeting's agenda (members); the same pin twice is one item.
#[utoipa::path(post, path = "/api/v1/groups/{id}/meetings/{meeting_id}/agenda", tag = "groups",
    params(("id" = Uuid, Path), ("meeting_id" = Uuid, Path)),
    request_body = NewAgendaItem,
    responses((status = 201, body = AgendaItem),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn add_agenda_item(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, meeting_id)): Path<(Uuid, Uuid)>,
    body: JsonBody<NewAgendaItem>,
) -> Result<Response, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    let row = group_meeting(&state, id, meeting_id).await?;
    require(standing, Standing::Member)?;
    let b = body.value;
    let text = b.text.as_deref().map(str::trim).filter(|t| !t.is_empty());
    let source = match (b.contribution, b.proposal) {
        (None, None) if text.is_none() => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "text",
                "write the item, or name a pin or a proposal",
            )));
        }
        (None, None) => AgendaSource::Text,
        (Some(c), None) => AgendaSource::Contribution(c),
        (None, Some(p)) => AgendaSource::Proposal(p),
        (Some(_), Some(_)) => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "proposal",
                "name a pin or a proposal, not both",
            )));
        }
    };
    if text.is_some_and(|t| t.chars().count() > 500) {
        return Err(ApiError::Validation(ValidationErrors::one(
            "text",
            "write at most 500 characters",
        )));
    }
    let mut tx = state.pool.begin().await?;
    let item = store::add_agenda_item(&mut tx, row.id, text, source, identity.user()?.id)
        .await?
        .ok_or(ApiError::NotFound("contribution"))?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(AgendaItem::from(item))).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RaiseBody {
    /// An organisation of the group's plan.
    pub organisation: Uuid,
}

/// "Raise it": carries an agenda item to an organisation of the plan, whose responders
/// then see it among what awaits their answer (the group's facilitators).
#[utoipa::path(post, path = "/api/v1/groups/{id}/meetings/{meeting_id}/agenda/{item_id}/raise", tag = "groups",
    params(("id" = Uuid, Path), ("meeting_id" = Uuid, Path), ("item_id" = Uuid, Path)),
    request_body = RaiseBody,
    responses((status = 200, body = AgendaItem),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn raise_item(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, meeting_id, item_id)): Path<(Uuid, Uuid, Uuid)>,
    body: JsonBody<RaiseBody>,
) -> Result<Json<AgendaItem>, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    let row = group_meeting(&state, id, meeting_id).await?;
    require(standing, Standing::Facilitator)?;
    let mut tx = state.pool.begin().await?;
    let item = match store::raise(&mut tx, row.id, item_id, body.value.organisation).await? {
        Raise::Done(item) => item,
        Raise::ItemNotFound => return Err(ApiError::NotFound("agenda item")),
        Raise::OrganisationNotFound => return Err(ApiError::NotFound("organisation")),
    };
    waymark_store::moderation::audit(
        &mut *tx,
        &identity.user()?.key(),
        "group.raise",
        "group_agenda_item",
        &item_id.to_string(),
        None,
        None,
        Some(serde_json::json!({ "organisation": body.value.organisation })),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(AgendaItem::from(item)))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RaisedItem {
    pub id: Uuid,
    pub text: String,
    pub group: Uuid,
    pub group_name: String,
    pub meeting: Uuid,
    pub contribution: Option<Uuid>,
    pub proposal: Option<Uuid>,
    pub raised_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RaisedList {
    pub items: Vec<RaisedItem>,
}

/// What groups raised to an organisation (its responders, admins).
#[utoipa::path(get, path = "/api/v1/organisations/{id}/raised-items", tag = "groups",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = RaisedList),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn raised_items(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
) -> Result<Json<RaisedList>, ApiError> {
    identity.authorize(waymark_domain::Action::Respond, false)?;
    let user = identity.user()?;
    if user.role != Role::Admin && !store::answers_for(&state.pool, user.id, id).await? {
        return Err(ApiError::Forbidden("problem-detail-forbidden"));
    }
    let rows = store::raised_to(&state.pool, id).await?;
    Ok(Json(RaisedList {
        items: rows
            .into_iter()
            .map(|r| RaisedItem {
                id: r.id,
                text: r.text,
                group: r.group_id,
                group_name: r.group_name,
                meeting: r.meeting_id,
                contribution: r.contribution_id,
                proposal: r.proposal_id,
                raised_at: rfc3339(r.raised_at),
            })
            .collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MinutesBody {
    /// Markdown; raw HTML is shown as text.
    #[schema(max_length = 50000)]
    pub minutes: String,
}

/// Writes a meeting's minutes (the group's facilitators).
#[utoipa::path(put, path = "/api/v1/groups/{id}/meetings/{meeting_id}/minutes", tag = "groups",
    params(("id" = Uuid, Path), ("meeting_id" = Uuid, Path)),
    request_body = MinutesBody,
    responses((status = 200, body = Meeting),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn set_minutes(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, meeting_id)): Path<(Uuid, Uuid)>,
    body: JsonBody<MinutesBody>,
) -> Result<Json<Meeting>, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    let row = group_meeting(&state, id, meeting_id).await?;
    require(standing, Standing::Facilitator)?;
    if body.value.minutes.chars().count() > 50_000 {
        return Err(ApiError::Validation(ValidationErrors::one(
            "minutes",
            "write at most 50000 characters",
        )));
    }
    store::set_minutes(&state.pool, row.id, &body.value.minutes).await?;
    let row = group_meeting(&state, id, meeting_id).await?;
    Ok(Json(meeting(&row, true)))
}

/// Publishes the minutes (the group's facilitators): anyone can read them on the
/// group's page, and every member gets them by mail, once.
#[utoipa::path(post, path = "/api/v1/groups/{id}/meetings/{meeting_id}/publish", tag = "groups",
    params(("id" = Uuid, Path), ("meeting_id" = Uuid, Path)),
    responses((status = 200, body = Meeting),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn publish(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, meeting_id)): Path<(Uuid, Uuid)>,
) -> Result<Json<Meeting>, ApiError> {
    let (group, standing) = standing(&state, &identity, id).await?;
    let row = group_meeting(&state, id, meeting_id).await?;
    require(standing, Standing::Facilitator)?;
    let mut tx = state.pool.begin().await?;
    if store::publish_minutes(&mut *tx, row.id).await? {
        let date = row.starts_at.date().to_string();
        let url = format!(
            "{}/p/{}/groups/{}",
            state.mail_origin, group.plan, group.slug
        );
        let mails: Vec<Mail> = store::member_addresses(&mut *tx, id)
            .await?
            .into_iter()
            .map(|(email, _, lang)| {
                let lang = Lang::from_tag(&lang).unwrap_or_default();
                minutes_mail(lang, email, &group.name, &date, &row.minutes_md, &url)
            })
            .collect();
        store::queue_mails(&mut tx, "group_minutes", &mails).await?;
    }
    let row = store::meeting(&mut *tx, row.id)
        .await?
        .ok_or(ApiError::NotFound("meeting"))?;
    tx.commit().await?;
    Ok(Json(meeting(&row, true)))
}

/// The minutes mail, in the member's language.
fn minutes_mail(lang: Lang, to: String, group: &str, date: &str, minutes: &str, url: &str) -> Mail {
    let args = [
        ("group", FluentValue::from(group)),
        ("date", FluentValue::from(date)),
        ("url", FluentValue::from(url)),
    ];
    let subject = waymark_i18n::text(lang, "mail-group-minutes-subject", &args);
    let intro = waymark_i18n::text(lang, "mail-group-minutes-body", &args);
    Mail {
        to,
        subject,
        body_text: format!("{intro}\n\n{minutes}\n"),
        headers: serde_json::json!({}),
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendanceBody {
    /// The members who came.
    pub users: Vec<Uuid>,
}

/// Records who came (the group's facilitators).
#[utoipa::path(put, path = "/api/v1/groups/{id}/meetings/{meeting_id}/attendance", tag = "groups",
    params(("id" = Uuid, Path), ("meeting_id" = Uuid, Path)),
    request_body = AttendanceBody,
    responses((status = 204),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn set_attendance(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, meeting_id)): Path<(Uuid, Uuid)>,
    body: JsonBody<AttendanceBody>,
) -> Result<StatusCode, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    let row = group_meeting(&state, id, meeting_id).await?;
    require(standing, Standing::Facilitator)?;
    let mut tx = state.pool.begin().await?;
    store::set_attendance(&mut tx, row.id, id, &body.value.users).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewActionPoint {
    #[schema(min_length = 1, max_length = 500)]
    pub text: String,
    /// Who will do it.
    #[schema(min_length = 1, max_length = 120)]
    pub owner: String,
    /// `YYYY-MM-DD`.
    pub due: Option<String>,
}

/// Agrees an action point at a meeting (members); it is carried to every later meeting
/// until done.
#[utoipa::path(post, path = "/api/v1/groups/{id}/meetings/{meeting_id}/action-points", tag = "groups",
    params(("id" = Uuid, Path), ("meeting_id" = Uuid, Path)),
    request_body = NewActionPoint,
    responses((status = 201, body = ActionPoint),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn add_action_point(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, meeting_id)): Path<(Uuid, Uuid)>,
    body: JsonBody<NewActionPoint>,
) -> Result<Response, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    let row = group_meeting(&state, id, meeting_id).await?;
    require(standing, Standing::Member)?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let text = b.text.trim();
    let owner = b.owner.trim();
    if text.is_empty() || text.chars().count() > 500 {
        errors.push("text", "write 1 to 500 characters");
    }
    if owner.is_empty() || owner.chars().count() > 120 {
        errors.push("owner", "name who will do it (1 to 120 characters)");
    }
    let due = match b.due.as_deref() {
        None => None,
        Some(d) => {
            let parsed = Date::parse(d, time::macros::format_description!("[year]-[month]-[day]"));
            if parsed.is_err() {
                errors.push("due", "give the date as YYYY-MM-DD");
            }
            parsed.ok()
        }
    };
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let point = store::add_action_point(&state.pool, &row, text, owner, due).await?;
    Ok((StatusCode::CREATED, Json(ActionPoint::from(point))).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DoneBody {
    pub done: bool,
}

/// Ticks an action point done, or not done (members).
#[utoipa::path(put, path = "/api/v1/groups/{id}/action-points/{point_id}/done", tag = "groups",
    params(("id" = Uuid, Path), ("point_id" = Uuid, Path)),
    request_body = DoneBody,
    responses((status = 204),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn action_point_done(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, point_id)): Path<(Uuid, Uuid)>,
    body: JsonBody<DoneBody>,
) -> Result<StatusCode, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Member)?;
    if !store::set_action_point_done(&state.pool, id, point_id, body.value.done).await? {
        return Err(ApiError::NotFound("action point"));
    }
    Ok(StatusCode::NO_CONTENT)
}

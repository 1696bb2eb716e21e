//! Threads and replies in the members' space, moderated like pins: flags, hide and
//! restore by the group's facilitators or the site's moderators, each in the audit log.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use waymark_domain::{Role, ValidationErrors};
use waymark_store::groups::{self as store, PostRow};

use super::pages::rfc3339;
use super::{Standing, require, standing};
use crate::auth::identity::Identity;
use crate::extract::{JsonBody, Path};
use crate::{ApiError, AppState, Problem};

#[derive(Debug, Serialize, ToSchema)]
pub struct Post {
    pub id: Uuid,
    pub thread: Option<Uuid>,
    pub title: Option<String>,
    pub body: String,
    pub author: Option<String>,
    pub status: String,
    pub reply_count: i64,
    pub created_at: String,
}

impl From<PostRow> for Post {
    fn from(r: PostRow) -> Self {
        Self {
            id: r.id,
            thread: r.thread_id,
            title: r.title,
            body: r.body,
            author: r.author,
            status: r.status,
            reply_count: r.reply_count,
            created_at: rfc3339(r.created_at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PostList {
    pub posts: Vec<Post>,
}

/// Who may see hidden posts and hide or restore them.
fn moderates(identity: &Identity, standing: Standing) -> bool {
    standing >= Standing::Facilitator || identity.role() == Some(Role::Moderator)
}

/// The group's threads (members).
#[utoipa::path(get, path = "/api/v1/groups/{id}/threads", tag = "groups",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = PostList),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn list_threads(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
) -> Result<Json<PostList>, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Member)?;
    let rows = store::threads(&state.pool, id, moderates(&identity, standing)).await?;
    Ok(Json(PostList {
        posts: rows.into_iter().map(Post::from).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPost {
    /// A thread's title (not for replies).
    #[schema(max_length = 120)]
    pub title: Option<String>,
    #[schema(min_length = 1, max_length = 4000)]
    pub body: String,
}

fn checked(b: &NewPost, thread: bool) -> Result<(), ApiError> {
    let mut errors = ValidationErrors::default();
    let body = b.body.trim();
    if body.is_empty() || body.chars().count() > 4000 {
        errors.push("body", "write 1 to 4000 characters");
    }
    match (&b.title, thread) {
        (Some(t), true) if !t.trim().is_empty() && t.trim().chars().count() <= 120 => {}
        (_, true) => errors.push("title", "give the thread a title of 1 to 120 characters"),
        (Some(_), false) => errors.push("title", "a reply has no title"),
        (None, false) => {}
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Validation(errors))
    }
}

/// Starts a thread (members).
#[utoipa::path(post, path = "/api/v1/groups/{id}/threads", tag = "groups",
    params(("id" = Uuid, Path)),
    request_body = NewPost,
    responses((status = 201, body = Post),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn create_thread(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
    body: JsonBody<NewPost>,
) -> Result<Response, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Member)?;
    checked(&body.value, true)?;
    let b = body.value;
    let post = store::post(
        &state.pool,
        id,
        None,
        b.title.as_deref().map(str::trim),
        b.body.trim(),
        identity.user()?.id,
    )
    .await?
    .ok_or(ApiError::NotFound("thread"))?;
    let rows = store::thread(&state.pool, id, post, true).await?;
    let first = rows
        .into_iter()
        .next()
        .ok_or(ApiError::NotFound("thread"))?;
    Ok((StatusCode::CREATED, Json(Post::from(first))).into_response())
}

/// A thread and its replies (members).
#[utoipa::path(get, path = "/api/v1/groups/{id}/threads/{thread_id}", tag = "groups",
    params(("id" = Uuid, Path), ("thread_id" = Uuid, Path)),
    responses((status = 200, body = PostList),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn get_thread(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, thread_id)): Path<(Uuid, Uuid)>,
) -> Result<Json<PostList>, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Member)?;
    let rows = store::thread(&state.pool, id, thread_id, moderates(&identity, standing)).await?;
    if rows.first().is_none_or(|p| p.thread_id.is_some()) {
        return Err(ApiError::NotFound("thread"));
    }
    Ok(Json(PostList {
        posts: rows.into_iter().map(Post::from).collect(),
    }))
}

/// Replies to a thread (members).
#[utoipa::path(post, path = "/api/v1/groups/{id}/threads/{thread_id}/replies", tag = "groups",
    params(("id" = Uuid, Path), ("thread_id" = Uuid, Path)),
    request_body = NewPost,
    responses((status = 201),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn reply(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, thread_id)): Path<(Uuid, Uuid)>,
    body: JsonBody<NewPost>,
) -> Result<StatusCode, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Member)?;
    checked(&body.value, false)?;
    store::post(
        &state.pool,
        id,
        Some(thread_id),
        None,
        body.value.body.trim(),
        identity.user()?.id,
    )
    .await?
    .ok_or(ApiError::NotFound("thread"))?;
    Ok(StatusCode::CREATED)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PostFlagBody {
    #[schema(min_length = 1, max_length = 500)]
    pub reason: String,
}

/// Flags a thread or reply for the group's facilitators (members); once per person.
#[utoipa::path(post, path = "/api/v1/groups/{id}/posts/{post_id}/flags", tag = "groups",
    params(("id" = Uuid, Path), ("post_id" = Uuid, Path)),
    request_body = PostFlagBody,
    responses((status = 202),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn flag_post(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, post_id)): Path<(Uuid, Uuid)>,
    body: JsonBody<PostFlagBody>,
) -> Result<StatusCode, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Member)?;
    let reason = body.value.reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(ApiError::Validation(ValidationErrors::one(
            "reason",
            "say what is wrong in 1 to 500 characters",
        )));
    }
    store::flag_post(&state.pool, id, post_id, &identity.user()?.key(), reason)
        .await?
        .ok_or(ApiError::NotFound("post"))?;
    Ok(StatusCode::ACCEPTED)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModeratePostBody {
    /// `hide` or `restore`.
    pub action: String,
    #[schema(min_length = 1, max_length = 500)]
    pub reason: String,
}

/// Hides or restores a post (the group's facilitators, moderators, admins); recorded in
/// the audit log.
#[utoipa::path(post, path = "/api/v1/groups/{id}/posts/{post_id}/moderation", tag = "moderation",
    params(("id" = Uuid, Path), ("post_id" = Uuid, Path)),
    request_body = ModeratePostBody,
    responses((status = 204),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn moderate_post(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, post_id)): Path<(Uuid, Uuid)>,
    body: JsonBody<ModeratePostBody>,
) -> Result<StatusCode, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    if !moderates(&identity, standing) {
        require(standing, Standing::Facilitator)?;
    }
    let to = match body.value.action.as_str() {
        "hide" => "hidden",
        "restore" => "published",
        _ => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "action",
                "use hide or restore",
            )));
        }
    };
    let reason = body.value.reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(ApiError::Validation(ValidationErrors::one(
            "reason",
            "give a reason of 1 to 500 characters",
        )));
    }
    let mut tx = state.pool.begin().await?;
    store::moderate_post(&mut tx, id, post_id, to, reason, &identity.user()?.key())
        .await?
        .ok_or(ApiError::NotFound("post"))?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

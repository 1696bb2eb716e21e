//! A group's resources: links, and files kept in the object store (`files`): typed by
//! their bytes (413 / 415 with nothing stored), served as attachments with nosniff, and
//! members-only files checked against the asker's membership on every request.

use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use waymark_domain::ValidationErrors;
use waymark_store::groups::{self as store, ResourceRow};

use super::pages::rfc3339;
use super::{Standing, require, standing};
use crate::auth::identity::Identity;
use crate::error::Detail;
use crate::extract::{JsonBody, Path, Query};
use crate::files::{Disposition, FileStore, Kinds};
use crate::{ApiError, AppState, Problem};

#[derive(Debug, Serialize, ToSchema)]
pub struct Resource {
    pub id: Uuid,
    pub title: String,
    pub url: Option<String>,
    pub file: Option<Uuid>,
    pub members_only: bool,
    pub created_at: String,
}

impl From<ResourceRow> for Resource {
    fn from(r: ResourceRow) -> Self {
        Self {
            id: r.id,
            title: r.title,
            url: r.url,
            file: r.file_id,
            members_only: r.members_only,
            created_at: rfc3339(r.created_at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResourceList {
    pub resources: Vec<Resource>,
}

/// The group's resources: the public ones for everyone, all of them for members.
#[utoipa::path(get, path = "/api/v1/groups/{id}/resources", tag = "groups",
    params(("id" = Uuid, Path)),
    responses((status = 200, body = ResourceList),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn list_resources(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
) -> Result<Json<ResourceList>, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    let rows = store::resources(&state.pool, id, standing.is_member()).await?;
    Ok(Json(ResourceList {
        resources: rows.into_iter().map(Resource::from).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLink {
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    /// An http(s) address.
    pub url: String,
    /// Only members see it; true when absent.
    pub members_only: Option<bool>,
}

/// Shares a link with the group (members).
#[utoipa::path(post, path = "/api/v1/groups/{id}/resources", tag = "groups",
    params(("id" = Uuid, Path)),
    request_body = NewLink,
    responses((status = 201, body = Resource),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn add_resource(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
    body: JsonBody<NewLink>,
) -> Result<Response, ApiError> {
    let (_, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Member)?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let title = b.title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        errors.push("title", "give a title of 1 to 200 characters");
    }
    let url = b.url.trim();
    if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() > 2000 {
        errors.push("url", "give an address starting with https:// or http://");
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let row = store::add_resource(
        &state.pool,
        id,
        title,
        Some(url),
        None,
        b.members_only.unwrap_or(true),
        identity.user()?.id,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(Resource::from(row))).into_response())
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct UploadParams {
    /// The resource's title.
    pub title: String,
    /// The file's name (its extension is set from the bytes).
    pub name: String,
    /// Only members may download it; true when absent.
    pub members_only: Option<bool>,
}

/// Uploads a file to the group (members): PDF, images or office documents, the bytes as
/// the request body. The type is read from the bytes, never the name.
#[utoipa::path(post, path = "/api/v1/groups/{id}/files", tag = "groups",
    params(("id" = Uuid, Path), UploadParams),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, body = Resource),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 413, body = Problem, content_type = "application/problem+json"),
              (status = 415, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn upload_file(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
    Query(params): Query<UploadParams>,
    body: Body,
) -> Result<Response, ApiError> {
    let (group, standing) = standing(&state, &identity, id).await?;
    require(standing, Standing::Member)?;
    let title = params.title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        return Err(ApiError::Validation(ValidationErrors::one(
            "title",
            "give a title of 1 to 200 characters",
        )));
    }
    // One byte more than the limit is enough to know it is too large.
    let limit = state.files.max_bytes();
    let bytes = axum::body::to_bytes(body, limit + 1)
        .await
        .map_err(|_| ApiError::Refused {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            code: "file_too_large",
            detail: Detail::new("problem-detail-file-too-large").arg("limit", limit / 1024 / 1024),
        })?;
    let accepted = state.files.accept(bytes, Kinds::Documents)?;
    let plan_id = waymark_store::plans::id(&state.pool, &group.plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let user = identity.user()?;
    let mut tx = state.pool.begin().await?;
    let file = state
        .files
        .save(&mut tx, plan_id, accepted, &params.name, Some(user.id))
        .await?;
    let row = store::add_resource(
        &mut *tx,
        id,
        title,
        None,
        Some(file.id),
        params.members_only.unwrap_or(true),
        user.id,
    )
    .await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(Resource::from(row))).into_response())
}

/// Downloads a resource's file: public ones for anyone, members-only ones for members,
/// checked on every request.
#[utoipa::path(get, path = "/api/v1/groups/{id}/resources/{resource_id}/file", tag = "groups",
    params(("id" = Uuid, Path), ("resource_id" = Uuid, Path)),
    responses((status = 200, description = "The file, as an attachment"),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn download_file(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, resource_id)): Path<(Uuid, Uuid)>,
) -> Result<Response, ApiError> {
    let (group, standing) = standing(&state, &identity, id).await?;
    let resource = store::resource(&state.pool, id, resource_id)
        .await?
        .ok_or(ApiError::NotFound("resource"))?;
    if resource.members_only {
        require(standing, Standing::Member)?;
    }
    let file_id = resource.file_id.ok_or(ApiError::NotFound("file"))?;
    let plan_id = waymark_store::plans::id(&state.pool, &group.plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let mut conn = state.pool.acquire().await?;
    let file = FileStore::find(&mut conn, plan_id, file_id)
        .await?
        .ok_or(ApiError::NotFound("file"))?;
    state
        .files
        .respond(&file, Disposition::Attachment, resource.members_only)
        .await
}

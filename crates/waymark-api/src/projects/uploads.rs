//! A project's photos (on its updates) and documents, kept through the file store:
//! uploaded as the request's body, typed by their bytes (photos must be images), too
//! large → 413 and not an allowed type → 415 with nothing stored. Projects are public,
//! so their files are too; photos are shown inline, documents downloaded.

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use futures::TryStreamExt;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::ValidationErrors;
use waymark_store::projects as store;

use super::for_team;
use crate::auth::identity::Identity;
use crate::extract::{Path, Query};
use crate::files::{Disposition, FileStore, Kinds};
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(update_photo))
        .routes(routes!(add_document))
        .routes(routes!(project_file))
}

/// Where a project's file is served.
pub(super) fn file_url(project: Uuid, file: Uuid) -> String {
    format!("/api/v1/projects/{project}/files/{file}")
}

/// The request body, read up to one byte past the store's limit: `accept` then
/// refuses it as too large without the whole of a huge upload in memory.
async fn read(body: Body, files: &FileStore) -> Result<Bytes, ApiError> {
    let limit = files.max_bytes() + 1;
    let mut stream = body.into_data_stream();
    let mut bytes = Vec::new();
    while let Some(chunk) = stream.try_next().await.map_err(|_| ApiError::Refused {
        status: StatusCode::BAD_REQUEST,
        code: "upload_incomplete",
        detail: crate::Detail::new("problem-detail-upload-incomplete"),
    })? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() >= limit {
            bytes.truncate(limit);
            break;
        }
    }
    Ok(Bytes::from(bytes))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct PhotoParams {
    /// What the photo shows, for people who cannot see it.
    pub alt: Option<String>,
    /// The file's name on the uploader's computer.
    pub name: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Photo {
    pub url: String,
    pub alt: String,
}

/// Puts a photo on an update (the team): the body is the image itself (PNG, JPEG,
/// GIF or WebP, by its bytes).
#[utoipa::path(post, path = "/api/v1/projects/{id}/updates/{update}/photo", tag = "projects",
    params(("id" = Uuid, Path), ("update" = Uuid, Path), PhotoParams),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses(
        (status = 201, body = Photo),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn update_photo(
    State(state): State<AppState>,
    Path((id, update)): Path<(Uuid, Uuid)>,
    identity: Identity,
    Query(q): Query<PhotoParams>,
    body: Body,
) -> Result<(StatusCode, Json<Photo>), ApiError> {
    let (project, user) = for_team(&state, &identity, id).await?;
    let alt = q.alt.as_deref().unwrap_or("").trim().to_owned();
    if alt.chars().count() > 300 {
        return Err(ApiError::Validation(ValidationErrors::one(
            "alt",
            "300 characters or fewer",
        )));
    }
    if !store::update_exists(&state.pool, id, update).await? {
        return Err(ApiError::NotFound("update"));
    }
    let accepted = state
        .files
        .accept(read(body, &state.files).await?, Kinds::Images)?;
    let mut tx = state.pool.begin().await?;
    let name = q.name.as_deref().unwrap_or("photo");
    let file = state
        .files
        .save(&mut tx, project.plan_id, accepted, name, Some(user))
        .await?;
    store::set_update_photo(&mut *tx, id, update, file.id, &alt).await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(Photo {
            url: file_url(id, file.id),
            alt,
        }),
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct DocumentParams {
    /// The title shown on the project's page.
    pub title: String,
    /// The file's name on the uploader's computer.
    pub name: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Document {
    pub id: Uuid,
    pub title: String,
    pub url: String,
    pub content_type: String,
    pub byte_size: i64,
}

/// Adds a document (the team): the body is the file itself (PDF, office documents or
/// images, by its bytes).
#[utoipa::path(post, path = "/api/v1/projects/{id}/documents", tag = "projects",
    params(("id" = Uuid, Path), DocumentParams),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses(
        (status = 201, body = Document),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 413, body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn add_document(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    Query(q): Query<DocumentParams>,
    body: Body,
) -> Result<(StatusCode, Json<Document>), ApiError> {
    let (project, user) = for_team(&state, &identity, id).await?;
    let mut errors = ValidationErrors::default();
    let title = super::text(&mut errors, "title", &q.title, 1, 200);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let accepted = state
        .files
        .accept(read(body, &state.files).await?, Kinds::Documents)?;
    let content_type = accepted.content_type().to_owned();
    let mut tx = state.pool.begin().await?;
    let name = q.name.as_deref().unwrap_or(&title);
    let file = state
        .files
        .save(&mut tx, project.plan_id, accepted, name, Some(user))
        .await?;
    let document = store::add_document(&mut *tx, id, file.id, &title).await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(Document {
            id: document,
            title,
            url: file_url(id, file.id),
            content_type,
            byte_size: file.byte_size,
        }),
    ))
}

/// One of a project's files: an update's photo (shown inline) or a document
/// (downloaded).
#[utoipa::path(get, path = "/api/v1/projects/{id}/files/{file}", tag = "projects",
    params(("id" = Uuid, Path), ("file" = Uuid, Path)),
    responses(
        (status = 200, description = "The file's bytes"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn project_file(
    State(state): State<AppState>,
    Path((id, file)): Path<(Uuid, Uuid)>,
) -> Result<Response, ApiError> {
    let project = store::get(&state.pool, id)
        .await?
        .ok_or(ApiError::NotFound("project"))?;
    let photo = store::file_use(&state.pool, id, file)
        .await?
        .ok_or(ApiError::NotFound("file"))?;
    let mut conn = state.pool.acquire().await?;
    let row = FileStore::find(&mut conn, project.plan_id, file)
        .await?
        .ok_or(ApiError::NotFound("file"))?;
    let disposition = if photo {
        Disposition::InlineImage
    } else {
        Disposition::Attachment
    };
    state.files.respond(&row, disposition, false).await
}

pub(super) async fn documents(state: &AppState, project: Uuid) -> Result<Vec<Document>, ApiError> {
    Ok(store::documents(&state.pool, project)
        .await?
        .into_iter()
        .map(|d| Document {
            id: d.id,
            title: d.title,
            url: file_url(project, d.file_id),
            content_type: d.content_type,
            byte_size: d.byte_size,
        })
        .collect())
}

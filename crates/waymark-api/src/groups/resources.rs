//! A group's resources: links now; stored files come with the shared object store
//! (`files`), through the same list.

use axum::Json;
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
use crate::extract::{JsonBody, Path};
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

//! A plan's organisations, and the accounts that answer for them.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use waymark_domain::outcome::OrganisationKind;
use waymark_domain::{Action, Role, ValidationErrors};
use waymark_store::organisations::{self as store, Assign, CreateOrganisation, OrganisationRow};

use crate::auth::identity::Identity;
use crate::error::Detail;
use crate::extract::{JsonBody, Path};
use crate::{ApiError, AppState, Problem};

#[derive(Debug, Serialize, ToSchema)]
pub struct Organisation {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub kind: OrganisationKind,
}

impl TryFrom<OrganisationRow> for Organisation {
    type Error = ApiError;

    fn try_from(row: OrganisationRow) -> Result<Self, ApiError> {
        Ok(Self {
            id: row.id,
            slug: row.slug,
            name: row.name,
            kind: row.kind.parse().map_err(ApiError::internal)?,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationList {
    pub organisations: Vec<Organisation>,
}

/// A plan's organisations: who may answer what its people say.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/organisations", tag = "outcomes",
    params(("plan" = String, Path, description = "The plan's slug")),
    responses(
        (status = 200, body = OrganisationList),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn list_organisations(
    State(state): State<AppState>,
    Path(plan): Path<String>,
) -> Result<Json<OrganisationList>, ApiError> {
    let rows = store::organisations(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    Ok(Json(OrganisationList {
        organisations: rows
            .into_iter()
            .map(Organisation::try_from)
            .collect::<Result<_, _>>()?,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOrganisationBody {
    /// 1 to 200 characters, as it signs its responses.
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    /// Its address in the plan; made from the name when absent.
    #[schema(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length = 64)]
    pub slug: Option<String>,
    /// `other` when absent.
    pub kind: Option<OrganisationKind>,
}

/// Adds an organisation to a plan (admins).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/organisations", tag = "outcomes",
    params(("plan" = String, Path, description = "The plan's slug")),
    request_body = NewOrganisationBody,
    responses(
        (status = 201, body = Organisation),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The plan has an organisation with this slug", body = Problem,
         content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn create_organisation(
    State(state): State<AppState>,
    identity: Identity,
    Path(plan): Path<String>,
    body: JsonBody<NewOrganisationBody>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::ManageOrganisations, false)?;
    let actor = identity.user()?.key();
    let b = body.value;
    let (name, slug) = organisation_fields(&b.name, b.slug.as_deref())?;
    let kind = b.kind.unwrap_or(OrganisationKind::Other);
    let mut tx = state.pool.begin().await?;
    let row = match store::create_organisation(&mut tx, &plan, &slug, &name, kind.as_str()).await? {
        CreateOrganisation::Created(row) => row,
        CreateOrganisation::PlanNotFound => return Err(ApiError::NotFound("plan")),
        CreateOrganisation::SlugTaken => {
            return Err(ApiError::Conflict(
                Detail::new("problem-detail-organisation-slug-taken").arg("slug", &slug),
            ));
        }
    };
    waymark_store::moderation::audit(
        &mut *tx,
        &actor,
        "organisation.create",
        "organisation",
        &row.id.to_string(),
        None,
        None,
        Some(serde_json::json!({
            "plan": plan, "slug": row.slug, "name": row.name, "kind": row.kind,
        })),
    )
    .await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(Organisation::try_from(row)?)).into_response())
}

/// A checked organisation name and slug (from the name when none is given).
pub fn organisation_fields(name: &str, slug: Option<&str>) -> Result<(String, String), ApiError> {
    let mut errors = ValidationErrors::default();
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        errors.push("name", "give a name of 1 to 200 characters");
    }
    let slug = match slug {
        Some(s) => errors.check(waymark_domain::PlanSlug::parse(s).map(|s| s.as_str().to_owned())),
        None => {
            let made = waymark_domain::plan::slug_from_name(name);
            if made.is_none() && !name.is_empty() {
                errors.push(
                    "slug",
                    "the name has no letter or digit to make a slug from",
                );
            }
            made
        }
    };
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    Ok((name.to_owned(), slug.unwrap_or_default()))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResponderAssigned {
    pub user: Uuid,
    pub organisation: Uuid,
    pub role: Role,
}

/// Makes an account a responder of an organisation (admins): they then answer for it,
/// and only for it. Recorded in the audit log with the role they had before.
#[utoipa::path(put, path = "/api/v1/organisations/{id}/responders/{user_id}", tag = "outcomes",
    params(("id" = Uuid, Path, description = "The organisation"),
           ("user_id" = Uuid, Path, description = "The account")),
    responses(
        (status = 200, body = ResponderAssigned),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn assign_responder(
    State(state): State<AppState>,
    identity: Identity,
    Path((organisation, user)): Path<(Uuid, Uuid)>,
) -> Result<Json<ResponderAssigned>, ApiError> {
    identity.authorize(Action::ManageOrganisations, false)?;
    let actor = identity.user()?.key();
    let mut tx = state.pool.begin().await?;
    match store::make_responder(&mut tx, organisation, user, &actor).await? {
        Assign::Done { .. } => {}
        Assign::OrganisationNotFound => return Err(ApiError::NotFound("organisation")),
        Assign::UserNotFound => return Err(ApiError::NotFound("user")),
    }
    tx.commit().await?;
    Ok(Json(ResponderAssigned {
        user,
        organisation,
        role: Role::Responder,
    }))
}

//! Requests made on someone's behalf: a data officer (or an admin) finds what a
//! resident without e-mail gave through a mobiliser, by the name or note recorded,
//! within a plan, and exports or erases it. Every request is in the audit log: who
//! asked, when, and what was done (counts and ids, never the words or the name).

use axum::Json;
use axum::extract::State;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::{Action, ValidationErrors};
use waymark_store::moderation::audit;
use waymark_store::my_data as store;

use super::{ErasedCounts, zip_of, zip_response};
use crate::auth::identity::Identity;
use crate::extract::{JsonBody, Path, Query};
use crate::lang::ReaderLang;
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(search))
        .routes(routes!(export))
        .routes(routes!(erase))
        .routes(routes!(assign))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OfficerAssigned {
    pub user: Uuid,
    pub plan: String,
    /// `data_officer`.
    pub role: waymark_domain::Role,
}

/// Makes an account a data officer of the plan (admins), besides any plans it answers
/// for already. Recorded in the audit log with the role it had before.
#[utoipa::path(put, path = "/api/v1/plans/{plan}/data-officers/{user_id}", tag = "your data",
    params(("plan" = String, Path), ("user_id" = Uuid, Path, description = "The account")),
    responses(
        (status = 200, body = OfficerAssigned),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn assign(
    State(state): State<AppState>,
    identity: Identity,
    Path((plan, user)): Path<(String, Uuid)>,
) -> Result<Json<OfficerAssigned>, ApiError> {
    identity.authorize(Action::ManageUsers, false)?;
    let me = identity.user()?;
    if me.id == user {
        return Err(ApiError::Refused {
            status: axum::http::StatusCode::CONFLICT,
            code: "own_account",
            detail: crate::Detail::new("problem-detail-own-account"),
        });
    }
    let mut tx = state.pool.begin().await?;
    match store::make_officer(&mut tx, &plan, user, &me.key()).await? {
        store::OfficerAssign::Done => {}
        store::OfficerAssign::PlanNotFound => return Err(ApiError::NotFound("plan")),
        store::OfficerAssign::UserNotFound => return Err(ApiError::NotFound("user")),
    }
    tx.commit().await?;
    Ok(Json(OfficerAssigned {
        user,
        plan,
        role: waymark_domain::Role::DataOfficer,
    }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Part of the name or note a mobiliser recorded (any case), 2 to 120 characters.
    pub name: String,
}

/// A contribution recorded on someone's behalf.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecordedItem {
    pub id: Uuid,
    pub title: String,
    /// How the resident asked to be recorded.
    pub on_behalf_of: Option<String>,
    pub display_name: Option<String>,
    pub channel: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    pub conversation_date: Option<String>,
    pub status: String,
    #[schema(value_type = String, format = DateTime)]
    pub created_at: String,
}

/// Finds what mobilisers recorded on someone's behalf in the plan, by the name or note
/// recorded. A data officer of another plan finds nothing.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/data-requests", tag = "your data",
    params(("plan" = String, Path), SearchParams),
    responses(
        (status = 200, body = Vec<RecordedItem>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn search(
    State(state): State<AppState>,
    identity: Identity,
    Path(plan): Path<String>,
    Query(params): Query<SearchParams>,
) -> Result<Json<Vec<RecordedItem>>, ApiError> {
    identity.authorize(Action::AnswerDataRequests, false)?;
    let me = identity.user()?;
    let name = params.name.trim();
    if !(2..=120).contains(&name.chars().count()) {
        return Err(ApiError::InvalidParameter(ValidationErrors::one(
            "name",
            "2 to 120 characters",
        )));
    }
    let mut tx = state.pool.begin().await?;
    let found = store::find_recorded(&mut *tx, &plan, me.id, name).await?;
    audit(
        &mut *tx,
        &me.key(),
        "data_request.search",
        "plan",
        &plan,
        None,
        None,
        Some(json!({ "found": found.len() })),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(
        found
            .into_iter()
            .map(|r| RecordedItem {
                id: r.id,
                title: r.title,
                on_behalf_of: r.on_behalf_of,
                display_name: r.display_name,
                channel: r.channel,
                conversation_date: r.conversation_date.map(|d| d.to_string()),
                status: r.status,
                created_at: r
                    .created_at
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap_or_default(),
            })
            .collect(),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Selection {
    /// The contributions (as the search found them), 1 to 200.
    pub contributions: Vec<Uuid>,
}

/// Checks the caller may answer for the plan and that every contribution selected was
/// recorded on someone's behalf in it; returns the plan's id and the ids.
async fn checked(
    state: &AppState,
    identity: &Identity,
    plan: &str,
    selection: &Selection,
) -> Result<(Uuid, Vec<Uuid>), ApiError> {
    identity.authorize(Action::AnswerDataRequests, false)?;
    let me = identity.user()?;
    let ids = &selection.contributions;
    if ids.is_empty() || ids.len() > 200 {
        return Err(ApiError::Validation(ValidationErrors::one(
            "contributions",
            "1 to 200 contributions",
        )));
    }
    let (plan_id, allowed) = store::officer_plan(&state.pool, plan, me.id)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    if !allowed {
        return Err(ApiError::Forbidden("problem-detail-forbidden"));
    }
    let found = store::recorded_in_plan(&state.pool, plan_id, ids).await?;
    if found.len() != ids.iter().collect::<std::collections::HashSet<_>>().len() {
        return Err(ApiError::Forbidden("problem-detail-not-yours"));
    }
    Ok((plan_id, found))
}

/// Exports contributions recorded on someone's behalf, as a ZIP of JSON and CSV.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/data-requests/export", tag = "your data",
    params(("plan" = String, Path)),
    request_body = Selection,
    responses(
        (status = 200, content_type = "application/zip", description = "The contributions, as JSON and CSV, and a README"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a data officer of this plan, or a contribution not recorded in it", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn export(
    State(state): State<AppState>,
    identity: Identity,
    ReaderLang(lang): ReaderLang,
    Path(plan): Path<String>,
    body: JsonBody<Selection>,
) -> Result<Response, ApiError> {
    let (_, ids) = checked(&state, &identity, &plan, &body.value).await?;
    let mut tx = state.pool.begin().await?;
    let export = store::export_recorded(&mut tx, &ids).await?;
    audit(
        &mut *tx,
        &identity.user()?.key(),
        "data_request.export",
        "plan",
        &plan,
        None,
        None,
        Some(json!({ "contributions": ids })),
    )
    .await?;
    tx.commit().await?;
    zip_response(&zip_of(lang, &export)?)
}

/// Erases contributions recorded on someone's behalf: words, names and exact points
/// go; where others replied, the thread stays with "removed at the author's request".
#[utoipa::path(post, path = "/api/v1/plans/{plan}/data-requests/erase", tag = "your data",
    params(("plan" = String, Path)),
    request_body = Selection,
    responses(
        (status = 200, body = ErasedCounts),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a data officer of this plan, or a contribution not recorded in it", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn erase(
    State(state): State<AppState>,
    identity: Identity,
    Path(plan): Path<String>,
    body: JsonBody<Selection>,
) -> Result<Json<ErasedCounts>, ApiError> {
    let (_, ids) = checked(&state, &identity, &plan, &body.value).await?;
    let mut tx = state.pool.begin().await?;
    let erased = store::erase_recorded(&mut tx, &ids).await?;
    audit(
        &mut *tx,
        &identity.user()?.key(),
        "data_request.erase",
        "plan",
        &plan,
        None,
        None,
        Some(json!({
            "contributions": ids,
            "erased": erased.contributions,
            "kept_for_replies": erased.contributions_kept_for_replies,
        })),
    )
    .await?;
    tx.commit().await?;
    state.evict_pins(&erased.points).await;
    Ok(Json(ErasedCounts::from(&erased)))
}

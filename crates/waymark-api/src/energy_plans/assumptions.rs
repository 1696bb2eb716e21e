//! The per-unit assumptions of a plan's energy plans, each with its source.

use super::*;

/// The per-unit assumptions of a plan's energy plans, each with its source: what its
/// admin set, else the published default; a setting with neither is `null` and must be
/// set before any impact can be worked out.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/energy-assumptions", tag = "energy_plans",
    params(("plan" = String, Path)),
    responses((status = 200, body = AssumptionsView),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn get_assumptions(
    State(state): State<AppState>,
    Path(plan): Path<String>,
) -> Result<Json<AssumptionsView>, ApiError> {
    let plan_id = waymark_store::plans::id(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let mut conn = state.pool.acquire().await?;
    let assumptions = impact::plan_assumptions(&mut conn, plan_id).await?;
    Ok(Json(AssumptionsView {
        assumptions,
        published: Assumptions::published(),
    }))
}

/// Sets a plan's assumptions (admins). A setting left out takes the published default.
#[utoipa::path(put, path = "/api/v1/plans/{plan}/energy-assumptions", tag = "energy_plans",
    params(("plan" = String, Path)),
    request_body = AssumptionsBody,
    responses((status = 200, body = AssumptionsView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn set_assumptions(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
    body: JsonBody<AssumptionsBody>,
) -> Result<Json<AssumptionsView>, ApiError> {
    identity.authorize(Action::ManagePlan, false)?;
    let set = body.value.assumptions;
    set.validate().map_err(ApiError::Validation)?;
    let value = serde_json::to_value(&set).map_err(ApiError::internal)?;
    if !store::set_assumptions(&state.pool, &plan, &value).await? {
        return Err(ApiError::NotFound("plan"));
    }
    get_assumptions(State(state), Path(plan)).await
}

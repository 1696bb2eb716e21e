//! The group's side: changing a draft, sharing it, starting the next version, and
//! working out or comparing scenarios.

use super::*;

/// The group loads its draft or its own energy plan, or 404/403.
pub(super) async fn as_group(
    state: &AppState,
    id: Uuid,
    author: &Author,
) -> Result<store::EnergyPlanRow, ApiError> {
    author.identity.authorize(Action::ManageOwnAccount, false)?;
    let (row, _, viewer) = visible(state, id, &author.identity, Some(&author.key)).await?;
    if !viewer.group {
        return Err(ApiError::Forbidden("problem-detail-energy-plan-group-only"));
    }
    Ok(row)
}

pub(super) fn shared_conflict() -> ApiError {
    ApiError::Conflict(Detail::new("problem-detail-energy-plan-shared"))
}

/// Changes a draft: its scenario, DFES scenario, note and priorities. A shared version
/// is frozen (409).
#[utoipa::path(put, path = "/api/v1/energy-plans/{id}/versions/{number}", tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path)),
    request_body = VersionBody,
    responses((status = 200, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 409, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn update_version(
    State(state): State<AppState>,
    Path((id, number)): Path<(Uuid, i32)>,
    author: Author,
    body: JsonBody<VersionBody>,
) -> Result<Response, ApiError> {
    let row = as_group(&state, id, &author).await?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    check_scenario(&mut errors, &b.scenario);
    let dfes = dfes_name(&mut errors, b.dfes_scenario.as_deref());
    let note = optional_text(&mut errors, "note", b.note.as_deref(), 4000);
    if b.priorities.len() > 50 {
        errors.push("priorities", "at most 50 priorities");
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let mut tx = state.pool.begin().await?;
    let ground = Ground::load(&mut tx, id, row.plan_id).await?;
    ground
        .check_places(&b.scenario)
        .map_err(ApiError::Validation)?;
    let scenario = serde_json::to_value(&b.scenario).map_err(ApiError::internal)?;
    match store::update_draft(&mut tx, id, number, &scenario, dfes.as_deref(), &note).await? {
        Change::Done => {}
        Change::NotFound => return Err(ApiError::NotFound("version")),
        Change::NotDraft => return Err(shared_conflict()),
    }
    let version = store::versions(&mut *tx, id)
        .await?
        .into_iter()
        .find(|v| v.number == number)
        .ok_or(ApiError::NotFound("version"))?;
    let outside = store::set_priorities(&mut tx, id, version.id, &b.priorities).await?;
    if !outside.is_empty() {
        return Err(ApiError::Validation(ValidationErrors::one(
            "priorities",
            format!(
                "not a published pin or conversation inside this energy plan's area: {}",
                outside
                    .iter()
                    .map(Uuid::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )));
    }
    tx.commit().await?;
    let response = view_response(
        &state,
        &author.identity,
        Some(&author.key),
        id,
        Some(number),
    )
    .await?;
    Ok((author, response).into_response())
}

/// Shares a draft: it is frozen, and the network operator and the council are asked.
#[utoipa::path(post, path = "/api/v1/energy-plans/{id}/versions/{number}/share", tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path)),
    responses((status = 200, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 409, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn share_version(
    State(state): State<AppState>,
    Path((id, number)): Path<(Uuid, i32)>,
    author: Author,
) -> Result<Response, ApiError> {
    as_group(&state, id, &author).await?;
    let mut tx = state.pool.begin().await?;
    match store::share(&mut tx, id, number).await? {
        Change::Done => {}
        Change::NotFound => return Err(ApiError::NotFound("version")),
        Change::NotDraft => return Err(shared_conflict()),
    }
    tx.commit().await?;
    let response = view_response(
        &state,
        &author.identity,
        Some(&author.key),
        id,
        Some(number),
    )
    .await?;
    Ok((author, response).into_response())
}

/// Starts the next draft from the latest version, once the operator and the council
/// have answered it.
#[utoipa::path(post, path = "/api/v1/energy-plans/{id}/versions", tag = "energy_plans",
    params(("id" = Uuid, Path)),
    responses((status = 201, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 409, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn next_version(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    author: Author,
) -> Result<Response, ApiError> {
    as_group(&state, id, &author).await?;
    let mut tx = state.pool.begin().await?;
    let number = match store::next_draft(&mut tx, id).await? {
        NextDraft::Created(n) => n,
        NextDraft::LatestNotAnswered => {
            return Err(ApiError::Conflict(Detail::new(
                "problem-detail-energy-plan-not-answered",
            )));
        }
    };
    tx.commit().await?;
    let view = view(
        &state,
        &author.identity,
        Some(&author.key),
        id,
        Some(number),
    )
    .await?;
    let response = (StatusCode::CREATED, Json(view)).into_response();
    Ok((author, private(response)).into_response())
}

/// The impact of a scenario on this energy plan's area, without saving it: what the
/// builder's sliders ask as they move. Exact figures for DNO engineers and admins, bands
/// and a traffic light from the band for everyone else.
#[utoipa::path(post, path = "/api/v1/energy-plans/{id}/impact", tag = "energy_plans",
    params(("id" = Uuid, Path)),
    request_body = PreviewBody,
    responses((status = 200, body = ImpactView),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn preview_impact(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
    body: JsonBody<PreviewBody>,
) -> Result<Response, ApiError> {
    let (row, _, viewer) = visible(&state, id, &identity, author.as_deref()).await?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    check_scenario(&mut errors, &b.scenario);
    let dfes = dfes_name(&mut errors, b.dfes_scenario.as_deref());
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let mut conn = state.pool.acquire().await?;
    let ground = Ground::load(&mut conn, id, row.plan_id).await?;
    ground
        .check_places(&b.scenario)
        .map_err(ApiError::Validation)?;
    let impact = impact::compute(
        &state,
        &mut conn,
        &ground,
        &b.scenario,
        dfes.as_deref(),
        viewer.detail(),
    )
    .await?
    .map_err(ApiError::Validation)?;
    Ok(private(Json(ImpactView { impact }).into_response()))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CompareQuery {
    /// The earlier version's number.
    pub from: i32,
    /// The later version's number.
    pub to: i32,
}

/// What changed between two versions, and what that does to each substation in the
/// target year.
#[utoipa::path(get, path = "/api/v1/energy-plans/{id}/compare", tag = "energy_plans",
    params(("id" = Uuid, Path), CompareQuery),
    responses((status = 200, body = Comparison),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn compare_versions(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    Query(q): Query<CompareQuery>,
    identity: Identity,
    KnownAuthor(author): KnownAuthor,
) -> Result<Response, ApiError> {
    let (row, versions, viewer) = visible(&state, id, &identity, author.as_deref()).await?;
    let find = |n: i32| {
        versions
            .iter()
            .find(|v| v.number == n)
            .ok_or(ApiError::NotFound("version"))
    };
    let (from, to) = (find(q.from)?, find(q.to)?);
    let old: Scenario =
        serde_json::from_value(from.scenario.clone()).map_err(ApiError::internal)?;
    let new: Scenario = serde_json::from_value(to.scenario.clone()).map_err(ApiError::internal)?;
    let mut conn = state.pool.acquire().await?;
    let ground = Ground::load(&mut conn, id, row.plan_id).await?;
    let detail = viewer.detail();
    let old_impact = impact::compute(
        &state,
        &mut conn,
        &ground,
        &old,
        from.dfes_scenario.as_deref(),
        detail,
    )
    .await?
    .map_err(ApiError::Validation)?;
    let new_impact = impact::compute(
        &state,
        &mut conn,
        &ground,
        &new,
        to.dfes_scenario.as_deref(),
        detail,
    )
    .await?
    .map_err(ApiError::Validation)?;
    Ok(private(
        Json(Comparison {
            from: q.from,
            to: q.to,
            changes: scenario_changes(&old, &new),
            substations: impact_changes(&old_impact, &new_impact),
        })
        .into_response(),
    ))
}

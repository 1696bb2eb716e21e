//! The network operator's and the council's answers to a shared version.

use super::*;

/// The version `number` of an energy plan the answerer may see.
pub(super) async fn answerable(
    state: &AppState,
    id: Uuid,
    number: i32,
    identity: &Identity,
) -> Result<store::VersionRow, ApiError> {
    let (_, versions, _) = visible(state, id, identity, None).await?;
    versions
        .into_iter()
        .find(|v| v.number == number)
        .ok_or(ApiError::NotFound("version"))
}

/// Marks the version answered once the council and the operator, for every one of
/// `substations` (those it affects), have answered.
pub(super) async fn settle(
    tx: &mut waymark_store::PgConnection,
    version: Uuid,
    substations: &[Uuid],
) -> Result<(), ApiError> {
    store::mark_answered_when_complete(tx, version, substations).await?;
    Ok(())
}

/// The network operator answers a shared version for one primary substation it affects:
/// it fits, fits with a flexible connection, needs reinforcement (with a cost band and
/// the earliest year), or does not fit.
#[utoipa::path(put, path = "/api/v1/energy-plans/{id}/versions/{number}/answers/network/{substation}",
    tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path), ("substation" = Uuid, Path)),
    request_body = NetworkAnswerBody,
    responses((status = 200, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 409, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn answer_network(
    State(state): State<AppState>,
    Path((id, number, substation)): Path<(Uuid, i32, Uuid)>,
    identity: Identity,
    body: JsonBody<NetworkAnswerBody>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::AnswerProposals, false)?;
    let user = identity.user()?.key();
    let b = body.value;
    validate_dno_answer(
        b.verdict,
        b.cost_band,
        b.earliest_year,
        b.note.as_deref().unwrap_or(""),
        this_year(),
    )
    .map_err(ApiError::Validation)?;
    let version = answerable(&state, id, number, &identity).await?;
    if version.status == "draft" {
        return Err(ApiError::NotFound("version"));
    }
    let mut tx = state.pool.begin().await?;
    let affected = store::affected_substations(&mut tx, id).await?;
    if !affected.contains(&substation) {
        return Err(ApiError::NotFound("substation"));
    }
    store::answer_network(
        &mut tx,
        version.id,
        &store::NewNetworkAnswer {
            substation,
            verdict: b.verdict.as_str(),
            cost_band: b.cost_band.map(CostBand::as_str),
            earliest_year: b.earliest_year,
            note: b.note.as_deref().unwrap_or("").trim(),
        },
        &user,
    )
    .await?;
    settle(&mut tx, version.id, &affected).await?;
    tx.commit().await?;
    view_response(&state, &identity, None, id, Some(number)).await
}

/// The council answers a shared version for its Local Area Energy Plan: aligned, partly
/// aligned, or in conflict, with a note.
#[utoipa::path(put, path = "/api/v1/energy-plans/{id}/versions/{number}/answers/laep",
    tag = "energy_plans",
    params(("id" = Uuid, Path), ("number" = i32, Path)),
    request_body = LaepAnswerBody,
    responses((status = 200, body = EnergyPlanView),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 404, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn answer_laep(
    State(state): State<AppState>,
    Path((id, number)): Path<(Uuid, i32)>,
    identity: Identity,
    body: JsonBody<LaepAnswerBody>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::AnswerForLaep, false)?;
    let user = identity.user()?.key();
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let note = optional_text(&mut errors, "note", b.note.as_deref(), 2000);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let version = answerable(&state, id, number, &identity).await?;
    if version.status == "draft" {
        return Err(ApiError::NotFound("version"));
    }
    let mut tx = state.pool.begin().await?;
    store::answer_laep(&mut tx, version.id, b.verdict.as_str(), &note, &user).await?;
    let affected = store::affected_substations(&mut tx, id).await?;
    settle(&mut tx, version.id, &affected).await?;
    tx.commit().await?;
    view_response(&state, &identity, None, id, Some(number)).await
}

//! What the public reads: "you said, we did", commitments and the voices behind them.
//! Only published contributions are ever counted or listed.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use waymark_domain::outcome::OutcomeStatus;
use waymark_store::outcomes as store;

use crate::extract::{Path, Query};
use crate::{ApiError, AppState, Problem};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OutcomesParams {
    /// Only what concerns this neighbourhood (its slug).
    neighbourhood: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProgressNote {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub progress: i16,
    pub note: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Commitment {
    pub id: Uuid,
    pub plan: String,
    pub title: String,
    /// The organisation that made it.
    pub organisation: String,
    /// The status it gave the contributions behind it.
    pub status: OutcomeStatus,
    pub response: String,
    /// 0 to 100.
    pub progress: i16,
    /// `YYYY-MM`.
    pub expected_month: Option<String>,
    pub reason: Option<String>,
    /// How many published contributions are behind it (never hidden ones).
    pub voices: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub updated_at: OffsetDateTime,
    /// Dated progress updates, oldest first (only on a single commitment's page).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updates: Option<Vec<ProgressNote>>,
    /// The published contributions behind it (only on a single commitment's page).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contributions: Option<Vec<Answered>>,
}

impl TryFrom<store::CommitmentRow> for Commitment {
    type Error = ApiError;

    fn try_from(r: store::CommitmentRow) -> Result<Self, ApiError> {
        Ok(Self {
            id: r.id,
            plan: r.plan,
            title: r.title,
            organisation: r.organisation,
            status: r.status.parse().map_err(ApiError::internal)?,
            response: r.response,
            progress: r.progress,
            expected_month: r.expected_month,
            reason: r.reason,
            voices: r.voices,
            created_at: r.created_at,
            updated_at: r.updated_at,
            updates: None,
            contributions: None,
        })
    }
}

/// A published contribution and what became of it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Answered {
    pub id: Uuid,
    pub title: String,
    pub neighbourhood: Option<String>,
    pub status: OutcomeStatus,
    pub organisation: Option<String>,
    pub response: Option<String>,
    pub reason: Option<String>,
    pub commitment: Option<Uuid>,
}

impl TryFrom<store::AnsweredRow> for Answered {
    type Error = ApiError;

    fn try_from(r: store::AnsweredRow) -> Result<Self, ApiError> {
        Ok(Self {
            id: r.id,
            title: r.title,
            neighbourhood: r.neighbourhood,
            status: r.outcome.parse().map_err(ApiError::internal)?,
            organisation: r.organisation,
            response: r.response,
            reason: r.reason,
            commitment: r.commitment,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Outcomes {
    pub commitments: Vec<Commitment>,
    pub done: Vec<Answered>,
    pub not_possible: Vec<Answered>,
}

/// "You said, we did": a plan's commitments with their progress and the number of
/// published contributions behind each, what is done and what was not possible and why.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/outcomes", tag = "outcomes",
    params(("plan" = String, Path, description = "The plan's slug"), OutcomesParams),
    responses(
        (status = 200, body = Outcomes),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn outcomes(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    Query(params): Query<OutcomesParams>,
) -> Result<Json<Outcomes>, ApiError> {
    waymark_store::plans::id(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let neighbourhood = params.neighbourhood.as_deref();
    let commitments = store::commitments(&state.pool, &plan, neighbourhood).await?;
    let finished = store::finished(&state.pool, &plan, neighbourhood).await?;
    let (mut done, mut not_possible) = (Vec::new(), Vec::new());
    for row in finished {
        let item = Answered::try_from(row)?;
        match item.status {
            OutcomeStatus::Done => done.push(item),
            _ => not_possible.push(item),
        }
    }
    Ok(Json(Outcomes {
        commitments: commitments
            .into_iter()
            .map(Commitment::try_from)
            .collect::<Result<_, _>>()?,
        done,
        not_possible,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CommitmentList {
    pub commitments: Vec<Commitment>,
}

/// A plan's commitments, newest first, with their progress and voices.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/commitments", tag = "outcomes",
    params(("plan" = String, Path, description = "The plan's slug"), OutcomesParams),
    responses(
        (status = 200, body = CommitmentList),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn list_commitments(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    Query(params): Query<OutcomesParams>,
) -> Result<Json<CommitmentList>, ApiError> {
    waymark_store::plans::id(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    let rows = store::commitments(&state.pool, &plan, params.neighbourhood.as_deref()).await?;
    Ok(Json(CommitmentList {
        commitments: rows
            .into_iter()
            .map(Commitment::try_from)
            .collect::<Result<_, _>>()?,
    }))
}

/// One commitment: its progress updates and the published contributions behind it.
#[utoipa::path(get, path = "/api/v1/commitments/{id}", tag = "outcomes",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Commitment),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn get_commitment(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
) -> Result<Json<Commitment>, ApiError> {
    let row = store::commitment(&state.pool, id)
        .await?
        .ok_or(ApiError::NotFound("commitment"))?;
    let mut commitment = Commitment::try_from(row)?;
    commitment.updates = Some(
        store::updates(&state.pool, id)
            .await?
            .into_iter()
            .map(|u| ProgressNote {
                date: u.on_date.to_string(),
                progress: u.progress,
                note: u.note,
            })
            .collect(),
    );
    commitment.contributions = Some(
        store::behind(&state.pool, id)
            .await?
            .into_iter()
            .map(Answered::try_from)
            .collect::<Result<_, _>>()?,
    );
    Ok(Json(commitment))
}

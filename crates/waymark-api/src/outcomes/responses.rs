//! Official responses: one status and one text, signed by an organisation, for many
//! contributions at once, all or nothing; and a commitment's progress updates.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;
use waymark_domain::hearing_back::News;
use waymark_domain::outcome::{NewResponse, OutcomeStatus, ProgressUpdate, ResponseInput};
use waymark_domain::{Action, Kind, Role, Theme, ValidationErrors};
use waymark_store::outcomes::{self as store, Acting, Locked, Selection, Update};

use crate::auth::identity::Identity;
use crate::error::Detail;
use crate::error::RefusedStep;
use crate::extract::{JsonBody, Path};
use crate::{ApiError, AppState, Problem};

/// Which contributions a response covers: exactly one of `ids`, `filter` or `area`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SelectionBody {
    /// Ticked in a list: contributions of the plan, in any status.
    #[schema(max_items = 5000)]
    pub ids: Option<Vec<Uuid>>,
    /// Every visible contribution (not hidden or withdrawn) that matches.
    pub filter: Option<SelectionFilter>,
    /// Drawn on the map: a GeoJSON Polygon (WGS 84); every visible contribution whose
    /// published point lies in it.
    #[schema(value_type = Object)]
    pub area: Option<serde_json::Value>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SelectionFilter {
    /// A neighbourhood's slug.
    pub neighbourhood: Option<String>,
    pub kind: Option<Kind>,
    /// Contributions with this theme among theirs.
    pub theme: Option<Theme>,
    /// Contributions with this outcome now.
    pub outcome: Option<OutcomeStatus>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewResponseBody {
    /// The organisation that signs it (its slug). Responders always sign as their own
    /// and may leave it out; admins name one of the plan's organisations.
    pub organisation: Option<String>,
    #[schema(value_type = SelectionBody, required = true)]
    pub selection: Option<SelectionBody>,
    /// The outcome every selected contribution gets.
    #[schema(value_type = OutcomeStatus, required = true)]
    pub status: Option<OutcomeStatus>,
    /// What the organisation says, 1 to 4000 characters.
    #[schema(value_type = String, required = true, min_length = 1, max_length = 4000)]
    pub response: Option<String>,
    /// Makes the response a commitment with this title (1 to 120 characters).
    #[schema(max_length = 120)]
    pub title: Option<String>,
    /// A commitment's progress so far, 0 to 100 (0 when absent).
    #[schema(minimum = 0, maximum = 100)]
    pub progress: Option<i64>,
    /// `YYYY-MM`; required with `planned`.
    #[schema(pattern = r"^[0-9]{4}-[0-9]{2}$")]
    pub expected_month: Option<String>,
    /// Why; required with `not_possible` (up to 1000 characters).
    #[schema(max_length = 1000)]
    pub reason: Option<String>,
    /// With `referred`: the slug of the organisation it goes to.
    pub referred_to: Option<String>,
    /// With `duplicate`: the contribution these repeat.
    pub duplicate_of: Option<Uuid>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResponseWritten {
    pub id: Uuid,
    pub status: OutcomeStatus,
    /// The organisation's name, as it signs.
    pub organisation: String,
    /// How many contributions it answered.
    pub contributions: usize,
    /// Whether it is a commitment (it has a title).
    pub commitment: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

/// The selection of a request, checked: exactly one way of choosing, each valid.
fn selection(body: Option<SelectionBody>) -> Result<Selection, ApiError> {
    let b = body.unwrap_or_default();
    let invalid = |message: &str| ApiError::Validation(ValidationErrors::one("selection", message));
    match (b.ids, b.filter, b.area) {
        (Some(ids), None, None) => {
            if ids.is_empty() {
                return Err(invalid("tick at least one contribution"));
            }
            Ok(Selection::Ids(ids))
        }
        (None, Some(f), None) => Ok(Selection::Filter {
            neighbourhood: f.neighbourhood.map(|n| n.trim().to_owned()),
            kind: f.kind.map(|k| k.as_str().to_owned()),
            theme: f.theme.map(|t| t.as_str().to_owned()),
            outcome: f.outcome.map(|o| o.as_str().to_owned()),
        }),
        (None, None, Some(area)) => polygon(&area).map(Selection::Area),
        _ => Err(invalid("choose contributions one way: ids, filter or area")),
    }
}

/// A GeoJSON Polygon in WGS 84, written back out as only what PostGIS needs: closed
/// rings of at least four positions, each a finite longitude and latitude.
fn polygon(area: &serde_json::Value) -> Result<String, ApiError> {
    let invalid = |message: &str| {
        ApiError::Validation(ValidationErrors::one("selection.area", message.to_owned()))
    };
    if area["type"] != "Polygon" {
        return Err(invalid("draw the area as a GeoJSON Polygon"));
    }
    let rings: Vec<Vec<Vec<f64>>> = serde_json::from_value(area["coordinates"].clone())
        .map_err(|_| invalid("a Polygon's coordinates are rings of [longitude, latitude]"))?;
    if rings.is_empty() {
        return Err(invalid("a Polygon has at least one ring"));
    }
    let mut out = Vec::with_capacity(rings.len());
    for ring in rings {
        let ring: Vec<[f64; 2]> = ring
            .iter()
            .map(|p| match p.as_slice() {
                [lon, lat] | [lon, lat, _]
                    if (-180.0..=180.0).contains(lon) && (-90.0..=90.0).contains(lat) =>
                {
                    Ok([*lon, *lat])
                }
                _ => Err(invalid(
                    "each position is a longitude and a latitude in range",
                )),
            })
            .collect::<Result<_, _>>()?;
        if ring.len() < 4 || ring.first() != ring.last() {
            return Err(invalid(
                "each ring has at least four positions and ends where it starts",
            ));
        }
        out.push(ring);
    }
    Ok(serde_json::json!({ "type": "Polygon", "coordinates": out }).to_string())
}

/// Answers many contributions at once for an organisation (responders for their own,
/// admins for any of the plan's): every selected contribution gets the status and the
/// response, all in one transaction or none. A title makes it a commitment.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/responses", tag = "outcomes",
    params(("plan" = String, Path, description = "The plan's slug")),
    request_body = NewResponseBody,
    responses(
        (status = 201, body = ResponseWritten,
         headers(("Location" = String, description = "The commitment, when it is one"))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Another organisation, another plan, or contributions \
                                      another organisation answers", body = Problem,
         content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Some contribution cannot take this status from where it is \
                                      (`illegal_transition`, with `refused`: each one's allowed steps)",
         body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A missing or too long field, unknown ids (each listed), \
                                      or more than 5,000 contributions", body = Problem,
         content_type = "application/problem+json"),
    ))]
pub(super) async fn create_response(
    State(state): State<AppState>,
    identity: Identity,
    Path(plan): Path<String>,
    body: JsonBody<NewResponseBody>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::Respond, false)?;
    let user = identity.user()?;
    let actor = user.key();
    let admin = user.role == Role::Admin;
    let b = body.value;
    let selected = selection(b.selection);
    let checked = NewResponse::new(ResponseInput {
        status: b.status,
        response: b.response,
        title: b.title,
        progress: b.progress,
        expected_month: b.expected_month,
        reason: b.reason,
        has_referred_to: b.referred_to.is_some(),
        duplicate_of: b.duplicate_of,
    });
    let (selected, response) = match (selected, checked) {
        (Ok(s), Ok(r)) => (s, r),
        (s, r) => {
            let mut errors = ValidationErrors::default();
            if let Err(ApiError::Validation(e)) = s {
                errors.0.extend(e.0);
            }
            if let Err(e) = r {
                errors.0.extend(e.0);
            }
            return Err(ApiError::Validation(errors));
        }
    };
    if admin && b.organisation.is_none() {
        return Err(ApiError::Validation(ValidationErrors::one(
            "organisation",
            "name the organisation that signs this response",
        )));
    }
    let mut tx = state.pool.begin().await?;
    let responder = (!admin).then_some(user.id);
    let (plan_id, organisation) =
        match store::acting(&mut tx, &plan, b.organisation.as_deref(), responder).await? {
            Acting::As {
                plan_id,
                organisation,
            } => (plan_id, organisation),
            Acting::PlanNotFound => return Err(ApiError::NotFound("plan")),
            Acting::NoSuchOrganisation => {
                return Err(ApiError::Validation(ValidationErrors::one(
                    "organisation",
                    "no organisation of this plan has this slug",
                )));
            }
            Acting::OtherPlan => {
                return Err(ApiError::Forbidden(
                    "problem-detail-organisation-other-plan",
                ));
            }
            Acting::NotTheirs => {
                return Err(ApiError::Forbidden("problem-detail-own-organisation-only"));
            }
        };
    let referred_to = match b.referred_to.as_deref() {
        Some(slug) => Some(
            waymark_store::organisations::organisation_by_slug(&mut *tx, &plan, slug)
                .await?
                .ok_or_else(|| {
                    ApiError::Validation(ValidationErrors::one(
                        "referred_to",
                        "no organisation of this plan has this slug",
                    ))
                })?,
        ),
        None => None,
    };
    if let Some(original) = response.duplicate_of
        && !store::contribution_in_plan(&mut *tx, plan_id, original).await?
    {
        return Err(ApiError::Validation(ValidationErrors::one(
            "duplicate_of",
            "name a contribution of this plan",
        )));
    }
    let items =
        match store::lock_selection(&mut tx, plan_id, &selected, organisation.id, admin).await? {
            Locked::Items(items) => items,
            Locked::Unknown(ids) => {
                let mut errors = ValidationErrors::default();
                for id in ids {
                    errors.push(
                        "selection.ids",
                        format!("no contribution of this plan has the id {id}"),
                    );
                }
                return Err(ApiError::Validation(errors));
            }
            Locked::TooMany => {
                return Err(ApiError::Validation(ValidationErrors::one(
                    "selection",
                    format!(
                        "one response covers at most {} contributions: choose fewer",
                        waymark_domain::outcome::MAX_SELECTION
                    ),
                )));
            }
        };
    if items.is_empty() {
        return Err(ApiError::Validation(ValidationErrors::one(
            "selection",
            "the selection holds no contribution",
        )));
    }
    if items.iter().any(|i| !i.theirs) {
        return Err(ApiError::Forbidden(
            "problem-detail-other-organisation-answers",
        ));
    }
    if let Some(original) = response.duplicate_of
        && items.iter().any(|i| i.id == original)
    {
        return Err(ApiError::Validation(ValidationErrors::one(
            "duplicate_of",
            "a contribution cannot repeat itself: leave it out of the selection",
        )));
    }
    let refused: Vec<RefusedStep> = items
        .iter()
        .filter(|i| !i.outcome.can_move(response.status))
        .map(|i| RefusedStep {
            id: i.id,
            status: i.outcome,
            allowed: i.outcome.next_steps(),
        })
        .collect();
    if !refused.is_empty() {
        return Err(ApiError::IllegalTransition(refused));
    }
    let ids: Vec<Uuid> = items.iter().map(|i| i.id).collect();
    let written = store::write_response(
        &mut tx,
        plan_id,
        &organisation,
        referred_to.as_ref(),
        &response,
        &ids,
        &actor,
    )
    .await?;
    let news = News::Answer {
        organisation: organisation.name.clone(),
        status: response.status,
        response: response.body.clone(),
        commitment: response.commitment.as_ref().map(|(title, _)| title.clone()),
        expected_month: response
            .expected_month
            .map(|m| format!("{:04}-{:02}", m.year(), m.month())),
        reason: response.reason.clone(),
    };
    super::hearing_back::tell_followers(&mut tx, &state, plan_id, &news, &ids, None).await?;
    tx.commit().await?;
    state.evict_pins_around(&written.points).await;
    let body = ResponseWritten {
        id: written.id,
        status: response.status,
        organisation: organisation.name,
        contributions: ids.len(),
        commitment: response.commitment.is_some(),
        created_at: written.created_at,
    };
    let mut answer = (StatusCode::CREATED, Json(body)).into_response();
    if response.commitment.is_some() {
        answer.headers_mut().insert(
            header::LOCATION,
            HeaderValue::from_str(&format!("/api/v1/commitments/{}", written.id))
                .map_err(ApiError::internal)?,
        );
    }
    Ok(answer)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUpdateBody {
    /// The progress now, 0 to 100.
    #[schema(value_type = i64, required = true, minimum = 0, maximum = 100)]
    pub progress: Option<i64>,
    /// What happened, 1 to 2000 characters.
    #[schema(value_type = String, required = true, min_length = 1, max_length = 2000)]
    pub note: Option<String>,
    /// `YYYY-MM-DD`, the day it happened; today when absent.
    #[schema(format = Date)]
    pub date: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UpdateWritten {
    pub progress: i16,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// Posts a dated progress update on a commitment, for the organisation that made it
/// (its responders, or admins).
#[utoipa::path(post, path = "/api/v1/responses/{id}/updates", tag = "outcomes",
    params(("id" = Uuid, Path, description = "The commitment (a response with a title)")),
    request_body = NewUpdateBody,
    responses(
        (status = 201, body = UpdateWritten),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Another organisation's commitment", body = Problem,
         content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A response without a title has no progress", body = Problem,
         content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn add_update(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
    body: JsonBody<NewUpdateBody>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::Respond, false)?;
    let user = identity.user()?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let update = errors.check(ProgressUpdate::new(b.progress, b.note.as_deref()));
    let date = b.date.as_deref().and_then(|d| {
        let parsed =
            time::Date::parse(d, time::macros::format_description!("[year]-[month]-[day]"));
        if parsed.is_err() {
            errors.push("date", "a day as YYYY-MM-DD");
        }
        parsed.ok()
    });
    let Some(update) = update.filter(|_| errors.is_empty()) else {
        return Err(ApiError::Validation(errors));
    };
    let responder = (user.role != Role::Admin).then_some(user.id);
    let mut tx = state.pool.begin().await?;
    let (progress, on_date) =
        match store::add_update(&mut tx, id, responder, &update, date, &user.key()).await? {
            Update::Done { progress, on_date } => (progress, on_date),
            Update::NotFound => return Err(ApiError::NotFound("response")),
            Update::NotTheirs => {
                return Err(ApiError::Forbidden("problem-detail-commitment-owner-only"));
            }
            Update::NotACommitment => {
                return Err(ApiError::Conflict(Detail::new(
                    "problem-detail-progress-needs-commitment",
                )));
            }
        };
    if let Some(header) = waymark_store::hearing_back::commitment_header(&mut tx, id).await? {
        let news = News::Progress {
            organisation: header.organisation,
            commitment: header.title,
            progress,
            note: update.note.clone(),
            on_date: on_date.to_string(),
        };
        super::hearing_back::tell_followers(&mut tx, &state, header.plan_id, &news, &[], Some(id))
            .await?;
    }
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(UpdateWritten {
            progress,
            date: on_date.to_string(),
        }),
    )
        .into_response())
}

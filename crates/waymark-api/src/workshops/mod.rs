//! Live workshops: a facilitator opens one for a plan and gets a short join code, a
//! link and a QR code; participants join from their phones without an account; the
//! facilitator pauses, steers and ends it, and every screen follows through the
//! plan's event stream (`workshop` events).

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rand::Rng;
use serde::Deserialize;
use serde_json::{Value, json};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::csv::text_cell;
use waymark_domain::{Action, Role, ValidationErrors};
use waymark_store::moderation::{ModerationAction, ModerationOutcome};
use waymark_store::workshops::{self as store, WorkshopRow};

use crate::auth::identity::Identity;
use crate::error::Detail;
use crate::extract::{JsonBody, Path, Query};
use crate::links::origin;
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_workshop))
        .routes(routes!(get_workshop, steer_workshop))
        .routes(routes!(qr_code))
        .routes(routes!(summary))
        .routes(routes!(held_pins))
        .routes(routes!(check_pin))
}

/// No look-alikes: no 0/O, 1/I/L.
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

fn new_code() -> String {
    let mut rng = rand::thread_rng();
    (0..6)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

fn describe(row: &WorkshopRow, base: &str) -> Value {
    let mut state = row.public_state();
    state["join_url"] = json!(format!("{base}/w/{}", row.code));
    state["present_url"] = json!(format!("{base}/present/{}", row.code));
    state["qr_svg"] = json!(format!("{base}/api/v1/workshops/{}/qr.svg", row.code));
    state
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewWorkshop {
    pub title: String,
    /// RFC 3339.
    pub starts_at: Option<String>,
    /// An area to focus on: a GeoJSON Polygon or MultiPolygon.
    #[schema(value_type = Option<Object>)]
    pub focus: Option<Value>,
    /// Questions to put to the room.
    #[serde(default)]
    pub questions: Vec<String>,
}

/// Opens a workshop (facilitators and admins): a join code, link and QR code.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/workshops", tag = "workshops",
    params(("plan" = String, Path)),
    request_body = NewWorkshop,
    responses(
        (status = 201, description = "The workshop with its code, join link and QR code"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn create_workshop(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
    headers: HeaderMap,
    body: JsonBody<NewWorkshop>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::RunWorkshops, false)?;
    let facilitator = identity.user()?.key();
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let title = b.title.trim();
    if title.is_empty() || title.chars().count() > 120 {
        errors.push("title", "1 to 120 characters");
    }
    let starts_at = b.starts_at.as_deref().and_then(|t| {
        OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339)
            .map_err(|_| errors.push("starts_at", "a date and time like 2026-12-01T18:30:00Z"))
            .ok()
    });
    let questions: Vec<String> = b
        .questions
        .iter()
        .map(|q| q.trim().to_owned())
        .filter(|q| !q.is_empty())
        .collect();
    if questions.len() > 20 || questions.iter().any(|q| q.chars().count() > 300) {
        errors.push("questions", "up to 20 questions of up to 300 characters");
    }
    let focus = b.focus.as_ref().map(Value::to_string);
    if b.focus
        .as_ref()
        .is_some_and(|f| !matches!(f["type"].as_str(), Some("Polygon" | "MultiPolygon")))
    {
        errors.push(
            "focus",
            "the area of focus is a GeoJSON Polygon or MultiPolygon",
        );
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let mut conn = state.pool.acquire().await?;
    // A clash of random codes is rare; try a few.
    for _ in 0..5 {
        let code = new_code();
        if store::get(&mut *conn, &code).await?.is_some() {
            continue;
        }
        let row = store::create(
            &mut conn,
            &plan,
            &code,
            title,
            starts_at,
            focus.as_deref(),
            &questions,
            &facilitator,
        )
        .await
        .map_err(|e| match &e {
            waymark_store::Error::Database(db) if db.is_check_violation() => ApiError::Validation(
                ValidationErrors::one("focus", "the area of focus is not a valid polygon"),
            ),
            _ => ApiError::from(e),
        })?
        .ok_or(ApiError::NotFound("plan"))?;
        let base = origin(state.config.public_url.as_deref(), &headers);
        let mut response = (StatusCode::CREATED, Json(describe(&row, &base))).into_response();
        response.headers_mut().insert(
            header::LOCATION,
            HeaderValue::from_str(&format!("/api/v1/workshops/{}", row.code))
                .map_err(ApiError::internal)?,
        );
        return Ok(response);
    }
    Err(ApiError::Conflict(Detail::new(
        "problem-detail-workshop-no-free-code",
    )))
}

/// A workshop by its join code (any case): what a participant's phone and the
/// projector need.
#[utoipa::path(get, path = "/api/v1/workshops/{code}", tag = "workshops",
    params(("code" = String, Path)),
    responses((status = 200, description = "The workshop"), (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn get_workshop(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let row = store::get(&state.pool, &code)
        .await?
        .ok_or(ApiError::NotFound("workshop"))?;
    Ok(Json(describe(
        &row,
        &origin(state.config.public_url.as_deref(), &headers),
    )))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Steer {
    /// `open`, `paused` (no new pins) or `ended`.
    pub status: Option<String>,
    /// `pre`: new pins wait for the facilitator; `post`: they show at once.
    pub moderation: Option<String>,
    /// A contribution to spotlight on every screen; `null` clears it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub spotlight: Option<Option<Uuid>>,
    /// Where every screen should look: `{"center": [lon, lat], "zoom": z}`.
    #[schema(value_type = Option<Object>)]
    pub view: Option<Value>,
}

fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<Uuid>>, D::Error> {
    Option::<Uuid>::deserialize(d).map(Some)
}

/// The facilitator steers the workshop; every open screen follows.
#[utoipa::path(patch, path = "/api/v1/workshops/{code}", tag = "workshops",
    params(("code" = String, Path)),
    request_body = Steer,
    responses(
        (status = 200, description = "The workshop now"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn steer_workshop(
    State(state): State<AppState>,
    Path(code): Path<String>,
    identity: Identity,
    headers: HeaderMap,
    body: JsonBody<Steer>,
) -> Result<Json<Value>, ApiError> {
    identity.authorize(Action::RunWorkshops, false)?;
    let user = identity.user()?;
    let current = store::get(&state.pool, &code)
        .await?
        .ok_or(ApiError::NotFound("workshop"))?;
    if current.facilitator_key != user.key() && user.role != Role::Admin {
        return Err(ApiError::Forbidden("problem-detail-facilitator-steers"));
    }
    let b = body.value;
    let mut errors = ValidationErrors::default();
    if b.status
        .as_deref()
        .is_some_and(|s| !matches!(s, "open" | "paused" | "ended"))
    {
        errors.push("status", "open, paused or ended");
    }
    if b.moderation
        .as_deref()
        .is_some_and(|m| !matches!(m, "pre" | "post"))
    {
        errors.push("moderation", "pre or post");
    }
    if let Some(view) = &b.view {
        let ok = view["center"].as_array().is_some_and(|c| {
            c.len() == 2
                && c[0].as_f64().is_some_and(|x| (-180.0..=180.0).contains(&x))
                && c[1].as_f64().is_some_and(|y| (-90.0..=90.0).contains(&y))
        }) && view["zoom"]
            .as_f64()
            .is_some_and(|z| (0.0..=22.0).contains(&z));
        if !ok {
            errors.push("view", "{\"center\": [lon, lat], \"zoom\": 0 to 22}");
        }
    }
    // Only what the room may see can be put on every screen: a published pin of the
    // workshop's own plan.
    if let Some(Some(id)) = b.spotlight {
        let shown = waymark_store::contributions::get_public(&state.pool, id, None).await?;
        if shown.is_none_or(|(pin, _)| pin.plan != current.plan) {
            errors.push(
                "spotlight",
                "no published contribution of this plan has this id",
            );
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let mut tx = state.pool.begin().await?;
    let row = store::update(
        &mut tx,
        &code,
        b.status.as_deref(),
        b.moderation.as_deref(),
        b.spotlight,
        b.view.as_ref(),
    )
    .await?
    .ok_or(ApiError::NotFound("workshop"))?;
    tx.commit().await?;
    Ok(Json(describe(
        &row,
        &origin(state.config.public_url.as_deref(), &headers),
    )))
}

/// The join link as a QR code (SVG), made by the server: nothing leaves the machine.
#[utoipa::path(get, path = "/api/v1/workshops/{code}/qr.svg", tag = "workshops",
    params(("code" = String, Path)),
    responses((status = 200, content_type = "image/svg+xml"), (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn qr_code(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let row = store::get(&state.pool, &code)
        .await?
        .ok_or(ApiError::NotFound("workshop"))?;
    let url = format!(
        "{}/w/{}",
        origin(state.config.public_url.as_deref(), &headers),
        row.code
    );
    let svg = qrcode::QrCode::new(url.as_bytes())
        .map_err(ApiError::internal)?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(256, 256)
        .quiet_zone(true)
        .build();
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("image/svg+xml"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        svg,
    )
        .into_response())
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SummaryParams {
    /// `json` (default) or `csv`.
    #[param(pattern = "^(json|csv)$")]
    format: Option<String>,
}

/// What was added during the workshop, by kind, theme and neighbourhood.
#[utoipa::path(get, path = "/api/v1/workshops/{code}/summary", tag = "workshops",
    params(("code" = String, Path), SummaryParams),
    responses(
        (status = 200, description = "Counts as JSON or CSV"),
        (status = 400, description = "An unknown format", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn summary(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(params): Query<SummaryParams>,
) -> Result<Response, ApiError> {
    let row = store::get(&state.pool, &code)
        .await?
        .ok_or(ApiError::NotFound("workshop"))?;
    let counts = store::summary(&state.pool, row.id).await?;
    match params.format.as_deref() {
        None | Some("json") => {
            let mut out = json!({ "workshop": row.code, "title": row.title, "kind": {}, "theme": {}, "neighbourhood": {} });
            let mut total = 0;
            for c in &counts {
                out[&c.dimension][&c.value] = json!(c.count);
                if c.dimension == "kind" {
                    total += c.count;
                }
            }
            out["total"] = json!(total);
            Ok(Json(out).into_response())
        }
        Some("csv") => {
            let mut csv = String::from("dimension,value,count\n");
            for c in &counts {
                csv.push_str(&format!(
                    "{},{},{}\n",
                    c.dimension,
                    text_cell(&c.value),
                    c.count
                ));
            }
            Ok((
                [
                    (
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("text/csv; charset=utf-8"),
                    ),
                    (
                        header::CONTENT_DISPOSITION,
                        HeaderValue::from_static("attachment; filename=\"workshop-summary.csv\""),
                    ),
                ],
                csv,
            )
                .into_response())
        }
        Some(_) => Err(ApiError::InvalidParameter(ValidationErrors::one(
            "format",
            "json or csv",
        ))),
    }
}

/// For a contribution posted in a workshop: the workshop's id and whether its pins wait
/// for the facilitator. A paused or ended workshop takes no pins.
pub async fn for_posting(
    state: &AppState,
    plan: &str,
    code: &str,
) -> Result<(Uuid, bool), ApiError> {
    let row = store::get(&state.pool, code)
        .await?
        .filter(|w| w.plan == plan)
        .ok_or_else(|| {
            ApiError::Validation(ValidationErrors::one(
                "properties.workshop",
                "no such workshop in this plan",
            ))
        })?;
    match row.status.as_str() {
        "open" => Ok((row.id, row.moderation == "pre")),
        "paused" => Err(ApiError::Conflict(Detail::new(
            "problem-detail-workshop-paused",
        ))),
        _ => Err(ApiError::Conflict(Detail::new(
            "problem-detail-workshop-ended",
        ))),
    }
}

/// Who may check a workshop's held pins: its facilitator (`Some(their key)`, which the
/// store's queries match against the workshop) or an admin (`None`: any workshop).
async fn checker(
    state: &AppState,
    identity: &Identity,
    code: &str,
) -> Result<(String, Option<String>), ApiError> {
    identity.authorize(Action::CheckWorkshopPins, false)?;
    let user = identity.user()?;
    let key = user.key();
    let workshop = store::get(&state.pool, code)
        .await?
        .ok_or(ApiError::NotFound("workshop"))?;
    if user.role == Role::Admin {
        return Ok((key, None));
    }
    if workshop.facilitator_key != key {
        return Err(ApiError::Forbidden("problem-detail-facilitator-checks"));
    }
    Ok((key.clone(), Some(key)))
}

/// The pins held in a workshop until its facilitator approves or rejects them, oldest
/// first (the workshop's facilitator and admins).
#[utoipa::path(get, path = "/api/v1/workshops/{code}/held", tag = "workshops",
    params(("code" = String, Path)),
    responses(
        (status = 200, description = "A GeoJSON FeatureCollection of the held pins",
         content_type = "application/geo+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn held_pins(
    State(state): State<AppState>,
    Path(code): Path<String>,
    identity: Identity,
) -> Result<Response, ApiError> {
    let (_, facilitator) = checker(&state, &identity, &code).await?;
    let features = store::held(&state.pool, &code, facilitator.as_deref())
        .await?
        .ok_or(ApiError::NotFound("workshop"))?;
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/geo+json"),
        )],
        Json(json!({ "type": "FeatureCollection", "features": features })),
    )
        .into_response())
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// The pin shows on every screen.
    Approve,
    /// The pin never shows; like everything moderated, it is kept, hidden.
    Reject,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckBody {
    pub action: Check,
    /// Why, for the audit log (up to 500 characters); without it the log says which
    /// workshop the pin was checked in.
    #[schema(max_length = 500)]
    pub reason: Option<String>,
}

/// The facilitator approves or rejects a pin held in their workshop (admins: in any
/// workshop). Recorded in the audit log like every moderation action.
#[utoipa::path(post, path = "/api/v1/workshops/{code}/held/{id}", tag = "workshops",
    params(("code" = String, Path), ("id" = Uuid, Path)),
    request_body = CheckBody,
    responses(
        (status = 200, body = crate::moderation::ModerationResult),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such workshop, or no pin of it", body = Problem,
         content_type = "application/problem+json"),
        (status = 409, description = "The pin is not held (any more)", body = Problem,
         content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn check_pin(
    State(state): State<AppState>,
    Path((code, id)): Path<(String, Uuid)>,
    identity: Identity,
    body: JsonBody<CheckBody>,
) -> Result<Json<crate::moderation::ModerationResult>, ApiError> {
    let (actor, facilitator) = checker(&state, &identity, &code).await?;
    let b = body.value;
    let reason = match b.reason.as_deref().map(str::trim) {
        Some(text) if text.chars().count() > 500 => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "reason",
                "up to 500 characters",
            )));
        }
        Some(text) if !text.is_empty() => text.to_owned(),
        _ => format!("checked in workshop {}", code.to_uppercase()),
    };
    let action = match b.action {
        Check::Approve => ModerationAction::Approve,
        Check::Reject => ModerationAction::Reject,
    };
    let mut tx = state.pool.begin().await?;
    let outcome = waymark_store::moderation::moderate_in_workshop(
        &mut tx,
        &code,
        facilitator.as_deref(),
        id,
        action,
        &reason,
        &actor,
    )
    .await?;
    match outcome {
        ModerationOutcome::Done { status, point } => {
            tx.commit().await?;
            state.evict_pins(&[point]).await;
            Ok(Json(crate::moderation::ModerationResult { id, status }))
        }
        ModerationOutcome::NotFound => Err(ApiError::NotFound("contribution")),
        ModerationOutcome::WrongStatus(status) => Err(ApiError::Conflict(
            Detail::new("problem-detail-workshop-not-held").arg("status", status),
        )),
        ModerationOutcome::BadDuplicate => Err(ApiError::internal(
            "a workshop check never marks duplicates",
        )),
    }
}

//! Community energy champions: residents register for the neighbourhoods they cover;
//! staff and project teams find them near a place (PostGIS distance to the
//! neighbourhoods covered); a resident's "I'd like help with this" on an energy pin
//! mails the champions who cover its neighbourhood.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::project::{self as rules, HelpTopic};
use waymark_domain::{Action, Position, ValidationErrors};
use waymark_store::projects::{self as store, HelpAsked, Register};
use waymark_store::subscriptions::Mail;

use super::personal;
use crate::auth::identity::{Author, Identity};
use crate::extract::{JsonBody, Path, Query};
use crate::lang::ReaderLang;
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(find_champions))
        .routes(routes!(register))
        .routes(routes!(ask_for_help))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Champion {
    pub id: Uuid,
    pub name: String,
    /// How to reach them (staff and project teams only ever see this list).
    pub email: String,
    pub can_help_with: Vec<HelpTopic>,
    pub training: String,
    /// Slugs of the neighbourhoods they cover, and their names in the same order.
    pub neighbourhoods: Vec<String>,
    pub neighbourhood_names: Vec<String>,
    /// Titles of the library's modules they completed.
    pub modules: Vec<String>,
    /// Metres from the place asked about to the nearest neighbourhood they cover (0 when
    /// the place is inside one); absent without a place.
    pub distance_m: Option<f64>,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct Near {
    /// `lon,lat`: champions nearest this place first.
    pub near: Option<String>,
    /// With `near`: only those within this many metres (default 3000).
    pub within_m: Option<f64>,
}

/// A plan's champions, nearest a place first (staff who bring people together, project
/// teams and admins).
#[utoipa::path(get, path = "/api/v1/plans/{plan}/champions", tag = "projects",
    params(("plan" = String, Path), Near),
    responses(
        (status = 200, body = Vec<Champion>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn find_champions(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
    Query(q): Query<Near>,
) -> Result<Response, ApiError> {
    if let Err(refused) = identity.authorize(Action::FindChampions, false) {
        let user = identity.user()?;
        if !store::is_on_a_team(&state.pool, &plan, user.id).await? {
            return Err(refused);
        }
    }
    let near = match q.near.as_deref() {
        None => None,
        Some(text) => {
            let coords: Vec<f64> = text
                .split(',')
                .map(|c| c.trim().parse::<f64>())
                .collect::<Result<_, _>>()
                .unwrap_or_default();
            let p =
                Position::from_coordinates("near", &coords).map_err(ApiError::InvalidParameter)?;
            Some((p.lon(), p.lat()))
        }
    };
    let within = q.within_m.unwrap_or(3000.0);
    if !(0.0..=100_000.0).contains(&within) {
        return Err(ApiError::InvalidParameter(ValidationErrors::one(
            "within_m",
            "metres from 0 to 100,000",
        )));
    }
    let list: Vec<Champion> = store::champions(&state.pool, &plan, near, within)
        .await?
        .into_iter()
        .map(|c| Champion {
            id: c.id,
            name: c.display_name,
            email: c.email,
            can_help_with: c
                .can_help_with
                .iter()
                .filter_map(|t| t.parse().ok())
                .collect(),
            training: c.training,
            neighbourhoods: c.neighbourhoods,
            neighbourhood_names: c.neighbourhood_names,
            modules: c.modules,
            distance_m: c.distance_m,
        })
        .collect();
    personal(Json(list))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewChampion {
    #[schema(min_length = 1, max_length = 80)]
    pub name: String,
    /// Slugs of the plan's neighbourhoods they cover (at least one).
    pub neighbourhoods: Vec<String>,
    #[serde(default)]
    pub can_help_with: Vec<HelpTopic>,
    /// Training done elsewhere, in their words.
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub training: Option<String>,
}

/// Registers the account asking as a champion of the plan (again: updates it).
#[utoipa::path(put, path = "/api/v1/plans/{plan}/champions/me", tag = "projects",
    params(("plan" = String, Path)),
    request_body = NewChampion,
    responses(
        (status = 200, description = "Registered"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn register(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
    body: JsonBody<NewChampion>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let user = identity.user()?.id;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    let name = super::text(&mut errors, "name", &b.name, 1, 80);
    let training = super::text(
        &mut errors,
        "training",
        b.training.as_deref().unwrap_or(""),
        0,
        1000,
    );
    if b.neighbourhoods.is_empty() || b.neighbourhoods.len() > 50 {
        errors.push("neighbourhoods", "1 to 50 neighbourhoods");
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let topics: Vec<String> = b
        .can_help_with
        .iter()
        .map(|t| t.as_str().to_owned())
        .collect();
    let mut conn = state.pool.acquire().await?;
    let new = store::NewChampion {
        user,
        display_name: &name,
        can_help_with: &topics,
        training: &training,
        neighbourhoods: &b.neighbourhoods,
    };
    match store::register_champion(&mut conn, &plan, &new).await? {
        Register::Done(id) => Ok(Json(json!({ "id": id })).into_response()),
        Register::PlanNotFound => Err(ApiError::NotFound("plan")),
        Register::UnknownNeighbourhoods(slugs) => Err(ApiError::Validation(ValidationErrors::one(
            "neighbourhoods",
            format!("not neighbourhoods of this plan: {}", slugs.join(", ")),
        ))),
    }
}

/// "I'd like help with this" on an energy pin: the champions who cover its
/// neighbourhood get a mail. Anyone may ask, once per pin.
#[utoipa::path(post, path = "/api/v1/contributions/{id}/help", tag = "projects",
    params(("id" = Uuid, Path)),
    responses(
        (status = 202, description = "The champions of the pin's neighbourhood are told: `{status, champions, asked_before}`"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn ask_for_help(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    ReaderLang(lang): ReaderLang,
    author: Author,
) -> Result<Response, ApiError> {
    let origin = state.mail_origin.clone();
    let mail = |to: &str, neighbourhood: &str, title: &str, plan: &str| {
        let url = format!("{origin}/p/{plan}#/c/{id}");
        let (subject, body_text) = rules::help_request_mail(lang, neighbourhood, title, &url);
        Mail {
            to: to.to_owned(),
            subject,
            body_text,
            headers: json!({}),
        }
    };
    let mut conn = state.pool.acquire().await?;
    // `champions`: how many were told now (0: none covers the pin's neighbourhood yet);
    // `asked_before`: this person asked before, and nothing new was sent.
    let answer = match store::ask_for_help(&mut conn, id, &author.key, mail).await? {
        HelpAsked::Sent(told) => (
            StatusCode::ACCEPTED,
            Json(json!({ "status": "asked", "champions": told, "asked_before": false })),
        )
            .into_response(),
        HelpAsked::AskedBefore => (
            StatusCode::ACCEPTED,
            Json(json!({ "status": "asked", "champions": null, "asked_before": true })),
        )
            .into_response(),
        HelpAsked::NotFound => return Err(ApiError::NotFound("contribution")),
        HelpAsked::NotEnergy => {
            return Err(ApiError::Validation(ValidationErrors::one(
                "contribution",
                "champions help with energy: only pins about energy",
            )));
        }
    };
    Ok((author, answer).into_response())
}

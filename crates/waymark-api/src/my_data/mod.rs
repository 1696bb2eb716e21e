//! "Your data" (`/me` and `/api/v1/me/...`): a person shows what ties data to them —
//! an e-mail address proved by a one-time mailed link, this browser's visitor cookie,
//! or their signed-in account — and downloads all of it as a ZIP of JSON and CSV, or
//! erases it. A data officer does the same, within their plans, for what residents
//! gave through a mobiliser (`officer.rs`).
//!
//! A proved address is held for an hour in a signed cookie (`waymark_me`, sent only to
//! `/api/v1/me`). A link works once: a forged, expired or used one is a plain 404.

mod archive;
mod officer;

use std::net::SocketAddr;

use axum::Json;
use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::SignedCookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::ValidationErrors;
use waymark_domain::my_data::{DATA_LINK_MINUTES, data_link_mail};
use waymark_domain::subscription::valid_email;
use waymark_store::my_data::{self as store, Erased, Holder, Ownership};

use crate::auth::identity::{Identity, visitor_key};
use crate::extract::{JsonBody, Path};
use crate::lang::ReaderLang;
use crate::{ApiError, AppState, Problem};

pub use archive::zip_of;

/// The cookie that holds a proved address for an hour.
pub const ME_COOKIE: &str = "waymark_me";
const ME_COOKIE_PATH: &str = "/api/v1/me";

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(request_link))
        .routes(routes!(use_link))
        .routes(routes!(summary))
        .routes(routes!(export))
        .routes(routes!(erase))
        .routes(routes!(erase_contribution))
        .merge(officer::router())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkRequest {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
}

/// Always this answer, whatever the address, so the form tells nobody who has data here.
#[derive(Debug, Serialize, ToSchema)]
pub struct LinkSent {
    /// `mail_sent`, always.
    pub status: &'static str,
    pub detail: &'static str,
}

/// Mails a one-time link that proves the address (at most one every 10 minutes).
#[utoipa::path(post, path = "/api/v1/me/link", tag = "your data",
    request_body = LinkRequest,
    responses(
        (status = 202, body = LinkSent, description = "A mail is on its way to the address"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    ))]
async fn request_link(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ReaderLang(lang): ReaderLang,
    body: JsonBody<LinkRequest>,
) -> Result<Response, ApiError> {
    state
        .limits
        .check_login(peer.ip(), &body.value.email)
        .await?;
    let email = body.value.email.trim().to_lowercase();
    if !valid_email(&email) {
        return Err(ApiError::Validation(ValidationErrors::one(
            "email",
            "an e-mail address like name@example.org",
        )));
    }
    let token = crate::subscriptions::new_token();
    let url = format!("{}/me?token={token}", state.mail_origin);
    let (subject, body_text) = data_link_mail(lang, &url);
    let mail = waymark_store::subscriptions::Mail {
        to: email.clone(),
        subject,
        body_text,
        headers: json!({}),
    };
    let mut tx = state.pool.begin().await?;
    store::request_link(
        &mut tx,
        &email,
        &Sha256::digest(token.as_bytes()),
        DATA_LINK_MINUTES,
        &mail,
    )
    .await?;
    tx.commit().await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(LinkSent {
            status: "mail_sent",
            detail: "If the address is right, a mail with a link is on its way (at most one every 10 minutes).",
        }),
    )
        .into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkToken {
    /// The `token` of the mailed link.
    pub token: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Proved {
    /// The address the link proved.
    pub email: String,
}

/// Uses a mailed link: the address is proved for an hour (a cookie). A forged,
/// expired or used link is 404, and says nothing more.
#[utoipa::path(post, path = "/api/v1/me/link/confirm", tag = "your data",
    request_body = LinkToken,
    responses(
        (status = 200, body = Proved),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn use_link(
    State(state): State<AppState>,
    jar: SignedCookieJar,
    body: JsonBody<LinkToken>,
) -> Result<Response, ApiError> {
    let token = body.value.token;
    if token.is_empty() || token.len() > 100 {
        return Err(ApiError::NotFound("link"));
    }
    let email = store::use_link(&state.pool, &Sha256::digest(token.as_bytes()))
        .await?
        .ok_or(ApiError::NotFound("link"))?;
    let until =
        time::OffsetDateTime::now_utc().unix_timestamp() + i64::from(DATA_LINK_MINUTES) * 60;
    let cookie = Cookie::build((ME_COOKIE, format!("{until} {email}")))
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(state.config.cookie_secure)
        .path(ME_COOKIE_PATH)
        .max_age(time::Duration::minutes(i64::from(DATA_LINK_MINUTES)))
        .build();
    Ok((jar.add(cookie), Json(Proved { email })).into_response())
}

/// Whose data a request may see: what it proved.
#[derive(Debug, Clone)]
pub struct Proof {
    pub holder: Holder,
    /// The address proved by a link, if any.
    pub email: Option<String>,
    /// The signed-in account's address, if any.
    pub account: Option<String>,
    pub visitor: bool,
}

impl FromRequestParts<AppState> for Proof {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let identity = Identity::from_request_parts(parts, state).await?;
        let (jar, visitor) = visitor_key(parts, state);
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let email = jar.get(ME_COOKIE).and_then(|c| {
            let (until, email) = c.value().split_once(' ')?;
            (until.parse::<i64>().ok()? > now).then(|| email.to_owned())
        });
        let mut holder = Holder::default();
        let account = identity.0.as_ref().map(|u| {
            holder.keys.push(u.key());
            u.email.to_lowercase()
        });
        holder.keys.extend(visitor.clone());
        holder.emails.extend(email.clone());
        holder.emails.extend(account.clone());
        if holder.is_empty() {
            return Err(ApiError::Unauthorized("problem-detail-data-proof-required"));
        }
        let holder = store::with_accounts(&state.pool, holder).await?;
        Ok(Self {
            holder,
            email,
            account,
            visitor: visitor.is_some(),
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Summary {
    /// The address proved by a mailed link, if any.
    pub email: Option<String>,
    /// The signed-in account's address, if any.
    pub account: Option<String>,
    /// Whether this browser's visitor cookie is part of the request.
    pub visitor: bool,
    /// How many things of each kind are tied to what was proved.
    #[schema(value_type = Object)]
    pub counts: serde_json::Map<String, serde_json::Value>,
}

/// What ties data to this request, and how much of each kind there is.
#[utoipa::path(get, path = "/api/v1/me/data", tag = "your data",
    responses(
        (status = 200, body = Summary),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
async fn summary(State(state): State<AppState>, proof: Proof) -> Result<Json<Summary>, ApiError> {
    let mut conn = state.pool.acquire().await?;
    let export = store::export(&mut conn, &proof.holder).await?;
    let counts = export
        .sections
        .iter()
        .map(|(name, rows)| {
            let n = rows.as_array().map_or(0, Vec::len);
            ((*name).to_owned(), json!(n))
        })
        .collect();
    Ok(Json(Summary {
        email: proof.email,
        account: proof.account,
        visitor: proof.visitor,
        counts,
    }))
}

/// Everything tied to this request, as a ZIP of JSON and CSV files.
#[utoipa::path(get, path = "/api/v1/me/data/export", tag = "your data",
    responses(
        (status = 200, content_type = "application/zip", description = "One JSON and one CSV file per kind of thing, and a README"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
async fn export(
    State(state): State<AppState>,
    ReaderLang(lang): ReaderLang,
    proof: Proof,
) -> Result<Response, ApiError> {
    let mut conn = state.pool.acquire().await?;
    let export = store::export(&mut conn, &proof.holder).await?;
    zip_response(&zip_of(lang, &export)?)
}

pub(crate) fn zip_response(bytes: &[u8]) -> Result<Response, ApiError> {
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"waymark-my-data.zip\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        bytes.to_vec(),
    )
        .into_response())
}

/// What an erasure did, by kind.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErasedCounts {
    /// Contributions gone from every map, list, tile, feed and search.
    pub contributions: i64,
    /// Contributions others replied to: their words are replaced by "removed at the
    /// author's request" and the thread stays readable.
    pub contributions_kept_for_replies: i64,
    pub replies: i64,
    pub replies_kept_for_thread: i64,
    pub supports: i64,
    pub flags: i64,
    pub follows: i64,
    pub mail: i64,
    pub accounts: i64,
    /// Answers to the optional "about you" questions.
    pub about_you_answers: i64,
    /// Posts in groups' threads: deleted, or (a thread others replied to) their words
    /// replaced.
    pub group_posts: i64,
    /// Group memberships and join requests.
    pub group_memberships: i64,
    /// Volunteer sign-ups for community energy projects.
    pub volunteering: i64,
    /// Champion registrations.
    pub champion: i64,
}

impl From<&Erased> for ErasedCounts {
    fn from(e: &Erased) -> Self {
        Self {
            contributions: e.contributions,
            contributions_kept_for_replies: e.contributions_kept_for_replies,
            replies: e.replies,
            replies_kept_for_thread: e.replies_kept_for_thread,
            supports: e.supports,
            flags: e.flags,
            follows: e.follows,
            mail: e.mail,
            accounts: e.accounts,
            about_you_answers: e.about_you_answers,
            group_posts: e.group_posts,
            group_memberships: e.group_memberships,
            volunteering: e.volunteering,
            champion: e.champion,
        }
    }
}

/// Erases everything tied to this request. Asking again finds nothing more to erase.
#[utoipa::path(delete, path = "/api/v1/me/data", tag = "your data",
    responses(
        (status = 200, body = ErasedCounts),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
async fn erase(
    State(state): State<AppState>,
    proof: Proof,
) -> Result<Json<ErasedCounts>, ApiError> {
    let mut tx = state.pool.begin().await?;
    let erased = store::erase(&mut tx, &proof.holder).await?;
    tx.commit().await?;
    state.evict_pins(&erased.points).await;
    Ok(Json(ErasedCounts::from(&erased)))
}

/// Erases one of one's own contributions. Someone else's is 403.
#[utoipa::path(delete, path = "/api/v1/me/contributions/{id}", tag = "your data",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = ErasedCounts),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn erase_contribution(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    proof: Proof,
) -> Result<Json<ErasedCounts>, ApiError> {
    let mut tx = state.pool.begin().await?;
    match store::owns_contribution(&mut *tx, &proof.holder, id).await? {
        None => return Err(ApiError::NotFound("contribution")),
        Some(Ownership::SomeoneElses) => {
            return Err(ApiError::Forbidden("problem-detail-not-yours"));
        }
        Some(Ownership::Erased) => return Ok(Json(ErasedCounts::from(&Erased::default()))),
        Some(Ownership::Own) => {}
    }
    let erased = store::erase_one(&mut tx, id).await?;
    tx.commit().await?;
    state.evict_pins(&erased.points).await;
    Ok(Json(ErasedCounts::from(&erased)))
}

//! `POST /api/v1/about-you`: the optional "about you" questions (issue 20). A pin, a
//! workshop pin or a mobiliser's conversation answers its writer with a one-time
//! `about_you_key`; answering spends it. Only the key's SHA-256 is kept, with the write's
//! plan and neighbourhood, never the write itself, so no read can lead from the answers
//! to what was said. No public route reads the answers: they leave the server counted.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::about_you::{AboutYou, AboutYouInput, Source};
use waymark_domain::equality::{AgeBand, Disability, EthnicGroup, Gender, Tenure};
use waymark_store::PgConnection;

use crate::error::Detail;
use crate::extract::JsonBody;
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(answer))
}

/// The answers, each optional: left out or `null` is "prefer not to say".
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct AboutYouAnswers {
    #[schema(value_type = Option<AgeBand>)]
    pub age_band: Option<String>,
    #[schema(value_type = Option<Gender>)]
    pub gender: Option<String>,
    /// The ONS 2021 census's five high-level ethnic groups.
    #[schema(value_type = Option<EthnicGroup>)]
    pub ethnic_group: Option<String>,
    /// Day-to-day activities limited by a health problem or disability.
    #[schema(value_type = Option<Disability>)]
    pub disability: Option<String>,
    /// The tenure of the home.
    #[schema(value_type = Option<Tenure>)]
    pub tenure: Option<String>,
    /// The first half of the postcode (`MK6`); of a full postcode only the first half
    /// is kept.
    #[schema(example = "MK6", max_length = 8)]
    pub postcode_district: Option<String>,
}

impl AboutYouAnswers {
    /// The checked answers; errors name each field as `{prefix}{field}`.
    pub fn parse(&self, prefix: &str) -> Result<AboutYou, ApiError> {
        AboutYou::parse(
            &AboutYouInput {
                age_band: self.age_band.as_deref(),
                gender: self.gender.as_deref(),
                ethnic_group: self.ethnic_group.as_deref(),
                disability: self.disability.as_deref(),
                tenure: self.tenure.as_deref(),
                postcode_district: self.postcode_district.as_deref(),
            },
            prefix,
        )
        .map_err(ApiError::Validation)
    }
}

/// `POST /api/v1/about-you`: the key a write answered with, and the answers.
#[derive(Debug, Deserialize, ToSchema)]
pub struct AboutYouBody {
    /// The `about_you_key` of the write's answer.
    #[schema(min_length = 1, max_length = 100)]
    pub key: String,
    #[serde(flatten)]
    pub answers: AboutYouAnswers,
}

/// Answers a mobiliser records with a conversation, asked with the resident's consent.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct ConversationAnswers {
    /// Must be `true`: the resident agreed to answer.
    pub consent: Option<bool>,
    #[serde(flatten)]
    pub answers: AboutYouAnswers,
}

/// Stored: nothing about what was said, and nothing to read back.
#[derive(Debug, Serialize, ToSchema)]
pub struct Thanks {
    /// `stored`, always.
    pub status: &'static str,
}

/// Answers the optional "about you" questions with the one-time key a pin, a workshop
/// pin or a conversation answered with. The key works once, for a day.
#[utoipa::path(
    post,
    path = "/api/v1/about-you",
    tag = "about-you",
    request_body = AboutYouBody,
    responses(
        (status = 201, description = "Stored", body = Thanks),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such key: never issued, expired or already used \
         (`about_you_key_not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An answer outside its list, naming the field", body = Problem,
         content_type = "application/problem+json"),
        (status = 429, description = "Too many writes a minute", body = Problem,
         content_type = "application/problem+json"),
    )
)]
async fn answer(
    State(state): State<AppState>,
    body: JsonBody<AboutYouBody>,
) -> Result<(StatusCode, Json<Thanks>), ApiError> {
    let body = body.value;
    let answers = body.answers.parse("")?;
    let hash = Sha256::digest(body.key.as_bytes());
    let mut conn = state.pool.acquire().await?;
    match waymark_store::about_you::answer(&mut conn, &hash, &answers).await? {
        Some(_) => Ok((StatusCode::CREATED, Json(Thanks { status: "stored" }))),
        None => Err(ApiError::Refused {
            status: StatusCode::NOT_FOUND,
            code: "about_you_key_not_found",
            detail: Detail::new("problem-detail-about-you-key-not-found"),
        }),
    }
}

/// A new one-time key: 32 random bytes, URL-safe base64, and the SHA-256 that is all
/// Waymark keeps of it.
pub fn new_key() -> (String, Vec<u8>) {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let key = URL_SAFE_NO_PAD.encode(bytes);
    let hash = Sha256::digest(key.as_bytes()).to_vec();
    (key, hash)
}

/// Makes a one-time key for the contribution `contribution` just written (in the
/// write's transaction) and returns it.
pub async fn issue_key(
    conn: &mut PgConnection,
    contribution: Uuid,
    source: Source,
    respondent_key: Option<&str>,
) -> Result<String, ApiError> {
    let (key, hash) = new_key();
    let new = waymark_store::about_you::NewKey {
        key_hash: &hash,
        contribution,
        source,
        respondent_key,
    };
    waymark_store::about_you::issue_keys(conn, &[new]).await?;
    Ok(key)
}

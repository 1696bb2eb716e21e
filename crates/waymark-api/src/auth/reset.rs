//! Choosing a new password by mail: `POST /api/v1/auth/password-reset` mails a link to
//! `/account/reset` when the address has an account (and answers the same when it has
//! none); that page sends the link's token with the new password. A link works once,
//! for an hour; using it ends every session of the account.

use std::net::SocketAddr;

use axum::Json;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::ToSchema;
use waymark_domain::ValidationErrors;
use waymark_domain::account::{self as rules, RESET_LINK_MINUTES};
use waymark_domain::subscription::valid_email;
use waymark_store::self_service as store;

use super::identity::digest;
use super::{Accepted, hash_blocking, link_gone, mail, mail_link, secret};
use crate::extract::JsonBody;
use crate::lang::ReaderLang;
use crate::{ApiError, AppState, Problem};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetBody {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
}

const RESET_ACCEPTED: Accepted = Accepted {
    status: "mail_sent",
    detail: "If this address has an account, a mail with a link to choose a new password \
             is on its way (at most one every 10 minutes).",
};

/// Asks for a mail with a link to choose a new password. The answer is the same
/// whether or not the address has an account; only an account's address gets a mail,
/// at most one every 10 minutes.
#[utoipa::path(post, path = "/api/v1/auth/password-reset", tag = "accounts",
    request_body = ResetBody,
    responses(
        (status = 202, body = Accepted, description = "A mail is on its way if the address has an account"),
        (status = 422, description = "Not an e-mail address (`validation_failed`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts for this address or from this client", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn request_reset(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ReaderLang(lang): ReaderLang,
    body: JsonBody<ResetBody>,
) -> Result<Response, ApiError> {
    let email = body.value.email;
    state.limits.check_login(peer.ip(), &email).await?;
    let email = email.trim().to_lowercase();
    if !valid_email(&email) {
        return Err(ApiError::Validation(ValidationErrors::one(
            "email",
            "an e-mail address like name@example.org",
        )));
    }
    let token = secret("");
    let reset = mail(
        &email,
        rules::reset_mail(
            lang,
            &mail_link(&state, &format!("/account/reset?token={token}")),
        ),
    );
    let mut tx = state.pool.begin().await?;
    store::request_reset(&mut tx, &email, &digest(&token), RESET_LINK_MINUTES, &reset).await?;
    tx.commit().await?;
    Ok((StatusCode::ACCEPTED, Json(RESET_ACCEPTED)).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CompleteResetBody {
    /// The `token` of the mailed link.
    pub token: String,
    /// The new password: 12 to 1024 characters, not the e-mail address.
    #[schema(format = Password, min_length = 12, max_length = 1024)]
    pub password: String,
}

/// Sets a new password with a reset link's token. The link is then used up, and every
/// session of the account ends (sign in again with the new password).
#[utoipa::path(post, path = "/api/v1/auth/password-reset/confirm", tag = "accounts",
    request_body = CompleteResetBody,
    responses(
        (status = 204, description = "The password is changed; every session has ended"),
        (status = 422, description = "The link expired or was used (field `token`), or the password is not allowed (field `password`)", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn complete_reset(
    State(state): State<AppState>,
    body: JsonBody<CompleteResetBody>,
) -> Result<StatusCode, ApiError> {
    let CompleteResetBody { token, password } = body.value;
    let token_digest = digest(&token);
    let target = store::reset_target(&state.pool, &token_digest)
        .await?
        .ok_or_else(link_gone)?;
    rules::check_password("password", &password, &[&target.email]).map_err(ApiError::Validation)?;
    let password_hash = hash_blocking(password).await?;
    let mut tx = state.pool.begin().await?;
    let user_id = store::complete_reset(&mut tx, &token_digest, &password_hash)
        .await?
        .ok_or_else(link_gone)?;
    waymark_store::moderation::audit(
        &mut *tx,
        &format!("user:{user_id}"),
        "account.password_reset",
        "user",
        &user_id.to_string(),
        None,
        None,
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

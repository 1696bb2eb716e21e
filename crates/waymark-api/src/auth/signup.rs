//! Signing up: an e-mail address and a password ask for an account; the mail to that
//! address carries a link to `/account/confirm`, whose page sends the link's token with
//! the password chosen at sign-up, and only then is the account made, as a resident.
//!
//! Asking for the password again at confirmation means that whoever typed someone
//! else's address cannot end up with an account the address's owner confirmed by
//! mistake (a pre-hijacked account): the link confirms only for the password's owner.
//!
//! The answer to a sign-up is the same whatever the address: new, waiting for its
//! confirmation, or with an account (whose owner is mailed that they have one). The
//! password is hashed in every case, so the time taken does not tell them apart either.

use std::net::SocketAddr;

use axum::Json;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use serde_json::json;
use utoipa::ToSchema;
use waymark_domain::account::{self as rules, CONFIRM_LINK_HOURS};
use waymark_domain::subscription::valid_email;
use waymark_domain::{Role, ValidationErrors};
use waymark_store::self_service::{self as store, ConfirmOutcome, NewSignUp};

use super::identity::digest;
use super::{
    Accepted, Me, hash_blocking, link_gone, mail, mail_link, secret, start_session, verify_blocking,
};
use crate::error::Detail;
use crate::extract::JsonBody;
use crate::lang::ReaderLang;
use crate::{ApiError, AppState, Problem};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignUpBody {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
    /// 12 to 1024 characters, not the e-mail address.
    #[schema(format = Password, min_length = 12, max_length = 1024)]
    pub password: String,
    /// The name shown beside what one writes; none by default.
    #[schema(max_length = 60)]
    pub display_name: Option<String>,
}

const SIGN_UP_ACCEPTED: Accepted = Accepted {
    status: "mail_sent",
    detail: "A mail is on its way to this address (at most one every 10 minutes): \
             open its link to finish.",
};

/// Asks for an account. The answer is the same whether or not the address has one:
/// a new address is mailed a confirmation link, an address with an account is mailed
/// that it has one, each at most once every 10 minutes.
#[utoipa::path(post, path = "/api/v1/auth/signup", tag = "accounts",
    request_body = SignUpBody,
    responses(
        (status = 202, body = Accepted, description = "A mail is on its way to the address"),
        (status = 422, description = "A field is wrong (`validation_failed`); says nothing about accounts", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts for this address or from this client", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn sign_up(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ReaderLang(lang): ReaderLang,
    body: JsonBody<SignUpBody>,
) -> Result<Response, ApiError> {
    let SignUpBody {
        email,
        password,
        display_name,
    } = body.value;
    state.limits.check_login(peer.ip(), &email).await?;
    let email = email.trim().to_lowercase();
    let mut errors = ValidationErrors::default();
    if !valid_email(&email) {
        errors.push("email", "an e-mail address like name@example.org");
    }
    errors.check(rules::check_password("password", &password, &[&email]));
    let display_name = display_name
        .as_deref()
        .and_then(|name| errors.check(rules::display_name("display_name", name)))
        .flatten();
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }

    let password_hash = hash_blocking(password).await?;
    let token = secret("");
    let link = |path: &str| mail_link(&state, path);
    let confirmation = mail(
        &email,
        rules::signup_mail(lang, &link(&format!("/account/confirm?token={token}"))),
    );
    let account_exists = mail(
        &email,
        rules::signup_taken_mail(lang, &link("/account/signin"), &link("/account/reset")),
    );
    let mut tx = state.pool.begin().await?;
    store::sign_up(
        &mut tx,
        &NewSignUp {
            email: &email,
            display_name: display_name.as_deref(),
            password_hash: &password_hash,
            confirm_digest: &digest(&token),
            link_hours: CONFIRM_LINK_HOURS,
        },
        &confirmation,
        &account_exists,
    )
    .await?;
    tx.commit().await?;
    Ok((StatusCode::ACCEPTED, Json(SIGN_UP_ACCEPTED)).into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfirmSignUpBody {
    /// The `token` of the mailed link.
    pub token: String,
    /// The password chosen at sign-up.
    #[schema(format = Password)]
    pub password: String,
}

/// Confirms a sign-up with its mailed link's token and the password chosen at sign-up:
/// the account is made, as a resident, and signed in (a session cookie, as sign-in sets).
#[utoipa::path(post, path = "/api/v1/auth/signup/confirm", tag = "accounts",
    request_body = ConfirmSignUpBody,
    responses(
        (status = 200, body = Me, description = "The new account, signed in"),
        (status = 401, description = "Not the password chosen at sign-up (`invalid_credentials`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The address has an account already (`conflict`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The link expired or was used (`validation_failed`, field `token`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn confirm_sign_up(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ReaderLang(lang): ReaderLang,
    jar: CookieJar,
    body: JsonBody<ConfirmSignUpBody>,
) -> Result<Response, ApiError> {
    let ConfirmSignUpBody { token, password } = body.value;
    let pending = store::pending_sign_up(&state.pool, &digest(&token))
        .await?
        .ok_or_else(link_gone)?;
    // The password is tried as at sign-in, against the same allowance.
    state.limits.check_login(peer.ip(), &pending.email).await?;
    if !verify_blocking(password, pending.password_hash).await? {
        return Err(ApiError::InvalidCredentials);
    }
    let mut tx = state.pool.begin().await?;
    let user = match store::confirm_sign_up(&mut tx, pending.id, Role::Resident.as_str()).await? {
        ConfirmOutcome::Created(user) => user,
        ConfirmOutcome::Gone => return Err(link_gone()),
        ConfirmOutcome::AddressTaken => {
            tx.commit().await?;
            return Err(ApiError::Conflict(Detail::new(
                "problem-detail-signup-address-taken",
            )));
        }
    };
    let actor = format!("user:{}", user.id);
    waymark_store::moderation::audit(
        &mut *tx,
        &actor,
        "account.create",
        "user",
        &user.id.to_string(),
        None,
        None,
        Some(json!({
            "email": user.email,
            "role": user.role,
            "display_name": user.display_name,
            "by": "signup",
        })),
    )
    .await?;
    let jar = start_session(&mut tx, &state, jar, user.id, lang).await?;
    tx.commit().await?;
    Ok((jar, Json(Me::try_from(&user)?)).into_response())
}

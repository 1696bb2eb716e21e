//! Accounts: sign in and out with a session cookie, personal bearer tokens for
//! scripts, and argon2 password hashes; accounts people make and change themselves
//! (`signup`, `reset`, `profile`), through links mailed to their addresses.

pub mod identity;
mod profile;
mod reset;
mod signup;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::Json;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use time::OffsetDateTime;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::{Action, Role};
use waymark_i18n::Lang;
use waymark_store::PgConnection;

use crate::extract::{JsonBody, Path};
use crate::lang::ReaderLang;
use crate::{ApiError, AppState, Problem};
use identity::{Identity, SESSION_COOKIE, digest};

/// How long a sign-in lasts (the session cookie's life).
pub const SESSION_DAYS: i64 = 30;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(me, profile::update_me))
        .routes(routes!(signup::sign_up))
        .routes(routes!(signup::confirm_sign_up))
        .routes(routes!(reset::request_reset))
        .routes(routes!(reset::complete_reset))
        .routes(routes!(profile::confirm_email_change))
        .routes(routes!(list_tokens, create_token))
        .routes(routes!(revoke_token))
}

/// An argon2id hash (PHC string) of a password, with a random salt.
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// `hash_password` off the async threads: argon2 takes tens of milliseconds on purpose.
async fn hash_blocking(password: String) -> Result<String, ApiError> {
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(ApiError::internal)?
        .map_err(|e| ApiError::internal(e.to_string()))
}

/// `verify_password` off the async threads.
async fn verify_blocking(password: String, hash: String) -> Result<bool, ApiError> {
    tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .map_err(ApiError::internal)
}

/// An absolute link to `path` for a mail, built by the helper every mailed link uses.
fn mail_link(state: &AppState, path: &str) -> String {
    format!("{}{path}", state.mail_origin)
}

/// A mail to `to`, from its subject and text.
fn mail(to: &str, (subject, body_text): (String, String)) -> waymark_store::subscriptions::Mail {
    waymark_store::subscriptions::Mail {
        to: to.to_owned(),
        subject,
        body_text,
        headers: serde_json::json!({}),
    }
}

/// The answer to a mailed link that no longer works: used, expired or never made.
fn link_gone() -> ApiError {
    ApiError::Validation(waymark_domain::ValidationErrors::one(
        "token",
        "this link has expired or was used already: ask for a new one",
    ))
}

/// The answer to a request whose outcome is told only by mail, so that it is the same
/// whether or not the address has an account.
#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    /// `mail_sent`, always.
    pub status: &'static str,
    pub detail: &'static str,
}

/// A random secret: 32 bytes, URL-safe base64.
fn secret(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct LoginBody {
    pub email: String,
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub id: Uuid,
    pub email: String,
    pub display_name: Option<String>,
    pub role: Role,
    /// The organisation a responder answers for: its answers are signed with its name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<MyOrganisation>,
}

/// The organisation an account answers for.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyOrganisation {
    pub slug: String,
    pub name: String,
    /// The slug of the plan it answers in.
    pub plan: String,
}

impl Me {
    /// With the organisation the account answers for, if it has one.
    pub(crate) async fn with_organisation(
        mut self,
        db: &waymark_store::PgPool,
    ) -> Result<Self, ApiError> {
        self.organisation = waymark_store::organisations::of_user(db, self.id)
            .await?
            .map(|(org, plan)| MyOrganisation {
                slug: org.slug,
                name: org.name,
                plan,
            });
        Ok(self)
    }
}

impl TryFrom<&waymark_store::accounts::UserRow> for Me {
    type Error = ApiError;

    fn try_from(u: &waymark_store::accounts::UserRow) -> Result<Self, ApiError> {
        Ok(Self {
            id: u.id,
            email: u.email.clone(),
            display_name: u.display_name.clone(),
            role: u.role.parse().map_err(ApiError::internal)?,
            organisation: None,
        })
    }
}

impl From<&identity::User> for Me {
    fn from(u: &identity::User) -> Self {
        Self {
            id: u.id,
            email: u.email.clone(),
            display_name: u.display_name.clone(),
            role: u.role,
            organisation: None,
        }
    }
}

/// Signs in with email and password; sets an HttpOnly, SameSite=Lax session cookie.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "accounts",
    request_body = LoginBody,
    responses(
        (status = 200, body = Me),
        (status = 401, description = "Wrong email or password", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts", body = Problem, content_type = "application/problem+json"),
    ))]
async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ReaderLang(lang): ReaderLang,
    jar: CookieJar,
    body: JsonBody<LoginBody>,
) -> Result<Response, ApiError> {
    let LoginBody { email, password } = body.value;
    state.limits.check_login(peer.ip(), &email).await?;
    let found = waymark_store::accounts::credentials(&state.pool, &email).await?;
    // Verify against a real hash even for unknown emails, so timing does not tell
    // which emails have accounts.
    let (hash, user) = match &found {
        Some(c) => (c.password_hash.as_str(), Some(&c.user)),
        None => (&*state.dummy_password_hash, None),
    };
    let password_ok = verify_blocking(password, hash.to_owned()).await?;
    let Some(user) = user.filter(|_| password_ok) else {
        return Err(ApiError::InvalidCredentials);
    };
    let mut conn = state.pool.acquire().await?;
    let jar = start_session(&mut conn, &state, jar, user.id, lang).await?;
    let me = Me::try_from(user)?.with_organisation(&state.pool).await?;
    Ok((jar, Json(me)).into_response())
}

/// Starts a session for `user_id` and adds its cookie to `jar`; the account's mails go in
/// `lang` from now on.
async fn start_session(
    conn: &mut PgConnection,
    state: &AppState,
    jar: CookieJar,
    user_id: Uuid,
    lang: Lang,
) -> Result<CookieJar, ApiError> {
    let token = secret("");
    let expires = OffsetDateTime::now_utc() + time::Duration::days(SESSION_DAYS);
    waymark_store::accounts::create_session(
        &mut *conn,
        &digest(&token),
        user_id,
        expires,
        lang.as_str(),
    )
    .await?;
    let cookie = Cookie::build((SESSION_COOKIE, token))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.cookie_secure)
        .path("/")
        .max_age(time::Duration::days(SESSION_DAYS))
        .build();
    Ok(jar.add(cookie))
}

/// Signs out: the session ends on the server and the cookie is removed.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "accounts",
    responses((status = 204, description = "Signed out")))]
async fn logout(State(state): State<AppState>, jar: CookieJar) -> Result<Response, ApiError> {
    if let Some(session) = jar.get(SESSION_COOKIE) {
        waymark_store::accounts::end_session(&state.pool, &digest(session.value())).await?;
    }
    let jar = jar.remove(Cookie::build(SESSION_COOKIE).path("/"));
    Ok((jar, StatusCode::NO_CONTENT).into_response())
}

/// The signed-in account.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    responses(
        (status = 200, body = Me),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
async fn me(State(state): State<AppState>, identity: Identity) -> Result<Json<Me>, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let me = Me::from(identity.user()?);
    Ok(Json(me.with_organisation(&state.pool).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewTokenBody {
    /// What the token is for, e.g. "nightly export".
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Token {
    pub id: Uuid,
    pub name: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub last_used_at: Option<OffsetDateTime>,
    /// The secret, shown only in the response that creates it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

impl Token {
    fn from_row(row: waymark_store::accounts::TokenRow, token: Option<String>) -> Self {
        Self {
            id: row.id,
            name: row.name,
            created_at: row.created_at,
            last_used_at: row.last_used_at,
            token,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenList {
    pub tokens: Vec<Token>,
}

/// One's own live tokens (without their secrets).
#[utoipa::path(get, path = "/api/v1/auth/tokens", tag = "accounts",
    responses((status = 200, body = TokenList), (status = 401, body = Problem, content_type = "application/problem+json")))]
async fn list_tokens(
    State(state): State<AppState>,
    identity: Identity,
) -> Result<Json<TokenList>, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let rows = waymark_store::accounts::list_tokens(&state.pool, identity.user()?.id).await?;
    Ok(Json(TokenList {
        tokens: rows.into_iter().map(|r| Token::from_row(r, None)).collect(),
    }))
}

/// Makes a personal token for scripts (`Authorization: Bearer <token>`). The secret
/// is shown once; only its digest is kept.
#[utoipa::path(post, path = "/api/v1/auth/tokens", tag = "accounts",
    request_body = NewTokenBody,
    responses((status = 201, body = Token), (status = 401, body = Problem, content_type = "application/problem+json")))]
async fn create_token(
    State(state): State<AppState>,
    identity: Identity,
    body: JsonBody<NewTokenBody>,
) -> Result<Response, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let user = identity.user()?;
    let name = body.value.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ApiError::Validation(waymark_domain::ValidationErrors::one(
            "name",
            "name the token in 1 to 100 characters",
        )));
    }
    let token = secret("wm_");
    let row =
        waymark_store::accounts::create_token(&state.pool, user.id, name, &digest(&token)).await?;
    waymark_store::moderation::audit(
        &state.pool,
        &user.key(),
        "token.create",
        "api_token",
        &row.id.to_string(),
        None,
        None,
        Some(serde_json::json!({ "name": row.name })),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(Token::from_row(row, Some(token)))).into_response())
}

/// Revokes one of one's own tokens.
#[utoipa::path(delete, path = "/api/v1/auth/tokens/{id}", tag = "accounts",
    params(("id" = Uuid, Path)),
    responses((status = 204), (status = 404, body = Problem, content_type = "application/problem+json")))]
async fn revoke_token(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
) -> Result<StatusCode, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let user = identity.user()?;
    if !waymark_store::accounts::revoke_token(&state.pool, user.id, id).await? {
        return Err(ApiError::NotFound("token"));
    }
    waymark_store::moderation::audit(
        &state.pool,
        &user.key(),
        "token.revoke",
        "api_token",
        &id.to_string(),
        None,
        None,
        None,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_to_argon2id_and_verify() {
        let hash = hash_password("correct horse battery staple").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(!hash.contains("correct horse"));
        assert!(verify_password("correct horse battery staple", &hash));
        assert!(!verify_password("Correct horse battery staple", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn secrets_are_long_and_different() {
        let (a, b) = (secret("wm_"), secret("wm_"));
        assert_ne!(a, b);
        assert!(a.starts_with("wm_") && a.len() >= 40);
    }
}

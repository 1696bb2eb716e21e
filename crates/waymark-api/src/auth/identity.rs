//! Who is asking: a signed-in user (session cookie or bearer token), or a visitor
//! without an account, known by a random id in a signed cookie issued on their first
//! write. The visitor id lets a person support once and edit what they posted.

use axum::extract::FromRequestParts;
use axum::http::{header, request::Parts};
use axum::response::{IntoResponseParts, ResponseParts};
use axum_extra::extract::SignedCookieJar;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use waymark_domain::{Action, Decision, Role};

use crate::{ApiError, AppState};

pub const SESSION_COOKIE: &str = "waymark_session";
/// How long a visitor cookie lives; it is set once, at the first write, and not renewed.
pub const VISITOR_COOKIE_DAYS: i64 = 365;
pub const VISITOR_COOKIE: &str = "waymark_visitor";

/// A signed-in user.
#[derive(Debug, Clone)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub display_name: Option<String>,
    pub role: Role,
}

impl User {
    /// How the audit log and authorship name this user.
    pub fn key(&self) -> String {
        format!("user:{}", self.id)
    }
}

/// The signed-in user, if any. A bad bearer token is refused rather than ignored;
/// an expired session cookie just means "not signed in".
#[derive(Debug, Clone)]
pub struct Identity(pub Option<User>);

impl Identity {
    pub fn role(&self) -> Option<Role> {
        self.0.as_ref().map(|u| u.role)
    }

    /// Asks the policy; 401 without an identity, 403 with the wrong role.
    pub fn authorize(&self, action: Action, plan_allows_anonymous: bool) -> Result<(), ApiError> {
        match waymark_domain::auth::decide(self.role(), action, plan_allows_anonymous) {
            Decision::Allow => Ok(()),
            Decision::SignInRequired => Err(ApiError::Unauthorized("problem-detail-unauthorized")),
            Decision::Forbidden => Err(ApiError::Forbidden("problem-detail-forbidden")),
        }
    }

    /// The signed-in user, or 401.
    pub fn user(&self) -> Result<&User, ApiError> {
        self.0
            .as_ref()
            .ok_or(ApiError::Unauthorized("problem-detail-unauthorized"))
    }
}

/// SHA-256 of a session or token secret: only this digest is stored.
pub fn digest(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

fn to_user(row: waymark_store::accounts::UserRow) -> Result<User, ApiError> {
    Ok(User {
        id: row.id,
        role: row.role.parse().map_err(ApiError::internal)?,
        email: row.email,
        display_name: row.display_name,
    })
}

impl FromRequestParts<AppState> for Identity {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if let Some(known) = parts.extensions.get::<Identity>() {
            return Ok(known.clone());
        }
        let identity = if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .ok_or(ApiError::Unauthorized("problem-detail-bearer-required"))?;
            let row = waymark_store::accounts::token_user(&state.pool, &digest(token.trim()))
                .await?
                .ok_or(ApiError::Unauthorized("problem-detail-token-invalid"))?;
            Identity(Some(to_user(row)?))
        } else if let Some(session) = CookieJar::from_headers(&parts.headers).get(SESSION_COOKIE) {
            match waymark_store::accounts::session_user(&state.pool, &digest(session.value()))
                .await?
            {
                Some(row) => Identity(Some(to_user(row)?)),
                None => Identity(None),
            }
        } else {
            Identity(None)
        };
        parts.extensions.insert(identity.clone());
        Ok(identity)
    }
}

/// Whoever writes: the signed-in user, else a visitor, who is given a cookie with the
/// response on their first write (use the `Author` as a response part).
#[derive(Debug)]
pub struct Author {
    pub identity: Identity,
    /// `user:<uuid>` or `visitor:<uuid>`: private, used for authorship and support.
    pub key: String,
    issue: Option<SignedCookieJar>,
}

/// The author key of whoever asks, without issuing a cookie (for reads and edits).
#[derive(Debug)]
pub struct KnownAuthor(pub Option<String>);

pub(crate) fn visitor_key(parts: &Parts, state: &AppState) -> (SignedCookieJar, Option<String>) {
    let jar = SignedCookieJar::from_headers(&parts.headers, state.cookie_key.clone());
    let key = jar
        .get(VISITOR_COOKIE)
        .and_then(|c| Uuid::parse_str(c.value()).ok())
        .map(|id| format!("visitor:{id}"));
    (jar, key)
}

impl FromRequestParts<AppState> for Author {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let identity = Identity::from_request_parts(parts, state).await?;
        if let Some(user) = &identity.0 {
            let key = user.key();
            return Ok(Self {
                identity,
                key,
                issue: None,
            });
        }
        let (jar, key) = visitor_key(parts, state);
        if let Some(key) = key {
            return Ok(Self {
                identity,
                key,
                issue: None,
            });
        }
        let id = Uuid::new_v4();
        let cookie = Cookie::build((VISITOR_COOKIE, id.to_string()))
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(state.config.cookie_secure)
            .path("/")
            .max_age(time::Duration::days(VISITOR_COOKIE_DAYS))
            .build();
        Ok(Self {
            identity,
            key: format!("visitor:{id}"),
            issue: Some(jar.add(cookie)),
        })
    }
}

impl FromRequestParts<AppState> for KnownAuthor {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let identity = Identity::from_request_parts(parts, state).await?;
        Ok(Self(match identity.0 {
            Some(user) => Some(user.key()),
            None => visitor_key(parts, state).1,
        }))
    }
}

impl IntoResponseParts for Author {
    type Error = <SignedCookieJar as IntoResponseParts>::Error;

    fn into_response_parts(self, res: ResponseParts) -> Result<ResponseParts, Self::Error> {
        match self.issue {
            Some(jar) => jar.into_response_parts(res),
            None => Ok(res),
        }
    }
}

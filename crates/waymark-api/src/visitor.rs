//! Who is asking, without an account: a random id in a signed cookie, issued on a
//! visitor's first write. It lets a person support once, and edit what they posted.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponseParts, ResponseParts};
use axum_extra::extract::SignedCookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use uuid::Uuid;

use crate::{ApiError, AppState};

const COOKIE: &str = "waymark_visitor";

/// A visitor's private key (`visitor:<uuid>`); a new visitor is given a cookie with
/// the response (use the `Visitor` as a response part).
#[derive(Debug)]
pub struct Visitor {
    pub key: String,
    issue: Option<SignedCookieJar>,
}

/// The visitor's key when they already have a cookie; reads never issue one.
#[derive(Debug)]
pub struct KnownVisitor(pub Option<String>);

fn read(parts: &Parts, state: &AppState) -> (SignedCookieJar, Option<String>) {
    let jar = SignedCookieJar::from_headers(&parts.headers, state.cookie_key.clone());
    let key = jar
        .get(COOKIE)
        .and_then(|c| Uuid::parse_str(c.value()).ok())
        .map(|id| format!("visitor:{id}"));
    (jar, key)
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let (jar, key) = read(parts, state);
        if let Some(key) = key {
            return Ok(Self { key, issue: None });
        }
        let id = Uuid::new_v4();
        let cookie = Cookie::build((COOKIE, id.to_string()))
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(state.config.cookie_secure)
            .path("/")
            .max_age(time::Duration::days(365))
            .build();
        Ok(Self {
            key: format!("visitor:{id}"),
            issue: Some(jar.add(cookie)),
        })
    }
}

impl FromRequestParts<AppState> for KnownVisitor {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        Ok(Self(read(parts, state).1))
    }
}

impl IntoResponseParts for Visitor {
    type Error = <SignedCookieJar as IntoResponseParts>::Error;

    fn into_response_parts(self, res: ResponseParts) -> Result<ResponseParts, Self::Error> {
        match self.issue {
            Some(jar) => jar.into_response_parts(res),
            None => Ok(res),
        }
    }
}

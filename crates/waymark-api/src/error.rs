//! One error type for the whole API, written as RFC 9457 problem+json with a stable `code`.

use std::borrow::Cow;

use axum::extract::rejection::{BytesRejection, PathRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;
use waymark_domain::outcome::OutcomeStatus;
use waymark_domain::{FieldError, ValidationErrors};
use waymark_i18n::{FluentValue, Lang};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("the body is not valid JSON: {0}")]
    MalformedJson(String),
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("the request body is larger than this server accepts")]
    PayloadTooLarge,
    #[error("{0}")]
    Validation(ValidationErrors),
    #[error("{0}")]
    InvalidParameter(ValidationErrors),
    #[error("the point is outside the plan's area")]
    OutsidePlan,
    /// Text the database cannot hold, wherever in the request it was: PostgreSQL's
    /// text refuses the NUL character.
    #[error("text in this request holds the NUL character (U+0000), which is not allowed")]
    InvalidText,
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The detail is a message id of `problems.ftl`.
    #[error("{0}")]
    Unauthorized(&'static str),
    #[error("the email address or password is not right")]
    InvalidCredentials,
    /// The detail is a message id of `problems.ftl`.
    #[error("{0}")]
    Forbidden(&'static str),
    #[error("{0}")]
    Conflict(Detail),
    /// A request refused for a reason of its own, with its own stable code; its title
    /// is the message `problem-title-{code}`.
    #[error("{detail}")]
    Refused {
        status: StatusCode,
        code: &'static str,
        detail: Detail,
    },
    #[error("{} of the selected contributions cannot take this status from where they are", .0.len())]
    IllegalTransition(Vec<RefusedStep>),
    #[error("a request that changes data must come from this site (send X-Requested-With)")]
    CrossSite,
    #[error("too many requests; try again in {retry_after} seconds")]
    RateLimited { retry_after: u64 },
    #[error("this Idempotency-Key was already used for a different request")]
    IdempotencyKeyReused,
    #[error("this method is not allowed here")]
    MethodNotAllowed,
    #[error("the database is not answering")]
    Unavailable,
    #[error("internal error")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// A detail people read: a message of `problems.ftl` and its variables, rendered in
/// the reader's language when the response leaves (see `localise`).
#[derive(Debug, Clone)]
pub struct Detail {
    id: Cow<'static, str>,
    args: Vec<(&'static str, Arg)>,
}

/// A variable of a message: numbers stay numbers so plural selectors work.
#[derive(Debug, Clone)]
enum Arg {
    Text(String),
    Number(f64),
}

impl Detail {
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    fn number(mut self, name: &'static str, value: f64) -> Self {
        self.args.push((name, Arg::Number(value)));
        self
    }

    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Number(n) => FluentValue::from(*n),
                };
                (*name, value)
            })
            .collect();
        waymark_i18n::text(lang, &self.id, &args)
    }
}

impl std::fmt::Display for Detail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::EnGb))
    }
}

/// What a problem response keeps of its error so that `localise` can write its
/// title and detail again in the request's language.
#[derive(Debug, Clone)]
struct Localisable {
    title: Detail,
    detail: Detail,
    problem: Problem,
}

/// Writes a problem response's title and detail in `lang` and says so in
/// `Content-Language`; other responses pass unchanged.
pub(crate) fn localise(response: &mut Response, lang: Lang) {
    let Some(Localisable {
        title,
        detail,
        mut problem,
    }) = response.extensions_mut().remove::<Localisable>()
    else {
        return;
    };
    response.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.as_str()),
    );
    if lang == Lang::EnGb {
        return;
    }
    problem.title = title.render(lang);
    problem.detail = detail.render(lang);
    if problem.code == "outside_plan" {
        for error in &mut problem.errors {
            error.message = Detail::new("problem-field-outside-plan").render(lang);
        }
    }
    match serde_json::to_vec(&problem) {
        Ok(body) => {
            response.headers_mut().remove(header::CONTENT_LENGTH);
            *response.body_mut() = axum::body::Body::from(body);
        }
        Err(error) => tracing::error!(%error, "a problem could not be written again"),
    }
}

/// Seconds a client should wait after a 503: a database restart takes a few.
const UNAVAILABLE_RETRY_AFTER: u64 = 2;

/// The problem+json body (RFC 9457) every error response carries.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem: `/problems/{code}`.
    #[serde(rename = "type")]
    pub type_: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// A stable, machine-readable code: clients branch on this.
    pub code: &'static str,
    /// For validation problems: each field at fault with a message.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// For `illegal_transition`: each item that cannot move, and where it could go.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub refused: Vec<RefusedStep>,
}

/// An item whose status does not allow the step asked for.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RefusedStep {
    pub id: uuid::Uuid,
    /// Where it is now.
    pub status: OutcomeStatus,
    /// The statuses it may go to from there.
    pub allowed: Vec<OutcomeStatus>,
}

impl ApiError {
    pub fn internal(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        Self::Internal(error.into())
    }

    fn parts(&self) -> (StatusCode, &'static str) {
        use ApiError::*;
        match self {
            MalformedJson(_) => (StatusCode::BAD_REQUEST, "malformed_json"),
            UnsupportedMediaType(_) => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
            }
            PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"),
            Validation(_) => (StatusCode::UNPROCESSABLE_ENTITY, "validation_failed"),
            InvalidParameter(_) => (StatusCode::BAD_REQUEST, "invalid_parameter"),
            InvalidText => (StatusCode::BAD_REQUEST, "invalid_text"),
            OutsidePlan => (StatusCode::UNPROCESSABLE_ENTITY, "outside_plan"),
            NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            Unauthorized(_) => (StatusCode::UNAUTHORIZED, "unauthorized"),
            InvalidCredentials => (StatusCode::UNAUTHORIZED, "invalid_credentials"),
            Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            Refused { status, code, .. } => (*status, code),
            IllegalTransition(_) => (StatusCode::CONFLICT, "illegal_transition"),
            CrossSite => (StatusCode::FORBIDDEN, "cross_site_request"),
            RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            IdempotencyKeyReused => (StatusCode::UNPROCESSABLE_ENTITY, "idempotency_key_reused"),
            MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
            Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal_error"),
        }
    }
}

impl ApiError {
    /// The detail people read, as a message of `problems.ftl`.
    fn detail(&self) -> Detail {
        use ApiError::*;
        let plain = |id: &'static str| Detail::new(id);
        match self {
            MalformedJson(reason) => plain("problem-detail-malformed-json").arg("reason", reason),
            UnsupportedMediaType(text) => plain("problem-detail-as-given").arg("text", text),
            PayloadTooLarge => plain("problem-detail-payload-too-large"),
            Validation(errors) | InvalidParameter(errors) => {
                plain(if matches!(self, Validation(_)) {
                    "problem-detail-validation-failed"
                } else {
                    "problem-detail-invalid-parameter"
                })
                .arg("summary", errors)
            }
            OutsidePlan => plain("problem-detail-outside-plan"),
            InvalidText => plain("problem-detail-invalid-text"),
            NotFound(thing) => plain("problem-detail-not-found").arg("thing", thing),
            Unauthorized(id) | Forbidden(id) => plain(id),
            InvalidCredentials => plain("problem-detail-invalid-credentials"),
            Conflict(detail) | Refused { detail, .. } => detail.clone(),
            IllegalTransition(refused) => {
                plain("problem-detail-illegal-transition").number("count", refused.len() as f64)
            }
            CrossSite => plain("problem-detail-cross-site-request"),
            RateLimited { retry_after } => {
                plain("problem-detail-rate-limited").number("seconds", *retry_after as f64)
            }
            IdempotencyKeyReused => plain("problem-detail-idempotency-key-reused"),
            MethodNotAllowed => plain("problem-detail-method-not-allowed"),
            Unavailable => plain("problem-detail-unavailable"),
            Internal(_) => plain("problem-detail-internal-error"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.parts();
        if let ApiError::Internal(cause) = &self {
            tracing::error!(error = %cause, "request failed");
        }
        // en-GB here; `localise` writes them again in the reader's language.
        let title = Detail::new(format!("problem-title-{}", code.replace('_', "-")));
        let detail = self.detail();
        let retry_after = match &self {
            ApiError::RateLimited { retry_after } => Some(*retry_after),
            ApiError::Unavailable => Some(UNAVAILABLE_RETRY_AFTER),
            _ => None,
        };
        let (errors, refused) = match self {
            ApiError::Validation(e) | ApiError::InvalidParameter(e) => (e.0, Vec::new()),
            ApiError::OutsidePlan => (
                vec![FieldError {
                    field: "geometry".into(),
                    message: "choose a place inside the plan's area".into(),
                }],
                Vec::new(),
            ),
            ApiError::IllegalTransition(refused) => (Vec::new(), refused),
            _ => (Vec::new(), Vec::new()),
        };
        let problem = Problem {
            type_: format!("/problems/{code}"),
            title: title.render(Lang::EnGb),
            status: status.as_u16(),
            detail: detail.render(Lang::EnGb),
            code,
            errors,
            refused,
        };
        let mut response = (status, axum::Json(problem.clone())).into_response();
        response.extensions_mut().insert(Localisable {
            title,
            detail,
            problem,
        });
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// Whether `error` says the database is away (no connection, or the server shutting down,
/// crashed or still starting), not that the request or statement was wrong.
pub(crate) fn database_away(error: &waymark_store::Error) -> bool {
    match error {
        waymark_store::Error::PoolTimedOut
        | waymark_store::Error::PoolClosed
        | waymark_store::Error::Io(_)
        | waymark_store::Error::Protocol(_)
        | waymark_store::Error::WorkerCrashed => true,
        // Connection exceptions (08…) and 57P01, 57P02, 57P03.
        waymark_store::Error::Database(db) => db
            .code()
            .is_some_and(|c| c.starts_with("08") || c.starts_with("57P")),
        _ => false,
    }
}

impl From<waymark_store::Error> for ApiError {
    fn from(error: waymark_store::Error) -> Self {
        Self::from(&error)
    }
}

/// The answer to a database error, for each of several requests it failed (a group of
/// pins, see `contributions::writer`).
impl From<&waymark_store::Error> for ApiError {
    fn from(error: &waymark_store::Error) -> Self {
        match error {
            away if database_away(away) => {
                tracing::warn!(%error, "database unavailable");
                ApiError::Unavailable
            }
            // character_not_in_repertoire, untranslatable_character: a NUL in a path,
            // a query or a body that no check before the database caught. The statement
            // failed, so its transaction writes nothing.
            waymark_store::Error::Database(db)
                if matches!(db.code().as_deref(), Some("22021" | "22P05")) =>
            {
                ApiError::InvalidText
            }
            other => ApiError::internal(other.to_string()),
        }
    }
}

impl From<PathRejection> for ApiError {
    fn from(_: PathRejection) -> Self {
        ApiError::NotFound("resource")
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        ApiError::InvalidParameter(ValidationErrors::one("query", rejection.body_text()))
    }
}

impl From<BytesRejection> for ApiError {
    fn from(rejection: BytesRejection) -> Self {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::PayloadTooLarge
        } else {
            ApiError::MalformedJson(rejection.body_text())
        }
    }
}

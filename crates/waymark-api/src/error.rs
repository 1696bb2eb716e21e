//! One error type for the whole API, written as RFC 9457 problem+json with a stable `code`.

use axum::extract::rejection::{BytesRejection, PathRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;
use waymark_domain::outcome::OutcomeStatus;
use waymark_domain::{FieldError, ValidationErrors};

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
    #[error("{0}")]
    Unauthorized(&'static str),
    #[error("the email address or password is not right")]
    InvalidCredentials,
    #[error("{0}")]
    Forbidden(&'static str),
    #[error("{0}")]
    Conflict(String),
    /// A request refused for a reason of its own, with its own stable code.
    #[error("{detail}")]
    Refused {
        status: StatusCode,
        code: &'static str,
        title: &'static str,
        detail: String,
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

/// Seconds a client should wait after a 503: a database restart takes a few.
const UNAVAILABLE_RETRY_AFTER: u64 = 2;

/// The problem+json body (RFC 9457) every error response carries.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem: `/problems/{code}`.
    #[serde(rename = "type")]
    pub type_: String,
    pub title: &'static str,
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

    fn parts(&self) -> (StatusCode, &'static str, &'static str) {
        use ApiError::*;
        match self {
            MalformedJson(_) => (StatusCode::BAD_REQUEST, "malformed_json", "Malformed JSON"),
            UnsupportedMediaType(_) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Unsupported media type",
            ),
            PayloadTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "Payload too large",
            ),
            Validation(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation_failed",
                "Validation failed",
            ),
            InvalidParameter(_) => (
                StatusCode::BAD_REQUEST,
                "invalid_parameter",
                "Invalid parameter",
            ),
            InvalidText => (StatusCode::BAD_REQUEST, "invalid_text", "Invalid text"),
            OutsidePlan => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "outside_plan",
                "Outside the plan area",
            ),
            NotFound(_) => (StatusCode::NOT_FOUND, "not_found", "Not found"),
            Unauthorized(_) => (StatusCode::UNAUTHORIZED, "unauthorized", "Sign in required"),
            InvalidCredentials => (
                StatusCode::UNAUTHORIZED,
                "invalid_credentials",
                "Sign-in failed",
            ),
            Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden", "Forbidden"),
            Conflict(_) => (StatusCode::CONFLICT, "conflict", "Conflict"),
            Refused {
                status,
                code,
                title,
                ..
            } => (*status, code, title),
            IllegalTransition(_) => (
                StatusCode::CONFLICT,
                "illegal_transition",
                "Not a step the lifecycle allows",
            ),
            CrossSite => (
                StatusCode::FORBIDDEN,
                "cross_site_request",
                "Cross-site request refused",
            ),
            RateLimited { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                "Too many requests",
            ),
            IdempotencyKeyReused => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency_key_reused",
                "Idempotency-Key reused",
            ),
            MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "Method not allowed",
            ),
            Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "Service unavailable",
            ),
            Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal_error",
                "Internal error",
            ),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, title) = self.parts();
        let detail = match &self {
            ApiError::Internal(cause) => {
                tracing::error!(error = %cause, "request failed");
                "Something went wrong on our side. If it keeps happening, quote the \
                 x-request-id header of this response."
                    .to_owned()
            }
            other => other.to_string(),
        };
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
            title,
            status: status.as_u16(),
            detail,
            code,
            errors,
            refused,
        };
        let mut response = (status, axum::Json(problem)).into_response();
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

impl From<waymark_store::Error> for ApiError {
    fn from(error: waymark_store::Error) -> Self {
        match error {
            waymark_store::Error::PoolTimedOut
            | waymark_store::Error::PoolClosed
            | waymark_store::Error::Io(_)
            | waymark_store::Error::Protocol(_)
            | waymark_store::Error::WorkerCrashed => {
                tracing::warn!(%error, "database unavailable");
                ApiError::Unavailable
            }
            // Connection exceptions (08…) and the server shutting down, crashed or still
            // starting (57P01, 57P02, 57P03): the database is away, not the request wrong.
            waymark_store::Error::Database(ref db)
                if db
                    .code()
                    .is_some_and(|c| c.starts_with("08") || c.starts_with("57P")) =>
            {
                tracing::warn!(%error, "database unavailable");
                ApiError::Unavailable
            }
            // character_not_in_repertoire, untranslatable_character: a NUL in a path,
            // a query or a body that no check before the database caught. The statement
            // failed, so its transaction writes nothing.
            waymark_store::Error::Database(ref db)
                if matches!(db.code().as_deref(), Some("22021" | "22P05")) =>
            {
                ApiError::InvalidText
            }
            other => ApiError::internal(other),
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

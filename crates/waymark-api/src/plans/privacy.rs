//! A plan's privacy notice: who is responsible for the data, what Waymark processes it for,
//! how long it keeps it (the retention settings this server runs with), its cookies and
//! people's rights. The map UI's `/p/{plan}/privacy` page words it in each language.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;
use waymark_domain::retention::Retention;

use crate::auth::SESSION_DAYS;
use crate::auth::identity::{SESSION_COOKIE, VISITOR_COOKIE, VISITOR_COOKIE_DAYS};
use crate::extract::Path;
use crate::{ApiError, AppState, Problem};

/// What Waymark processes personal data for; the same on every plan.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Pins, replies and supports people post, with the name they give.
    Contributions,
    /// Residents', mobilisers', responders' and staff accounts.
    Accounts,
    /// Mail people asked for: follows, digests, sign-up and reset links.
    Mail,
    /// Conversations a mobiliser records on the doorstep, with the person's consent.
    Conversations,
    /// Flags, moderators' decisions and the audit log.
    Moderation,
    /// The optional questions about who takes part, only ever published counted.
    EqualityQuestions,
}

/// What people may ask of the controller, and (the last) of the regulator.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Right {
    Access,
    Rectification,
    Erasure,
    Objection,
    /// A complaint to the Information Commissioner's Office.
    Complaint,
}

/// Why a cookie is set: each is strictly necessary for what the person asked for, so none
/// needs consent.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CookiePurpose {
    /// Keeps a signed-in person signed in.
    SignIn,
    /// Lets a visitor without an account edit their own pins and count a support once.
    Visitor,
    /// Remembers the language the person chose.
    Language,
    /// Holds, for an hour, the address a person proved to download or erase their data.
    YourData,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CookieNotice {
    pub name: &'static str,
    pub purpose: CookiePurpose,
    /// How long it lives, in days.
    pub days: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PrivacyNotice {
    /// The plan's slug and title.
    pub plan: String,
    pub title: String,
    /// Who is responsible for the plan's personal data; `null` until an admin names it.
    pub controller: Option<String>,
    /// Where to write to use one's rights (an e-mail or a postal address); `null` until set.
    pub contact: Option<String>,
    pub purposes: Vec<Purpose>,
    /// How long each kind of data is kept, in days, as this server is set up; 0 keeps it
    /// (or, for inactive accounts, never deletes them).
    pub retention: Retention,
    /// Every cookie Waymark sets; all strictly necessary.
    pub cookies: Vec<CookieNotice>,
    pub rights: Vec<Right>,
    /// Where a complaint goes: the UK's data protection regulator.
    pub complaint_url: &'static str,
}

/// Where the ICO takes complaints about how personal data was handled.
const ICO_COMPLAINTS: &str = "https://ico.org.uk/make-a-complaint/";

/// A plan's privacy notice (public).
#[utoipa::path(get, path = "/api/v1/plans/{plan}/privacy", tag = "plans",
    params(("plan" = String, Path, description = "The plan's slug")),
    responses(
        (status = 200, body = PrivacyNotice),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn get_privacy(
    State(state): State<AppState>,
    Path(plan): Path<String>,
) -> Result<Json<PrivacyNotice>, ApiError> {
    let row = waymark_store::plans::get(&state.pool, &plan)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    Ok(Json(PrivacyNotice {
        plan: row.slug,
        title: row.title,
        controller: row.privacy_controller,
        contact: row.privacy_contact,
        purposes: vec![
            Purpose::Contributions,
            Purpose::Accounts,
            Purpose::Mail,
            Purpose::Conversations,
            Purpose::Moderation,
            Purpose::EqualityQuestions,
        ],
        retention: state.config.retention,
        cookies: vec![
            CookieNotice {
                name: SESSION_COOKIE,
                purpose: CookiePurpose::SignIn,
                days: SESSION_DAYS,
            },
            CookieNotice {
                name: VISITOR_COOKIE,
                purpose: CookiePurpose::Visitor,
                days: VISITOR_COOKIE_DAYS,
            },
            CookieNotice {
                name: waymark_i18n::COOKIE,
                purpose: CookiePurpose::Language,
                days: waymark_i18n::COOKIE_DAYS,
            },
            // An hour, which whole days round up to one.
            CookieNotice {
                name: crate::my_data::ME_COOKIE,
                purpose: CookiePurpose::YourData,
                days: 1,
            },
        ],
        rights: vec![
            Right::Access,
            Right::Rectification,
            Right::Erasure,
            Right::Objection,
            Right::Complaint,
        ],
        complaint_url: ICO_COMPLAINTS,
    }))
}

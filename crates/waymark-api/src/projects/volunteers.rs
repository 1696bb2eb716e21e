//! Volunteer roles and the people who offer to help: sign-up by e-mail with double
//! opt-in (the outbox mail's link opens `/volunteer/confirm`), the team's list and CSV,
//! and leaving (`/volunteer/leave`), which deletes the row. A sign-up answers the same
//! whether or not the address was known, and sends at most one mail per address and
//! role every 10 minutes; the write limits of `limits.rs` apply as to any write.

use axum::Form;
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::ValidationErrors;
use waymark_domain::csv::text_cell;
use waymark_domain::project as rules;
use waymark_domain::subscription::valid_email;
use waymark_i18n::{Lang, text};
use waymark_store::projects::{self as store, SignUp};
use waymark_store::subscriptions::Mail;

use super::{for_team, personal};
use crate::auth::identity::Identity;
use crate::extract::{JsonBody, Path, Query};
use crate::lang::ReaderLang;
use crate::subscriptions::{escape, new_token, not_found, page, plausible_token};
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(add_role))
        .routes(routes!(sign_up))
        .routes(routes!(list_volunteers))
        .routes(routes!(export_volunteers))
}

/// The pages the volunteers' and followers' mails link to: plain HTML forms, outside `/api`.
pub fn pages() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/volunteer/confirm", get(confirm_page).post(confirm))
        .route("/volunteer/leave", get(leave_page).post(leave))
        .route("/projects/unfollow", get(unfollow_page).post(unfollow))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VolunteerRole {
    pub id: Uuid,
    pub title: String,
    pub description: String,
    pub open: bool,
    /// Confirmed volunteers in this role.
    pub volunteers: i64,
}

pub(super) async fn roles(state: &AppState, project: Uuid) -> Result<Vec<VolunteerRole>, ApiError> {
    Ok(store::roles(&state.pool, project)
        .await?
        .into_iter()
        .map(|r| VolunteerRole {
            id: r.id,
            title: r.title,
            description: r.description,
            open: r.open,
            volunteers: r.volunteers,
        })
        .collect())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRole {
    #[schema(min_length = 1, max_length = 120)]
    pub title: String,
    #[schema(max_length = 2000)]
    pub description: Option<String>,
}

/// Adds a volunteer role ("door-knocker for the share offer"), the team.
#[utoipa::path(post, path = "/api/v1/projects/{id}/roles", tag = "projects",
    params(("id" = Uuid, Path)),
    request_body = NewRole,
    responses(
        (status = 201, body = VolunteerRole),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn add_role(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
    body: JsonBody<NewRole>,
) -> Result<(StatusCode, Json<VolunteerRole>), ApiError> {
    for_team(&state, &identity, id).await?;
    let mut errors = ValidationErrors::default();
    let title = super::text(&mut errors, "title", &body.value.title, 1, 120);
    let description = super::text(
        &mut errors,
        "description",
        body.value.description.as_deref().unwrap_or(""),
        0,
        2000,
    );
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let role = store::add_role(&state.pool, id, &title, &description).await?;
    Ok((
        StatusCode::CREATED,
        Json(VolunteerRole {
            id: role,
            title,
            description,
            open: true,
            volunteers: 0,
        }),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewVolunteer {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
    /// How the team may call them; optional.
    #[schema(max_length = 80)]
    pub name: Option<String>,
}

/// Offers help in a role: a confirmation mail goes to the address; only once its link
/// is opened does the team see the volunteer. Asking again is harmless.
#[utoipa::path(post, path = "/api/v1/projects/{id}/roles/{role}/volunteers", tag = "projects",
    params(("id" = Uuid, Path), ("role" = Uuid, Path)),
    request_body = NewVolunteer,
    responses(
        (status = 202, description = "A confirmation mail is on its way, unless this address already helps in this role"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    ))]
async fn sign_up(
    State(state): State<AppState>,
    Path((id, role)): Path<(Uuid, Uuid)>,
    ReaderLang(lang): ReaderLang,
    body: JsonBody<NewVolunteer>,
) -> Result<Response, ApiError> {
    let email = body.value.email.trim().to_lowercase();
    let mut errors = ValidationErrors::default();
    if !valid_email(&email) {
        errors.push("email", "an e-mail address like name@example.org");
    }
    let name = body
        .value
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    if name.is_some_and(|n| n.chars().count() > 80) {
        errors.push("name", "80 characters or fewer");
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let confirm_token = new_token();
    let leave_token = new_token();
    let confirm_url = format!(
        "{}/volunteer/confirm?token={confirm_token}",
        state.mail_origin
    );
    let leave_url = format!("{}/volunteer/leave?token={leave_token}", state.mail_origin);
    let mail = |project: &str, role: &str| {
        let (subject, body_text) =
            rules::volunteer_confirmation_mail(lang, project, role, &confirm_url, &leave_url);
        Mail {
            to: email.clone(),
            subject,
            body_text,
            headers: json!({}),
        }
    };
    let mut conn = state.pool.acquire().await?;
    match store::sign_up(
        &mut conn,
        id,
        role,
        &email,
        name,
        &Sha256::digest(confirm_token.as_bytes()),
        &Sha256::digest(leave_token.as_bytes()),
        mail,
    )
    .await?
    {
        SignUp::Queued | SignUp::NothingSent => Ok((
            StatusCode::ACCEPTED,
            Json(json!({
                "status": "confirmation_sent",
                "detail": "If this address does not help in this role yet, a mail is on its way: open its link to confirm.",
            })),
        )
            .into_response()),
        SignUp::RoleNotFound => Err(ApiError::NotFound("role")),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Volunteer {
    pub role: String,
    pub email: String,
    pub name: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub confirmed_at: time::OffsetDateTime,
}

/// The project's confirmed volunteers, for its team.
#[utoipa::path(get, path = "/api/v1/projects/{id}/volunteers", tag = "projects",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Vec<Volunteer>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn list_volunteers(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
) -> Result<Response, ApiError> {
    for_team(&state, &identity, id).await?;
    let list: Vec<Volunteer> = store::volunteers(&state.pool, id)
        .await?
        .into_iter()
        .map(|v| Volunteer {
            role: v.role,
            email: v.email,
            name: v.display_name,
            confirmed_at: v.confirmed_at,
        })
        .collect();
    personal(Json(list))
}

/// The same as CSV (role, e-mail, name, confirmed), for the team's spreadsheet.
#[utoipa::path(get, path = "/api/v1/projects/{id}/volunteers.csv", tag = "projects",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, content_type = "text/csv", body = String),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn export_volunteers(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    identity: Identity,
) -> Result<Response, ApiError> {
    let (project, _) = for_team(&state, &identity, id).await?;
    let mut csv = String::from("role,email,name,confirmed_at\r\n");
    for v in store::volunteers(&state.pool, id).await? {
        let confirmed = v
            .confirmed_at
            .format(&time::format_description::well_known::Rfc3339)
            .map_err(ApiError::internal)?;
        csv.push_str(&format!(
            "{},{},{},{}\r\n",
            text_cell(&v.role),
            text_cell(&v.email),
            text_cell(v.display_name.as_deref().unwrap_or("")),
            confirmed
        ));
    }
    let disposition = format!("attachment; filename=\"{}-volunteers.csv\"", project.slug);
    personal((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        csv,
    ))
}

#[derive(Debug, Deserialize)]
struct Token {
    token: Option<String>,
}

fn project_args(v: &store::VolunteerLink) -> [(&'static str, waymark_i18n::FluentValue<'_>); 2] {
    [
        ("project", v.project.as_str().into()),
        ("role", v.role.as_str().into()),
    ]
}

async fn confirm_page(ReaderLang(lang): ReaderLang, Query(q): Query<Token>) -> Response {
    let Some(token) = q.token.filter(|t| plausible_token(t)) else {
        return not_found(lang);
    };
    form_page(
        lang,
        "pages-volunteer-confirm-title",
        "pages-volunteer-confirm-lead",
        "/volunteer/confirm",
        "pages-volunteer-confirm-button",
        &token,
    )
}

async fn leave_page(ReaderLang(lang): ReaderLang, Query(q): Query<Token>) -> Response {
    let Some(token) = q.token.filter(|t| plausible_token(t)) else {
        return not_found(lang);
    };
    form_page(
        lang,
        "pages-volunteer-leave-title",
        "pages-volunteer-leave-lead",
        "/volunteer/leave",
        "pages-volunteer-leave-button",
        &token,
    )
}

/// A page whose one button posts the mailed token: opening a link changes nothing (mail
/// scanners open links), pressing the button does.
fn form_page(
    lang: Lang,
    title: &str,
    lead: &str,
    action: &str,
    button: &str,
    token: &str,
) -> Response {
    page(
        lang,
        StatusCode::OK,
        title,
        &format!(
            "<p>{}</p><form method=\"post\" action=\"{action}\">\
             <input type=\"hidden\" name=\"token\" value=\"{}\">\
             <button type=\"submit\">{}</button></form>",
            escape(&text(lang, lead, &[])),
            escape(token),
            escape(&text(lang, button, &[])),
        ),
    )
}

async fn confirm(
    State(state): State<AppState>,
    ReaderLang(lang): ReaderLang,
    Form(form): Form<Token>,
) -> Response {
    let Some(token) = form.token.filter(|t| plausible_token(t)) else {
        return not_found(lang);
    };
    match store::confirm_volunteer(&state.pool, &Sha256::digest(token.as_bytes())).await {
        Ok(Some(v)) => page(
            lang,
            StatusCode::OK,
            "pages-volunteer-confirmed-title",
            &format!(
                "<p>{}</p><p><a href=\"/p/{}/projects/{}\">{}</a></p>",
                escape(&text(
                    lang,
                    "pages-volunteer-confirmed-lead",
                    &project_args(&v)
                )),
                escape(&v.plan),
                escape(&v.project_slug),
                escape(&text(lang, "pages-volunteer-open-project", &[])),
            ),
        ),
        Ok(None) => not_found(lang),
        Err(e) => ApiError::from(e).into_response(),
    }
}

async fn leave(
    State(state): State<AppState>,
    ReaderLang(lang): ReaderLang,
    Form(form): Form<Token>,
) -> Response {
    let Some(token) = form.token.filter(|t| plausible_token(t)) else {
        return not_found(lang);
    };
    match store::leave(&state.pool, &Sha256::digest(token.as_bytes())).await {
        // Gone already and gone now read the same: nothing is kept either way.
        Ok(_) => page(
            lang,
            StatusCode::OK,
            "pages-volunteer-left-title",
            &format!(
                "<p>{}</p>",
                escape(&text(lang, "pages-volunteer-left-lead", &[]))
            ),
        ),
        Err(e) => ApiError::from(e).into_response(),
    }
}

async fn unfollow_page(ReaderLang(lang): ReaderLang, Query(q): Query<Token>) -> Response {
    let Some(token) = q.token.filter(|t| plausible_token(t)) else {
        return not_found(lang);
    };
    form_page(
        lang,
        "pages-project-unfollow-title",
        "pages-project-unfollow-lead",
        &format!("/projects/unfollow?token={token}"),
        "pages-project-unfollow-button",
        &token,
    )
}

/// The page's button, and mail clients' one-click POST (RFC 8058): the token is in the
/// address either way.
async fn unfollow(
    State(state): State<AppState>,
    ReaderLang(lang): ReaderLang,
    Query(q): Query<Token>,
) -> Response {
    let Some(token) = q.token.filter(|t| plausible_token(t)) else {
        return not_found(lang);
    };
    match store::unfollow(&state.pool, &token).await {
        Ok(_) => page(
            lang,
            StatusCode::OK,
            "pages-project-unfollowed-title",
            &format!(
                "<p>{}</p>",
                escape(&text(lang, "pages-project-unfollowed-lead", &[]))
            ),
        ),
        Err(e) => ApiError::from(e).into_response(),
    }
}

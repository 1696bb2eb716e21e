//! The learning library: short Markdown modules (admins write them), each beside a
//! step of the "start a project" checklist, with an optional quiz marked on the server.
//! Completing a module is recorded for the account; a quiz's answers never leave it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use waymark_domain::project::{self as rules, ChecklistStep, Question};
use waymark_domain::{Action, ValidationErrors};
use waymark_store::projects as store;

use super::personal;
use crate::auth::identity::Identity;
use crate::extract::{JsonBody, Path};
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_modules))
        .routes(routes!(put_module))
        .routes(routes!(complete))
}

/// A quiz question as people taking it see it: no answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct QuizQuestion {
    pub question: String,
    pub options: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Module {
    pub slug: String,
    pub title: String,
    /// Markdown; the page renders it as text, never as raw HTML.
    pub body_md: String,
    /// The Markdown as HTML, sanitised (raw HTML in it is shown as text).
    pub body_html: String,
    pub quiz: Vec<QuizQuestion>,
    /// The checklist step it sits beside.
    pub step: Option<ChecklistStep>,
    /// Whether the account asking completed it.
    pub completed: bool,
}

fn quiz(value: Option<&serde_json::Value>) -> Result<Vec<Question>, ApiError> {
    value
        .map(|v| serde_json::from_value(v.clone()).map_err(ApiError::internal))
        .transpose()
        .map(Option::unwrap_or_default)
}

/// The plan's modules in order, each marked completed for the account asking.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/library", tag = "projects",
    params(("plan" = String, Path)),
    responses((status = 200, body = Vec<Module>)))]
async fn list_modules(
    State(state): State<AppState>,
    Path(plan): Path<String>,
    identity: Identity,
) -> Result<Response, ApiError> {
    let user = identity.0.as_ref().map(|u| u.id);
    let modules = store::modules(&state.pool, &plan, user)
        .await?
        .into_iter()
        .map(|m| {
            Ok(Module {
                quiz: quiz(m.quiz.as_ref())?
                    .into_iter()
                    .map(|q| QuizQuestion {
                        question: q.question,
                        options: q.options,
                    })
                    .collect(),
                step: m
                    .step
                    .map(|s| s.parse())
                    .transpose()
                    .map_err(ApiError::internal)?,
                slug: m.slug,
                title: m.title,
                body_html: crate::groups::markdown::render(&m.body_md),
                body_md: m.body_md,
                completed: m.completed,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    personal(Json(modules))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModuleText {
    #[schema(min_length = 1, max_length = 120)]
    pub title: String,
    #[schema(max_length = 20000)]
    pub body_md: String,
    #[serde(default)]
    pub quiz: Vec<Question>,
    pub step: Option<ChecklistStep>,
    #[serde(default)]
    pub position: i32,
}

/// Writes a module (admins); a slug the plan has already is replaced.
#[utoipa::path(put, path = "/api/v1/plans/{plan}/library/{slug}", tag = "projects",
    params(("plan" = String, Path), ("slug" = String, Path)),
    request_body = ModuleText,
    responses(
        (status = 204, description = "Written"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn put_module(
    State(state): State<AppState>,
    Path((plan, slug)): Path<(String, String)>,
    identity: Identity,
    body: JsonBody<ModuleText>,
) -> Result<StatusCode, ApiError> {
    identity.authorize(Action::ManagePlan, false)?;
    let b = body.value;
    let mut errors = ValidationErrors::default();
    if rules::slugify(&slug) != slug {
        errors.push("slug", "lowercase letters, digits and dashes");
    }
    let title = super::text(&mut errors, "title", &b.title, 1, 120);
    let body_md = super::text(&mut errors, "body_md", &b.body_md, 1, 20000);
    errors.check(rules::check_quiz(&b.quiz));
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let quiz = (!b.quiz.is_empty())
        .then(|| serde_json::to_value(&b.quiz))
        .transpose()
        .map_err(ApiError::internal)?;
    let new = store::NewModule {
        slug: &slug,
        title: &title,
        body_md: &body_md,
        quiz: quiz.as_ref(),
        step: b.step.map(|s| s.as_str()),
        position: b.position,
    };
    store::put_module(&state.pool, &plan, &new)
        .await?
        .ok_or(ApiError::NotFound("plan"))?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Completion {
    /// The index of the option chosen for each question, in order.
    #[serde(default)]
    pub answers: Vec<usize>,
}

/// Records that the account asking completed a module. With a quiz, every answer must
/// be right: a 422 names the questions to look at again (`quiz[0]`, …).
#[utoipa::path(post, path = "/api/v1/plans/{plan}/library/{slug}/completion", tag = "projects",
    params(("plan" = String, Path), ("slug" = String, Path)),
    request_body = Completion,
    responses(
        (status = 204, description = "Completed"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn complete(
    State(state): State<AppState>,
    Path((plan, slug)): Path<(String, String)>,
    identity: Identity,
    body: JsonBody<Completion>,
) -> Result<StatusCode, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let user = identity.user()?.id;
    let module = store::modules(&state.pool, &plan, Some(user))
        .await?
        .into_iter()
        .find(|m| m.slug == slug)
        .ok_or(ApiError::NotFound("module"))?;
    let questions = quiz(module.quiz.as_ref())?;
    let wrong = rules::mark_quiz(&questions, &body.value.answers);
    if !wrong.is_empty() {
        let mut errors = ValidationErrors::default();
        for i in wrong {
            errors.push(format!("quiz[{i}]"), "not quite: read this part again");
        }
        return Err(ApiError::Validation(errors));
    }
    store::complete_module(&state.pool, module.id, user).await?;
    Ok(StatusCode::NO_CONTENT)
}

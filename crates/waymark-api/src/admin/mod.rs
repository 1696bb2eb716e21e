//! The admin console's routes that are not about one plan: accounts (find them, grant
//! and revoke roles, disable and enable them) and the audit log through filters. Every
//! change is audited.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;
use waymark_domain::{Action, Role, ValidationErrors};
use waymark_store::admin::{self as store, AccountRow, AccountUpdate, AuditFilter};

use crate::auth::identity::Identity;
use crate::error::Detail;
use crate::extract::{JsonBody, Path, Query};
use crate::{ApiError, AppState, Problem};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_accounts))
        .routes(routes!(update_account))
        .routes(routes!(audit))
}

/// The most accounts or audit entries in one answer.
const MAX_PAGE: i64 = 200;

#[derive(Debug, Serialize, ToSchema)]
pub struct Account {
    pub id: Uuid,
    pub email: String,
    pub display_name: Option<String>,
    pub role: Role,
    /// A disabled account cannot sign in, and its sessions and tokens no longer work.
    pub disabled: bool,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
}

impl TryFrom<AccountRow> for Account {
    type Error = ApiError;

    fn try_from(r: AccountRow) -> Result<Self, ApiError> {
        Ok(Self {
            id: r.id,
            email: r.email,
            display_name: r.display_name,
            role: r.role.parse().map_err(ApiError::internal)?,
            disabled: r.disabled,
            created_at: r.created_at,
        })
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AccountParams {
    /// A part of the e-mail address or of the name, in any case.
    q: Option<String>,
    /// Only accounts with this role.
    #[param(value_type = Option<Role>)]
    role: Option<String>,
    /// At most this many (1 to 200, default 50).
    limit: Option<i64>,
    /// Skip this many, for the next page.
    offset: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AccountList {
    pub users: Vec<Account>,
    /// How many accounts match in all.
    pub total: i64,
}

fn page_size(limit: Option<i64>, errors: &mut ValidationErrors) -> i64 {
    match limit {
        None => 50,
        Some(n) if (1..=MAX_PAGE).contains(&n) => n,
        Some(_) => {
            errors.push("limit", format!("a number from 1 to {MAX_PAGE}"));
            50
        }
    }
}

/// Finds accounts by e-mail or name, by e-mail address (admins).
#[utoipa::path(get, path = "/api/v1/users", tag = "accounts",
    params(AccountParams),
    responses(
        (status = 200, body = AccountList),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn list_accounts(
    State(state): State<AppState>,
    identity: Identity,
    Query(params): Query<AccountParams>,
) -> Result<Json<AccountList>, ApiError> {
    identity.authorize(Action::ManageUsers, false)?;
    let mut errors = ValidationErrors::default();
    let role = params
        .role
        .as_deref()
        .filter(|r| !r.is_empty())
        .and_then(|r| errors.check(r.parse::<Role>()));
    let limit = page_size(params.limit, &mut errors);
    let offset = params.offset.unwrap_or(0);
    if offset < 0 {
        errors.push("offset", "zero or more");
    }
    if !errors.is_empty() {
        return Err(ApiError::InvalidParameter(errors));
    }
    let q = params.q.as_deref().map(str::trim).filter(|q| !q.is_empty());
    let (rows, total) =
        store::search_accounts(&state.pool, q, role.map(Role::as_str), limit, offset).await?;
    Ok(Json(AccountList {
        users: rows
            .into_iter()
            .map(Account::try_from)
            .collect::<Result<_, _>>()?,
        total,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountChange {
    /// The account's new role: granting one replaces the one it had; `resident` revokes.
    /// A responder is made through an organisation's responders; another role ends
    /// their membership.
    pub role: Option<Role>,
    /// Disable (the account cannot sign in; its sessions end and its tokens are revoked)
    /// or enable it again.
    pub disabled: Option<bool>,
    /// Why, for the audit log.
    #[schema(max_length = 500)]
    pub reason: Option<String>,
}

/// Grants or revokes an account's role, or disables or enables it (admins). Admins
/// cannot do either to their own account, so that a plan never loses its last admin
/// by a slip.
#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "accounts",
    params(("id" = Uuid, Path)),
    request_body = AccountChange,
    responses(
        (status = 200, body = Account),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "One's own account (`own_account`)", body = Problem,
         content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn update_account(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
    body: JsonBody<AccountChange>,
) -> Result<Json<Account>, ApiError> {
    identity.authorize(Action::ManageUsers, false)?;
    let me = identity.user()?;
    let change = body.value;
    let reason = change
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if reason.is_some_and(|r| r.chars().count() > 500) {
        return Err(ApiError::Validation(ValidationErrors::one(
            "reason",
            "at most 500 characters",
        )));
    }
    if change.role.is_none() && change.disabled.is_none() {
        return Err(ApiError::Validation(ValidationErrors::one(
            "role",
            "give a role, or disabled, or both",
        )));
    }
    if id == me.id {
        return Err(ApiError::Refused {
            status: axum::http::StatusCode::CONFLICT,
            code: "own_account",
            detail: Detail::new("problem-detail-own-account"),
        });
    }
    let mut tx = state.pool.begin().await?;
    let (before, after) =
        match store::update_account(&mut tx, id, change.role.map(Role::as_str), change.disabled)
            .await?
        {
            AccountUpdate::Updated(both) => *both,
            AccountUpdate::NoAccount => return Err(ApiError::NotFound("user")),
            AccountUpdate::NeedsOrganisation => {
                return Err(ApiError::Validation(ValidationErrors::one(
                    "role",
                    "a responder acts for an organisation: make them one of its responders \
                 (PUT /api/v1/organisations/{id}/responders/{user_id})",
                )));
            }
        };
    let snapshot = |a: &AccountRow| json!({ "role": a.role, "disabled": a.disabled });
    let action = match (before.disabled, after.disabled) {
        (false, true) => "user.disable",
        (true, false) => "user.enable",
        _ => "user.role",
    };
    if before != after {
        waymark_store::moderation::audit(
            &mut *tx,
            &me.key(),
            action,
            "user",
            &id.to_string(),
            reason,
            Some(snapshot(&before)),
            Some(snapshot(&after)),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Json(after.try_into()?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditParams {
    /// Who acted: an actor key (`user:<id>`) or a part of their e-mail address or name.
    actor: Option<String>,
    /// What they did (`contribution.hide`, `plan.update`, `user.role`…).
    action: Option<String>,
    /// What it was done to (`contribution`, `plan`, `user`…).
    target_type: Option<String>,
    /// Only entries about this target (e.g. a contribution's id, a plan's slug).
    target: Option<String>,
    /// From this moment on (RFC 3339).
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>, format = DateTime)]
    since: Option<OffsetDateTime>,
    /// Before this moment (RFC 3339).
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>, format = DateTime)]
    until: Option<OffsetDateTime>,
    /// Entries older than this one: the `next` of the previous page.
    before: Option<i64>,
    /// At most this many (1 to 200, default 50).
    limit: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEntry {
    pub id: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub at: OffsetDateTime,
    /// `user:<id>` of who did it (or the system part that did).
    pub actor: String,
    /// Their name, else their e-mail address.
    pub actor_name: Option<String>,
    pub action: String,
    pub target_type: String,
    pub target_id: String,
    pub reason: Option<String>,
    #[schema(value_type = Option<Object>)]
    pub before: Option<Value>,
    #[schema(value_type = Option<Object>)]
    pub after: Option<Value>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditLog {
    pub entries: Vec<AuditEntry>,
    /// Give this as `before` for the next, older page; absent on the last page.
    pub next: Option<i64>,
    /// Every action name in the log, for a filter.
    pub actions: Vec<String>,
}

/// A filter's text as given, trimmed; none when empty.
fn given(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The audit log, newest first, through filters (admins).
#[utoipa::path(get, path = "/api/v1/audit", tag = "moderation",
    params(AuditParams),
    responses(
        (status = 200, body = AuditLog),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn audit(
    State(state): State<AppState>,
    identity: Identity,
    Query(params): Query<AuditParams>,
) -> Result<Json<AuditLog>, ApiError> {
    identity.authorize(Action::ReadAudit, false)?;
    let mut errors = ValidationErrors::default();
    let limit = page_size(params.limit, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::InvalidParameter(errors));
    }
    let filter = AuditFilter {
        actor: given(&params.actor),
        action: given(&params.action),
        target_type: given(&params.target_type),
        target_id: given(&params.target),
        since: params.since,
        until: params.until,
        before: params.before,
    };
    // One more than asked tells whether there is an older page.
    let mut rows = store::audit_entries(&state.pool, &filter, limit + 1).await?;
    let next = if rows.len() as i64 > limit {
        rows.truncate(limit as usize);
        rows.last().map(|r| r.id)
    } else {
        None
    };
    let actions = store::audit_actions(&state.pool).await?;
    Ok(Json(AuditLog {
        entries: rows
            .into_iter()
            .map(|r| AuditEntry {
                id: r.id,
                at: r.at,
                actor: r.actor,
                actor_name: r.actor_name,
                action: r.action,
                target_type: r.target_type,
                target_id: r.target_id,
                reason: r.reason,
                before: r.before,
                after: r.after,
            })
            .collect(),
        next,
        actions,
    }))
}

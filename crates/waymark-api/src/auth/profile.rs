//! One's own account: `PATCH /api/v1/me` changes the name, the password (which ends
//! one's other sessions) and the e-mail address. A new address takes effect only once
//! its owner opens the link mailed to it (`/account/email`), and the old address is then
//! told. Changing the address or the password needs the current password. Every change
//! is in the audit log.

use std::net::SocketAddr;

use axum::Json;
use axum::extract::{ConnectInfo, State};

use axum_extra::extract::CookieJar;
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use waymark_domain::account::{self as rules, CONFIRM_LINK_HOURS};
use waymark_domain::subscription::valid_email;
use waymark_domain::{Action, ValidationErrors};
use waymark_store::self_service::{self as store, EmailChangeOutcome};

use super::identity::{Identity, SESSION_COOKIE, digest};
use super::{Me, hash_blocking, link_gone, mail, mail_link, secret, verify_blocking};
use crate::error::Detail;
use crate::extract::JsonBody;
use crate::lang::ReaderLang;
use crate::{ApiError, AppState, Problem};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountChanges {
    /// The name shown beside what one writes; an empty one removes it.
    #[schema(max_length = 60)]
    pub display_name: Option<String>,
    /// A new address: it replaces the current one once confirmed through the link
    /// mailed to it. Needs `current_password`.
    #[schema(format = Email, max_length = 254)]
    pub email: Option<String>,
    /// A new password (12 to 1024 characters, not the e-mail address); one's other
    /// sessions end. Needs `current_password`.
    #[schema(format = Password, min_length = 12, max_length = 1024)]
    pub password: Option<String>,
    #[schema(format = Password)]
    pub current_password: Option<String>,
}

/// Changes one's own name, password or e-mail address. The answer is the account as
/// it now is: a new address shows only once it is confirmed.
#[utoipa::path(patch, path = "/api/v1/me", tag = "accounts",
    request_body = AccountChanges,
    responses(
        (status = 200, body = Me),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong, or `current_password` is missing or not right (`validation_failed`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many tries of the current password", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn update_me(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    jar: CookieJar,
    identity: Identity,
    ReaderLang(lang): ReaderLang,
    body: JsonBody<AccountChanges>,
) -> Result<Json<Me>, ApiError> {
    identity.authorize(Action::ManageOwnAccount, false)?;
    let user = identity.user()?;
    let changes = body.value;
    let mut errors = ValidationErrors::default();
    let display_name = changes
        .display_name
        .as_deref()
        .and_then(|name| errors.check(rules::display_name("display_name", name)))
        .filter(|name| *name != user.display_name);
    let new_email = changes
        .email
        .as_deref()
        .map(|email| email.trim().to_lowercase())
        .filter(|email| *email != user.email);
    if new_email
        .as_deref()
        .is_some_and(|email| !valid_email(email))
    {
        errors.push("email", "an e-mail address like name@example.org");
    }
    if let Some(password) = &changes.password {
        let emails = [
            user.email.as_str(),
            new_email.as_deref().unwrap_or_default(),
        ];
        errors.check(rules::check_password("password", password, &emails));
    }
    let current = changes.current_password.filter(|p| !p.is_empty());
    let needs_current = new_email.is_some() || changes.password.is_some();
    if needs_current && current.is_none() {
        errors.push(
            "current_password",
            "enter your current password to change your e-mail address or password",
        );
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    if let (true, Some(current)) = (needs_current, current) {
        // The current password is tried as at sign-in, against the same allowance.
        state.limits.check_login(peer.ip(), &user.email).await?;
        let stored = waymark_store::accounts::credentials(&state.pool, &user.email)
            .await?
            .ok_or(ApiError::Unauthorized("problem-detail-unauthorized"))?;
        if !verify_blocking(current, stored.password_hash).await? {
            return Err(ApiError::Validation(ValidationErrors::one(
                "current_password",
                "this is not your current password",
            )));
        }
    }
    let password_hash = match changes.password {
        Some(password) => Some(hash_blocking(password).await?),
        None => None,
    };

    let actor = user.key();
    let target = user.id.to_string();
    let mut tx = state.pool.begin().await?;
    // Each change with its audit row, in one transaction.
    let mut audited = Vec::new();
    if let Some(name) = &display_name {
        store::set_display_name(&mut *tx, user.id, name.as_deref()).await?;
        audited.push((
            "account.rename",
            Some(json!({ "display_name": user.display_name })),
            Some(json!({ "display_name": name })),
        ));
    }
    if let Some(hash) = &password_hash {
        let this_session = jar.get(SESSION_COOKIE).map(|c| digest(c.value()));
        store::set_password(&mut tx, user.id, hash, this_session.as_deref()).await?;
        audited.push(("account.password_change", None, None));
    }
    if let Some(email) = &new_email {
        let token = secret("");
        let confirmation = mail(
            email,
            rules::email_change_mail(
                lang,
                &mail_link(&state, &format!("/account/email?token={token}")),
            ),
        );
        store::request_email_change(
            &mut tx,
            user.id,
            email,
            &digest(&token),
            CONFIRM_LINK_HOURS,
            &confirmation,
        )
        .await?;
        audited.push((
            "account.email_change_request",
            Some(json!({ "email": user.email })),
            Some(json!({ "email": email })),
        ));
    }
    for (action, before, after) in audited {
        waymark_store::moderation::audit(
            &mut *tx, &actor, action, "user", &target, None, before, after,
        )
        .await?;
    }
    tx.commit().await?;
    let mut me = Me::from(user).with_organisation(&state.pool).await?;
    if let Some(name) = display_name {
        me.display_name = name;
    }
    Ok(Json(me))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfirmEmailBody {
    /// The `token` of the link mailed to the new address.
    pub token: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EmailChanged {
    /// The account's address from now on.
    pub email: String,
}

/// Confirms a new e-mail address with the token of the link mailed to it: the account
/// takes the new address, and the old one is told.
#[utoipa::path(post, path = "/api/v1/auth/email-change/confirm", tag = "accounts",
    request_body = ConfirmEmailBody,
    responses(
        (status = 200, body = EmailChanged),
        (status = 409, description = "The new address has an account meanwhile (`conflict`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The link expired or was used (`validation_failed`, field `token`)", body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn confirm_email_change(
    State(state): State<AppState>,
    ReaderLang(lang): ReaderLang,
    body: JsonBody<ConfirmEmailBody>,
) -> Result<Json<EmailChanged>, ApiError> {
    let reset_url = mail_link(&state, "/account/reset");
    let notice = |old: &str, new: &str| mail(old, rules::email_changed_mail(lang, new, &reset_url));
    let mut tx = state.pool.begin().await?;
    let outcome = store::confirm_email_change(&mut tx, &digest(&body.value.token), notice).await?;
    let (user_id, old_email, new_email) = match outcome {
        EmailChangeOutcome::Changed {
            user_id,
            old_email,
            new_email,
        } => (user_id, old_email, new_email),
        EmailChangeOutcome::Gone => return Err(link_gone()),
        EmailChangeOutcome::AddressTaken => {
            tx.commit().await?;
            return Err(ApiError::Conflict(Detail::new(
                "problem-detail-address-taken-by-account",
            )));
        }
    };
    waymark_store::moderation::audit(
        &mut *tx,
        &format!("user:{user_id}"),
        "account.email_change",
        "user",
        &user_id.to_string(),
        None,
        Some(json!({ "email": old_email })),
        Some(json!({ "email": new_email })),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(EmailChanged { email: new_email }))
}

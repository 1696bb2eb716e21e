//! Hearing back: anyone may follow one pin or one commitment by e-mail (double opt-in,
//! confirmed through `/follow/confirm` like a place), and every change of outcome tells
//! its followers (of the pin, of its commitment, of the place it lies in) once per
//! address, in the same transaction as the change.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;
use uuid::Uuid;
use waymark_domain::ValidationErrors;
use waymark_domain::hearing_back::{self as words, Followed, News, PinLine, StopLine};
use waymark_domain::subscription::valid_email;
use waymark_store::PgConnection;
use waymark_store::hearing_back::{self as store, FollowOutcome, Target};
use waymark_store::subscriptions::Mail;

use crate::extract::{JsonBody, Path};
use crate::lang::ReaderLang;
use crate::{ApiError, AppState, Problem};
use waymark_i18n::Lang;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewFollower {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
}

/// Hear what happens to a pin: a confirmation mail goes to the address, then a mail at
/// each change of its outcome or of its commitment's progress.
#[utoipa::path(post, path = "/api/v1/contributions/{id}/followers", tag = "outcomes",
    params(("id" = Uuid, Path)),
    request_body = NewFollower,
    responses(
        (status = 202, description = "A confirmation mail is on its way, unless this address already follows the pin"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn follow_contribution(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    ReaderLang(lang): ReaderLang,
    body: JsonBody<NewFollower>,
) -> Result<Response, ApiError> {
    follow(&state, lang, Target::Contribution(id), &body.value.email).await
}

/// Hear what happens to a commitment: a confirmation mail goes to the address, then a
/// mail at each progress update and each new status of the pins behind it.
#[utoipa::path(post, path = "/api/v1/commitments/{id}/followers", tag = "outcomes",
    params(("id" = Uuid, Path)),
    request_body = NewFollower,
    responses(
        (status = 202, description = "A confirmation mail is on its way, unless this address already follows the commitment"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub(super) async fn follow_commitment(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    ReaderLang(lang): ReaderLang,
    body: JsonBody<NewFollower>,
) -> Result<Response, ApiError> {
    follow(&state, lang, Target::Commitment(id), &body.value.email).await
}

/// Checks an address given to hear back (the field is named for the error).
pub fn checked_email(field: &str, email: &str) -> Result<String, ApiError> {
    let email = email.trim();
    if valid_email(email) {
        Ok(email.to_owned())
    } else {
        Err(ApiError::Validation(ValidationErrors::one(
            field,
            "an e-mail address like name@example.org",
        )))
    }
}

/// Follows a pin or a commitment; the answer is the same whether or not the address
/// already followed it, so it tells nobody who follows what.
pub async fn follow(
    state: &AppState,
    lang: Lang,
    target: Target,
    email: &str,
) -> Result<Response, ApiError> {
    let email = checked_email("email", email)?;
    let confirm_token = crate::subscriptions::new_token();
    let confirm_url = format!("{}/follow/confirm?token={confirm_token}", state.mail_origin);
    let confirmation = |plan_name: &str, title: &str| {
        let followed = match target {
            Target::Contribution(_) => Followed::Contribution(title.to_owned()),
            Target::Commitment(_) => Followed::Commitment(title.to_owned()),
        };
        let (subject, body_text) =
            words::confirmation_mail(lang, plan_name, &followed, &confirm_url);
        Mail {
            to: email.clone(),
            subject,
            body_text,
            headers: json!({}),
        }
    };
    let mut conn = state.pool.acquire().await?;
    let outcome = store::follow(
        &mut conn,
        target,
        &email,
        lang.as_str(),
        &Sha256::digest(confirm_token.as_bytes()),
        &crate::subscriptions::new_token(),
        confirmation,
    )
    .await?;
    match outcome {
        FollowOutcome::ConfirmationQueued | FollowOutcome::NothingSent => Ok((
            StatusCode::ACCEPTED,
            axum::Json(json!({
                "status": "confirmation_sent",
                "detail": "If this address does not follow it yet, a mail is on its way: open its link to confirm.",
            })),
        )
            .into_response()),
        FollowOutcome::NotFound => Err(ApiError::NotFound(match target {
            Target::Contribution(_) => "contribution",
            Target::Commitment(_) => "commitment",
        })),
    }
}

/// Queues one mail per address that follows what changed (`contributions` got a new
/// status, or `commitment` made progress), in the caller's transaction.
pub(super) async fn tell_followers(
    conn: &mut PgConnection,
    state: &AppState,
    plan_id: Uuid,
    news: &News,
    contributions: &[Uuid],
    commitment: Option<Uuid>,
) -> Result<(), ApiError> {
    let recipients = store::recipients(conn, plan_id, contributions, commitment).await?;
    if recipients.is_empty() {
        return Ok(());
    }
    let (plan_name, plan) = store::plan_names(conn, plan_id).await?;
    let base = &state.mail_origin;
    let plan_url = format!("{base}/p/{plan}");
    let mails: Vec<(Uuid, Mail)> = recipients
        .into_iter()
        .filter_map(|r| {
            let first = r.follows.first()?;
            let pins: Vec<PinLine> = r
                .pins
                .iter()
                .map(|(id, title)| PinLine {
                    title: title.clone(),
                    url: format!("{plan_url}#/c/{id}"),
                })
                .collect();
            let stops: Vec<StopLine> = r
                .follows
                .iter()
                .map(|f| StopLine {
                    followed: match (&f.neighbourhood, &f.contribution, &f.commitment) {
                        (Some(name), _, _) => Followed::Neighbourhood(name.clone()),
                        (_, Some(title), _) => Followed::Contribution(title.clone()),
                        (_, _, Some(title)) => Followed::Commitment(title.clone()),
                        _ => Followed::Area,
                    },
                    url: format!("{base}/follow/unsubscribe?token={}", f.unsubscribe_token),
                })
                .collect();
            let (subject, body_text) =
                words::outcome_mail(lang_of(&r.lang), &plan_name, news, &pins, &stops, &plan_url);
            let unsubscribe = format!(
                "{base}/follow/unsubscribe?token={}",
                first.unsubscribe_token
            );
            Some((
                first.id,
                Mail {
                    to: r.email,
                    subject,
                    body_text,
                    headers: json!({
                        "List-Unsubscribe": format!("<{unsubscribe}>"),
                        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                    }),
                },
            ))
        })
        .collect();
    store::queue_outcome_mails(conn, &mails).await?;
    Ok(())
}

/// The language a follower asked in; a tag this server no longer speaks reads as en-GB.
fn lang_of(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap_or_default()
}

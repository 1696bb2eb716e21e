//! Users, sessions and personal API tokens. Secrets are stored only as digests.

use sqlx::PgExecutor;
use time::OffsetDateTime;
use uuid::Uuid;

#[derive(Debug, Clone)]
pub struct UserRow {
    pub id: Uuid,
    pub email: String,
    pub display_name: Option<String>,
    pub role: String,
}

/// What login needs: the stored argon2 hash.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: UserRow,
    pub password_hash: String,
}

/// Creates a user, or updates the role, name and password of the one with that email;
/// `organisation` is the one a responder acts for (none for every other role).
pub async fn upsert_user(
    db: impl PgExecutor<'_>,
    email: &str,
    role: &str,
    display_name: Option<&str>,
    password_hash: &str,
    organisation: Option<Uuid>,
) -> Result<Uuid, sqlx::Error> {
    sqlx::query_scalar!(
        r#"INSERT INTO users (email, role, display_name, password_hash, organisation_id)
           VALUES (lower($1), $2, $3, $4, $5)
           ON CONFLICT (email) DO UPDATE
              SET role = EXCLUDED.role, display_name = EXCLUDED.display_name,
                  password_hash = EXCLUDED.password_hash, disabled = false,
                  organisation_id = EXCLUDED.organisation_id
           RETURNING id"#,
        email,
        role,
        display_name,
        password_hash,
        organisation
    )
    .fetch_one(db)
    .await
}

pub async fn credentials(
    db: impl PgExecutor<'_>,
    email: &str,
) -> Result<Option<Credentials>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT id, email, display_name, role, password_hash FROM users
            WHERE email = lower($1) AND NOT disabled"#,
        email
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| Credentials {
        user: UserRow {
            id: r.id,
            email: r.email,
            display_name: r.display_name,
            role: r.role,
        },
        password_hash: r.password_hash,
    }))
}

/// Starts a session; the account is seen now (any inactivity warning is void) and its
/// mails go in `lang`, the language of this sign-in.
pub async fn create_session(
    db: impl PgExecutor<'_>,
    token_hash: &[u8],
    user_id: Uuid,
    expires_at: OffsetDateTime,
    lang: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        r#"WITH seen AS (UPDATE users SET last_seen_at = now(), inactivity_warned_at = NULL,
                                          lang = $4
                          WHERE id = $2)
           INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)"#,
        token_hash,
        user_id,
        expires_at,
        lang
    )
    .execute(db)
    .await
    .map(|_| ())
}

pub async fn end_session(db: impl PgExecutor<'_>, token_hash: &[u8]) -> Result<(), sqlx::Error> {
    sqlx::query!("DELETE FROM sessions WHERE token_hash = $1", token_hash)
        .execute(db)
        .await
        .map(|_| ())
}

/// Deletes sessions that expired more than `days` days ago; returns how many.
pub async fn prune_expired_sessions(
    db: impl PgExecutor<'_>,
    days: i32,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "DELETE FROM sessions WHERE expires_at < now() - make_interval(days => $1)",
        days
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}

/// The user behind a live session. The account is seen: `last_seen_at` moves on at most
/// once an hour, so that most requests write nothing.
pub async fn session_user(
    db: impl PgExecutor<'_>,
    token_hash: &[u8],
) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as!(
        UserRow,
        r#"WITH found AS (
               SELECT u.id, u.email, u.display_name, u.role, u.last_seen_at
                 FROM sessions s JOIN users u ON u.id = s.user_id
                WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled),
                seen AS (
               UPDATE users SET last_seen_at = now(), inactivity_warned_at = NULL
                 FROM found
                WHERE users.id = found.id AND found.last_seen_at < now() - interval '1 hour')
           SELECT id AS "id!", email AS "email!", display_name, role AS "role!" FROM found"#,
        token_hash
    )
    .fetch_optional(db)
    .await
}

/// The user behind an unrevoked token; marks the token used and, at most hourly, the
/// account seen.
pub async fn token_user(
    db: impl PgExecutor<'_>,
    token_hash: &[u8],
) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as!(
        UserRow,
        r#"WITH used AS (
               UPDATE api_tokens SET last_used_at = now()
                WHERE token_hash = $1 AND revoked_at IS NULL
            RETURNING user_id
           ),
                seen AS (
               UPDATE users SET last_seen_at = now(), inactivity_warned_at = NULL
                 FROM used
                WHERE users.id = used.user_id AND NOT users.disabled
                  AND users.last_seen_at < now() - interval '1 hour')
           SELECT u.id, u.email, u.display_name, u.role
             FROM used JOIN users u ON u.id = used.user_id
            WHERE NOT u.disabled"#,
        token_hash
    )
    .fetch_optional(db)
    .await
}

#[derive(Debug, Clone)]
pub struct TokenRow {
    pub id: Uuid,
    pub name: String,
    pub created_at: OffsetDateTime,
    pub last_used_at: Option<OffsetDateTime>,
}

pub async fn create_token(
    db: impl PgExecutor<'_>,
    user_id: Uuid,
    name: &str,
    token_hash: &[u8],
) -> Result<TokenRow, sqlx::Error> {
    sqlx::query_as!(
        TokenRow,
        r#"INSERT INTO api_tokens (user_id, name, token_hash) VALUES ($1, $2, $3)
           RETURNING id, name, created_at, last_used_at"#,
        user_id,
        name,
        token_hash
    )
    .fetch_one(db)
    .await
}

pub async fn list_tokens(
    db: impl PgExecutor<'_>,
    user_id: Uuid,
) -> Result<Vec<TokenRow>, sqlx::Error> {
    sqlx::query_as!(
        TokenRow,
        r#"SELECT id, name, created_at, last_used_at FROM api_tokens
            WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at"#,
        user_id
    )
    .fetch_all(db)
    .await
}

/// Revokes one of the user's own tokens; false when there is no such live token.
pub async fn revoke_token(
    db: impl PgExecutor<'_>,
    user_id: Uuid,
    id: Uuid,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "UPDATE api_tokens SET revoked_at = now()
          WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL",
        id,
        user_id
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

//! What people do to their own accounts: sign up, choose a new password through a mailed
//! link, change their name, e-mail address and password.
//!
//! Mailed links' tokens are stored only as SHA-256 digests. Every function runs in the
//! caller's transaction and queues its mail there, so a mail goes out exactly when its
//! change is committed. At most one mail of a purpose goes to an address every 10
//! minutes, so nobody can use these forms to flood someone else's inbox.

use sqlx::{PgConnection, PgExecutor};
use uuid::Uuid;

use crate::accounts::UserRow;
use crate::subscriptions::{Mail, queue};

/// Holds, until the transaction ends, the lock of one address: two requests for the
/// same address then cannot both find that no mail went to it yet.
pub(crate) async fn lock_address(conn: &mut PgConnection, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT 1 AS "locked!" FROM pg_advisory_xact_lock(hashtextextended('waymark-mail:' || lower($1), 0))"#,
        email
    )
    .fetch_one(conn)
    .await
    .map(drop)
}

/// Whether a mail of one of `kinds` went to `email` in the last 10 minutes.
pub(crate) async fn mailed_recently(
    conn: &mut PgConnection,
    email: &str,
    kinds: &[&str],
) -> Result<bool, sqlx::Error> {
    let kinds: Vec<String> = kinds.iter().map(|k| (*k).to_owned()).collect();
    sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM mail_outbox
                           WHERE kind = ANY($2) AND lower(to_address) = lower($1)
                             AND created_at > now() - interval '10 minutes') AS "recently!""#,
        email,
        &kinds
    )
    .fetch_one(conn)
    .await
}

/// A sign-up as it is asked for; the password is already hashed.
#[derive(Debug, Clone)]
pub struct NewSignUp<'a> {
    pub email: &'a str,
    pub display_name: Option<&'a str>,
    pub password_hash: &'a str,
    pub confirm_digest: &'a [u8],
    pub link_hours: i32,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SignUpOutcome {
    /// The sign-up waits for its confirmation, which is queued.
    ConfirmationQueued,
    /// The address has an account: the mail saying so is queued, and nothing else.
    AccountExistsMailQueued,
    /// Nothing done: a mail went to the address in the last 10 minutes, or its account
    /// is disabled.
    NothingSent,
}

/// Records a sign-up and queues its confirmation; for an address that has an account,
/// queues `account_exists` instead. Either way, at most one mail every 10 minutes.
pub async fn sign_up(
    conn: &mut PgConnection,
    signup: &NewSignUp<'_>,
    confirmation: &Mail,
    account_exists: &Mail,
) -> Result<SignUpOutcome, sqlx::Error> {
    lock_address(conn, signup.email).await?;
    if mailed_recently(conn, signup.email, &["signup", "signup_taken"]).await? {
        return Ok(SignUpOutcome::NothingSent);
    }
    let disabled = sqlx::query_scalar!(
        "SELECT disabled FROM users WHERE email = lower($1)",
        signup.email
    )
    .fetch_optional(&mut *conn)
    .await?;
    match disabled {
        Some(false) => {
            queue(&mut *conn, None, "signup_taken", account_exists).await?;
            Ok(SignUpOutcome::AccountExistsMailQueued)
        }
        Some(true) => Ok(SignUpOutcome::NothingSent),
        None => {
            sqlx::query!(
                r#"INSERT INTO signups (email, display_name, password_hash, confirm_digest, expires_at)
                   VALUES (lower($1), $2, $3, $4, now() + make_interval(hours => $5))"#,
                signup.email,
                signup.display_name,
                signup.password_hash,
                signup.confirm_digest,
                signup.link_hours
            )
            .execute(&mut *conn)
            .await?;
            queue(&mut *conn, None, "signup", confirmation).await?;
            Ok(SignUpOutcome::ConfirmationQueued)
        }
    }
}

/// A sign-up whose link still works.
#[derive(Debug, Clone)]
pub struct PendingSignUp {
    pub id: Uuid,
    pub email: String,
    pub password_hash: String,
}

pub async fn pending_sign_up(
    db: impl PgExecutor<'_>,
    confirm_digest: &[u8],
) -> Result<Option<PendingSignUp>, sqlx::Error> {
    sqlx::query_as!(
        PendingSignUp,
        "SELECT id, email, password_hash FROM signups
          WHERE confirm_digest = $1 AND expires_at > now()",
        confirm_digest
    )
    .fetch_optional(db)
    .await
}

#[derive(Debug)]
pub enum ConfirmOutcome {
    /// The account now exists.
    Created(UserRow),
    /// The sign-up was confirmed already, or its link expired meanwhile.
    Gone,
    /// The address got an account some other way meanwhile.
    AddressTaken,
}

/// Turns the sign-up into an account with `role`; every other sign-up of its address
/// ends with it.
pub async fn confirm_sign_up(
    conn: &mut PgConnection,
    id: Uuid,
    role: &str,
) -> Result<ConfirmOutcome, sqlx::Error> {
    let Some(signup) = sqlx::query!(
        "DELETE FROM signups WHERE id = $1 AND expires_at > now()
         RETURNING email, display_name, password_hash",
        id
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(ConfirmOutcome::Gone);
    };
    lock_address(conn, &signup.email).await?;
    let created = sqlx::query_as!(
        UserRow,
        r#"INSERT INTO users (email, role, display_name, password_hash)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (email) DO NOTHING
           RETURNING id, email, display_name, role"#,
        signup.email,
        role,
        signup.display_name,
        signup.password_hash
    )
    .fetch_optional(&mut *conn)
    .await?;
    sqlx::query!("DELETE FROM signups WHERE email = $1", signup.email)
        .execute(&mut *conn)
        .await?;
    Ok(created.map_or(ConfirmOutcome::AddressTaken, ConfirmOutcome::Created))
}

/// Queues a password reset link for the address's account, unless it has none (or a
/// disabled one) or one went to it in the last 10 minutes. True when queued.
pub async fn request_reset(
    conn: &mut PgConnection,
    email: &str,
    digest: &[u8],
    link_minutes: i32,
    mail: &Mail,
) -> Result<bool, sqlx::Error> {
    lock_address(conn, email).await?;
    let Some(user_id) = sqlx::query_scalar!(
        "SELECT id FROM users WHERE email = lower($1) AND NOT disabled",
        email
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(false);
    };
    if mailed_recently(conn, email, &["password_reset"]).await? {
        return Ok(false);
    }
    sqlx::query!(
        "INSERT INTO password_resets (digest, user_id, expires_at)
         VALUES ($1, $2, now() + make_interval(mins => $3))",
        digest,
        user_id,
        link_minutes
    )
    .execute(&mut *conn)
    .await?;
    queue(&mut *conn, None, "password_reset", mail).await?;
    Ok(true)
}

/// The account a reset link is for, while the link works.
#[derive(Debug, Clone)]
pub struct ResetTarget {
    pub user_id: Uuid,
    pub email: String,
}

pub async fn reset_target(
    db: impl PgExecutor<'_>,
    digest: &[u8],
) -> Result<Option<ResetTarget>, sqlx::Error> {
    sqlx::query_as!(
        ResetTarget,
        "SELECT u.id AS user_id, u.email
           FROM password_resets r JOIN users u ON u.id = r.user_id
          WHERE r.digest = $1 AND r.used_at IS NULL AND r.expires_at > now() AND NOT u.disabled",
        digest
    )
    .fetch_optional(db)
    .await
}

/// Uses the reset link: sets the password, ends every reset link of the account and
/// every session. `None` when the link was used or expired meanwhile.
pub async fn complete_reset(
    conn: &mut PgConnection,
    digest: &[u8],
    password_hash: &str,
) -> Result<Option<Uuid>, sqlx::Error> {
    let Some(user_id) = sqlx::query_scalar!(
        "UPDATE password_resets SET used_at = now()
          WHERE digest = $1 AND used_at IS NULL AND expires_at > now()
         RETURNING user_id",
        digest
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let changed = sqlx::query!(
        "UPDATE users SET password_hash = $2 WHERE id = $1 AND NOT disabled",
        user_id,
        password_hash
    )
    .execute(&mut *conn)
    .await?;
    if changed.rows_affected() == 0 {
        return Ok(None);
    }
    sqlx::query!(
        "UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL",
        user_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!("DELETE FROM sessions WHERE user_id = $1", user_id)
        .execute(&mut *conn)
        .await?;
    Ok(Some(user_id))
}

/// Sets the name shown beside what the user writes (`None`: no name).
pub async fn set_display_name(
    db: impl PgExecutor<'_>,
    user_id: Uuid,
    display_name: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "UPDATE users SET display_name = $2 WHERE id = $1",
        user_id,
        display_name
    )
    .execute(db)
    .await
    .map(drop)
}

/// Sets a new password and ends every other session of the user (`keep_session` is the
/// digest of the one that asked, if it was a session).
pub async fn set_password(
    conn: &mut PgConnection,
    user_id: Uuid,
    password_hash: &str,
    keep_session: Option<&[u8]>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "UPDATE users SET password_hash = $2 WHERE id = $1",
        user_id,
        password_hash
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "DELETE FROM sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2",
        user_id,
        keep_session
    )
    .execute(&mut *conn)
    .await
    .map(drop)
}

/// Queues the confirmation of a new address for the user's account, replacing any
/// earlier request of theirs; nothing when the address has an account or was sent such
/// a mail in the last 10 minutes. True when queued.
pub async fn request_email_change(
    conn: &mut PgConnection,
    user_id: Uuid,
    new_email: &str,
    digest: &[u8],
    link_hours: i32,
    mail: &Mail,
) -> Result<bool, sqlx::Error> {
    lock_address(conn, new_email).await?;
    let taken = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM users WHERE email = lower($1)) AS "taken!""#,
        new_email
    )
    .fetch_one(&mut *conn)
    .await?;
    if taken || mailed_recently(conn, new_email, &["email_change"]).await? {
        return Ok(false);
    }
    sqlx::query!(
        "DELETE FROM email_changes WHERE user_id = $1 AND used_at IS NULL",
        user_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "INSERT INTO email_changes (digest, user_id, new_email, expires_at)
         VALUES ($1, $2, lower($3), now() + make_interval(hours => $4))",
        digest,
        user_id,
        new_email,
        link_hours
    )
    .execute(&mut *conn)
    .await?;
    queue(&mut *conn, None, "email_change", mail).await?;
    Ok(true)
}

#[derive(Debug)]
pub enum EmailChangeOutcome {
    Changed {
        user_id: Uuid,
        old_email: String,
        new_email: String,
    },
    /// The link was used, expired, or its account is disabled.
    Gone,
    /// The new address got an account meanwhile.
    AddressTaken,
}

/// Uses an e-mail change link: the account takes the new address, and `notice(old, new)`
/// is queued to the old one.
pub async fn confirm_email_change(
    conn: &mut PgConnection,
    digest: &[u8],
    notice: impl FnOnce(&str, &str) -> Mail,
) -> Result<EmailChangeOutcome, sqlx::Error> {
    let Some(change) = sqlx::query!(
        "UPDATE email_changes SET used_at = now()
          WHERE digest = $1 AND used_at IS NULL AND expires_at > now()
         RETURNING user_id, new_email",
        digest
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(EmailChangeOutcome::Gone);
    };
    lock_address(conn, &change.new_email).await?;
    let taken = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM users WHERE email = $1) AS "taken!""#,
        change.new_email
    )
    .fetch_one(&mut *conn)
    .await?;
    if taken {
        return Ok(EmailChangeOutcome::AddressTaken);
    }
    let Some(old_email) = sqlx::query_scalar!(
        r#"UPDATE users u SET email = $2
             FROM users old
            WHERE u.id = $1 AND old.id = u.id AND NOT u.disabled
        RETURNING old.email"#,
        change.user_id,
        change.new_email
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(EmailChangeOutcome::Gone);
    };
    queue(
        &mut *conn,
        None,
        "email_changed",
        &notice(&old_email, &change.new_email),
    )
    .await?;
    Ok(EmailChangeOutcome::Changed {
        user_id: change.user_id,
        old_email,
        new_email: change.new_email,
    })
}

/// Deletes sign-ups, reset links, e-mail changes and "your data" links whose links no longer work (expired
/// or used); returns how many.
pub async fn prune_expired(db: impl PgExecutor<'_>) -> Result<u64, sqlx::Error> {
    let gone = sqlx::query_scalar!(
        r#"WITH s AS (DELETE FROM signups WHERE expires_at < now() RETURNING 1),
                r AS (DELETE FROM password_resets
                       WHERE expires_at < now() OR used_at IS NOT NULL RETURNING 1),
                e AS (DELETE FROM email_changes
                       WHERE expires_at < now() OR used_at IS NOT NULL RETURNING 1),
                d AS (DELETE FROM data_links WHERE expires_at < now() RETURNING 1)
           SELECT (SELECT count(*) FROM s) + (SELECT count(*) FROM r) + (SELECT count(*) FROM e)
                  + (SELECT count(*) FROM d) AS "gone!""#
    )
    .fetch_one(db)
    .await?;
    Ok(u64::try_from(gone).unwrap_or(0))
}

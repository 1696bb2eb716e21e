//! What the admin console reads and changes: accounts (search, role, disabled) and the
//! audit log through filters.

use serde_json::Value;
use sqlx::{PgConnection, PgExecutor};
use time::OffsetDateTime;
use uuid::Uuid;

/// An account as an admin sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRow {
    pub id: Uuid,
    pub email: String,
    pub display_name: Option<String>,
    pub role: String,
    pub disabled: bool,
    pub created_at: OffsetDateTime,
}

/// Accounts whose e-mail or name holds `q` (any case), of `role`, by e-mail; and how many
/// match in all.
pub async fn search_accounts(
    db: impl PgExecutor<'_>,
    q: Option<&str>,
    role: Option<&str>,
    limit: i64,
    offset: i64,
) -> Result<(Vec<AccountRow>, i64), sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT id, email, display_name, role, disabled, created_at,
                  count(*) OVER () AS "total!"
             FROM users
            WHERE ($1::text IS NULL
                   OR strpos(email, lower($1)) > 0
                   OR strpos(lower(coalesce(display_name, '')), lower($1)) > 0)
              AND ($2::text IS NULL OR role = $2)
            ORDER BY email
            LIMIT $3 OFFSET $4"#,
        q,
        role,
        limit,
        offset
    )
    .fetch_all(db)
    .await?;
    let total = rows.first().map_or(0, |r| r.total);
    let accounts = rows
        .into_iter()
        .map(|r| AccountRow {
            id: r.id,
            email: r.email,
            display_name: r.display_name,
            role: r.role,
            disabled: r.disabled,
            created_at: r.created_at,
        })
        .collect();
    Ok((accounts, total))
}

/// What changing an account came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountUpdate {
    /// The account before and after.
    Updated(Box<(AccountRow, AccountRow)>),
    NoAccount,
    /// A responder acts for an organisation: one is made through the organisation's
    /// responders, not by a bare role.
    NeedsOrganisation,
}

/// Changes an account's role and whether it is disabled (`None` leaves each as it is).
/// Another role than `responder` ends the account's membership of an organisation.
/// Disabling ends the account's sessions and revokes its tokens: enabling it again
/// revives neither.
pub async fn update_account(
    conn: &mut PgConnection,
    id: Uuid,
    role: Option<&str>,
    disabled: Option<bool>,
) -> Result<AccountUpdate, sqlx::Error> {
    let row = sqlx::query!(
        r#"WITH old AS (SELECT id, role, disabled, organisation_id
                          FROM users WHERE id = $1 FOR UPDATE)
           UPDATE users u
              SET role = COALESCE($2, u.role), disabled = COALESCE($3, u.disabled),
                  organisation_id = CASE WHEN COALESCE($2, u.role) = 'responder'
                                         THEN u.organisation_id END
             FROM old
            WHERE u.id = old.id
              AND (COALESCE($2, old.role) <> 'responder' OR old.organisation_id IS NOT NULL)
        RETURNING u.id, u.email, u.display_name, u.created_at,
                  old.role AS old_role, old.disabled AS old_disabled,
                  u.role, u.disabled"#,
        id,
        role,
        disabled
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else {
        let exists = sqlx::query_scalar!(
            r#"SELECT EXISTS (SELECT 1 FROM users WHERE id = $1) AS "exists!""#,
            id
        )
        .fetch_one(&mut *conn)
        .await?;
        return Ok(if exists {
            AccountUpdate::NeedsOrganisation
        } else {
            AccountUpdate::NoAccount
        });
    };
    if r.disabled && !r.old_disabled {
        sqlx::query!("DELETE FROM sessions WHERE user_id = $1", id)
            .execute(&mut *conn)
            .await?;
        sqlx::query!(
            "UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL",
            id
        )
        .execute(&mut *conn)
        .await?;
    }
    let account = |role: String, disabled: bool| AccountRow {
        id: r.id,
        email: r.email.clone(),
        display_name: r.display_name.clone(),
        role,
        disabled,
        created_at: r.created_at,
    };
    Ok(AccountUpdate::Updated(Box::new((
        account(r.old_role, r.old_disabled),
        account(r.role.clone(), r.disabled),
    ))))
}

/// Which audit entries to read; `None` means "any".
#[derive(Debug, Clone, Default)]
pub struct AuditFilter<'a> {
    /// The actor's key (`user:…`), or a part of their e-mail address or name.
    pub actor: Option<&'a str>,
    pub action: Option<&'a str>,
    pub target_type: Option<&'a str>,
    pub target_id: Option<&'a str>,
    pub since: Option<OffsetDateTime>,
    pub until: Option<OffsetDateTime>,
    /// Entries older than this one (the previous page's last id).
    pub before: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct AuditEntryRow {
    pub id: i64,
    pub at: OffsetDateTime,
    pub actor: String,
    /// The actor's name, else their e-mail address; none for a system actor or a deleted
    /// account.
    pub actor_name: Option<String>,
    pub action: String,
    pub target_type: String,
    pub target_id: String,
    pub reason: Option<String>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// The newest matching audit entries first, at most `limit`.
pub async fn audit_entries(
    db: impl PgExecutor<'_>,
    filter: &AuditFilter<'_>,
    limit: i64,
) -> Result<Vec<AuditEntryRow>, sqlx::Error> {
    sqlx::query_as!(
        AuditEntryRow,
        r#"SELECT a.id, a.at, a.actor, coalesce(u.display_name, u.email) AS actor_name,
                  a.action, a.target_type, a.target_id, a.reason, a.before, a.after
             FROM audit_log a
             LEFT JOIN users u ON a.actor = 'user:' || u.id::text
            WHERE ($1::text IS NULL OR a.actor = $1
                   OR strpos(u.email, lower($1)) > 0
                   OR strpos(lower(coalesce(u.display_name, '')), lower($1)) > 0)
              AND ($2::text IS NULL OR a.action = $2)
              AND ($3::text IS NULL OR a.target_type = $3)
              AND ($4::text IS NULL OR a.target_id = $4)
              AND ($5::timestamptz IS NULL OR a.at >= $5)
              AND ($6::timestamptz IS NULL OR a.at < $6)
              AND ($7::bigint IS NULL OR a.id < $7)
            ORDER BY a.id DESC
            LIMIT $8"#,
        filter.actor,
        filter.action,
        filter.target_type,
        filter.target_id,
        filter.since,
        filter.until,
        filter.before,
        limit
    )
    .fetch_all(db)
    .await
}

/// Every action name in the audit log, for the console's filter.
pub async fn audit_actions(db: impl PgExecutor<'_>) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar!(r#"SELECT DISTINCT action AS "action!" FROM audit_log ORDER BY 1"#)
        .fetch_all(db)
        .await
}

//! Moderation, flags and the audit log. Every moderation action is written to the
//! audit log in the same transaction as the change it records.

use serde_json::{Value, json};
use sqlx::{PgConnection, PgExecutor};
use time::OffsetDateTime;
use uuid::Uuid;

/// What a moderator can do to a contribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModerationAction {
    Hide,
    Restore,
    Approve,
    MarkDuplicate(Uuid),
    /// Keeps a held contribution from ever showing: a facilitator's "no".
    Reject,
}

impl ModerationAction {
    pub fn name(self) -> &'static str {
        match self {
            ModerationAction::Hide => "hide",
            ModerationAction::Restore => "restore",
            ModerationAction::Approve => "approve",
            ModerationAction::MarkDuplicate(_) => "mark_duplicate",
            ModerationAction::Reject => "reject",
        }
    }

    /// The statuses the action applies to, and the status it leaves. Approving a
    /// published contribution keeps it and dismisses its flags (only when it has some).
    fn transition(self) -> (&'static [&'static str], &'static str) {
        match self {
            ModerationAction::Hide | ModerationAction::MarkDuplicate(_) => {
                (&["published", "pending"], "hidden")
            }
            ModerationAction::Restore => (&["hidden"], "published"),
            ModerationAction::Approve => (&["pending", "published"], "published"),
            ModerationAction::Reject => (&["pending"], "hidden"),
        }
    }
}

#[derive(Debug)]
pub enum ModerationOutcome {
    /// Done; the published point, whose tiles are now stale.
    Done {
        status: String,
        point: [f64; 2],
    },
    NotFound,
    /// The contribution's status does not allow the action (e.g. restoring a visible one).
    WrongStatus(String),
    /// `duplicate_of` names no contribution of the same plan, or itself.
    BadDuplicate,
}

/// The row a moderation action starts from, locked until the transaction ends.
struct Current {
    status: String,
    plan_id: Uuid,
    duplicate_of: Option<Uuid>,
}

/// Applies a moderation action and records it; the caller commits `conn`'s transaction.
pub async fn moderate(
    conn: &mut PgConnection,
    id: Uuid,
    action: ModerationAction,
    reason: &str,
    actor: &str,
) -> Result<ModerationOutcome, sqlx::Error> {
    let current = sqlx::query_as!(
        Current,
        r#"SELECT status, plan_id, duplicate_of FROM contributions WHERE id = $1 FOR UPDATE"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await?;
    apply(conn, id, current, action, reason, actor).await
}

/// A facilitator's action on a contribution held in their workshop (`code`). With
/// `facilitator`, only when that person runs the workshop (admins pass `None`): any
/// other contribution is `NotFound`, so the role's reach is decided here, in the query.
pub async fn moderate_in_workshop(
    conn: &mut PgConnection,
    code: &str,
    facilitator: Option<&str>,
    id: Uuid,
    action: ModerationAction,
    reason: &str,
    actor: &str,
) -> Result<ModerationOutcome, sqlx::Error> {
    let current = sqlx::query_as!(
        Current,
        r#"SELECT c.status, c.plan_id, c.duplicate_of
             FROM contributions c JOIN workshops w ON w.id = c.workshop_id
            WHERE c.id = $1 AND w.code = upper($2)
              AND ($3::text IS NULL OR w.facilitator_key = $3)
              FOR UPDATE OF c"#,
        id,
        code,
        facilitator
    )
    .fetch_optional(&mut *conn)
    .await?;
    apply(conn, id, current, action, reason, actor).await
}

async fn apply(
    conn: &mut PgConnection,
    id: Uuid,
    current: Option<Current>,
    action: ModerationAction,
    reason: &str,
    actor: &str,
) -> Result<ModerationOutcome, sqlx::Error> {
    let Some(current) = current else {
        return Ok(ModerationOutcome::NotFound);
    };
    let (from, to) = action.transition();
    if !from.contains(&current.status.as_str()) {
        return Ok(ModerationOutcome::WrongStatus(current.status));
    }
    if action == ModerationAction::Approve && current.status == "published" {
        let flagged = sqlx::query_scalar!(
            r#"SELECT EXISTS (SELECT 1 FROM flags
                               WHERE contribution_id = $1 AND resolved_at IS NULL) AS "flagged!""#,
            id
        )
        .fetch_one(&mut *conn)
        .await?;
        if !flagged {
            return Ok(ModerationOutcome::WrongStatus(current.status));
        }
    }
    let duplicate_of = match action {
        ModerationAction::MarkDuplicate(original) => {
            let same_plan = sqlx::query_scalar!(
                r#"SELECT EXISTS (SELECT 1 FROM contributions
                                   WHERE id = $1 AND plan_id = $2 AND id <> $3) AS "ok!""#,
                original,
                current.plan_id,
                id
            )
            .fetch_one(&mut *conn)
            .await?;
            if !same_plan {
                return Ok(ModerationOutcome::BadDuplicate);
            }
            Some(original)
        }
        _ => current.duplicate_of,
    };
    let point = sqlx::query!(
        r#"UPDATE contributions SET status = $2, duplicate_of = $3, updated_at = now()
            WHERE id = $1
        RETURNING ST_X(geom) AS "lon!", ST_Y(geom) AS "lat!""#,
        id,
        to,
        duplicate_of
    )
    .fetch_one(&mut *conn)
    .await?;
    if to != "hidden" {
        sqlx::query!(
            "UPDATE flags SET resolved_at = now() WHERE contribution_id = $1 AND resolved_at IS NULL",
            id
        )
        .execute(&mut *conn)
        .await?;
    }
    audit(
        &mut *conn,
        actor,
        &format!("contribution.{}", action.name()),
        "contribution",
        &id.to_string(),
        Some(reason),
        Some(json!({ "status": current.status, "duplicate_of": current.duplicate_of })),
        Some(json!({ "status": to, "duplicate_of": duplicate_of })),
    )
    .await?;
    Ok(ModerationOutcome::Done {
        status: to.to_owned(),
        point: [point.lon, point.lat],
    })
}

/// Writes one line of the audit log.
#[allow(clippy::too_many_arguments)]
pub async fn audit(
    db: impl PgExecutor<'_>,
    actor: &str,
    action: &str,
    target_type: &str,
    target_id: &str,
    reason: Option<&str>,
    before: Option<Value>,
    after: Option<Value>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        r#"INSERT INTO audit_log (actor, action, target_type, target_id, reason, before, after)
           VALUES ($1, $2, $3, $4, $5, $6, $7)"#,
        actor,
        action,
        target_type,
        target_id,
        reason,
        before,
        after
    )
    .execute(db)
    .await
    .map(|_| ())
}

/// Flags a public contribution once per reporter; `None` when it is not public.
pub async fn flag(
    db: impl PgExecutor<'_>,
    id: Uuid,
    reporter_key: &str,
    reason: &str,
) -> Result<Option<()>, sqlx::Error> {
    let row = sqlx::query_scalar!(
        r#"WITH target AS (SELECT id FROM contributions_public WHERE id = $1),
                ins AS (
                    INSERT INTO flags (contribution_id, reporter_key, reason)
                    SELECT id, $2, $3 FROM target
                    ON CONFLICT (contribution_id, reporter_key) DO UPDATE SET reason = EXCLUDED.reason
                    RETURNING 1
                )
           SELECT EXISTS (SELECT 1 FROM target) AS "public!""#,
        id,
        reporter_key,
        reason
    )
    .fetch_one(db)
    .await?;
    Ok(row.then_some(()))
}

/// Which list of the moderation page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueList {
    /// Pending contributions and published ones with open flags, oldest first.
    Waiting,
    /// Hidden contributions (including duplicates), most recently hidden first.
    Hidden,
}

#[derive(Debug, Clone)]
pub struct QueueItem {
    pub id: Uuid,
    pub plan: String,
    /// The neighbourhood's name.
    pub neighbourhood: Option<String>,
    pub title: String,
    pub body: String,
    pub kind: String,
    pub display_name: Option<String>,
    pub status: String,
    /// The point as the contributor gave it.
    pub lon: f64,
    pub lat: f64,
    pub duplicate_of: Option<Uuid>,
    pub open_flags: i64,
    pub flag_reasons: Vec<String>,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

/// One list of the moderation page, of one plan or of all of them.
pub async fn queue(
    db: impl PgExecutor<'_>,
    plan: Option<&str>,
    list: QueueList,
    limit: i64,
) -> Result<Vec<QueueItem>, sqlx::Error> {
    let hidden = list == QueueList::Hidden;
    sqlx::query_as!(
        QueueItem,
        r#"SELECT c.id, p.slug AS plan, n.name AS "neighbourhood?", c.title, c.body, c.kind,
                  c.display_name, c.status,
                  ST_X(c.location) AS "lon!", ST_Y(c.location) AS "lat!", c.duplicate_of,
                  count(f.id) AS "open_flags!",
                  coalesce(array_agg(f.reason ORDER BY f.created_at) FILTER (WHERE f.id IS NOT NULL),
                           '{}') AS "flag_reasons!",
                  c.created_at, c.updated_at
             FROM contributions c
             JOIN plans p ON p.id = c.plan_id
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
             LEFT JOIN flags f ON f.contribution_id = c.id AND f.resolved_at IS NULL
            WHERE ($1::text IS NULL OR p.slug = $1)
              AND CASE WHEN $2 THEN c.status = 'hidden'
                       ELSE c.status = 'pending' OR (c.status = 'published' AND f.id IS NOT NULL)
                  END
            GROUP BY c.id, p.slug, n.name
            ORDER BY CASE WHEN $2 THEN c.updated_at END DESC, c.created_at, c.id
            LIMIT $3"#,
        plan,
        hidden,
        limit
    )
    .fetch_all(db)
    .await
}

/// One moderation action on a contribution, with the name of who took it.
#[derive(Debug, Clone)]
pub struct HistoryRow {
    pub at: OffsetDateTime,
    pub actor: String,
    /// The actor's display name, else their e-mail address; none for a deleted account.
    pub actor_name: Option<String>,
    pub action: String,
    pub reason: Option<String>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// The audit entries about one contribution, oldest first; `None` when there is no
/// such contribution.
pub async fn history(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<Vec<HistoryRow>>, sqlx::Error> {
    let exists = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM contributions WHERE id = $1) AS "exists!""#,
        id
    )
    .fetch_one(&mut *conn)
    .await?;
    if !exists {
        return Ok(None);
    }
    sqlx::query_as!(
        HistoryRow,
        r#"SELECT a.at, a.actor, coalesce(u.display_name, u.email) AS actor_name,
                  a.action, a.reason, a.before, a.after
             FROM audit_log a
             LEFT JOIN users u ON a.actor = 'user:' || u.id::text
            WHERE a.target_type = 'contribution' AND a.target_id = $1
            ORDER BY a.at, a.id"#,
        id.to_string()
    )
    .fetch_all(&mut *conn)
    .await
    .map(Some)
}

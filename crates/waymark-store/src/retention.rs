//! Retention: the statements that delete, or cut from the rest, what is past the days the
//! settings keep it. Each works on at most `limit` rows per table, so that a first pass
//! over a large table holds no long transaction; call again while a count equals `limit`.

use sqlx::PgConnection;
use uuid::Uuid;

use crate::subscriptions::{Mail, queue};

/// Rows of pins and of replies one statement changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PinsAndReplies {
    pub contributions: u64,
    pub replies: u64,
}

/// Forgets the retry keys (and the request digest a retry is compared with) of pins and
/// replies made more than `days` days ago: a client retries within minutes, not weeks.
pub async fn cut_idempotency_keys(
    conn: &mut PgConnection,
    days: i32,
    limit: i64,
) -> Result<PinsAndReplies, sqlx::Error> {
    let done = sqlx::query!(
        r#"WITH c AS (UPDATE contributions SET idempotency_key = NULL, request_hash = NULL
                       WHERE id IN (SELECT id FROM contributions
                                     WHERE idempotency_key IS NOT NULL
                                       AND created_at < now() - make_interval(days => $1)
                                     LIMIT $2)
                   RETURNING 1),
                r AS (UPDATE replies SET idempotency_key = NULL
                       WHERE id IN (SELECT id FROM replies
                                     WHERE idempotency_key IS NOT NULL
                                       AND created_at < now() - make_interval(days => $1)
                                     LIMIT $2)
                   RETURNING 1)
           SELECT (SELECT count(*) FROM c) AS "contributions!",
                  (SELECT count(*) FROM r) AS "replies!""#,
        days,
        limit
    )
    .fetch_one(conn)
    .await?;
    Ok(PinsAndReplies {
        contributions: count(done.contributions),
        replies: count(done.replies),
    })
}

/// Rows whose visitor key one statement cut.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VisitorLinks {
    pub contributions: u64,
    pub replies: u64,
    pub supports: u64,
    pub flags: u64,
    /// "About you" answers, which then nobody can export or erase as theirs.
    pub about_you_answers: u64,
}

impl VisitorLinks {
    pub fn total(&self) -> u64 {
        self.contributions + self.replies + self.supports + self.flags + self.about_you_answers
    }
}

/// Cuts the `visitor:<id>` key that ties one visitor's writes together: pins and replies
/// written more than `days` days ago lose their author key (the cookie can no longer edit
/// or list them); supports and flags older than `counted_days` get a random key of their
/// own (`cut:<uuid>`), which still counts once but links to nothing. `counted_days` should
/// outlast the visitor cookie, so that nobody holding it can support a pin twice. "About
/// you" answers given more than `days` days ago lose their respondent key too.
pub async fn cut_visitor_links(
    conn: &mut PgConnection,
    days: i32,
    counted_days: i32,
    limit: i64,
) -> Result<VisitorLinks, sqlx::Error> {
    let done = sqlx::query!(
        r#"WITH c AS (UPDATE contributions SET author_key = NULL
                       WHERE id IN (SELECT id FROM contributions
                                     WHERE author_key LIKE 'visitor:%'
                                       AND created_at < now() - make_interval(days => $1)
                                     LIMIT $3)
                   RETURNING 1),
                r AS (UPDATE replies SET author_key = NULL
                       WHERE id IN (SELECT id FROM replies
                                     WHERE author_key LIKE 'visitor:%'
                                       AND created_at < now() - make_interval(days => $1)
                                     LIMIT $3)
                   RETURNING 1),
                s AS (UPDATE supports SET supporter = 'cut:' || gen_random_uuid()
                       WHERE (contribution_id, supporter) IN (
                                SELECT contribution_id, supporter FROM supports
                                 WHERE supporter LIKE 'visitor:%'
                                   AND created_at < now() - make_interval(days => $2)
                                 LIMIT $3)
                   RETURNING 1),
                f AS (UPDATE flags SET reporter_key = 'cut:' || gen_random_uuid()
                       WHERE id IN (SELECT id FROM flags
                                     WHERE reporter_key LIKE 'visitor:%'
                                       AND created_at < now() - make_interval(days => $2)
                                     LIMIT $3)
                   RETURNING 1),
                a AS (UPDATE about_you_answers SET respondent_key = NULL
                       WHERE id IN (SELECT id FROM about_you_answers
                                     WHERE respondent_key LIKE 'visitor:%'
                                       AND answered_at < now() - make_interval(days => $1)
                                     LIMIT $3)
                   RETURNING 1)
           SELECT (SELECT count(*) FROM c) AS "contributions!",
                  (SELECT count(*) FROM r) AS "replies!",
                  (SELECT count(*) FROM s) AS "supports!",
                  (SELECT count(*) FROM f) AS "flags!",
                  (SELECT count(*) FROM a) AS "about_you_answers!""#,
        days,
        counted_days,
        limit
    )
    .fetch_one(conn)
    .await?;
    Ok(VisitorLinks {
        contributions: count(done.contributions),
        replies: count(done.replies),
        supports: count(done.supports),
        flags: count(done.flags),
        about_you_answers: count(done.about_you_answers),
    })
}

/// Marks up to `limit` residents' accounts not seen for `days` days, and not yet warned,
/// as warned, and queues each its warning, written by `write(email, lang)`, in the same
/// transaction: a warning is queued once. Staff and disabled accounts are left alone.
/// Returns how many were warned.
pub async fn warn_inactive(
    conn: &mut PgConnection,
    days: i32,
    limit: i64,
    write: impl Fn(&str, &str) -> Mail,
) -> Result<u64, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let warned = sqlx::query!(
        r#"UPDATE users SET inactivity_warned_at = now()
            WHERE id IN (SELECT id FROM users
                          WHERE role = 'resident' AND NOT disabled
                            AND inactivity_warned_at IS NULL
                            AND last_seen_at < now() - make_interval(days => $1)
                          ORDER BY last_seen_at
                          LIMIT $2
                            FOR UPDATE SKIP LOCKED)
        RETURNING email, lang"#,
        days,
        limit
    )
    .fetch_all(&mut *tx)
    .await?;
    for user in &warned {
        queue(
            &mut *tx,
            None,
            "inactive_account",
            &write(&user.email, &user.lang),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(warned.len() as u64)
}

/// Deletes up to `limit` residents' accounts warned more than `days` days ago and not
/// seen since (a sign-in clears the warning). What they wrote stays, cut from them as
/// visitors' old writes are: pins, replies and "about you" answers lose their author key;
/// supports, flags, proposals and energy plans get a random one, so counts stay right. Sessions, tokens
/// and pending links go with the account. Returns the ids deleted.
pub async fn delete_inactive(
    conn: &mut PgConnection,
    days: i32,
    limit: i64,
) -> Result<Vec<Uuid>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"WITH due AS (SELECT id, 'user:' || id AS key FROM users
                         WHERE role = 'resident' AND NOT disabled
                           AND inactivity_warned_at < now() - make_interval(days => $1)
                         LIMIT $2
                           FOR UPDATE SKIP LOCKED),
                c AS (UPDATE contributions SET author_key = NULL
                        FROM due WHERE contributions.author_key = due.key),
                r AS (UPDATE replies SET author_key = NULL
                        FROM due WHERE replies.author_key = due.key),
                s AS (UPDATE supports SET supporter = 'cut:' || gen_random_uuid()
                        FROM due WHERE supports.supporter = due.key),
                f AS (UPDATE flags SET reporter_key = 'cut:' || gen_random_uuid()
                        FROM due WHERE flags.reporter_key = due.key),
                p AS (UPDATE proposals SET author_key = 'cut:' || gen_random_uuid()
                        FROM due WHERE proposals.author_key = due.key),
                e AS (UPDATE energy_plans SET author_key = 'cut:' || gen_random_uuid()
                        FROM due WHERE energy_plans.author_key = due.key),
                a AS (UPDATE about_you_answers SET respondent_key = NULL
                        FROM due WHERE about_you_answers.respondent_key = due.key)
           DELETE FROM users u USING due WHERE u.id = due.id RETURNING u.id"#,
        days,
        limit
    )
    .fetch_all(conn)
    .await
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// Volunteer sign-ups never confirmed after `days`: an address someone typed whose owner
/// never agreed to it. Confirmed volunteers stay until they leave.
pub async fn forget_unconfirmed_volunteers(
    conn: &mut PgConnection,
    days: i32,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        r#"DELETE FROM volunteers
            WHERE confirmed_at IS NULL AND created_at < now() - make_interval(days => $1)"#,
        days
    )
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// "I'd like help with this" asks older than `days`: the champions were told at the time;
/// after this the same person may ask again.
pub async fn forget_help_requests(conn: &mut PgConnection, days: i32) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        r#"DELETE FROM help_requests WHERE created_at < now() - make_interval(days => $1)"#,
        days
    )
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

//! "Your data": everything tied to a person, to download or to erase.
//!
//! A person is a `Holder`: the author keys they hold (`user:<id>` of their account,
//! `visitor:<id>` of their visitor cookie) and the e-mail addresses they proved. What a
//! mobiliser recorded on a resident's behalf is the resident's, not the mobiliser's, so
//! it is never part of the mobiliser's own data: a data officer reaches it by the name
//! recorded, within a plan (`find_recorded`).
//!
//! Erasure goes through the same triggers as a moderator's hide: the status or the words
//! change in one statement (tile caches are evicted hard, the event stream says
//! `hidden` or `updated`), then the private keys are cut in another (no event).

use serde_json::Value;
use sqlx::{PgConnection, PgExecutor};
use uuid::Uuid;

use crate::self_service::{lock_address, mailed_recently};
use crate::subscriptions::{Mail, queue};

/// What replaces a person's words where others replied to them.
pub const REMOVED: &str = "removed at the author's request";

/// Whose data: the keys and addresses one request has proved.
#[derive(Debug, Clone, Default)]
pub struct Holder {
    /// `user:<id>` and `visitor:<id>` keys.
    pub keys: Vec<String>,
    /// Lower-case e-mail addresses.
    pub emails: Vec<String>,
}

impl Holder {
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty() && self.emails.is_empty()
    }
}

/// Adds the account of each proved address to the holder: whoever proves an address
/// could take its account over by a password reset anyway.
pub async fn with_accounts(
    db: impl PgExecutor<'_>,
    mut holder: Holder,
) -> Result<Holder, sqlx::Error> {
    let keys = sqlx::query_scalar!(
        r#"SELECT 'user:' || id AS "key!" FROM users WHERE email = ANY($1)"#,
        &holder.emails
    )
    .fetch_all(db)
    .await?;
    for key in keys {
        if !holder.keys.contains(&key) {
            holder.keys.push(key);
        }
    }
    Ok(holder)
}

/// Stores a one-time link for `email` (its token's SHA-256) and queues its mail,
/// unless one went to the address in the last 10 minutes. Answers whether it did.
pub async fn request_link(
    conn: &mut PgConnection,
    email: &str,
    digest: &[u8],
    minutes: i32,
    mail: &Mail,
) -> Result<bool, sqlx::Error> {
    lock_address(conn, email).await?;
    if mailed_recently(conn, email, &["data_link"]).await? {
        return Ok(false);
    }
    sqlx::query!(
        "INSERT INTO data_links (digest, email, expires_at)
         VALUES ($1, lower($2), now() + make_interval(mins => $3))",
        digest,
        email,
        minutes
    )
    .execute(&mut *conn)
    .await?;
    queue(&mut *conn, None, "data_link", mail).await?;
    Ok(true)
}

/// Uses a one-time link: the address it proves, once; `None` for a forged, expired or
/// used link.
pub async fn use_link(
    db: impl PgExecutor<'_>,
    digest: &[u8],
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar!(
        "DELETE FROM data_links WHERE digest = $1 AND expires_at > now() RETURNING email",
        digest
    )
    .fetch_optional(db)
    .await
}

/// Everything tied to a holder, one JSON array of objects per kind of thing.
#[derive(Debug, Clone)]
pub struct Export {
    pub sections: Vec<(&'static str, Value)>,
}

/// What a holder has, by kind (the JSON arrays of `export`).
pub async fn export(conn: &mut PgConnection, holder: &Holder) -> Result<Export, sqlx::Error> {
    let (keys, emails) = (&holder.keys, &holder.emails);
    let account = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT u.id, u.email, u.display_name, u.role, u.lang, u.created_at,
                          u.last_seen_at
                     FROM users u
                    WHERE 'user:' || u.id = ANY($1) OR u.email = ANY($2)) x"#,
        keys,
        emails
    )
    .fetch_one(&mut *conn)
    .await?;
    let contributions = contributions_where(conn, keys, None).await?;
    let replies = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at, x.id), '[]') AS "rows!"
             FROM (SELECT r.id, r.contribution_id, r.body, r.display_name, r.status,
                          r.created_at
                     FROM replies r WHERE r.author_key = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let supports = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT s.contribution_id, s.created_at
                     FROM supports s WHERE s.supporter = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let flags = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT f.contribution_id, f.reason, f.created_at, f.resolved_at
                     FROM flags f WHERE f.reporter_key = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let follows = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT s.id, p.slug AS plan, s.email,
                          CASE WHEN s.neighbourhood_id IS NOT NULL THEN 'neighbourhood'
                               WHEN s.area IS NOT NULL THEN 'area'
                               WHEN s.contribution_id IS NOT NULL THEN 'contribution'
                               ELSE 'commitment' END AS follows,
                          n.slug AS neighbourhood, ST_AsGeoJSON(s.area, 6)::jsonb AS area,
                          s.contribution_id, s.commitment_id, s.frequency, s.lang,
                          s.confirmed_at, s.created_at
                     FROM subscriptions s JOIN plans p ON p.id = s.plan_id
                     LEFT JOIN neighbourhoods n ON n.id = s.neighbourhood_id
                    WHERE lower(s.email) = ANY($1)) x"#,
        emails
    )
    .fetch_one(&mut *conn)
    .await?;
    let proposals = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT pr.id, p.slug AS plan, pr.title, pr.technology, pr.capacity_kw,
                          pr.group_name, pr.description, pr.status, pr.created_at
                     FROM proposals pr JOIN plans p ON p.id = pr.plan_id
                    WHERE pr.author_key = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let energy_plans = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT e.id, p.slug AS plan, e.title, e.group_name, e.created_at
                     FROM energy_plans e JOIN plans p ON p.id = e.plan_id
                    WHERE e.author_key = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let mail = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT m.to_address, m.kind, m.subject, m.body_text, m.created_at,
                          m.sent_at
                     FROM mail_outbox m WHERE lower(m.to_address) = ANY($1)) x"#,
        emails
    )
    .fetch_one(&mut *conn)
    .await?;
    let about_you = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.answered_at, x.id), '[]') AS "rows!"
             FROM (SELECT a.id, p.slug AS plan, n.slug AS neighbourhood, a.source, a.age_band,
                          a.gender, a.ethnic_group, a.disability, a.tenure,
                          a.postcode_district, a.answered_at
                     FROM about_you_answers a JOIN plans p ON p.id = a.plan_id
                     LEFT JOIN neighbourhoods n ON n.id = a.neighbourhood_id
                    WHERE a.respondent_key = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let groups = groups_and_projects(conn, holder).await?;
    let mut sections = vec![
        ("account", account),
        ("contributions", contributions),
        ("replies", replies),
        ("supports", supports),
        ("flags", flags),
        ("follows", follows),
        ("proposals", proposals),
        ("energy_plans", energy_plans),
        ("mail", mail),
        ("about_you", about_you),
    ];
    sections.extend(groups);
    Ok(Export { sections })
}

/// A holder's part in groups (memberships and join requests, posts, flags on posts,
/// attendance, action points owned by their name) and in community energy projects
/// (volunteer sign-ups by address, champion registrations, modules completed, projects
/// followed, asks for a champion's help).
async fn groups_and_projects(
    conn: &mut PgConnection,
    holder: &Holder,
) -> Result<Vec<(&'static str, Value)>, sqlx::Error> {
    let (keys, emails) = (&holder.keys, &holder.emails);
    let group_memberships = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.requested_at), '[]') AS "rows!"
             FROM (SELECT p.slug AS plan, g.slug AS group_slug, g.name AS group_name, m.role,
                          m.status, m.thread_digest, m.requested_at, m.joined_at
                     FROM group_members m JOIN groups g ON g.id = m.group_id
                     JOIN plans p ON p.id = g.plan_id
                    WHERE 'user:' || m.user_id = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let group_posts = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at, x.id), '[]') AS "rows!"
             FROM (SELECT po.id, g.name AS group_name, po.thread_id, po.title, po.body,
                          po.status, po.created_at
                     FROM group_posts po JOIN groups g ON g.id = po.group_id
                    WHERE 'user:' || po.author_id = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let group_flags = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT f.post_id, f.reason, f.created_at, f.resolved_at
                     FROM group_post_flags f WHERE f.reporter_key = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let meetings_attended = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.starts_at), '[]') AS "rows!"
             FROM (SELECT g.name AS group_name, mt.id AS meeting_id, mt.starts_at
                     FROM group_attendance a JOIN group_meetings mt ON mt.id = a.meeting_id
                     JOIN groups g ON g.id = mt.group_id
                    WHERE 'user:' || a.user_id = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let action_points = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT g.name AS group_name, ap.text, ap.owner_name, ap.due, ap.done_at,
                          ap.created_at
                     FROM group_action_points ap JOIN groups g ON g.id = ap.group_id
                    WHERE EXISTS (SELECT 1 FROM group_members m JOIN users u ON u.id = m.user_id
                                   WHERE m.group_id = ap.group_id
                                     AND 'user:' || u.id = ANY($1)
                                     AND lower(u.display_name) = lower(ap.owner_name))) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let volunteering = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT pr.title AS project, r.title AS role, v.email, v.display_name,
                          v.confirmed_at, v.created_at
                     FROM volunteers v JOIN volunteer_roles r ON r.id = v.role_id
                     JOIN projects pr ON pr.id = r.project_id
                    WHERE v.email = ANY($1)) x"#,
        emails
    )
    .fetch_one(&mut *conn)
    .await?;
    let champion = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT p.slug AS plan, c.display_name, c.email, c.can_help_with, c.training,
                          (SELECT COALESCE(array_agg(n.slug ORDER BY n.slug), '{}')
                             FROM champion_neighbourhoods cn
                             JOIN neighbourhoods n ON n.id = cn.neighbourhood_id
                            WHERE cn.champion_id = c.id) AS neighbourhoods,
                          c.created_at
                     FROM champions c JOIN plans p ON p.id = c.plan_id
                    WHERE 'user:' || c.user_id = ANY($1) OR c.email = ANY($2)) x"#,
        keys,
        emails
    )
    .fetch_one(&mut *conn)
    .await?;
    let modules_completed = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.completed_at), '[]') AS "rows!"
             FROM (SELECT lm.title AS module, mc.completed_at
                     FROM module_completions mc JOIN learning_modules lm ON lm.id = mc.module_id
                    WHERE 'user:' || mc.user_id = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let project_follows = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT pr.title AS project, f.last_mailed_at, f.created_at
                     FROM project_followers f JOIN projects pr ON pr.id = f.project_id
                    WHERE 'user:' || f.user_id = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    let help_requests = sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at), '[]') AS "rows!"
             FROM (SELECT h.contribution_id, h.created_at
                     FROM help_requests h WHERE h.requester_key = ANY($1)) x"#,
        keys
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(vec![
        ("group_memberships", group_memberships),
        ("group_posts", group_posts),
        ("group_flags", group_flags),
        ("meetings_attended", meetings_attended),
        ("action_points", action_points),
        ("volunteering", volunteering),
        ("champion", champion),
        ("modules_completed", modules_completed),
        ("project_follows", project_follows),
        ("help_requests", help_requests),
    ])
}

/// Erases a holder's part in groups and projects, before their account goes: their
/// posts (a thread others replied to keeps its replies, its own words replaced), their
/// flags' keys and words, action points' owner where it is their name, their volunteer
/// sign-ups, champion registrations, follows, asks for help; memberships, attendance and
/// module completions go with the account.
async fn erase_groups_and_projects(
    conn: &mut PgConnection,
    holder: &Holder,
    erased: &mut Erased,
) -> Result<(), sqlx::Error> {
    let (keys, emails) = (&holder.keys, &holder.emails);
    sqlx::query!(
        "UPDATE group_action_points ap SET owner_name = $2
          WHERE EXISTS (SELECT 1 FROM group_members m JOIN users u ON u.id = m.user_id
                         WHERE m.group_id = ap.group_id AND 'user:' || u.id = ANY($1)
                           AND lower(u.display_name) = lower(ap.owner_name))",
        keys,
        REMOVED
    )
    .execute(&mut *conn)
    .await?;
    let kept = sqlx::query!(
        "UPDATE group_posts t SET title = $2, body = $2, author_id = NULL
          WHERE 'user:' || t.author_id = ANY($1) AND t.thread_id IS NULL
            AND EXISTS (SELECT 1 FROM group_posts r WHERE r.thread_id = t.id
                           AND COALESCE('user:' || r.author_id <> ALL($1), true))",
        keys,
        REMOVED
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    let deleted = sqlx::query!(
        "DELETE FROM group_posts WHERE 'user:' || author_id = ANY($1)",
        keys
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    erased.group_posts = kept + deleted;
    erased.flags += sqlx::query!(
        "UPDATE group_post_flags SET reporter_key = 'cut:' || gen_random_uuid(), reason = $2
          WHERE reporter_key = ANY($1)",
        keys,
        REMOVED
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    erased.group_memberships = sqlx::query!(
        "DELETE FROM group_members WHERE 'user:' || user_id = ANY($1)",
        keys
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    sqlx::query!(
        r#"WITH a AS (DELETE FROM group_attendance WHERE 'user:' || user_id = ANY($1)),
                m AS (DELETE FROM module_completions WHERE 'user:' || user_id = ANY($1))
           DELETE FROM project_followers WHERE 'user:' || user_id = ANY($1)"#,
        keys
    )
    .execute(&mut *conn)
    .await?;
    erased.volunteering = sqlx::query!("DELETE FROM volunteers WHERE email = ANY($1)", emails)
        .execute(&mut *conn)
        .await?
        .rows_affected() as i64;
    erased.champion = sqlx::query!(
        "DELETE FROM champions WHERE 'user:' || user_id = ANY($1) OR email = ANY($2)",
        keys,
        emails
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    sqlx::query!(
        "DELETE FROM help_requests WHERE requester_key = ANY($1)",
        keys
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A holder's own contributions (not what they recorded for others), or else the
/// contributions `ids`, as JSON rows.
async fn contributions_where(
    conn: &mut PgConnection,
    keys: &[String],
    ids: Option<&[Uuid]>,
) -> Result<Value, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT COALESCE(jsonb_agg(to_jsonb(x) ORDER BY x.created_at, x.id), '[]') AS "rows!"
             FROM (SELECT c.id, p.slug AS plan, n.slug AS neighbourhood, c.kind, c.themes,
                          c.title, c.body, c.display_name, c.precision,
                          ST_X(c.location) AS lon, ST_Y(c.location) AS lat, c.status,
                          c.support_count, c.reply_count, c.outcome, c.lang,
                          c.on_behalf_of, c.channel, c.conversation_date, c.consent,
                          c.created_at, c.updated_at
                     FROM contributions c JOIN plans p ON p.id = c.plan_id
                     LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
                    WHERE c.status <> 'erased'
                      AND CASE WHEN $2::uuid[] IS NULL
                               THEN c.author_key = ANY($1) AND c.recorded_by IS NULL
                               ELSE c.id = ANY($2) END) x"#,
        keys,
        ids
    )
    .fetch_one(conn)
    .await
}

/// What an erasure did, by kind.
#[derive(Debug, Clone, Default)]
pub struct Erased {
    /// Contributions whose words are gone and which nobody sees any more.
    pub contributions: i64,
    /// Contributions others replied to: their words are replaced, the thread stays.
    pub contributions_kept_for_replies: i64,
    pub replies: i64,
    pub replies_kept_for_thread: i64,
    pub supports: i64,
    pub flags: i64,
    pub follows: i64,
    pub mail: i64,
    pub accounts: i64,
    /// "About you" answers (and unspent keys to answer).
    pub about_you_answers: i64,
    /// Group posts: deleted, or (a thread others replied to) their words replaced.
    pub group_posts: i64,
    /// Group memberships and join requests.
    pub group_memberships: i64,
    /// Volunteer sign-ups.
    pub volunteering: i64,
    /// Champion registrations.
    pub champion: i64,
    /// Where the erased pins were shown, so that this process's tile cache forgets them
    /// at once (others hear of it through NOTIFY).
    pub points: Vec<[f64; 2]>,
}

/// Erases everything tied to a holder. Idempotent: a second call finds nothing.
pub async fn erase(conn: &mut PgConnection, holder: &Holder) -> Result<Erased, sqlx::Error> {
    let (keys, emails) = (&holder.keys, &holder.emails);
    let mut erased = Erased::default();
    let mut words = sqlx::query_scalar!(
        r#"SELECT w AS "w!" FROM (
               SELECT unnest(ARRAY[display_name, email]) AS w FROM users
                WHERE 'user:' || id = ANY($1) OR email = ANY($2)
               UNION SELECT unnest(ARRAY[display_name, body]) FROM replies
                WHERE author_key = ANY($1)
               UNION SELECT reason FROM flags WHERE reporter_key = ANY($1)
               UNION SELECT unnest($2::text[])) x
            WHERE w IS NOT NULL AND w <> ''"#,
        keys,
        emails
    )
    .fetch_all(&mut *conn)
    .await?;

    // Replies: kept, without their words, where someone else wrote after them in the
    // thread; deleted where not.
    let kept = sqlx::query_scalar!(
        r#"UPDATE replies r SET body = $2, display_name = NULL
            WHERE r.author_key = ANY($1)
              AND EXISTS (SELECT 1 FROM replies later
                           WHERE later.contribution_id = r.contribution_id
                             AND later.created_at > r.created_at
                             AND COALESCE(later.author_key <> ALL($1), true))
        RETURNING r.id"#,
        keys,
        REMOVED
    )
    .fetch_all(&mut *conn)
    .await?;
    erased.replies_kept_for_thread = kept.len() as i64;
    sqlx::query!(
        "UPDATE replies SET author_key = NULL, idempotency_key = NULL WHERE id = ANY($1)",
        &kept
    )
    .execute(&mut *conn)
    .await?;
    erased.replies = sqlx::query!("DELETE FROM replies WHERE author_key = ANY($1)", keys)
        .execute(&mut *conn)
        .await?
        .rows_affected() as i64;

    let ids = sqlx::query_scalar!(
        "SELECT id FROM contributions
          WHERE author_key = ANY($1) AND recorded_by IS NULL AND status <> 'erased'",
        keys
    )
    .fetch_all(&mut *conn)
    .await?;
    let done = erase_contributions(conn, &ids).await?;
    erased.contributions = done.erased;
    erased.contributions_kept_for_replies = done.kept;
    erased.points = done.points;
    words.extend(done.words);

    erased.supports = sqlx::query!(
        "UPDATE supports SET supporter = 'cut:' || gen_random_uuid() WHERE supporter = ANY($1)",
        keys
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    erased.flags = sqlx::query!(
        "UPDATE flags SET reporter_key = 'cut:' || gen_random_uuid(), reason = $2
          WHERE reporter_key = ANY($1)",
        keys,
        REMOVED
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    // A group's proposals and energy plans stay the group's; only the link to the
    // person goes.
    sqlx::query!(
        "UPDATE proposals SET author_key = 'cut:' || gen_random_uuid() WHERE author_key = ANY($1)",
        keys
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "UPDATE energy_plans SET author_key = 'cut:' || gen_random_uuid() WHERE author_key = ANY($1)",
        keys
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "UPDATE workshops SET facilitator_key = 'cut:' || gen_random_uuid()
          WHERE facilitator_key = ANY($1)",
        keys
    )
    .execute(&mut *conn)
    .await?;

    erased.about_you_answers = sqlx::query!(
        "DELETE FROM about_you_answers WHERE respondent_key = ANY($1)",
        keys
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    sqlx::query!(
        "DELETE FROM about_you_keys WHERE respondent_key = ANY($1)",
        keys
    )
    .execute(&mut *conn)
    .await?;
    erased.follows = sqlx::query!(
        "DELETE FROM subscriptions WHERE lower(email) = ANY($1)",
        emails
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    erased.mail = sqlx::query!(
        "DELETE FROM mail_outbox WHERE lower(to_address) = ANY($1)",
        emails
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    sqlx::query!(
        r#"WITH s AS (DELETE FROM signups WHERE lower(email) = ANY($1)),
                e AS (DELETE FROM email_changes WHERE lower(new_email) = ANY($1))
           DELETE FROM data_links WHERE lower(email) = ANY($1)"#,
        emails
    )
    .execute(&mut *conn)
    .await?;
    erase_groups_and_projects(conn, holder, &mut erased).await?;
    let accounts = sqlx::query_scalar!(
        "DELETE FROM users WHERE 'user:' || id = ANY($1) OR email = ANY($2) RETURNING id",
        keys,
        emails
    )
    .fetch_all(&mut *conn)
    .await?;
    erased.accounts = accounts.len() as i64;
    // The audit trail keeps who did what to an account, not what the account held.
    sqlx::query!(
        "UPDATE audit_log SET before = NULL, after = NULL
          WHERE target_type = 'user' AND target_id = ANY($1::uuid[]::text[])",
        &accounts
    )
    .execute(&mut *conn)
    .await?;
    scrub(conn, &words, &ids).await?;
    Ok(erased)
}

/// Erases contributions: where someone replied, the words are replaced and the thread
/// stays; where not, only a count is left (`erased`: no words, names, keys or exact
/// point, kept so that reports count what was said) or, for what reports never
/// counted, nothing.
async fn erase_contributions(
    conn: &mut PgConnection,
    ids: &[Uuid],
) -> Result<ErasedContributions, sqlx::Error> {
    if ids.is_empty() {
        return Ok(ErasedContributions::default());
    }
    let points = sqlx::query!(
        r#"SELECT ST_X(geom) AS "lon!", ST_Y(geom) AS "lat!" FROM contributions WHERE id = ANY($1)"#,
        ids
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|p| [p.lon, p.lat])
    .collect();
    let words = sqlx::query_scalar!(
        r#"SELECT w AS "w!" FROM (
               SELECT unnest(ARRAY[title, body, display_name, on_behalf_of]) AS w
                 FROM contributions WHERE id = ANY($1)) x
            WHERE w IS NOT NULL AND w <> '' AND w <> $2"#,
        ids,
        REMOVED
    )
    .fetch_all(&mut *conn)
    .await?;
    // The stream's old news about them go; the statements below write the new.
    sqlx::query!("DELETE FROM events WHERE subject_id = ANY($1)", ids)
        .execute(&mut *conn)
        .await?;
    let kept = sqlx::query!(
        "UPDATE contributions c
            SET title = $2, body = '', display_name = NULL, on_behalf_of = NULL,
                updated_at = now()
          WHERE c.id = ANY($1) AND EXISTS (SELECT 1 FROM replies r WHERE r.contribution_id = c.id)
            AND (c.title, c.body, c.display_name, c.on_behalf_of)
                IS DISTINCT FROM ($2, '', NULL, NULL)",
        ids,
        REMOVED
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    // Hidden, pending and withdrawn pins were never counted: they go (the delete
    // trigger evicts their tiles), unless another pin or response names them as its
    // original.
    let deleted = sqlx::query!(
        "DELETE FROM contributions c
          WHERE c.id = ANY($1) AND c.status NOT IN ('published', 'internal', 'erased')
            AND NOT EXISTS (SELECT 1 FROM replies r WHERE r.contribution_id = c.id)
            AND NOT EXISTS (SELECT 1 FROM contributions d WHERE d.duplicate_of = c.id)
            AND NOT EXISTS (SELECT 1 FROM responses o WHERE o.duplicate_of = c.id)",
        ids
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    // What is left and nobody replied to keeps only what reports count.
    let counted = sqlx::query!(
        "UPDATE contributions c
            SET status = CASE WHEN c.status IN ('published', 'internal') THEN 'erased'
                              ELSE c.status END,
                title = $2, body = '', display_name = NULL,
                on_behalf_of = NULL, precision = 'neighbourhood',
                location = COALESCE((SELECT n.centre FROM neighbourhoods n
                                      WHERE n.id = c.neighbourhood_id), c.geom),
                updated_at = now()
          WHERE c.id = ANY($1) AND c.status <> 'erased'
            AND NOT EXISTS (SELECT 1 FROM replies r WHERE r.contribution_id = c.id)",
        ids,
        REMOVED
    )
    .execute(&mut *conn)
    .await?
    .rows_affected() as i64;
    sqlx::query!(
        "UPDATE contributions SET author_key = NULL, idempotency_key = NULL, request_hash = NULL
          WHERE id = ANY($1)",
        ids
    )
    .execute(&mut *conn)
    .await?;
    // Only the newest event of each (the one just written) stays.
    sqlx::query!(
        "DELETE FROM events e WHERE e.subject_id = ANY($1)
            AND e.id < (SELECT max(id) FROM events l WHERE l.subject_id = e.subject_id)",
        ids
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "UPDATE audit_log SET before = NULL, after = NULL
          WHERE target_type = 'contribution' AND target_id = ANY($1::uuid[]::text[])",
        ids
    )
    .execute(&mut *conn)
    .await?;
    Ok(ErasedContributions {
        erased: counted + deleted,
        kept,
        words,
        points,
    })
}

#[derive(Debug, Default)]
struct ErasedContributions {
    erased: i64,
    kept: i64,
    /// The words that went, to take out of what quotes them.
    words: Vec<String>,
    points: Vec<[f64; 2]>,
}

/// Takes erased words out of other people's mail that quotes the erased pins (a digest
/// lists a pin's title and name beside its link, which names its id).
async fn scrub(conn: &mut PgConnection, words: &[String], ids: &[Uuid]) -> Result<(), sqlx::Error> {
    if ids.is_empty() {
        return Ok(());
    }
    for word in words
        .iter()
        .filter(|w| w.chars().count() >= 3 && w.as_str() != REMOVED)
    {
        sqlx::query!(
            "UPDATE mail_outbox SET subject = replace(subject, $1, $2),
                                    body_text = replace(body_text, $1, $2)
              WHERE (strpos(subject, $1) > 0 OR strpos(body_text, $1) > 0)
                AND EXISTS (SELECT 1 FROM unnest($3::uuid[]) AS i
                             WHERE strpos(body_text, i::text) > 0)",
            word,
            REMOVED,
            ids
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// One contribution a mobiliser recorded on someone's behalf, as a data officer finds it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub id: Uuid,
    pub title: String,
    pub on_behalf_of: Option<String>,
    pub display_name: Option<String>,
    pub channel: Option<String>,
    pub conversation_date: Option<time::Date>,
    pub status: String,
    pub created_at: time::OffsetDateTime,
}

/// Whether the account may answer data requests for the plan: an admin, or a data
/// officer of this plan. `None` when there is no such plan.
pub async fn officer_plan(
    db: impl PgExecutor<'_>,
    plan: &str,
    user: Uuid,
) -> Result<Option<(Uuid, bool)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT p.id,
                  EXISTS (SELECT 1 FROM users u
                           WHERE u.id = $2 AND NOT u.disabled
                             AND (u.role = 'admin'
                                  OR (u.role = 'data_officer'
                                      AND EXISTS (SELECT 1 FROM data_officers d
                                                   WHERE d.user_id = u.id
                                                     AND d.plan_id = p.id)))) AS "allowed!"
             FROM plans p WHERE p.slug = $1"#,
        plan,
        user
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| (r.id, r.allowed)))
}

/// What mobilisers recorded on someone's behalf in one plan, whose recorded name or
/// note contains `name` (any case). Finds nothing unless `user` is an admin or a data
/// officer of that plan: the scope is in this query.
pub async fn find_recorded(
    db: impl PgExecutor<'_>,
    plan: &str,
    user: Uuid,
    name: &str,
) -> Result<Vec<Recorded>, sqlx::Error> {
    sqlx::query_as!(
        Recorded,
        r#"SELECT c.id, c.title, c.on_behalf_of, c.display_name, c.channel,
                  c.conversation_date, c.status, c.created_at
             FROM contributions c JOIN plans p ON p.id = c.plan_id
             JOIN users u ON u.id = $2 AND NOT u.disabled
            WHERE p.slug = $1 AND c.recorded_by IS NOT NULL AND c.status <> 'erased'
              AND (u.role = 'admin'
                   OR (u.role = 'data_officer'
                       AND EXISTS (SELECT 1 FROM data_officers d
                                    WHERE d.user_id = u.id AND d.plan_id = p.id)))
              AND (strpos(lower(c.on_behalf_of), lower($3)) > 0
                   OR strpos(lower(c.display_name), lower($3)) > 0)
            ORDER BY c.created_at, c.id
            LIMIT 200"#,
        plan,
        user,
        name
    )
    .fetch_all(db)
    .await
}

/// Of `ids`, those recorded on someone's behalf in the plan `plan_id` (erased ones
/// too, so that asking again is no error).
pub async fn recorded_in_plan(
    db: impl PgExecutor<'_>,
    plan_id: Uuid,
    ids: &[Uuid],
) -> Result<Vec<Uuid>, sqlx::Error> {
    sqlx::query_scalar!(
        "SELECT id FROM contributions
          WHERE plan_id = $1 AND id = ANY($2) AND recorded_by IS NOT NULL",
        plan_id,
        ids
    )
    .fetch_all(db)
    .await
}

/// The contributions `ids`, as an export of one section.
pub async fn export_recorded(conn: &mut PgConnection, ids: &[Uuid]) -> Result<Export, sqlx::Error> {
    let rows = contributions_where(conn, &[], Some(ids)).await?;
    Ok(Export {
        sections: vec![("contributions", rows)],
    })
}

/// Erases contributions recorded on someone's behalf and scrubs their words elsewhere.
pub async fn erase_recorded(conn: &mut PgConnection, ids: &[Uuid]) -> Result<Erased, sqlx::Error> {
    let done = erase_contributions(conn, ids).await?;
    scrub(conn, &done.words, ids).await?;
    Ok(Erased {
        contributions: done.erased,
        contributions_kept_for_replies: done.kept,
        points: done.points,
        ..Erased::default()
    })
}

/// Whose a contribution is, to someone asking to erase it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ownership {
    Own,
    SomeoneElses,
    /// Erased already (asking again changes nothing).
    Erased,
}

/// Whose a contribution is; `None` when there is no such contribution.
pub async fn owns_contribution(
    db: impl PgExecutor<'_>,
    holder: &Holder,
    id: Uuid,
) -> Result<Option<Ownership>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT status = 'erased' OR (author_key IS NULL AND title = $3) AS "erased!",
                  COALESCE(author_key = ANY($2) AND recorded_by IS NULL, false) AS "own!"
             FROM contributions WHERE id = $1"#,
        id,
        &holder.keys,
        REMOVED
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| {
        if r.erased {
            Ownership::Erased
        } else if r.own {
            Ownership::Own
        } else {
            Ownership::SomeoneElses
        }
    }))
}

/// Erases one of the holder's contributions (its replies by others stay).
pub async fn erase_one(conn: &mut PgConnection, id: Uuid) -> Result<Erased, sqlx::Error> {
    erase_recorded(conn, &[id]).await
}

/// Makes an account a data officer of a plan (besides any plans it has); false when
/// there is no such plan.
pub async fn add_officer(
    db: impl PgExecutor<'_>,
    user: Uuid,
    plan: &str,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"WITH p AS (SELECT id FROM plans WHERE slug = $2),
                ins AS (INSERT INTO data_officers (user_id, plan_id)
                        SELECT $1, id FROM p ON CONFLICT DO NOTHING)
           SELECT EXISTS (SELECT 1 FROM p) AS "found!""#,
        user,
        plan
    )
    .fetch_one(db)
    .await
}

/// What making someone a data officer found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfficerAssign {
    Done,
    PlanNotFound,
    UserNotFound,
}

/// Makes an account a data officer of a plan (their role becomes `data_officer`; a
/// responder leaves their organisation), audited with the role it had before.
pub async fn make_officer(
    conn: &mut PgConnection,
    plan: &str,
    user: Uuid,
    actor: &str,
) -> Result<OfficerAssign, sqlx::Error> {
    let Some(plan_id) = crate::plans::id(&mut *conn, plan).await? else {
        return Ok(OfficerAssign::PlanNotFound);
    };
    let Some(before) = sqlx::query_scalar!("SELECT role FROM users WHERE id = $1 FOR UPDATE", user)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(OfficerAssign::UserNotFound);
    };
    sqlx::query!(
        "UPDATE users SET role = 'data_officer', organisation_id = NULL WHERE id = $1",
        user
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "INSERT INTO data_officers (user_id, plan_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        user,
        plan_id
    )
    .execute(&mut *conn)
    .await?;
    crate::moderation::audit(
        &mut *conn,
        actor,
        "user.make_data_officer",
        "user",
        &user.to_string(),
        None,
        Some(serde_json::json!({ "role": before })),
        Some(serde_json::json!({ "role": "data_officer", "plan": plan })),
    )
    .await?;
    Ok(OfficerAssign::Done)
}

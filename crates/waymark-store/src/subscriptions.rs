//! Following a neighbourhood or an area by e-mail, the digests, and the mail outbox.

use serde_json::Value;
use sqlx::{PgConnection, PgExecutor};
use time::OffsetDateTime;
use uuid::Uuid;

/// What a subscription follows.
#[derive(Debug, Clone)]
pub enum Followed<'a> {
    /// A neighbourhood of the plan, by slug.
    Neighbourhood(&'a str),
    /// A polygon or multipolygon drawn on the map, as GeoJSON geometry.
    Area(&'a str),
}

/// A mail to queue.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body_text: String,
    pub headers: Value,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SubscribeOutcome {
    /// A confirmation mail is queued.
    ConfirmationQueued,
    /// Nothing new to send: the subscription is confirmed already, or a confirmation
    /// went to this address a few minutes ago.
    NothingSent,
    PlanNotFound,
    UnknownNeighbourhood,
    /// The drawn area does not overlap the plan.
    AreaOutsidePlan,
    /// The drawn area's outline crosses itself.
    InvalidArea,
}

/// Makes (or renews) an unconfirmed subscription and queues its confirmation mail, in
/// one transaction. `confirmation` writes the mail from the plan's title and the
/// neighbourhood's name (`None` for an area). At most one confirmation mail per address
/// every 10 minutes, so nobody can use the form to flood someone else's inbox.
///
/// `confirm_digest` replaces the stored one only when its mail is queued: asking again
/// within the 10 minutes sends nothing and leaves the mailed link working. A new mail's
/// link replaces the one before, so only the newest mailed link confirms.
#[allow(clippy::too_many_arguments)]
pub async fn subscribe(
    conn: &mut PgConnection,
    plan: &str,
    email: &str,
    followed: &Followed<'_>,
    frequency: &str,
    lang: &str,
    confirm_digest: &[u8],
    unsubscribe_token: &str,
    confirmation: impl FnOnce(&str, Option<&str>) -> Mail,
) -> Result<SubscribeOutcome, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let Some(plan_row) = sqlx::query!("SELECT id, title FROM plans WHERE slug = $1", plan)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(SubscribeOutcome::PlanNotFound);
    };
    let plan_id = plan_row.id;
    // Known before the row is touched, so that a link is never replaced by one that
    // goes out in no mail.
    let recently = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM mail_outbox
                           WHERE kind = 'confirm' AND lower(to_address) = lower($1)
                             AND created_at > now() - interval '10 minutes') AS "recently!""#,
        email
    )
    .fetch_one(&mut *tx)
    .await?;
    let mut neighbourhood_name = None;
    let subscription = match followed {
        Followed::Neighbourhood(slug) => {
            let Some(neighbourhood) = sqlx::query!(
                "SELECT id, name FROM neighbourhoods WHERE plan_id = $1 AND slug = $2",
                plan_id,
                slug
            )
            .fetch_optional(&mut *tx)
            .await?
            else {
                return Ok(SubscribeOutcome::UnknownNeighbourhood);
            };
            let neighbourhood_id = neighbourhood.id;
            neighbourhood_name = Some(neighbourhood.name);
            sqlx::query!(
                r#"INSERT INTO subscriptions (plan_id, email, neighbourhood_id, frequency,
                                              confirm_digest, unsubscribe_token, lang)
                   VALUES ($1, $2, $3, $4, $5, $6, $8)
                   ON CONFLICT (plan_id, lower(email), neighbourhood_id)
                               WHERE neighbourhood_id IS NOT NULL
                   DO UPDATE SET frequency = EXCLUDED.frequency,
                                 -- Mail goes in the language of the latest ask.
                                 lang = EXCLUDED.lang,
                                 confirm_digest = CASE WHEN subscriptions.confirmed_at IS NULL AND $7
                                                       THEN EXCLUDED.confirm_digest
                                                       ELSE subscriptions.confirm_digest END,
                                 -- A new confirmation link has a new week to be used.
                                 created_at = CASE WHEN subscriptions.confirmed_at IS NULL AND $7
                                                   THEN now() ELSE subscriptions.created_at END
                   RETURNING id, confirmed_at IS NOT NULL AS "confirmed!""#,
                plan_id,
                email,
                neighbourhood_id,
                frequency,
                confirm_digest,
                unsubscribe_token,
                !recently,
                lang
            )
            .fetch_one(&mut *tx)
            .await
            .map(|r| (r.id, r.confirmed))?
        }
        Followed::Area(geojson) => {
            let check = sqlx::query!(
                r#"SELECT ST_IsValid(a.area) AS "valid!", ST_Intersects(a.area, p.boundary) AS "inside!"
                     FROM plans p,
                          LATERAL (SELECT ST_SetSRID(ST_GeomFromGeoJSON($2), 4326) AS area) a
                    WHERE p.id = $1"#,
                plan_id,
                geojson
            )
            .fetch_one(&mut *tx)
            .await?;
            if !check.valid {
                return Ok(SubscribeOutcome::InvalidArea);
            }
            if !check.inside {
                return Ok(SubscribeOutcome::AreaOutsidePlan);
            }
            let id = sqlx::query_scalar!(
                r#"INSERT INTO subscriptions (plan_id, email, area, frequency, confirm_digest,
                                              unsubscribe_token, lang)
                   VALUES ($1, $2, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($3), 4326)), $4, $5, $6,
                           $7)
                   RETURNING id"#,
                plan_id,
                email,
                geojson,
                frequency,
                confirm_digest,
                unsubscribe_token,
                lang
            )
            .fetch_one(&mut *tx)
            .await?;
            (id, false)
        }
    };
    let (id, confirmed) = subscription;
    if confirmed || recently {
        tx.commit().await?;
        return Ok(SubscribeOutcome::NothingSent);
    }
    let mail = confirmation(&plan_row.title, neighbourhood_name.as_deref());
    queue(&mut *tx, Some(id), "confirm", &mail).await?;
    tx.commit().await?;
    Ok(SubscribeOutcome::ConfirmationQueued)
}

pub(crate) async fn queue(
    db: impl PgExecutor<'_>,
    subscription: Option<Uuid>,
    kind: &str,
    mail: &Mail,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        r#"INSERT INTO mail_outbox (subscription_id, kind, to_address, subject, body_text, headers)
           VALUES ($1, $2, $3, $4, $5, $6)"#,
        subscription,
        kind,
        mail.to,
        mail.subject,
        mail.body_text,
        mail.headers
    )
    .execute(db)
    .await?;
    Ok(())
}

/// A subscription as its owner may see it.
#[derive(Debug, Clone)]
pub struct SubscriptionSummary {
    pub plan: String,
    pub plan_name: String,
    /// The neighbourhood's name, or `None` for an area, a pin or a commitment.
    pub neighbourhood: Option<String>,
    /// The title of the pin or commitment followed, or `None` for a place.
    pub item: Option<String>,
    /// `daily` or `weekly`; `each` for a pin or a commitment (a mail at each change).
    pub frequency: String,
}

/// Confirms the subscription whose confirmation token has this digest.
pub async fn confirm(
    db: impl PgExecutor<'_>,
    confirm_digest: &[u8],
) -> Result<Option<SubscriptionSummary>, sqlx::Error> {
    sqlx::query_as!(
        SubscriptionSummary,
        r#"WITH confirmed AS (
               UPDATE subscriptions s
                  SET confirmed_at = coalesce(s.confirmed_at, now()),
                      -- A digest covers what happens after the confirmation.
                      last_event_id = CASE WHEN s.confirmed_at IS NULL
                                           THEN coalesce((SELECT max(id) FROM events), 0)
                                           ELSE s.last_event_id END,
                      last_digest_at = coalesce(s.last_digest_at, now())
                WHERE s.confirm_digest = $1
            RETURNING s.plan_id, s.neighbourhood_id, s.contribution_id, s.commitment_id,
                      s.frequency)
           SELECT p.slug AS plan, p.title AS plan_name, n.name AS "neighbourhood?",
                  coalesce(fc.title, fk.title) AS item, c.frequency
             FROM confirmed c JOIN plans p ON p.id = c.plan_id
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
             LEFT JOIN contributions fc ON fc.id = c.contribution_id
             LEFT JOIN responses fk ON fk.id = c.commitment_id"#,
        confirm_digest
    )
    .fetch_optional(db)
    .await
}

/// Looks up the subscription a confirmation link names, confirmed or not.
pub async fn by_confirm_digest(
    db: impl PgExecutor<'_>,
    confirm_digest: &[u8],
) -> Result<Option<SubscriptionSummary>, sqlx::Error> {
    sqlx::query_as!(
        SubscriptionSummary,
        r#"SELECT p.slug AS plan, p.title AS plan_name, n.name AS "neighbourhood?",
                  coalesce(fc.title, fk.title) AS item, s.frequency
             FROM subscriptions s JOIN plans p ON p.id = s.plan_id
             LEFT JOIN neighbourhoods n ON n.id = s.neighbourhood_id
             LEFT JOIN contributions fc ON fc.id = s.contribution_id
             LEFT JOIN responses fk ON fk.id = s.commitment_id
            WHERE s.confirm_digest = $1"#,
        confirm_digest
    )
    .fetch_optional(db)
    .await
}

/// Looks up the subscription an unsubscribe link names.
pub async fn by_unsubscribe_token(
    db: impl PgExecutor<'_>,
    token: &str,
) -> Result<Option<SubscriptionSummary>, sqlx::Error> {
    sqlx::query_as!(
        SubscriptionSummary,
        r#"SELECT p.slug AS plan, p.title AS plan_name, n.name AS "neighbourhood?",
                  coalesce(fc.title, fk.title) AS item, s.frequency
             FROM subscriptions s JOIN plans p ON p.id = s.plan_id
             LEFT JOIN neighbourhoods n ON n.id = s.neighbourhood_id
             LEFT JOIN contributions fc ON fc.id = s.contribution_id
             LEFT JOIN responses fk ON fk.id = s.commitment_id
            WHERE s.unsubscribe_token = $1"#,
        token
    )
    .fetch_optional(db)
    .await
}

/// Ends a subscription and forgets its address, with every mail of it.
pub async fn unsubscribe(db: impl PgExecutor<'_>, token: &str) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"WITH gone AS (DELETE FROM subscriptions WHERE unsubscribe_token = $1 RETURNING id),
                mails AS (DELETE FROM mail_outbox m USING gone WHERE m.subscription_id = gone.id)
           SELECT count(*) > 0 AS "gone!" FROM gone"#,
        token
    )
    .fetch_one(db)
    .await
}

/// A confirmed subscription whose digest is due.
#[derive(Debug, Clone)]
pub struct DueSubscription {
    pub id: Uuid,
    pub plan: String,
    pub plan_name: String,
    pub email: String,
    pub neighbourhood: Option<String>,
    pub neighbourhood_slug: Option<String>,
    pub frequency: String,
    pub unsubscribe_token: String,
    pub last_event_id: i64,
    /// The language the address asked in (a tag of `waymark_i18n::Lang`).
    pub lang: String,
}

/// One item of a digest: a contribution that became public in the followed place.
#[derive(Debug, Clone)]
pub struct DigestItem {
    pub id: Uuid,
    pub kind: String,
    pub title: String,
    pub neighbourhood: Option<String>,
    pub created_at: OffsetDateTime,
}

/// The newest event id a digest may cover: events that started `settle_seconds` ago or
/// earlier, so that a transaction still running (which holds a lower id) is not skipped.
pub async fn settled_event_id(
    db: impl PgExecutor<'_>,
    settle_seconds: f64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT coalesce(max(id), 0) AS "id!" FROM events
            WHERE at <= now() - make_interval(secs => $1)"#,
        settle_seconds
    )
    .fetch_one(db)
    .await
}

/// Locks up to `limit` confirmed place subscriptions whose digest is due (daily: a day since
/// the last, weekly: seven), skipping any another process holds.
pub async fn lock_due(
    conn: &mut PgConnection,
    limit: i64,
) -> Result<Vec<DueSubscription>, sqlx::Error> {
    sqlx::query_as!(
        DueSubscription,
        r#"SELECT s.id, p.slug AS plan, p.title AS plan_name, s.email,
                  n.name AS "neighbourhood?", n.slug AS "neighbourhood_slug?", s.frequency,
                  s.unsubscribe_token, s.last_event_id, s.lang
             FROM subscriptions s JOIN plans p ON p.id = s.plan_id
             LEFT JOIN neighbourhoods n ON n.id = s.neighbourhood_id
            WHERE s.confirmed_at IS NOT NULL AND s.frequency <> 'each'
              AND s.last_digest_at <= now() - CASE s.frequency WHEN 'daily' THEN interval '1 day'
                                                               ELSE interval '7 days' END
            ORDER BY s.last_digest_at
            LIMIT $1
              FOR UPDATE OF s SKIP LOCKED"#,
        limit
    )
    .fetch_all(conn)
    .await
}

/// What became public in a subscription's place between two events, as it is now
/// (an item hidden since is left out).
pub async fn digest_items(
    db: impl PgExecutor<'_>,
    subscription: Uuid,
    after_event: i64,
    through_event: i64,
) -> Result<Vec<DigestItem>, sqlx::Error> {
    sqlx::query_as!(
        DigestItem,
        r#"SELECT c.id AS "id!", c.kind AS "kind!", c.title AS "title!",
                  n.name AS "neighbourhood?", c.created_at AS "created_at!"
             FROM subscriptions s
             JOIN contributions_public c ON c.plan_id = s.plan_id
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
            WHERE s.id = $1
              AND EXISTS (SELECT 1 FROM events e
                           WHERE e.subject_id = c.id AND e.kind = 'created'
                             AND e.audience = 'public' AND e.id > $2 AND e.id <= $3)
              AND (c.neighbourhood_id = s.neighbourhood_id OR ST_Intersects(c.geom, s.area))
            ORDER BY c.created_at, c.id"#,
        subscription,
        after_event,
        through_event
    )
    .fetch_all(db)
    .await
}

/// Records that a subscription's digest covered events through `through_event`, and
/// queues its mail when there is one, in the caller's transaction.
pub async fn digest_made(
    conn: &mut PgConnection,
    subscription: Uuid,
    through_event: i64,
    mail: Option<&Mail>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "UPDATE subscriptions SET last_event_id = $2, last_digest_at = now() WHERE id = $1",
        subscription,
        through_event
    )
    .execute(&mut *conn)
    .await?;
    if let Some(mail) = mail {
        queue(&mut *conn, Some(subscription), "digest", mail).await?;
    }
    Ok(())
}

/// A queued mail.
#[derive(Debug, Clone)]
pub struct OutgoingMail {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub headers: Value,
    pub attempts: i32,
}

/// Locks up to `limit` mails that are due, skipping any another process is sending.
pub async fn lock_outgoing(
    conn: &mut PgConnection,
    limit: i64,
) -> Result<Vec<OutgoingMail>, sqlx::Error> {
    sqlx::query_as!(
        OutgoingMail,
        r#"SELECT id, to_address, subject, body_text, headers, attempts
             FROM mail_outbox
            WHERE sent_at IS NULL AND next_attempt_at <= now()
            ORDER BY next_attempt_at, id
            LIMIT $1
              FOR UPDATE SKIP LOCKED"#,
        limit
    )
    .fetch_all(conn)
    .await
}

pub async fn mark_sent(db: impl PgExecutor<'_>, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1",
        id
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Keeps the mail for another attempt, later each time (1, 2, 4 … minutes, at most 6 h).
pub async fn mark_failed(db: impl PgExecutor<'_>, id: i64, error: &str) -> Result<(), sqlx::Error> {
    sqlx::query!(
        r#"UPDATE mail_outbox
              SET attempts = attempts + 1, last_error = left($2, 500),
                  next_attempt_at = now() + least(interval '6 hours',
                                                  interval '1 minute' * power(2, attempts))
            WHERE id = $1"#,
        id,
        error
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Forgets mails sent more than `days` days ago (their addresses and words): the outbox is
/// for delivery, not a record. Returns how many were removed.
pub async fn forget_sent(db: impl PgExecutor<'_>, days: i32) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "DELETE FROM mail_outbox WHERE sent_at < now() - make_interval(days => $1)",
        days
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}

/// Forgets subscriptions never confirmed within `days` days, with their mails: an address
/// someone typed and its owner never agreed to is not kept. Returns how many.
pub async fn forget_unconfirmed(db: impl PgExecutor<'_>, days: i32) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        r#"WITH gone AS (DELETE FROM subscriptions
                          WHERE confirmed_at IS NULL
                            AND created_at < now() - make_interval(days => $1)
                      RETURNING id),
                mails AS (DELETE FROM mail_outbox m USING gone WHERE m.subscription_id = gone.id)
           SELECT count(*) AS "gone!" FROM gone"#,
        days
    )
    .fetch_one(db)
    .await?;
    Ok(u64::try_from(done.gone).unwrap_or(0))
}

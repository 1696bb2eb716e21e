//! Hearing back: following one pin or one commitment by e-mail, and who hears of an
//! outcome change. Such follows are rows of `subscriptions` (`frequency = 'each'`), so
//! they share the confirmation, the unsubscribe link and the forgetting of places.

use serde_json::Value;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::subscriptions::{Mail, queue};

/// What is followed.
#[derive(Debug, Clone, Copy)]
pub enum Target {
    /// A pin, while it is published or awaiting moderation.
    Contribution(Uuid),
    /// A commitment (a response with a title).
    Commitment(Uuid),
}

#[derive(Debug, PartialEq, Eq)]
pub enum FollowOutcome {
    ConfirmationQueued,
    /// Already confirmed, or a confirmation went to this address a few minutes ago.
    NothingSent,
    NotFound,
}

/// Makes (or renews) an unconfirmed follow of a pin or a commitment and queues its
/// confirmation mail, with the same rules as following a place: at most one confirmation
/// mail per address every 10 minutes, and a new mail's link replaces the one before.
/// `confirmation` writes the mail from the plan's title and the item's title.
pub async fn follow(
    conn: &mut PgConnection,
    target: Target,
    email: &str,
    lang: &str,
    confirm_digest: &[u8],
    unsubscribe_token: &str,
    confirmation: impl FnOnce(&str, &str) -> Mail,
) -> Result<FollowOutcome, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let (contribution, commitment) = match target {
        Target::Contribution(id) => (Some(id), None),
        Target::Commitment(id) => (None, Some(id)),
    };
    let Some(item) = sqlx::query!(
        r#"SELECT p.id AS plan_id, p.title AS plan_name, coalesce(c.title, k.title) AS "title!"
             FROM plans p
             LEFT JOIN contributions c
                    ON c.id = $1 AND c.plan_id = p.id AND c.status IN ('published', 'pending')
             LEFT JOIN responses k ON k.id = $2 AND k.plan_id = p.id AND k.title IS NOT NULL
            WHERE c.id IS NOT NULL OR k.id IS NOT NULL"#,
        contribution,
        commitment
    )
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Ok(FollowOutcome::NotFound);
    };
    let recently = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM mail_outbox
                           WHERE kind = 'confirm' AND lower(to_address) = lower($1)
                             AND created_at > now() - interval '10 minutes') AS "recently!""#,
        email
    )
    .fetch_one(&mut *tx)
    .await?;
    // Two statements, since each kind of follow has its own unique index to meet.
    let row = if contribution.is_some() {
        sqlx::query!(
            r#"INSERT INTO subscriptions (plan_id, email, contribution_id, frequency,
                                          confirm_digest, unsubscribe_token, lang)
               VALUES ($1, $2, $3, 'each', $4, $5, $7)
               ON CONFLICT (plan_id, lower(email), contribution_id) WHERE contribution_id IS NOT NULL
               DO UPDATE SET
                   lang = EXCLUDED.lang,
                   confirm_digest = CASE WHEN subscriptions.confirmed_at IS NULL AND $6
                                         THEN EXCLUDED.confirm_digest
                                         ELSE subscriptions.confirm_digest END,
                   created_at = CASE WHEN subscriptions.confirmed_at IS NULL AND $6
                                     THEN now() ELSE subscriptions.created_at END
               RETURNING id, confirmed_at IS NOT NULL AS "confirmed!""#,
            item.plan_id,
            email,
            contribution,
            confirm_digest,
            unsubscribe_token,
            !recently,
            lang
        )
        .fetch_one(&mut *tx)
        .await
        .map(|r| (r.id, r.confirmed))?
    } else {
        sqlx::query!(
            r#"INSERT INTO subscriptions (plan_id, email, commitment_id, frequency,
                                          confirm_digest, unsubscribe_token, lang)
               VALUES ($1, $2, $3, 'each', $4, $5, $7)
               ON CONFLICT (plan_id, lower(email), commitment_id) WHERE commitment_id IS NOT NULL
               DO UPDATE SET
                   lang = EXCLUDED.lang,
                   confirm_digest = CASE WHEN subscriptions.confirmed_at IS NULL AND $6
                                         THEN EXCLUDED.confirm_digest
                                         ELSE subscriptions.confirm_digest END,
                   created_at = CASE WHEN subscriptions.confirmed_at IS NULL AND $6
                                     THEN now() ELSE subscriptions.created_at END
               RETURNING id, confirmed_at IS NOT NULL AS "confirmed!""#,
            item.plan_id,
            email,
            commitment,
            confirm_digest,
            unsubscribe_token,
            !recently,
            lang
        )
        .fetch_one(&mut *tx)
        .await
        .map(|r| (r.id, r.confirmed))?
    };
    let (id, confirmed) = row;
    if confirmed || recently {
        tx.commit().await?;
        return Ok(FollowOutcome::NothingSent);
    }
    let mail = confirmation(&item.plan_name, &item.title);
    queue(&mut *tx, Some(id), "confirm", &mail).await?;
    tx.commit().await?;
    Ok(FollowOutcome::ConfirmationQueued)
}

/// One confirmed follow that a change concerns.
#[derive(Debug, Clone)]
pub struct FollowRow {
    pub id: Uuid,
    pub unsubscribe_token: String,
    /// What it follows: a neighbourhood's name, a pin's or a commitment's title; all
    /// `None` for an area.
    pub neighbourhood: Option<String>,
    pub contribution: Option<String>,
    pub commitment: Option<String>,
}

/// One address to tell of a change, once, whatever it follows.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub email: String,
    /// The language the address last asked in (a tag of `waymark_i18n::Lang`).
    pub lang: String,
    /// The changed published pins it follows, by id and title, oldest first.
    pub pins: Vec<(Uuid, String)>,
    pub follows: Vec<FollowRow>,
}

/// Everyone to tell of a change in a plan: confirmed followers of a changed pin, of its
/// commitment, of `commitment` (a progress update), or of the neighbourhood or area it
/// lies in, grouped by address (case aside) so that each hears once. Only published
/// pins count: a hidden one is never named, and makes no mail.
pub async fn recipients(
    conn: &mut PgConnection,
    plan_id: Uuid,
    contributions: &[Uuid],
    commitment: Option<Uuid>,
) -> Result<Vec<Recipient>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"WITH changed AS (
               SELECT c.id, c.title, c.neighbourhood_id, c.geom, c.commitment_id, c.created_at
                 FROM contributions_public c
                WHERE c.plan_id = $1 AND (c.id = ANY($2) OR c.commitment_id = $3)
           ), matched AS (
               SELECT s.id AS follow, s.email, s.lang, s.created_at AS asked_at,
                      s.unsubscribe_token, s.neighbourhood_id, s.contribution_id, s.commitment_id,
                      ch.id AS pin, ch.title AS pin_title, ch.created_at AS pin_at
                 FROM subscriptions s
                 JOIN changed ch
                   ON s.contribution_id = ch.id
                   OR s.commitment_id = ch.commitment_id
                   OR s.neighbourhood_id = ch.neighbourhood_id
                   OR ST_Intersects(ch.geom, s.area)
                WHERE s.plan_id = $1 AND s.confirmed_at IS NOT NULL
               UNION ALL
               SELECT s.id, s.email, s.lang, s.created_at, s.unsubscribe_token, NULL, NULL,
                      s.commitment_id,
                      NULL, NULL, NULL
                 FROM subscriptions s
                WHERE s.commitment_id = $3 AND s.plan_id = $1 AND s.confirmed_at IS NOT NULL
           )
           SELECT min(m.email) AS "email!",
                  -- One mail per address, in the language of its latest follow.
                  (array_agg(m.lang ORDER BY m.asked_at DESC))[1] AS "lang!",
                  coalesce(jsonb_agg(DISTINCT jsonb_build_array(m.pin_at, m.pin, m.pin_title))
                               FILTER (WHERE m.pin IS NOT NULL), '[]') AS "pins!",
                  jsonb_agg(DISTINCT jsonb_build_object(
                      'id', m.follow, 'token', m.unsubscribe_token, 'neighbourhood', n.name,
                      'contribution', fc.title, 'commitment', fk.title)) AS "follows!"
             FROM matched m
             LEFT JOIN neighbourhoods n ON n.id = m.neighbourhood_id
             LEFT JOIN contributions fc ON fc.id = m.contribution_id
             LEFT JOIN responses fk ON fk.id = m.commitment_id
            GROUP BY lower(m.email)
            ORDER BY lower(m.email)"#,
        plan_id,
        contributions,
        commitment
    )
    .fetch_all(&mut *conn)
    .await?;
    let text = |v: &Value| v.as_str().map(str::to_owned);
    let uuid = |v: &Value| v.as_str().and_then(|s| Uuid::parse_str(s).ok());
    Ok(rows
        .into_iter()
        .map(|row| {
            let mut pins: Vec<(String, Uuid, String)> = row
                .pins
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| Some((text(&p[0])?, uuid(&p[1])?, text(&p[2])?)))
                .collect();
            pins.sort();
            let mut follows: Vec<FollowRow> = row
                .follows
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|f| {
                    Some(FollowRow {
                        id: uuid(&f["id"])?,
                        unsubscribe_token: text(&f["token"])?,
                        neighbourhood: text(&f["neighbourhood"]),
                        contribution: text(&f["contribution"]),
                        commitment: text(&f["commitment"]),
                    })
                })
                .collect();
            follows.sort_by_key(|f| f.id);
            Recipient {
                email: row.email,
                lang: row.lang,
                pins: pins.into_iter().map(|(_, id, title)| (id, title)).collect(),
                follows,
            }
        })
        .collect())
}

/// Queues the outcome mails of one change, each linked to one of the follows it is for
/// (unsubscribing that one forgets its mail), in the caller's transaction.
pub async fn queue_outcome_mails(
    conn: &mut PgConnection,
    mails: &[(Uuid, Mail)],
) -> Result<(), sqlx::Error> {
    for (follow, mail) in mails {
        queue(&mut *conn, Some(*follow), "outcome", mail).await?;
    }
    Ok(())
}

/// The plan, title and organisation of a commitment, for the mail of its progress.
#[derive(Debug, Clone)]
pub struct CommitmentHeader {
    pub plan_id: Uuid,
    pub plan_name: String,
    pub plan: String,
    pub title: String,
    pub organisation: String,
}

pub async fn commitment_header(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<CommitmentHeader>, sqlx::Error> {
    sqlx::query_as!(
        CommitmentHeader,
        r#"SELECT p.id AS plan_id, p.title AS plan_name, p.slug AS plan, k.title AS "title!",
                  o.name AS organisation
             FROM responses k
             JOIN plans p ON p.id = k.plan_id
             JOIN organisations o ON o.id = k.organisation_id
            WHERE k.id = $1"#,
        id
    )
    .fetch_optional(conn)
    .await
}

/// A plan's title and slug by id, for the mail of an answer.
pub async fn plan_names(
    conn: &mut PgConnection,
    plan_id: Uuid,
) -> Result<(String, String), sqlx::Error> {
    let row = sqlx::query!("SELECT title, slug FROM plans WHERE id = $1", plan_id)
        .fetch_one(conn)
        .await?;
    Ok((row.title, row.slug))
}

//! The optional "about you" answers and their one-time keys (migration 0031). Nothing here
//! names a contribution: a key is made from a write's plan and neighbourhood, and
//! answering copies those, never the write itself. No public read touches these tables.

use sqlx::PgConnection;
use uuid::Uuid;
use waymark_domain::about_you::{AboutYou, KEY_HOURS, Source};

/// A one-time key to keep for answering after the contribution `contribution` was written
/// (see [`issue_keys`]).
#[derive(Debug, Clone, Copy)]
pub struct NewKey<'a> {
    /// SHA-256 of the key.
    pub key_hash: &'a [u8],
    pub contribution: Uuid,
    pub source: Source,
    /// Who may later export or erase the answers.
    pub respondent_key: Option<&'a str>,
}

/// Keeps each key's hash with its contribution's plan and neighbourhood (the one reports
/// count it in), never the contribution itself. Call it in the write's own transaction.
pub async fn issue_keys(conn: &mut PgConnection, keys: &[NewKey<'_>]) -> Result<(), sqlx::Error> {
    if keys.is_empty() {
        return Ok(());
    }
    let hashes: Vec<&[u8]> = keys.iter().map(|k| k.key_hash).collect();
    let contributions: Vec<Uuid> = keys.iter().map(|k| k.contribution).collect();
    let sources: Vec<&str> = keys.iter().map(|k| k.source.as_str()).collect();
    let respondents: Vec<Option<&str>> = keys.iter().map(|k| k.respondent_key).collect();
    sqlx::query!(
        r#"INSERT INTO about_you_keys (key_hash, plan_id, neighbourhood_id, source,
                                       respondent_key, expires_at)
           SELECT k.hash, c.plan_id, c.neighbourhood_id, k.source, k.respondent,
                  now() + make_interval(hours => $5)
             FROM unnest($1::bytea[], $2::uuid[], $3::text[], $4::text[])
                  AS k(hash, contribution, source, respondent)
             JOIN contributions c ON c.id = k.contribution"#,
        &hashes as &[&[u8]],
        &contributions,
        &sources as &[&str],
        &respondents as &[Option<&str>],
        KEY_HOURS as i32,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Spends the key whose hash is `key_hash` and stores `answers` with its plan,
/// neighbourhood, source and respondent. `None` when no unexpired key has that hash
/// (never issued, expired, or already spent): nothing is stored.
pub async fn answer(
    conn: &mut PgConnection,
    key_hash: &[u8],
    answers: &AboutYou,
) -> Result<Option<Uuid>, sqlx::Error> {
    let b = Bands::of(answers);
    sqlx::query_scalar!(
        r#"WITH spent AS (DELETE FROM about_you_keys
                           WHERE key_hash = $1 AND expires_at > now()
                       RETURNING plan_id, neighbourhood_id, source, respondent_key)
           INSERT INTO about_you_answers (plan_id, neighbourhood_id, source, respondent_key,
                                          age_band, gender, ethnic_group, disability, tenure,
                                          postcode_district)
           SELECT plan_id, neighbourhood_id, source, respondent_key, $2, $3, $4, $5, $6, $7
             FROM spent
        RETURNING id"#,
        key_hash,
        b.age_band,
        b.gender,
        b.ethnic_group,
        b.disability,
        b.tenure,
        b.postcode_district,
    )
    .fetch_optional(conn)
    .await
}

/// Stores the answers a mobiliser recorded with a conversation (the resident agreed),
/// with the conversation's plan and neighbourhood; nobody may export them later (a
/// conversation's resident has no key). Call it in the conversation's own transaction.
pub async fn answer_for_conversation(
    conn: &mut PgConnection,
    contribution: Uuid,
    answers: &AboutYou,
) -> Result<(), sqlx::Error> {
    let b = Bands::of(answers);
    sqlx::query!(
        r#"INSERT INTO about_you_answers (plan_id, neighbourhood_id, source, age_band, gender,
                                          ethnic_group, disability, tenure, postcode_district)
           SELECT c.plan_id, c.neighbourhood_id, 'conversation', $2, $3, $4, $5, $6, $7
             FROM contributions c WHERE c.id = $1"#,
        contribution,
        b.age_band,
        b.gender,
        b.ethnic_group,
        b.disability,
        b.tenure,
        b.postcode_district,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The answers' names as the table keeps them.
struct Bands<'a> {
    age_band: Option<&'static str>,
    gender: Option<&'static str>,
    ethnic_group: Option<&'static str>,
    disability: Option<&'static str>,
    tenure: Option<&'static str>,
    postcode_district: Option<&'a str>,
}

impl<'a> Bands<'a> {
    fn of(a: &'a AboutYou) -> Self {
        Self {
            age_band: a.age_band.map(|b| b.as_str()),
            gender: a.gender.map(|b| b.as_str()),
            ethnic_group: a.ethnic_group.map(|b| b.as_str()),
            disability: a.disability.map(|b| b.as_str()),
            tenure: a.tenure.map(|b| b.as_str()),
            postcode_district: a.postcode_district.as_ref().map(|p| p.as_str()),
        }
    }
}

/// Rows one retention statement deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub answers: u64,
    pub keys: u64,
}

/// Deletes up to `limit` answers given more than `days` days ago, and up to `limit` keys
/// past their expiry.
pub async fn purge(conn: &mut PgConnection, days: i32, limit: i64) -> Result<Purged, sqlx::Error> {
    let done = sqlx::query!(
        r#"WITH a AS (DELETE FROM about_you_answers
                       WHERE id IN (SELECT id FROM about_you_answers
                                     WHERE answered_at < now() - make_interval(days => $1)
                                     LIMIT $2)
                   RETURNING 1),
                k AS (DELETE FROM about_you_keys
                       WHERE key_hash IN (SELECT key_hash FROM about_you_keys
                                           WHERE expires_at <= now()
                                           LIMIT $2)
                   RETURNING 1)
           SELECT (SELECT count(*) FROM a) AS "answers!", (SELECT count(*) FROM k) AS "keys!""#,
        days,
        limit
    )
    .fetch_one(conn)
    .await?;
    Ok(Purged {
        answers: u64::try_from(done.answers).unwrap_or(0),
        keys: u64::try_from(done.keys).unwrap_or(0),
    })
}

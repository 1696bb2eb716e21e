//! Responses (commitments among them) and the outcome of each contribution. Who may
//! answer what is decided here, in the queries: a responder's organisation comes from
//! their own account row, never from the request.

use serde_json::json;
use sqlx::{PgConnection, PgExecutor};
use time::{Date, OffsetDateTime};
use uuid::Uuid;
use waymark_domain::outcome::{MAX_SELECTION, NewResponse, OutcomeStatus, ProgressUpdate};

use crate::organisations::OrganisationRow;

/// Who answers, as the queries found them.
#[derive(Debug)]
pub enum Acting {
    /// Signs as this organisation, of this plan.
    As {
        plan_id: Uuid,
        organisation: OrganisationRow,
    },
    PlanNotFound,
    /// No organisation of the plan by the slug an admin gave.
    NoSuchOrganisation,
    /// A responder whose organisation belongs to another plan.
    OtherPlan,
    /// A responder naming an organisation that is not theirs.
    NotTheirs,
}

/// The organisation an answer is signed as. A responder (`responder` is their user id)
/// always signs as the organisation of their account, in its own plan; an admin
/// (`responder` is `None`) names one of the plan's organisations.
pub async fn acting(
    conn: &mut PgConnection,
    plan: &str,
    named: Option<&str>,
    responder: Option<Uuid>,
) -> Result<Acting, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT p.id AS plan_id, o.id AS "id?", o.slug AS "slug?", o.name AS "name?",
                  o.kind AS "kind?", (o.plan_id = p.id) AS "in_plan?"
             FROM plans p
             LEFT JOIN users u ON u.id = $3
             LEFT JOIN organisations o
                    ON o.id = CASE WHEN $3::uuid IS NULL
                                   THEN (SELECT id FROM organisations WHERE plan_id = p.id AND slug = $2)
                                   ELSE u.organisation_id END
            WHERE p.slug = $1"#,
        plan,
        named,
        responder
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        return Ok(Acting::PlanNotFound);
    };
    let (Some(id), Some(slug), Some(name), Some(kind)) = (row.id, row.slug, row.name, row.kind)
    else {
        return Ok(if responder.is_some() {
            Acting::OtherPlan
        } else {
            Acting::NoSuchOrganisation
        });
    };
    if row.in_plan != Some(true) {
        return Ok(Acting::OtherPlan);
    }
    if responder.is_some() && named.is_some_and(|n| n != slug) {
        return Ok(Acting::NotTheirs);
    }
    Ok(Acting::As {
        plan_id: row.plan_id,
        organisation: OrganisationRow {
            id,
            slug,
            name,
            kind,
        },
    })
}

/// Which contributions a response covers.
#[derive(Debug, Clone)]
pub enum Selection {
    Ids(Vec<Uuid>),
    /// Every visible contribution of the plan matching all of these that are given.
    Filter {
        neighbourhood: Option<String>,
        kind: Option<String>,
        theme: Option<String>,
        outcome: Option<String>,
    },
    /// Every visible contribution whose published point lies in this GeoJSON Polygon.
    Area(String),
}

/// A selected contribution, locked until the transaction ends.
#[derive(Debug, Clone)]
pub struct Selected {
    pub id: Uuid,
    pub outcome: OutcomeStatus,
    /// Whether the acting organisation may answer it: it is open, or its outcome was set
    /// by that organisation or referred to it.
    pub theirs: bool,
}

#[derive(Debug)]
pub enum Locked {
    Items(Vec<Selected>),
    /// Ids that name no contribution of the plan.
    Unknown(Vec<Uuid>),
    /// More than `MAX_SELECTION`.
    TooMany,
}

/// Locks the selected contributions of a plan (in id order, so two responses over the
/// same pins wait for each other instead of deadlocking). Filters and areas take what the
/// public or a moderator could see (not hidden, not withdrawn); ids may name any
/// contribution of the plan. `organisation` is the acting one; `admin` may answer any.
pub async fn lock_selection(
    conn: &mut PgConnection,
    plan_id: Uuid,
    selection: &Selection,
    organisation: Uuid,
    admin: bool,
) -> Result<Locked, sqlx::Error> {
    let cap = (MAX_SELECTION + 1) as i64;
    let rows = match selection {
        Selection::Ids(ids) => {
            if ids.len() > MAX_SELECTION {
                return Ok(Locked::TooMany);
            }
            let rows = sqlx::query!(
                r#"SELECT c.id, c.outcome,
                          ($3 OR r.id IS NULL OR r.organisation_id = $4 OR r.referred_to IS NOT DISTINCT FROM $4)
                              AS "theirs!"
                     FROM contributions c
                     LEFT JOIN responses r ON r.id = c.outcome_response_id
                    WHERE c.id = ANY($1) AND c.plan_id = $2
                    ORDER BY c.id
                      FOR UPDATE OF c"#,
                ids,
                plan_id,
                admin,
                organisation
            )
            .fetch_all(&mut *conn)
            .await?;
            let found: std::collections::HashSet<Uuid> = rows.iter().map(|r| r.id).collect();
            let mut unknown: Vec<Uuid> = ids
                .iter()
                .filter(|id| !found.contains(id))
                .copied()
                .collect();
            if !unknown.is_empty() {
                unknown.sort();
                unknown.dedup();
                return Ok(Locked::Unknown(unknown));
            }
            rows.into_iter()
                .map(|r| (r.id, r.outcome, r.theirs))
                .collect::<Vec<_>>()
        }
        Selection::Filter {
            neighbourhood,
            kind,
            theme,
            outcome,
        } => sqlx::query!(
            r#"SELECT c.id, c.outcome,
                      ($6 OR r.id IS NULL OR r.organisation_id = $7 OR r.referred_to IS NOT DISTINCT FROM $7)
                          AS "theirs!"
                 FROM contributions c
                 LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
                 LEFT JOIN responses r ON r.id = c.outcome_response_id
                WHERE c.plan_id = $1 AND c.status IN ('published', 'pending', 'internal')
                  AND ($2::text IS NULL OR n.slug = $2)
                  AND ($3::text IS NULL OR c.kind = $3)
                  AND ($4::text IS NULL OR $4 = ANY(c.themes))
                  AND ($5::text IS NULL OR c.outcome = $5)
                ORDER BY c.id
                LIMIT $8
                  FOR UPDATE OF c"#,
            plan_id,
            neighbourhood.as_deref(),
            kind.as_deref(),
            theme.as_deref(),
            outcome.as_deref(),
            admin,
            organisation,
            cap
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| (r.id, r.outcome, r.theirs))
        .collect(),
        Selection::Area(polygon) => sqlx::query!(
            r#"SELECT c.id, c.outcome,
                      ($3 OR r.id IS NULL OR r.organisation_id = $4 OR r.referred_to IS NOT DISTINCT FROM $4)
                          AS "theirs!"
                 FROM contributions c
                 LEFT JOIN responses r ON r.id = c.outcome_response_id
                WHERE c.plan_id = $1 AND c.status IN ('published', 'pending', 'internal')
                  AND ST_Intersects(c.geom, ST_SetSRID(ST_GeomFromGeoJSON($2), 4326))
                ORDER BY c.id
                LIMIT $5
                  FOR UPDATE OF c"#,
            plan_id,
            polygon,
            admin,
            organisation,
            cap
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| (r.id, r.outcome, r.theirs))
        .collect(),
    };
    if rows.len() > MAX_SELECTION {
        return Ok(Locked::TooMany);
    }
    rows.into_iter()
        .map(|(id, outcome, theirs)| {
            let outcome = outcome
                .parse()
                .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
            Ok(Selected {
                id,
                outcome,
                theirs,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map(Locked::Items)
}

/// Whether `id` is a contribution of the plan (what a duplicate may repeat).
pub async fn contribution_in_plan(
    db: impl PgExecutor<'_>,
    plan_id: Uuid,
    id: Uuid,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM contributions WHERE id = $1 AND plan_id = $2) AS "ok!""#,
        id,
        plan_id
    )
    .fetch_one(db)
    .await
}

/// What a written response did.
#[derive(Debug)]
pub struct Written {
    pub id: Uuid,
    pub created_at: OffsetDateTime,
    /// The published points of the contributions it changed, whose tiles are now stale.
    pub points: Vec<[f64; 2]>,
}

/// Writes a response and gives every selected contribution its outcome, with one audit
/// line per contribution (before, after, why) and one for the response. The caller
/// checked the transitions and owns the transaction: all of it, or nothing.
#[allow(clippy::too_many_arguments)]
pub async fn write_response(
    conn: &mut PgConnection,
    plan_id: Uuid,
    organisation: &OrganisationRow,
    referred_to: Option<&OrganisationRow>,
    response: &NewResponse,
    contributions: &[Uuid],
    actor: &str,
) -> Result<Written, sqlx::Error> {
    let month = response
        .expected_month
        .map(|m| {
            time::Month::try_from(m.month())
                .and_then(|month| Date::from_calendar_date(m.year(), month, 1))
                .map_err(|e| sqlx::Error::Encode(Box::new(e)))
        })
        .transpose()?;
    let (title, progress) = match &response.commitment {
        Some((title, progress)) => (Some(title.as_str()), Some(*progress)),
        None => (None, None),
    };
    let row = sqlx::query!(
        r#"INSERT INTO responses (plan_id, organisation_id, status, body, title, progress,
                                  expected_month, reason, referred_to, duplicate_of)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           RETURNING id, created_at"#,
        plan_id,
        organisation.id,
        response.status.as_str(),
        response.body,
        title,
        progress,
        month,
        response.reason,
        referred_to.map(|o| o.id),
        response.duplicate_of,
    )
    .fetch_one(&mut *conn)
    .await?;
    let why = response.reason.as_deref().unwrap_or(&response.body);
    let points = sqlx::query!(
        r#"WITH before AS (
               SELECT c.id, c.outcome, c.outcome_response_id
                 FROM contributions c WHERE c.id = ANY($1)
           ), changed AS (
               UPDATE contributions c
                  SET outcome = $2, outcome_response_id = $3,
                      commitment_id = CASE WHEN $4 THEN $3 ELSE c.commitment_id END,
                      outcome_updated_at = now()
                 FROM before b
                WHERE c.id = b.id
            RETURNING c.id, b.outcome AS before, b.outcome_response_id AS before_response,
                      ST_X(c.geom) AS lon, ST_Y(c.geom) AS lat
           ), audited AS (
               INSERT INTO audit_log (actor, action, target_type, target_id, reason, before, after)
               SELECT $5, 'contribution.outcome', 'contribution', changed.id::text, $6,
                      jsonb_build_object('outcome', changed.before, 'response', changed.before_response),
                      jsonb_build_object('outcome', $2::text, 'response', $3::uuid,
                                         'organisation', $7::text)
                 FROM changed
           )
           SELECT lon AS "lon!", lat AS "lat!" FROM changed"#,
        contributions,
        response.status.as_str(),
        row.id,
        response.commitment.is_some(),
        actor,
        why,
        organisation.slug,
    )
    .fetch_all(&mut *conn)
    .await?;
    crate::moderation::audit(
        &mut *conn,
        actor,
        "response.create",
        "response",
        &row.id.to_string(),
        response.reason.as_deref(),
        None,
        Some(json!({
            "organisation": organisation.slug,
            "status": response.status,
            "response": response.body,
            "title": title,
            "progress": progress,
            "expected_month": month.map(|m| format!("{:04}-{:02}", m.year(), u8::from(m.month()))),
            "referred_to": referred_to.map(|o| o.slug.as_str()),
            "duplicate_of": response.duplicate_of,
            "contributions": contributions.len(),
        })),
    )
    .await?;
    Ok(Written {
        id: row.id,
        created_at: row.created_at,
        points: points.into_iter().map(|p| [p.lon, p.lat]).collect(),
    })
}

#[derive(Debug)]
pub enum Update {
    Done {
        progress: i16,
        on_date: Date,
    },
    NotFound,
    /// The response is another organisation's.
    NotTheirs,
    /// Only a commitment (a response with a title) has progress.
    NotACommitment,
}

/// Records a commitment's dated progress update for its organisation (`responder`: the
/// user acting, whose organisation must have written it; admins pass `None`). The
/// contributions behind it are touched so open maps hear of the new progress.
pub async fn add_update(
    conn: &mut PgConnection,
    response: Uuid,
    responder: Option<Uuid>,
    update: &ProgressUpdate,
    on_date: Option<Date>,
    actor: &str,
) -> Result<Update, sqlx::Error> {
    let Some(current) = sqlx::query!(
        r#"SELECT r.title, r.progress,
                  ($2::uuid IS NULL OR r.organisation_id
                      = (SELECT organisation_id FROM users WHERE id = $2)) AS "theirs!"
             FROM responses r WHERE r.id = $1 FOR UPDATE"#,
        response,
        responder
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(Update::NotFound);
    };
    if !current.theirs {
        return Ok(Update::NotTheirs);
    }
    if current.title.is_none() {
        return Ok(Update::NotACommitment);
    }
    let on_date = sqlx::query_scalar!(
        r#"INSERT INTO response_updates (response_id, progress, note, on_date)
           VALUES ($1, $2, $3, coalesce($4, current_date))
           RETURNING on_date"#,
        response,
        update.progress,
        update.note,
        on_date
    )
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query!(
        "UPDATE responses SET progress = $2, updated_at = now() WHERE id = $1",
        response,
        update.progress
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "UPDATE contributions SET outcome_updated_at = now() WHERE commitment_id = $1",
        response
    )
    .execute(&mut *conn)
    .await?;
    crate::moderation::audit(
        &mut *conn,
        actor,
        "response.progress",
        "response",
        &response.to_string(),
        Some(&update.note),
        Some(json!({ "progress": current.progress })),
        Some(json!({ "progress": update.progress, "on_date": on_date.to_string() })),
    )
    .await?;
    Ok(Update::Done {
        progress: update.progress,
        on_date,
    })
}

/// A commitment as the public sees it: only published contributions are counted.
#[derive(Debug, Clone)]
pub struct CommitmentRow {
    pub id: Uuid,
    pub plan: String,
    pub title: String,
    pub organisation: String,
    pub status: String,
    pub response: String,
    pub progress: i16,
    pub expected_month: Option<String>,
    pub reason: Option<String>,
    pub voices: i64,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

/// A plan's commitments, newest first, each with the number of published contributions
/// behind it; with `neighbourhood`, those with one there, counting only those.
pub async fn commitments(
    db: impl PgExecutor<'_>,
    plan: &str,
    neighbourhood: Option<&str>,
) -> Result<Vec<CommitmentRow>, sqlx::Error> {
    sqlx::query_as!(
        CommitmentRow,
        r#"SELECT k.id, p.slug AS plan, k.title AS "title!", o.name AS organisation,
                  k.status, k.body AS response, k.progress AS "progress!",
                  to_char(k.expected_month, 'YYYY-MM') AS expected_month, k.reason,
                  count(c.id) FILTER (WHERE $2::text IS NULL OR n.slug = $2) AS "voices!",
                  k.created_at, k.updated_at
             FROM responses k
             JOIN plans p ON p.id = k.plan_id
             JOIN organisations o ON o.id = k.organisation_id
             LEFT JOIN contributions_public c ON c.commitment_id = k.id
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
            WHERE p.slug = $1 AND k.title IS NOT NULL
            GROUP BY k.id, p.slug, o.name
           HAVING $2::text IS NULL OR count(c.id) FILTER (WHERE n.slug = $2) > 0
            ORDER BY k.created_at DESC, k.id"#,
        plan,
        neighbourhood
    )
    .fetch_all(db)
    .await
}

/// One commitment, whatever is behind it (`voices` counts only published ones).
pub async fn commitment(
    db: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<CommitmentRow>, sqlx::Error> {
    sqlx::query_as!(
        CommitmentRow,
        r#"SELECT k.id, p.slug AS plan, k.title AS "title!", o.name AS organisation,
                  k.status, k.body AS response, k.progress AS "progress!",
                  to_char(k.expected_month, 'YYYY-MM') AS expected_month, k.reason,
                  (SELECT count(*) FROM contributions_public c WHERE c.commitment_id = k.id)
                      AS "voices!",
                  k.created_at, k.updated_at
             FROM responses k
             JOIN plans p ON p.id = k.plan_id
             JOIN organisations o ON o.id = k.organisation_id
            WHERE k.id = $1 AND k.title IS NOT NULL"#,
        id
    )
    .fetch_optional(db)
    .await
}

#[derive(Debug, Clone)]
pub struct UpdateRow {
    pub progress: i16,
    pub note: String,
    pub on_date: Date,
}

/// A commitment's progress updates, oldest first.
pub async fn updates(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<UpdateRow>, sqlx::Error> {
    sqlx::query_as!(
        UpdateRow,
        r#"SELECT progress, note, on_date FROM response_updates
            WHERE response_id = $1 ORDER BY on_date, created_at, id"#,
        id
    )
    .fetch_all(db)
    .await
}

/// A published contribution behind a commitment, or with a final outcome.
#[derive(Debug, Clone)]
pub struct AnsweredRow {
    pub id: Uuid,
    pub title: String,
    pub neighbourhood: Option<String>,
    pub outcome: String,
    pub organisation: Option<String>,
    pub response: Option<String>,
    pub reason: Option<String>,
    pub commitment: Option<Uuid>,
}

/// The published contributions behind a commitment, oldest first.
pub async fn behind(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<AnsweredRow>, sqlx::Error> {
    sqlx::query_as!(
        AnsweredRow,
        r#"SELECT c.id AS "id!", c.title AS "title!", n.slug AS "neighbourhood?",
                  c.outcome AS "outcome!", o.name AS "organisation?", r.body AS "response?",
                  r.reason AS "reason?", c.commitment_id AS commitment
             FROM contributions_public c
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
             LEFT JOIN responses r ON r.id = c.outcome_response_id
             LEFT JOIN organisations o ON o.id = r.organisation_id
            WHERE c.commitment_id = $1
            ORDER BY c.created_at, c.id"#,
        id
    )
    .fetch_all(db)
    .await
}

/// A plan's published contributions that are done or not possible (in `neighbourhood`,
/// when given), most recently answered first.
pub async fn finished(
    db: impl PgExecutor<'_>,
    plan: &str,
    neighbourhood: Option<&str>,
) -> Result<Vec<AnsweredRow>, sqlx::Error> {
    sqlx::query_as!(
        AnsweredRow,
        r#"SELECT c.id AS "id!", c.title AS "title!", n.slug AS "neighbourhood?",
                  c.outcome AS "outcome!", o.name AS "organisation?", r.body AS "response?",
                  r.reason AS "reason?", c.commitment_id AS commitment
             FROM contributions_public c
             JOIN plans p ON p.id = c.plan_id
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
             LEFT JOIN responses r ON r.id = c.outcome_response_id
             LEFT JOIN organisations o ON o.id = r.organisation_id
            WHERE p.slug = $1 AND c.outcome IN ('done', 'not_possible')
              AND ($2::text IS NULL OR n.slug = $2)
            ORDER BY c.outcome_updated_at DESC, c.id"#,
        plan,
        neighbourhood
    )
    .fetch_all(db)
    .await
}

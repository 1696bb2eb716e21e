//! Collaborative Action Groups: a plan's forums for one area, their members, meetings
//! (agenda, minutes, action points), threads and resources. Who may see what is decided
//! by the caller from `membership`; the functions here never widen it.

use serde_json::{Value, json};
use sqlx::{PgConnection, PgExecutor};
use time::{Date, OffsetDateTime, Time};
use uuid::Uuid;

use crate::subscriptions::{Mail, queue};

#[derive(Debug, Clone)]
pub struct GroupRow {
    pub id: Uuid,
    pub plan: String,
    pub slug: String,
    pub name: String,
    pub purpose: String,
    /// The drawn outline as GeoJSON, when there is one.
    pub outline: Option<Value>,
    /// The slugs of the neighbourhoods it covers.
    pub neighbourhoods: Vec<String>,
    pub weekday: i16,
    pub meets_at: Time,
    pub timezone: String,
    pub interval_weeks: i16,
    pub created_at: OffsetDateTime,
}

/// A group to create; the outline is GeoJSON (Polygon or MultiPolygon, WGS 84).
#[derive(Debug, Clone)]
pub struct NewGroup<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub purpose: &'a str,
    pub neighbourhoods: &'a [String],
    pub outline: Option<String>,
    pub weekday: i16,
    pub meets_at: Time,
    pub interval_weeks: i16,
}

#[derive(Debug)]
pub enum CreateGroup {
    Created(Uuid),
    PlanNotFound,
    SlugTaken,
    /// These neighbourhood slugs are not the plan's.
    UnknownNeighbourhoods(Vec<String>),
    /// The outline is not a valid polygon.
    BadOutline,
}

/// Creates a group and makes `creator` its first facilitator.
pub async fn create(
    conn: &mut PgConnection,
    plan: &str,
    group: &NewGroup<'_>,
    creator: Uuid,
) -> Result<CreateGroup, sqlx::Error> {
    let Some(plan_row) = crate::plans::get(&mut *conn, plan).await? else {
        return Ok(CreateGroup::PlanNotFound);
    };
    let known: Vec<String> = sqlx::query_scalar!(
        "SELECT slug FROM neighbourhoods WHERE plan_id = $1 AND slug = ANY($2)",
        plan_row.id,
        group.neighbourhoods
    )
    .fetch_all(&mut *conn)
    .await?;
    let unknown: Vec<String> = group
        .neighbourhoods
        .iter()
        .filter(|n| !known.contains(n))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Ok(CreateGroup::UnknownNeighbourhoods(unknown));
    }
    if let Some(outline) = &group.outline {
        let valid = sqlx::query_scalar!(
            r#"SELECT COALESCE(GeometryType(g) IN ('POLYGON', 'MULTIPOLYGON') AND ST_IsValid(g), false)
                      AS "valid!"
                 FROM (SELECT ST_GeomFromGeoJSON($1) AS g) x"#,
            outline
        )
        .fetch_one(&mut *conn)
        .await;
        if !matches!(valid, Ok(true)) {
            return Ok(CreateGroup::BadOutline);
        }
    }
    let id = sqlx::query_scalar!(
        r#"INSERT INTO groups (plan_id, slug, name, purpose, outline, weekday, meets_at, interval_weeks)
           VALUES ($1, $2, $3, $4, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($5), 4326)), $6, $7, $8)
           ON CONFLICT (plan_id, slug) DO NOTHING
           RETURNING id"#,
        plan_row.id,
        group.slug,
        group.name,
        group.purpose,
        group.outline,
        group.weekday,
        group.meets_at,
        group.interval_weeks
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(id) = id else {
        return Ok(CreateGroup::SlugTaken);
    };
    sqlx::query!(
        r#"INSERT INTO group_neighbourhoods (group_id, neighbourhood_id)
           SELECT $1, n.id FROM neighbourhoods n WHERE n.plan_id = $2 AND n.slug = ANY($3)"#,
        id,
        plan_row.id,
        group.neighbourhoods
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        r#"INSERT INTO group_members (group_id, user_id, role, status, joined_at)
           VALUES ($1, $2, 'facilitator', 'active', now())"#,
        id,
        creator
    )
    .execute(&mut *conn)
    .await?;
    Ok(CreateGroup::Created(id))
}

/// The groups of a plan by name; `None` when there is no such plan.
pub async fn list(
    db: impl PgExecutor<'_> + Copy,
    plan: &str,
) -> Result<Option<Vec<GroupRow>>, sqlx::Error> {
    if crate::plans::get(db, plan).await?.is_none() {
        return Ok(None);
    }
    sqlx::query_as!(
        GroupRow,
        r#"SELECT g.id, p.slug AS plan, g.slug, g.name, g.purpose,
                  ST_AsGeoJSON(g.outline, 6)::jsonb AS outline,
                  ARRAY(SELECT n.slug FROM group_neighbourhoods gn
                          JOIN neighbourhoods n ON n.id = gn.neighbourhood_id
                         WHERE gn.group_id = g.id ORDER BY n.slug) AS "neighbourhoods!",
                  g.weekday, g.meets_at, g.timezone, g.interval_weeks, g.created_at
             FROM groups g JOIN plans p ON p.id = g.plan_id
            WHERE p.slug = $1
            ORDER BY g.name, g.id"#,
        plan
    )
    .fetch_all(db)
    .await
    .map(Some)
}

pub async fn get(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<GroupRow>, sqlx::Error> {
    sqlx::query_as!(
        GroupRow,
        r#"SELECT g.id, p.slug AS plan, g.slug, g.name, g.purpose,
                  ST_AsGeoJSON(g.outline, 6)::jsonb AS outline,
                  ARRAY(SELECT n.slug FROM group_neighbourhoods gn
                          JOIN neighbourhoods n ON n.id = gn.neighbourhood_id
                         WHERE gn.group_id = g.id ORDER BY n.slug) AS "neighbourhoods!",
                  g.weekday, g.meets_at, g.timezone, g.interval_weeks, g.created_at
             FROM groups g JOIN plans p ON p.id = g.plan_id
            WHERE g.id = $1"#,
        id
    )
    .fetch_optional(db)
    .await
}

/// A person's place in a group: `(role, status)`, `None` for a stranger.
pub async fn membership(
    db: impl PgExecutor<'_>,
    group: Uuid,
    user: Uuid,
) -> Result<Option<(String, String)>, sqlx::Error> {
    let row = sqlx::query!(
        "SELECT role, status FROM group_members WHERE group_id = $1 AND user_id = $2",
        group,
        user
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| (r.role, r.status)))
}

/// Asks to join; asking again (or while a member) changes nothing and answers the
/// person's place as it is.
pub async fn request_join(
    conn: &mut PgConnection,
    group: Uuid,
    user: Uuid,
) -> Result<(String, String), sqlx::Error> {
    sqlx::query!(
        r#"INSERT INTO group_members (group_id, user_id) VALUES ($1, $2)
           ON CONFLICT (group_id, user_id) DO NOTHING"#,
        group,
        user
    )
    .execute(&mut *conn)
    .await?;
    Ok(membership(&mut *conn, group, user)
        .await?
        .unwrap_or_else(|| ("member".into(), "requested".into())))
}

/// Approves a request (or makes a member a facilitator); `false` when the person has
/// not asked.
pub async fn set_member(
    db: impl PgExecutor<'_>,
    group: Uuid,
    user: Uuid,
    role: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        r#"UPDATE group_members
              SET status = 'active', role = $3, joined_at = COALESCE(joined_at, now())
            WHERE group_id = $1 AND user_id = $2"#,
        group,
        user,
        role
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes a member or a request (leaving, or a facilitator's removal).
pub async fn remove_member(
    db: impl PgExecutor<'_>,
    group: Uuid,
    user: Uuid,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "DELETE FROM group_members WHERE group_id = $1 AND user_id = $2",
        group,
        user
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets whether a member gets the daily mail of new threads.
/// Whether a member asked for the daily mail of new threads; `None` without an active
/// membership.
pub async fn thread_digest_of(
    db: impl PgExecutor<'_>,
    group: Uuid,
    user: Uuid,
) -> Result<Option<bool>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT thread_digest FROM group_members
            WHERE group_id = $1 AND user_id = $2 AND status = 'active'"#,
        group,
        user
    )
    .fetch_optional(db)
    .await
}

pub async fn set_thread_digest(
    db: impl PgExecutor<'_>,
    group: Uuid,
    user: Uuid,
    on: bool,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        r#"UPDATE group_members SET thread_digest = $3, digested_to = COALESCE(digested_to, now())
            WHERE group_id = $1 AND user_id = $2 AND status = 'active'"#,
        group,
        user,
        on
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Debug, Clone)]
pub struct MemberRow {
    pub user_id: Uuid,
    pub display_name: Option<String>,
    pub role: String,
    pub status: String,
}

pub async fn members(db: impl PgExecutor<'_>, group: Uuid) -> Result<Vec<MemberRow>, sqlx::Error> {
    sqlx::query_as!(
        MemberRow,
        r#"SELECT m.user_id, u.display_name, m.role, m.status
             FROM group_members m JOIN users u ON u.id = m.user_id
            WHERE m.group_id = $1
            ORDER BY m.status, m.role, u.display_name, m.user_id"#,
        group
    )
    .fetch_all(db)
    .await
}

#[derive(Debug, Clone)]
pub struct MeetingRow {
    pub id: Uuid,
    pub group_id: Uuid,
    pub starts_at: OffsetDateTime,
    pub status: String,
    pub minutes_md: String,
    pub published_at: Option<OffsetDateTime>,
}

/// Adds a meeting; a second one at the same time is the first.
pub async fn create_meeting(
    conn: &mut PgConnection,
    group: Uuid,
    starts_at: OffsetDateTime,
) -> Result<MeetingRow, sqlx::Error> {
    sqlx::query!(
        r#"INSERT INTO group_meetings (group_id, starts_at) VALUES ($1, $2)
           ON CONFLICT (group_id, starts_at) DO NOTHING"#,
        group,
        starts_at
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query_as!(
        MeetingRow,
        r#"SELECT id, group_id, starts_at, status, minutes_md, published_at
             FROM group_meetings WHERE group_id = $1 AND starts_at = $2"#,
        group,
        starts_at
    )
    .fetch_one(conn)
    .await
}

/// A group's meetings, oldest first.
pub async fn meetings(
    db: impl PgExecutor<'_>,
    group: Uuid,
) -> Result<Vec<MeetingRow>, sqlx::Error> {
    sqlx::query_as!(
        MeetingRow,
        r#"SELECT id, group_id, starts_at, status, minutes_md, published_at
             FROM group_meetings WHERE group_id = $1 ORDER BY starts_at, id"#,
        group
    )
    .fetch_all(db)
    .await
}

pub async fn meeting(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<MeetingRow>, sqlx::Error> {
    sqlx::query_as!(
        MeetingRow,
        r#"SELECT id, group_id, starts_at, status, minutes_md, published_at
             FROM group_meetings WHERE id = $1"#,
        id
    )
    .fetch_optional(db)
    .await
}

/// Replaces a meeting's minutes (a draft until published; published minutes may be
/// corrected and stay published).
pub async fn set_minutes(
    db: impl PgExecutor<'_>,
    meeting: Uuid,
    minutes: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "UPDATE group_meetings SET minutes_md = $2, status = 'held' WHERE id = $1",
        meeting,
        minutes
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Publishes the minutes; `false` when they were already published.
pub async fn publish_minutes(db: impl PgExecutor<'_>, meeting: Uuid) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        r#"UPDATE group_meetings SET published_at = now(), status = 'held'
            WHERE id = $1 AND published_at IS NULL"#,
        meeting
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records who came (members of the group only; others are ignored).
pub async fn set_attendance(
    conn: &mut PgConnection,
    meeting: Uuid,
    group: Uuid,
    users: &[Uuid],
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "DELETE FROM group_attendance WHERE meeting_id = $1",
        meeting
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        r#"INSERT INTO group_attendance (meeting_id, user_id)
           SELECT $1, m.user_id FROM group_members m
            WHERE m.group_id = $2 AND m.status = 'active' AND m.user_id = ANY($3)"#,
        meeting,
        group,
        users
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn attendance(db: impl PgExecutor<'_>, meeting: Uuid) -> Result<Vec<Uuid>, sqlx::Error> {
    sqlx::query_scalar!(
        "SELECT user_id FROM group_attendance WHERE meeting_id = $1 ORDER BY user_id",
        meeting
    )
    .fetch_all(db)
    .await
}

#[derive(Debug, Clone)]
pub struct AgendaRow {
    pub id: Uuid,
    pub text: String,
    pub contribution_id: Option<Uuid>,
    pub proposal_id: Option<Uuid>,
    pub raised_to: Option<Uuid>,
    pub raised_to_name: Option<String>,
    pub created_at: OffsetDateTime,
}

pub async fn agenda(db: impl PgExecutor<'_>, meeting: Uuid) -> Result<Vec<AgendaRow>, sqlx::Error> {
    sqlx::query_as!(
        AgendaRow,
        r#"SELECT a.id, a.text, a.contribution_id, a.proposal_id, a.raised_to,
                  o.name AS "raised_to_name?", a.created_at
             FROM group_agenda_items a LEFT JOIN organisations o ON o.id = a.raised_to
            WHERE a.meeting_id = $1 ORDER BY a.created_at, a.id"#,
        meeting
    )
    .fetch_all(db)
    .await
}

/// What an agenda item is about: free text, a published pin or a proposal of the plan.
#[derive(Debug, Clone, Copy)]
pub enum AgendaSource {
    Text,
    Contribution(Uuid),
    Proposal(Uuid),
}

/// Adds an item; adding the same pin or proposal again returns the first item. `None`
/// when the pin or proposal is not a public one of the group's plan.
pub async fn add_agenda_item(
    conn: &mut PgConnection,
    meeting: Uuid,
    text: Option<&str>,
    source: AgendaSource,
    user: Uuid,
) -> Result<Option<AgendaRow>, sqlx::Error> {
    let (contribution, proposal) = match source {
        AgendaSource::Text => (None, None),
        AgendaSource::Contribution(id) => (Some(id), None),
        AgendaSource::Proposal(id) => (None, Some(id)),
    };
    // The item's text: as given, else the pin's or proposal's title, which must be
    // public and in the meeting's plan.
    let text = sqlx::query_scalar!(
        r#"SELECT COALESCE($2::text,
                  (SELECT c.title FROM contributions_public c WHERE c.id = $3 AND c.plan_id = g.plan_id),
                  (SELECT p.title FROM proposals p WHERE p.id = $4 AND p.plan_id = g.plan_id
                      AND p.status <> 'draft')) AS "text"
             FROM group_meetings m JOIN groups g ON g.id = m.group_id
            WHERE m.id = $1
              AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM contributions_public c
                                                WHERE c.id = $3 AND c.plan_id = g.plan_id))
              AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM proposals p
                                                WHERE p.id = $4 AND p.plan_id = g.plan_id
                                                  AND p.status <> 'draft'))"#,
        meeting,
        text,
        contribution,
        proposal
    )
    .fetch_optional(&mut *conn)
    .await?
    .flatten();
    let Some(text) = text else {
        return Ok(None);
    };
    let text: String = text.chars().take(500).collect();
    let id = sqlx::query_scalar!(
        r#"INSERT INTO group_agenda_items (meeting_id, text, contribution_id, proposal_id, added_by)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT DO NOTHING
           RETURNING id"#,
        meeting,
        text,
        contribution,
        proposal,
        user
    )
    .fetch_optional(&mut *conn)
    .await?;
    let id = match id {
        Some(id) => id,
        None => {
            sqlx::query_scalar!(
                r#"SELECT id FROM group_agenda_items
                WHERE meeting_id = $1
                  AND (contribution_id = $2 OR proposal_id = $3)"#,
                meeting,
                contribution,
                proposal
            )
            .fetch_one(&mut *conn)
            .await?
        }
    };
    let items = agenda(&mut *conn, meeting).await?;
    Ok(items.into_iter().find(|i| i.id == id))
}

#[derive(Debug)]
pub enum Raise {
    Done(AgendaRow),
    ItemNotFound,
    /// The organisation is not one of the group's plan.
    OrganisationNotFound,
}

/// "Raise it": carries an agenda item to an organisation of the plan.
pub async fn raise(
    conn: &mut PgConnection,
    meeting: Uuid,
    item: Uuid,
    organisation: Uuid,
) -> Result<Raise, sqlx::Error> {
    let Some(plan_id) = sqlx::query_scalar!(
        r#"SELECT g.plan_id FROM group_agenda_items a
             JOIN group_meetings m ON m.id = a.meeting_id JOIN groups g ON g.id = m.group_id
            WHERE a.id = $1 AND a.meeting_id = $2"#,
        item,
        meeting
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(Raise::ItemNotFound);
    };
    let done = sqlx::query!(
        r#"UPDATE group_agenda_items SET raised_to = $2, raised_at = now()
            WHERE id = $1
              AND EXISTS (SELECT 1 FROM organisations o WHERE o.id = $2 AND o.plan_id = $3)"#,
        item,
        organisation,
        plan_id
    )
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(Raise::OrganisationNotFound);
    }
    let items = agenda(&mut *conn, meeting).await?;
    Ok(items
        .into_iter()
        .find(|i| i.id == item)
        .map_or(Raise::ItemNotFound, Raise::Done))
}

/// An item raised to an organisation, as its responders see it.
#[derive(Debug, Clone)]
pub struct RaisedRow {
    pub id: Uuid,
    pub text: String,
    pub group_id: Uuid,
    pub group_name: String,
    pub meeting_id: Uuid,
    pub contribution_id: Option<Uuid>,
    pub proposal_id: Option<Uuid>,
    pub raised_at: OffsetDateTime,
}

/// The items groups raised to an organisation, newest first.
pub async fn raised_to(
    db: impl PgExecutor<'_>,
    organisation: Uuid,
) -> Result<Vec<RaisedRow>, sqlx::Error> {
    sqlx::query_as!(
        RaisedRow,
        r#"SELECT a.id, a.text, g.id AS group_id, g.name AS group_name, a.meeting_id,
                  a.contribution_id, a.proposal_id, a.raised_at AS "raised_at!"
             FROM group_agenda_items a
             JOIN group_meetings m ON m.id = a.meeting_id JOIN groups g ON g.id = m.group_id
            WHERE a.raised_to = $1
            ORDER BY a.raised_at DESC, a.id"#,
        organisation
    )
    .fetch_all(db)
    .await
}

#[derive(Debug, Clone)]
pub struct ActionPointRow {
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub text: String,
    pub owner_name: String,
    pub due: Option<Date>,
    pub done_at: Option<OffsetDateTime>,
}

pub async fn add_action_point(
    db: impl PgExecutor<'_>,
    meeting: &MeetingRow,
    text: &str,
    owner: &str,
    due: Option<Date>,
) -> Result<ActionPointRow, sqlx::Error> {
    sqlx::query_as!(
        ActionPointRow,
        r#"INSERT INTO group_action_points (group_id, meeting_id, text, owner_name, due)
           VALUES ($1, $2, $3, $4, $5)
           RETURNING id, meeting_id, text, owner_name, due, done_at"#,
        meeting.group_id,
        meeting.id,
        text,
        owner,
        due
    )
    .fetch_one(db)
    .await
}

/// The action points a meeting goes through: those raised at it or before it, not
/// done before the previous meeting began (done since then, they show once, ticked).
pub async fn action_points(
    db: impl PgExecutor<'_>,
    meeting: &MeetingRow,
) -> Result<Vec<ActionPointRow>, sqlx::Error> {
    sqlx::query_as!(
        ActionPointRow,
        r#"SELECT a.id, a.meeting_id, a.text, a.owner_name, a.due, a.done_at
             FROM group_action_points a JOIN group_meetings raised ON raised.id = a.meeting_id
            WHERE a.group_id = $1 AND raised.starts_at <= $2
              AND (a.done_at IS NULL OR a.meeting_id = $3 OR a.done_at >= COALESCE(
                    (SELECT max(p.starts_at) FROM group_meetings p
                      WHERE p.group_id = $1 AND p.starts_at < $2), '-infinity'))
            ORDER BY raised.starts_at, a.created_at, a.id"#,
        meeting.group_id,
        meeting.starts_at,
        meeting.id
    )
    .fetch_all(db)
    .await
}

/// Marks an action point done or not done; `false` when it is not the group's.
pub async fn set_action_point_done(
    db: impl PgExecutor<'_>,
    group: Uuid,
    id: Uuid,
    done: bool,
) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query!(
        r#"UPDATE group_action_points
              SET done_at = CASE WHEN $3 THEN COALESCE(done_at, now()) END
            WHERE id = $1 AND group_id = $2"#,
        id,
        group,
        done
    )
    .execute(db)
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// A pin or proposal in the "since last week" panel.
#[derive(Debug, Clone)]
pub struct AreaItem {
    /// `contribution` or `proposal`.
    pub item_type: String,
    pub id: Uuid,
    pub title: String,
    pub kind: String,
    pub support_count: i32,
    pub outcome: Option<String>,
    pub created_at: OffsetDateTime,
    pub lon: f64,
    pub lat: f64,
}

/// What happened in the group's area: the pins, conversations and proposals since
/// `since`, the most supported open pins, and the pins whose outcome is still open
/// with an organisation (referred, considering, planned).
#[derive(Debug, Clone, Default)]
pub struct SinceLastWeek {
    pub new: Vec<AreaItem>,
    pub most_supported: Vec<AreaItem>,
    pub open_outcomes: Vec<AreaItem>,
}

pub async fn since_last_week(
    conn: &mut PgConnection,
    group: Uuid,
    since: OffsetDateTime,
) -> Result<SinceLastWeek, sqlx::Error> {
    let new = sqlx::query_as!(
        AreaItem,
        r#"WITH area AS (
               SELECT g.plan_id, g.outline,
                      ARRAY(SELECT neighbourhood_id FROM group_neighbourhoods WHERE group_id = g.id) AS hoods
                 FROM groups g WHERE g.id = $1)
           SELECT * FROM (
             SELECT 'contribution' AS "item_type!", c.id AS "id!", c.title AS "title!",
                    c.kind AS "kind!", c.support_count AS "support_count!",
                    c.outcome AS "outcome?", c.created_at AS "created_at!",
                    ST_X(c.geom) AS "lon!", ST_Y(c.geom) AS "lat!"
               FROM contributions_public c, area
              WHERE c.plan_id = area.plan_id AND c.created_at >= $2
                AND (c.neighbourhood_id = ANY(area.hoods) OR ST_Intersects(c.geom, area.outline))
             UNION ALL
             SELECT 'proposal', p.id, p.title, p.technology, 0, NULL, p.created_at,
                    ST_X(p.site_point), ST_Y(p.site_point)
               FROM proposals p, area
              WHERE p.plan_id = area.plan_id AND p.status <> 'draft' AND p.created_at >= $2
                AND (ST_Intersects(p.site, area.outline)
                     OR EXISTS (SELECT 1 FROM neighbourhoods n
                                 WHERE n.id = ANY(area.hoods) AND ST_Intersects(p.site, n.boundary)))
           ) x ORDER BY "support_count!" DESC, "created_at!" DESC LIMIT 50"#,
        group,
        since
    )
    .fetch_all(&mut *conn)
    .await?;
    let most_supported = pins_in_area(&mut *conn, group, false).await?;
    let open_outcomes = pins_in_area(&mut *conn, group, true).await?;
    Ok(SinceLastWeek {
        new,
        most_supported,
        open_outcomes,
    })
}

/// The most supported public pins of the area (`with_open_outcome`: only those an
/// organisation is working on).
async fn pins_in_area(
    conn: &mut PgConnection,
    group: Uuid,
    with_open_outcome: bool,
) -> Result<Vec<AreaItem>, sqlx::Error> {
    sqlx::query_as!(
        AreaItem,
        r#"WITH area AS (
               SELECT g.plan_id, g.outline,
                      ARRAY(SELECT neighbourhood_id FROM group_neighbourhoods WHERE group_id = g.id) AS hoods
                 FROM groups g WHERE g.id = $1)
           SELECT 'contribution' AS "item_type!", c.id AS "id!", c.title AS "title!",
                  c.kind AS "kind!", c.support_count AS "support_count!",
                  c.outcome AS "outcome?", c.created_at AS "created_at!",
                  ST_X(c.geom) AS "lon!", ST_Y(c.geom) AS "lat!"
             FROM contributions_public c, area
            WHERE c.plan_id = area.plan_id
              AND (c.neighbourhood_id = ANY(area.hoods) OR ST_Intersects(c.geom, area.outline))
              AND CASE WHEN $2 THEN c.outcome IN ('referred', 'considering', 'planned')
                       ELSE c.outcome = 'open' AND c.support_count > 0 END
            ORDER BY c.support_count DESC, c.created_at DESC LIMIT 10"#,
        group,
        with_open_outcome
    )
    .fetch_all(conn)
    .await
}

#[derive(Debug, Clone)]
pub struct PostRow {
    pub id: Uuid,
    pub thread_id: Option<Uuid>,
    pub title: Option<String>,
    pub body: String,
    pub author: Option<String>,
    pub status: String,
    pub reply_count: i64,
    pub created_at: OffsetDateTime,
}

/// A group's threads, newest first; hidden ones only for those who moderate them.
pub async fn threads(
    db: impl PgExecutor<'_>,
    group: Uuid,
    include_hidden: bool,
) -> Result<Vec<PostRow>, sqlx::Error> {
    sqlx::query_as!(
        PostRow,
        r#"SELECT t.id, t.thread_id, t.title, t.body, u.display_name AS "author?", t.status,
                  (SELECT count(*) FROM group_posts r
                    WHERE r.thread_id = t.id AND r.status = 'published') AS "reply_count!",
                  t.created_at
             FROM group_posts t LEFT JOIN users u ON u.id = t.author_id
            WHERE t.group_id = $1 AND t.thread_id IS NULL
              AND (t.status = 'published' OR $2)
            ORDER BY t.created_at DESC, t.id"#,
        group,
        include_hidden
    )
    .fetch_all(db)
    .await
}

/// A thread and its replies, oldest first.
pub async fn thread(
    db: impl PgExecutor<'_>,
    group: Uuid,
    id: Uuid,
    include_hidden: bool,
) -> Result<Vec<PostRow>, sqlx::Error> {
    sqlx::query_as!(
        PostRow,
        r#"SELECT p.id, p.thread_id, p.title, p.body, u.display_name AS "author?", p.status,
                  0::bigint AS "reply_count!", p.created_at
             FROM group_posts p LEFT JOIN users u ON u.id = p.author_id
            WHERE p.group_id = $1 AND (p.id = $2 OR p.thread_id = $2)
              AND (p.status = 'published' OR $3)
            ORDER BY p.thread_id NULLS FIRST, p.created_at, p.id"#,
        group,
        id,
        include_hidden
    )
    .fetch_all(db)
    .await
}

/// Posts a thread (`thread_id` None, with a title) or a reply to a published thread of
/// the group; `None` when there is no such thread.
pub async fn post(
    db: impl PgExecutor<'_>,
    group: Uuid,
    thread_id: Option<Uuid>,
    title: Option<&str>,
    body: &str,
    author: Uuid,
) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"INSERT INTO group_posts (group_id, thread_id, title, body, author_id)
           SELECT $1, $2, $3, $4, $5
            WHERE $2::uuid IS NULL
               OR EXISTS (SELECT 1 FROM group_posts t WHERE t.id = $2 AND t.group_id = $1
                             AND t.thread_id IS NULL AND t.status = 'published')
           RETURNING id"#,
        group,
        thread_id,
        title,
        body,
        author
    )
    .fetch_optional(db)
    .await
}

/// Flags a published post of the group once per reporter; `None` when there is none.
pub async fn flag_post(
    db: impl PgExecutor<'_>,
    group: Uuid,
    post: Uuid,
    reporter_key: &str,
    reason: &str,
) -> Result<Option<()>, sqlx::Error> {
    let row = sqlx::query_scalar!(
        r#"WITH target AS (SELECT id FROM group_posts
                            WHERE id = $2 AND group_id = $1 AND status = 'published'),
                ins AS (INSERT INTO group_post_flags (post_id, reporter_key, reason)
                        SELECT id, $3, $4 FROM target
                        ON CONFLICT (post_id, reporter_key) DO NOTHING)
           SELECT id FROM target"#,
        group,
        post,
        reporter_key,
        reason
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|_| ()))
}

/// Hides (`hidden`) or restores (`published`) a post, resolves its flags and writes the
/// audit log, like a moderator's action on a pin. `None` when the post is not the
/// group's or already has that status.
pub async fn moderate_post(
    conn: &mut PgConnection,
    group: Uuid,
    post: Uuid,
    to: &str,
    reason: &str,
    actor: &str,
) -> Result<Option<()>, sqlx::Error> {
    let before = sqlx::query_scalar!(
        r#"SELECT status FROM group_posts WHERE id = $1 AND group_id = $2 FOR UPDATE"#,
        post,
        group
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(before) = before.filter(|s| s != to && s != "withdrawn") else {
        return Ok(None);
    };
    sqlx::query!("UPDATE group_posts SET status = $2 WHERE id = $1", post, to)
        .execute(&mut *conn)
        .await?;
    sqlx::query!(
        "UPDATE group_post_flags SET resolved_at = now() WHERE post_id = $1 AND resolved_at IS NULL",
        post
    )
    .execute(&mut *conn)
    .await?;
    let action = if to == "hidden" { "hide" } else { "restore" };
    crate::moderation::audit(
        &mut *conn,
        actor,
        action,
        "group_post",
        &post.to_string(),
        Some(reason),
        Some(json!({ "status": before })),
        Some(json!({ "status": to })),
    )
    .await?;
    Ok(Some(()))
}

/// A group post as the plan's moderation page lists it: flagged (open flags) or hidden.
#[derive(Debug, Clone)]
pub struct FlaggedPost {
    pub id: Uuid,
    pub group_id: Uuid,
    pub group_name: String,
    pub plan: String,
    /// The thread it is in (itself for a thread's first post).
    pub thread_id: Uuid,
    /// The thread's title.
    pub thread_title: String,
    pub body: String,
    pub author: Option<String>,
    pub status: String,
    pub open_flags: i64,
    pub flag_reasons: Vec<String>,
    pub created_at: OffsetDateTime,
}

/// Group posts for the plan's moderators beside flagged pins: published ones with open
/// flags (oldest first), or with `hidden` the hidden ones (newest first).
pub async fn flagged_posts(
    db: impl PgExecutor<'_>,
    plan: Option<&str>,
    hidden: bool,
    limit: i64,
) -> Result<Vec<FlaggedPost>, sqlx::Error> {
    sqlx::query_as!(
        FlaggedPost,
        r#"SELECT po.id, g.id AS group_id, g.name AS group_name, pl.slug AS plan,
                  coalesce(po.thread_id, po.id) AS "thread_id!",
                  coalesce(t.title, po.title) AS "thread_title!",
                  po.body, u.display_name AS "author?", po.status,
                  count(f.id) AS "open_flags!",
                  coalesce(array_agg(f.reason ORDER BY f.created_at) FILTER (WHERE f.id IS NOT NULL),
                           '{}') AS "flag_reasons!",
                  po.created_at
             FROM group_posts po
             JOIN groups g ON g.id = po.group_id
             JOIN plans pl ON pl.id = g.plan_id
             LEFT JOIN group_posts t ON t.id = po.thread_id
             LEFT JOIN users u ON u.id = po.author_id
             LEFT JOIN group_post_flags f ON f.post_id = po.id AND f.resolved_at IS NULL
            WHERE ($1::text IS NULL OR pl.slug = $1)
              AND CASE WHEN $2 THEN po.status = 'hidden'
                       ELSE po.status = 'published' AND f.id IS NOT NULL
                  END
            GROUP BY po.id, g.id, pl.slug, t.title, u.display_name
            ORDER BY CASE WHEN $2 THEN po.created_at END DESC, po.created_at, po.id
            LIMIT $3"#,
        plan,
        hidden,
        limit
    )
    .fetch_all(db)
    .await
}

#[derive(Debug, Clone)]
pub struct ResourceRow {
    pub id: Uuid,
    pub title: String,
    pub url: Option<String>,
    pub file_id: Option<Uuid>,
    pub members_only: bool,
    pub created_at: OffsetDateTime,
}

/// A group's resources, newest first; with `members` false only the public ones.
pub async fn resources(
    db: impl PgExecutor<'_>,
    group: Uuid,
    members: bool,
) -> Result<Vec<ResourceRow>, sqlx::Error> {
    sqlx::query_as!(
        ResourceRow,
        r#"SELECT id, title, url, file_id, members_only, created_at
             FROM group_resources WHERE group_id = $1 AND (NOT members_only OR $2)
            ORDER BY created_at DESC, id"#,
        group,
        members
    )
    .fetch_all(db)
    .await
}

pub async fn add_resource(
    db: impl PgExecutor<'_>,
    group: Uuid,
    title: &str,
    url: Option<&str>,
    file_id: Option<Uuid>,
    members_only: bool,
    user: Uuid,
) -> Result<ResourceRow, sqlx::Error> {
    sqlx::query_as!(
        ResourceRow,
        r#"INSERT INTO group_resources (group_id, title, url, file_id, members_only, added_by)
           VALUES ($1, $2, $3, $4, $5, $6)
           RETURNING id, title, url, file_id, members_only, created_at"#,
        group,
        title,
        url,
        file_id,
        members_only,
        user
    )
    .fetch_one(db)
    .await
}

pub async fn resource(
    db: impl PgExecutor<'_>,
    group: Uuid,
    id: Uuid,
) -> Result<Option<ResourceRow>, sqlx::Error> {
    sqlx::query_as!(
        ResourceRow,
        r#"SELECT id, title, url, file_id, members_only, created_at
             FROM group_resources WHERE group_id = $1 AND id = $2"#,
        group,
        id
    )
    .fetch_optional(db)
    .await
}

/// The addresses and names of a group's active members, for its mails.
pub async fn member_addresses(
    db: impl PgExecutor<'_>,
    group: Uuid,
) -> Result<Vec<(String, Option<String>, String)>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT u.email, u.display_name, u.lang FROM group_members m JOIN users u ON u.id = m.user_id
            WHERE m.group_id = $1 AND m.status = 'active' AND NOT u.disabled
            ORDER BY u.email"#,
        group
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.email, r.display_name, r.lang))
        .collect())
}

/// Queues mails of `kind` (`group_minutes` or `group_threads`) in the caller's transaction.
pub async fn queue_mails(
    conn: &mut PgConnection,
    kind: &str,
    mails: &[Mail],
) -> Result<(), sqlx::Error> {
    for mail in mails {
        queue(&mut *conn, None, kind, mail).await?;
    }
    Ok(())
}

/// A member's daily digest of new threads: who, which group, and the threads since
/// their last digest.
#[derive(Debug, Clone)]
pub struct ThreadDigest {
    pub group_id: Uuid,
    pub user_id: Uuid,
    pub email: String,
    pub plan: String,
    pub group_slug: String,
    pub group_name: String,
    /// The member's language (a tag `waymark_i18n::Lang` knows).
    pub lang: String,
    pub titles: Vec<String>,
}

/// The members due a daily digest (opted in, their last one a day ago or more) with
/// the threads published since, and moves each one's mark to now. The caller queues
/// the mails in the same transaction.
pub async fn due_thread_digests(conn: &mut PgConnection) -> Result<Vec<ThreadDigest>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"WITH due AS (
               SELECT m.group_id, m.user_id, COALESCE(m.digested_to, m.joined_at, m.requested_at) AS since
                 FROM group_members m
                WHERE m.thread_digest AND m.status = 'active'
                  AND COALESCE(m.digested_to, '-infinity') <= now() - interval '1 day'
                  FOR UPDATE OF m SKIP LOCKED),
              moved AS (
               UPDATE group_members m SET digested_to = now()
                 FROM due WHERE m.group_id = due.group_id AND m.user_id = due.user_id)
           SELECT due.group_id AS "group_id!", due.user_id AS "user_id!", u.email, u.lang, g.name,
                  g.slug, p.slug AS plan,
                  ARRAY(SELECT t.title FROM group_posts t
                         WHERE t.group_id = due.group_id AND t.thread_id IS NULL
                           AND t.status = 'published' AND t.created_at > due.since
                         ORDER BY t.created_at) AS "titles!: Vec<Option<String>>"
             FROM due JOIN users u ON u.id = due.user_id JOIN groups g ON g.id = due.group_id
             JOIN plans p ON p.id = g.plan_id
            WHERE NOT u.disabled
            ORDER BY u.email"#
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| ThreadDigest {
            group_id: r.group_id,
            user_id: r.user_id,
            email: r.email,
            plan: r.plan,
            group_slug: r.slug,
            group_name: r.name,
            lang: r.lang,
            titles: r.titles.into_iter().flatten().collect(),
        })
        .filter(|d| !d.titles.is_empty())
        .collect())
}

/// Whether a user answers for this organisation.
pub async fn answers_for(
    db: impl PgExecutor<'_>,
    user: Uuid,
    organisation: Uuid,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2) AS "yes!""#,
        user,
        organisation
    )
    .fetch_one(db)
    .await
}

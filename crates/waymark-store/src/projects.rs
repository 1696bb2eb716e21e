//! Community energy projects, their teams, updates, figures and volunteers; champions,
//! the learning library and the checklist. Who may edit is checked in the queries too:
//! every write a team makes names the account, and only a team member's (or an admin's)
//! write touches a row.

use serde_json::Value;
use sqlx::{PgConnection, PgExecutor};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::subscriptions::{Mail, queue};

#[derive(Debug, Clone)]
pub struct ProjectRow {
    pub id: Uuid,
    pub plan_id: Uuid,
    pub plan: String,
    pub slug: String,
    pub proposal_id: Option<Uuid>,
    pub title: String,
    pub story: String,
    pub technology: String,
    pub rooftop: bool,
    pub site: Value,
    pub stage: String,
    pub kwp: Option<f64>,
    pub homes_served: Option<i32>,
    pub buildings_served: Option<i32>,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

/// A project as a group starts it.
#[derive(Debug, Clone)]
pub struct NewProject<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub story: &'a str,
    pub technology: &'a str,
    pub rooftop: bool,
    /// GeoJSON geometry.
    pub site: &'a str,
    pub kwp: Option<f64>,
    pub homes_served: Option<i32>,
    pub buildings_served: Option<i32>,
}

#[derive(Debug)]
pub enum CreateOutcome {
    Created(Box<ProjectRow>),
    PlanNotFound,
    OutsidePlan,
    InvalidSite,
}

/// Starts a project with `user` as its lead, at `forming`. A slug already taken in the
/// plan gets `-2`, `-3`… appended.
pub async fn create(
    conn: &mut PgConnection,
    plan: &str,
    new: &NewProject<'_>,
    user: Uuid,
) -> Result<CreateOutcome, sqlx::Error> {
    let Some(check) = sqlx::query!(
        r#"SELECT p.id,
                  ST_IsValid(s.g) AS "valid!",
                  ST_Intersects(s.g, p.boundary) AS "inside!"
             FROM plans p, LATERAL (SELECT ST_SetSRID(ST_GeomFromGeoJSON($2), 4326) AS g) s
            WHERE p.slug = $1"#,
        plan,
        new.site
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(CreateOutcome::PlanNotFound);
    };
    if !check.valid {
        return Ok(CreateOutcome::InvalidSite);
    }
    if !check.inside {
        return Ok(CreateOutcome::OutsidePlan);
    }
    let slug = free_slug(&mut *conn, check.id, new.slug).await?;
    let id = sqlx::query_scalar!(
        r#"INSERT INTO projects (plan_id, slug, title, story, technology, rooftop, site, kwp,
                                 homes_served, buildings_served)
           VALUES ($1, $2, $3, $4, $5, $6, ST_SetSRID(ST_GeomFromGeoJSON($7), 4326), $8, $9, $10)
           RETURNING id"#,
        check.id,
        slug,
        new.title,
        new.story,
        new.technology,
        new.rooftop,
        new.site,
        new.kwp,
        new.homes_served,
        new.buildings_served
    )
    .fetch_one(&mut *conn)
    .await?;
    started(&mut *conn, id, user).await?;
    let row = get(&mut *conn, id).await?.ok_or(sqlx::Error::RowNotFound)?;
    Ok(CreateOutcome::Created(Box::new(row)))
}

async fn started(conn: &mut PgConnection, id: Uuid, user: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "INSERT INTO project_team (project_id, user_id, role) VALUES ($1, $2, 'lead')",
        id,
        user
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "INSERT INTO project_stage_moves (project_id, from_stage, to_stage, moved_by)
         VALUES ($1, NULL, 'forming', $2)",
        id,
        user
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn free_slug(
    conn: &mut PgConnection,
    plan_id: Uuid,
    slug: &str,
) -> Result<String, sqlx::Error> {
    let taken: Vec<String> = sqlx::query_scalar!(
        "SELECT slug FROM projects WHERE plan_id = $1 AND (slug = $2 OR slug LIKE $2 || '-%')",
        plan_id,
        slug
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut candidate = slug.to_owned();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{slug}-{n}");
        n += 1;
    }
    Ok(candidate)
}

#[derive(Debug)]
pub enum FromProposal {
    Created(Box<ProjectRow>),
    NotFound,
    /// Only the proposal's own group may turn it into a project.
    NotProposer,
    /// The proposal is not going ahead.
    NotGoingAhead,
    /// It is a project already.
    Exists(String),
}

/// Turns a proposal that is going ahead into a project, led by its proposer: its title,
/// technology, capacity (as kWp) and site carry over, its description becomes the story.
pub async fn from_proposal(
    conn: &mut PgConnection,
    proposal: Uuid,
    user: Uuid,
    slug: &str,
) -> Result<FromProposal, sqlx::Error> {
    let Some(p) = sqlx::query!(
        r#"SELECT p.plan_id, p.status, p.author_key, p.title, p.technology, p.capacity_kw,
                  p.description, (SELECT slug FROM projects WHERE proposal_id = p.id) AS existing
             FROM proposals p WHERE p.id = $1 FOR UPDATE"#,
        proposal
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(FromProposal::NotFound);
    };
    if p.author_key != format!("user:{user}") {
        return Ok(FromProposal::NotProposer);
    }
    if let Some(existing) = p.existing {
        return Ok(FromProposal::Exists(existing));
    }
    if p.status != "going_ahead" {
        return Ok(FromProposal::NotGoingAhead);
    }
    let slug = free_slug(&mut *conn, p.plan_id, slug).await?;
    let id = sqlx::query_scalar!(
        r#"INSERT INTO projects (plan_id, slug, proposal_id, title, story, technology, site, kwp)
           SELECT plan_id, $2, id, title, left(description, 8000), technology, site,
                  least(capacity_kw, 100000)
             FROM proposals WHERE id = $1
           RETURNING id"#,
        proposal,
        slug
    )
    .fetch_one(&mut *conn)
    .await?;
    started(&mut *conn, id, user).await?;
    let row = get(&mut *conn, id).await?.ok_or(sqlx::Error::RowNotFound)?;
    Ok(FromProposal::Created(Box::new(row)))
}

pub async fn get(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<ProjectRow>, sqlx::Error> {
    sqlx::query_as!(
        ProjectRow,
        r#"SELECT p.id, p.plan_id, pl.slug AS plan, p.slug, p.proposal_id, p.title, p.story, p.technology,
                  p.rooftop, ST_AsGeoJSON(p.site, 6)::jsonb AS "site!", p.stage, p.kwp,
                  p.homes_served, p.buildings_served, p.created_at, p.updated_at
             FROM projects p JOIN plans pl ON pl.id = p.plan_id
            WHERE p.id = $1"#,
        id
    )
    .fetch_optional(db)
    .await
}

pub async fn get_by_slug(
    db: impl PgExecutor<'_>,
    plan: &str,
    slug: &str,
) -> Result<Option<ProjectRow>, sqlx::Error> {
    sqlx::query_as!(
        ProjectRow,
        r#"SELECT p.id, p.plan_id, pl.slug AS plan, p.slug, p.proposal_id, p.title, p.story, p.technology,
                  p.rooftop, ST_AsGeoJSON(p.site, 6)::jsonb AS "site!", p.stage, p.kwp,
                  p.homes_served, p.buildings_served, p.created_at, p.updated_at
             FROM projects p JOIN plans pl ON pl.id = p.plan_id
            WHERE pl.slug = $1 AND p.slug = $2"#,
        plan,
        slug
    )
    .fetch_optional(db)
    .await
}

/// A plan's projects, the newest first; `None` when there is no such plan.
pub async fn list(
    db: impl PgExecutor<'_> + Copy,
    plan: &str,
) -> Result<Option<Vec<ProjectRow>>, sqlx::Error> {
    let exists = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM plans WHERE slug = $1) AS "exists!""#,
        plan
    )
    .fetch_one(db)
    .await?;
    if !exists {
        return Ok(None);
    }
    sqlx::query_as!(
        ProjectRow,
        r#"SELECT p.id, p.plan_id, pl.slug AS plan, p.slug, p.proposal_id, p.title, p.story, p.technology,
                  p.rooftop, ST_AsGeoJSON(p.site, 6)::jsonb AS "site!", p.stage, p.kwp,
                  p.homes_served, p.buildings_served, p.created_at, p.updated_at
             FROM projects p JOIN plans pl ON pl.id = p.plan_id
            WHERE pl.slug = $1
            ORDER BY p.created_at DESC, p.id"#,
        plan
    )
    .fetch_all(db)
    .await
    .map(Some)
}

/// Whether `user` is on the project's team.
pub async fn is_team(
    db: impl PgExecutor<'_>,
    project: Uuid,
    user: Uuid,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM project_team WHERE project_id = $1 AND user_id = $2) AS "t!""#,
        project,
        user
    )
    .fetch_one(db)
    .await
}

/// Whether `user` is on the team of any project of the plan (teams may find champions).
pub async fn is_on_a_team(
    db: impl PgExecutor<'_>,
    plan: &str,
    user: Uuid,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM project_team t JOIN projects p ON p.id = t.project_id
                            JOIN plans pl ON pl.id = p.plan_id
                           WHERE pl.slug = $1 AND t.user_id = $2) AS "t!""#,
        plan,
        user
    )
    .fetch_one(db)
    .await
}

#[derive(Debug, Clone)]
pub struct Member {
    pub user_id: Uuid,
    pub display_name: Option<String>,
    pub role: String,
}

pub async fn team(db: impl PgExecutor<'_>, project: Uuid) -> Result<Vec<Member>, sqlx::Error> {
    sqlx::query_as!(
        Member,
        r#"SELECT t.user_id, u.display_name, t.role FROM project_team t
             JOIN users u ON u.id = t.user_id
            WHERE t.project_id = $1 ORDER BY t.role, t.added_at"#,
        project
    )
    .fetch_all(db)
    .await
}

/// Adds the account with this e-mail to the team; false when there is no such account.
pub async fn add_member(
    conn: &mut PgConnection,
    project: Uuid,
    email: &str,
) -> Result<bool, sqlx::Error> {
    let Some(user) = sqlx::query_scalar!("SELECT id FROM users WHERE email = lower($1)", email)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(false);
    };
    sqlx::query!(
        "INSERT INTO project_team (project_id, user_id, role) VALUES ($1, $2, 'member')
         ON CONFLICT DO NOTHING",
        project,
        user
    )
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// What a team may change besides the stage; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ProjectPatch<'a> {
    pub title: Option<&'a str>,
    pub story: Option<&'a str>,
    pub kwp: Option<f64>,
    pub homes_served: Option<i32>,
    pub buildings_served: Option<i32>,
    pub rooftop: Option<bool>,
}

pub async fn update(
    db: impl PgExecutor<'_>,
    id: Uuid,
    patch: &ProjectPatch<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "UPDATE projects SET title = coalesce($2, title), story = coalesce($3, story),
                kwp = coalesce($4, kwp), homes_served = coalesce($5, homes_served),
                buildings_served = coalesce($6, buildings_served),
                rooftop = coalesce($7, rooftop), updated_at = now()
          WHERE id = $1",
        id,
        patch.title,
        patch.story,
        patch.kwp,
        patch.homes_served,
        patch.buildings_served,
        patch.rooftop
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Moves the stage from `from` to `to`, if the project is still at `from` (two team
/// members pressing at once make one move). Returns whether it moved.
pub async fn move_stage(
    conn: &mut PgConnection,
    id: Uuid,
    from: &str,
    to: &str,
    user: Uuid,
) -> Result<bool, sqlx::Error> {
    let moved = sqlx::query!(
        "UPDATE projects SET stage = $3, updated_at = now() WHERE id = $1 AND stage = $2",
        id,
        from,
        to
    )
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if moved {
        sqlx::query!(
            "INSERT INTO project_stage_moves (project_id, from_stage, to_stage, moved_by)
             VALUES ($1, $2, $3, $4)",
            id,
            from,
            to,
            user
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(moved)
}

#[derive(Debug, Clone)]
pub struct StageMove {
    pub from_stage: Option<String>,
    pub to_stage: String,
    pub at: OffsetDateTime,
}

pub async fn stage_moves(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<StageMove>, sqlx::Error> {
    sqlx::query_as!(
        StageMove,
        "SELECT from_stage, to_stage, at FROM project_stage_moves WHERE project_id = $1 ORDER BY id",
        id
    )
    .fetch_all(db)
    .await
}

#[derive(Debug, Clone)]
pub struct Milestone {
    pub id: Uuid,
    pub title: String,
    pub due_month: Option<Date>,
    pub done_on: Option<Date>,
}

pub async fn milestones(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<Milestone>, sqlx::Error> {
    sqlx::query_as!(
        Milestone,
        "SELECT id, title, due_month, done_on FROM project_milestones
          WHERE project_id = $1 ORDER BY due_month NULLS LAST, created_at",
        id
    )
    .fetch_all(db)
    .await
}

pub async fn add_milestone(
    db: impl PgExecutor<'_>,
    project: Uuid,
    title: &str,
    due_month: Option<Date>,
    done_on: Option<Date>,
) -> Result<Uuid, sqlx::Error> {
    sqlx::query_scalar!(
        "INSERT INTO project_milestones (project_id, title, due_month, done_on)
         VALUES ($1, $2, $3, $4) RETURNING id",
        project,
        title,
        due_month,
        done_on
    )
    .fetch_one(db)
    .await
}

#[derive(Debug, Clone)]
pub struct Update {
    pub id: Uuid,
    pub posted_on: Date,
    pub text: String,
    pub photo_file_id: Option<Uuid>,
    pub photo_alt: Option<String>,
    pub created_at: OffsetDateTime,
}

pub async fn updates(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<Update>, sqlx::Error> {
    sqlx::query_as!(
        Update,
        "SELECT id, posted_on, text, photo_file_id, photo_alt, created_at FROM project_updates
          WHERE project_id = $1 ORDER BY posted_on DESC, created_at DESC",
        id
    )
    .fetch_all(db)
    .await
}

pub async fn add_update(
    db: impl PgExecutor<'_>,
    project: Uuid,
    text: &str,
    user: Uuid,
) -> Result<Update, sqlx::Error> {
    sqlx::query_as!(
        Update,
        "INSERT INTO project_updates (project_id, text, posted_by) VALUES ($1, $2, $3)
         RETURNING id, posted_on, text, photo_file_id, photo_alt, created_at",
        project,
        text,
        user
    )
    .fetch_one(db)
    .await
}

/// Puts a photo (a file of the store) on one of the project's updates; false when the
/// project has no such update.
pub async fn set_update_photo(
    db: impl PgExecutor<'_>,
    project: Uuid,
    update: Uuid,
    file: Uuid,
    alt: &str,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query!(
        "UPDATE project_updates SET photo_file_id = $3, photo_alt = $4
          WHERE project_id = $1 AND id = $2",
        project,
        update,
        file,
        alt
    )
    .execute(db)
    .await?
    .rows_affected()
        == 1)
}

pub async fn update_exists(
    db: impl PgExecutor<'_>,
    project: Uuid,
    update: Uuid,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM project_updates WHERE project_id = $1 AND id = $2) AS "e!""#,
        project,
        update
    )
    .fetch_one(db)
    .await
}

#[derive(Debug, Clone)]
pub struct Document {
    pub id: Uuid,
    pub file_id: Uuid,
    pub title: String,
    pub content_type: String,
    pub byte_size: i64,
    pub created_at: OffsetDateTime,
}

pub async fn add_document(
    db: impl PgExecutor<'_>,
    project: Uuid,
    file: Uuid,
    title: &str,
) -> Result<Uuid, sqlx::Error> {
    sqlx::query_scalar!(
        "INSERT INTO project_documents (project_id, file_id, title) VALUES ($1, $2, $3) RETURNING id",
        project,
        file,
        title
    )
    .fetch_one(db)
    .await
}

pub async fn documents(
    db: impl PgExecutor<'_>,
    project: Uuid,
) -> Result<Vec<Document>, sqlx::Error> {
    sqlx::query_as!(
        Document,
        "SELECT d.id, d.file_id, d.title, f.content_type, f.byte_size, d.created_at
           FROM project_documents d JOIN files f ON f.id = d.file_id
          WHERE d.project_id = $1 ORDER BY d.created_at",
        project
    )
    .fetch_all(db)
    .await
}

/// How the project uses a file: `Some(true)` as an update's photo, `Some(false)` as a
/// document, `None` not at all (then it is not the project's to serve).
pub async fn file_use(
    db: impl PgExecutor<'_>,
    project: Uuid,
    file: Uuid,
) -> Result<Option<bool>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT photo AS "photo!" FROM (
               SELECT true AS photo FROM project_updates WHERE project_id = $1 AND photo_file_id = $2
               UNION ALL
               SELECT false FROM project_documents WHERE project_id = $1 AND file_id = $2) u
           ORDER BY photo DESC LIMIT 1"#,
        project,
        file
    )
    .fetch_optional(db)
    .await
}

#[derive(Debug, Clone)]
pub struct Generation {
    pub month: Date,
    pub kwh: f64,
    pub source: String,
}

pub async fn generation(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<Generation>, sqlx::Error> {
    sqlx::query_as!(
        Generation,
        "SELECT month, kwh, source FROM project_generation WHERE project_id = $1 ORDER BY month",
        id
    )
    .fetch_all(db)
    .await
}

/// Writes months of generation (a month given again replaces the one before).
pub async fn put_generation(
    conn: &mut PgConnection,
    project: Uuid,
    months: &[(Date, f64)],
    source: &str,
) -> Result<(), sqlx::Error> {
    let (dates, kwh): (Vec<Date>, Vec<f64>) = months.iter().copied().unzip();
    sqlx::query!(
        "INSERT INTO project_generation (project_id, month, kwh, source)
         SELECT $1, m, k, $4 FROM unnest($2::date[], $3::float8[]) AS t(m, k)
         ON CONFLICT (project_id, month) DO UPDATE SET kwh = EXCLUDED.kwh, source = EXCLUDED.source",
        project,
        &dates,
        &kwh,
        source
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct VolunteerRole {
    pub id: Uuid,
    pub title: String,
    pub description: String,
    pub open: bool,
    /// Confirmed volunteers.
    pub volunteers: i64,
}

pub async fn roles(
    db: impl PgExecutor<'_>,
    project: Uuid,
) -> Result<Vec<VolunteerRole>, sqlx::Error> {
    sqlx::query_as!(
        VolunteerRole,
        r#"SELECT r.id, r.title, r.description, r.open,
                  (SELECT count(*) FROM volunteers v
                    WHERE v.role_id = r.id AND v.confirmed_at IS NOT NULL) AS "volunteers!"
             FROM volunteer_roles r WHERE r.project_id = $1 ORDER BY r.created_at"#,
        project
    )
    .fetch_all(db)
    .await
}

pub async fn add_role(
    db: impl PgExecutor<'_>,
    project: Uuid,
    title: &str,
    description: &str,
) -> Result<Uuid, sqlx::Error> {
    sqlx::query_scalar!(
        "INSERT INTO volunteer_roles (project_id, title, description) VALUES ($1, $2, $3) RETURNING id",
        project,
        title,
        description
    )
    .fetch_one(db)
    .await
}

#[derive(Debug, PartialEq, Eq)]
pub enum SignUp {
    /// A confirmation mail is queued.
    Queued,
    /// Nothing new to send: confirmed already, or a mail went to this address for this
    /// role in the last 10 minutes (its link still works).
    NothingSent,
    RoleNotFound,
}

/// Offers help in a role: makes (or renews) an unconfirmed volunteer and queues the
/// confirmation mail, which `mail` writes from the project's and role's titles.
#[allow(clippy::too_many_arguments)]
pub async fn sign_up(
    conn: &mut PgConnection,
    project: Uuid,
    role: Uuid,
    email: &str,
    display_name: Option<&str>,
    confirm_digest: &[u8],
    leave_digest: &[u8],
    mail: impl FnOnce(&str, &str) -> Mail,
) -> Result<SignUp, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let Some(r) = sqlx::query!(
        "SELECT r.title, p.title AS project FROM volunteer_roles r JOIN projects p ON p.id = r.project_id
          WHERE r.id = $1 AND r.project_id = $2 AND r.open",
        role,
        project
    )
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Ok(SignUp::RoleNotFound);
    };
    let existing = sqlx::query!(
        r#"SELECT confirmed_at IS NOT NULL AS "confirmed!",
                  created_at > now() - interval '10 minutes' AS "recent!"
             FROM volunteers WHERE role_id = $1 AND email = $2 FOR UPDATE"#,
        role,
        email
    )
    .fetch_optional(&mut *tx)
    .await?;
    if existing.as_ref().is_some_and(|e| e.confirmed || e.recent) {
        tx.commit().await?;
        return Ok(SignUp::NothingSent);
    }
    sqlx::query!(
        "INSERT INTO volunteers (role_id, email, display_name, confirm_digest, leave_digest)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (role_id, email) DO UPDATE
            SET display_name = EXCLUDED.display_name, confirm_digest = EXCLUDED.confirm_digest,
                leave_digest = EXCLUDED.leave_digest, created_at = now()",
        role,
        email,
        display_name,
        confirm_digest,
        leave_digest
    )
    .execute(&mut *tx)
    .await?;
    queue(
        &mut *tx,
        None,
        "volunteer_confirm",
        &mail(&r.project, &r.title),
    )
    .await?;
    tx.commit().await?;
    Ok(SignUp::Queued)
}

/// A volunteer as the confirm and leave pages name them.
#[derive(Debug, Clone)]
pub struct VolunteerLink {
    pub plan: String,
    pub project_slug: String,
    pub project: String,
    pub role: String,
}

/// Confirms the volunteer whose mailed link this is (links older than 7 days no longer work).
pub async fn confirm_volunteer(
    db: impl PgExecutor<'_>,
    digest: &[u8],
) -> Result<Option<VolunteerLink>, sqlx::Error> {
    sqlx::query_as!(
        VolunteerLink,
        r#"WITH v AS (UPDATE volunteers SET confirmed_at = coalesce(confirmed_at, now())
                       WHERE confirm_digest = $1 AND created_at > now() - interval '7 days'
                       RETURNING role_id)
           SELECT pl.slug AS plan, p.slug AS project_slug, p.title AS project, r.title AS role
             FROM v JOIN volunteer_roles r ON r.id = v.role_id
             JOIN projects p ON p.id = r.project_id JOIN plans pl ON pl.id = p.plan_id"#,
        digest
    )
    .fetch_optional(db)
    .await
}

/// Forgets the volunteer whose leave link this is: the row is deleted.
pub async fn leave(
    db: impl PgExecutor<'_>,
    digest: &[u8],
) -> Result<Option<VolunteerLink>, sqlx::Error> {
    sqlx::query_as!(
        VolunteerLink,
        r#"WITH v AS (DELETE FROM volunteers WHERE leave_digest = $1 RETURNING role_id)
           SELECT pl.slug AS plan, p.slug AS project_slug, p.title AS project, r.title AS role
             FROM v JOIN volunteer_roles r ON r.id = v.role_id
             JOIN projects p ON p.id = r.project_id JOIN plans pl ON pl.id = p.plan_id"#,
        digest
    )
    .fetch_optional(db)
    .await
}

#[derive(Debug, Clone)]
pub struct Volunteer {
    pub role: String,
    pub email: String,
    pub display_name: Option<String>,
    pub confirmed_at: OffsetDateTime,
}

/// The confirmed volunteers of a project, for its team.
pub async fn volunteers(
    db: impl PgExecutor<'_>,
    project: Uuid,
) -> Result<Vec<Volunteer>, sqlx::Error> {
    sqlx::query_as!(
        Volunteer,
        r#"SELECT r.title AS role, v.email, v.display_name, v.confirmed_at AS "confirmed_at!"
             FROM volunteers v JOIN volunteer_roles r ON r.id = v.role_id
            WHERE r.project_id = $1 AND v.confirmed_at IS NOT NULL
            ORDER BY r.created_at, v.confirmed_at"#,
        project
    )
    .fetch_all(db)
    .await
}

/// Checklist steps done, in the order they were done.
pub async fn checklist(db: impl PgExecutor<'_>, project: Uuid) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar!(
        "SELECT step FROM project_checklist WHERE project_id = $1 ORDER BY done_at",
        project
    )
    .fetch_all(db)
    .await
}

pub async fn set_step(
    db: impl PgExecutor<'_>,
    project: Uuid,
    step: &str,
    done: bool,
) -> Result<(), sqlx::Error> {
    if done {
        sqlx::query!(
            "INSERT INTO project_checklist (project_id, step) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            project,
            step
        )
        .execute(db)
        .await?;
    } else {
        sqlx::query!(
            "DELETE FROM project_checklist WHERE project_id = $1 AND step = $2",
            project,
            step
        )
        .execute(db)
        .await?;
    }
    Ok(())
}

#[derive(Debug, Clone)]
pub struct NewChampion<'a> {
    pub user: Uuid,
    pub display_name: &'a str,
    pub can_help_with: &'a [String],
    pub training: &'a str,
    pub neighbourhoods: &'a [String],
}

#[derive(Debug, PartialEq, Eq)]
pub enum Register {
    Done(Uuid),
    PlanNotFound,
    /// These neighbourhood slugs are not the plan's.
    UnknownNeighbourhoods(Vec<String>),
}

/// Registers (or updates) the account as a champion for these neighbourhoods.
pub async fn register_champion(
    conn: &mut PgConnection,
    plan: &str,
    c: &NewChampion<'_>,
) -> Result<Register, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let Some(plan_id) = crate::plans::id(&mut *tx, plan).await? else {
        return Ok(Register::PlanNotFound);
    };
    let found: Vec<(Uuid, String)> = sqlx::query!(
        "SELECT id, slug FROM neighbourhoods WHERE plan_id = $1 AND slug = ANY($2)",
        plan_id,
        c.neighbourhoods
    )
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|r| (r.id, r.slug))
    .collect();
    let unknown: Vec<String> = c
        .neighbourhoods
        .iter()
        .filter(|s| !found.iter().any(|(_, f)| f == *s))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Ok(Register::UnknownNeighbourhoods(unknown));
    }
    let id = sqlx::query_scalar!(
        "INSERT INTO champions (plan_id, user_id, display_name, can_help_with, training)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (plan_id, user_id) WHERE user_id IS NOT NULL
         DO UPDATE SET display_name = EXCLUDED.display_name,
                       can_help_with = EXCLUDED.can_help_with, training = EXCLUDED.training
         RETURNING id",
        plan_id,
        c.user,
        c.display_name,
        c.can_help_with,
        c.training
    )
    .fetch_one(&mut *tx)
    .await?;
    let ids: Vec<Uuid> = found.iter().map(|(id, _)| *id).collect();
    sqlx::query!(
        "DELETE FROM champion_neighbourhoods WHERE champion_id = $1 AND NOT neighbourhood_id = ANY($2)",
        id,
        &ids
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "INSERT INTO champion_neighbourhoods (champion_id, neighbourhood_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING",
        id,
        &ids
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Register::Done(id))
}

#[derive(Debug, Clone)]
pub struct Champion {
    pub id: Uuid,
    pub display_name: String,
    pub email: String,
    pub can_help_with: Vec<String>,
    pub training: String,
    /// Slugs and names of the neighbourhoods covered.
    pub neighbourhoods: Vec<String>,
    pub neighbourhood_names: Vec<String>,
    /// Modules of the library completed (titles).
    pub modules: Vec<String>,
    /// Metres from the place asked about to the nearest neighbourhood covered (0 inside).
    pub distance_m: Option<f64>,
}

/// A plan's champions, nearest first to (lon, lat) when given, within `within_m` metres
/// of it (measured to the neighbourhoods they cover: a champion helps their own area).
pub async fn champions(
    db: impl PgExecutor<'_>,
    plan: &str,
    near: Option<(f64, f64)>,
    within_m: f64,
) -> Result<Vec<Champion>, sqlx::Error> {
    sqlx::query_as!(
        Champion,
        r#"WITH pt AS (SELECT CASE WHEN $2::float8 IS NULL THEN NULL
                                   ELSE ST_SetSRID(ST_MakePoint($2, $3), 4326)::geography END AS g)
           SELECT c.id, c.display_name, coalesce(c.email, u.email) AS "email!", c.can_help_with,
                  c.training,
                  array_agg(n.slug ORDER BY n.name) AS "neighbourhoods!",
                  array_agg(n.name ORDER BY n.name) AS "neighbourhood_names!",
                  coalesce((SELECT array_agg(m.title ORDER BY m.position)
                              FROM module_completions mc JOIN learning_modules m ON m.id = mc.module_id
                             WHERE mc.user_id = c.user_id), '{}') AS "modules!",
                  min(ST_Distance(n.boundary::geography, pt.g)) AS distance_m
             FROM champions c
             JOIN plans pl ON pl.id = c.plan_id
             LEFT JOIN users u ON u.id = c.user_id
             JOIN champion_neighbourhoods cn ON cn.champion_id = c.id
             JOIN neighbourhoods n ON n.id = cn.neighbourhood_id
             CROSS JOIN pt
            WHERE pl.slug = $1
            GROUP BY c.id, u.email
           HAVING $2::float8 IS NULL OR min(ST_Distance(n.boundary::geography, pt.g)) <= $4
            ORDER BY distance_m NULLS LAST, c.display_name"#,
        plan,
        near.map(|p| p.0),
        near.map(|p| p.1),
        within_m
    )
    .fetch_all(db)
    .await
}

#[derive(Debug, Clone)]
pub struct Module {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub body_md: String,
    pub quiz: Option<Value>,
    pub step: Option<String>,
    pub position: i32,
    /// Whether the account asking completed it.
    pub completed: bool,
}

/// The plan's learning modules in order, each marked completed or not for `user`.
pub async fn modules(
    db: impl PgExecutor<'_>,
    plan: &str,
    user: Option<Uuid>,
) -> Result<Vec<Module>, sqlx::Error> {
    sqlx::query_as!(
        Module,
        r#"SELECT m.id, m.slug, m.title, m.body_md, m.quiz, m.step, m.position,
                  EXISTS (SELECT 1 FROM module_completions c
                           WHERE c.module_id = m.id AND c.user_id = $2) AS "completed!"
             FROM learning_modules m JOIN plans pl ON pl.id = m.plan_id
            WHERE pl.slug = $1 ORDER BY m.position, m.title"#,
        plan,
        user
    )
    .fetch_all(db)
    .await
}

#[derive(Debug, Clone)]
pub struct NewModule<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub body_md: &'a str,
    pub quiz: Option<&'a Value>,
    pub step: Option<&'a str>,
    pub position: i32,
}

/// Writes a module (a slug the plan has already is replaced); `None` when there is no
/// such plan.
pub async fn put_module(
    db: impl PgExecutor<'_>,
    plan: &str,
    m: &NewModule<'_>,
) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar!(
        "INSERT INTO learning_modules (plan_id, slug, title, body_md, quiz, step, position)
         SELECT id, $2, $3, $4, $5, $6, $7 FROM plans WHERE slug = $1
         ON CONFLICT (plan_id, slug) DO UPDATE
            SET title = EXCLUDED.title, body_md = EXCLUDED.body_md, quiz = EXCLUDED.quiz,
                step = EXCLUDED.step, position = EXCLUDED.position, updated_at = now()
         RETURNING id",
        plan,
        m.slug,
        m.title,
        m.body_md,
        m.quiz,
        m.step,
        m.position
    )
    .fetch_optional(db)
    .await
}

pub async fn complete_module(
    db: impl PgExecutor<'_>,
    module: Uuid,
    user: Uuid,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "INSERT INTO module_completions (module_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        module,
        user
    )
    .execute(db)
    .await?;
    Ok(())
}

#[derive(Debug, PartialEq, Eq)]
pub enum HelpAsked {
    /// Mails queued to this many champions.
    Sent(usize),
    /// This person asked about this pin before: nothing new sent.
    AskedBefore,
    NotFound,
    /// Only energy-themed pins.
    NotEnergy,
}

/// A resident's "I'd like help with this" on an energy pin: a mail to each champion
/// covering the pin's neighbourhood, once per pin and person. `mail` writes it from the
/// champion's address, the neighbourhood's name and the pin's title.
pub async fn ask_for_help(
    conn: &mut PgConnection,
    contribution: Uuid,
    requester_key: &str,
    mail: impl Fn(&str, &str, &str, &str) -> Mail,
) -> Result<HelpAsked, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let Some(pin) = sqlx::query!(
        r#"SELECT c.title, c.themes, c.neighbourhood_id, n.name AS "neighbourhood?", pl.slug AS plan
             FROM contributions c JOIN plans pl ON pl.id = c.plan_id
             LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id
            WHERE c.id = $1 AND c.status = 'published'"#,
        contribution
    )
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Ok(HelpAsked::NotFound);
    };
    if !pin.themes.iter().any(|t| t == "energy") {
        return Ok(HelpAsked::NotEnergy);
    }
    let first = sqlx::query!(
        "INSERT INTO help_requests (contribution_id, requester_key) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        contribution,
        requester_key
    )
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !first {
        tx.commit().await?;
        return Ok(HelpAsked::AskedBefore);
    }
    let addresses: Vec<String> = sqlx::query_scalar!(
        r#"SELECT DISTINCT coalesce(c.email, u.email) AS "email!"
             FROM champion_neighbourhoods cn JOIN champions c ON c.id = cn.champion_id
             LEFT JOIN users u ON u.id = c.user_id
            WHERE cn.neighbourhood_id = $1 AND (u.id IS NULL OR NOT u.disabled)"#,
        pin.neighbourhood_id
    )
    .fetch_all(&mut *tx)
    .await?;
    let neighbourhood = pin.neighbourhood.unwrap_or_default();
    for to in &addresses {
        queue(
            &mut *tx,
            None,
            "help_request",
            &mail(to, &neighbourhood, &pin.title, &pin.plan),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(HelpAsked::Sent(addresses.len()))
}

/// Follows a project's monthly update mail (again: no change).
pub async fn follow(
    db: impl PgExecutor<'_>,
    project: Uuid,
    user: Uuid,
    unsubscribe_token: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "INSERT INTO project_followers (project_id, user_id, unsubscribe_token) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING",
        project,
        user,
        unsubscribe_token
    )
    .execute(db)
    .await?;
    Ok(())
}

pub async fn unfollow(db: impl PgExecutor<'_>, token: &str) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query!(
        "DELETE FROM project_followers WHERE unsubscribe_token = $1",
        token
    )
    .execute(db)
    .await?
    .rows_affected()
        == 1)
}

/// A follower whose monthly mail is due, with the updates since the last one.
#[derive(Debug, Clone)]
pub struct DueFollower {
    pub project_id: Uuid,
    pub user_id: Uuid,
    pub email: String,
    pub lang: String,
    pub plan: String,
    pub slug: String,
    pub title: String,
    pub stage: String,
    pub unsubscribe_token: String,
    pub updates: Vec<String>,
    pub update_dates: Vec<Date>,
}

/// Makes the monthly mail of every follower not mailed for a month (or ever), with the
/// project's updates since; `mail` writes it. Followers with nothing new get no mail but
/// are marked, so the next month starts from now. Returns how many mails were queued.
pub async fn monthly_updates(
    conn: &mut PgConnection,
    mail: impl Fn(&DueFollower) -> Mail,
) -> Result<usize, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let due = sqlx::query_as!(
        DueFollower,
        r#"SELECT f.project_id, f.user_id, u.email, u.lang, pl.slug AS plan, p.slug, p.title,
                  p.stage, f.unsubscribe_token,
                  coalesce((SELECT array_agg(up.text ORDER BY up.posted_on, up.created_at)
                              FROM project_updates up
                             WHERE up.project_id = f.project_id
                               AND up.created_at > coalesce(f.last_mailed_at, f.created_at)),
                           '{}') AS "updates!",
                  coalesce((SELECT array_agg(up.posted_on ORDER BY up.posted_on, up.created_at)
                              FROM project_updates up
                             WHERE up.project_id = f.project_id
                               AND up.created_at > coalesce(f.last_mailed_at, f.created_at)),
                           '{}') AS "update_dates!"
             FROM project_followers f
             JOIN users u ON u.id = f.user_id AND NOT u.disabled
             JOIN projects p ON p.id = f.project_id JOIN plans pl ON pl.id = p.plan_id
            WHERE coalesce(f.last_mailed_at, f.created_at) <= now() - interval '1 month'
            ORDER BY f.project_id
              FOR UPDATE OF f SKIP LOCKED"#
    )
    .fetch_all(&mut *tx)
    .await?;
    let mut queued = 0;
    for f in &due {
        if !f.updates.is_empty() {
            queue(&mut *tx, None, "project_update", &mail(f)).await?;
            queued += 1;
        }
        sqlx::query!(
            "UPDATE project_followers SET last_mailed_at = now() WHERE project_id = $1 AND user_id = $2",
            f.project_id,
            f.user_id
        )
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(queued)
}

/// The city-wide totals.
#[derive(Debug, Clone)]
pub struct Totals {
    /// (stage, projects, kWp)
    pub by_stage: Vec<(String, i64, f64)>,
    pub volunteers: i64,
    /// (neighbourhood name, champions)
    pub champions_by_neighbourhood: Vec<(String, i64)>,
}

pub async fn totals(db: &mut PgConnection, plan: &str) -> Result<Totals, sqlx::Error> {
    let by_stage = sqlx::query!(
        r#"SELECT s.stage AS "stage!", count(p.id) AS "projects!", coalesce(sum(p.kwp), 0) AS "kwp!"
             FROM unnest(ARRAY['forming', 'feasibility', 'funding', 'building', 'generating'])
                  WITH ORDINALITY AS s(stage, n)
             LEFT JOIN (projects p JOIN plans pl ON pl.id = p.plan_id AND pl.slug = $1)
                    ON p.stage = s.stage
            GROUP BY s.stage, s.n ORDER BY s.n"#,
        plan
    )
    .fetch_all(&mut *db)
    .await?
    .into_iter()
    .map(|r| (r.stage, r.projects, r.kwp))
    .collect();
    let volunteers = sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM volunteers v JOIN volunteer_roles r ON r.id = v.role_id
             JOIN projects p ON p.id = r.project_id JOIN plans pl ON pl.id = p.plan_id
            WHERE pl.slug = $1 AND v.confirmed_at IS NOT NULL"#,
        plan
    )
    .fetch_one(&mut *db)
    .await?;
    let champions_by_neighbourhood = sqlx::query!(
        r#"SELECT n.name, count(cn.champion_id) AS "champions!"
             FROM neighbourhoods n JOIN plans pl ON pl.id = n.plan_id
             LEFT JOIN champion_neighbourhoods cn ON cn.neighbourhood_id = n.id
            WHERE pl.slug = $1
            GROUP BY n.id, n.name ORDER BY count(cn.champion_id) DESC, n.name"#,
        plan
    )
    .fetch_all(&mut *db)
    .await?
    .into_iter()
    .map(|r| (r.name, r.champions))
    .collect();
    Ok(Totals {
        by_stage,
        volunteers,
        champions_by_neighbourhood,
    })
}

/// Every project meeting the box, as GeoJSON features (the OGC collection `projects`).
pub async fn public_features(
    db: impl PgExecutor<'_>,
    bbox: Option<[f64; 4]>,
) -> Result<Vec<Value>, sqlx::Error> {
    let [min_lon, min_lat, max_lon, max_lat] = bbox.unwrap_or([-180.0, -90.0, 180.0, 90.0]);
    sqlx::query_scalar!(
        r#"SELECT json_build_object(
                   'type', 'Feature',
                   'id', p.id,
                   'geometry', ST_AsGeoJSON(p.site, 6)::json,
                   'properties', json_build_object(
                       'plan', pl.slug, 'slug', p.slug, 'title', p.title,
                       'technology', p.technology, 'stage', p.stage, 'kwp', p.kwp,
                       'homes_served', p.homes_served, 'buildings_served', p.buildings_served,
                       'proposal', p.proposal_id, 'updated_at', p.updated_at)
               )::jsonb AS "feature!"
             FROM projects p JOIN plans pl ON pl.id = p.plan_id
            WHERE ST_Intersects(p.site, ST_MakeEnvelope($1, $2, $3, $4, 4326))
            ORDER BY p.created_at, p.id"#,
        min_lon,
        min_lat,
        max_lon,
        max_lat
    )
    .fetch_all(db)
    .await
}

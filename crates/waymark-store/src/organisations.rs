//! A plan's organisations, which answer what its people said, and the accounts that act
//! for them (responders).

use serde_json::json;
use sqlx::{PgConnection, PgExecutor};
use uuid::Uuid;

#[derive(Debug, Clone)]
pub struct OrganisationRow {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub kind: String,
}

#[derive(Debug)]
pub enum CreateOrganisation {
    Created(OrganisationRow),
    PlanNotFound,
    /// The plan already has an organisation with this slug.
    SlugTaken,
}

/// Adds an organisation to a plan.
pub async fn create_organisation(
    conn: &mut PgConnection,
    plan: &str,
    slug: &str,
    name: &str,
    kind: &str,
) -> Result<CreateOrganisation, sqlx::Error> {
    let created = sqlx::query_as!(
        OrganisationRow,
        r#"INSERT INTO organisations (plan_id, slug, name, kind)
           SELECT p.id, $2, $3, $4 FROM plans p WHERE p.slug = $1
           ON CONFLICT (plan_id, slug) DO NOTHING
           RETURNING id, slug, name, kind"#,
        plan,
        slug,
        name,
        kind
    )
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = created {
        return Ok(CreateOrganisation::Created(row));
    }
    let plan_exists = crate::plans::get(&mut *conn, plan).await?.is_some();
    Ok(if plan_exists {
        CreateOrganisation::SlugTaken
    } else {
        CreateOrganisation::PlanNotFound
    })
}

/// A plan's organisations by name; `None` when there is no such plan.
pub async fn organisations(
    db: impl PgExecutor<'_> + Copy,
    plan: &str,
) -> Result<Option<Vec<OrganisationRow>>, sqlx::Error> {
    if crate::plans::get(db, plan).await?.is_none() {
        return Ok(None);
    }
    sqlx::query_as!(
        OrganisationRow,
        r#"SELECT o.id, o.slug, o.name, o.kind
             FROM organisations o JOIN plans p ON p.id = o.plan_id
            WHERE p.slug = $1
            ORDER BY o.name, o.id"#,
        plan
    )
    .fetch_all(db)
    .await
    .map(Some)
}

/// The organisation of a plan with this slug.
pub async fn organisation_by_slug(
    db: impl PgExecutor<'_>,
    plan: &str,
    slug: &str,
) -> Result<Option<OrganisationRow>, sqlx::Error> {
    sqlx::query_as!(
        OrganisationRow,
        r#"SELECT o.id, o.slug, o.name, o.kind
             FROM organisations o JOIN plans p ON p.id = o.plan_id
            WHERE p.slug = $1 AND o.slug = $2"#,
        plan,
        slug
    )
    .fetch_optional(db)
    .await
}

#[derive(Debug)]
pub enum Assign {
    /// The user's role and organisation before and after.
    Done {
        before: serde_json::Value,
        after: serde_json::Value,
    },
    OrganisationNotFound,
    UserNotFound,
}

/// Makes a user a responder of an organisation and records it in the audit log.
pub async fn make_responder(
    conn: &mut PgConnection,
    organisation: Uuid,
    user: Uuid,
    actor: &str,
) -> Result<Assign, sqlx::Error> {
    let Some(org) = sqlx::query_scalar!(
        r#"SELECT slug FROM organisations WHERE id = $1"#,
        organisation
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(Assign::OrganisationNotFound);
    };
    let Some(before) = sqlx::query!(
        r#"SELECT u.role, o.slug AS "organisation?"
             FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
            WHERE u.id = $1 FOR UPDATE OF u"#,
        user
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(Assign::UserNotFound);
    };
    sqlx::query!(
        "UPDATE users SET role = 'responder', organisation_id = $2 WHERE id = $1",
        user,
        organisation
    )
    .execute(&mut *conn)
    .await?;
    let before = json!({ "role": before.role, "organisation": before.organisation });
    let after = json!({ "role": "responder", "organisation": org });
    crate::moderation::audit(
        &mut *conn,
        actor,
        "user.make_responder",
        "user",
        &user.to_string(),
        None,
        Some(before.clone()),
        Some(after.clone()),
    )
    .await?;
    Ok(Assign::Done { before, after })
}

/// The organisations with this slug (in `plan`, when given) and their plans' slugs: the
/// command line names an organisation by its slug alone when only one plan has it.
pub async fn organisations_by_slug(
    db: impl PgExecutor<'_>,
    slug: &str,
    plan: Option<&str>,
) -> Result<Vec<(Uuid, String)>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT o.id, p.slug AS plan FROM organisations o JOIN plans p ON p.id = o.plan_id
            WHERE o.slug = $1 AND ($2::text IS NULL OR p.slug = $2)
            ORDER BY p.slug"#,
        slug,
        plan
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.plan)).collect())
}

/// The organisation an account answers for (a responder's), with its plan's slug.
pub async fn of_user(
    db: impl PgExecutor<'_>,
    user: Uuid,
) -> Result<Option<(OrganisationRow, String)>, sqlx::Error> {
    let row = sqlx::query!(
        r#"SELECT o.id, o.slug, o.name, o.kind, p.slug AS plan
             FROM users u
             JOIN organisations o ON o.id = u.organisation_id
             JOIN plans p ON p.id = o.plan_id
            WHERE u.id = $1"#,
        user
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| {
        (
            OrganisationRow {
                id: r.id,
                slug: r.slug,
                name: r.name,
                kind: r.kind,
            },
            r.plan,
        )
    }))
}

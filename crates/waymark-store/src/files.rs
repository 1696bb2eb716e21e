//! Uploaded files' rows (migration 0032); their bytes live in the object store
//! (`waymark_api::files`). Features that keep files (group resources, project photos)
//! reference `files(id)` and check who may read them.

use sqlx::PgConnection;
use time::OffsetDateTime;
use uuid::Uuid;

/// A file's row.
#[derive(Debug, Clone)]
pub struct FileRow {
    pub id: Uuid,
    pub plan_id: Uuid,
    /// Where the bytes are in the object store.
    pub object_key: String,
    pub content_type: String,
    pub byte_size: i64,
    /// The name it was uploaded with, cleaned to a safe file name.
    pub name: String,
    pub created_at: OffsetDateTime,
}

/// What a new row holds.
pub struct NewFile<'a> {
    pub id: Uuid,
    pub plan_id: Uuid,
    pub object_key: &'a str,
    pub content_type: &'a str,
    pub byte_size: i64,
    pub sha256: &'a [u8],
    pub name: &'a str,
    pub uploaded_by: Option<Uuid>,
}

pub async fn insert(conn: &mut PgConnection, file: NewFile<'_>) -> Result<FileRow, sqlx::Error> {
    sqlx::query_as!(
        FileRow,
        r#"INSERT INTO files (id, plan_id, object_key, content_type, byte_size, sha256,
                              original_name, uploaded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           RETURNING id, plan_id, object_key, content_type, byte_size,
                     original_name AS name, created_at"#,
        file.id,
        file.plan_id,
        file.object_key,
        file.content_type,
        file.byte_size,
        file.sha256,
        file.name,
        file.uploaded_by,
    )
    .fetch_one(conn)
    .await
}

/// A file's row, if it exists in this plan.
pub async fn find(
    conn: &mut PgConnection,
    plan_id: Uuid,
    id: Uuid,
) -> Result<Option<FileRow>, sqlx::Error> {
    sqlx::query_as!(
        FileRow,
        r#"SELECT id, plan_id, object_key, content_type, byte_size,
                  original_name AS name, created_at
           FROM files WHERE id = $1 AND plan_id = $2"#,
        id,
        plan_id,
    )
    .fetch_optional(conn)
    .await
}

/// Removes a file's row; the caller removes its bytes once the transaction commits.
pub async fn delete(conn: &mut PgConnection, id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query!("DELETE FROM files WHERE id = $1", id)
        .execute(conn)
        .await?;
    Ok(())
}

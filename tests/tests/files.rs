//! The object store behind uploaded files (group resources, project photos): the same
//! save, find, serve and delete through a local directory and through an S3-compatible
//! server (moto) run here; a refused file leaves neither an object nor a row.

use axum::body::to_bytes;
use bytes::Bytes;
use sqlx::PgPool;
use waymark_api::files::{Disposition, FileStore, Kinds};
use waymark_tests::s3::S3Server;

/// A whole, valid 1×1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

async fn plan(pool: &PgPool) -> uuid::Uuid {
    let mut conn = pool.acquire().await.unwrap();
    waymark::seed::load_plan(&mut conn).await.unwrap()
}

async fn count_rows(pool: &PgPool) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM files")
        .fetch_one(pool)
        .await
        .unwrap()
}

/// Saves a PDF and a photo, reads both back with their headers, refuses HTML named
/// `.pdf` and an oversized file, then deletes the PDF.
async fn round_trip(pool: &PgPool, store: &FileStore) {
    let plan_id = plan(pool).await;
    let mut tx = pool.begin().await.unwrap();
    let pdf = store
        .accept(Bytes::from_static(PDF), Kinds::Documents)
        .unwrap();
    let pdf = store
        .save(&mut tx, plan_id, pdf, "Minutes 3 March.pdf", None)
        .await
        .unwrap();
    let png = store
        .accept(Bytes::from_static(PNG), Kinds::Images)
        .unwrap();
    let png = store
        .save(&mut tx, plan_id, png, "../roof.jpeg", None)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(pdf.name, "Minutes 3 March.pdf");
    assert_eq!(
        png.name, "roof.png",
        "the extension the bytes show, no folders"
    );

    let mut conn = pool.acquire().await.unwrap();
    let found = FileStore::find(&mut conn, plan_id, pdf.id)
        .await
        .unwrap()
        .unwrap();
    let response = store
        .respond(&found, Disposition::Attachment, true)
        .await
        .unwrap();
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["cache-control"], "private, no-store");
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"Minutes 3 March.pdf\""),
        "{:?}",
        headers["content-disposition"]
    );
    let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    assert_eq!(body.as_ref(), PDF);

    let photo = store
        .respond(&png, Disposition::InlineImage, false)
        .await
        .unwrap();
    assert!(
        photo.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("inline;")
    );
    // A document asked for inline still downloads.
    let still = store
        .respond(&found, Disposition::InlineImage, false)
        .await
        .unwrap();
    assert!(
        still.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );

    // Another plan's id does not find it.
    let elsewhere = uuid::Uuid::new_v4();
    assert!(
        FileStore::find(&mut conn, elsewhere, pdf.id)
            .await
            .unwrap()
            .is_none()
    );

    let html =
        Bytes::from_static(b"<html><body><script>alert(document.cookie)</script></body></html>");
    assert!(
        store.accept(html, Kinds::Documents).is_err(),
        "HTML named .pdf is refused"
    );
    assert_eq!(
        count_rows(pool).await,
        2,
        "nothing stored for a refused file"
    );

    let mut tx = pool.begin().await.unwrap();
    store.delete(&mut tx, &found).await.unwrap();
    tx.commit().await.unwrap();
    assert!(
        FileStore::find(&mut conn, plan_id, pdf.id)
            .await
            .unwrap()
            .is_none()
    );
    let gone = store.respond(&found, Disposition::Attachment, true).await;
    assert!(gone.is_err(), "the object is gone too");
    assert_eq!(count_rows(pool).await, 1);
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn files_round_trip_through_a_local_directory(pool: PgPool) {
    let dir = tempfile::tempdir().unwrap();
    let store =
        FileStore::open(&format!("file://{}/files", dir.path().display()), 1 << 20).unwrap();
    store.check().await.unwrap();
    round_trip(&pool, &store).await;
    let on_disk = walk(&dir.path().join("files"));
    assert_eq!(on_disk.len(), 1, "one object left on disk: {on_disk:?}");
}

#[sqlx::test(migrator = "waymark_tests::MIGRATOR")]
async fn files_round_trip_through_an_s3_compatible_server(pool: PgPool) {
    let s3 = S3Server::start().await;
    let store = s3.store("waymark", 1 << 20);
    store.check().await.unwrap();
    round_trip(&pool, &store).await;
    // The object is in the bucket, under the prefix, as S3 itself lists it.
    let listing = reqwest::get(format!("{}/{}?list-type=2", s3.endpoint, s3.bucket))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        listing.matches("<Key>waymark/plans/").count(),
        1,
        "{listing}"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

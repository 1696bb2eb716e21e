//! Uploaded files (a group's resources, a project's photos and documents), kept in an
//! object store: a local directory (`file:///…`, what `make run` uses), any
//! S3-compatible store (`s3://bucket/prefix`, for several servers), or memory
//! (`memory:`, for tests).
//!
//! What a file is comes from its first bytes, never from its name: HTML, SVG, XML and
//! scripts are refused whatever they are called, and files are served with
//! `X-Content-Type-Options: nosniff`, as attachments unless they are raster images
//! shown on a page. Who may read a file is the caller's to check, on every request: a
//! file's id is random, but that is no permission.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use object_store::{ObjectStore, PutPayload, aws::AmazonS3Builder, local::LocalFileSystem};
use object_store::{memory::InMemory, path::Path, prefix::PrefixStore};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use waymark_store::PgConnection;

use crate::{ApiError, Detail};

/// Largest upload by default: 10 MiB.
pub const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// Where files go and how large they may be.
#[derive(Clone)]
pub struct FileStore {
    store: Arc<dyn ObjectStore>,
    /// What `WAYMARK_STORAGE_URL` said, for logs and `check-config` (no secrets: S3
    /// credentials come from `AWS_*` variables).
    url: String,
    max_bytes: usize,
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileStore")
            .field("url", &self.url)
            .field("max_bytes", &self.max_bytes)
            .finish()
    }
}

impl Default for FileStore {
    fn default() -> Self {
        Self::in_memory(DEFAULT_MAX_BYTES)
    }
}

/// Which kinds of file a place accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kinds {
    /// PNG, JPEG, GIF and WebP photos.
    Images,
    /// PDF, office documents (OOXML, OpenDocument, the older binary formats) and images.
    Documents,
}

/// How a file is handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    /// Downloaded, never shown in the page's origin.
    Attachment,
    /// A raster image shown on a page (`<img>`); anything else still downloads.
    InlineImage,
}

/// Bytes whose size and type were checked, ready to be saved.
#[derive(Debug, Clone)]
pub struct Accepted {
    bytes: Bytes,
    content_type: &'static str,
    extension: &'static str,
}

impl Accepted {
    pub fn content_type(&self) -> &'static str {
        self.content_type
    }
}

pub use waymark_store::files::FileRow;

impl FileStore {
    /// A store that forgets at exit (tests, trying out).
    pub fn in_memory(max_bytes: usize) -> Self {
        Self {
            store: Arc::new(InMemory::new()),
            url: "memory:".into(),
            max_bytes,
        }
    }

    /// Opens the store `url` names: `file:///dir` (made if missing), `s3://bucket` or
    /// `s3://bucket/prefix` (credentials, region and `AWS_ENDPOINT`/`AWS_ENDPOINT_URL` and
    /// `AWS_ALLOW_HTTP` for a local S3-compatible server from the environment), or
    /// `memory:`.
    pub fn open(url: &str, max_bytes: usize) -> anyhow::Result<Self> {
        Self::open_with(url, max_bytes, &[])
    }

    /// As `open`, with S3 settings given here over the environment's, by
    /// `object_store`'s names (`aws_endpoint`, `aws_access_key_id`, `aws_allow_http`, …).
    pub fn open_with(url: &str, max_bytes: usize, s3: &[(&str, &str)]) -> anyhow::Result<Self> {
        let store: Arc<dyn ObjectStore> = if let Some(dir) = url.strip_prefix("file://") {
            anyhow::ensure!(
                dir.starts_with('/'),
                "WAYMARK_STORAGE_URL file:// needs an absolute path (file:///srv/waymark/files), not {url:?}"
            );
            std::fs::create_dir_all(dir)
                .map_err(|e| anyhow::anyhow!("cannot make the storage directory {dir}: {e}"))?;
            Arc::new(LocalFileSystem::new_with_prefix(dir)?)
        } else if let Some(rest) = url.strip_prefix("s3://") {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            anyhow::ensure!(
                !bucket.is_empty(),
                "WAYMARK_STORAGE_URL s3:// needs a bucket"
            );
            let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
            // `from_env` reads AWS_ENDPOINT; the AWS tools' own name is AWS_ENDPOINT_URL.
            if let Ok(endpoint) = std::env::var("AWS_ENDPOINT_URL") {
                builder = builder.with_endpoint(endpoint);
            }
            for (key, value) in s3 {
                builder = builder.with_config(key.parse()?, *value);
            }
            let s3 = builder.build()?;
            match prefix.trim_matches('/') {
                "" => Arc::new(s3),
                prefix => Arc::new(PrefixStore::new(s3, prefix)),
            }
        } else if url == "memory:" {
            Arc::new(InMemory::new())
        } else {
            anyhow::bail!(
                "WAYMARK_STORAGE_URL must start with file:///, s3:// or be memory:, not {url:?}"
            );
        };
        Ok(Self {
            store,
            url: url.to_owned(),
            max_bytes,
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn max_bytes(&self) -> usize {
        self.max_bytes
    }

    /// Checks an upload's size and, from its bytes, its type: 413 `file_too_large`,
    /// 415 `file_type_not_allowed`.
    pub fn accept(&self, bytes: Bytes, kinds: Kinds) -> Result<Accepted, ApiError> {
        if bytes.len() > self.max_bytes {
            return Err(ApiError::Refused {
                status: StatusCode::PAYLOAD_TOO_LARGE,
                code: "file_too_large",
                detail: Detail::new("problem-detail-file-too-large")
                    .arg("limit", self.max_bytes / 1024 / 1024),
            });
        }
        let (content_type, extension) = sniff(&bytes, kinds).ok_or(ApiError::Refused {
            status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
            code: "file_type_not_allowed",
            detail: Detail::new(match kinds {
                Kinds::Images => "problem-detail-file-type-not-image",
                Kinds::Documents => "problem-detail-file-type-not-allowed",
            }),
        })?;
        Ok(Accepted {
            bytes,
            content_type,
            extension,
        })
    }

    /// Writes the object, then its row (in the caller's transaction). A transaction
    /// that rolls back afterwards leaves an object no row names, which is never served;
    /// a failed write leaves neither.
    pub async fn save(
        &self,
        conn: &mut PgConnection,
        plan_id: Uuid,
        file: Accepted,
        original_name: &str,
        uploaded_by: Option<Uuid>,
    ) -> Result<FileRow, ApiError> {
        let id = Uuid::new_v4();
        let object_key = format!("plans/{plan_id}/{id}");
        let sha256 = Sha256::digest(&file.bytes).to_vec();
        let byte_size = i64::try_from(file.bytes.len()).map_err(ApiError::internal)?;
        let name = safe_name(original_name, file.extension);
        self.store
            .put(
                &Path::from(object_key.as_str()),
                PutPayload::from(file.bytes),
            )
            .await
            .map_err(ApiError::internal)?;
        let row = waymark_store::files::insert(
            conn,
            waymark_store::files::NewFile {
                id,
                plan_id,
                object_key: &object_key,
                content_type: file.content_type,
                byte_size,
                sha256: &sha256,
                name: &name,
                uploaded_by,
            },
        )
        .await?;
        Ok(row)
    }

    /// A file's row, if it exists in this plan.
    pub async fn find(
        conn: &mut PgConnection,
        plan_id: Uuid,
        id: Uuid,
    ) -> Result<Option<FileRow>, ApiError> {
        Ok(waymark_store::files::find(conn, plan_id, id).await?)
    }

    /// The file's bytes as a response. `private` is for members-only files: no shared
    /// cache may keep them.
    pub async fn respond(
        &self,
        file: &FileRow,
        disposition: Disposition,
        private: bool,
    ) -> Result<Response, ApiError> {
        let object = self
            .store
            .get(&Path::from(file.object_key.as_str()))
            .await
            .map_err(|e| match e {
                object_store::Error::NotFound { .. } => ApiError::NotFound("file"),
                e => ApiError::internal(e),
            })?;
        let stream = object.into_stream();
        let inline =
            disposition == Disposition::InlineImage && file.content_type.starts_with("image/");
        let content_disposition = content_disposition(inline, &file.name);
        let mut response = Body::from_stream(stream).into_response();
        let headers = response.headers_mut();
        let value = |s: &str| HeaderValue::from_str(s).map_err(ApiError::internal);
        headers.insert(header::CONTENT_TYPE, value(&file.content_type)?);
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(file.byte_size));
        headers.insert(header::CONTENT_DISPOSITION, value(&content_disposition)?);
        headers.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; sandbox"),
        );
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(if private {
                "private, no-store"
            } else {
                "public, max-age=3600"
            }),
        );
        Ok(response)
    }

    /// Removes a file's object and its row (in the caller's transaction).
    pub async fn delete(&self, conn: &mut PgConnection, file: &FileRow) -> Result<(), ApiError> {
        waymark_store::files::delete(conn, file.id).await?;
        match self
            .store
            .delete(&Path::from(file.object_key.as_str()))
            .await
        {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(ApiError::internal(e)),
        }
    }

    /// Whether the store answers: writes, reads back and removes a small object.
    pub async fn check(&self) -> anyhow::Result<()> {
        let path = Path::from(format!("health/{}", Uuid::new_v4()));
        self.store
            .put(&path, PutPayload::from_static(b"ok"))
            .await?;
        let read = self.store.get(&path).await?.bytes().await?;
        anyhow::ensure!(read.as_ref() == b"ok", "the store gave back other bytes");
        self.store.delete(&path).await?;
        Ok(())
    }
}

/// The MIME type and extension the bytes show, if `kinds` allows it. Anything the
/// sniffer cannot name, or names as text (HTML, XML, SVG, scripts), is refused.
fn sniff(bytes: &[u8], kinds: Kinds) -> Option<(&'static str, &'static str)> {
    const IMAGES: &[&str] = &["image/png", "image/jpeg", "image/gif", "image/webp"];
    const DOCUMENTS: &[&str] = &[
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
    ];
    let kind = infer::get(bytes)?;
    let allowed = IMAGES.contains(&kind.mime_type())
        || (kinds == Kinds::Documents && DOCUMENTS.contains(&kind.mime_type()));
    allowed.then(|| (kind.mime_type(), kind.extension()))
}

/// `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` (RFC 6266): every
/// browser gets a name, and those that read `filename*` get it in its own script.
fn content_disposition(inline: bool, name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| if c.is_ascii() { c } else { '_' })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect();
    let kind = if inline { "inline" } else { "attachment" };
    format!("{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// A file name safe in a header and on any disk: the upload's own name without its
/// folders, quotes or control characters, ending in the extension its bytes show.
fn safe_name(original: &str, extension: &str) -> String {
    let base = original.rsplit(['/', '\\']).next().unwrap_or_default();
    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
    let stem: String = stem
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '(' | ')'))
        .take(80)
        .collect();
    let stem = stem.trim();
    let stem = if stem.is_empty() { "file" } else { stem };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = &[
        0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, b'I', b'H', b'D', b'R',
    ];

    #[test]
    fn the_type_comes_from_the_bytes_not_the_name() {
        let store = FileStore::in_memory(1024);
        let html = Bytes::from_static(b"<!DOCTYPE html><html><script>alert(1)</script></html>");
        for kinds in [Kinds::Images, Kinds::Documents] {
            let refused = store.accept(html.clone(), kinds).unwrap_err();
            assert!(matches!(
                refused,
                ApiError::Refused {
                    code: "file_type_not_allowed",
                    ..
                }
            ));
        }
        let svg = Bytes::from_static(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>");
        assert!(store.accept(svg, Kinds::Documents).is_err());
        let pdf = Bytes::from_static(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
        assert_eq!(
            store
                .accept(pdf.clone(), Kinds::Documents)
                .unwrap()
                .content_type(),
            "application/pdf"
        );
        assert!(
            store.accept(pdf, Kinds::Images).is_err(),
            "a PDF is not a photo"
        );
        let png = Bytes::from_static(PNG);
        assert_eq!(
            store.accept(png, Kinds::Images).unwrap().content_type(),
            "image/png"
        );
    }

    #[test]
    fn too_large_is_413_before_anything_is_read() {
        let store = FileStore::in_memory(8);
        let refused = store
            .accept(Bytes::from_static(PNG), Kinds::Images)
            .unwrap_err();
        assert!(matches!(
            refused,
            ApiError::Refused {
                status: StatusCode::PAYLOAD_TOO_LARGE,
                code: "file_too_large",
                ..
            }
        ));
    }

    #[test]
    fn names_lose_folders_quotes_and_their_claimed_extension() {
        assert_eq!(safe_name("../../etc/passwd", "pdf"), "passwd.pdf");
        assert_eq!(
            safe_name("C:\\Users\\me\\Minutes 3 March.docx", "pdf"),
            "Minutes 3 March.pdf"
        );
        assert_eq!(safe_name("a\"b;\r\nc.png", "png"), "abc.png");
        assert_eq!(safe_name("", "png"), "file.png");
        assert_eq!(safe_name("évènement.jpg", "jpg"), "évènement.jpg");
        assert_eq!(
            content_disposition(false, "évènement 1.jpg"),
            "attachment; filename=\"_v_nement 1.jpg\"; filename*=UTF-8''%C3%A9v%C3%A8nement%201.jpg"
        );
    }

    #[test]
    fn a_storage_url_names_a_known_store() {
        assert!(FileStore::open("ftp://example.org/x", 1).is_err());
        assert!(FileStore::open("file://relative/dir", 1).is_err());
        let dir = tempfile::tempdir().unwrap();
        let url = format!("file://{}/files", dir.path().display());
        assert_eq!(FileStore::open(&url, 1).unwrap().url(), url);
        assert!(dir.path().join("files").is_dir());
    }
}

-- Uploaded files (a group's resources, a project's photos and documents). The bytes are
-- in the object store (WAYMARK_STORAGE_URL) under object_key; this row is what makes a
-- file exist: an object no row names is never served. Features reference files(id) and
-- decide who may read a file.
CREATE TABLE files (
    id            uuid PRIMARY KEY,
    plan_id       uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    object_key    text NOT NULL UNIQUE,
    -- From the bytes, never from the name.
    content_type  text NOT NULL,
    byte_size     bigint NOT NULL CHECK (byte_size >= 0),
    sha256        bytea NOT NULL CHECK (length(sha256) = 32),
    -- The uploader's file name, cleaned (no folders, quotes or control characters).
    original_name text NOT NULL CHECK (length(original_name) BETWEEN 1 AND 200),
    uploaded_by   uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX files_plan ON files (plan_id);
CREATE INDEX files_uploaded_by ON files (uploaded_by) WHERE uploaded_by IS NOT NULL;

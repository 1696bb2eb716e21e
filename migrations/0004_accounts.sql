-- Accounts, sessions, personal tokens, flags and duplicates.

CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email         text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    display_name  text CHECK (char_length(display_name) BETWEEN 1 AND 60),
    role          text NOT NULL CHECK (role IN ('resident', 'mobiliser', 'facilitator', 'moderator',
                                                'dno_engineer', 'admin')),
    -- An argon2id PHC string; never a password.
    password_hash text NOT NULL CHECK (password_hash LIKE '$argon2%'),
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_idx ON users (email);

-- Sessions and tokens are stored as SHA-256 digests of the secret the client holds.
CREATE TABLE sessions (
    token_hash bytea PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    token_hash   bytea NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

CREATE TABLE flags (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contribution_id uuid NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    reporter_key    text NOT NULL,
    reason          text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
    created_at      timestamptz NOT NULL DEFAULT now(),
    resolved_at     timestamptz,
    UNIQUE (contribution_id, reporter_key)
);
CREATE INDEX flags_open_idx ON flags (contribution_id) WHERE resolved_at IS NULL;

ALTER TABLE contributions ADD COLUMN duplicate_of uuid REFERENCES contributions (id);
CREATE INDEX contributions_pending_idx ON contributions (plan_id, created_at) WHERE status = 'pending';
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);

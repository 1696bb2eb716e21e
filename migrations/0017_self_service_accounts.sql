-- Accounts people make themselves: sign-ups waiting for their confirmation, password
-- resets and e-mail changes. Each is reached through a mailed link whose token is stored
-- only as its SHA-256 digest.

-- A sign-up is not an account: the `users` row is made only when the mailed link is
-- confirmed (with the password chosen at sign-up), so an address nobody confirmed can
-- neither sign in nor be taken over by whoever typed it. An address may have several
-- sign-ups waiting (each link confirms only its own password); confirming one ends them all.
CREATE TABLE signups (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email          text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    display_name   text CHECK (char_length(display_name) BETWEEN 1 AND 60),
    -- An argon2id PHC string; never a password.
    password_hash  text NOT NULL CHECK (password_hash LIKE '$argon2%'),
    confirm_digest bytea NOT NULL UNIQUE,
    created_at     timestamptz NOT NULL DEFAULT now(),
    expires_at     timestamptz NOT NULL
);
CREATE INDEX signups_email_idx ON signups (email);
CREATE INDEX signups_expires_idx ON signups (expires_at);

-- A password reset link: used once, within its hour; using one ends the others.
CREATE TABLE password_resets (
    digest     bytea PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX password_resets_user_idx ON password_resets (user_id);
CREATE INDEX password_resets_expires_idx ON password_resets (expires_at);

-- A new e-mail address waiting for its owner's confirmation; the account keeps the old
-- address until then. Only a user's newest request is kept.
CREATE TABLE email_changes (
    digest     bytea PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    new_email  text NOT NULL CHECK (new_email = lower(new_email) AND new_email LIKE '%_@_%'),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX email_changes_user_idx ON email_changes (user_id);
CREATE INDEX email_changes_expires_idx ON email_changes (expires_at);

-- The account mails: a sign-up's confirmation, "you already have an account", a reset
-- link, a new address's confirmation, and the notice to the old address.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
    CHECK (kind IN ('confirm', 'digest', 'signup', 'signup_taken', 'password_reset',
                    'email_change', 'email_changed'));

-- "At most one mail of a kind to an address every 10 minutes" looks mail up by address.
CREATE INDEX mail_outbox_to_idx ON mail_outbox (lower(to_address), created_at);

-- "Your data" (issue 21): a person proves an e-mail address with a one-time link, then
-- downloads or erases everything tied to it; a data officer does the same, within one
-- plan, for residents who gave their views through a mobiliser.
-- Expand-only: an older Waymark never meets an erased contribution's status, since it
-- neither writes nor lists it (it counts only published and internal ones).

-- The one-time links that prove an address. Only the SHA-256 of the link's token is
-- kept; a link is deleted when it is used, and the retention purge deletes expired ones.
CREATE TABLE data_links (
    digest      bytea PRIMARY KEY,
    email       text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);
CREATE INDEX data_links_email_idx ON data_links (lower(email));
CREATE INDEX data_links_expiry_idx ON data_links (expires_at);

ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
    CHECK (kind IN ('confirm', 'digest', 'signup', 'signup_taken', 'password_reset',
                    'email_change', 'email_changed', 'outcome', 'inactive_account',
                    'data_link'));

-- A data officer answers requests about people's data, each within the plans listed here.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('resident', 'mobiliser', 'facilitator', 'moderator', 'dno_engineer', 'admin',
                    'responder', 'council_officer', 'data_officer'));

CREATE TABLE data_officers (
    user_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    plan_id  uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, plan_id)
);

-- An erased contribution nobody replied to: its words, names, keys and exact point are
-- gone; what is left (kind, themes, neighbourhood, day) only keeps the reports' counts
-- right. It is never listed, tiled or served.
ALTER TABLE contributions DROP CONSTRAINT contributions_status_check;
ALTER TABLE contributions ADD CONSTRAINT contributions_status_check
    CHECK (status IN ('published', 'pending', 'hidden', 'withdrawn', 'internal', 'erased'));

-- Finding what a mobiliser recorded on someone's behalf, by the name or note recorded.
CREATE INDEX contributions_on_behalf_idx ON contributions (plan_id, lower(on_behalf_of))
    WHERE on_behalf_of IS NOT NULL;

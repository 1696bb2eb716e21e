-- Retention as settings (issue 21): when an account was last seen, so that a resident's
-- account nobody uses is warned by mail and then deleted; the language that mail goes in;
-- and indexes that let the hourly pass find what is due without reading whole tables.

ALTER TABLE users
    -- Moved on at each sign-in and at most hourly while a session or token is used.
    ADD COLUMN last_seen_at timestamptz,
    -- When the "your account will be deleted" mail was queued; NULL once seen again.
    ADD COLUMN inactivity_warned_at timestamptz,
    -- The language of the latest sign-in, for mails no request asks for.
    ADD COLUMN lang text NOT NULL DEFAULT 'en-GB'
        CHECK (lang IN ('en-GB', 'pl', 'ro', 'pt', 'ur', 'ar', 'en-XA'));
-- Accounts from before: last seen at their newest sign-in or token use, else when made.
UPDATE users u
   SET last_seen_at = greatest(u.created_at,
                               (SELECT max(s.created_at) FROM sessions s WHERE s.user_id = u.id),
                               (SELECT max(t.last_used_at) FROM api_tokens t WHERE t.user_id = u.id));
ALTER TABLE users ALTER COLUMN last_seen_at SET DEFAULT now(),
                  ALTER COLUMN last_seen_at SET NOT NULL;
CREATE INDEX users_resident_last_seen_idx ON users (last_seen_at) WHERE role = 'resident';

ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
    CHECK (kind IN ('confirm', 'digest', 'signup', 'signup_taken', 'password_reset',
                    'email_change', 'email_changed', 'outcome', 'inactive_account'));

-- What the retention pass looks for, by age.
CREATE INDEX contributions_idempotency_age_idx ON contributions (created_at)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX replies_idempotency_age_idx ON replies (created_at)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX contributions_visitor_age_idx ON contributions (created_at)
    WHERE author_key LIKE 'visitor:%';
CREATE INDEX replies_visitor_age_idx ON replies (created_at)
    WHERE author_key LIKE 'visitor:%';
CREATE INDEX supports_visitor_age_idx ON supports (created_at)
    WHERE supporter LIKE 'visitor:%';
CREATE INDEX flags_visitor_age_idx ON flags (created_at)
    WHERE reporter_key LIKE 'visitor:%';

-- Cutting a private key (the author's, the retry key) changes nothing anyone sees, so
-- it is no event for the live stream or the digests. Only retention and erasure change
-- those keys, and they change nothing else in the same statement.
DROP TRIGGER contributions_events ON contributions;
CREATE TRIGGER contributions_events_insert AFTER INSERT ON contributions
    FOR EACH ROW EXECUTE FUNCTION contributions_events();
CREATE TRIGGER contributions_events_update AFTER UPDATE ON contributions
    FOR EACH ROW
    WHEN (OLD.author_key IS NOT DISTINCT FROM NEW.author_key
          AND OLD.idempotency_key IS NOT DISTINCT FROM NEW.idempotency_key)
    EXECUTE FUNCTION contributions_events();

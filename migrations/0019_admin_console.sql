-- The admin console: a plan's own limit on contributions per person, and the audit log
-- read through filters (who, what, when).

-- The most contributions one person (an account, else a visitor's cookie) may post to
-- the plan in 24 hours; NULL: no limit beyond the service's own per-minute limits. Pins
-- added in a live workshop do not count: a workshop has its own allowance.
ALTER TABLE plans
    ADD COLUMN contributions_per_day integer CHECK (contributions_per_day BETWEEN 1 AND 10000);

CREATE INDEX contributions_author_day_idx ON contributions (plan_id, author_key, created_at)
    WHERE author_key IS NOT NULL AND workshop_id IS NULL;

-- The console's audit filters: by who acted and by what they did, newest first.
CREATE INDEX audit_log_actor_idx ON audit_log (actor, id DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, id DESC);

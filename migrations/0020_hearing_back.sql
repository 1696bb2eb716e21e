-- Hearing back (issue 13): anyone may follow one contribution or one commitment by
-- e-mail, with the same double opt-in, unsubscribe link and forgetting as following a
-- place. Such a follow has no digest: it mails at each change (`frequency = 'each'`).
-- Place followers hear of outcomes too, one 'outcome' mail per change and address.

ALTER TABLE subscriptions
    ADD COLUMN contribution_id uuid REFERENCES contributions (id) ON DELETE CASCADE,
    ADD COLUMN commitment_id uuid REFERENCES responses (id) ON DELETE CASCADE;

ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_check;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_followed_check
    CHECK (num_nonnulls(neighbourhood_id, area, contribution_id, commitment_id) = 1);

ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_frequency_check;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_frequency_check
    CHECK (CASE WHEN contribution_id IS NULL AND commitment_id IS NULL
                THEN frequency IN ('daily', 'weekly')
                ELSE frequency = 'each' END);

CREATE UNIQUE INDEX subscriptions_contribution_idx
    ON subscriptions (plan_id, lower(email), contribution_id) WHERE contribution_id IS NOT NULL;
CREATE UNIQUE INDEX subscriptions_commitment_idx
    ON subscriptions (plan_id, lower(email), commitment_id) WHERE commitment_id IS NOT NULL;
-- Who hears of a change is looked up by what changed.
CREATE INDEX subscriptions_contribution_lookup_idx ON subscriptions (contribution_id)
    WHERE contribution_id IS NOT NULL AND confirmed_at IS NOT NULL;
CREATE INDEX subscriptions_commitment_lookup_idx ON subscriptions (commitment_id)
    WHERE commitment_id IS NOT NULL AND confirmed_at IS NOT NULL;

ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
    CHECK (kind IN ('confirm', 'digest', 'signup', 'signup_taken', 'password_reset',
                    'email_change', 'email_changed', 'outcome'));

-- "Your contributions": what one person (account or visitor cookie) posted to a plan.
CREATE INDEX contributions_author_idx ON contributions (plan_id, author_key, created_at DESC)
    WHERE author_key IS NOT NULL;

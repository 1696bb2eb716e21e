-- Following a neighbourhood or an area drawn on the map, by e-mail, without an account.
-- A subscription starts unconfirmed: the first mail asks the address's owner to confirm
-- (double opt-in), and nothing else is sent until they do. Digests list what became
-- public in the followed place since the last digest; every mail waits in `mail_outbox`
-- until a sender has delivered it, so a failed or absent mail server loses nothing.

CREATE TABLE subscriptions (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id            uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    email              text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    -- Exactly one of a neighbourhood and an area.
    neighbourhood_id   uuid REFERENCES neighbourhoods (id) ON DELETE CASCADE,
    area               geometry(MultiPolygon, 4326),
    frequency          text NOT NULL CHECK (frequency IN ('daily', 'weekly')),
    -- The SHA-256 of the token in the confirmation link; the link's token is never stored.
    confirm_digest     bytea NOT NULL,
    confirmed_at       timestamptz,
    -- Goes in every digest's unsubscribe link (RFC 8058 one-click); it can only end this
    -- subscription.
    unsubscribe_token  text NOT NULL UNIQUE,
    -- The last event (events.id) a digest has covered, and when that digest was made.
    last_event_id      bigint NOT NULL DEFAULT 0,
    last_digest_at     timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((neighbourhood_id IS NULL) <> (area IS NULL))
);
CREATE UNIQUE INDEX subscriptions_neighbourhood_idx
    ON subscriptions (plan_id, lower(email), neighbourhood_id) WHERE neighbourhood_id IS NOT NULL;
CREATE INDEX subscriptions_confirm_idx ON subscriptions (confirm_digest);
CREATE INDEX subscriptions_due_idx ON subscriptions (last_digest_at) WHERE confirmed_at IS NOT NULL;

CREATE TABLE mail_outbox (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id  uuid REFERENCES subscriptions (id) ON DELETE SET NULL,
    kind             text NOT NULL CHECK (kind IN ('confirm', 'digest')),
    to_address       text NOT NULL,
    subject          text NOT NULL,
    body_text        text NOT NULL,
    -- Extra headers (List-Unsubscribe and List-Unsubscribe-Post on digests).
    headers          jsonb NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL DEFAULT now(),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    attempts         integer NOT NULL DEFAULT 0,
    last_error       text,
    sent_at          timestamptz
);
CREATE INDEX mail_outbox_pending_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;

-- Wakes the senders of every process when a mail is queued.
CREATE FUNCTION mail_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('waymark_mail', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER mail_outbox_notify AFTER INSERT ON mail_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION mail_outbox_notify();

-- Outcomes (issue 13): organisations of a plan answer what people told it. A responder
-- acts for one organisation; a response, signed by the organisation, gives many
-- contributions one outcome at once, and a response with a title is a commitment with a
-- progress % and dated progress updates. The outcome is not the moderation `status`:
-- a published pin can be `done`, and a hidden one keeps its outcome out of sight.

CREATE TABLE organisations (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id    uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    slug       text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    kind       text NOT NULL DEFAULT 'other'
                   CHECK (kind IN ('council', 'housing', 'network_operator', 'community_group', 'other')),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (plan_id, slug)
);

-- A responder always acts for exactly one organisation; nobody else acts for one.
ALTER TABLE users ADD COLUMN organisation_id uuid REFERENCES organisations (id);
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('resident', 'mobiliser', 'facilitator', 'moderator', 'dno_engineer', 'admin',
                    'responder'));
ALTER TABLE users ADD CONSTRAINT users_organisation_check
    CHECK ((role = 'responder') = (organisation_id IS NOT NULL));
CREATE INDEX users_organisation_idx ON users (organisation_id) WHERE organisation_id IS NOT NULL;

-- The person who wrote a response is only in the audit log: the page shows the organisation.
CREATE TABLE responses (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id         uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    status          text NOT NULL
                        CHECK (status IN ('referred', 'considering', 'planned', 'done', 'not_possible',
                                          'duplicate')),
    body            text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
    -- A commitment when set: its progress then runs from 0 to 100.
    title           text CHECK (char_length(title) BETWEEN 1 AND 120),
    progress        smallint CHECK (progress BETWEEN 0 AND 100),
    -- The first day of the month the work is expected in.
    expected_month  date CHECK (extract(day FROM expected_month) = 1),
    reason          text CHECK (char_length(reason) BETWEEN 1 AND 1000),
    referred_to     uuid REFERENCES organisations (id),
    duplicate_of    uuid REFERENCES contributions (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((title IS NULL) = (progress IS NULL)),
    CHECK (status <> 'planned' OR expected_month IS NOT NULL),
    CHECK (status <> 'not_possible' OR reason IS NOT NULL),
    CHECK ((status = 'referred') = (referred_to IS NOT NULL)),
    CHECK ((status = 'duplicate') = (duplicate_of IS NOT NULL))
);
CREATE INDEX responses_plan_idx ON responses (plan_id, created_at DESC);
CREATE INDEX responses_commitments_idx ON responses (plan_id, created_at DESC) WHERE title IS NOT NULL;

CREATE TABLE response_updates (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    response_id uuid NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    progress    smallint NOT NULL CHECK (progress BETWEEN 0 AND 100),
    note        text NOT NULL CHECK (char_length(note) BETWEEN 1 AND 2000),
    on_date     date NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX response_updates_response_idx ON response_updates (response_id, on_date, created_at);

-- Each contribution's outcome: its status, the latest response that set it, and the
-- commitment it stays part of (a later answer without a title keeps the commitment).
ALTER TABLE contributions
    ADD COLUMN outcome text NOT NULL DEFAULT 'open'
        CHECK (outcome IN ('open', 'referred', 'considering', 'planned', 'done', 'not_possible',
                           'duplicate')),
    ADD COLUMN outcome_response_id uuid REFERENCES responses (id),
    ADD COLUMN commitment_id uuid REFERENCES responses (id),
    ADD COLUMN outcome_updated_at timestamptz;
CREATE INDEX contributions_outcome_idx ON contributions (plan_id, outcome);
CREATE INDEX contributions_commitment_idx ON contributions (commitment_id) WHERE commitment_id IS NOT NULL;
CREATE INDEX contributions_outcome_response_idx ON contributions (outcome_response_id)
    WHERE outcome_response_id IS NOT NULL;

-- The public view gains the outcome (new columns go last, as CREATE OR REPLACE VIEW asks).
CREATE OR REPLACE VIEW contributions_public AS
SELECT id, plan_id, neighbourhood_id, kind, themes, title, body, display_name, precision,
       geom, geom_3857, support_count, reply_count, search, created_at, updated_at,
       outcome, outcome_response_id, commitment_id, outcome_updated_at
  FROM contributions
 WHERE status = 'published';

-- The `outcome` object of a contribution as every reader gets it (GeoJSON, OGC, events):
-- built once, here, so that all of them say the same.
CREATE FUNCTION contribution_outcome(outcome text, response_id uuid, commitment_id uuid,
                                     changed_at timestamptz)
RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'status', contribution_outcome.outcome,
        'organisation', o.name,
        'referred_to', rt.name,
        'response', r.body,
        'commitment', CASE WHEN k.id IS NOT NULL THEN
                          jsonb_build_object('id', k.id, 'title', k.title, 'progress', k.progress) END,
        'expected_month', to_char(r.expected_month, 'YYYY-MM'),
        'reason', r.reason,
        'duplicate_of', r.duplicate_of,
        'updated_at', to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
      FROM (SELECT 1) AS one
      LEFT JOIN responses r ON r.id = contribution_outcome.response_id
      LEFT JOIN organisations o ON o.id = r.organisation_id
      LEFT JOIN organisations rt ON rt.id = r.referred_to
      LEFT JOIN responses k ON k.id = contribution_outcome.commitment_id
$$;

CREATE OR REPLACE FUNCTION contribution_feature(c contributions) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'type', 'Feature',
        'id', c.id,
        'geometry', ST_AsGeoJSON(c.geom, 6)::jsonb,
        'properties', jsonb_build_object(
            'plan', (SELECT slug FROM plans WHERE id = c.plan_id),
            'neighbourhood', (SELECT slug FROM neighbourhoods WHERE id = c.neighbourhood_id),
            'workshop', (SELECT code FROM workshops WHERE id = c.workshop_id),
            'kind', c.kind, 'themes', to_jsonb(c.themes), 'title', c.title, 'body', c.body,
            'display_name', c.display_name, 'precision', c.precision, 'status', c.status,
            'support_count', c.support_count, 'reply_count', c.reply_count,
            'created_at', c.created_at, 'updated_at', c.updated_at,
            'outcome', contribution_outcome(c.outcome, c.outcome_response_id, c.commitment_id,
                                            c.outcome_updated_at)))
$$;

-- A changed outcome (a response, or a progress update of its commitment) is an event of
-- kind 'outcome' for each contribution, so an open map updates that pin without a reload.
ALTER TABLE events DROP CONSTRAINT events_kind_check;
ALTER TABLE events ADD CONSTRAINT events_kind_check
    CHECK (kind IN ('created', 'updated', 'hidden', 'supported', 'workshop', 'proposal', 'outcome'));

CREATE OR REPLACE FUNCTION contributions_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind text;
    audience text := 'public';
BEGIN
    -- Synthetic bulk loads for benchmarks are nobody's news.
    IF current_setting('waymark.bulk_load', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        kind := 'created';
        IF NEW.status <> 'published' THEN
            audience := 'moderators';
        END IF;
    ELSIF NEW.status = 'published' AND OLD.status <> 'published' THEN
        kind := 'created';
    ELSIF NEW.status <> 'published' AND OLD.status = 'published' THEN
        kind := 'hidden';
    ELSIF NEW.status <> 'published' THEN
        kind := 'updated';
        audience := 'moderators';
    ELSIF (NEW.outcome, NEW.outcome_response_id, NEW.commitment_id, NEW.outcome_updated_at)
          IS DISTINCT FROM (OLD.outcome, OLD.outcome_response_id, OLD.commitment_id, OLD.outcome_updated_at) THEN
        kind := 'outcome';
    ELSIF NEW.support_count <> OLD.support_count
          AND (NEW.title, NEW.body, NEW.kind, NEW.themes, NEW.geom, NEW.reply_count)
              IS NOT DISTINCT FROM (OLD.title, OLD.body, OLD.kind, OLD.themes, OLD.geom, OLD.reply_count) THEN
        kind := 'supported';
    ELSE
        kind := 'updated';
    END IF;
    INSERT INTO events (plan_id, kind, subject_id, audience, data)
    VALUES (NEW.plan_id, kind, NEW.id, audience,
            CASE WHEN kind = 'hidden' THEN jsonb_build_object('id', NEW.id)
                 ELSE contribution_feature(NEW) END);
    PERFORM pg_notify('waymark_events', NEW.plan_id::text);
    RETURN NULL;
END;
$$;

-- What happened, in order, for live views: every change to a contribution becomes an
-- event row in the same transaction, and a NOTIFY wakes each Waymark process, which
-- reads new rows in id order and fans them out over Server-Sent Events. The rows let
-- a client that reconnects resume after its Last-Event-ID without gaps. Ids come from
-- an identity column without a cache, so they are given out in insert order; a gap is
-- a transaction still running (or rolled back), which readers wait for.

CREATE TABLE events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id     uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('created', 'updated', 'hidden', 'supported', 'workshop')),
    subject_id  uuid NOT NULL,
    -- 'public' for everyone; 'moderators' for what only moderators may see.
    audience    text NOT NULL CHECK (audience IN ('public', 'moderators')),
    data        jsonb NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_plan_idx ON events (plan_id, id);

-- A contribution as the public sees it: the published point, no exact location.
CREATE FUNCTION contribution_feature(c contributions) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'type', 'Feature',
        'id', c.id,
        'geometry', ST_AsGeoJSON(c.geom, 6)::jsonb,
        'properties', jsonb_build_object(
            'plan', (SELECT slug FROM plans WHERE id = c.plan_id),
            'neighbourhood', (SELECT slug FROM neighbourhoods WHERE id = c.neighbourhood_id),
            'kind', c.kind, 'themes', to_jsonb(c.themes), 'title', c.title, 'body', c.body,
            'display_name', c.display_name, 'precision', c.precision, 'status', c.status,
            'support_count', c.support_count, 'reply_count', c.reply_count,
            'created_at', c.created_at, 'updated_at', c.updated_at))
$$;

CREATE FUNCTION contributions_events() RETURNS trigger LANGUAGE plpgsql AS $$
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

-- Row-level: each event carries its row.
CREATE TRIGGER contributions_events AFTER INSERT OR UPDATE ON contributions
    FOR EACH ROW EXECUTE FUNCTION contributions_events();

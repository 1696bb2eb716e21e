-- Commits that do not queue (issue 17). A transaction that sends NOTIFY takes one lock
-- for the whole server while it commits (`PreCommit_Notify`), so writers that each
-- notify commit one at a time. From here on no contribution write notifies: the events
-- outbox stays the durable record, and tile changes go to an outbox of their own. One
-- relay per database (the Waymark process holding an advisory lock, see
-- crates/waymark-api/src/events/relay.rs) drains `tile_changes` and sends ONE
-- transaction of notifications per batch on the same channels as before
-- (`waymark_tiles` with the same JSON, `waymark_events`), so every process, including
-- one of the previous release during an upgrade, hears of them as it did.
-- Expand-only: a table and functions replaced in place; nothing an older release reads
-- is dropped or changed.

-- What a write changed on the map, until the relay has told every process.
CREATE TABLE tile_changes (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    layer text NOT NULL,
    -- lon/lat box: west, south, east, north.
    bbox  double precision[] NOT NULL CHECK (cardinality(bbox) = 4),
    -- The old tile may stand in while the new one renders (see migration 0022).
    soft  boolean NOT NULL DEFAULT false,
    -- Pins were added: bubble tiles may stand in, pin tiles are evicted.
    added boolean NOT NULL DEFAULT false,
    at    timestamptz NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION notify_tiles(layer text, box geometry, soft boolean) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO tile_changes (layer, bbox, soft)
    SELECT layer, ARRAY[ST_XMin(box), ST_YMin(box), ST_XMax(box), ST_YMax(box)], soft
     WHERE box IS NOT NULL;
$$;

CREATE OR REPLACE FUNCTION notify_tiles(layer text, box geometry) RETURNS void
LANGUAGE sql AS $$
    SELECT notify_tiles(layer, box, false);
$$;

-- A new pin is a change of its own kind (`added`, sent with `"soft": true, "added": true`):
-- the bubble tiles that will count it may be served without it for a moment (the tile
-- cache's bounded staleness) rather than make anyone wait for them; the pin tiles that
-- will draw it are evicted. Removing, moving or rewording a pin stays a hard eviction.
CREATE OR REPLACE FUNCTION contributions_notify_tiles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    box geometry;
    soft boolean := false;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT ST_Extent(geom)::geometry INTO box FROM new_rows;
        INSERT INTO tile_changes (layer, bbox, soft, added)
        SELECT 'contributions', ARRAY[ST_XMin(box), ST_YMin(box), ST_XMax(box), ST_YMax(box)], true, true
         WHERE box IS NOT NULL;
        RETURN NULL;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT ST_Extent(geom)::geometry INTO box
          FROM (SELECT geom FROM old_rows UNION ALL SELECT geom FROM new_rows) AS touched;
        SELECT NOT EXISTS (
                   SELECT 1
                     FROM old_rows o JOIN new_rows n ON n.id = o.id
                    WHERE (o.status, o.plan_id, o.geom, o.kind, o.themes, o.title, o.body,
                           o.display_name, o.precision)
                          IS DISTINCT FROM
                          (n.status, n.plan_id, n.geom, n.kind, n.themes, n.title, n.body,
                           n.display_name, n.precision))
          INTO soft;
    ELSE
        SELECT ST_Extent(geom)::geometry INTO box FROM old_rows;
    END IF;
    PERFORM notify_tiles('contributions', box, soft);
    RETURN NULL;
END;
$$;

-- As in migration 0018, without the NOTIFY: the relay wakes the processes.
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
    RETURN NULL;
END;
$$;

-- As in migration 0010, without the NOTIFY.
CREATE OR REPLACE FUNCTION proposal_status_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    plan uuid;
BEGIN
    IF NEW.to_status = 'draft' OR current_setting('waymark.bulk_load', true) = 'on' THEN
        RETURN NULL;
    END IF;
    SELECT plan_id INTO plan FROM proposals WHERE id = NEW.proposal_id;
    INSERT INTO events (plan_id, kind, subject_id, audience, data)
    VALUES (plan, 'proposal', NEW.proposal_id, 'public',
            jsonb_build_object('id', NEW.proposal_id, 'status', NEW.to_status, 'at', NEW.at));
    RETURN NULL;
END;
$$;

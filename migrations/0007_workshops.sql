-- Live workshops: a facilitator runs one for a plan; participants join with a short code.

CREATE TABLE workshops (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id         uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    -- Six characters from an alphabet without look-alikes (no 0/O, 1/I/L).
    code            text NOT NULL UNIQUE CHECK (code ~ '^[A-HJKMNP-Z2-9]{6}$'),
    title           text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    starts_at       timestamptz,
    focus           geometry(MultiPolygon, 4326) CHECK (focus IS NULL OR ST_IsValid(focus)),
    questions       text[] NOT NULL DEFAULT '{}',
    facilitator_key text NOT NULL,
    status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paused', 'ended')),
    moderation      text NOT NULL DEFAULT 'post' CHECK (moderation IN ('pre', 'post')),
    spotlight       uuid REFERENCES contributions (id) ON DELETE SET NULL,
    -- Where the facilitator steers every screen: {"center": [lon, lat], "zoom": z}.
    view            jsonb,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workshops_plan_idx ON workshops (plan_id, created_at DESC);

ALTER TABLE contributions ADD COLUMN workshop_id uuid REFERENCES workshops (id) ON DELETE SET NULL;
CREATE INDEX contributions_workshop_idx ON contributions (workshop_id) WHERE workshop_id IS NOT NULL;

-- Events of pins added in a workshop say which one, so a projector can keep to its own.
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
            'created_at', c.created_at, 'updated_at', c.updated_at))
$$;

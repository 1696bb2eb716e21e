-- Plans, neighbourhoods, contributions, replies, supports and the audit log.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE plans (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug            text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title           text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    description     text NOT NULL DEFAULT '',
    boundary        geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(boundary)),
    allow_anonymous boolean NOT NULL DEFAULT true,
    moderation      text NOT NULL DEFAULT 'post' CHECK (moderation IN ('pre', 'post')),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plans_boundary_idx ON plans USING gist (boundary);

CREATE TABLE neighbourhoods (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id    uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    slug       text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    boundary   geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(boundary)),
    centre     geometry(Point, 4326) GENERATED ALWAYS AS (ST_PointOnSurface(boundary)) STORED,
    boundary_3857 geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (ST_Transform(boundary, 3857)) STORED,
    UNIQUE (plan_id, slug)
);
CREATE INDEX neighbourhoods_boundary_idx ON neighbourhoods USING gist (boundary);
CREATE INDEX neighbourhoods_boundary_3857_idx ON neighbourhoods USING gist (boundary_3857);

-- `location` is the exact point the contributor gave and is never published;
-- `geom` is the published point, derived from `location` and `precision` by a trigger.
CREATE TABLE contributions (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id          uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    neighbourhood_id uuid REFERENCES neighbourhoods (id) ON DELETE SET NULL,
    kind             text NOT NULL CHECK (kind IN ('idea', 'issue', 'interest', 'story')),
    themes           text[] NOT NULL CHECK (
                         cardinality(themes) BETWEEN 1 AND 8
                         AND themes <@ ARRAY['energy', 'transport', 'housing', 'green_space',
                                             'safety', 'community', 'health', 'other']),
    title            text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    body             text NOT NULL DEFAULT '' CHECK (char_length(body) <= 4000),
    display_name     text CHECK (char_length(display_name) BETWEEN 1 AND 60),
    precision        text NOT NULL DEFAULT 'exact' CHECK (precision IN ('exact', 'street', 'neighbourhood')),
    location         geometry(Point, 4326) NOT NULL,
    geom             geometry(Point, 4326) NOT NULL,
    geom_3857        geometry(Point, 3857) GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED,
    status           text NOT NULL DEFAULT 'published'
                         CHECK (status IN ('published', 'pending', 'hidden', 'withdrawn')),
    author_key       text,
    idempotency_key  text CHECK (char_length(idempotency_key) BETWEEN 1 AND 255),
    request_hash     bytea,
    support_count    integer NOT NULL DEFAULT 0,
    reply_count      integer NOT NULL DEFAULT 0,
    search           tsvector GENERATED ALWAYS AS (
                         to_tsvector('english', title || ' ' || body)) STORED,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contributions_location_idx ON contributions USING gist (location);
CREATE INDEX contributions_geom_idx ON contributions USING gist (geom);
CREATE INDEX contributions_geom_3857_idx ON contributions USING gist (geom_3857);
CREATE INDEX contributions_search_idx ON contributions USING gin (search);
CREATE INDEX contributions_listing_idx ON contributions (plan_id, created_at DESC, id DESC);
CREATE INDEX contributions_neighbourhood_idx ON contributions (neighbourhood_id);
CREATE UNIQUE INDEX contributions_idempotency_idx
    ON contributions (plan_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Assigns the neighbourhood (the one containing the point, else the nearest one of
-- the plan) and derives the published point from the precision the contributor chose:
-- exact → as given; street → snapped to a grid of about 100 m; neighbourhood → the
-- neighbourhood's centre. Every write path (API, COPY, imports) goes through it.
CREATE FUNCTION contributions_place() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    centre geometry;
    lat_step double precision := 0.0009;  -- about 100 m of latitude
    lon_step double precision;
BEGIN
    SELECT n.id, n.centre INTO NEW.neighbourhood_id, centre
      FROM neighbourhoods n
     WHERE n.plan_id = NEW.plan_id
     ORDER BY n.boundary <-> NEW.location, n.id
     LIMIT 1;

    IF NEW.precision = 'exact' THEN
        NEW.geom := NEW.location;
    ELSIF NEW.precision = 'neighbourhood' AND centre IS NOT NULL THEN
        NEW.geom := centre;
    ELSE
        -- Street precision, and neighbourhood precision in a plan without neighbourhoods:
        -- the centre of a grid cell (100 m, or 1 km for neighbourhood precision).
        IF NEW.precision = 'neighbourhood' THEN
            lat_step := lat_step * 10;
        END IF;
        lon_step := lat_step / cos(radians(ST_Y(NEW.location)));
        NEW.geom := ST_SetSRID(ST_MakePoint(
            (floor(ST_X(NEW.location) / lon_step) + 0.5) * lon_step,
            (floor(ST_Y(NEW.location) / lat_step) + 0.5) * lat_step), 4326);
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER contributions_place
    BEFORE INSERT OR UPDATE OF location, precision, plan_id ON contributions
    FOR EACH ROW EXECUTE FUNCTION contributions_place();

-- What the public may see: published items, without the exact location or author.
CREATE VIEW contributions_public AS
SELECT id, plan_id, neighbourhood_id, kind, themes, title, body, display_name, precision,
       geom, geom_3857, support_count, reply_count, search, created_at, updated_at
  FROM contributions
 WHERE status = 'published';

CREATE TABLE replies (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contribution_id uuid NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    body            text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
    display_name    text CHECK (char_length(display_name) BETWEEN 1 AND 60),
    author_key      text,
    status          text NOT NULL DEFAULT 'published'
                        CHECK (status IN ('published', 'pending', 'hidden', 'withdrawn')),
    idempotency_key text CHECK (char_length(idempotency_key) BETWEEN 1 AND 255),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX replies_contribution_idx ON replies (contribution_id, created_at, id);
CREATE UNIQUE INDEX replies_idempotency_idx
    ON replies (contribution_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE supports (
    contribution_id uuid NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    supporter       text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (contribution_id, supporter)
);

-- Counters kept beside the row so that lists and tiles never count on read.
CREATE FUNCTION supports_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE contributions SET support_count = support_count + 1 WHERE id = NEW.contribution_id;
    ELSE
        UPDATE contributions SET support_count = support_count - 1 WHERE id = OLD.contribution_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER supports_count AFTER INSERT OR DELETE ON supports
    FOR EACH ROW EXECUTE FUNCTION supports_count();

CREATE FUNCTION replies_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE contributions c
       SET reply_count = (SELECT count(*) FROM replies r
                           WHERE r.contribution_id = c.id AND r.status = 'published')
     WHERE c.id = COALESCE(NEW.contribution_id, OLD.contribution_id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER replies_count AFTER INSERT OR DELETE OR UPDATE OF status ON replies
    FOR EACH ROW EXECUTE FUNCTION replies_count();

CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    action      text NOT NULL,
    target_type text NOT NULL,
    target_id   text NOT NULL,
    reason      text,
    before      jsonb,
    after       jsonb
);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, at);

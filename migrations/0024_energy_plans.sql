-- Neighbourhood energy plans: a group's scenario for its area, in versions that freeze
-- when shared, answered per substation by the network operator and for the Local Area
-- Energy Plan by the council.

ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('resident', 'mobiliser', 'facilitator', 'moderator', 'dno_engineer', 'admin',
                    'responder', 'council_officer'));

-- The per-unit assumptions of the impact (heat pump peak, charger peak, kWp per roof,
-- power factor), each with its source, as the plan's admin set them; a key left out
-- takes the published default, if there is one.
ALTER TABLE plans ADD COLUMN energy_assumptions jsonb NOT NULL DEFAULT '{}'
    CHECK (jsonb_typeof(energy_assumptions) = 'object');

CREATE TABLE energy_plans (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id     uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    title       text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    group_name  text NOT NULL CHECK (char_length(group_name) BETWEEN 1 AND 200),
    -- The account of the group that writes it (as for proposals).
    author_key  text NOT NULL,
    -- A drawn area; NULL when the plan covers whole neighbourhoods.
    area        geometry(MultiPolygon, 4326) CHECK (area IS NULL OR ST_IsValid(area)),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX energy_plans_plan_idx ON energy_plans (plan_id, created_at);

CREATE TABLE energy_plan_neighbourhoods (
    energy_plan_id  uuid NOT NULL REFERENCES energy_plans (id) ON DELETE CASCADE,
    neighbourhood_id uuid NOT NULL REFERENCES neighbourhoods (id) ON DELETE CASCADE,
    PRIMARY KEY (energy_plan_id, neighbourhood_id)
);

CREATE TABLE energy_plan_versions (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    energy_plan_id  uuid NOT NULL REFERENCES energy_plans (id) ON DELETE CASCADE,
    number          integer NOT NULL CHECK (number >= 1),
    status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'shared', 'answered')),
    scenario        jsonb NOT NULL CHECK (jsonb_typeof(scenario) = 'object'),
    -- The DFES scenario whose future headroom the impact is set against (NULL: today's).
    dfes_scenario   text CHECK (char_length(dfes_scenario) BETWEEN 1 AND 100),
    note            text NOT NULL DEFAULT '' CHECK (char_length(note) <= 4000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    shared_at       timestamptz,
    answered_at     timestamptz,
    UNIQUE (energy_plan_id, number),
    CHECK ((status = 'draft') = (shared_at IS NULL)),
    CHECK ((status = 'answered') = (answered_at IS NOT NULL))
);
-- At most one draft per energy plan.
CREATE UNIQUE INDEX energy_plan_versions_one_draft ON energy_plan_versions (energy_plan_id)
    WHERE status = 'draft';

-- A shared version is frozen: what the operator and the council answered stays what
-- they read. The store refuses first (409); this keeps every other path honest too.
CREATE FUNCTION energy_plan_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'draft' AND (NEW.scenario IS DISTINCT FROM OLD.scenario
            OR NEW.dfes_scenario IS DISTINCT FROM OLD.dfes_scenario
            OR NEW.note IS DISTINCT FROM OLD.note
            OR NEW.status = 'draft') THEN
        RAISE EXCEPTION 'energy plan version % is shared and cannot change', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER energy_plan_versions_frozen BEFORE UPDATE ON energy_plan_versions
    FOR EACH ROW EXECUTE FUNCTION energy_plan_versions_frozen();

-- The community's priorities: pins and conversations in the area, linked, not copied
-- (their counts are read live).
CREATE TABLE energy_plan_priorities (
    version_id      uuid NOT NULL REFERENCES energy_plan_versions (id) ON DELETE CASCADE,
    contribution_id uuid NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    position        integer NOT NULL CHECK (position >= 0),
    PRIMARY KEY (version_id, contribution_id)
);

CREATE FUNCTION energy_plan_priorities_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM energy_plan_versions
                WHERE id = coalesce(NEW.version_id, OLD.version_id) AND status <> 'draft') THEN
        RAISE EXCEPTION 'energy plan version is shared and cannot change'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN coalesce(NEW, OLD);
END
$$;
CREATE TRIGGER energy_plan_priorities_frozen BEFORE INSERT OR UPDATE OR DELETE ON energy_plan_priorities
    FOR EACH ROW EXECUTE FUNCTION energy_plan_priorities_frozen();

-- The network operator's answer, one per substation the version affects.
CREATE TABLE energy_plan_network_answers (
    version_id     uuid NOT NULL REFERENCES energy_plan_versions (id) ON DELETE CASCADE,
    substation_id  uuid NOT NULL REFERENCES substations (id) ON DELETE CASCADE,
    verdict        text NOT NULL CHECK (verdict IN ('fits', 'fits_flexible', 'needs_reinforcement', 'does_not_fit')),
    cost_band      text CHECK (cost_band IN ('under_100k', '100k_to_1m', '1m_to_5m', 'over_5m')),
    earliest_year  integer CHECK (earliest_year BETWEEN 2000 AND 2100),
    note           text NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
    responder      text NOT NULL,
    answered_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (version_id, substation_id),
    CHECK ((verdict = 'needs_reinforcement') = (cost_band IS NOT NULL AND earliest_year IS NOT NULL))
);

-- The council's answer for its Local Area Energy Plan, one per version.
CREATE TABLE energy_plan_laep_answers (
    version_id   uuid PRIMARY KEY REFERENCES energy_plan_versions (id) ON DELETE CASCADE,
    verdict      text NOT NULL CHECK (verdict IN ('aligned', 'partly', 'conflicts')),
    note         text NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
    responder    text NOT NULL,
    answered_at  timestamptz NOT NULL DEFAULT now()
);

-- The area an energy plan covers: its drawn area, or the union of its neighbourhoods.
CREATE FUNCTION energy_plan_area(plan uuid) RETURNS geometry LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        (SELECT area FROM energy_plans WHERE id = plan),
        (SELECT ST_Multi(ST_Union(n.boundary))
           FROM energy_plan_neighbourhoods en JOIN neighbourhoods n ON n.id = en.neighbourhood_id
          WHERE en.energy_plan_id = plan))
$$;

-- The traffic light of an answer, as everyone may see it (the domain's DnoVerdict::rag
-- and LaepVerdict::rag draw the same lines; a test checks they agree).
CREATE FUNCTION network_verdict_rag(verdict text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE verdict WHEN 'fits' THEN 'green' WHEN 'does_not_fit' THEN 'red' ELSE 'amber' END
$$;
CREATE FUNCTION laep_verdict_rag(verdict text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE verdict WHEN 'aligned' THEN 'green' WHEN 'conflicts' THEN 'red' ELSE 'amber' END
$$;

-- What anyone may see of energy plans: the latest shared or answered version of each,
-- its area, and its answers as traffic lights (the worst of the operator's).
CREATE VIEW energy_plans_public AS
SELECT e.id, e.plan_id, e.title, e.group_name, v.number AS version, v.status,
       (v.scenario ->> 'target_year')::int AS target_year,
       (SELECT CASE max(CASE network_verdict_rag(a.verdict) WHEN 'green' THEN 0 WHEN 'amber' THEN 1 ELSE 2 END)
                   WHEN 0 THEN 'green' WHEN 1 THEN 'amber' WHEN 2 THEN 'red' END
          FROM energy_plan_network_answers a WHERE a.version_id = v.id) AS network_rag,
       (SELECT laep_verdict_rag(l.verdict) FROM energy_plan_laep_answers l WHERE l.version_id = v.id) AS laep_rag,
       v.shared_at, v.answered_at,
       energy_plan_area(e.id) AS geom
  FROM energy_plans e
  JOIN LATERAL (SELECT * FROM energy_plan_versions v
                 WHERE v.energy_plan_id = e.id AND v.status <> 'draft'
                 ORDER BY v.number DESC LIMIT 1) v ON true;

-- The energy_plans tile layer changes when a version is shared or answered, or an
-- answer is given.
CREATE FUNCTION energy_plans_notify_tiles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    plan uuid;
BEGIN
    IF TG_TABLE_NAME = 'energy_plan_versions' THEN
        plan := coalesce(NEW.energy_plan_id, OLD.energy_plan_id);
    ELSE
        SELECT energy_plan_id INTO plan FROM energy_plan_versions
         WHERE id = coalesce(NEW.version_id, OLD.version_id);
    END IF;
    PERFORM notify_tiles('energy_plans', energy_plan_area(plan), false);
    RETURN NULL;
END
$$;
CREATE TRIGGER energy_plan_versions_notify_tiles AFTER INSERT OR UPDATE OF status ON energy_plan_versions
    FOR EACH ROW EXECUTE FUNCTION energy_plans_notify_tiles();
CREATE TRIGGER energy_plan_network_answers_notify_tiles AFTER INSERT OR UPDATE OR DELETE ON energy_plan_network_answers
    FOR EACH ROW EXECUTE FUNCTION energy_plans_notify_tiles();
CREATE TRIGGER energy_plan_laep_answers_notify_tiles AFTER INSERT OR UPDATE OR DELETE ON energy_plan_laep_answers
    FOR EACH ROW EXECUTE FUNCTION energy_plans_notify_tiles();

-- Community energy projects (issue 19): a proposal that goes ahead, or a group's own
-- project, with its team, milestones, updates, figures, volunteers, and the champions
-- and learning library that help new groups along.

CREATE TABLE projects (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id          uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    slug             text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 80),
    -- The proposal that went ahead; NULL for a project a group started by itself.
    proposal_id      uuid UNIQUE REFERENCES proposals (id) ON DELETE SET NULL,
    title            text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    story            text NOT NULL DEFAULT '' CHECK (char_length(story) <= 8000),
    technology       text NOT NULL CHECK (technology IN ('solar_pv', 'wind', 'battery', 'heat_pump',
                                                         'ev_charging', 'heat_network', 'efficiency')),
    rooftop          boolean NOT NULL DEFAULT false,
    site             geometry(Geometry, 4326) NOT NULL
                         CHECK (GeometryType(site) IN ('POINT', 'POLYGON', 'MULTIPOLYGON') AND ST_IsValid(site)),
    site_point       geometry(Point, 4326) GENERATED ALWAYS AS (ST_PointOnSurface(site)) STORED,
    site_3857        geometry(Point, 3857) GENERATED ALWAYS AS (ST_Transform(ST_PointOnSurface(site), 3857)) STORED,
    -- forming → feasibility → funding → building → generating (waymark_domain::project::Stage).
    stage            text NOT NULL DEFAULT 'forming'
                         CHECK (stage IN ('forming', 'feasibility', 'funding', 'building', 'generating')),
    kwp              double precision CHECK (kwp >= 0),
    homes_served     integer CHECK (homes_served >= 0),
    buildings_served integer CHECK (buildings_served >= 0),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (plan_id, slug)
);
CREATE INDEX projects_site_3857_idx ON projects USING gist (site_3857);
CREATE INDEX projects_site_point_idx ON projects USING gist (site_point);

-- Every stage move, with the account that made it.
CREATE TABLE project_stage_moves (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    from_stage text,
    to_stage   text NOT NULL,
    moved_by   uuid REFERENCES users (id) ON DELETE SET NULL,
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_stage_moves_project_idx ON project_stage_moves (project_id, at);

-- The accounts that run a project: only they (and admins) edit it.
CREATE TABLE project_team (
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       text NOT NULL DEFAULT 'member' CHECK (role IN ('lead', 'member')),
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_team_user_idx ON project_team (user_id);

CREATE TABLE project_milestones (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    title      text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    due_month  date CHECK (extract(day FROM due_month) = 1),
    done_on    date,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_milestones_project_idx ON project_milestones (project_id, due_month);

-- Dated news from the team, with an optional photo (an image in the file store).
CREATE TABLE project_updates (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id    uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    posted_on     date NOT NULL DEFAULT current_date,
    text          text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 4000),
    photo_file_id uuid REFERENCES files (id) ON DELETE SET NULL,
    photo_alt     text CHECK (char_length(photo_alt) <= 300),
    posted_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_updates_project_idx ON project_updates (project_id, posted_on DESC, created_at DESC);

CREATE TABLE project_documents (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    file_id    uuid NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    title      text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_documents_project_idx ON project_documents (project_id, created_at);

-- Generation per calendar month (the first day stands for the month), typed in or
-- imported from a meter's CSV.
CREATE TABLE project_generation (
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    month      date NOT NULL CHECK (extract(day FROM month) = 1),
    kwh        double precision NOT NULL CHECK (kwh >= 0),
    source     text NOT NULL CHECK (source IN ('entered', 'imported')),
    PRIMARY KEY (project_id, month)
);

CREATE TABLE volunteer_roles (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id  uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    title       text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
    open        boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX volunteer_roles_project_idx ON volunteer_roles (project_id, created_at);

-- People who offered to help, by e-mail (double opt-in). Leaving deletes the row.
CREATE TABLE volunteers (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    role_id        uuid NOT NULL REFERENCES volunteer_roles (id) ON DELETE CASCADE,
    email          text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    display_name   text CHECK (char_length(display_name) BETWEEN 1 AND 80),
    confirm_digest bytea NOT NULL,
    leave_digest   bytea NOT NULL UNIQUE,
    confirmed_at   timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (role_id, email)
);
CREATE INDEX volunteers_confirm_idx ON volunteers (confirm_digest);

-- Community energy champions: residents who help their own streets, schools and estates.
CREATE TABLE champions (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id       uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    user_id       uuid REFERENCES users (id) ON DELETE CASCADE,
    email         text CHECK (email = lower(email) AND email LIKE '%_@_%'),
    display_name  text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 80),
    can_help_with text[] NOT NULL DEFAULT '{}'
                      CHECK (can_help_with <@ ARRAY['solar', 'heat_pumps', 'insulation', 'bills',
                                                    'funding', 'forming_a_group', 'digital',
                                                    'talking_to_neighbours']),
    training      text NOT NULL DEFAULT '' CHECK (char_length(training) <= 1000),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (user_id IS NOT NULL OR email IS NOT NULL)
);
CREATE UNIQUE INDEX champions_user_idx ON champions (plan_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX champions_email_idx ON champions (plan_id, email) WHERE email IS NOT NULL;

CREATE TABLE champion_neighbourhoods (
    champion_id      uuid NOT NULL REFERENCES champions (id) ON DELETE CASCADE,
    neighbourhood_id uuid NOT NULL REFERENCES neighbourhoods (id) ON DELETE CASCADE,
    PRIMARY KEY (champion_id, neighbourhood_id)
);
CREATE INDEX champion_neighbourhoods_neighbourhood_idx ON champion_neighbourhoods (neighbourhood_id);

-- The learning library: short Markdown modules, each beside a step of the checklist,
-- with an optional quiz checked on the server.
CREATE TABLE learning_modules (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id    uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    slug       text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title      text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    body_md    text NOT NULL CHECK (char_length(body_md) <= 20000),
    -- [{"question": "…", "options": ["…"], "answer": 0}, …] or NULL.
    quiz       jsonb CHECK (quiz IS NULL OR jsonb_typeof(quiz) = 'array'),
    step       text CHECK (step IN ('form_group', 'find_site', 'check_network', 'legal_form', 'funding')),
    position   integer NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (plan_id, slug)
);

CREATE TABLE module_completions (
    module_id    uuid NOT NULL REFERENCES learning_modules (id) ON DELETE CASCADE,
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    completed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (module_id, user_id)
);

-- The "start a project" checklist, per project.
CREATE TABLE project_checklist (
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    step       text NOT NULL CHECK (step IN ('form_group', 'find_site', 'check_network', 'legal_form', 'funding')),
    done_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, step)
);

-- Accounts that get a project's monthly update mail.
CREATE TABLE project_followers (
    project_id        uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id           uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    unsubscribe_token text NOT NULL UNIQUE,
    last_mailed_at    timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, user_id)
);

-- "I'd like help with this" on an energy pin: one ask per pin and person.
CREATE TABLE help_requests (
    contribution_id uuid NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    requester_key   text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (contribution_id, requester_key)
);

ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
    CHECK (kind IN ('confirm', 'digest', 'signup', 'signup_taken', 'password_reset',
                    'email_change', 'email_changed', 'outcome', 'inactive_account',
                    'data_link', 'group_minutes', 'group_threads',
                    'volunteer_confirm', 'help_request', 'project_update'));

-- Projects evict their tiles like proposals do.
CREATE FUNCTION projects_notify_tiles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    box geometry;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT ST_Extent(site_point)::geometry INTO box FROM old_rows;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT ST_Extent(p)::geometry INTO box
          FROM (SELECT site_point AS p FROM old_rows UNION ALL SELECT site_point FROM new_rows) AS t;
    ELSE
        SELECT ST_Extent(site_point)::geometry INTO box FROM new_rows;
    END IF;
    PERFORM notify_tiles('projects', box);
    RETURN NULL;
END;
$$;
CREATE TRIGGER projects_notify_tiles_insert AFTER INSERT ON projects
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION projects_notify_tiles();
CREATE TRIGGER projects_notify_tiles_update AFTER UPDATE ON projects
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION projects_notify_tiles();
CREATE TRIGGER projects_notify_tiles_delete AFTER DELETE ON projects
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION projects_notify_tiles();

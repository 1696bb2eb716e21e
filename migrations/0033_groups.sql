-- Collaborative Action Groups (issue 18): a forum for one part of a plan, with its
-- members, recurring meetings (agenda, attendance, minutes, action points), threads
-- between meetings and shared resources. A group's area is its neighbourhoods, an
-- outline drawn on the map, or both.

CREATE TABLE groups (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id        uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    slug           text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name           text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    purpose        text NOT NULL DEFAULT '' CHECK (char_length(purpose) <= 4000),
    outline        geometry(MultiPolygon, 4326) CHECK (outline IS NULL OR ST_IsValid(outline)),
    -- The schedule: ISO weekday (1 = Monday), local time, zone, every n weeks.
    weekday        smallint NOT NULL DEFAULT 3 CHECK (weekday BETWEEN 1 AND 7),
    meets_at       time NOT NULL DEFAULT '10:00',
    timezone       text NOT NULL DEFAULT 'Europe/London' CHECK (timezone = 'Europe/London'),
    interval_weeks smallint NOT NULL DEFAULT 1 CHECK (interval_weeks BETWEEN 1 AND 8),
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (plan_id, slug)
);

CREATE TABLE group_neighbourhoods (
    group_id         uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    neighbourhood_id uuid NOT NULL REFERENCES neighbourhoods (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, neighbourhood_id)
);
CREATE INDEX group_neighbourhoods_neighbourhood_idx ON group_neighbourhoods (neighbourhood_id);

-- One row per person and group: asking again is the same row (idempotent join requests).
CREATE TABLE group_members (
    group_id      uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role          text NOT NULL DEFAULT 'member' CHECK (role IN ('facilitator', 'member')),
    status        text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'active')),
    -- Opted in to the daily mail of new threads.
    thread_digest boolean NOT NULL DEFAULT false,
    -- The last thread a daily digest covered for this member.
    digested_to   timestamptz,
    requested_at  timestamptz NOT NULL DEFAULT now(),
    joined_at     timestamptz,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user_idx ON group_members (user_id);

CREATE TABLE group_meetings (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    group_id     uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    starts_at    timestamptz NOT NULL,
    status       text NOT NULL DEFAULT 'scheduled'
                     CHECK (status IN ('scheduled', 'held', 'cancelled')),
    minutes_md   text NOT NULL DEFAULT '' CHECK (char_length(minutes_md) <= 50000),
    published_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (group_id, starts_at)
);

CREATE TABLE group_attendance (
    meeting_id uuid NOT NULL REFERENCES group_meetings (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, user_id)
);

CREATE TABLE group_agenda_items (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    meeting_id      uuid NOT NULL REFERENCES group_meetings (id) ON DELETE CASCADE,
    text            text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
    contribution_id uuid REFERENCES contributions (id) ON DELETE SET NULL,
    proposal_id     uuid REFERENCES proposals (id) ON DELETE SET NULL,
    -- "Raise it": the organisation of the plan this item was carried to.
    raised_to       uuid REFERENCES organisations (id),
    raised_at       timestamptz,
    added_by        uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((raised_to IS NULL) = (raised_at IS NULL))
);
CREATE INDEX group_agenda_items_meeting_idx ON group_agenda_items (meeting_id, created_at);
-- Adding the same pin or proposal twice to one agenda is one item.
CREATE UNIQUE INDEX group_agenda_items_contribution_idx
    ON group_agenda_items (meeting_id, contribution_id) WHERE contribution_id IS NOT NULL;
CREATE UNIQUE INDEX group_agenda_items_proposal_idx
    ON group_agenda_items (meeting_id, proposal_id) WHERE proposal_id IS NOT NULL;
CREATE INDEX group_agenda_items_raised_idx ON group_agenda_items (raised_to) WHERE raised_to IS NOT NULL;

-- Carried to every later meeting of the group until done.
CREATE TABLE group_action_points (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    group_id    uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    meeting_id  uuid NOT NULL REFERENCES group_meetings (id) ON DELETE CASCADE,
    text        text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
    owner_name  text NOT NULL CHECK (char_length(owner_name) BETWEEN 1 AND 120),
    due         date,
    done_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX group_action_points_group_idx ON group_action_points (group_id, created_at);

-- Threads (thread_id NULL, with a title) and their replies, moderated like pins and
-- replies: the same statuses, flags, and every moderator's action in the audit log.
CREATE TABLE group_posts (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    group_id   uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    thread_id  uuid REFERENCES group_posts (id) ON DELETE CASCADE,
    title      text CHECK (char_length(title) BETWEEN 1 AND 120),
    body       text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
    author_id  uuid REFERENCES users (id) ON DELETE SET NULL,
    status     text NOT NULL DEFAULT 'published'
                   CHECK (status IN ('published', 'pending', 'hidden', 'withdrawn')),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((thread_id IS NULL) = (title IS NOT NULL))
);
CREATE INDEX group_posts_group_idx ON group_posts (group_id, created_at) WHERE thread_id IS NULL;
CREATE INDEX group_posts_thread_idx ON group_posts (thread_id, created_at) WHERE thread_id IS NOT NULL;

CREATE TABLE group_post_flags (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    post_id      uuid NOT NULL REFERENCES group_posts (id) ON DELETE CASCADE,
    reporter_key text NOT NULL,
    reason       text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
    created_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at  timestamptz,
    UNIQUE (post_id, reporter_key)
);

-- A link or a file kept in the object store (files, migration 0032).
CREATE TABLE group_resources (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    group_id     uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    title        text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    url          text CHECK (url ~ '^https?://' AND char_length(url) <= 2000),
    file_id      uuid REFERENCES files (id) ON DELETE CASCADE,
    members_only boolean NOT NULL DEFAULT true,
    added_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((url IS NULL) <> (file_id IS NULL))
);
CREATE INDEX group_resources_group_idx ON group_resources (group_id, created_at);

-- Mails to members: minutes published, and the daily digest of new threads.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
    CHECK (kind IN ('confirm', 'digest', 'signup', 'signup_taken', 'password_reset',
                    'email_change', 'email_changed', 'outcome', 'inactive_account',
                    'data_link', 'group_minutes', 'group_threads'));

-- A pin's write costs less (issue 17, commits that don't queue), and so does every read
-- of a pin's outcome. Two SQL functions that each row of an INSERT into `contributions`
-- calls could not be inlined, so PostgreSQL parsed and planned their bodies at every
-- statement and started an executor for them at every row (in a profile of the ingest
-- benchmark, 18% of the database's time):
-- - `text_search_config(lang)`, in the generated `search` column: its body cast text to
--   `regconfig` at run time, a stable cast, which an immutable function may not inline.
--   Each branch is now a `regconfig` constant, read when the body is parsed.
-- - `contribution_outcome(…)`, in the live event of each new pin and in every list: its
--   body joins the response, the organisations and the commitment. It is now an
--   expression that needs no join for a pin nobody has answered yet (every new pin, and
--   most others), and calls `contribution_outcome_answered` (the former body) for the
--   rest.
--
-- Expand-only: the same functions with the same results; the previous release calls them
-- as before.

CREATE OR REPLACE FUNCTION text_search_config(lang text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE coalesce(lang, 'en')
        WHEN 'en' THEN 'english'::regconfig
        WHEN 'pt' THEN 'portuguese'::regconfig
        WHEN 'ro' THEN 'romanian'::regconfig
        WHEN 'ar' THEN 'arabic'::regconfig
        ELSE 'simple'::regconfig
    END
$$;

CREATE FUNCTION contribution_outcome_answered(outcome text, response_id uuid,
                                              commitment_id uuid, changed_at timestamptz)
RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'status', contribution_outcome_answered.outcome,
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
      LEFT JOIN responses r ON r.id = contribution_outcome_answered.response_id
      LEFT JOIN organisations o ON o.id = r.organisation_id
      LEFT JOIN organisations rt ON rt.id = r.referred_to
      LEFT JOIN responses k ON k.id = contribution_outcome_answered.commitment_id
$$;

CREATE OR REPLACE FUNCTION contribution_outcome(outcome text, response_id uuid,
                                                commitment_id uuid, changed_at timestamptz)
RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN response_id IS NULL AND commitment_id IS NULL THEN
            jsonb_build_object(
                'status', outcome,
                'organisation', NULL::text,
                'referred_to', NULL::text,
                'response', NULL::text,
                'commitment', NULL::jsonb,
                'expected_month', NULL::text,
                'reason', NULL::text,
                'duplicate_of', NULL::uuid,
                'updated_at', to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        ELSE contribution_outcome_answered(outcome, response_id, commitment_id, changed_at)
    END
$$;

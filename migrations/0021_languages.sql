-- Languages (issue 14). A follower's mail goes in the language they asked in, and a
-- contribution records the language it is written in, so that full-text search uses
-- the PostgreSQL text search configuration of that language where one exists.

-- The negotiated language of the latest ask (a tag `waymark_i18n::Lang` knows).
ALTER TABLE subscriptions
    ADD COLUMN lang text NOT NULL DEFAULT 'en-GB'
        CHECK (lang IN ('en-GB', 'pl', 'ro', 'pt', 'ur', 'ar', 'en-XA'));

-- The primary language subtag (BCP 47) a contribution is written in, as its author gave
-- it or as detected; NULL when unknown. Rows from before are English: a default fills
-- them without an UPDATE (which would fire the row events of every contribution).
ALTER TABLE contributions
    ADD COLUMN lang text DEFAULT 'en' CHECK (lang ~ '^[a-z]{2,3}$');
ALTER TABLE contributions ALTER COLUMN lang DROP DEFAULT;

-- The text search configuration for a language: the stemming one for the languages
-- Waymark speaks where PostgreSQL ships one; `simple` (lower-cased words, no stop
-- words) for the others (Polish, Urdu, …). Unknown (NULL) stays English, as every pin
-- was before, so seeded and imported pins keep their stemming.
CREATE FUNCTION text_search_config(lang text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE coalesce(lang, 'en')
        WHEN 'en' THEN 'english'
        WHEN 'pt' THEN 'portuguese'
        WHEN 'ro' THEN 'romanian'
        WHEN 'ar' THEN 'arabic'
        ELSE 'simple'
    END::regconfig
$$;

-- A search as each configuration above reads it, OR-ed: a pin's vector was made with
-- its own language's configuration, so one of them matches its words. Only these
-- configurations: another stemmer's forms (Turkish stems "solar" to "so") would match
-- unrelated words. One tsquery, so `search @@ search_query($q)` uses the GIN index.
CREATE FUNCTION search_query(q text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT websearch_to_tsquery('simple', q)
        || websearch_to_tsquery('english', q)
        || websearch_to_tsquery('portuguese', q)
        || websearch_to_tsquery('romanian', q)
        || websearch_to_tsquery('arabic', q)
$$;

-- The generated column cannot change its expression in place (PostgreSQL 15), and the
-- public view reads it: both are made again.
DROP VIEW contributions_public;
ALTER TABLE contributions DROP COLUMN search;
ALTER TABLE contributions
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        to_tsvector(text_search_config(lang), title || ' ' || body)) STORED;
CREATE INDEX contributions_search_idx ON contributions USING gin (search);

CREATE VIEW contributions_public AS
SELECT id, plan_id, neighbourhood_id, kind, themes, title, body, display_name, precision,
       geom, geom_3857, support_count, reply_count, search, created_at, updated_at,
       outcome, outcome_response_id, commitment_id, outcome_updated_at, lang
  FROM contributions
 WHERE status = 'published';

-- Live events carry the language too, as the API's GeoJSON does.
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
                                            c.outcome_updated_at),
            'lang', c.lang))
$$;

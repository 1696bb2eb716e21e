-- The optional "about you" questions (issue 20): who takes part, compared with who lives in
-- each neighbourhood (neighbourhood_population), shows who is not being heard.
--
-- The answers are kept apart from what was said. A write that may be followed by the
-- questions (a pin, a mobiliser's conversation, a workshop pin) hands its writer a one-time
-- key; only the key's hash is kept, with the plan and the neighbourhood the write was in,
-- and neither table names the contribution. Answering spends the key. No public route
-- reads these tables: not the lists, tiles, OGC, reports' public edition, events or exports.

CREATE TABLE about_you_keys (
    key_hash bytea PRIMARY KEY CHECK (octet_length(key_hash) = 32),
    plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    neighbourhood_id uuid REFERENCES neighbourhoods (id) ON DELETE SET NULL,
    source text NOT NULL CHECK (source IN ('contribution', 'conversation', 'workshop')),
    -- Who may export or erase the answers later ('visitor:…' or 'user:…', as
    -- contributions.author_key); NULL for a conversation (the resident has no key).
    respondent_key text,
    expires_at timestamptz NOT NULL
);
CREATE INDEX about_you_keys_expiry_idx ON about_you_keys (expires_at);

CREATE TABLE about_you_answers (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    neighbourhood_id uuid REFERENCES neighbourhoods (id) ON DELETE SET NULL,
    source text NOT NULL CHECK (source IN ('contribution', 'conversation', 'workshop')),
    respondent_key text CHECK (char_length(respondent_key) BETWEEN 1 AND 200),
    -- Each answer may be left out ("prefer not to say" is NULL). The bands are
    -- waymark_domain::equality's names.
    age_band text CHECK (age_band IN ('under_16', '16_24', '25_34', '35_49', '50_64',
                                      '65_74', '75_plus')),
    gender text CHECK (gender IN ('woman', 'man', 'another')),
    ethnic_group text CHECK (ethnic_group IN ('asian', 'black', 'mixed', 'white', 'other')),
    disability text CHECK (disability IN ('limited_a_lot', 'limited_a_little', 'not_disabled')),
    tenure text CHECK (tenure IN ('owned', 'shared_ownership', 'social_rented',
                                  'private_rented', 'rent_free')),
    -- The first half of a UK postcode ("MK6").
    postcode_district text CHECK (postcode_district ~ '^[A-Z]{1,2}[0-9][0-9A-Z]?$'),
    answered_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX about_you_answers_area_idx ON about_you_answers (plan_id, neighbourhood_id, answered_at);
CREATE INDEX about_you_answers_age_idx ON about_you_answers (answered_at);
CREATE INDEX about_you_answers_respondent_idx ON about_you_answers (respondent_key)
    WHERE respondent_key IS NOT NULL;

-- The privacy notice (issue 21): who is responsible for a plan's personal data (the data
-- controller) and where people write to use their rights. Both are set by a plan admin and
-- shown on the plan's privacy page; NULL until set.

ALTER TABLE plans
    ADD COLUMN privacy_controller text
        CHECK (char_length(privacy_controller) BETWEEN 1 AND 200),
    ADD COLUMN privacy_contact text
        CHECK (char_length(privacy_contact) BETWEEN 1 AND 300);

-- Who lives in each neighbourhood (issue 20): everyone (dimension 'total', band 'all')
-- and by the bands of the optional "about you" questions (waymark_domain::equality),
-- from `waymark import population`. Compared with who takes part, these figures show who
-- is not being heard; the report shades neighbourhoods per 1,000 residents with them.
CREATE TABLE neighbourhood_population (
    neighbourhood_id uuid NOT NULL REFERENCES neighbourhoods(id) ON DELETE CASCADE,
    dimension text NOT NULL
        CHECK (dimension IN ('total', 'age', 'gender', 'ethnic_group', 'disability', 'tenure')),
    band text NOT NULL CHECK (char_length(band) BETWEEN 1 AND 40),
    people integer NOT NULL CHECK (people >= 0),
    source text NOT NULL CHECK (char_length(source) BETWEEN 1 AND 500),
    PRIMARY KEY (neighbourhood_id, dimension, band),
    CHECK ((dimension = 'total') = (band = 'all'))
);

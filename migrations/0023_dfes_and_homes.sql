-- Future headroom per substation from an operator's Distribution Future Energy Scenarios
-- (DFES), one row per scenario and year, and the number of homes per neighbourhood:
-- the two inputs an energy plan needs to say when a substation runs out of room.

CREATE TABLE dfes_headroom (
    substation_id          uuid NOT NULL REFERENCES substations (id) ON DELETE CASCADE,
    scenario               text NOT NULL
                           CHECK (char_length(scenario) BETWEEN 1 AND 100 AND scenario = btrim(scenario)),
    year                   integer NOT NULL CHECK (year BETWEEN 2020 AND 2060),
    -- Negative when the scenario's demand or generation outgrows the substation.
    demand_headroom_mva    double precision NOT NULL
                           CHECK (demand_headroom_mva BETWEEN -1e6 AND 1e6),
    generation_headroom_mw double precision NOT NULL
                           CHECK (generation_headroom_mw BETWEEN -1e6 AND 1e6),
    source                 text NOT NULL CHECK (char_length(source) BETWEEN 1 AND 500),
    PRIMARY KEY (substation_id, scenario, year)
);
CREATE INDEX dfes_headroom_scenario_idx ON dfes_headroom (scenario);

ALTER TABLE neighbourhoods
    ADD COLUMN homes integer CHECK (homes >= 0),
    ADD COLUMN homes_source text CHECK (char_length(homes_source) BETWEEN 1 AND 500);

-- Plans made by admins (`waymark plan create`, POST /api/v1/plans). A plan may start
-- without an area (an empty boundary: no pin can be placed yet); its area then follows
-- its neighbourhoods, the union of their boundaries after each import, unless an admin
-- gave the area explicitly. Plans made before this migration had their area given.
ALTER TABLE plans
    ADD COLUMN boundary_from_neighbourhoods boolean NOT NULL DEFAULT false;

-- Quotes a mobiliser picks for the monthly dialogue report. Only a published
-- contribution whose resident agreed to be quoted can be featured (the report reads
-- both conditions again, so an item later hidden or withdrawn drops out by itself).
ALTER TABLE contributions ADD COLUMN featured boolean NOT NULL DEFAULT false;

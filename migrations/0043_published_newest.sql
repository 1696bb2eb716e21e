-- OGC items of `contributions` newest first in a box (issue 17, many plans on one
-- deployment). OGC's collection spans every plan, and no index read published pins across
-- plans newest first: a page over one plan's area of 200,000 pins (among 10,000,000) read
-- all 200,000 through the GiST index and sorted them, 0.6-0.8 s a page. With this index
-- PostgreSQL walks the newest pins and keeps those in the box (2,500 read for a page of
-- 50 there, 20-45 ms a page with its count), and still takes the GiST index for a small
-- box, which few pins fill.
CREATE INDEX contributions_published_newest_idx
    ON contributions (created_at DESC, id DESC) WHERE status = 'published';

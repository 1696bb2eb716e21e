-- Rate limits shared by every Waymark process on this database (issue 17: several nodes).
-- Each process keeps its own in-memory limiter as a first gate; this table is the count
-- they share, so that a client meets one allowance whichever process answers it, not
-- one per process.
--
-- One row per limiter and key (an address, an account id, an email's SHA-256), holding
-- the generic cell rate algorithm's theoretical arrival time: a request is allowed when
-- `tat` is no later than now plus the burst less one interval, and moves `tat` on by one
-- interval (60 s / the limit a minute). A row whose `tat` has passed is an allowance
-- whole again, no different from no row: `serve` deletes those every minute.
--
-- UNLOGGED: counters lost in a crash (or on a standby promoted by failover) only give
-- clients their whole allowance back; not writing them to the WAL keeps every limited
-- write from costing a WAL record more. Expand-only: the previous release never reads it.
CREATE UNLOGGED TABLE rate_limits (
    limiter text NOT NULL,
    key     text NOT NULL,
    tat     timestamptz NOT NULL,
    PRIMARY KEY (limiter, key)
);

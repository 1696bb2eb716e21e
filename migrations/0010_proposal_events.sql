-- Proposals in the live event stream: every status change of a proposal (an operator's
-- answer is one) becomes an event of kind 'proposal' in the same transaction, so a
-- proposal that is open on someone's screen changes there without a reload. The event
-- carries only what anyone may see (the id, the new status and when); a viewer fetches
-- the proposal itself, which is filtered for them. Drafts are their group's own, so a
-- proposal saved as a draft is nobody's news.

ALTER TABLE events DROP CONSTRAINT events_kind_check;
ALTER TABLE events ADD CONSTRAINT events_kind_check
    CHECK (kind IN ('created', 'updated', 'hidden', 'supported', 'workshop', 'proposal'));

CREATE FUNCTION proposal_status_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    plan uuid;
BEGIN
    IF NEW.to_status = 'draft' OR current_setting('waymark.bulk_load', true) = 'on' THEN
        RETURN NULL;
    END IF;
    SELECT plan_id INTO plan FROM proposals WHERE id = NEW.proposal_id;
    INSERT INTO events (plan_id, kind, subject_id, audience, data)
    VALUES (plan, 'proposal', NEW.proposal_id, 'public',
            jsonb_build_object('id', NEW.proposal_id, 'status', NEW.to_status, 'at', NEW.at));
    PERFORM pg_notify('waymark_events', plan::text);
    RETURN NULL;
END;
$$;

-- Row-level: each recorded status change is one event.
CREATE TRIGGER proposal_status_events AFTER INSERT ON proposal_events
    FOR EACH ROW EXECUTE FUNCTION proposal_status_events();

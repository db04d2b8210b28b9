-- Issue 18: the minutes used (migration 021) are written by the service with the change that stops
-- or restarts a clock (saveRequestChange, minutesUsed in src/domain/slaTracking.ts), no longer by a
-- trigger. Any BEFORE ROW UPDATE trigger on a table keeps PostgreSQL from skipping the generated
-- columns an update leaves alone: every update of a request (a state change, a tag) computed its
-- search copy's tsvector again, after preparing that expression and running the trigger itself.
-- Dropping the trigger on a held bench database took 16 % of PostgreSQL's CPU off a transition.
-- Every change to a request goes through saveRequestChange or touches no clock (a diagnosis, a
-- health check); test/routes/reports.test.ts compares what it writes with business_minutes().
drop trigger support_requests_minutes_used on support_requests;
drop function support_requests_minutes_used();

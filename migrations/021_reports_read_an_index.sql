-- Issue 16: each report answers in under 200 ms on 100,000 requests. Two costs went: the SLA
-- report's business minutes (business_minutes per row and target, on every read: 845 ms of
-- database CPU for 5,555 office-hours requests) and reading the table's wide rows (a count of a
-- partner's 50,000 requests alone cost 32 ms, an index-only scan of the columns below 8 ms).

-- The business minutes a target used, learnt when its clock stops and kept: from opening to the
-- first response (or closing without one), and to resolution (or closing) less the business time
-- paused. Null while the clock runs and for a request received uncovered (R6). The definition's
-- hours are those it was published with (a published definition never changes; a new version is
-- a new row), so the value is the one the report computed at read time before.
alter table support_requests
  add column first_response_minutes_used double precision,
  add column resolution_minutes_used double precision;

-- Written by the database whenever a column they follow from changes, whichever flow changes it
-- (a transition, a note, an import, a connector): no writer can forget them.
create function support_requests_minutes_used() returns trigger
  language plpgsql
  as $$
declare
  first_response_stop timestamptz := coalesce(new.first_responded_at, new.closed_at);
  resolution_stop timestamptz := coalesce(new.resolved_at, new.closed_at);
  hours jsonb;
begin
  if new.sla_definition_id is not null and (first_response_stop is not null or resolution_stop is not null) then
    select d.hours into hours from sla_definitions d where d.partner_id = new.partner_id and d.id = new.sla_definition_id;
  end if;
  new.first_response_minutes_used := case when new.sla_definition_id is not null and first_response_stop is not null
    then business_minutes(hours, new.created_at, first_response_stop) end;
  new.resolution_minutes_used := case when new.sla_definition_id is not null and resolution_stop is not null
    then business_minutes(hours, new.created_at, resolution_stop) - new.paused_minutes end;
  return new;
end
$$;
create trigger support_requests_minutes_used
  before insert or update of created_at, sla_definition_id, first_responded_at, resolved_at, closed_at, paused_minutes
  on support_requests for each row execute function support_requests_minutes_used();

-- The requests whose clock already stopped. Updating created_at fires the trigger without changing anything else.
update support_requests set created_at = created_at
 where sla_definition_id is not null and coalesce(first_responded_at, resolved_at, closed_at) is not null;

-- What the SLA, backlog and volume reports read, in one index they scan instead of the table
-- (index-only: the row-level security policy's columns are in it too). Severity leads, so that the
-- SLA report's per-severity percentiles come out of the scan grouped, without sorting the period;
-- PostgreSQL 18 skips from one severity to the next, so a short period reads only its own entries.
create index support_requests_reporting on support_requests (partner_id, severity, created_at)
  include (customer_id, category, channel, diagnosis_cause, state, number, sla_definition_id,
           first_response_due_at, first_response_at_risk_at, resolution_due_at, resolution_at_risk_at,
           first_responded_at, resolved_at, closed_at, paused_at, first_response_minutes_used, resolution_minutes_used);

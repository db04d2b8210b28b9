-- Issue 16: the reports within their target, and the bytes of abandoned uploads cleaned up.

-- The backfill below rewrites every request whose clock stopped: on a large history that may take
-- longer than the 5 minutes migration 009 allows a transaction (PostgreSQL 17 and newer).
do $$
begin
  if current_setting('server_version_num')::int >= 170000 then
    set local transaction_timeout = 0;
  end if;
end
$$;

-- Each report answers in under 200 ms on 100,000 requests. Two costs went: the SLA
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

-- What the SLA and volume reports read, in one index they scan instead of the table (index-only:
-- the row-level security policy's columns are in it too). Severity leads, so that the SLA
-- report's per-severity percentiles come out of the scan grouped, without sorting the period;
-- PostgreSQL 18 skips from one severity to the next, so a short period reads only its own entries.
create index support_requests_reporting on support_requests (partner_id, severity, created_at)
  include (customer_id, category, channel, diagnosis_cause, sla_definition_id, first_response_due_at,
           resolution_due_at, first_responded_at, resolved_at, closed_at, paused_at, first_response_minutes_used,
           resolution_minutes_used);
-- The backlog report's: the open requests only (the backlog report's states, openStates in
-- src/services/reports.ts: a request in no other state is ever in it), with what sla_status reads.
create index support_requests_backlog on support_requests (partner_id, created_at)
  include (customer_id, severity, category, state, number, sla_definition_id, first_response_due_at,
           first_response_at_risk_at, resolution_due_at, resolution_at_risk_at, first_responded_at, resolved_at,
           closed_at, paused_at)
  where state in ('new', 'in_progress', 'awaiting_customer', 'escalated');

-- The escalations report reads a period's escalations: the tenant settings once per query (an
-- InitPlan), as migration 016 did for support_requests, not twice per row.
alter policy escalations_parties on escalations
  using ((partner_id = (select app_partner_id()) or target_partner_id = (select app_partner_id()))
         and (select app_customer_id()) is null)
  with check ((partner_id = (select app_partner_id()) or target_partner_id = (select app_partner_id()))
              and (select app_customer_id()) is null);

-- Uploads whose bytes are being stored (src/services/attachmentStore.ts writes them, chunk by chunk,
-- each in its own transaction, before the attachment row that describes them). One whose client
-- went away, whose process crashed, or that was refused when its sender may not delete (a customer
-- user) leaves chunks no attachment row refers to. Each upload is noted here when it starts; once
-- it is older than any upload may last, the partner's sweep (src/jobs/attachmentCleanup.ts)
-- forgets it and deletes its chunks unless an attachment records them.
create table attachment_uploads (
  partner_id uuid not null references partners (id),
  attachment_id uuid not null,
  started_at timestamptz(3) not null default now(),
  primary key (partner_id, attachment_id)
);
create index attachment_uploads_started on attachment_uploads (partner_id, started_at);
alter table attachment_uploads enable row level security;
alter table attachment_uploads force row level security;
-- Whoever uploads notes it; only the partner's side (its agents, its sweep) reads and forgets it.
create policy attachment_uploads_write on attachment_uploads for insert
  with check (partner_id = app_partner_id());
create policy attachment_uploads_read on attachment_uploads for select
  using (partner_id = app_partner_id() and app_customer_id() is null);
create policy attachment_uploads_delete on attachment_uploads for delete
  using (partner_id = app_partner_id() and app_customer_id() is null);

-- A delete that names its rows must also be allowed to read them: the partner's side reads all of
-- its chunks, those of an unfinished upload included, so that it can delete them (the bytes of a
-- refused upload were not deleted before, the rows being hidden from the delete). Customer users
-- still read chunks through a visible attachment only.
alter policy attachment_chunks_read on attachment_chunks
  using (partner_id = app_partner_id()
         and (app_customer_id() is null
              or exists (select 1 from attachments a
                          where a.partner_id = attachment_chunks.partner_id and a.id = attachment_chunks.attachment_id)));

-- The partner's sweep, at `at` or earlier if one is already planned (a steady flow of uploads must
-- not push it back for ever).
create function schedule_attachment_cleanup(at timestamptz) returns void
  language plpgsql security definer set search_path = public
  as $$
begin
  perform graphile_worker.add_job('attachment_cleanup', json_build_object('partnerId', app_partner_id()),
                                  run_at => at, job_key => 'attachment_cleanup:' || app_partner_id(),
                                  job_key_mode => 'preserve_run_at', max_attempts => 25);
end
$$;
revoke all on function schedule_attachment_cleanup(timestamptz) from public;
grant execute on function schedule_attachment_cleanup(timestamptz) to partnerdesk_app;

-- Chunks left behind before this migration: noted now, swept an hour from now (the queue exists
-- wherever the service has run, which is the only place such chunks can be).
insert into attachment_uploads (partner_id, attachment_id)
select distinct c.partner_id, c.attachment_id
  from attachment_chunks c
 where not exists (select 1 from attachments a where a.partner_id = c.partner_id and a.id = c.attachment_id);
do $$
declare
  partner uuid;
begin
  if to_regprocedure('graphile_worker.add_job(text, json, text, timestamptz, integer, text, integer, text[], text)') is null then
    return;
  end if;
  for partner in select distinct partner_id from attachment_uploads loop
    perform graphile_worker.add_job('attachment_cleanup', json_build_object('partnerId', partner),
                                    run_at => now() + interval '1 hour', job_key => 'attachment_cleanup:' || partner,
                                    job_key_mode => 'preserve_run_at', max_attempts => 25);
  end loop;
end
$$;

-- Issue 18: calls a create made for little or nothing (perf on a held bench database, during
-- creates).
--
-- The recheck of intake's facts (migration 031) was a PL/pgSQL function running its query through
-- SPI, with its own plan to look up and executor to start: 7.5 % of PostgreSQL's CPU in a create.
-- The insert now holds that query itself (insertRequest, src/db/supportRequests.ts), planned with
-- it, and calls intake_changed() only when it finds no match, to fail as a serialization failure,
-- which withTenant retries on a fresh read. Volatile, so that the planner never calls it early.
drop function intake_unchanged(uuid, integer, uuid);
create function intake_changed() returns boolean
  language plpgsql volatile
  as $$
begin
  raise exception using errcode = 'serialization_failure',
    message = 'the customer or the SLA definition covering it changed since intake read them';
end
$$;

-- A request's number came from a SQL function: one that cannot be inlined (it is a security
-- definer) is parsed and planned again for every statement that calls it, 1.5-2.5 % of a create.
-- In PL/pgSQL its plan is kept for the connection.
create or replace function next_request_number() returns bigint
  language plpgsql security definer set search_path = public
  as $$
begin
  return nextval(('request_number_' || replace(app_partner_id()::text, '-', ''))::regclass);
end
$$;

-- A request or customer created without external references ran the trigger that indexes them
-- all the same, to insert nothing, and an update of the column ran it to find it unchanged. The
-- conditions now sit on the triggers.
drop trigger support_requests_external_refs on support_requests;
create trigger support_requests_external_refs after insert on support_requests
  for each row when (new.external_refs <> '[]'::jsonb) execute function keep_external_refs();
create trigger support_requests_external_refs_changed after update of external_refs on support_requests
  for each row when (old.external_refs is distinct from new.external_refs) execute function keep_external_refs();
drop trigger customers_external_refs on customers;
create trigger customers_external_refs after insert on customers
  for each row when (new.external_refs <> '[]'::jsonb) execute function keep_external_refs();
create trigger customers_external_refs_changed after update of external_refs on customers
  for each row when (old.external_refs is distinct from new.external_refs) execute function keep_external_refs();

-- A request's partner is its customer's (its key (partner_id, customer_id) references customers,
-- whose partner_id references partners), so checking it against partners as well locked that row
-- a second time in every create, for nothing.
alter table support_requests drop constraint support_requests_partner_id_fkey;

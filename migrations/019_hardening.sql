-- How far this database's event feed may trail the newest committed event: the age of the oldest
-- transaction still writing in this database (the feed's horizon, FEED_HORIZON in
-- src/db/events.ts, is held back by those only). A transaction left open in another database of
-- the same server no longer shows as lag here.
create or replace function feed_lag_seconds() returns float8
  language sql stable security definer set search_path = public
  as $$
  select coalesce(extract(epoch from now() - min(xact_start)), 0)::float8
    from pg_stat_activity
   where backend_xid is not null and pid <> pg_backend_pid() and datname = current_database()
$$;

-- A function runs with its owner's rights when it is security definer, and PostgreSQL lets every
-- role execute a new function: each of ours is executable by the app role only (a trigger's by
-- nobody, since a trigger fires whatever the privileges). test/db/schema.test.ts keeps it so.
do $$
declare
  definer record;
begin
  for definer in
    select p.oid::regprocedure as signature, p.prorettype = 'trigger'::regtype as is_trigger
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public' and p.prosecdef
  loop
    execute format('revoke all on function %s from public', definer.signature);
    if not definer.is_trigger then
      execute format('grant execute on function %s to partnerdesk_app', definer.signature);
    end if;
  end loop;
end
$$;

-- The SLA's lists hold words of the domain's vocabularies (src/domain: categories, pausableStates).
alter table sla_definitions
  add constraint sla_definitions_support_types_check
    check (support_types <@ array['billing', 'subscription', 'provisioning', 'configuration', 'troubleshooting',
                                     'updates', 'usage']),
  add constraint sla_definitions_pause_on_check check (pause_on <@ array['awaiting_customer', 'escalated']);

-- Integrations (issue 15): external references, tags and metadata on customers and support
-- requests, full-text search, and customer imports.

-- Both extensions are trusted: the schema owner creates them without being a superuser.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Accent folding that an index may use: unaccent() itself is only stable, because its dictionary
-- could change; naming the dictionary makes the result depend on the text alone.
create function fold_accents(text) returns text
  language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Search configurations: accents folded, then French or English word forms ("facturation" and
-- "facture" share the stem "factur"). The partner's customers write in both languages, so a
-- document is indexed with both and a query matches either.
create text search configuration partnerdesk_french (copy = french);
alter text search configuration partnerdesk_french
  alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration partnerdesk_english (copy = english);
alter text search configuration partnerdesk_english
  alter mapping for hword, hword_part, word with unaccent, english_stem;

create function search_document(text) returns tsvector
  language sql immutable parallel safe strict
  as $$ select to_tsvector('partnerdesk_french', $1) || to_tsvector('partnerdesk_english', $1) $$;

create function search_query(text) returns tsquery
  language sql immutable parallel safe strict
  as $$ select websearch_to_tsquery('partnerdesk_french', $1) || websearch_to_tsquery('partnerdesk_english', $1) $$;

alter table customers
  add column external_refs jsonb not null default '[]',
  add column tags text[] not null default '{}',
  add column metadata jsonb not null default '{}',
  -- What `?q=` searches: name, domain and tenant id, lower case, accents folded (trigram index).
  add column search_text text generated always as (lower(fold_accents(name || ' ' || domain || ' ' || tenant_id::text))) stored;
-- The view lists customers' columns as they were when it was made: made again to show the new ones.
drop view customers_with_coverage;
create view customers_with_coverage with (security_invoker = true) as
select c.*,
       coalesce(assigned.id, fallback.id) as covering_definition_id,
       case
         when assigned.id is not null then json_build_object('definitionId', assigned.id, 'version', assigned.version, 'source', 'assigned')
         when c.sla_definition_id is null and fallback.id is not null then json_build_object('definitionId', fallback.id, 'version', fallback.version, 'source', 'default')
       end as sla_coverage
  from customers c
  left join sla_definitions assigned
    on assigned.partner_id = c.partner_id and assigned.id = c.sla_definition_id and assigned.status = 'published'
  left join sla_definitions fallback
    on c.sla_definition_id is null and fallback.partner_id = c.partner_id and fallback.is_default and fallback.status = 'published';
grant select on customers_with_coverage to partnerdesk_app;
create index customers_domain on customers (partner_id, domain);
create index customers_tags on customers using gin (tags);
create index customers_search on customers using gin (search_text gin_trgm_ops);

alter table support_requests
  add column external_refs jsonb not null default '[]',
  add column tags text[] not null default '{}',
  add column metadata jsonb not null default '{}',
  add column search tsvector generated always as (search_document(title || ' ' || description)) stored;
create index support_requests_tags on support_requests using gin (tags);
create index support_requests_search on support_requests using gin (search);
-- The export reads in (updated_at, id) order.
create index support_requests_updated_id on support_requests (partner_id, updated_at, id);
drop index support_requests_updated;

-- Notes are searched with the request, under their own row-level security: a customer user's
-- search only ever matches public notes (R9).
alter table request_notes add column search tsvector generated always as (search_document(text)) stored;
create index request_notes_search on request_notes using gin (search);

-- One row per external reference, so that a reference names one object of its type per partner
-- and a lookup by reference is an index probe. Kept from the objects' external_refs by a trigger.
create table external_refs (
  partner_id uuid not null references partners (id),
  resource_type text not null check (resource_type in ('customer', 'support_request')),
  system text not null,
  external_id text not null,
  resource_id uuid not null,
  constraint external_refs_taken primary key (partner_id, resource_type, system, external_id)
);
create index external_refs_resource on external_refs (partner_id, resource_type, resource_id);
alter table external_refs enable row level security;
alter table external_refs force row level security;
create policy external_refs_tenant on external_refs
  using (partner_id = app_partner_id())
  with check (partner_id = app_partner_id());

create function keep_external_refs() returns trigger
  language plpgsql
  as $$
declare
  kind text := case tg_table_name when 'customers' then 'customer' else 'support_request' end;
begin
  if tg_op = 'UPDATE' then
    if new.external_refs = old.external_refs then return new; end if;
    delete from external_refs where partner_id = new.partner_id and resource_type = kind and resource_id = new.id;
  end if;
  insert into external_refs (partner_id, resource_type, system, external_id, resource_id)
  select new.partner_id, kind, ref ->> 'system', ref ->> 'id', new.id
    from jsonb_array_elements(new.external_refs) ref;
  return new;
end
$$;
create trigger customers_external_refs after insert or update of external_refs on customers
  for each row execute function keep_external_refs();
create trigger support_requests_external_refs after insert or update of external_refs on support_requests
  for each row execute function keep_external_refs();

-- Customer imports (POST /v1/customers/import): one result per line once run. A large import
-- keeps its checked lines and the calling key until a job (`import_customers`) runs it; it is
-- polled at GET /v1/imports/{id}.
create table imports (
  id uuid not null default gen_random_uuid(),
  partner_id uuid not null references partners (id),
  status text not null check (status in ('pending', 'completed')),
  total integer not null,
  caller jsonb not null,
  lines jsonb,
  results jsonb,
  created_at timestamptz(3) not null default now(),
  completed_at timestamptz(3),
  primary key (partner_id, id)
);
alter table imports enable row level security;
alter table imports force row level security;
create policy imports_tenant on imports
  using (partner_id = app_partner_id() and app_customer_id() is null)
  with check (partner_id = app_partner_id() and app_customer_id() is null);

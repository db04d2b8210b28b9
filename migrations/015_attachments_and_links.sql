-- Issue 16: attachments on requests and notes, and requests linked to a service incident or an escalation.

-- An attachment's description; its bytes are in attachment_chunks (or another store, see
-- src/services/attachmentStore.ts). Its visibility is its note's: a customer user never sees an
-- internal one (R9), as with notes.
create table attachments (
  partner_id uuid not null references partners (id),
  id uuid not null,
  request_id uuid not null,
  customer_id uuid not null,
  note_id uuid,
  visibility text not null check (visibility in ('public', 'internal')),
  file_name text not null check (length(file_name) between 1 and 255),
  content_type text not null,
  size_bytes bigint not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  author jsonb not null,
  created_at timestamptz(3) not null default now(),
  primary key (partner_id, id),
  foreign key (partner_id, request_id) references support_requests (partner_id, id),
  foreign key (partner_id, note_id) references request_notes (partner_id, id)
);
create index attachments_request on attachments (partner_id, request_id, created_at, id);
alter table attachments enable row level security;
alter table attachments force row level security;
create policy attachments_tenant on attachments
  using (partner_id = app_partner_id()
         and (app_customer_id() is null or (customer_id = app_customer_id() and visibility = 'public')))
  with check (partner_id = app_partner_id()
              and (app_customer_id() is null or (customer_id = app_customer_id() and visibility = 'public')));

-- The bytes, in rows of at most 256 KB so that neither side ever holds a whole file. They are
-- written as they arrive, each row in a short transaction of its own (an upload holds no
-- connection while its body trickles in), before the attachment row that describes them: as an
-- object store's objects would be, so no foreign key. They are read through that row, so its
-- policy decides who reads them; the bytes of a refused upload are deleted, and those of an upload
-- a crash interrupted are never read.
create table attachment_chunks (
  partner_id uuid not null references partners (id),
  attachment_id uuid not null,
  seq integer not null check (seq >= 0),
  bytes bytea not null,
  primary key (partner_id, attachment_id, seq)
);
alter table attachment_chunks enable row level security;
alter table attachment_chunks force row level security;
create policy attachment_chunks_write on attachment_chunks for insert
  with check (partner_id = app_partner_id());
create policy attachment_chunks_read on attachment_chunks for select
  using (partner_id = app_partner_id()
         and exists (select 1 from attachments a
                      where a.partner_id = attachment_chunks.partner_id and a.id = attachment_chunks.attachment_id));
create policy attachment_chunks_delete on attachment_chunks for delete
  using (partner_id = app_partner_id() and app_customer_id() is null);

-- Requests a service incident or an escalation stands for, besides the escalation's own request.
create table service_incident_links (
  partner_id uuid not null references partners (id),
  incident_id text not null,
  request_id uuid not null,
  created_at timestamptz(3) not null default now(),
  primary key (partner_id, incident_id, request_id),
  foreign key (partner_id, incident_id) references service_incidents (partner_id, id),
  foreign key (partner_id, request_id) references support_requests (partner_id, id)
);
create index service_incident_links_request on service_incident_links (partner_id, request_id);
alter table service_incident_links enable row level security;
alter table service_incident_links force row level security;
create policy service_incident_links_tenant on service_incident_links
  using (partner_id = app_partner_id() and app_customer_id() is null)
  with check (partner_id = app_partner_id() and app_customer_id() is null);

create table escalation_links (
  partner_id uuid not null references partners (id),
  escalation_id uuid not null,
  request_id uuid not null,
  created_at timestamptz(3) not null default now(),
  primary key (partner_id, escalation_id, request_id),
  foreign key (partner_id, escalation_id) references escalations (partner_id, id),
  foreign key (partner_id, request_id) references support_requests (partner_id, id)
);
create index escalation_links_request on escalation_links (partner_id, request_id);
alter table escalation_links enable row level security;
alter table escalation_links force row level security;
create policy escalation_links_tenant on escalation_links
  using (partner_id = app_partner_id() and app_customer_id() is null)
  with check (partner_id = app_partner_id() and app_customer_id() is null);

-- The language the partner writes to its customers in (BCP 47), and its own wording of the note a
-- resolved service incident leaves on linked requests, by language (the defaults otherwise).
alter table partners
  add column language text not null default 'en',
  add column incident_resolved_notes jsonb not null default '{}';
-- A customer's language; null follows its partner's.
alter table customers add column language text;

-- The view lists customers' columns as they were when it was made: made again to show the new one.
drop view customers_with_coverage;
create view customers_with_coverage with (security_invoker = true) as
select c.*,
       coalesce(assigned.id, fallback.id) as covering_definition_id,
       case
         when assigned.id is not null then json_build_object('definitionId', assigned.id, 'version', assigned.version, 'source', 'assigned')
         when c.sla_definition_id is null and fallback.id is not null then json_build_object('definitionId', fallback.id, 'version', fallback.version, 'source', 'default')
       end as sla_coverage,
       coalesce(c.language, (select p.language from partners p where p.id = c.partner_id)) as effective_language
  from customers c
  left join sla_definitions assigned
    on assigned.partner_id = c.partner_id and assigned.id = c.sla_definition_id and assigned.status = 'published'
  left join sla_definitions fallback
    on c.sla_definition_id is null and fallback.partner_id = c.partner_id and fallback.is_default and fallback.status = 'published';
grant select on customers_with_coverage to partnerdesk_app;

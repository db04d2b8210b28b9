-- Full-text search that an index serves (issue 15): a rare word no longer reads the partner's rows.
--
-- Under row-level security PostgreSQL may not use the GIN indexes of migration 013 for `@@`:
-- ts_match_vq is not leakproof, so it must run after the policy's quals, on rows already read.
-- Marking it leakproof needs a superuser; the schema owner may be a plain role. Instead, every
-- searchable text (a request's title and description, each note) is copied into search_documents,
-- a table only the owner reads, and search_candidates() — security definer, so it runs as the
-- owner, which bypasses that table's row-level security — finds the current partner's matching
-- requests through its index. It is an accelerator and decides nothing about visibility: the list
-- query still reads the requests and their notes under their own row-level security and tests
-- the words on them (src/db/supportRequests.ts, listRequests).

-- Lets one GIN index hold partner_id with the words, so that a small partner's search does not
-- walk the matches of every partner. Trusted: the owner creates it without being a superuser.
create extension if not exists btree_gin;

create table search_documents (
  partner_id uuid not null,
  -- The request (its title and description) or the note the words come from.
  source_id uuid not null,
  request_id uuid not null,
  document tsvector not null,
  primary key (partner_id, source_id)
);
-- New entries wait in the index's pending list until it is this full (kB; PostgreSQL's default
-- is 4 MB), and every search reads that list whole: 3,000 new notes made a rare word's search
-- 1.4 ms instead of 0.1 ms with the default, 0.14 ms with this, at the same insert cost.
create index search_documents_words on search_documents using gin (partner_id, document)
  with (gin_pending_list_limit = 256);
-- The owner's table: the app role may not read it (it would bypass the notes' visibility), and
-- row-level security is enabled with no policy, so that a grant made by mistake still shows
-- nothing. Not forced, so the owner — in search_candidates() and the triggers below — reads and
-- writes it (test/db/schema.test.ts names this exception).
revoke all on search_documents from partnerdesk_app;
alter table search_documents enable row level security;

-- Kept in the same transaction as the text it copies, by the owner (security definer: the app
-- role that writes requests and notes has no right on search_documents).
create function keep_search_document() returns trigger
  language plpgsql security definer set search_path = public
  as $$
begin
  if tg_op <> 'INSERT' then
    delete from search_documents where partner_id = old.partner_id and source_id = old.id;
  end if;
  if tg_op = 'DELETE' then
    return null;
  end if;
  -- A request's words lead to itself, a note's to its request (each branch reads only fields its
  -- table has: plpgsql prepares a statement when it first runs it).
  if tg_table_name = 'support_requests' then
    insert into search_documents (partner_id, source_id, request_id, document)
    values (new.partner_id, new.id, new.id, new.search);
  else
    insert into search_documents (partner_id, source_id, request_id, document)
    values (new.partner_id, new.id, new.request_id, new.search);
  end if;
  return null;
end
$$;
revoke all on function keep_search_document() from public;
create trigger support_requests_search_document after insert or delete on support_requests
  for each row execute function keep_search_document();
create trigger support_requests_search_document_changed after update on support_requests
  for each row when (old.search is distinct from new.search or old.partner_id <> new.partner_id or old.id <> new.id)
  execute function keep_search_document();
create trigger request_notes_search_document after insert or delete on request_notes
  for each row execute function keep_search_document();
create trigger request_notes_search_document_changed after update on request_notes
  for each row when (old.search is distinct from new.search or old.request_id <> new.request_id
                     or old.partner_id <> new.partner_id or old.id <> new.id)
  execute function keep_search_document();

-- The texts written before this migration. Both tables force row-level security, which binds a
-- schema owner that is not a superuser too: lifted for the copy, inside this migration's
-- transaction, so no other session ever sees the tables unforced.
alter table support_requests no force row level security;
alter table request_notes no force row level security;
insert into search_documents (partner_id, source_id, request_id, document)
select partner_id, id, id, search from support_requests;
insert into search_documents (partner_id, source_id, request_id, document)
select partner_id, id, request_id, search from request_notes;
alter table support_requests force row level security;
alter table request_notes force row level security;

-- The indexes of migration 013 that row-level security never lets the planner use; the stored
-- tsvector columns stay: the list query tests the words on them.
drop index support_requests_search;
drop index request_notes_search;

-- The current partner's requests whose text or one of whose notes matches `words` — whatever
-- the caller may see of them: the list query decides that under row-level security — or null
-- when more than `cap` texts match (a common word: the list walks its newest-first index and
-- fills a page after a few rows) or when no index can serve the query (only negated words).
create function search_candidates(words tsquery, cap integer) returns uuid[]
  language plpgsql stable security definer set search_path = public
  as $$
declare
  matching uuid[];
begin
  -- Only stop words ("the", "le"): nothing matches, as `@@` says on the rows.
  if numnode(words) = 0 then return '{}'; end if;
  -- Only negated words ("-teams"): no index serves that, and it matches nearly everything.
  if querytree(words) = 'T' then return null; end if;
  matching := array(select request_id from search_documents
                     where partner_id = app_partner_id() and document @@ words
                     limit cap + 1);
  if cardinality(matching) > cap then return null; end if;
  return array(select distinct unnest(matching));
end
$$;
revoke all on function search_candidates(tsquery, integer) from public;
grant execute on function search_candidates(tsquery, integer) to partnerdesk_app;

-- A common word's probe (issue 18): search_candidates() gathers the partner's matches through a
-- bitmap scan, which reads every one of them before its cap applies: 8 ms for a word of one text
-- in five among the 500,000 requests of a partner, and in the bench ten such searches at once
-- stalled together for 500–800 ms every few seconds, all of it in this probe. The planner tells
-- such a word apart beforehand, from ANALYZE's statistics of search_documents (its most common
-- lexemes with their frequencies, each partner's share of the rows), for about 0.2 ms: when it
-- expects many times more matches than the cap, the probe is skipped and the list walks the
-- newest copies instead (search_newest(), migration 023).
--
-- Only a word the statistics know counts: for one they do not hold, the planner guesses a share
-- of the rows (half the rarest common lexeme's frequency, at most 0.5 %) that grows with the
-- partner, and such a word is probed — it is rare, and walking for it would read every copy of
-- the partner's. A table never analysed gives no common word, and the probe runs as before.
-- The estimate treats a word as spread evenly over the partners: one common elsewhere but rare
-- for this partner is walked for (about 0.15 µs a copy of the partner's newer than its matches).

-- How many of the current partner's copies the planner expects to hold `words`. Called by
-- search_candidates() as the owner, who alone may read search_documents; no one else may call it.
create function search_estimate(words tsquery) returns float8
  language plpgsql volatile set search_path = public
  as $$
declare
  plan json;
begin
  -- Literals, so that the planner estimates for this partner and these words. (Volatile:
  -- PostgreSQL refuses EXPLAIN in a stable function.)
  execute format('explain (format json) select from search_documents where partner_id = %L and document @@ %L',
                 app_partner_id(), words)
     into plan;
  return (plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
end
$$;
revoke all on function search_estimate(tsquery) from public;

create or replace function search_candidates(words tsquery, cap integer) returns uuid[]
  language plpgsql volatile security definer set search_path = public
  as $$
declare
  matching uuid[];
begin
  -- Only stop words ("the", "le"): nothing matches, as `@@` says on the rows.
  if numnode(words) = 0 then return '{}'; end if;
  -- Only negated words ("-teams"): no index serves that, and it matches nearly everything.
  if querytree(words) = 'T' then return null; end if;
  -- A common word (above): ten times more matches expected than the cap, and than the guess for a
  -- lexeme no text holds (a query names each word in two languages, which doubles that guess).
  if search_estimate(words) > 10 * greatest(cap, search_estimate('partnerdesk_unseen_lexeme'::tsquery)) then
    return null;
  end if;
  matching := array(select request_id from search_documents
                     where partner_id = app_partner_id() and document @@ words
                     limit cap + 1);
  if cardinality(matching) > cap then return null; end if;
  return array(select distinct unnest(matching));
end
$$;

import type { Client } from './pool.js';

/**
 * How many matching texts (request texts and notes) a search gathers by index before it calls the
 * words common. Up to this many, the list reads exactly those requests; past it, a page fills
 * after a few texts of the newest-first walk (newestMatches: e.g. 1,000 of the 50,000 requests of
 * one partner means one in 50 matches). The probe is a bitmap scan, so it reads every match before
 * the cap applies: 0.5 ms for a rare word, about 8 ms for one in 90,000 texts — which is why a
 * word the planner's statistics expect ten times more often than this is not probed at all
 * (migration 024).
 */
export const SEARCH_CANDIDATES = 1_000;

/**
 * The ids of the current partner's requests whose text or one of whose notes holds `q` (found
 * through search_documents' index, migration 020, whatever the caller may see of them), or null
 * when the words are too common to be worth it (counted, or expected so by the planner). A
 * superset for the list query to narrow under row-level security (listRequests), never an answer
 * in itself.
 */
export async function searchCandidates(client: Client, q: string): Promise<string[] | null> {
  const { rows } = await client.query<{ ids: string[] | null }>(
    'select search_candidates(search_query($1::text), $2::int) as ids',
    [q, SEARCH_CANDIDATES],
  );
  return rows[0]!.ids;
}

/**
 * The ids of the current partner's newest requests numbered below `below` (undefined: from the
 * newest) whose text or one of whose notes holds `q`, newest first: at most `wanted`, and every
 * one of them when fewer. Found by walking search_documents newest first (search_newest(),
 * migration 023), whatever the caller may see of them: like searchCandidates, a superset for the
 * list query to narrow under row-level security.
 */
export async function newestMatches(
  client: Client,
  q: string,
  below: number | undefined,
  wanted: number,
): Promise<string[]> {
  const { rows } = await client.query<{ ids: string[] }>(
    'select search_newest(search_query($1::text), $2::bigint, $3::int) as ids',
    [q, below ?? null, wanted],
  );
  return rows[0]!.ids;
}

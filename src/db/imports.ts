import type { ImportProgress } from '../domain/integrations.js';
import type { Client } from './pool.js';

export interface ImportRow {
  id: string;
  status: ImportProgress;
  total: number;
  results: unknown[] | null;
  createdAt: string;
  completedAt: string | null;
}

const jsonOrNull = (value: unknown) => (value === null ? null : JSON.stringify(value));

const importColumns = `id, status, total, results, created_at as "createdAt", completed_at as "completedAt"`;

/** A completed import, or a pending one with the lines its job will run and the key that sent them. */
export async function insertImport(
  client: Client,
  fields: { total: number; caller: object; lines: unknown[] | null; results: unknown[] | null },
): Promise<ImportRow> {
  const { rows } = await client.query<ImportRow>(
    `insert into imports (partner_id, status, total, caller, lines, results, completed_at)
     values (app_partner_id(), case when $4::jsonb is null then 'pending' else 'completed' end, $1::int, $2::jsonb,
             $3::jsonb, $4::jsonb, case when $4::jsonb is null then null else now() end)
     returning ${importColumns}`,
    [fields.total, JSON.stringify(fields.caller), jsonOrNull(fields.lines), jsonOrNull(fields.results)],
  );
  return rows[0]!;
}

export async function findImport(client: Client, id: string): Promise<ImportRow | undefined> {
  const { rows } = await client.query<ImportRow>(`select ${importColumns} from imports where id = $1::uuid`, [id]);
  return rows[0];
}

/** A pending import's caller, results so far and next `count` lines to run, locked; undefined once completed. */
export async function lockPendingImport(
  client: Client,
  id: string,
  count: number,
): Promise<{ caller: unknown; done: unknown[]; next: unknown[] } | undefined> {
  const { rows } = await client.query<{ caller: unknown; done: unknown[]; next: unknown[] }>(
    `select caller, coalesce(results, '[]') as done,
            coalesce(jsonb_path_query_array(lines, '$[$from to $to]',
                       jsonb_build_object('from', jsonb_array_length(coalesce(results, '[]')),
                                          'to', jsonb_array_length(coalesce(results, '[]')) + $2::int - 1)), '[]') as next
       from imports where id = $1::uuid and status = 'pending'
        for update`,
    [id, count],
  );
  return rows[0];
}

/** Adds results; with the last line's, the import is complete and its lines are let go. */
export async function recordImportResults(client: Client, id: string, results: unknown[]): Promise<boolean> {
  const { rows } = await client.query<{ status: string }>(
    `update imports set results = coalesce(results, '[]') || $2::jsonb,
            status = case when jsonb_array_length(coalesce(results, '[]') || $2::jsonb) >= total then 'completed' else status end
      where id = $1::uuid
      returning status`,
    [id, JSON.stringify(results)],
  );
  if (rows[0]?.status !== 'completed') return false;
  await client.query(`update imports set lines = null, completed_at = now() where id = $1::uuid`, [id]);
  return true;
}

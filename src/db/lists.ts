import type { QueryResultRow } from 'pg';
import type { Keyset } from '../http/pagination.js';
import type { Client } from './pool.js';

/**
 * A page of `table` in creation order, strictly after the keyset `[createdAt, id]`. Oldest first,
 * so rows created while a client pages appear on its last page instead of shifting the others.
 * `table` and `columns` are code, never input.
 */
export async function listInCreationOrder<T extends QueryResultRow>(
  client: Client,
  table: string,
  columns: string,
  after: Keyset | undefined,
  limit: number,
): Promise<T[]> {
  const { rows } = await client.query<T>(
    `select ${columns} from ${table}
      where $1::timestamptz is null or (created_at, id) > ($1::timestamptz, $2::uuid)
      order by created_at, id
      limit $3::int`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  return rows;
}

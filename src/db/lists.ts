import type { QueryResultRow } from 'pg';
import type { Client } from './pool.js';

/** The position after which the next page starts: the sort key of the last row served. */
export type Keyset = (string | number)[];

export interface ListQuery {
  /** Table (or join) and select list: code, never input. */
  from: string;
  columns: string;
  /** Extra conditions with placeholders from $4 on, bound to `params`. */
  where?: string[];
  params?: unknown[];
}

/**
 * Writes only the conditions a call has, each bound to its value as `$n::type` after those already
 * in `values`: each combination of conditions is then one fixed text, which a connection may
 * prepare, and the planner plans nothing for the absent ones (where `$n is null or …` would be
 * planned on every call). `when(given, condition)` is the condition, or nothing when `given` is
 * undefined.
 */
export function boundConditions(values: unknown[]) {
  const bind = (value: unknown, type: string) => `$${values.push(value)}::${type}`;
  const when = <T>(given: T | undefined, condition: (given: T) => string) =>
    given === undefined ? [] : [condition(given)];
  return { bind, when };
}

/**
 * A page in creation order, strictly after the keyset `[createdAt, id]`. Oldest first, so rows
 * created while a client pages appear on its last page instead of shifting the others.
 */
export async function listInCreationOrder<T extends QueryResultRow>(
  client: Client,
  query: ListQuery,
  after: Keyset | undefined,
  limit: number,
): Promise<T[]> {
  const conditions = [
    '($1::timestamptz is null or (created_at, id) > ($1::timestamptz, $2::uuid))',
    ...(query.where ?? []),
  ];
  const { rows } = await client.query<T>(
    `select ${query.columns} from ${query.from}
      where ${conditions.join(' and ')}
      order by created_at, id
      limit $3::int`,
    [after?.[0] ?? null, after?.[1] ?? null, limit, ...(query.params ?? [])],
  );
  return rows;
}

/**
 * The columns, placeholders and values for the fields a request states (undefined ones are left
 * alone), numbered from `$firstIndex`. `columns` maps wire names to `column::cast`; it is code,
 * never input. `set` is the same as an UPDATE's assignment list.
 */
export function assignments(changes: Record<string, unknown>, columns: Record<string, string>, firstIndex: number) {
  const names: string[] = [];
  const placeholders: string[] = [];
  const values: unknown[] = [];
  for (const [field, column] of Object.entries(columns)) {
    const value = changes[field];
    if (value === undefined) continue;
    const [name, cast] = column.split('::');
    names.push(name!);
    placeholders.push(`$${firstIndex + values.length}::${cast}`);
    values.push(value);
  }
  return { names, placeholders, values, set: names.map((name, i) => `${name} = ${placeholders[i]}`) };
}

import type { Client } from './pool.js';

/**
 * Tables whose rows carry a counter that rises with every change, and its column. SLA definitions
 * count edits in `revision`, because their `version` numbers the terms along a basedOn lineage.
 */
const versionColumns = {
  partners: 'version',
  support_plans: 'version',
  customers: 'version',
  sla_definitions: 'revision',
  support_requests: 'version',
  escalations: 'version',
} as const;
export type VersionedTable = keyof typeof versionColumns;

/** Locks a row for the rest of the transaction; its version, or undefined when there is no such row. */
export async function lockRow(client: Client, table: VersionedTable, id: string): Promise<number | undefined> {
  const { rows } = await client.query<{ version: number }>(
    `select ${versionColumns[table]} as version from ${table} where id = $1::uuid for update`,
    [id],
  );
  return rows[0]?.version;
}

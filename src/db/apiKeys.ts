import { listInCreationOrder } from './lists.js';
import type { Client, Pool } from './pool.js';
import type { Static } from 'typebox';
import type { Role } from '../domain/access.js';
import type { ApiKey } from '../schemas/api-keys.js';
import type { Keyset } from './lists.js';

/** A key as stored is a key as served: its secret's hash never leaves the database. */
export type ApiKeyRow = Static<typeof ApiKey>;

const apiKeyColumns = `id, name, role, customer_id as "customerId", created_at as "createdAt", revoked_at as "revokedAt"`;

export async function insertApiKey(
  client: Client,
  key: { partnerId: string; name: string; role: Role; customerId: string | null; hash: string },
): Promise<ApiKeyRow> {
  const { rows } = await client.query<ApiKeyRow>(
    `insert into api_keys (partner_id, name, role, customer_id, key_hash)
     values ($1::uuid, $2::text, $3::text, $4::uuid, $5::text)
     returning ${apiKeyColumns}`,
    [key.partnerId, key.name, key.role, key.customerId, key.hash],
  );
  return rows[0]!;
}

/** The live key of `partnerId` with this hash, if any, in one round trip (see migration 007). */
export async function authenticateApiKey(
  pool: Pool,
  partnerId: string,
  hash: string,
): Promise<Pick<ApiKeyRow, 'id' | 'name' | 'role' | 'customerId'> | undefined> {
  const { rows } = await pool.query<Pick<ApiKeyRow, 'id' | 'name' | 'role' | 'customerId'>>({
    name: 'authenticate_api_key',
    text: 'select id, name, role, customer_id as "customerId" from authenticate_api_key($1::uuid, $2::text)',
    values: [partnerId, hash],
  });
  return rows[0];
}

export async function findApiKey(client: Client, id: string): Promise<ApiKeyRow | undefined> {
  const { rows } = await client.query<ApiKeyRow>(`select ${apiKeyColumns} from api_keys where id = $1::uuid`, [id]);
  return rows[0];
}

export function listApiKeys(client: Client, after: Keyset | undefined, limit: number): Promise<ApiKeyRow[]> {
  return listInCreationOrder<ApiKeyRow>(client, { from: 'api_keys', columns: apiKeyColumns }, after, limit);
}

/** Revokes the key (a no-op when it already is); false when there is no such key. */
export async function revokeApiKey(client: Client, id: string): Promise<boolean> {
  const { rowCount } = await client.query(
    `update api_keys set revoked_at = coalesce(revoked_at, now()) where id = $1::uuid`,
    [id],
  );
  return rowCount === 1;
}

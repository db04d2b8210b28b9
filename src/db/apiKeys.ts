import type { Client } from './pool.js';
import type { Role } from '../domain/access.js';

export interface ApiKeyRow {
  id: string;
  name: string;
  role: Role;
  customerId: string | null;
  createdAt: string;
}

const apiKeyColumns = `id, name, role, null::uuid as "customerId", created_at as "createdAt"`;

export async function insertApiKey(
  client: Client,
  key: { partnerId: string; name: string; role: Role; hash: string },
): Promise<ApiKeyRow> {
  const { rows } = await client.query<ApiKeyRow>(
    `insert into api_keys (partner_id, name, role, key_hash)
     values ($1::uuid, $2::text, $3::text, $4::text)
     returning ${apiKeyColumns}`,
    [key.partnerId, key.name, key.role, key.hash],
  );
  return rows[0]!;
}

/** The live key with this hash in the current tenant, if any. */
export async function findActiveApiKey(client: Client, hash: string): Promise<ApiKeyRow | undefined> {
  const { rows } = await client.query<ApiKeyRow>(
    `select ${apiKeyColumns} from api_keys where key_hash = $1::text and revoked_at is null`,
    [hash],
  );
  return rows[0];
}

import type { Actor } from './events.js';
import type { Keyset } from './lists.js';
import type { Client } from './pool.js';

export interface TimeEntryRow {
  id: string;
  supportRequestId: string;
  minutes: number;
  billable: boolean;
  note: string | null;
  performedAt: string;
  author: Actor;
  authorKeyId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const columns = `id, support_request_id as "supportRequestId", minutes, billable, note, performed_at as "performedAt",
  author, author_key_id as "authorKeyId", version, created_at as "createdAt", updated_at as "updatedAt"`;

export async function insertTimeEntry(
  client: Client,
  entry: {
    supportRequestId: string;
    customerId: string;
    minutes: number;
    billable: boolean;
    note: string | null;
    performedAt: string;
    author: Actor;
    authorKeyId: string;
    now: Date;
  },
): Promise<TimeEntryRow> {
  const { rows } = await client.query<TimeEntryRow>(
    `insert into time_entries (partner_id, support_request_id, customer_id, minutes, billable, note, performed_at,
       author, author_key_id, created_at, updated_at)
     values (app_partner_id(), $1::uuid, $2::uuid, $3::int, $4::boolean, $5::text, $6::timestamptz, $7::jsonb,
       $8::uuid, $9::timestamptz, $9::timestamptz)
     returning ${columns}`,
    [
      entry.supportRequestId,
      entry.customerId,
      entry.minutes,
      entry.billable,
      entry.note,
      entry.performedAt,
      JSON.stringify(entry.author),
      entry.authorKeyId,
      entry.now.toISOString(),
    ],
  );
  return rows[0]!;
}

/** The entry, locked for a change or a deletion until the transaction ends. */
export async function lockTimeEntry(client: Client, id: string): Promise<TimeEntryRow | undefined> {
  const { rows } = await client.query<TimeEntryRow>(
    `select ${columns} from time_entries where id = $1::uuid for update`,
    [id],
  );
  return rows[0];
}

export async function updateTimeEntry(
  client: Client,
  id: string,
  fields: { minutes: number; billable: boolean; note: string | null; performedAt: string },
  now: Date,
): Promise<TimeEntryRow> {
  const { rows } = await client.query<TimeEntryRow>(
    `update time_entries
        set minutes = $2::int, billable = $3::boolean, note = $4::text, performed_at = $5::timestamptz,
            version = version + 1, updated_at = $6::timestamptz
      where id = $1::uuid
      returning ${columns}`,
    [id, fields.minutes, fields.billable, fields.note, fields.performedAt, now.toISOString()],
  );
  return rows[0]!;
}

export async function deleteTimeEntry(client: Client, id: string): Promise<void> {
  await client.query('delete from time_entries where id = $1::uuid', [id]);
}

/** A request's entries by when the work was done. */
export async function listTimeEntries(
  client: Client,
  requestId: string,
  after: Keyset | undefined,
  limit: number,
): Promise<TimeEntryRow[]> {
  const { rows } = await client.query<TimeEntryRow>(
    `select ${columns} from time_entries
      where support_request_id = $1::uuid
        and ($2::timestamptz is null or (performed_at, id) > ($2::timestamptz, $3::uuid))
      order by performed_at, id
      limit $4::int`,
    [requestId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  return rows;
}

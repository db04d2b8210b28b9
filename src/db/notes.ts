import type { NoteVisibility } from '../domain/supportRequests.js';
import type { Keyset } from './lists.js';
import type { Actor } from './events.js';
import type { Client } from './pool.js';

export interface NoteRow {
  id: string;
  text: string;
  visibility: NoteVisibility;
  author: Actor;
  createdAt: string;
}

const noteColumns = `id, text, visibility, author, created_at as "createdAt"`;

export async function insertNote(
  client: Client,
  note: { requestId: string; customerId: string; text: string; visibility: NoteVisibility; author: Actor },
): Promise<NoteRow> {
  const { rows } = await client.query<NoteRow>(
    `insert into request_notes (partner_id, request_id, customer_id, text, visibility, author)
     values (app_partner_id(), $1::uuid, $2::uuid, $3::text, $4::text, $5::jsonb)
     returning ${noteColumns}`,
    [note.requestId, note.customerId, note.text, note.visibility, JSON.stringify(note.author)],
  );
  return rows[0]!;
}

/** Oldest first; row-level security hides internal notes from customer users (R9). */
export async function listNotes(
  client: Client,
  requestId: string,
  after: Keyset | undefined,
  limit: number,
): Promise<NoteRow[]> {
  const { rows } = await client.query<NoteRow>(
    `select ${noteColumns} from request_notes
      where request_id = $1::uuid
        and ($2::timestamptz is null or (created_at, id) > ($2::timestamptz, $3::uuid))
      order by created_at, id
      limit $4::int`,
    [requestId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  return rows;
}

/** A note of this request the caller may see (row-level security hides internal ones from customer users). */
export async function findRequestNote(client: Client, requestId: string, id: string): Promise<NoteRow | undefined> {
  const { rows } = await client.query<NoteRow>(
    `select ${noteColumns} from request_notes where request_id = $1::uuid and id = $2::uuid`,
    [requestId, id],
  );
  return rows[0];
}

import type { NoteVisibility } from '../domain/supportRequests.js';
import type { Actor } from './events.js';
import { listInCreationOrder, type Keyset } from './lists.js';
import type { Client } from './pool.js';

export interface AttachmentRow {
  id: string;
  supportRequestId: string;
  noteId: string | null;
  visibility: NoteVisibility;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  author: Actor;
  createdAt: string;
}

export type NewAttachmentRow = Omit<AttachmentRow, 'createdAt'> & { customerId: string };

const attachmentColumns = `
  id, request_id as "supportRequestId", note_id as "noteId", visibility, file_name as "fileName",
  content_type as "contentType", size_bytes::float8 as "sizeBytes", sha256, author, created_at as "createdAt"`;

export async function insertAttachment(client: Client, attachment: NewAttachmentRow): Promise<AttachmentRow> {
  const { rows } = await client.query<AttachmentRow>(
    `insert into attachments (partner_id, id, request_id, customer_id, note_id, visibility, file_name, content_type,
                              size_bytes, sha256, author)
     values (app_partner_id(), $1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::text, $6::text, $7::text, $8::bigint,
             $9::text, $10::jsonb)
     returning ${attachmentColumns}`,
    [
      attachment.id,
      attachment.supportRequestId,
      attachment.customerId,
      attachment.noteId,
      attachment.visibility,
      attachment.fileName,
      attachment.contentType,
      attachment.sizeBytes,
      attachment.sha256,
      JSON.stringify(attachment.author),
    ],
  );
  return rows[0]!;
}

/** Row-level security hides an internal attachment from customer users (R9), as it does their notes. */
export async function findAttachment(client: Client, id: string): Promise<AttachmentRow | undefined> {
  const { rows } = await client.query<AttachmentRow>(
    `select ${attachmentColumns} from attachments where id = $1::uuid`,
    [id],
  );
  return rows[0];
}

/** A request's attachments the caller may see, oldest first. */
export function listAttachments(
  client: Client,
  requestId: string,
  after: Keyset | undefined,
  limit: number,
): Promise<AttachmentRow[]> {
  const query = {
    from: 'attachments',
    columns: attachmentColumns,
    where: ['request_id = $4::uuid'],
    params: [requestId],
  };
  return listInCreationOrder<AttachmentRow>(client, query, after, limit);
}

/** Every attachment of a request, internal ones included: counted against the limit per request. */
export async function countAttachments(client: Client, requestId: string): Promise<number> {
  const { rows } = await client.query<{ count: number }>(
    `select count(*)::int as count from attachments where request_id = $1::uuid`,
    [requestId],
  );
  return rows[0]!.count;
}

export async function insertChunk(client: Client, attachmentId: string, seq: number, bytes: Buffer): Promise<void> {
  await client.query(
    `insert into attachment_chunks (partner_id, attachment_id, seq, bytes)
     values (app_partner_id(), $1::uuid, $2::int, $3::bytea)`,
    [attachmentId, seq, bytes],
  );
}

/** Up to `limit` chunks from `fromSeq` on, in order; none when the caller may not read the attachment. */
export async function readChunks(
  client: Client,
  attachmentId: string,
  fromSeq: number,
  limit: number,
): Promise<{ seq: number; bytes: Buffer }[]> {
  const { rows } = await client.query<{ seq: number; bytes: Buffer }>(
    `select seq, bytes from attachment_chunks
      where attachment_id = $1::uuid and seq >= $2::int
      order by seq
      limit $3::int`,
    [attachmentId, fromSeq, limit],
  );
  return rows;
}

export async function deleteChunks(client: Client, attachmentId: string): Promise<void> {
  await client.query(`delete from attachment_chunks where attachment_id = $1::uuid`, [attachmentId]);
}

/**
 * Notes that an upload's bytes start to be stored, and plans the partner's sweep (migration 021)
 * for when the upload would have ended for sure, `graceSeconds` later.
 */
export async function recordUploadStart(client: Client, attachmentId: string, graceSeconds: number): Promise<void> {
  await client.query(
    // No RETURNING: a customer user notes its upload but may not read the note back.
    `with started as (insert into attachment_uploads (partner_id, attachment_id) values (app_partner_id(), $1::uuid))
     select schedule_attachment_cleanup(now() + make_interval(secs => $2::int))`,
    [attachmentId, graceSeconds],
  );
}

/**
 * Forgets up to `limit` of the partner's uploads started before `before`, oldest first, and deletes
 * the chunks of those that no attachment records (abandoned); counts both.
 */
export async function sweepUploads(
  client: Client,
  before: string,
  limit: number,
): Promise<{ uploads: number; chunks: number }> {
  const { rows } = await client.query<{ uploads: number; chunks: number }>(
    `with expired as (
       delete from attachment_uploads u
        where (u.partner_id, u.attachment_id) in (
          select partner_id, attachment_id from attachment_uploads
           where started_at < $1::timestamptz
           order by started_at
           limit $2::int)
       returning u.partner_id, u.attachment_id
     ), abandoned as (
       delete from attachment_chunks c
        using expired e
        where c.partner_id = e.partner_id and c.attachment_id = e.attachment_id
          and not exists (select 1 from attachments a where a.partner_id = c.partner_id and a.id = c.attachment_id)
       returning 1
     )
     select (select count(*) from expired)::int as uploads, (select count(*) from abandoned)::int as chunks`,
    [before, limit],
  );
  return rows[0]!;
}

/** Plans the partner's next sweep for when its oldest upload still noted is `graceSeconds` old (at once if it is). */
export async function scheduleNextSweep(client: Client, graceSeconds: number): Promise<void> {
  await client.query(
    `select schedule_attachment_cleanup(greatest(min(started_at) + make_interval(secs => $1::int), now()))
       from attachment_uploads
     having count(*) > 0`,
    [graceSeconds],
  );
}

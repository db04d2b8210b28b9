import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import {
  countAttachments,
  findAttachment,
  insertAttachment,
  listAttachments,
  type AttachmentRow,
} from '../db/attachments.js';
import type { Keyset } from '../db/lists.js';
import { findRequestNote } from '../db/notes.js';
import { actorForCustomer } from '../domain/customerView.js';
import { cleanFileName, contentTypeOf } from '../domain/attachments.js';
import { invalidFields, ProblemError } from '../domain/problems.js';
import type { NoteVisibility } from '../domain/supportRequests.js';
import { databaseStore, type AttachmentStore } from './attachmentStore.js';
import type { CallerContext, InTenant, Tx } from './context.js';
import { assertOpen, isCustomer, lockRequest, recordRequestEvent } from './supportRequests.js';

/**
 * Attachments on support requests and their notes (issue 16): logs, screenshots and message
 * traces, the evidence Microsoft asks for. The bytes stream through to the store; only their
 * description, their digest and their first bytes (to recognise the type) are kept in memory.
 */

/** The bytes as the client sends them, and the name it gives them. */
export interface Upload {
  fileName: string | undefined;
  content: AsyncIterable<Buffer>;
}

/** Where an attachment goes: on a note (and then as visible as it), or on the request itself. */
export interface AttachmentTarget {
  noteId?: string | undefined;
  visibility?: NoteVisibility | undefined;
}

/** How many leading bytes are kept to recognise the type: more than any signature file-type reads. */
const SNIFF_BYTES = 64 * 1024;

/** What the bytes turn out to be, learnt as they pass on their way to the store. */
class Inspection {
  size = 0;
  isText = true;
  #head: Buffer[] = [];
  #headBytes = 0;
  readonly #hash = createHash('sha256');
  readonly #decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly maxBytes: number) {}

  async *pass(content: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const piece of content) {
      this.size += piece.length;
      if (this.size > this.maxBytes) {
        throw new ProblemError('attachment-too-large', `An attachment has at most ${this.maxBytes} bytes.`, {
          maxBytes: this.maxBytes,
        });
      }
      this.#hash.update(piece);
      if (this.#headBytes < SNIFF_BYTES) {
        const kept = piece.subarray(0, SNIFF_BYTES - this.#headBytes);
        this.#head.push(Buffer.from(kept));
        this.#headBytes += kept.length;
      }
      if (this.isText) this.isText = this.#readsAsText(piece, true);
      yield piece;
    }
    if (this.isText) this.isText = this.#readsAsText(Buffer.alloc(0), false);
  }

  #readsAsText(piece: Buffer, more: boolean): boolean {
    if (piece.includes(0)) return false;
    try {
      this.#decoder.decode(piece, { stream: more });
      return true;
    } catch {
      return false;
    }
  }

  sha256 = () => this.#hash.digest('hex');

  async contentType(): Promise<string> {
    const sniffed = await fileTypeFromBuffer(Buffer.concat(this.#head));
    return contentTypeOf(sniffed?.mime, this.isText);
  }
}

/** The visibility an attachment takes: its note's, else the one asked (public by default); customers' are public. */
async function visibilityOf(
  tx: Tx,
  ctx: CallerContext,
  requestId: string,
  target: AttachmentTarget,
): Promise<NoteVisibility> {
  const note = target.noteId ? await findRequestNote(tx, requestId, target.noteId) : undefined;
  if (target.noteId && !note) {
    throw new ProblemError('invalid-reference', 'noteId does not name a note of this support request.');
  }
  if (note && target.visibility && target.visibility !== note.visibility) {
    throw invalidFields([{ path: '/visibility', message: `differs from the note's (${note.visibility})` }], '/query');
  }
  const visibility = note?.visibility ?? target.visibility ?? 'public';
  if (isCustomer(ctx) && visibility !== 'public')
    throw new ProblemError('forbidden', 'Customers attach public files only.');
  return visibility;
}

/**
 * Where an upload goes, checked before its bytes are read and again once they are stored (another
 * upload may have taken the last place meanwhile): the request, open and with room, and the
 * attachment's visibility. Locks the request for the rest of the transaction.
 */
async function placeFor(tx: Tx, ctx: CallerContext, requestId: string, target: AttachmentTarget) {
  const { current } = await lockRequest(tx, ctx, requestId);
  assertOpen(current.state, 'take attachments');
  const { attachmentsPerRequest } = ctx.settings;
  if ((await countAttachments(tx, current.id)) >= attachmentsPerRequest) {
    throw new ProblemError(
      'attachment-limit-reached',
      `A support request carries at most ${attachmentsPerRequest} attachments.`,
      { maxAttachments: attachmentsPerRequest },
    );
  }
  return { current, visibility: await visibilityOf(tx, ctx, current.id, target) };
}

/**
 * Attaches a file to a request, or to one of its notes: the limits of the configuration, the
 * type from the bytes, a SHA-256, and the `support_request.attachment_added` event. The bytes go
 * to the store as they arrive, each step in a short transaction of its own, so that a slow upload
 * holds no database connection; the attachment is recorded once they are all there. A refused
 * upload leaves nothing behind.
 */
export async function attach(
  inTenant: InTenant,
  ctx: CallerContext,
  requestId: string,
  target: AttachmentTarget,
  upload: Upload,
  store: AttachmentStore = databaseStore,
): Promise<AttachmentRow> {
  await inTenant((tx) => placeFor(tx, ctx, requestId, target));
  const fileName = cleanFileName(upload.fileName);
  if (!fileName) throw invalidFields([{ path: '/fileName', message: 'is required: name the file' }], '/query');
  const id = randomUUID();
  const inspection = new Inspection(ctx.settings.attachmentMaxBytes);
  try {
    await store.put(inTenant, id, inspection.pass(upload.content));
    if (inspection.size === 0) throw new ProblemError('empty-attachment', 'The file sent is empty.');
    const contentType = await inspection.contentType();
    return await inTenant(async (tx) => {
      const { current, visibility } = await placeFor(tx, ctx, requestId, target);
      const attachment = await insertAttachment(tx, {
        id,
        supportRequestId: current.id,
        customerId: current.customerId,
        noteId: target.noteId ?? null,
        visibility,
        fileName,
        contentType,
        sizeBytes: inspection.size,
        sha256: inspection.sha256(),
        author: ctx.actor,
      });
      const data = {
        attachmentId: id,
        noteId: attachment.noteId,
        visibility,
        fileName,
        contentType,
        sizeBytes: inspection.size,
      };
      await recordRequestEvent(tx, ctx, current, 'attachment_added', data, visibility === 'public');
      return attachment;
    });
  } catch (error) {
    // A store that cannot delete now leaves bytes no attachment describes: never read, never served.
    await store.delete(inTenant, id).catch(() => undefined);
    throw error;
  }
}

/** An attachment as the caller reads it: a customer sees every author but itself as its partner (R9). */
export const presentAttachment = (ctx: CallerContext, attachment: AttachmentRow): AttachmentRow =>
  isCustomer(ctx) ? { ...attachment, author: actorForCustomer(attachment.author) } : attachment;

/** A request's attachments the caller may see, oldest first. */
export async function requestAttachments(
  tx: Tx,
  ctx: CallerContext,
  requestId: string,
  after: Keyset | undefined,
  limit: number,
): Promise<AttachmentRow[]> {
  const attachments = await listAttachments(tx, requestId, after, limit);
  return attachments.map((attachment) => presentAttachment(ctx, attachment));
}

/** The attachment and its bytes, streamed; 404 for one the caller may not see (an internal one for a customer). */
export async function attachmentContent(
  inTenant: InTenant,
  id: string,
  store: AttachmentStore = databaseStore,
): Promise<{ attachment: AttachmentRow; content: AsyncIterable<Buffer> }> {
  const attachment = await inTenant((tx) => findAttachment(tx, id));
  if (!attachment) throw new ProblemError('not-found', 'No such attachment.');
  return { attachment, content: store.get(inTenant, attachment.id) };
}

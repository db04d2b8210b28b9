import { MAX_UPLOAD_TIMEOUT_SECONDS } from '../config.js';
import { deleteChunks, insertChunk, readChunks, recordUploadStart } from '../db/attachments.js';
import type { InTenant } from './context.js';

/**
 * Where the bytes of attachments live, apart from their description, which is recorded once they
 * are all stored. The default keeps them in PostgreSQL; an S3-compatible store would put and get
 * objects by attachment id instead, ignoring the tenant transactions it is handed. Every method
 * streams: none ever holds a whole file, nor a database connection while a client sends one.
 */
export interface AttachmentStore {
  /** Stores the bytes as they arrive. */
  put(inTenant: InTenant, attachmentId: string, content: AsyncIterable<Buffer>): Promise<void>;
  /** The bytes, in order, read as the consumer asks for them; nothing for a caller who may not read them. */
  get(inTenant: InTenant, attachmentId: string): AsyncIterable<Buffer>;
  /** Forgets the bytes of an upload that was refused after (some of) them were stored. */
  delete(inTenant: InTenant, attachmentId: string): Promise<void>;
}

/** The size of a stored chunk: large enough to amortise a round trip, small enough to hold a few. */
export const CHUNK_BYTES = 256 * 1024;
/** Chunks one read transaction fetches: 1 MB, so a download holds a database connection briefly. */
const CHUNKS_PER_READ = 4;

/**
 * How long the chunks of an upload that no attachment records are kept: longer than any upload may
 * last (the upload timeout, plus ten minutes for the transaction that records the attachment), so
 * that the sweep (src/jobs/attachmentCleanup.ts) only ever takes the bytes of an upload that ended.
 */
export const UPLOAD_GRACE_SECONDS = MAX_UPLOAD_TIMEOUT_SECONDS + 600;

/**
 * Rows of `attachment_chunks`, written as the bytes arrive and read back, one short transaction at
 * a time. Each upload is noted first (`attachment_uploads`), so that its chunks are swept if it
 * never becomes an attachment: a client gone, a crash, a refusal its sender may not clean up.
 */
export const databaseStore: AttachmentStore = {
  async put(inTenant, attachmentId, content) {
    await inTenant((tx) => recordUploadStart(tx, attachmentId, UPLOAD_GRACE_SECONDS));
    const write = (seq: number, bytes: Buffer) => inTenant((tx) => insertChunk(tx, attachmentId, seq, bytes));
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let seq = 0;
    for await (const piece of content) {
      pending.push(piece);
      pendingBytes += piece.length;
      while (pendingBytes >= CHUNK_BYTES) {
        const joined = Buffer.concat(pending);
        await write(seq++, joined.subarray(0, CHUNK_BYTES));
        pending = [joined.subarray(CHUNK_BYTES)];
        pendingBytes = joined.length - CHUNK_BYTES;
      }
    }
    if (pendingBytes > 0) await write(seq, Buffer.concat(pending));
  },

  async *get(inTenant, attachmentId) {
    for (let next = 0; ;) {
      const chunks = await inTenant((tx) => readChunks(tx, attachmentId, next, CHUNKS_PER_READ));
      for (const chunk of chunks) yield chunk.bytes;
      if (chunks.length < CHUNKS_PER_READ) return;
      next = chunks[chunks.length - 1]!.seq + 1;
    }
  },

  delete: (inTenant, attachmentId) => inTenant((tx) => deleteChunks(tx, attachmentId)),
};

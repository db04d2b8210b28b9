import { scheduleNextSweep, sweepUploads } from '../db/attachments.js';
import type { Pool } from '../db/pool.js';
import { withTenant } from '../db/tenant.js';
import { UPLOAD_GRACE_SECONDS } from '../services/attachmentStore.js';

/** Uploads looked at per transaction: each may have up to a hundred 256 KB chunks to delete. */
const BATCH = 20;
/** Transactions per run; a longer backlog is taken up by the next run, planned at once. */
const MAX_BATCHES = 50;

/**
 * The attachment_cleanup task, one per partner (migration 021): deletes the chunks of the
 * partner's uploads that ended more than the grace ago without becoming an attachment, in
 * batches, as the partner (row-level security), then plans the next run for the uploads still
 * noted. `now` is the clock the grace is counted on (a test moves it).
 */
export async function cleanUpAbandonedUploads(
  pool: Pool,
  payload: { partnerId: string },
  now: Date = new Date(),
): Promise<{ uploads: number; chunks: number }> {
  const before = new Date(now.getTime() - UPLOAD_GRACE_SECONDS * 1000).toISOString();
  const swept = { uploads: 0, chunks: 0 };
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { uploads, chunks } = await withTenant(pool, payload.partnerId, (tx) => sweepUploads(tx, before, BATCH));
    swept.uploads += uploads;
    swept.chunks += chunks;
    if (uploads < BATCH) break;
  }
  await withTenant(pool, payload.partnerId, (tx) => scheduleNextSweep(tx, UPLOAD_GRACE_SECONDS));
  return swept;
}

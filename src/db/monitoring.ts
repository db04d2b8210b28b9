import type { Pool } from './pool.js';

export interface QueueStats {
  task: string;
  /** Due and waiting for a worker (or for an earlier job of its queue). */
  ready: number;
  /** Due later: retries after a failure, timers. */
  scheduled: number;
  running: number;
  /** Gave up after their last attempt. */
  failed: number;
  /** How long the oldest due job has waited. */
  oldestReadySeconds: number;
}

/** The background job queue by task (see job_queue_stats in migration 009). */
export async function jobQueueStats(pool: Pool): Promise<QueueStats[]> {
  const { rows } = await pool.query<QueueStats>(
    `select task, ready, scheduled, running, failed, oldest_ready_seconds as "oldestReadySeconds" from job_queue_stats()`,
  );
  return rows;
}

/**
 * Upper bound, in seconds, of how far the event feed trails the newest committed event: the age
 * of the oldest transaction writing in this database (see feed_lag_seconds in migration 019).
 */
export async function feedLagSeconds(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ lag: number }>('select feed_lag_seconds() as lag');
  return rows[0]!.lag;
}

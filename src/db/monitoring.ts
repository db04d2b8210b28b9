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
 * How far a hot standby's data trails its primary, in seconds: 0 when it has replayed all it
 * received, else the age of the last transaction it replayed (an upper bound while writes flow).
 */
export async function replicaLagSeconds(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ lag: number }>(
    `select case when not pg_is_in_recovery() or pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                 else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end::float8 as lag`,
  );
  return rows[0]!.lag;
}

/**
 * Upper bound, in seconds, of how far the event feed trails the newest committed event: the age
 * of the oldest transaction writing in this database (see feed_lag_seconds in migration 019).
 */
export async function feedLagSeconds(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ lag: number }>('select feed_lag_seconds() as lag');
  return rows[0]!.lag;
}

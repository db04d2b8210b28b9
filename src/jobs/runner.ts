import { Logger as WorkerLogger, run, type Runner, type TaskList } from 'graphile-worker';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { listenForConnectionLoss, type Pool } from '../db/pool.js';
import { withTenant } from '../db/tenant.js';
import type { ConnectorRuntime } from '../config.js';
import { pullCustomerHealth, runGraphSync, runPartnerCenterSync, systemContext } from '../services/connectorsSync.js';
import type { InTenant } from '../services/context.js';
import { runPendingImport } from '../services/imports.js';
import { cleanUpAbandonedUploads } from './attachmentCleanup.js';
import { runRequestTimers } from './requestTimers.js';
import { deliverWebhook, type DeliverySettings } from './webhooks.js';

export interface JobSettings extends DeliverySettings {
  reopenWindowDays: number;
  /** A job locked longer than this belongs to a dead process and is run again. */
  staleJobSeconds: number;
}

/**
 * Starts the background workers (graphile-worker): webhook deliveries, SLA timers, auto-close,
 * large customer imports, the Microsoft connectors' syncs, the cleanup of abandoned uploads' bytes,
 * and the sweeper that frees jobs of crashed processes. Every instance runs them; the queue hands
 * each job to one worker, so any number of instances is safe.
 */
export interface Jobs {
  /** Lets running jobs finish, then closes the queue's connections. */
  stop(): Promise<void>;
  addJob: Runner['addJob'];
}

/** Workers for webhook deliveries; each subscription's deliveries take at most one of them at a time. */
const DELIVERY_WORKERS = 4;
/** Workers for SLA timers and the sweeper, apart from deliveries so that slow receivers never delay them. */
const TIMER_WORKERS = 2;

export async function startJobs(deps: {
  ownerUrl: string;
  pool: Pool;
  settings: JobSettings;
  log: FastifyBaseLogger;
  /** Told of each SLA alert the timers raise (for metrics). */
  onSlaAlert?: (kind: string) => void;
  connectors: ConnectorRuntime;
}): Promise<Jobs> {
  const { pool, settings, log, connectors } = deps;
  const tenantOf = (payload: unknown): { partnerId: string; inTenant: InTenant } => {
    const { partnerId } = payload as { partnerId: string };
    return { partnerId, inTenant: (work) => withTenant(pool, partnerId, work) };
  };
  const deliveries: TaskList = {
    deliver_webhook: (payload) => deliverWebhook(pool, settings, payload as { partnerId: string; deliveryId: string }),
  };
  const timers: TaskList = {
    request_timers: async (payload) => {
      const raised = await runRequestTimers(pool, settings.reopenWindowDays, payload as { partnerId: string });
      for (const kind of raised) deps.onSlaAlert?.(kind);
    },
    import_customers: (payload) => {
      const { inTenant } = tenantOf(payload);
      const { importId } = payload as { importId: string };
      return runPendingImport(inTenant, { reopenWindowDays: settings.reopenWindowDays }, importId);
    },
    // The Microsoft connectors (issue 17): each partner's syncs, and the Graph sync of each customer tenant.
    graph_sync: (payload) => {
      const { partnerId, inTenant } = tenantOf(payload);
      return runGraphSync(inTenant, connectors, partnerId);
    },
    graph_sync_customer: async (payload) => {
      const { partnerId, inTenant } = tenantOf(payload);
      const { customerId } = payload as { customerId: string };
      await pullCustomerHealth(inTenant, systemContext(settings.reopenWindowDays), connectors, partnerId, customerId);
    },
    partner_center_sync: (payload) => {
      const { partnerId, inTenant } = tenantOf(payload);
      return runPartnerCenterSync(inTenant, connectors, systemContext(settings.reopenWindowDays), partnerId);
    },
    attachment_cleanup: async (payload) => {
      await cleanUpAbandonedUploads(pool, payload as { partnerId: string });
    },
    // graphile-worker keeps a job locked for 4 hours after its worker vanished; deliveries and
    // timers take seconds, so a lock this old means the process died: give the job back.
    free_stale_jobs: async (_payload, helpers) => {
      const { rows } = await helpers.query<{ lockedBy: string }>(
        `select distinct locked_by as "lockedBy" from graphile_worker.jobs
          where locked_at < now() - make_interval(secs => $1::int) and locked_by is not null`,
        [settings.staleJobSeconds],
      );
      if (rows.length > 0)
        await helpers.withPgClient((client) =>
          client.query('select graphile_worker.force_unlock_workers($1::text[])', [rows.map((r) => r.lockedBy)]),
        );
    },
  };
  // The queue's own pool, as the owner (the queue's tables are not the app role's); closed by
  // stop() before the database goes away, so no connection of it outlives the service. During a
  // database outage the workers log their failed polls and carry on; jobs that failed are retried.
  const queuePool = new pg.Pool({ connectionString: deps.ownerUrl, max: DELIVERY_WORKERS + TIMER_WORKERS + 4 });
  listenForConnectionLoss(queuePool, (error) => log.warn({ err: error }, 'job queue connection closed'));
  const common = {
    pgPool: queuePool,
    pollInterval: 1_000,
    noHandleSignals: true,
    logger: new WorkerLogger((scope) => (level, message, meta) => {
      if (['error', 'warning'].includes(level)) log.warn({ scope, meta }, message);
    }),
  };
  // A worker takes only the tasks of its own list: two pools of workers on one queue.
  const deliveryRunner = await run({ ...common, concurrency: DELIVERY_WORKERS, taskList: deliveries });
  const timerRunner = await run({
    ...common,
    concurrency: TIMER_WORKERS,
    taskList: timers,
    crontab: '* * * * * free_stale_jobs ?max=1',
  });
  // Also once just after start, so a restart after a crash resumes the dead process's jobs promptly.
  await timerRunner.addJob(
    'free_stale_jobs',
    {},
    { jobKey: 'free_stale_jobs', runAt: new Date(Date.now() + settings.staleJobSeconds * 1000) },
  );
  return {
    addJob: timerRunner.addJob,
    stop: async () => {
      await Promise.all([deliveryRunner.stop(), timerRunner.stop()]);
      await queuePool.end();
    },
  };
}

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { feedLagSeconds, jobQueueStats, replicaLagSeconds, type QueueStats } from '../db/monitoring.js';

export interface Metrics {
  registry: Registry;
  /** Counts an SLA alert raised by this instance's timers (`at_risk` or `breached`). */
  slaAlertRaised(kind: string): void;
  /** Counts a call of a Microsoft connector by its outcome (`success` or `failure`). */
  connectorRun(connector: string, outcome: string): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

/**
 * Prometheus metrics at `GET /metrics` (text format), behind the operator token like every
 * operator route, and left out of the public contract. HTTP traffic is counted as it passes;
 * the pool, the job queue and the feed lag are read at each scrape. Each app has its own registry.
 */
async function metricsPlugin(app: FastifyInstance): Promise<void> {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry, prefix: 'partnerdesk_' });

  const requests = new Histogram({
    name: 'partnerdesk_http_request_duration_seconds',
    help: 'HTTP requests by route template, method and status: count (rate) and latency',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  app.addHook('onResponse', async (request, reply) => {
    requests.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  const pool = app.pool;
  new Gauge({
    name: 'partnerdesk_db_pool_connections',
    help: "The application pool's connections: open (total), idle, and callers waiting for one (waiting)",
    labelNames: ['state'] as const,
    registers,
    collect() {
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });

  // Read from the database once per scrape, before the gauges collect; an outage leaves them out.
  let latest: { queue: QueueStats[]; feedLag: number } | undefined;
  // Only with a standby configured (DATABASE_READ_URL); an unreachable standby leaves it out.
  const standby = app.readPool === pool ? undefined : app.readPool;
  let replicaLag: number | undefined;
  const readDatabase = async () => {
    [latest, replicaLag] = await Promise.all([
      Promise.all([jobQueueStats(pool), feedLagSeconds(pool)]).then(
        ([queue, feedLag]) => ({ queue, feedLag }),
        () => undefined,
      ),
      standby && replicaLagSeconds(standby).catch(() => undefined),
    ]);
  };

  new Gauge({
    name: 'partnerdesk_database_up',
    help: '1 when the database answered this scrape, else 0',
    registers,
    collect() {
      this.set(latest ? 1 : 0);
    },
  });
  const queueGauge = (name: string, help: string, value: (stats: QueueStats) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['task'] as const,
      registers,
      collect() {
        this.reset();
        for (const stats of latest?.queue ?? []) this.set({ task: stats.task }, value(stats));
      },
    });
  queueGauge('partnerdesk_jobs_ready', 'Background jobs due and waiting, by task', (s) => s.ready);
  queueGauge('partnerdesk_jobs_scheduled', 'Background jobs due later (retries, timers), by task', (s) => s.scheduled);
  queueGauge('partnerdesk_jobs_running', 'Background jobs being run, by task', (s) => s.running);
  queueGauge(
    'partnerdesk_jobs_failed',
    'Background jobs that gave up after their last attempt, by task',
    (s) => s.failed,
  );
  queueGauge(
    'partnerdesk_jobs_oldest_ready_seconds',
    'How long the oldest due job has waited, by task',
    (s) => s.oldestReadySeconds,
  );
  new Gauge({
    name: 'partnerdesk_webhook_deliveries_retrying',
    help: 'Webhook deliveries waiting for a retry after a failed attempt',
    registers,
    collect() {
      const deliveries = latest?.queue.find((stats) => stats.task === 'deliver_webhook');
      this.set(deliveries?.scheduled ?? 0);
    },
  });
  new Gauge({
    name: 'partnerdesk_feed_lag_seconds',
    help: "How far this database's event feed may trail the newest committed event (age of the oldest transaction writing in it)",
    registers,
    collect() {
      this.reset();
      if (latest) this.set(latest.feedLag);
    },
  });
  if (standby)
    new Gauge({
      name: 'partnerdesk_replica_lag_seconds',
      help: 'How far the read replica (DATABASE_READ_URL) trails the primary: 0 when it has replayed all it received',
      registers,
      collect() {
        this.reset();
        if (replicaLag !== undefined) this.set(replicaLag);
      },
    });
  const slaAlerts = new Counter({
    name: 'partnerdesk_sla_alerts_raised_total',
    help: "SLA alerts raised by this instance's timers, by kind (at_risk, breached)",
    labelNames: ['kind'] as const,
    registers,
  });
  // Both series exist from the start, so that rate() and increase() see the first alert.
  for (const kind of ['at_risk', 'breached']) slaAlerts.inc({ kind }, 0);

  const connectorCalls = new Counter({
    name: 'partnerdesk_connector_calls_total',
    help: 'Calls this instance made to Microsoft through the connectors, by connector (graph, partner_center) and outcome',
    labelNames: ['connector', 'outcome'] as const,
    registers,
  });
  for (const connector of ['graph', 'partner_center'])
    for (const outcome of ['success', 'failure']) connectorCalls.inc({ connector, outcome }, 0);

  app.decorate('metrics', {
    registry,
    slaAlertRaised: (kind: string) => slaAlerts.inc({ kind }),
    connectorRun: (connector: string, outcome: string) => connectorCalls.inc({ connector, outcome }),
  });
  app.get('/metrics', { schema: { hide: true }, config: { access: 'operator' } }, async (_request, reply) => {
    await readDatabase();
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

export const metrics = fp(metricsPlugin, {
  name: 'partnerdesk-metrics',
  fastify: '5.x',
  // Its route is the operator's: the access plugin must see it registered.
  dependencies: ['access'],
  decorators: { fastify: ['pool', 'readPool'] },
});

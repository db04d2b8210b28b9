/**
 * `npm run bench`: partnerdesk's full stack against a naive Fastify + pg baseline on the same rows,
 * in one run, on this machine (SPEC §6). A measurement, not a test: it exits 0 whether or not the
 * targets are met, and 1 only when the harness itself failed.
 *
 *   1. compile partnerdesk (bench/service.ts) and the baseline (bench/baseline.ts) to JavaScript
 *      (bench/build.ts) and start each in its own process, on its own embedded PostgreSQL,
 *      listening on 127.0.0.1;
 *   2. seed partnerdesk through its API, then load the same history of requests into both tables;
 *   3. for each scenario: a short warm-up, then a timed autocannon run against each server in turn
 *      (never both at once: they share the machine's cores);
 *   4. print the table and the targets, write bench/results.json, stop everything, remove temp dirs.
 *
 * Knobs (environment): BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (10),
 * BENCH_HISTORY (100000 preloaded requests), BENCH_ONLY (e.g. `create,get`; the reports are
 * `report-sla,report-backlog,report-escalations,report-requests`), BENCH_CPU_PROF=<dir>
 * to run the service under `node --cpu-prof` (the profile is written there when it stops), and
 * BENCH_SERVICE_NODE_FLAGS for other node flags of the service alone (e.g. `--max-old-space-size=128`).
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileServers } from './build.js';
import { eachOnce, measure, roundRobin, type Load } from './measure.js';
import { startServer, type ServerProcess, type Started } from './processes.js';
import { checkTargets, printReport, writeResults, type ScenarioResult } from './report.js';
import { reportPath, reportScenarios } from './reports.js';
import {
  HISTORY_STATES,
  columnsOf,
  newRequestBody,
  partnerSequence,
  preloadRequests,
  preloadedId,
  seedPartnerdesk,
} from './seed.js';

function numberFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new Error(`${name} must be a positive whole number`);
  return Number(value);
}

const settings = {
  seconds: numberFromEnv('BENCH_SECONDS', 10),
  warmupSeconds: numberFromEnv('BENCH_WARMUP_SECONDS', 2),
  connections: numberFromEnv('BENCH_CONNECTIONS', 10),
  history: numberFromEnv('BENCH_HISTORY', 100_000),
  only: process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : undefined,
};
const cpuProfileDir = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;
const HISTORY_TAG = 'bench-history';
const TRANSITION_TAG = 'bench-transition';

const log = (message: string) => console.log(`[bench] ${message}`);

async function getOk(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  await response.json();
}

/** Runs the scenarios in order, and skips the rest once a server stops answering. */
class Scenarios {
  readonly results: ScenarioResult[] = [];
  private stalled: string | undefined;

  wanted(key: ScenarioResult['key']): boolean {
    return !settings.only || settings.only.includes(key);
  }

  /** Warm-up (discarded), then the measured run, against partnerdesk and then the baseline. */
  async run(
    key: ScenarioResult['key'],
    title: string,
    partnerdesk: [ServerProcess, Load],
    baseline?: [ServerProcess, Load],
  ): Promise<void> {
    if (this.stalled) {
      this.results.push({ key, title, note: `skipped: ${this.stalled}` });
      return;
    }
    const result: ScenarioResult = { key, title };
    this.results.push(result);
    for (const [side, [server, load]] of [
      ['partnerdesk', partnerdesk],
      ...(baseline ? [['baseline', baseline] as const] : []),
    ] as const) {
      log(`${title}: ${side}`);
      await measure(server.url, load, settings.warmupSeconds, settings.connections);
      const cpuBefore = server.cpuSeconds();
      const measured = await measure(server.url, load, settings.seconds, settings.connections);
      const cpuAfter = server.cpuSeconds();
      const perRequest = (seconds: number) => (measured.responses > 0 ? (seconds * 1000) / measured.responses : 0);
      result[side] = {
        ...measured,
        nodeCpuMsPerRequest: perRequest(cpuAfter.node - cpuBefore.node),
        postgresCpuMsPerRequest: perRequest(cpuAfter.postgres - cpuBefore.postgres),
        peakRssMbAfter: server.memory().peakRssMb,
      };
      if (measured.responses === 0) {
        this.stalled = `${server.name} stopped answering during "${title}"`;
        log(`${this.stalled}; skipping the remaining scenarios`);
        return;
      }
    }
  }

  note(key: ScenarioResult['key'], title: string, note: string): void {
    this.results.push({ key, title, note });
  }

  get ok(): boolean {
    return this.stalled === undefined;
  }
}

async function benchmark(root: string, servers: Started[]): Promise<void> {
  const loadAverageAtStart = loadavg()[0]!;
  if (loadAverageAtStart > cpus().length) {
    log(
      `WARNING: load average ${loadAverageAtStart.toFixed(1)} on ${cpus().length} cores: other work will skew the numbers`,
    );
  }
  log('compiling the servers');
  const build = await compileServers(join(root, 'build'));
  const operatorToken = randomBytes(24).toString('base64url');
  const serviceFlags = [
    ...(cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : []),
    ...(process.env.BENCH_SERVICE_NODE_FLAGS ?? '').split(' ').filter(Boolean),
  ];
  const serviceProcess = startServer(
    'partnerdesk',
    build.service,
    join(root, 'service'),
    { BENCH_OPERATOR_TOKEN: operatorToken },
    serviceFlags,
  );
  const baselineProcess = startServer('baseline', build.baseline, join(root, 'baseline'), {});
  servers.push(serviceProcess, baselineProcess);
  log('starting partnerdesk and the baseline, each on its own embedded PostgreSQL');
  const [service, baseline] = await Promise.all([serviceProcess.ready, baselineProcess.ready]);

  log('seeding partnerdesk through its API');
  const tenant = await seedPartnerdesk(service.url, operatorToken);
  const [serviceColumns, baselineColumns] = await Promise.all([
    columnsOf(service.databaseUrl),
    columnsOf(baseline.databaseUrl),
  ]);
  const differing = serviceColumns
    .filter((c) => !baselineColumns.includes(c))
    .concat(baselineColumns.filter((c) => !serviceColumns.includes(c)));
  if (differing.length > 0)
    log(`WARNING: support_requests differs from the baseline's table (${differing.join(', ')}); see bench/baseline.ts`);

  log(`loading ${settings.history} requests into each table`);
  const history = { tag: HISTORY_TAG, count: settings.history, states: HISTORY_STATES };
  const [serviceLoad, baselineLoad] = await Promise.all([
    preloadRequests(service.databaseUrl, tenant, { ...history, numberSequence: partnerSequence(tenant.partnerId) }),
    preloadRequests(baseline.databaseUrl, tenant, { ...history, numberSequence: 'support_request_number' }),
  ]);
  log(`loaded in ${serviceLoad.toFixed(1)} s (partnerdesk) and ${baselineLoad.toFixed(1)} s (baseline)`);
  const auth = { authorization: tenant.authorization };
  // The rows went in behind the API's back: check that it sees them as its own.
  const firstId = preloadedId(HISTORY_TAG, 1);
  await getOk(`${service.url}/v1/support-requests/${firstId}`, auth);
  await getOk(`${baseline.url}/v1/support-requests/${firstId}`, {});
  const serviceIdleRssMb = service.memory().rssMb;

  const body = newRequestBody(tenant.customerId);
  // Reads spread over the history (every 100th row): the same ids in both tables.
  const historyIds = Array.from({ length: Math.ceil(settings.history / 100) }, (_, n) =>
    preloadedId(HISTORY_TAG, 1 + n * 100),
  );
  const scenarios = new Scenarios();

  if (scenarios.wanted('create')) {
    await scenarios.run(
      'create',
      'create a request',
      [service, { method: 'POST', path: '/v1/support-requests', headers: auth, body }],
      [
        baseline,
        {
          method: 'POST',
          path: '/v1/support-requests',
          body: { ...body, partnerId: tenant.partnerId, slaDefinitionId: tenant.slaDefinitionId },
        },
      ],
    );
  }
  if (scenarios.wanted('get')) {
    const byId = (server: ServerProcess, headers?: Record<string, string>): [ServerProcess, Load] => {
      const next = roundRobin(historyIds.map((id) => `/v1/support-requests/${id}`));
      return [server, { method: 'GET', path: next(), ...(headers && { headers }), nextPath: next }];
    };
    await scenarios.run('get', 'get one by id', byId(service, auth), byId(baseline));
  }
  if (scenarios.wanted('list')) {
    const listPath = '/v1/support-requests?state=in_progress&limit=20';
    // One call alone first: the first page that has a next page fetches the cursor-signing secret
    // with a second pool connection while holding one, which can starve the pool when ten such
    // calls start at once. This benchmark measures the steady state, not that cold start.
    if (scenarios.ok) await getOk(`${service.url}${listPath}`, auth);
    await scenarios.run(
      'list',
      `list ?state=in_progress (${settings.history} rows)`,
      [service, { method: 'GET', path: listPath, headers: auth }],
      [
        baseline,
        { method: 'GET', path: `/v1/support-requests?partnerId=${tenant.partnerId}&state=in_progress&limit=20` },
      ],
    );
  }
  if (scenarios.wanted('transition')) {
    // Each request moves new → in_progress once, so each call needs a request of its own: enough
    // for twice the create rate (a transition does about as much work), bounded either way.
    const createRate = scenarios.results.find((s) => s.key === 'create')?.partnerdesk?.requestsPerSecond ?? 1_000;
    const count = Math.min(
      60_000,
      Math.max(5_000, Math.ceil(createRate * (settings.seconds + settings.warmupSeconds) * 2)),
    );
    if (scenarios.ok) {
      log(`loading ${count} new requests to move`);
      await preloadRequests(service.databaseUrl, tenant, {
        tag: TRANSITION_TAG,
        count,
        states: ['new'],
        numberSequence: partnerSequence(tenant.partnerId),
      });
    }
    const next = eachOnce(
      Array.from({ length: count }, (_, n) => `/v1/support-requests/${preloadedId(TRANSITION_TAG, n + 1)}/transitions`),
    );
    await scenarios.run('transition', 'transition new → in_progress', [
      service,
      { method: 'POST', path: next()!, headers: auth, body: { to: 'in_progress' }, nextPath: next },
    ]);
  }
  if (scenarios.wanted('events')) {
    const path = '/v1/events?limit=100';
    const title = 'event feed ?limit=100';
    const probe = scenarios.ok
      ? await fetch(`${service.url}${path}`, { headers: auth, signal: AbortSignal.timeout(10_000) })
      : undefined;
    await probe?.arrayBuffer();
    if (probe?.status === 404) scenarios.note('events', title, 'not available (404)');
    else await scenarios.run('events', title, [service, { method: 'GET', path, headers: auth }]);
  }

  for (const { key, title, report } of reportScenarios) {
    if (!scenarios.wanted(key)) continue;
    const path = reportPath(report);
    await scenarios.run(key, `${title} (${settings.history} rows)`, [service, { method: 'GET', path, headers: auth }]);
  }

  // VmHWM is the process's peak since it started: read it before the process is stopped.
  const memory = {
    servicePeakRssMb: service.memory().peakRssMb,
    serviceIdleRssMb,
    baselinePeakRssMb: baseline.memory().peakRssMb,
  };
  const targets = checkTargets(scenarios.results, memory);
  printReport(scenarios.results, memory, targets);
  const file = await writeResults(loadAverageAtStart, settings, scenarios.results, memory, targets);
  log(`results written to ${file}`);
}

const root = await mkdtemp(join(tmpdir(), 'partnerdesk-bench-'));
// As root, each cluster runs as the `postgres` user, who must be able to traverse this directory.
if (process.getuid?.() === 0) await chmod(root, 0o711);
const servers: Started[] = [];
let cleaning: Promise<void> | undefined;
const cleanup = () =>
  (cleaning ??= (async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await rm(root, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) => {
      console.warn(`[bench] could not remove ${root}: ${String(error)}`);
    });
  })());
process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

let exitCode = 0;
const started = performance.now();
try {
  await benchmark(root, servers);
} catch (error) {
  exitCode = 1;
  console.error('[bench] failed:', error);
} finally {
  await cleanup();
}
log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(exitCode);

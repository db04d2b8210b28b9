import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { alive, postmasterPid } from '../../src/db/embedded.js';
import t, { type Test } from 'tap';
import { freshDatabase, OPERATOR_TOKEN } from '../helper.js';
import { startReceiver } from '../support/receiver.js';
import {
  buildRelease,
  createPartnerOver,
  FILE_TIMEOUT_MS,
  HANG_MS,
  sleep,
  startService,
  until,
  waitForExit,
  waitForReady,
  type RunningService,
} from './service.js';

// Real processes and clusters: on a busy machine (2 cores shared with other runs) this file needs more than the default.
t.setTimeout(FILE_TIMEOUT_MS);

interface Outcome {
  status: number | string;
  problem?: { code?: string; retryAfter: string | null; type: string | null };
}

/** One API call; a status, or the network error's code when there was no answer. */
async function call(baseUrl: string, path: string, auth: string, body?: object): Promise<Outcome> {
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${auth}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const text = await response.text();
    if (response.status < 500) return { status: response.status };
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { code?: string }).code;
    } catch {
      // not JSON: reported as is
    }
    return {
      status: response.status,
      problem: { code, retryAfter: response.headers.get('retry-after'), type: response.headers.get('content-type') },
    };
  } catch (error) {
    return { status: String((error as Error & { cause?: { code?: string } }).cause?.code ?? error) };
  }
}

/** Keeps `clients` callers busy (a list read in the tenant, and a partner created) until `until` resolves. */
async function load(service: RunningService, key: string, until: Promise<unknown>, clients = 8): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let done = false;
  void until.finally(() => (done = true));
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; !done && i < 10_000; i++) {
        outcomes.push(
          i % 2 === 0
            ? await call(service.baseUrl, '/v1/customers', key)
            : await call(service.baseUrl, '/v1/partners', OPERATOR_TOKEN, {
                name: `Load ${client}-${i}`,
                kind: 'direct',
              }),
        );
      }
    }),
  );
  return outcomes;
}

function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status, problem } of outcomes) {
    const label = problem ? `${status} ${problem.code}` : String(status);
    counts[label] = (counts[label] ?? 0) + 1;
  }
  return counts;
}

/** Every answer is a success, a 4xx, or 503 database-unavailable as problem+json with Retry-After. */
function checkOutcomes(t: Test, outcomes: Outcome[]): void {
  t.comment(`outcomes: ${JSON.stringify(tally(outcomes))}`);
  const unexpected = outcomes.filter(
    ({ status, problem }) =>
      typeof status !== 'number' ||
      (status >= 500 &&
        !(
          status === 503 &&
          problem?.code === 'database-unavailable' &&
          problem.retryAfter !== null &&
          problem.type?.startsWith('application/problem+json')
        )),
  );
  t.same(unexpected.slice(0, 5), [], 'no 5xx but 503 database-unavailable (problem+json, Retry-After), no lost answer');
  t.ok(
    outcomes.some(({ status }) => status === 200),
    'requests succeeded around the outage',
  );
}

/** Waits (HANG_MS at most) until /readyz answers 200 again; returns how long it took, for the log. */
async function readyAgain(service: RunningService): Promise<number> {
  const started = Date.now();
  await waitForReady(service, service.baseUrl);
  return Date.now() - started;
}

t.test(
  'pg_terminate_backend on every connection under load: the process stays up and answers 503, then recovers',
  async (t) => {
    const databaseUrl = await freshDatabase(t);
    const name = new URL(databaseUrl).pathname.slice(1);
    const service = await startService(t, {
      DATABASE_URL: databaseUrl,
      OPERATOR_TOKEN,
      LOG_LEVEL: 'warn',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    });
    const { key } = await createPartnerOver(service.baseUrl, OPERATOR_TOKEN, 'Under load');
    const receiver = await startReceiver(t);
    const subscribed = await call(service.baseUrl, '/v1/webhook-subscriptions', key, {
      url: receiver.url,
      eventTypes: ['customer.created'],
    });
    t.equal(subscribed.status, 201, 'a webhook subscription, to see the workers at work after the outage');

    // From another database of the cluster, so that this connection is not among those terminated.
    const elsewhere = new URL(databaseUrl);
    elsewhere.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: elsewhere.toString() });
    await admin.connect();
    t.teardown(() => admin.end());
    const terminateAll = async () =>
      (
        await admin.query<{ count: number }>(
          // Materialized first: a volatile call in the filter could run before the database is compared.
          `with app as materialized (select pid from pg_stat_activity where datname = $1)
         select count(*)::int as count from app where pg_terminate_backend(pid)`,
          [name],
        )
      ).rows[0]!.count;

    let terminated = 0;
    const outage = (async () => {
      await sleep(500);
      for (let round = 0; round < 5; round++) {
        terminated += await terminateAll();
        await sleep(300);
      }
      await sleep(500);
    })();
    const outcomes = await load(service, key, outage);
    t.ok(terminated > 0, `${terminated} backends were terminated under load`);
    t.notOk(service.exit, 'the process is still running');
    checkOutcomes(t, outcomes);

    terminated = await terminateAll();
    const took = await readyAgain(service);
    t.comment(`/readyz answered 200 ${took} ms after the last termination`);
    t.equal((await call(service.baseUrl, '/v1/customers', key)).status, 200, 'the API works again');
    // The workers lost their connections too (the queue's LISTEN among them): they resume by themselves.
    const customer = await call(service.baseUrl, '/v1/customers', key, {
      name: 'After the outage',
      domain: 'after.onmicrosoft.com',
      tenantId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      contacts: [{ name: 'Ada Admin', email: 'ada@after.example' }],
    });
    t.equal(customer.status, 201, 'a change after the outage');
    await until(() => receiver.received.length > 0, 'the webhook delivery after the outage');
    t.pass('the background workers delivered its webhook');

    service.child.kill('SIGTERM');
    t.same(await waitForExit(service), { code: 0, signal: null }, 'and stops cleanly');
  },
);

t.test(
  'embedded PostgreSQL, run as `npm start` runs it: supervised after its postmaster dies, and recovered after the service is killed',
  async (t) => {
    const release = await buildRelease(t);
    const dataDir = await mkdtemp(join(tmpdir(), 'partnerdesk-outage-'));
    t.teardown(async () => {
      const pid = postmasterPid(dataDir);
      if (pid !== undefined && alive(pid)) process.kill(pid, 'SIGQUIT');
      await sleep(500);
      await rm(dataDir, { recursive: true, force: true });
    });
    const env = { PARTNERDESK_DATA_DIR: dataDir, OPERATOR_TOKEN, LOG_LEVEL: 'info' };
    const first = await startService(t, env, { release });
    const { key } = await createPartnerOver(first.baseUrl, OPERATOR_TOKEN, 'Embedded outage');

    await t.test('kill -9 of the postmaster under load: 503s, then a supervised restart', async (t) => {
      const killed = postmasterPid(dataDir)!;
      const outage = (async () => {
        await sleep(300);
        process.kill(killed, 'SIGKILL');
        await sleep(1_000);
      })();
      const outcomes = await load(first, key, outage, 4);
      t.notOk(first.exit, 'the service is still running');
      checkOutcomes(t, outcomes);
      const took = await readyAgain(first);
      t.comment(`/readyz answered 200 ${took} ms after the load stopped`);
      t.match(first.stdout, /embedded PostgreSQL exited; restarting it/, 'the death is logged');
      await until(() => /embedded PostgreSQL restarted/.test(first.stdout), 'the restart to be logged');
      t.pass('and the restart');
      const restarted = postmasterPid(dataDir);
      t.ok(restarted !== undefined && restarted !== killed && alive(restarted), 'a new postmaster runs');
      t.equal((await call(first.baseUrl, '/v1/customers', key)).status, 200, 'the API works again');
    });

    await t.test(
      'kill -9 of the service leaves its cluster running; the next `npm start` stops it and starts afresh',
      async (t) => {
        const leftover = postmasterPid(dataDir)!;
        first.child.kill('SIGKILL');
        await waitForExit(first);
        await sleep(200);
        t.ok(alive(leftover), 'the postmaster outlived the service (it runs in its own session)');

        const second = await startService(t, env, { release });
        t.match(second.stdout, /left running by a process that is gone/, 'the restart says it stopped the leftover');
        t.notOk(alive(leftover), 'the leftover postmaster is gone');
        t.equal((await call(second.baseUrl, '/v1/customers', key)).status, 200, 'the data is there');
        const current = postmasterPid(dataDir);
        second.child.kill('SIGTERM');
        t.same(await waitForExit(second), { code: 0, signal: null }, 'SIGTERM stops it cleanly');
        await until(() => current === undefined || !alive(current), 'its postgres to stop').catch(() => undefined);
        t.ok(current !== undefined && !alive(current), 'and its postgres with it');
      },
    );
  },
);

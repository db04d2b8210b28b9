/**
 * `npm run check:prism`: Prism (`prism proxy --errors`) between the service and its callers, issue 14.
 *
 * 1. The CRM sync of test/routes/crm-sync.test.ts (test/support/crmSync.ts) through the SDK and Prism,
 *    in front of the service on an embedded PostgreSQL: any violation fails the call.
 * 2. The suite's own traffic. The tap files run with PARTNERDESK_RECORD_TRAFFIC set, so the
 *    conformance hook (test/support/conformance.ts) records every exchange of an operation of the
 *    contract. Then a replayer answers each recorded request with the service's recorded answer,
 *    behind Prism, and every request goes through Prism again. Each exchange is:
 *    - ok: Prism found nothing, in the request or in the answer;
 *    - refused by both: the service answered 4xx and Prism refused the request too (the suite sends
 *      bad input on purpose; the contract and the service agree it is bad);
 *    - a violation: an answer off its schema, an undeclared status or header, a request the contract
 *      refuses that the service accepted, any warning of Prism's.
 *    Prism reads a body that is not JSON as text: NDJSON and CSV answers are checked against their
 *    media type's schema (a string; the conformance hook checks each NDJSON line in the suite), an
 *    attachment's bytes by media type only.
 *
 *   npm run check:prism                       the CRM sync, then records test/routes/*.test.ts and replays
 *   npm run check:prism -- test/x.test.ts …   the CRM sync, then records those files and replays
 *   npm run check:prism -- --replay <dir>     replays traffic recorded before
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { createLogger, startService } from '../src/server.js';
import type { RecordedExchange } from '../test/support/conformance.js';
import { crmSync } from '../test/support/crmSync.js';
import { startReceiver } from '../test/support/receiver.js';
import {
  bin,
  contract,
  contractBoundFetch,
  describeViolations,
  root,
  run,
  startPrism,
  verdictOf,
  type Prism,
} from './prism.js';

const CONCURRENCY = 4;

type Outcome =
  | { kind: 'ok' }
  | { kind: 'refused by both'; prismUnreadable?: boolean }
  | { kind: 'not replayed'; reason: string }
  | { kind: 'violation'; what: string };

async function recordedTraffic(dir: string): Promise<RecordedExchange[]> {
  const exchanges: RecordedExchange[] = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.ndjson')).sort()) {
    const lines = createInterface({ input: createReadStream(join(dir, name)), crlfDelay: Infinity });
    for await (const line of lines) if (line) exchanges.push(JSON.parse(line) as RecordedExchange);
  }
  return exchanges;
}

/**
 * Answers the request named by its `x-replay-id` header with the service's recorded answer, and
 * notes in `forwarded` the ids Prism passed on.
 */
function startReplayer(exchanges: RecordedExchange[], forwarded: Set<number>): Promise<Server> {
  const server = createServer((request, response) => {
    const id = Number(request.headers['x-replay-id']);
    const exchange = exchanges[id];
    forwarded.add(id);
    request.resume();
    request.once('end', () => {
      if (!exchange) return response.writeHead(599).end();
      response.writeHead(exchange.status, exchange.responseHeaders);
      response.end(Buffer.from(exchange.responseBody ?? '', 'base64'));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

class PrismDown extends Error {}

async function replayOne(
  prism: Prism,
  forwarded: Set<number>,
  exchange: RecordedExchange,
  id: number,
): Promise<Outcome> {
  if (exchange.requestBody === undefined || exchange.responseBody === undefined) {
    return { kind: 'not replayed', reason: 'a body over 1 MB or sent as a stream, not recorded' };
  }
  const body = Buffer.from(exchange.requestBody, 'base64');
  let response: Response;
  try {
    response = await fetch(`${prism.url}${exchange.url}`, {
      method: exchange.method,
      headers: { ...exchange.requestHeaders, 'x-replay-id': String(id) },
      body: body.length > 0 ? body : undefined,
      redirect: 'manual',
    });
  } catch (error) {
    // Prism may be on its way down (its exit not seen yet): it is up if it answers.
    const up =
      prism.running() &&
      (await fetch(`${prism.url}/healthz`).then(
        () => true,
        () => false,
      ));
    if (!up) throw new PrismDown();
    // A header fetch will not send (the suite tries some no client can).
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    return { kind: 'not replayed', reason: `fetch refused the request: ${cause}` };
  }
  const verdict = await verdictOf(response);
  await response.body?.cancel();
  const bad = exchange.status >= 400 && exchange.status < 500;
  switch (verdict.kind) {
    case 'request-refused':
      if (bad) return { kind: 'refused by both' };
      return {
        kind: 'violation',
        what: `the contract refuses a request the service answered ${exchange.status} (${verdict.type}): ${describeViolations(verdict.violations)}`,
      };
    case 'response-refused':
      return { kind: 'violation', what: `answer off the contract: ${describeViolations(verdict.violations)}` };
    case 'forwarded':
      // Prism answered without a problem of its own and without forwarding: it could not read the
      // request (a body that is not JSON, or nested too deep for it).
      if (!forwarded.has(id)) {
        if (bad) return { kind: 'refused by both', prismUnreadable: true };
        return { kind: 'violation', what: `Prism answered ${response.status} without forwarding` };
      }
      if (response.status !== exchange.status) {
        return { kind: 'violation', what: `Prism answered ${response.status} for a ${exchange.status}` };
      }
      if (verdict.warnings.length > 0) {
        return { kind: 'violation', what: `Prism warns: ${describeViolations(verdict.warnings)}` };
      }
      return { kind: 'ok' };
  }
}

/** `GET /v1/customers/{id}` for `GET /v1/customers/4f…?limit=5`: the contract's path that matches best. */
function operationNamer(): Promise<(method: string, url: string) => string> {
  return readFile(contract, 'utf8').then((text) => {
    const paths = Object.keys((JSON.parse(text) as { paths: Record<string, unknown> }).paths)
      .map((path) => ({
        path,
        pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        literals: path.split('/').filter((segment) => !segment.startsWith('{')).length,
      }))
      .sort((a, b) => b.literals - a.literals);
    return (method: string, url: string) => {
      const pathname = url.split('?')[0]!;
      return `${method} ${paths.find(({ pattern }) => pattern.test(pathname))?.path ?? pathname}`;
    };
  });
}

async function replay(dir: string): Promise<boolean> {
  const exchanges = await recordedTraffic(dir);
  const forwarded = new Set<number>();
  const replayer = await startReplayer(exchanges, forwarded);
  const upstream = `http://127.0.0.1:${(replayer.address() as AddressInfo).port}`;
  let prism = await startPrism(upstream);
  let restarting: Promise<void> | undefined;
  /** Prism again after a crash (once, whichever worker finds it down first). */
  const restarted = async () => {
    restarting ??= startPrism(upstream).then((started) => {
      prism = started;
      restarting = undefined;
    });
    await restarting;
  };
  /** The exchange's outcome; an exchange that takes Prism down twice is not checked by it. */
  const outcomeOf = async (exchange: RecordedExchange, id: number): Promise<Outcome> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await replayOne(prism, forwarded, exchange, id);
      } catch (error) {
        if (!(error instanceof PrismDown)) throw error;
        await restarted();
        if (attempt === 2) return { kind: 'not replayed', reason: 'it makes Prism crash' };
      }
    }
  };
  const operationOf = await operationNamer();
  const counts = new Map<string, number>();
  /** Violations by operation and finding, with the test files that met them. */
  const violations = new Map<string, { count: number; files: Set<string>; example: string }>();
  try {
    const tally = (exchange: RecordedExchange, outcome: Outcome) => {
      const label =
        outcome.kind === 'not replayed'
          ? `not replayed (${outcome.reason})`
          : outcome.kind === 'refused by both' && outcome.prismUnreadable
            ? 'refused by both (Prism could not read the request)'
            : outcome.kind;
      counts.set(label, (counts.get(label) ?? 0) + 1);
      if (outcome.kind !== 'violation') return;
      const key = `${operationOf(exchange.method, exchange.url)} → ${exchange.status}: ${outcome.what}`;
      const seen = violations.get(key) ?? { count: 0, files: new Set(), example: exchange.url };
      seen.count++;
      seen.files.add(exchange.file);
      violations.set(key, seen);
    };
    // Multipart uploads go last and one at a time: when one takes Prism down, it is the one.
    const ids = exchanges.map((_, id) => id);
    const multipart = ids.filter((id) => exchanges[id]!.requestHeaders['content-type']?.startsWith('multipart/'));
    const queues = [ids.filter((id) => !multipart.includes(id)), multipart];
    for (const [queue, workers] of [
      [queues[0]!, CONCURRENCY],
      [queues[1]!, 1],
    ] as const) {
      let next = 0;
      const worker = async () => {
        for (let at = next++; at < queue.length; at = next++) {
          const id = queue[at]!;
          tally(exchanges[id]!, await outcomeOf(exchanges[id]!, id));
        }
      };
      await Promise.all(Array.from({ length: workers }, worker));
    }
  } finally {
    prism.stop();
    replayer.close();
  }
  const lines = [`${exchanges.length} exchanges replayed through prism proxy --errors:`];
  for (const [label, count] of [...counts].sort()) lines.push(`  ${String(count).padStart(6)}  ${label}`);
  for (const [key, { count, files, example }] of violations) {
    lines.push(`VIOLATION ×${count} ${key}\n    e.g. ${example} in ${[...files].join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return violations.size === 0;
}

const OPERATOR_TOKEN = 'prism-check-operator-token';

/**
 * The CRM sync of test/routes/crm-sync.test.ts (test/support/crmSync.ts) through Prism, in front of
 * the service on an embedded PostgreSQL with its workers: every call fails on a violation.
 */
async function crmSyncThroughPrism(): Promise<void> {
  // A directory of its own: the database's user cannot enter the traffic's.
  const dataDir = await mkdtemp(join(tmpdir(), 'partnerdesk-prism-'));
  const config = loadConfig({
    PARTNERDESK_DATA_DIR: dataDir,
    OPERATOR_TOKEN,
    LOG_LEVEL: 'error',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  });
  const service = await startService(config, createLogger(config));
  const stops: (() => unknown)[] = [];
  try {
    await service.app.listen({ host: '127.0.0.1', port: 0 });
    const prism = await startPrism(`http://127.0.0.1:${(service.app.server.address() as AddressInfo).port}`);
    stops.push(prism.stop);
    const receiver = await startReceiver({ teardown: (stop) => void stops.push(stop) });
    const count = { calls: 0 };
    const checks = {
      equal: (found: unknown, wanted: unknown, ...message: [] | [string]) => assert.equal(found, wanted, message[0]),
      same: (found: unknown, wanted: unknown, ...message: [] | [string]) => assert.deepEqual(found, wanted, message[0]),
    };
    await crmSync(checks, {
      baseUrl: prism.url,
      operatorToken: OPERATOR_TOKEN,
      fetch: contractBoundFetch(count),
      receiver,
    });
    process.stdout.write(`the CRM sync through prism proxy --errors: ${count.calls} calls, no violation\n`);
  } finally {
    for (const stop of stops.reverse()) await stop();
    await service.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
let passed: boolean;
if (args[0] === '--replay') {
  passed = await replay(args[1] ?? '.');
} else {
  await crmSyncThroughPrism();
  const dir = await mkdtemp(join(tmpdir(), 'partnerdesk-traffic-'));
  try {
    const files = args.length > 0 ? args : (await readdir(join(root, 'test/routes'))).map((f) => `test/routes/${f}`);
    const recorded = await run(bin('tsx'), ['test/run.ts', ...files.filter((f) => f.endsWith('.test.ts'))], {
      ...process.env,
      PARTNERDESK_RECORD_TRAFFIC: dir,
    }).then(
      () => true,
      () => false,
    );
    if (!recorded) process.stdout.write('the recorded tap files failed: their traffic is replayed all the same\n');
    passed = (await replay(dir)) && recorded;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
process.exit(passed ? 0 : 1);

import { existsSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import pg from 'pg';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { freshDatabase, OPERATOR_TOKEN } from '../helper.js';
import {
  FILE_TIMEOUT_MS,
  HANG_MS,
  me,
  sleep,
  startService,
  waitForExit,
  withTimeout,
  type RunningService,
} from './service.js';

// Real processes and clusters: on a busy machine (2 cores shared with other runs) this file needs more than the default.
t.setTimeout(FILE_TIMEOUT_MS);

const IN_FLIGHT = 200;

interface RawResponse {
  /** Status of a complete response, else undefined. */
  status: number | undefined;
  body: string;
  /** Why there is no complete response: a socket error, an empty or a truncated answer. */
  problem: string | undefined;
}

/** Reads what the server sends until it closes the connection, and checks it is one complete response. */
function readResponse(socket: Socket): Promise<RawResponse> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let error: Error | undefined;
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (cause) => (error = cause));
    socket.on('close', () => resolve(parseResponse(Buffer.concat(chunks), error)));
  });
}

function parseResponse(raw: Buffer, error: Error | undefined): RawResponse {
  const text = raw.toString('utf8');
  const fail = (problem: string): RawResponse => ({ status: undefined, body: text, problem });
  if (raw.length === 0) return fail(error ? `no response: ${error.message}` : 'empty response');
  const headEnd = raw.indexOf('\r\n\r\n');
  if (headEnd < 0) return fail(`truncated head${error ? ` (${error.message})` : ''}`);
  const [statusLine = '', ...headerLines] = raw.subarray(0, headEnd).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.1 (\d{3}) /.exec(statusLine);
  if (!status) return fail(`bad status line ${JSON.stringify(statusLine)}`);
  const headers = new Map(
    headerLines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  );
  const length = Number(headers.get('content-length'));
  const body = raw.subarray(headEnd + 4);
  if (!Number.isInteger(length)) return fail('no content-length');
  if (body.length !== length)
    return fail(`body of ${body.length} bytes, content-length ${length}${error ? ` (${error.message})` : ''}`);
  // A socket error after a complete response (e.g. a reset once it was sent) does not take it back.
  return { status: Number(status[1]), body: body.toString('utf8'), problem: undefined };
}

interface InFlightRequest {
  rest: Buffer;
  socket: Socket;
  response: Promise<RawResponse>;
}

/** The head of a POST /v1/partners request with the operator token, on a connection that closes after it. */
function partnerRequestHead(port: number, contentLength: number): Buffer {
  return Buffer.from(
    [
      'POST /v1/partners HTTP/1.1',
      `Host: 127.0.0.1:${port}`,
      `Authorization: Bearer ${OPERATOR_TOKEN}`,
      'Content-Type: application/json',
      `Content-Length: ${contentLength}`,
      'Connection: close',
      '',
      '',
    ].join('\r\n'),
  );
}

function partnerBody(name: string): Buffer {
  return Buffer.from(JSON.stringify({ name, kind: 'direct' }));
}

/** Opens a connection and sends the head and the first half of a POST /v1/partners body. */
async function startRequest(port: number, index: number): Promise<InFlightRequest> {
  const body = partnerBody(`In-flight partner ${index}`);
  const half = Math.floor(body.length / 2);
  const head = partnerRequestHead(port, body.length);
  const socket = connect({ host: '127.0.0.1', port });
  const response = readResponse(socket);
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.write(Buffer.concat([head, body.subarray(0, half)]), (error) => (error ? reject(error) : resolve()));
      });
    }),
    HANG_MS,
    `request ${index} to be sent in part`,
  );
  return { rest: body.subarray(half), socket, response };
}

/** One complete request on a new connection: a response, or how the connection failed. */
async function probe(port: number, request: string | Buffer): Promise<RawResponse> {
  const socket = connect({ host: '127.0.0.1', port });
  socket.on('connect', () => socket.end(request));
  socket.setTimeout(HANG_MS, () => socket.destroy(new Error(`no answer within ${HANG_MS} ms`)));
  return readResponse(socket);
}

/**
 * Waits until the kernel shows `count` established connections on the server's side of `port`,
 * none with bytes the service has not read yet: it has accepted them and parsed their heads (its
 * HTTP parser runs as the bytes are read). Where /proc/net/tcp is missing, a fixed second has to do.
 * Returns the time it took.
 */
async function serverHasReadAll(port: number, count: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  if (!existsSync('/proc/net/tcp')) {
    await sleep(1_000);
    return Date.now() - started;
  }
  const localPort = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  let seen = 'nothing yet';
  while (Date.now() - started < timeoutMs) {
    const sockets = readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // local_address ends with our port, state 01 = ESTABLISHED; tx_queue:rx_queue
      .filter((fields) => fields[1]?.endsWith(localPort) && fields[3] === '01');
    const unread = sockets.filter((fields) => !(fields[4] ?? '').endsWith(':00000000')).length;
    if (sockets.length >= count && unread === 0) return Date.now() - started;
    seen = `${sockets.length} connections, ${unread} with unread bytes`;
    await sleep(20);
  }
  throw new Error(`the server did not read every partial request within ${timeoutMs} ms (${seen})`);
}

function acceptableAfterSigterm(result: RawResponse): boolean {
  if (result.status === undefined) return /ECONNREFUSED|ECONNRESET|EPIPE|empty response/.test(result.problem ?? '');
  return result.status < 500 || result.status === 503;
}

/**
 * Starts the service, puts 200 requests in flight, stops it with `stop`, and checks that every
 * request is answered, new connections are refused or not served a 5xx but 503, the process exits
 * 0 (its own grace period ends it after 9 s, with code 1), and what it acknowledged is there after
 * a restart.
 */
async function drainsInFlight(
  t: Test,
  env: Record<string, string>,
  stop: (service: RunningService) => boolean,
  databaseUrl?: string,
): Promise<void> {
  const service = await startService(t, env, { detached: true });

  const healthz = `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${service.port}\r\nConnection: close\r\n\r\n`;
  t.match(
    await probe(service.port, healthz),
    { status: 200, problem: undefined },
    'the raw probe works while the service runs',
  );

  const requests: InFlightRequest[] = [];
  t.teardown(() => requests.forEach(({ socket }) => socket.destroy()));
  const started = await Promise.allSettled(
    Array.from({ length: IN_FLIGHT }, (_, index) => startRequest(service.port, index)),
  );
  for (const result of started) if (result.status === 'fulfilled') requests.push(result.value);
  t.equal(requests.length, IN_FLIGHT, 'every request was sent in part');
  if (requests.length !== IN_FLIGHT) return;
  // Let the server accept the connections and parse the heads: the requests are now truly in flight.
  const waited = await serverHasReadAll(service.port, IN_FLIGHT, HANG_MS);
  t.comment(`the server had read every partial request ${waited} ms after they were sent`);
  await sleep(100);
  t.notOk(service.exit, 'the service is still running');

  const sigtermAt = Date.now();
  t.ok(stop(service), 'signal sent');
  // A brand-new connection after SIGTERM, at once and a moment later: refused, or answered, but
  // never with a 5xx other than 503.
  const lateBody = partnerBody('Late partner');
  const latePartner = Buffer.concat([partnerRequestHead(service.port, lateBody.length), lateBody]);
  const immediate = probe(service.port, healthz);
  await sleep(200);
  const probes = await Promise.all([immediate, probe(service.port, healthz), probe(service.port, latePartner)]);
  for (const result of probes) {
    t.comment(`new connection after the signal: ${result.status ?? result.problem}`);
    t.ok(
      acceptableAfterSigterm(result),
      'a new connection after SIGTERM is refused or not served a 5xx other than 503',
      {
        status: result.status,
        problem: result.problem,
        body: result.body,
      },
    );
  }
  const lateCreated = probes[2]?.status === 201 ? 1 : 0;

  // Now the rest of every body.
  await Promise.all(
    requests.map(
      ({ socket, rest }) =>
        new Promise<void>((resolve) => {
          if (socket.destroyed) return resolve();
          socket.write(rest, () => resolve());
        }),
    ),
  );
  const responses = await withTimeout(
    Promise.all(requests.map(({ response }) => response)),
    HANG_MS,
    'the in-flight responses',
  );
  const statuses = new Map<string, number>();
  for (const response of responses) {
    const outcome = response.status === undefined ? `no response (${response.problem})` : String(response.status);
    statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
  }
  t.same(Object.fromEntries(statuses), { 201: IN_FLIGHT }, 'every in-flight request got a complete 201');

  const exit = await waitForExit(service).catch((error: Error) => error);
  t.comment(`exited ${Date.now() - sigtermAt} ms after the signal`);
  t.same(exit, { code: 0, signal: null }, 'the service exited with code 0 (within its grace period)', {
    stderr: service.stderr,
    stdout: service.stdout.slice(-4_000),
  });
  t.equal(service.stderr, '', 'nothing on stderr');

  const keys = responses.flatMap((response) => {
    if (response.status !== 201) return [];
    const created = JSON.parse(response.body) as { partner: { id: string; name: string }; apiKey: { key: string } };
    return [created];
  });
  if (databaseUrl) await everyCreationCommitted(t, databaseUrl, IN_FLIGHT + lateCreated);

  // A new process on the same database: the keys still authenticate.
  const again = await startService(t, env);
  for (const created of [keys[0], keys[Math.floor(keys.length / 2)], keys.at(-1)]) {
    if (!created) continue;
    const answer = await me(again.baseUrl, created.apiKey.key);
    t.equal(answer.status, 200, 'a key created during the shutdown works after the restart');
    t.match(answer.body, { partner: { id: created.partner.id, name: created.partner.name } });
  }
  again.child.kill('SIGTERM');
  t.same(await waitForExit(again), { code: 0, signal: null }, 'the second service stops cleanly too');
}

async function everyCreationCommitted(t: Test, databaseUrl: string, expected: number): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ partners: number; keys: number }>(
      'select (select count(*)::int from partners) as partners, (select count(*)::int from api_keys) as keys',
    );
    t.same(rows[0], { partners: expected, keys: expected }, 'every created partner and key was committed');
  } finally {
    await admin.end();
  }
}

t.test('SIGTERM lets 200 requests in flight finish, exits 0, and keeps their data', async (t) => {
  const databaseUrl = await freshDatabase(t);
  const env = { DATABASE_URL: databaseUrl, OPERATOR_TOKEN, LOG_LEVEL: 'warn' };
  await drainsInFlight(t, env, (service) => service.child.kill('SIGTERM'), databaseUrl);
});

t.test(
  'Ctrl-C (SIGINT to the whole process group) with the embedded database: the same, and no postgres left',
  async (t) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'partnerdesk-sigint-'));
    t.teardown(() => rm(dataDir, { recursive: true, force: true }));
    const env = { PARTNERDESK_DATA_DIR: dataDir, OPERATOR_TOKEN, LOG_LEVEL: 'warn' };
    await drainsInFlight(t, env, (service) => {
      // The service leads its own process group here, as a shell's foreground job does.
      process.kill(-service.child.pid!, 'SIGINT');
      return true;
    });
    t.notOk(existsSync(join(dataDir, 'pg', 'postmaster.pid')), 'the embedded postgres stopped with the service');
  },
);

import { connect } from 'node:net';
import t from 'tap';
import { asOwner, completeSla, eventually, freshDatabase, newRequest, OPERATOR_TOKEN } from '../helper.js';
import { FILE_TIMEOUT_MS, sleep, startService } from './service.js';

// Real processes and clusters: on a busy machine (2 cores shared with other runs) this file needs more than the default.
t.setTimeout(FILE_TIMEOUT_MS);

/**
 * Sends `head`, then one of `pieces` a second, until the server closes the connection or the
 * pieces run out, and waits up to `waitMs` more. Returns what the server sent and after how many
 * seconds it closed (Infinity: it did not).
 */
async function slowClient(
  port: number,
  head: string,
  pieces: (string | Buffer)[],
  waitMs = 2_000,
): Promise<{ answer: string; closedAfterS: number }> {
  const socket = connect({ host: '127.0.0.1', port });
  let answer = '';
  let closed = false;
  socket.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk));
  socket.on('error', () => undefined);
  const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  void ended.then(() => (closed = true));
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const started = Date.now();
  socket.write(head);
  for (const piece of pieces) {
    await sleep(1_000);
    if (closed) break;
    socket.write(piece);
  }
  await Promise.race([ended, sleep(waitMs)]);
  socket.destroy();
  return { answer, closedAfterS: closed ? (Date.now() - started) / 1000 : Infinity };
}

t.test('a client that sends its request slowly is cut off at the configured timeouts', async (t) => {
  const databaseUrl = await freshDatabase(t);
  const service = await startService(t, {
    DATABASE_URL: databaseUrl,
    OPERATOR_TOKEN,
    LOG_LEVEL: 'warn',
    REQUEST_TIMEOUT_SECONDS: '3',
    HEADERS_TIMEOUT_SECONDS: '2',
  });
  const body = JSON.stringify({ name: 'Slow partner', kind: 'direct' });
  const head = [
    'POST /v1/partners HTTP/1.1',
    `Host: 127.0.0.1:${service.port}`,
    `Authorization: Bearer ${OPERATOR_TOKEN}`,
    'Content-Type: application/json',
    `Content-Length: ${body.length}`,
    '',
    '',
  ].join('\r\n');

  const [slowBody, slowHead] = await Promise.all([
    slowClient(service.port, head, [...body]),
    slowClient(service.port, 'GET /healthz HTTP/1.1\r\n', [...'Host: 127.0.0.1\r\n\r\n']),
  ]);
  t.comment(`slow body closed after ${slowBody.closedAfterS} s, slow head after ${slowHead.closedAfterS} s`);
  t.ok(slowBody.closedAfterS < body.length, 'a body sent a byte a second is cut off before it is complete');
  t.match(slowBody.answer, /^HTTP\/1\.1 408 /, 'with 408 Request Timeout');
  t.ok(slowHead.closedAfterS < 'Host: 127.0.0.1\r\n\r\n'.length, 'a head sent a byte a second is cut off too');
  t.notOk(slowBody.answer.includes('201'), 'the slow request changed nothing');
  const healthy = await fetch(`${service.baseUrl}/healthz`);
  t.equal(healthy.status, 200, 'others are served meanwhile and after');
});

/** Longer than any cut or answer takes on a busy machine: only a hang waits this long. */
const HANG_S = 120;

t.test('an upload has longer than a JSON body, and a stalled one is cut and stores nothing', async (t) => {
  const databaseUrl = await freshDatabase(t);
  const service = await startService(t, {
    DATABASE_URL: databaseUrl,
    OPERATOR_TOKEN,
    LOG_LEVEL: 'warn',
    REQUEST_TIMEOUT_SECONDS: '2',
    HEADERS_TIMEOUT_SECONDS: '2',
    UPLOAD_TIMEOUT_SECONDS: '12',
  });
  const post = async <T>(path: string, authorization: string, body: object = {}) =>
    (
      await fetch(`${service.baseUrl}${path}`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json() as Promise<T>;
  const created = await post<{ apiKey: { key: string } }>('/v1/partners', `Bearer ${OPERATOR_TOKEN}`, {
    name: 'Contoso Cloud Partner',
    kind: 'direct',
  });
  const auth = `Bearer ${created.apiKey.key}`;
  const draft = await post<{ id: string }>('/v1/sla-definitions', auth, completeSla({ isDefault: true }));
  await post(`/v1/sla-definitions/${draft.id}/publish`, auth);
  const customer = await post<{ id: string }>('/v1/customers', auth, {
    name: 'Contoso France',
    domain: 'contosofr.onmicrosoft.com',
    tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    contacts: [{ name: 'Ada Admin', email: 'ada@contoso.example' }],
  });
  const request = await post<{ id: string }>('/v1/support-requests', auth, newRequest(customer.id));
  const trace = Buffer.from(
    '2026-11-20T09:14:03Z Received mail from contoso.fr: 550 5.7.1 routage en échec\n'.repeat(8_000),
  );
  const head = (fileName: string) =>
    [
      `POST /v1/support-requests/${request.id}/attachments?fileName=${fileName} HTTP/1.1`,
      `Host: 127.0.0.1:${service.port}`,
      `Authorization: ${auth}`,
      'Content-Type: text/plain',
      `Content-Length: ${trace.length}`,
      'Connection: close',
      '',
      '',
    ].join('\r\n');

  // Six pieces a second apart; the stalled upload stops after three (one chunk stored), and waits.
  const pieces = Array.from({ length: 6 }, (_, n) =>
    trace.subarray((n * trace.length) / 6, ((n + 1) * trace.length) / 6),
  );
  const [steady, stalled] = await Promise.all([
    slowClient(service.port, head('steady.log'), pieces, HANG_S * 1000),
    slowClient(service.port, head('stalled.log'), pieces.slice(0, 3), HANG_S * 1000),
  ]);
  t.comment(`steady upload answered after ${steady.closedAfterS} s, stalled one cut after ${stalled.closedAfterS} s`);
  t.match(steady.answer, /^HTTP\/1\.1 201 /, 'a steady upload slower than REQUEST_TIMEOUT_SECONDS is stored');
  t.ok(steady.closedAfterS > 2, 'it took longer than REQUEST_TIMEOUT_SECONDS');
  t.ok(stalled.closedAfterS < HANG_S, 'a stalled upload is cut');
  t.match(stalled.answer, /^HTTP\/1\.1 408 /, 'with 408 Request Timeout');
  t.match(stalled.answer, /"code":"request-timeout"/);

  const stored = () =>
    asOwner<{ fileName: string; chunks: number }>(
      databaseUrl,
      `select a.file_name as "fileName", count(c.*)::int as chunks from attachment_chunks c
         left join attachments a on a.partner_id = c.partner_id and a.id = c.attachment_id
        group by 1 order by 1`,
    );
  const chunks = Math.ceil(trace.length / (256 * 1024));
  // The cut upload's chunks are deleted once its handler hears the body broke off.
  await eventually(async () => (await stored()).length === 1, 20_000, "the stalled upload's chunks deleted");
  t.same(await stored(), [{ fileName: 'steady.log', chunks }], 'only the steady upload is stored');
});

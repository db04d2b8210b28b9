import { connect } from 'node:net';
import t from 'tap';
import { freshDatabase, OPERATOR_TOKEN } from '../helper.js';
import { FILE_TIMEOUT_MS, sleep, startService } from './service.js';

// Real processes and clusters: on a busy machine (2 cores shared with other runs) this file needs more than the default.
t.setTimeout(FILE_TIMEOUT_MS);

/**
 * Sends `head`, then one byte of `drip` a second, until the server closes the connection or the
 * drip runs out. Returns what the server sent and after how many seconds it closed.
 */
async function slowClient(port: number, head: string, drip: string): Promise<{ answer: string; closedAfterS: number }> {
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
  for (const byte of drip) {
    await sleep(1_000);
    if (closed) break;
    socket.write(byte);
  }
  await Promise.race([ended, sleep(2_000)]);
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
    slowClient(service.port, head, body),
    slowClient(service.port, 'GET /healthz HTTP/1.1\r\n', 'Host: 127.0.0.1\r\n\r\n'),
  ]);
  t.comment(`slow body closed after ${slowBody.closedAfterS} s, slow head after ${slowHead.closedAfterS} s`);
  t.ok(slowBody.closedAfterS < body.length, 'a body sent a byte a second is cut off before it is complete');
  t.match(slowBody.answer, /^HTTP\/1\.1 408 /, 'with 408 Request Timeout');
  t.ok(slowHead.closedAfterS < 'Host: 127.0.0.1\r\n\r\n'.length, 'a head sent a byte a second is cut off too');
  t.notOk(slowBody.answer.includes('201'), 'the slow request changed nothing');
  const healthy = await fetch(`${service.baseUrl}/healthz`);
  t.equal(healthy.status, 200, 'others are served meanwhile and after');
});

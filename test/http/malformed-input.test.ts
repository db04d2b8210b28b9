import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import type { InjectOptions } from 'fastify';
import t from 'tap';
import { asOwner, build, createPartner, OPERATOR_TOKEN, type Problem } from '../helper.js';
import { FAILED_AUTHENTICATIONS_PER_MINUTE } from '../../src/http/rateLimit.js';

const operator = { authorization: `Bearer ${OPERATOR_TOKEN}` };

function nested(depth: number): string {
  return `{"name":"x","kind":"direct","competency":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

t.test('every class of malformed input is a 4xx problem+json with x-request-id, and changes nothing', async (t) => {
  const { app, ownerUrl } = await build(t);
  const admin = await createPartner(app);
  const json = { ...operator, 'content-type': 'application/json' };
  const cases: { name: string; request: InjectOptions; status: number; code: string }[] = [
    {
      name: '10,000 levels of nesting',
      request: { method: 'POST', url: '/v1/partners', headers: json, payload: nested(10_000) },
      status: 400,
      code: 'validation-failed',
    },
    {
      name: '65 levels of nesting',
      request: { method: 'POST', url: '/v1/partners', headers: json, payload: nested(65) },
      status: 400,
      code: 'validation-failed',
    },
    {
      name: 'lone surrogate in a text field',
      request: { method: 'POST', url: '/v1/partners', headers: json, payload: '{"name":"a\\ud800b","kind":"direct"}' },
      status: 400,
      code: 'validation-failed',
    },
    {
      name: 'lone surrogate in a property name',
      request: {
        method: 'POST',
        url: '/v1/partners',
        headers: json,
        payload: '{"name":"a","kind":"direct","\\udc00":1}',
      },
      status: 400,
      code: 'validation-failed',
    },
    {
      name: 'NUL in a text field',
      request: { method: 'POST', url: '/v1/partners', headers: json, payload: '{"name":"a\\u0000b","kind":"direct"}' },
      status: 400,
      code: 'validation-failed',
    },
    {
      name: 'NUL in the query',
      request: { method: 'GET', url: '/v1/api-keys?limit=1%00', headers: admin.auth },
      status: 400,
      code: 'validation-failed',
    },
    {
      name: 'bad %-encoding in the path',
      request: { method: 'GET', url: '/v1/customers/%FF', headers: admin.auth },
      status: 400,
      code: 'bad-request',
    },
    {
      name: 'invalid UTF-8 in the path',
      request: { method: 'GET', url: '/v1/customers/%ED%A0%80', headers: admin.auth },
      status: 400,
      code: 'bad-request',
    },
    {
      name: 'a path parameter over 100 characters',
      request: { method: 'GET', url: `/v1/customers/${'a'.repeat(500)}`, headers: admin.auth },
      status: 400,
      code: 'validation-failed',
    },
    {
      name: 'unsupported media type',
      request: {
        method: 'POST',
        url: '/v1/partners',
        headers: { ...operator, 'content-type': 'application/xml' },
        payload: '<partner/>',
      },
      status: 415,
      code: 'unsupported-media-type',
    },
    {
      name: 'JSON labelled UTF-16',
      request: {
        method: 'POST',
        url: '/v1/partners',
        headers: { ...operator, 'content-type': 'application/json; charset=utf-16' },
        payload: '{"name":"x","kind":"direct"}',
      },
      status: 415,
      code: 'unsupported-media-type',
    },
    {
      name: 'NDJSON labelled Latin-1',
      request: {
        method: 'POST',
        url: '/v1/customers/import',
        headers: { ...admin.auth, 'content-type': 'application/x-ndjson; charset="ISO-8859-1"' },
        payload: '{"name":"Contoso","domain":"contoso.fr","tenantId":"7a1b2c3d-0000-4000-8000-000000000001"}\n',
      },
      status: 415,
      code: 'unsupported-media-type',
    },
    {
      name: 'body too large',
      request: {
        method: 'POST',
        url: '/v1/partners',
        headers: json,
        payload: JSON.stringify({ name: 'x'.repeat(2_000_000), kind: 'direct' }),
      },
      status: 413,
      code: 'payload-too-large',
    },
    {
      name: 'content length that does not match',
      request: {
        method: 'POST',
        url: '/v1/partners',
        headers: { ...json, 'content-length': '3' },
        payload: '{"name":"x","kind":"direct"}',
      },
      status: 400,
      code: 'bad-request',
    },
    {
      name: 'invalid JSON',
      request: { method: 'POST', url: '/v1/partners', headers: json, payload: '{"name":' },
      status: 400,
      code: 'malformed-body',
    },
    {
      name: 'a webhook URL Node cannot parse',
      request: {
        method: 'POST',
        url: '/v1/webhook-subscriptions',
        headers: admin.auth,
        payload: { url: 'http://a:b:c/' },
      },
      status: 400,
      code: 'validation-failed',
    },
  ];
  for (const { name, request, status, code } of cases) {
    const response = await app.inject(request);
    t.equal(response.statusCode, status, name);
    t.equal(response.headers['content-type'], 'application/problem+json', `${name}: problem+json`);
    t.equal(response.json<Problem>().code, code, `${name}: code`);
    t.ok(response.headers['x-request-id'], `${name}: x-request-id`);
  }
  const deep = await app.inject({ method: 'POST', url: '/v1/partners', headers: json, payload: nested(65) });
  t.match(deep.json<Problem>().detail, /deeper than 64 levels/);
  const partners = await asOwner(ownerUrl, 'select count(*)::int as n from partners');
  t.equal(partners[0]?.n, 1, 'only the fixture partner exists');
  const customers = await asOwner(ownerUrl, 'select count(*)::int as n from customers');
  t.equal(customers[0]?.n, 0, 'and no customer was imported');
  const utf8 = await app.inject({
    method: 'POST',
    url: '/v1/partners',
    headers: { ...operator, 'content-type': 'application/json; Charset="UTF-8"' },
    payload: '{"name":"Fabrikam Conseil","kind":"direct"}',
  });
  t.equal(utf8.statusCode, 201, 'charset=UTF-8, in any case and quoted, is accepted');
});

t.test('failed authentications are limited per client address, the operator token included', async (t) => {
  const { app } = await build(t, { rateLimitPerMinute: 10_000 });
  const guess = (token: string, remoteAddress = '198.51.100.7') =>
    app.inject({
      method: 'POST',
      url: '/v1/partners',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'x', kind: 'direct' },
      remoteAddress,
    });
  for (let i = 0; i < FAILED_AUTHENTICATIONS_PER_MINUTE; i++) {
    t.equal((await guess(`operator-guess-${i}`)).statusCode, 401);
  }
  const limited = await guess('operator-guess-last');
  t.equal(limited.statusCode, 429);
  t.equal(limited.json<Problem>().code, 'rate-limited');
  t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After says when');
  t.equal(
    (await guess(OPERATOR_TOKEN)).statusCode,
    429,
    'even the right token, from that address, until the minute ends',
  );
  t.equal((await guess(OPERATOR_TOKEN, '198.51.100.8')).statusCode, 201, 'another address is not held back');
});

t.test('failed authentications are limited per presented key id, from any address', async (t) => {
  const { app } = await build(t, { rateLimitPerMinute: 10_000 });
  const victim = await createPartner(app);
  const other = await createPartner(app);
  const partnerHex = victim.key.split('_')[1]!;
  const guess = (i: number) =>
    app.inject({
      url: '/v1/me',
      headers: { authorization: `Bearer pd_${partnerHex}_${String(i).padStart(43, 'A')}` },
      remoteAddress: `198.51.100.${i + 1}`,
    });
  for (let i = 0; i < FAILED_AUTHENTICATIONS_PER_MINUTE; i++) t.equal((await guess(i)).statusCode, 401);
  const limited = await guess(FAILED_AUTHENTICATIONS_PER_MINUTE);
  t.equal(limited.statusCode, 429, 'the next guess at that key id is refused, from a fresh address');
  t.ok(Number(limited.headers['retry-after']) > 0);
  const otherPartner = await app.inject({ url: '/v1/me', headers: other.auth, remoteAddress: '203.0.113.9' });
  t.equal(otherPartner.statusCode, 200, "another partner's keys are not held back");
});

t.test('the failed-authentication limit is off with rate limiting off', async (t) => {
  const { app } = await build(t, { rateLimitPerMinute: 0 });
  for (let i = 0; i <= FAILED_AUTHENTICATIONS_PER_MINUTE; i++) {
    const response = await app.inject({ url: '/v1/me', headers: { authorization: `Bearer nope-${i}` } });
    t.equal(response.statusCode, 401);
  }
});

/** Sends raw bytes to the listening app and returns the raw answer. */
async function rawExchange(port: number, bytes: string): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  let answer = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk));
  socket.on('error', () => undefined); // the server closes the connection after its answer
  socket.write(bytes);
  await once(socket, 'close');
  return answer;
}

t.test("requests Node's HTTP parser refuses still get problem+json with x-request-id", async (t) => {
  const { app } = await build(t);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  for (const { name, bytes, status, code } of [
    { name: 'not HTTP', bytes: 'HELLO THERE\r\n\r\n', status: 400, code: 'bad-request' },
    {
      name: 'headers over the limit',
      bytes: `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      status: 431,
      code: 'headers-too-large',
    },
  ]) {
    const answer = await rawExchange(port, bytes);
    t.match(answer, new RegExp(`^HTTP/1.1 ${status} `), name);
    t.match(answer, /\r\ncontent-type: application\/problem\+json\r\n/i, `${name}: problem+json`);
    t.match(answer, /\r\nx-request-id: [0-9a-f-]{36}\r\n/i, `${name}: x-request-id`);
    t.match(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)), { status, code }, `${name}: body`);
  }
});

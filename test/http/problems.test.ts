import pg from 'pg';
import t from 'tap';
import { build, createPartner, OPERATOR_TOKEN, type Problem } from '../helper.js';

const operator = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const leaks = /at \w+ \(|\/work\/|node_modules|\.ts:\d+|select |insert |relation "|syntax error at/i;

t.test('every error is problem+json with type, title, status, detail and code, and leaks nothing', async (t) => {
  const { app, pool } = await build(t);
  const cases = [
    {
      name: 'malformed JSON',
      request: {
        method: 'POST' as const,
        url: '/v1/partners',
        headers: { ...operator, 'content-type': 'application/json' },
        payload: '{"name": "x",',
      },
      status: 400,
      code: 'malformed-body',
    },
    {
      name: 'empty JSON body',
      request: {
        method: 'POST' as const,
        url: '/v1/partners',
        headers: { ...operator, 'content-type': 'application/json' },
        payload: '',
      },
      status: 400,
      code: 'malformed-body',
    },
    {
      name: 'schema violation',
      request: {
        method: 'POST' as const,
        url: '/v1/partners',
        headers: operator,
        payload: { name: '', kind: 'retail', extra: 1 },
      },
      status: 400,
      code: 'validation-failed',
    },
    {
      name: 'wrong media type',
      request: {
        method: 'POST' as const,
        url: '/v1/partners',
        headers: { ...operator, 'content-type': 'text/plain' },
        payload: 'hello',
      },
      status: 415,
      code: 'unsupported-media-type',
    },
    {
      name: 'NUL character',
      request: {
        method: 'POST' as const,
        url: '/v1/partners',
        headers: operator,
        payload: { name: 'a\u0000b', kind: 'direct' },
      },
      status: 400,
      code: 'validation-failed',
    },
    {
      name: 'unknown route',
      request: { method: 'GET' as const, url: '/v1/nothing-here?x=1' },
      status: 404,
      code: 'not-found',
    },
    { name: 'unknown method', request: { method: 'DELETE' as const, url: '/healthz' }, status: 404, code: 'not-found' },
  ];
  for (const { name, request, status, code } of cases) {
    const response = await app.inject(request);
    t.equal(response.statusCode, status, name);
    t.equal(response.headers['content-type'], 'application/problem+json', `${name}: content type`);
    const body = response.json<Problem>();
    t.match(body, { type: `/problems/${code}`, title: String, status, detail: String, code }, name);
    t.notMatch(response.body, leaks, `${name}: nothing internal`);
  }
  const partners = await pool.query<{ n: number }>('select count(*)::int as n from partners');
  t.equal(partners.rows[0]?.n, 0, 'no refused request created anything');
});

t.test('validation errors name every invalid field', async (t) => {
  const { app } = await build(t);
  const response = await app.inject({
    method: 'POST',
    url: '/v1/partners',
    headers: operator,
    payload: { name: '', kind: 'retail', competency: 'platinum', extra: true },
  });
  t.equal(response.statusCode, 400);
  const paths = response
    .json<Problem>()
    .errors.map((e) => e.path)
    .sort();
  t.same(paths, ['/body/competency', '/body/extra', '/body/kind', '/body/name']);
});

t.test('a failure inside a handler is a 500 that says nothing internal', async (t) => {
  const { app, ownerUrl } = await build(t);
  const { key } = await createPartner(app);
  // Break the database under the running app: the next query fails with an SQL error.
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  await owner.query('revoke select on api_keys from partnerdesk_app');
  await owner.end();
  const response = await app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${key}` } });
  t.equal(response.statusCode, 500);
  t.match(response.json(), { code: 'internal-error', status: 500, detail: /request id/ });
  t.notMatch(response.body, leaks);
  t.notMatch(response.body, /permission|api_keys/i);
});

t.test('the request id is returned, and a sane caller-supplied one is kept', async (t) => {
  const { app } = await build(t);
  const generated = await app.inject({ url: '/healthz' });
  t.match(generated.headers['x-request-id'], /^[0-9a-f-]{36}$/);
  const kept = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'crm-sync-42' } });
  t.equal(kept.headers['x-request-id'], 'crm-sync-42');
  const replaced = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } });
  t.not(replaced.headers['x-request-id'], 'bad id with spaces');
});

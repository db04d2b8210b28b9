import t from 'tap';
import { withTenant } from '../../src/db/tenant.js';
import { build, createKey, createPartner, type Problem, type Resource, type Page } from '../helper.js';

t.test('cursor pagination: 24 keys by 10 are 3 pages with each key once, in a stable order', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  for (let i = 0; i < 23; i++) await createKey(app, admin, 'helpdesk_agent');
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await app.inject({
      url: '/v1/api-keys',
      query: { limit: '10', ...(cursor ? { cursor } : {}) },
      headers: admin.auth,
    });
    t.equal(response.statusCode, 200);
    const page: Page = response.json<Page>();
    seen.push(...page.data.map((k) => k.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  t.equal(pages, 3);
  t.equal(seen.length, 24);
  t.equal(new Set(seen).size, 24, 'no key twice');
  const all = (await app.inject({ url: '/v1/api-keys', query: { limit: '100' }, headers: admin.auth })).json<Page>();
  t.same(
    seen,
    all.data.map((k: { id: string }) => k.id),
    'pages follow the single-page order',
  );
  t.equal(all.nextCursor, null);
});

t.test('a cursor cannot be forged, edited, or used by another partner or on another list', async (t) => {
  const { app } = await build(t);
  const a = await createPartner(app);
  const b = await createPartner(app);
  await createKey(app, a, 'sales_agent');
  const first = (await app.inject({ url: '/v1/api-keys', query: { limit: '1' }, headers: a.auth })).json<Page>();
  const cursor = first.nextCursor!;
  t.type(cursor, 'string');

  const [payload, mac] = cursor.split('.');
  const decoded = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { after: unknown[] };
  decoded.after[1] = '00000000-0000-4000-8000-000000000000';
  const edited = `${Buffer.from(JSON.stringify(decoded)).toString('base64url')}.${mac}`;
  const attempts = [
    { name: 'tampered', url: '/v1/api-keys', auth: a.auth, cursor: edited },
    { name: 'garbage', url: '/v1/api-keys', auth: a.auth, cursor: 'not-a-cursor' },
    { name: 'another partner', url: '/v1/api-keys', auth: b.auth, cursor },
    { name: 'another list', url: '/v1/partner/support-plans', auth: a.auth, cursor },
  ];
  for (const { name, url, auth, cursor: given } of attempts) {
    const response = await app.inject({ url, query: { cursor: given }, headers: auth });
    t.equal(response.statusCode, 400, name);
    t.equal(response.json<Problem>().code, 'invalid-cursor', name);
  }
  for (const limit of ['0', '101', 'ten']) {
    const response = await app.inject({ url: '/v1/api-keys', query: { limit }, headers: a.auth });
    t.equal(response.statusCode, 400, `limit=${limit}`);
  }
});

t.test('Idempotency-Key: a retry replays the first response; another body is refused', async (t) => {
  const { app, pool } = await build(t);
  const admin = await createPartner(app);
  const send = (payload: object, key = 'retry-1') =>
    app.inject({ method: 'POST', url: '/v1/api-keys', headers: { ...admin.auth, 'idempotency-key': key }, payload });
  const first = await send({ name: 'CRM sync', role: 'helpdesk_agent' });
  t.equal(first.statusCode, 201);
  const retry = await send({ role: 'helpdesk_agent', name: 'CRM sync' });
  t.equal(retry.statusCode, 201);
  t.same(retry.json(), { ...first.json(), key: '(not shown again)' }, 'same body, but the secret is not stored');
  t.equal(retry.headers.location, first.headers.location);
  t.equal(retry.headers['idempotent-replayed'], 'true');

  const reused = await send({ name: 'Something else', role: 'helpdesk_agent' });
  t.equal(reused.statusCode, 422);
  t.equal(reused.json<Problem>().code, 'idempotency-key-reused');

  const other = await createPartner(app);
  const sameKeyOtherPartner = await app.inject({
    method: 'POST',
    url: '/v1/api-keys',
    headers: { ...other.auth, 'idempotency-key': 'retry-1' },
    payload: { name: 'CRM sync', role: 'helpdesk_agent' },
  });
  t.equal(sameKeyOtherPartner.statusCode, 201, 'keys are scoped per partner');
  t.not(sameKeyOtherPartner.json<Resource>().id, first.json<Resource>().id);

  const count = await withTenant(pool, admin.partner.id, (c) =>
    c.query<{ n: number }>(`select count(*)::int as n from api_keys where name = 'CRM sync'`),
  );
  t.equal(count.rows[0]?.n, 1);
});

t.test('20 concurrent POSTs with one Idempotency-Key create one row and all answer the same', async (t) => {
  const { app, pool } = await build(t);
  const admin = await createPartner(app);
  const responses = await Promise.all(
    Array.from({ length: 20 }, () =>
      app.inject({
        method: 'POST',
        url: '/v1/api-keys',
        headers: { ...admin.auth, 'idempotency-key': 'burst' },
        payload: { name: 'burst', role: 'sales_agent' },
      }),
    ),
  );
  t.same(new Set(responses.map((r) => r.statusCode)), new Set([201]));
  t.equal(new Set(responses.map((r) => r.json<Resource>().id)).size, 1);
  const count = await withTenant(pool, admin.partner.id, (c) =>
    c.query<{ n: number }>(`select count(*)::int as n from api_keys where name = 'burst'`),
  );
  t.equal(count.rows[0]?.n, 1);
});

t.test('ETag and If-Match: the version rises with each change and a stale If-Match is 412', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const read = await app.inject({ url: '/v1/partner', headers: admin.auth });
  t.equal(read.headers.etag, '"1"');
  const profile = {
    email: 'support@contoso.example',
    telephone: '+33 1 23 45 67 89',
    website: 'https://support.contoso.example',
  };
  const put = (ifMatch: string) =>
    app.inject({
      method: 'PUT',
      url: '/v1/partner/support-profile',
      headers: { ...admin.auth, 'if-match': ifMatch },
      payload: profile,
    });
  const first = await put('"1"');
  t.equal(first.statusCode, 200);
  t.equal(first.headers.etag, '"2"');
  t.match(first.json(), { version: 2, supportProfile: profile });
  const stale = await put('"1"');
  t.equal(stale.statusCode, 412);
  t.match(stale.json(), { code: 'version-mismatch', currentVersion: 2 });
  t.equal((await put('W/"2"')).statusCode, 200, 'a weak tag of the current version matches');
  t.equal((await put('*')).statusCode, 200, '* matches any version');
  t.equal((await put('"garbage"')).statusCode, 412);
});

t.test('20 concurrent PUTs with one If-Match make exactly one change', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      app.inject({
        method: 'PUT',
        url: '/v1/partner/support-profile',
        headers: { ...admin.auth, 'if-match': '"1"' },
        payload: { email: `agent${i}@contoso.example`, telephone: null, website: null },
      }),
    ),
  );
  const codes = responses.map((r) => r.statusCode).sort();
  t.equal(codes.filter((c) => c === 200).length, 1);
  t.equal(codes.filter((c) => c === 412).length, 19);
  const partner = (await app.inject({ url: '/v1/partner', headers: admin.auth })).json<Resource>();
  t.equal(partner.version, 2);
});

t.test('rate limits per API key, with headers on every response and 429 + Retry-After', async (t) => {
  const { app } = await build(t, { rateLimitPerMinute: 5 });
  const a = await createPartner(app);
  const b = await createPartner(app);
  for (let i = 1; i <= 5; i++) {
    const response = await app.inject({ url: '/v1/me', headers: a.auth });
    t.equal(response.statusCode, 200);
    t.equal(response.headers['x-ratelimit-limit'], '5');
    t.equal(response.headers['x-ratelimit-remaining'], String(5 - i));
  }
  const limited = await app.inject({ url: '/v1/me', headers: a.auth });
  t.equal(limited.statusCode, 429);
  t.equal(limited.json<Problem>().code, 'rate-limited');
  t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After says when');
  const other = await app.inject({ url: '/v1/me', headers: b.auth });
  t.equal(other.statusCode, 200, 'another key has its own budget');
  const failing = await app.inject({ url: '/v1/me', headers: { authorization: 'Bearer nope' } });
  t.ok(failing.headers['x-ratelimit-limit'], 'errors carry the headers too');
});

import t from 'tap';
import { build, createPartner, OPERATOR_TOKEN, type Problem, type Resource } from '../helper.js';

t.test('the operator creates a partner and its first admin key, which then authenticates', async (t) => {
  const { app, pool } = await build(t);
  const response = await app.inject({
    method: 'POST',
    url: '/v1/partners',
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
    payload: { name: 'Fabrikam CSP', kind: 'direct', competency: 'gold' },
  });
  t.equal(response.statusCode, 201);
  t.equal(response.headers.location, '/v1/partner');
  const body = response.json<{ partner: Resource; apiKey: Resource & { key: string } }>();
  t.match(body.partner, {
    name: 'Fabrikam CSP',
    kind: 'direct',
    competency: 'gold',
    indirectProviderId: null,
    version: 1,
  });
  t.match(body.apiKey, { role: 'admin_agent', key: /^pd_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/ });

  const stored = await pool.query('select key_hash from api_keys');
  t.equal(stored.rowCount, 0, 'the app role sees no key outside a tenant transaction');

  const me = await app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${body.apiKey.key}` } });
  t.equal(me.statusCode, 200);
  t.same(me.json(), {
    keyId: body.apiKey.id,
    name: 'first admin key',
    role: 'admin_agent',
    customerId: null,
    partner: { id: body.partner.id, name: 'Fabrikam CSP', kind: 'direct' },
  });

  const partner = await app.inject({ url: '/v1/partner', headers: { authorization: `Bearer ${body.apiKey.key}` } });
  t.equal(partner.statusCode, 200);
  t.same(partner.json(), body.partner);
});

t.test('only the operator token creates partners', async (t) => {
  const { app } = await build(t);
  const { auth } = await createPartner(app);
  for (const headers of [{}, { authorization: 'Bearer wrong-token' }, auth]) {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/partners',
      headers,
      payload: { name: 'X', kind: 'direct' },
    });
    t.equal(response.statusCode, 401);
    t.equal(response.json<Problem>().code, 'unauthenticated');
  }
});

t.test('a missing, malformed or unknown key is 401 unauthenticated', async (t) => {
  const { app } = await build(t);
  const { key } = await createPartner(app);
  const forged = key.slice(0, -4) + 'AAAA';
  for (const authorization of [undefined, 'Basic abc', 'Bearer nope', `Bearer ${forged}`]) {
    const response = await app.inject({ url: '/v1/me', headers: authorization ? { authorization } : {} });
    t.equal(response.statusCode, 401, String(authorization));
    t.equal(response.headers['content-type'], 'application/problem+json');
    t.match(response.json(), { code: 'unauthenticated', status: 401, type: '/problems/unauthenticated' });
  }
});

t.test('resellers name an existing indirect provider', async (t) => {
  const { app } = await build(t);
  const direct = await createPartner(app);
  const provider = await createPartner(app, { name: 'Provider', kind: 'indirect_provider' });
  const cases = [
    { kind: 'indirect_reseller' },
    { kind: 'indirect_reseller', indirectProviderId: direct.partner.id },
    { kind: 'indirect_reseller', indirectProviderId: '8f1c7d2e-3b4a-4c5d-9e6f-7a8b9c0d1e2f' },
    { kind: 'direct', indirectProviderId: provider.partner.id },
  ];
  for (const body of cases) {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/partners',
      headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
      payload: { name: 'Reseller', ...body },
    });
    t.equal(response.statusCode, 422, JSON.stringify(body));
    t.equal(response.json<Problem>().code, 'invalid-reference');
  }
  const reseller = await createPartner(app, {
    name: 'Reseller',
    kind: 'indirect_reseller',
    indirectProviderId: provider.partner.id,
  });
  t.equal(reseller.partner.kind, 'indirect_reseller');
});

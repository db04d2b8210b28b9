import { randomUUID } from 'node:crypto';
import t from 'tap';
import { build, createCustomer, createCustomerKey, createKey, createPartner, publishedSla } from '../helper.js';

t.test(
  'customers: create, read, update with If-Match; duplicate tenantId is 409; unknown properties are 400',
  async (t) => {
    const { app } = await build(t);
    const admin = await createPartner(app);
    const sales = await createKey(app, admin, 'sales_agent');
    await publishedSla(app, admin.auth);
    const tenantId = randomUUID();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/customers',
      headers: sales,
      payload: {
        name: 'Contoso',
        domain: 'Contoso.onmicrosoft.com',
        tenantId,
        contacts: [{ name: 'Ada', email: 'ada@contoso.example' }],
      },
    });
    t.equal(response.statusCode, 201);
    const customer = response.json();
    t.match(customer, {
      name: 'Contoso',
      domain: 'contoso.onmicrosoft.com',
      tenantId,
      billingStatus: 'active',
      slaDefinitionId: null,
      version: 1,
    });
    t.equal(response.headers.location, `/v1/customers/${customer.id}`);

    const duplicate = await app.inject({
      method: 'POST',
      url: '/v1/customers',
      headers: sales,
      payload: { name: 'Contoso again', domain: 'contoso2.onmicrosoft.com', tenantId: tenantId.toUpperCase() },
    });
    t.equal(duplicate.statusCode, 409);
    t.equal(duplicate.json().code, 'tenant-id-taken');
    const other = await createPartner(app);
    await t.resolves(createCustomer(app, other.auth, { tenantId }), 'another partner may serve the same tenant');

    const massAssignment = await app.inject({
      method: 'PATCH',
      url: `/v1/customers/${customer.id}`,
      headers: sales,
      payload: { name: 'X', billingStatus: 'active', partnerId: randomUUID() },
    });
    t.equal(massAssignment.statusCode, 400);
    t.same(
      massAssignment
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
      ['/body/billingStatus', '/body/partnerId'],
    );

    const renamed = await app.inject({
      method: 'PATCH',
      url: `/v1/customers/${customer.id}`,
      headers: { ...sales, 'if-match': '"1"' },
      payload: { name: 'Contoso Ltd' },
    });
    t.equal(renamed.statusCode, 200);
    t.match(renamed.json(), { name: 'Contoso Ltd', version: 2 });
    const stale = await app.inject({
      method: 'PATCH',
      url: `/v1/customers/${customer.id}`,
      headers: { ...sales, 'if-match': '"1"' },
      payload: { name: 'Lost update' },
    });
    t.equal(stale.statusCode, 412);
    t.equal(stale.json().code, 'version-mismatch');
    const read = await app.inject({ url: `/v1/customers/${customer.id}`, headers: admin.auth });
    t.equal(read.headers.etag, '"2"');
    t.equal(read.json().name, 'Contoso Ltd');
  },
);

t.test('slaDefinitionId must name a published definition of the same partner', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const other = await createPartner(app);
  const foreign = await publishedSla(app, other.auth);
  const draft = (
    await app.inject({ method: 'POST', url: '/v1/sla-definitions', headers: admin.auth, payload: { name: 'Draft' } })
  ).json();
  for (const slaDefinitionId of [foreign.id, draft.id, randomUUID()]) {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/customers',
      headers: admin.auth,
      payload: { name: 'C', domain: 'c.onmicrosoft.com', tenantId: randomUUID(), slaDefinitionId },
    });
    t.equal(response.statusCode, 422);
    t.equal(response.json().code, 'invalid-reference');
  }
});

t.test('billing status changes keep their reason in the history; helpdesk and sales cannot change it', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const billing = await createKey(app, admin, 'billing_admin');
  const helpdesk = await createKey(app, admin, 'helpdesk_agent');
  const customer = await createCustomer(app, admin.auth);
  const change = { billingStatus: 'suspended', reason: 'Invoice 2026-114 unpaid after 60 days' };
  const refused = await app.inject({
    method: 'PUT',
    url: `/v1/customers/${customer.id}/billing-status`,
    headers: helpdesk,
    payload: change,
  });
  t.equal(refused.statusCode, 403);
  const done = await app.inject({
    method: 'PUT',
    url: `/v1/customers/${customer.id}/billing-status`,
    headers: billing,
    payload: change,
  });
  t.equal(done.statusCode, 200);
  t.match(done.json(), { billingStatus: 'suspended', version: 2 });
  const history = (await app.inject({ url: `/v1/customers/${customer.id}/events`, headers: admin.auth })).json();
  t.same(
    history.data.map((e: { type: string }) => e.type),
    ['customer.created', 'customer.billing_status_changed'],
  );
  t.match(history.data[1], {
    data: { from: 'active', to: 'suspended', reason: change.reason },
    actor: { kind: 'api_key', role: 'billing_admin' },
    subject: { type: 'customer', id: customer.id },
  });
  const suspended = (await app.inject({ url: '/v1/customers?billingStatus=suspended', headers: admin.auth })).json();
  t.same(
    suspended.data.map((c: { id: string }) => c.id),
    [customer.id],
  );
});

t.test('a customer user sees its own customer and nothing else', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const mine = await createCustomer(app, admin.auth);
  const theirs = await createCustomer(app, admin.auth);
  const portal = await createCustomerKey(app, admin, mine.id);
  const me = (await app.inject({ url: '/v1/me', headers: portal })).json();
  t.match(me, { role: 'customer_user', customerId: mine.id });
  const list = (await app.inject({ url: '/v1/customers', headers: portal })).json();
  t.same(
    list.data.map((c: { id: string }) => c.id),
    [mine.id],
  );
  t.equal((await app.inject({ url: `/v1/customers/${mine.id}`, headers: portal })).statusCode, 200);
  t.equal((await app.inject({ url: `/v1/customers/${theirs.id}`, headers: portal })).statusCode, 404);
  t.equal((await app.inject({ url: `/v1/customers/${mine.id}/events`, headers: portal })).statusCode, 403);
  const create = await app.inject({
    method: 'POST',
    url: '/v1/customers',
    headers: portal,
    payload: { name: 'X', domain: 'x.onmicrosoft.com', tenantId: randomUUID() },
  });
  t.equal(create.statusCode, 403);
  const partner = (await app.inject({ url: '/v1/partner', headers: portal })).json();
  t.ok(partner.supportProfile, 'the support profile is what customers are shown (R6)');
});

t.test("a customer_user key needs a customer of the partner's own", async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const other = await createPartner(app);
  const foreign = await createCustomer(app, other.auth);
  const cases = [
    { payload: { name: 'p', role: 'customer_user' }, status: 400 },
    { payload: { name: 'p', role: 'helpdesk_agent', customerId: foreign.id }, status: 400 },
    { payload: { name: 'p', role: 'customer_user', customerId: foreign.id }, status: 422 },
  ];
  for (const { payload, status } of cases) {
    const response = await app.inject({ method: 'POST', url: '/v1/api-keys', headers: admin.auth, payload });
    t.equal(response.statusCode, status, JSON.stringify(payload));
  }
});

t.test('compliance lists what breaks R6, and is clean once fixed', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const uncovered = await createCustomer(app, admin.auth);
  const report = (await app.inject({ url: '/v1/partner/compliance', headers: admin.auth })).json();
  t.equal(report.compliant, false);
  t.same(
    report.findings.map((f: { code: string; level: string }) => [f.code, f.level]),
    [
      ['incomplete-support-profile', 'failure'],
      ['no-default-sla', 'failure'],
      ['customers-without-sla', 'failure'],
      ['no-collections-policy', 'warning'],
      ['no-self-help-links', 'warning'],
    ],
  );
  t.same(report.findings[0].missing, ['email', 'telephone', 'website']);
  t.same(report.findings[2].customerIds, [uncovered.id]);

  await app.inject({
    method: 'PUT',
    url: '/v1/partner/support-profile',
    headers: admin.auth,
    payload: {
      email: 'help@contoso.example',
      telephone: '+1 425 555 0100',
      website: 'https://help.contoso.example',
      collectionsPolicy: 'Access to a product is suspended 30 days after an unpaid invoice.',
      selfHelpLinks: [{ kind: 'documentation', title: 'Help', url: 'https://help.contoso.example/docs' }],
    },
  });
  await publishedSla(app, admin.auth);
  const clean = (await app.inject({ url: '/v1/partner/compliance', headers: admin.auth })).json();
  t.same(clean, { compliant: true, findings: [] });
});

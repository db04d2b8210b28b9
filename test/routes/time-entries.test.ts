import t from 'tap';
import {
  asOwner,
  build,
  createCustomer,
  createCustomerKey,
  createKey,
  createPartner,
  newRequest,
  publishedSla,
  type Page,
  type Problem,
  type Resource,
} from '../helper.js';

type Auth = { authorization: string };
type Line = Record<string, unknown> & { pricingModel: string; charge: number; billedMinutes: number };
type Usage = Resource & { lines: Line[]; charges: { currency: string; amount: number }[]; requestsRaised: number };

const period = () => {
  const now = Date.now();
  return `from=${new Date(now - 86_400_000).toISOString()}&to=${new Date(now + 86_400_000).toISOString()}`;
};

async function setup(t: Parameters<typeof build>[0]) {
  const context = await build(t);
  const { app } = context;
  const admin = await createPartner(app);
  const helpdesk = await createKey(app, admin, 'helpdesk_agent');
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, auth: Auth, payload?: object, headers = {}) =>
    app.inject({ method, url, headers: { ...auth, ...headers }, ...(payload ? { payload } : {}) });
  const always = { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] };
  const hourly = await publishedSla(app, admin.auth, {
    name: 'Hourly support',
    hours: always,
    isDefault: false,
    pricing: { model: 'hourly', amount: 90, currency: 'EUR' },
  });
  const customer = await createCustomer(app, admin.auth, { name: 'Contoso France', slaDefinitionId: hourly.id });
  const raise = async (overrides: Record<string, unknown> = {}) =>
    (await call('POST', '/v1/support-requests', helpdesk, newRequest(customer.id, overrides))).json<Resource>();
  return { ...context, admin, helpdesk, call, hourly, customer, raise, always };
}

t.test('an hourly customer is charged its billable time, rounded up per request as its definition says', async (t) => {
  const { call, helpdesk, admin, customer, raise, app } = await setup(t);
  const first = await raise();
  const second = await raise({ title: 'Shared mailbox not visible in Outlook', severity: 'moderate' });
  const log = (id: string, body: object) => call('POST', `/v1/support-requests/${id}/time-entries`, helpdesk, body);

  // 95 billable minutes over two requests: 16 and 79, billed per request as 30 and 90 (increment 15).
  const logged = await log(first.id, { minutes: 16, billable: true, note: 'Message trace of the lost mail.' });
  t.equal(logged.statusCode, 201);
  t.match(logged.json(), { supportRequestId: first.id, minutes: 16, billable: true, version: 1 });
  t.equal(logged.headers.etag, '"1"');
  t.equal((await log(second.id, { minutes: 79, billable: true })).statusCode, 201);
  // Non-billable time is recorded, never charged.
  t.equal((await log(second.id, { minutes: 30, billable: false, note: 'Internal review' })).statusCode, 201);

  const usage = await call('GET', `/v1/customers/${customer.id}/usage?${period()}`, helpdesk);
  t.equal(usage.statusCode, 200, usage.body);
  const body = usage.json<Usage>();
  t.equal(body.requestsRaised, 2);
  t.match(body.lines, [
    {
      pricingModel: 'hourly',
      currency: 'EUR',
      billingIncrementMinutes: 15,
      requestsRaised: 2,
      billableMinutes: 95,
      nonBillableMinutes: 30,
      billedMinutes: 120,
      billedHours: 2,
      charge: 180,
    },
  ]);
  t.same(body.charges, [{ currency: 'EUR', amount: 180 }], '2 h at 90 EUR, not 95 min rounded once (105 min)');

  // A definition with a coarser increment rounds each request to the half hour.
  const coarse = await publishedSla(app, admin.auth, {
    name: 'Hourly, by the half hour',
    isDefault: false,
    hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] },
    pricing: { model: 'hourly', amount: 100, currency: 'EUR', billingIncrementMinutes: 30 },
  });
  const other = await createCustomer(app, admin.auth, { slaDefinitionId: coarse.id });
  const request = (
    await call('POST', '/v1/support-requests', helpdesk, newRequest(other.id, { category: 'configuration' }))
  ).json<Resource>();
  await log(request.id, { minutes: 31, billable: true });
  const coarseUsage = (await call('GET', `/v1/customers/${other.id}/usage?${period()}`, helpdesk)).json<Usage>();
  t.match(coarseUsage.lines, [{ billedMinutes: 60, charge: 100 }]);

  // The invoicing report lists both customers, as JSON, NDJSON and CSV.
  const all = await call('GET', `/v1/reports/usage?${period()}`, helpdesk);
  t.equal(all.statusCode, 200);
  const customers = all.json<{ customers: Usage[] }>().customers;
  t.same(
    customers.map((c) => c.charges),
    [[{ currency: 'EUR', amount: 180 }], [{ currency: 'EUR', amount: 100 }]],
  );
  const ndjson = await call('GET', `/v1/reports/usage?${period()}`, helpdesk, undefined, {
    accept: 'application/x-ndjson',
  });
  t.match(ndjson.headers['content-type'], /application\/x-ndjson/);
  t.same(
    ndjson.body
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as Usage).customerId),
    customers.map((c) => c.customerId),
  );
  const csv = await call('GET', `/v1/reports/usage?${period()}`, helpdesk, undefined, { accept: 'text/csv' });
  t.match(csv.headers['content-type'], /text\/csv/);
  const rows = csv.body.trim().split('\r\n');
  t.equal(rows.length, 3, 'a header and one row per customer and definition');
  t.match(rows[1], /^[^,]+,Contoso France,.*,hourly,EUR,90,15,2,2,95,30,120,2,0,180$/);
});

t.test('per incident and monthly pricing, and what a customer user may not read', async (t) => {
  const { call, helpdesk, admin, app } = await setup(t);
  const always = { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] };
  const perIncident = await publishedSla(app, admin.auth, {
    name: 'Per incident',
    isDefault: false,
    hours: always,
    pricing: { model: 'per_incident', amount: 49.5, currency: 'EUR' },
  });
  const monthly = await publishedSla(app, admin.auth, {
    name: 'Monthly',
    isDefault: false,
    hours: always,
    pricing: { model: 'monthly', amount: 300, currency: 'EUR' },
  });
  const a = await createCustomer(app, admin.auth, { slaDefinitionId: perIncident.id });
  const b = await createCustomer(app, admin.auth, { slaDefinitionId: monthly.id });
  for (const title of ['Licence count wrong', 'Invoice missing', 'Cancelled by mistake']) {
    await call('POST', '/v1/support-requests', helpdesk, newRequest(a.id, { title, category: 'billing' }));
  }
  const list = (await call('GET', `/v1/support-requests?customerId=${a.id}`, helpdesk)).json<Page>();
  const cancelled = list.data.find((r) => r.title === 'Cancelled by mistake')!;
  await call('POST', `/v1/support-requests/${cancelled.id}/transitions`, helpdesk, {
    to: 'cancelled',
    reason: 'raised twice',
  });
  const usageA = (await call('GET', `/v1/customers/${a.id}/usage?${period()}`, helpdesk)).json<Usage>();
  t.match(usageA.lines, [{ pricingModel: 'per_incident', requestsRaised: 3, incidents: 2, charge: 99 }]);

  // A whole calendar month of a monthly definition is its fee; half of November is half of it.
  const november = 'from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z';
  t.match((await call('GET', `/v1/customers/${b.id}/usage?${november}`, helpdesk)).json<Usage>().lines, [
    { pricingModel: 'monthly', months: 1, charge: 300 },
  ]);
  const half = 'from=2026-11-01T00:00:00Z&to=2026-11-16T00:00:00Z';
  t.match((await call('GET', `/v1/customers/${b.id}/usage?${half}`, helpdesk)).json<Usage>().lines, [
    { months: 0.5, charge: 150 },
  ]);

  const portal = await createCustomerKey(app, admin, a.id);
  for (const url of [`/v1/customers/${a.id}/usage?${period()}`, `/v1/reports/usage?${period()}`]) {
    const refused = await call('GET', url, portal);
    t.equal(refused.statusCode, 403, url);
    t.equal(refused.json<Problem>().code, 'forbidden');
  }
  t.equal(
    (await call('GET', `/v1/support-requests/${cancelled.id}/time-entries`, portal)).statusCode,
    403,
    'nor the time logged',
  );
  for (const query of [
    'from=2026-11-10T00:00:00Z&to=2026-11-01T00:00:00Z',
    'from=2026-11-01T00:00:00Z&to=2026-11-01T00:00:00Z',
    'from=yesterday&to=2026-11-01T00:00:00Z',
    'from=2026-11-01T00:00:00Z',
  ]) {
    const bad = await call('GET', `/v1/customers/${a.id}/usage?${query}`, helpdesk);
    t.equal(bad.statusCode, 400, query);
    t.equal(bad.json<Problem>().code, 'validation-failed');
  }
  t.equal(
    (await call('GET', `/v1/customers/00000000-0000-4000-8000-000000000000/usage?${period()}`, helpdesk)).statusCode,
    404,
  );
});

t.test('an entry is changed or deleted by its author only, within a day, with If-Match', async (t) => {
  const { call, helpdesk, admin, raise, ownerUrl, app } = await setup(t);
  const request = await raise();
  const entry = (
    await call('POST', `/v1/support-requests/${request.id}/time-entries`, helpdesk, {
      minutes: 20,
      billable: true,
      performedAt: '2026-11-20T09:30:00Z',
    })
  ).json<Resource & { editableUntil: string; createdAt: string }>();
  t.equal(Date.parse(entry.editableUntil) - Date.parse(entry.createdAt), 86_400_000);

  const stale = await call('PATCH', `/v1/time-entries/${entry.id}`, helpdesk, { minutes: 25 }, { 'if-match': '"7"' });
  t.equal(stale.statusCode, 412);
  const changed = await call('PATCH', `/v1/time-entries/${entry.id}`, helpdesk, { minutes: 25 }, { 'if-match': '"1"' });
  t.equal(changed.statusCode, 200);
  t.match(changed.json(), { minutes: 25, billable: true, version: 2, performedAt: '2026-11-20T09:30:00.000Z' });

  // Another agent may not rewrite someone else's time.
  const colleague = await createKey(app, admin, 'helpdesk_agent');
  const notYours = await call('PATCH', `/v1/time-entries/${entry.id}`, colleague, { minutes: 1 });
  t.equal(notYours.statusCode, 403);
  t.equal(notYours.json<Problem>().code, 'time-entry-not-yours');
  // A billing admin does not log time on a technical request.
  const billing = await createKey(app, admin, 'billing_admin');
  const wrongParty = await call('POST', `/v1/support-requests/${request.id}/time-entries`, billing, {
    minutes: 5,
    billable: false,
  });
  t.equal(wrongParty.statusCode, 403);

  const listed = (await call('GET', `/v1/support-requests/${request.id}/time-entries`, helpdesk)).json<Page>();
  t.same(
    listed.data.map((e) => [e.id, e.minutes]),
    [[entry.id, 25]],
  );

  // A day later the entry is part of the record.
  await asOwner(ownerUrl, `update time_entries set created_at = now() - interval '25 hours' where id = $1`, [entry.id]);
  const late = await call('DELETE', `/v1/time-entries/${entry.id}`, helpdesk);
  t.equal(late.statusCode, 409);
  t.equal(late.json<Problem>().code, 'time-entry-locked');
  t.equal((await call('PATCH', `/v1/time-entries/${entry.id}`, helpdesk, { billable: false })).statusCode, 409);

  const fresh = (
    await call('POST', `/v1/support-requests/${request.id}/time-entries`, helpdesk, { minutes: 10, billable: false })
  ).json<Resource>();
  t.equal(
    (await call('DELETE', `/v1/time-entries/${fresh.id}`, helpdesk, undefined, { 'if-match': '"1"' })).statusCode,
    204,
  );
  t.equal((await call('DELETE', `/v1/time-entries/${fresh.id}`, helpdesk)).statusCode, 404);
  const history = (await call('GET', `/v1/support-requests/${request.id}/events?limit=100`, helpdesk)).json<Page>();
  t.same(
    history.data.map((e) => e.type).filter((type) => String(type).includes('time_entry')),
    [
      'support_request.time_entry_added',
      'support_request.time_entry_changed',
      'support_request.time_entry_added',
      'support_request.time_entry_deleted',
    ],
  );
});

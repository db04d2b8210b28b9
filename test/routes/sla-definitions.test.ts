import fc from 'fast-check';
import t from 'tap';
import {
  build,
  completeSla,
  createCustomer,
  createCustomerKey,
  createKey,
  createPartner,
  publishedSla,
  type Problem,
  type Resource,
  type Page,
} from '../helper.js';
import { frenchHolidays2026, oracleDue } from '../support/parisOffice.js';

t.test('an SLA missing pricing or a contact channel cannot be published; the refusal names every gap', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const draft = (
    await app.inject({
      method: 'POST',
      url: '/v1/sla-definitions',
      headers: admin.auth,
      payload: completeSla({
        pricing: null,
        channels: [],
        targets: { critical: { firstResponseMinutes: 30, resolutionMinutes: 240 } },
      }),
    })
  ).json<Resource>();
  t.match(draft, { status: 'draft', version: 1, revision: 1 });
  const refused = await app.inject({
    method: 'POST',
    url: `/v1/sla-definitions/${draft.id}/publish`,
    headers: admin.auth,
  });
  t.equal(refused.statusCode, 422);
  t.match(refused.json(), { code: 'sla-incomplete' });
  t.same(refused.json<Problem>().missing, ['channels', 'pricing', 'targets.moderate', 'targets.minimal']);

  const fixed = await app.inject({
    method: 'PATCH',
    url: `/v1/sla-definitions/${draft.id}`,
    headers: { ...admin.auth, 'if-match': '"1"' },
    payload: { pricing: completeSla().pricing, channels: completeSla().channels, targets: completeSla().targets },
  });
  t.equal(fixed.statusCode, 200);
  t.equal(fixed.headers.etag, '"2"');
  const published = await app.inject({
    method: 'POST',
    url: `/v1/sla-definitions/${draft.id}/publish`,
    headers: admin.auth,
  });
  t.equal(published.statusCode, 200);
  t.match(published.json(), { status: 'published', publishedAt: String });
});

t.test('a published definition is immutable; new terms are a new version based on it', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const v1 = await publishedSla(app, admin.auth);
  const edit = await app.inject({
    method: 'PATCH',
    url: `/v1/sla-definitions/${v1.id}`,
    headers: admin.auth,
    payload: { name: 'Cheaper' },
  });
  t.equal(edit.statusCode, 409);
  t.equal(edit.json<Problem>().code, 'sla-published-immutable');
  const again = await app.inject({ method: 'POST', url: `/v1/sla-definitions/${v1.id}/publish`, headers: admin.auth });
  t.equal(again.statusCode, 409);

  const v2 = await app.inject({
    method: 'POST',
    url: '/v1/sla-definitions',
    headers: admin.auth,
    payload: { basedOn: v1.id, pricing: { model: 'monthly', amount: 99, currency: 'EUR' } },
  });
  t.equal(v2.statusCode, 201);
  t.match(v2.json(), {
    basedOn: v1.id,
    version: 2,
    status: 'draft',
    name: v1.name,
    hours: v1.hours,
    pricing: { model: 'monthly' },
  });
  const unchanged = (await app.inject({ url: `/v1/sla-definitions/${v1.id}`, headers: admin.auth })).json<Resource>();
  t.same(unchanged.pricing, v1.pricing, 'the published terms did not move');
});

t.test('retire is refused while customers are on a definition; the default moves with make-default', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const standard = await publishedSla(app, admin.auth);
  t.equal(standard.isDefault, true);
  const premium = await publishedSla(app, admin.auth, { name: 'Premium', isDefault: false });
  const onDefault = await createCustomer(app, admin.auth);
  const onPremium = await createCustomer(app, admin.auth, { slaDefinitionId: premium.id });
  t.match(onDefault.slaCoverage, { definitionId: standard.id, source: 'default' });
  t.match(onPremium.slaCoverage, { definitionId: premium.id, source: 'assigned' });

  for (const definition of [standard, premium]) {
    const refused = await app.inject({
      method: 'POST',
      url: `/v1/sla-definitions/${definition.id}/retire`,
      headers: admin.auth,
    });
    t.equal(refused.statusCode, 409);
    t.match(refused.json(), { code: 'sla-in-use', customers: 1 });
  }
  const moved = await app.inject({
    method: 'POST',
    url: `/v1/sla-definitions/${premium.id}/make-default`,
    headers: admin.auth,
  });
  t.equal(moved.statusCode, 200);
  t.equal(moved.json<Resource>().isDefault, true);
  const old = (await app.inject({ url: `/v1/sla-definitions/${standard.id}`, headers: admin.auth })).json<Resource>();
  t.equal(old.isDefault, false, 'one default at a time');
  const retired = await app.inject({
    method: 'POST',
    url: `/v1/sla-definitions/${standard.id}/retire`,
    headers: admin.auth,
  });
  t.equal(retired.statusCode, 200, 'nobody relies on the former default any more');
  t.match(retired.json(), { status: 'retired', isDefault: false });
});

t.test('calendars the clock cannot use are 400 with the field named', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const hours = completeSla().hours as Record<string, unknown>;
  const cases = [
    { name: 'unknown zone', hours: { ...hours, timezone: 'Europe/Atlantis' }, path: '/body/hours/timezone' },
    {
      name: 'malformed HH:MM',
      hours: { ...hours, weekly: [{ day: 'monday', open: '9h', close: '18:00' }] },
      path: '/body/hours/weekly/0/open',
    },
    {
      name: 'close before open',
      hours: { ...hours, weekly: [{ day: 'monday', open: '18:00', close: '09:00' }] },
      path: '/body/hours/weekly/0/close',
    },
    { name: 'impossible date', hours: { ...hours, holidays: ['2026-02-30'] }, path: '/body/hours/holidays/0' },
    { name: 'unknown property', hours: { ...hours, lunch: true }, path: '/body/hours/lunch' },
  ];
  for (const { name, hours: given, path } of cases) {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/sla-definitions',
      headers: admin.auth,
      payload: completeSla({ hours: given }),
    });
    t.equal(response.statusCode, 400, name);
    t.ok(
      response.json<Problem>().errors.some((e) => e.path === path),
      `${name}: ${path}`,
    );
  }
  const list = (await app.inject({ url: '/v1/sla-definitions', headers: admin.auth })).json<Page>();
  t.same(list.data, [], 'nothing was created');
});

t.test('due dates agree to the second with an independent minute-by-minute count across 2026 in Paris', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const sla = await publishedSla(app, admin.auth, {
    hours: { ...(completeSla().hours as object), holidays: frenchHolidays2026 },
    targets: {
      critical: { firstResponseMinutes: 45, resolutionMinutes: 600 },
      moderate: { firstResponseMinutes: 240, resolutionMinutes: 1440 },
      minimal: { firstResponseMinutes: 480, resolutionMinutes: 2880 },
    },
  });
  const minutes = { critical: [45, 600], moderate: [240, 1440], minimal: [480, 2880] } as const;
  const samples = fc.sample(
    fc.record({
      minute: fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2026, 11, 20) / 60_000 }),
      severity: fc.constantFrom('critical', 'moderate', 'minimal'),
    }),
    { numRuns: 40, seed: 20261121 },
  );
  // Both DST changes of 2026 in Paris, on a Friday afternoon before them.
  samples.push({ minute: Date.UTC(2026, 2, 27, 15, 0) / 60_000, severity: 'moderate' });
  samples.push({ minute: Date.UTC(2026, 9, 23, 15, 0) / 60_000, severity: 'moderate' });
  for (const { minute, severity } of samples) {
    const openedAt = new Date(minute * 60_000).toISOString();
    const response = await app.inject({
      method: 'POST',
      url: `/v1/sla-definitions/${sla.id}/due-dates`,
      headers: admin.auth,
      payload: { openedAt, severity },
    });
    const [firstResponse, resolution] = minutes[severity];
    t.same(
      response.json(),
      {
        firstResponseDueAt: new Date(oracleDue(minute, firstResponse)).toISOString(),
        resolutionDueAt: new Date(oracleDue(minute, resolution)).toISOString(),
      },
      `${severity} opened ${openedAt}`,
    );
  }
});

t.test('a 24/7 SLA counts calendar minutes, across a DST change too', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const sla = await publishedSla(app, admin.auth, {
    hours: { timezone: 'Europe/Paris', alwaysOpen: true, weekly: [], holidays: [] },
  });
  const response = await app.inject({
    method: 'POST',
    url: `/v1/sla-definitions/${sla.id}/due-dates`,
    headers: admin.auth,
    payload: { openedAt: '2026-03-28T22:00:00Z', severity: 'critical' },
  });
  t.same(response.json(), {
    firstResponseDueAt: '2026-03-28T23:00:00.000Z',
    resolutionDueAt: '2026-03-29T06:00:00.000Z',
  });
});

t.test('helpdesk agents cannot create SLA definitions; customer users see only the one covering them', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const helpdesk = await createKey(app, admin, 'helpdesk_agent');
  const refused = await app.inject({
    method: 'POST',
    url: '/v1/sla-definitions',
    headers: helpdesk,
    payload: completeSla(),
  });
  t.equal(refused.statusCode, 403);

  const standard = await publishedSla(app, admin.auth);
  const premium = await publishedSla(app, admin.auth, { name: 'Premium', isDefault: false });
  const customer = await createCustomer(app, admin.auth, { slaDefinitionId: premium.id });
  const portal = await createCustomerKey(app, admin, customer.id);
  const list = (await app.inject({ url: '/v1/sla-definitions', headers: portal })).json<Page>();
  t.same(
    list.data.map((d: { id: string }) => d.id),
    [premium.id],
  );
  t.equal((await app.inject({ url: `/v1/sla-definitions/${premium.id}`, headers: portal })).statusCode, 200);
  t.equal((await app.inject({ url: `/v1/sla-definitions/${standard.id}`, headers: portal })).statusCode, 404);
  const dueDates = await app.inject({
    method: 'POST',
    url: `/v1/sla-definitions/${premium.id}/due-dates`,
    headers: portal,
    payload: { openedAt: '2026-06-01T08:00:00Z', severity: 'minimal' },
  });
  t.equal(dueDates.statusCode, 200);
});

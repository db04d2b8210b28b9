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
  type Problem,
  type Page,
  type Resource,
  type SupportRequestResource,
  type EventResource,
} from '../helper.js';

type Auth = { authorization: string };

async function setup(t: Parameters<typeof build>[0], slaOverrides: Record<string, unknown> = {}) {
  const context = await build(t);
  const { app } = context;
  const admin = await createPartner(app);
  const helpdesk = await createKey(app, admin, 'helpdesk_agent');
  const sla = await publishedSla(app, admin.auth, {
    hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] },
    ...slaOverrides,
  });
  const customer = await createCustomer(app, admin.auth);
  const portal = await createCustomerKey(app, admin, customer.id);
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    auth: Auth,
    payload?: object,
    headers: Record<string, string> = {},
  ) => app.inject({ method, url, headers: { ...auth, ...headers }, ...(payload ? { payload } : {}) });
  return { ...context, admin, helpdesk, sla, customer, portal, call };
}

t.test('a request from intake to closed, as a CRM and a customer portal drive it', async (t) => {
  const { call, helpdesk, portal, customer, admin, ownerUrl } = await setup(t);
  const move = (id: string, auth: Auth, body: object) =>
    call('POST', `/v1/support-requests/${id}/transitions`, auth, body);

  // The customer raises it through the partner (R1).
  const raised = await call('POST', '/v1/support-requests', portal, newRequest(undefined));
  t.equal(raised.statusCode, 201);
  const request = raised.json<SupportRequestResource>();
  t.match(request, {
    number: 1,
    customerId: customer.id,
    state: 'new',
    channel: 'api',
    requester: customer.contacts[0],
  });
  t.match(request.sla, { status: 'on_track', firstRespondedAt: null, pausedMinutes: 0 });
  const id = request.id;

  const taken = await move(id, helpdesk, { to: 'in_progress' });
  t.equal(taken.statusCode, 200);
  t.ok(taken.json<SupportRequestResource>().sla.firstRespondedAt, 'taking it into work is the first response');

  const waiting = await move(id, helpdesk, { to: 'awaiting_customer', reason: 'Which mailboxes?' });
  t.equal(waiting.json<SupportRequestResource>().sla.status, 'paused', 'the clock stops while the customer is asked');

  // The customer takes ten minutes to answer.
  await asOwner(ownerUrl, `update support_requests set paused_at = paused_at - interval '10 minutes' where id = $1`, [
    id,
  ]);
  const answer = await call('POST', `/v1/support-requests/${id}/notes`, portal, {
    text: 'All of them.',
    visibility: 'public',
  });
  t.equal(answer.statusCode, 201);
  const resumed = (await call('GET', `/v1/support-requests/${id}`, helpdesk)).json<SupportRequestResource>();
  t.equal(resumed.state, 'in_progress', "the customer's public reply resumes it");
  t.equal(resumed.sla.status, 'on_track');
  t.ok(resumed.sla.pausedMinutes >= 10 && resumed.sla.pausedMinutes < 11, 'the pause is accounted for');
  const due = (at: string) => Date.parse(at) - Date.parse(request.sla.resolutionDueAt);
  t.ok(
    Math.abs(due(resumed.sla.resolutionDueAt) - resumed.sla.pausedMinutes * 60_000) < 5,
    'and moves the due date by as much',
  );

  const diagnosed = await call('PUT', `/v1/support-requests/${id}/diagnosis`, helpdesk, {
    cause: 'service_bug',
    summary: 'Transport rules are ignored since the last service update.',
  });
  t.equal(diagnosed.statusCode, 200);
  t.match(diagnosed.json<Resource>().diagnosis, { cause: 'service_bug', ownership: 'microsoft' });

  const incident = {
    id: 'EX123456',
    title: 'Users can’t receive external email',
    service: 'Exchange Online',
    feature: 'Mail flow',
    featureGroup: 'E-Mail and calendar access',
    classification: 'incident',
    status: 'serviceDegradation',
    isResolved: false,
    startDateTime: '2026-11-20T08:00:00Z',
    endDateTime: null,
    lastModifiedDateTime: '2026-11-20T09:00:00Z',
    impactDescription: 'Inbound mail is delayed.',
    origin: 'microsoft',
    posts: [{ createdDateTime: '2026-11-20T09:00:00Z', postType: 'regular' }],
    '@odata.type': '#microsoft.graph.serviceHealthIssue',
  };
  t.equal(
    (await call('PUT', '/v1/service-incidents/EX123456', admin.auth, incident)).statusCode,
    200,
    'Graph fields we do not keep are ignored',
  );
  const known = await call('POST', `/v1/support-requests/${id}/health-checks`, helpdesk);
  t.equal(known.statusCode, 201);
  t.match(known.json(), { outcome: 'known_incident', matchingIncidentIds: ['EX123456'] });

  const imported = await call('POST', '/v1/service-incidents/import', admin.auth, {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#admin/serviceAnnouncement/issues',
    value: [{ ...incident, isResolved: true, status: 'serviceRestored', endDateTime: '2026-11-20T12:00:00Z' }],
  });
  t.same(imported.json(), { imported: 1 });
  const clear = await call('POST', `/v1/support-requests/${id}/health-checks`, helpdesk);
  t.match(clear.json(), { outcome: 'clear', matchingIncidentIds: [] });
  t.match((await call('GET', `/v1/support-requests/${id}`, helpdesk)).json<Resource>().healthCheck, {
    outcome: 'clear',
  });

  const noResolution = await move(id, helpdesk, { to: 'resolved' });
  t.equal(noResolution.statusCode, 400);
  t.equal(noResolution.json<Problem>().errors[0]?.path, '/body/resolution');
  const resolved = await move(id, helpdesk, {
    to: 'resolved',
    resolution: { code: 'fixed-by-microsoft', summary: 'Service restored.' },
  });
  t.match(resolved.json(), { state: 'resolved', resolution: { code: 'fixed-by-microsoft' }, sla: { status: 'met' } });

  const reopened = await move(id, portal, { to: 'in_progress', reason: 'It happens again' });
  t.equal(reopened.statusCode, 200);
  t.match(reopened.json(), { state: 'in_progress', resolution: null });

  await move(id, helpdesk, { to: 'resolved', resolution: { code: 'fixed', summary: 'Connector recreated.' } });
  const confirmed = await move(id, portal, { to: 'closed' });
  t.match(confirmed.json(), { state: 'closed', sla: { status: 'met' } });
  for (const to of ['in_progress', 'resolved', 'cancelled']) {
    const again = await move(id, helpdesk, { to, reason: 'x', resolution: { code: 'x', summary: 'x' } });
    t.equal(again.statusCode, 409, `closed → ${to}`);
    t.equal(again.json<Problem>().code, 'invalid-transition');
  }

  const history = (await call('GET', `/v1/support-requests/${id}/events?limit=100`, helpdesk)).json<
    Page<{ type: string; data: { to?: string } }>
  >();
  t.same(
    history.data.map((e) => e.type.replace('support_request.', '') + (e.data.to ? `:${e.data.to}` : '')),
    [
      'created',
      'state_changed:in_progress',
      'state_changed:awaiting_customer',
      'note_added',
      'state_changed:in_progress',
      'diagnosed',
      'health_checked',
      'health_checked',
      'state_changed:resolved',
      'state_changed:in_progress',
      'state_changed:resolved',
      'state_changed:closed',
    ],
  );
  t.match(history.data[2], {
    actor: { kind: 'api_key', role: 'helpdesk_agent' },
    data: { from: 'in_progress', reason: 'Which mailboxes?' },
  });
  const customerHistory = (await call('GET', `/v1/support-requests/${id}/events?limit=100`, portal)).json<
    Page<{ type: string }>
  >();
  t.notOk(
    customerHistory.data.some((e) => ['support_request.diagnosed', 'support_request.health_checked'].includes(e.type)),
    'customers see their public side only',
  );
  const seenByCustomer = (await call('GET', `/v1/support-requests/${id}`, portal)).json<Resource>();
  t.match(seenByCustomer, { diagnosis: null, healthCheck: null, assigneeId: null });
});

t.test('customers never see internal notes, and write public ones only', async (t) => {
  const { call, helpdesk, portal, customer } = await setup(t);
  const id = (await call('POST', '/v1/support-requests', helpdesk, newRequest(customer.id))).json<Resource>().id;
  await call('POST', `/v1/support-requests/${id}/notes`, helpdesk, {
    text: 'Customer tenant misconfigured, do not tell them yet',
    visibility: 'internal',
  });
  await call('POST', `/v1/support-requests/${id}/notes`, helpdesk, { text: 'We are on it.', visibility: 'public' });
  const agentView = (await call('GET', `/v1/support-requests/${id}/notes`, helpdesk)).json<
    Page<{ visibility: string }>
  >();
  t.same(
    agentView.data.map((n) => n.visibility),
    ['internal', 'public'],
  );
  const customerView = (await call('GET', `/v1/support-requests/${id}/notes`, portal)).json<Page<{ text: string }>>();
  t.same(
    customerView.data.map((n) => n.text),
    ['We are on it.'],
  );
  const internal = await call('POST', `/v1/support-requests/${id}/notes`, portal, {
    text: 'psst',
    visibility: 'internal',
  });
  t.equal(internal.statusCode, 403);
  const request = (await call('GET', `/v1/support-requests/${id}`, helpdesk)).json<SupportRequestResource>();
  t.ok(request.sla.firstRespondedAt, "the partner's first public note is the first response");
  const events = (await call('GET', `/v1/support-requests/${id}/events`, portal)).json<Page<EventResource>>();
  t.equal(
    events.data.filter((e) => e.type === 'support_request.note_added').length,
    1,
    'the internal note event is hidden too',
  );
});

t.test('20 concurrent transitions with the same If-Match: exactly one wins', async (t) => {
  const { call, helpdesk, customer } = await setup(t);
  const id = (await call('POST', '/v1/support-requests', helpdesk, newRequest(customer.id))).json<Resource>().id;
  const responses = await Promise.all(
    Array.from({ length: 20 }, () =>
      call('POST', `/v1/support-requests/${id}/transitions`, helpdesk, { to: 'in_progress' }, { 'if-match': '"1"' }),
    ),
  );
  const codes = responses.map((r) => r.statusCode);
  t.equal(codes.filter((c) => c === 200).length, 1);
  t.ok(
    codes.every((c) => c === 200 || c === 412 || c === 409),
    codes.join(','),
  );
  const events = (await call('GET', `/v1/support-requests/${id}/events`, helpdesk)).json<Page<EventResource>>();
  t.equal(events.data.filter((e) => e.type === 'support_request.state_changed').length, 1);
});

t.test(
  "a create's insert and a transition's update carry the commit; the update records its event and is prepared; a PATCH's is planned for its call",
  async (t) => {
    const { pool, call, helpdesk, customer } = await setup(t);
    // Every statement the pool's connections run from here on, with its name when it is prepared,
    // and the statements still unanswered when it was issued.
    type Issued = { text: string; name?: string; answered?: true; unansweredBefore: Issued[] };
    const statements: Issued[] = [];
    pool.on('acquire', (client) => {
      const tracked = client as typeof client & { tracked?: true };
      if (tracked.tracked) return;
      tracked.tracked = true;
      const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown> | undefined;
      (client as unknown as { query: typeof query }).query = (...args) => {
        const [first] = args;
        const issued: Issued = {
          ...(typeof first === 'string' ? { text: first } : (first as { text: string; name?: string })),
          unansweredBefore: statements.filter((statement) => !statement.answered),
        };
        statements.push(issued);
        const answer = query(...args);
        // A query given a callback (the pool's own, for an API key) returns nothing to wait on.
        if (answer instanceof Promise) void answer.finally(() => (issued.answered = true)).catch(() => undefined);
        else issued.answered = true;
        return answer;
      };
    });
    /** Whether the transaction's commit left behind the statement matching `pattern`, before its answer. */
    const commitRodeWith = (pattern: RegExp) => {
      const commit = statements.at(-1)!;
      const carrier = statements.findLast(({ text }) => pattern.test(text));
      return commit.text === 'commit' && carrier !== undefined && commit.unansweredBefore.includes(carrier);
    };
    const created = await call('POST', '/v1/support-requests', helpdesk, newRequest(customer.id));
    t.equal(created.statusCode, 201);
    t.ok(commitRodeWith(/insert into support_requests/), "a create's commit leaves with its insert: one write fewer");
    const id = created.json<Resource>().id;

    statements.length = 0;
    t.equal((await call('POST', '/v1/support-requests', helpdesk, newRequest(customer.id))).statusCode, 201);
    const sent = statements.filter(({ text }) => !/^(begin|commit)\b/.test(text));
    t.same(
      sent.map(({ text }) => /^with inserted as \(\s*insert into support_requests/.test(text)),
      [true],
      'a second create for the customer does not read it again: its insert is the one statement',
    );

    statements.length = 0;
    const moved = await call('POST', `/v1/support-requests/${id}/transitions`, helpdesk, { to: 'in_progress' });
    t.equal(moved.statusCode, 200);
    const recording = statements.filter(({ text }) => text.includes('insert into events'));
    t.equal(recording.length, 1, 'one statement records an event');
    t.match(recording[0]!.text, /update support_requests/, 'the one that moves the request: one round trip fewer');
    t.ok(recording[0]!.name, 'prepared: its text depends only on the fields a move changes');
    t.ok(commitRodeWith(/update support_requests/), 'its commit leaves with the update: one write fewer');
    const events = (await call('GET', `/v1/support-requests/${id}/events`, helpdesk)).json<Page<EventResource>>();
    t.same(
      events.data.filter((e) => e.type === 'support_request.state_changed').map((e) => e.data),
      [{ from: 'new', to: 'in_progress', customerId: customer.id, externalRefs: [] }],
      'and the event is the same',
    );

    statements.length = 0;
    const patched = await call('PATCH', `/v1/support-requests/${id}`, helpdesk, { title: 'Mail flow stopped again' });
    t.equal(patched.statusCode, 200);
    const updates = statements.filter(({ text }) => text.startsWith('update support_requests'));
    t.equal(updates.length, 1);
    t.notOk(updates[0]!.name, "a PATCH's fields are its input: planned for the call, never kept per subset");
  },
);

t.test('intake: SLA coverage (R6), suspended customers (R7), roles and own customer (R1)', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const billing = await createKey(app, admin, 'billing_admin');
  const customer = await createCustomer(app, admin.auth);
  const raise = (auth: Auth, body: object) =>
    app.inject({ method: 'POST', url: '/v1/support-requests', headers: auth, payload: body });

  // R6: the partner receives every request; without SLA coverage it is received uncovered (issue 13).
  const uncovered = await raise(admin.auth, newRequest(customer.id));
  t.equal(uncovered.statusCode, 201);
  t.match(uncovered.json(), { slaCoverage: 'uncovered', sla: null, state: 'new' });

  await publishedSla(app, admin.auth, { supportTypes: ['billing', 'subscription', 'troubleshooting'] });
  const notOffered = await raise(admin.auth, newRequest(customer.id, { category: 'provisioning' }));
  t.match(notOffered.json(), { slaCoverage: 'uncovered', sla: null }, 'the SLA does not offer this type of support');
  const offered = await raise(admin.auth, newRequest(customer.id));
  t.match(offered.json(), { slaCoverage: 'covered', sla: { status: 'on_track' } });

  await app.inject({
    method: 'PUT',
    url: `/v1/customers/${customer.id}/billing-status`,
    headers: admin.auth,
    payload: { billingStatus: 'suspended', reason: 'unpaid' },
  });
  const suspended = await raise(admin.auth, newRequest(customer.id));
  t.equal(suspended.statusCode, 422);
  t.equal(suspended.json<Problem>().code, 'customer-suspended');
  const billingRequest = await raise(
    billing,
    newRequest(customer.id, { category: 'billing', title: 'Invoice question' }),
  );
  t.equal(billingRequest.statusCode, 201, 'a suspended customer may still raise billing requests');
  const subscription = await raise(
    admin.auth,
    newRequest(customer.id, { category: 'subscription', title: 'Add 10 E3 seats' }),
  );
  t.equal(subscription.statusCode, 201, 'and subscription changes (R8)');
  t.equal(
    subscription.json<SupportRequestResource>().number,
    billingRequest.json<SupportRequestResource>().number + 1,
    'numbers follow each other per partner',
  );

  const technicalByBilling = await raise(billing, newRequest(customer.id, { category: 'troubleshooting' }));
  t.equal(technicalByBilling.statusCode, 403, 'billing admins raise billing and subscription requests only');

  const other = await createCustomer(app, admin.auth);
  const portal = await createCustomerKey(app, admin, customer.id);
  const forOther = await raise(portal, newRequest(other.id, { category: 'billing' }));
  t.equal(forOther.statusCode, 422, 'a customer user raises requests for its own customer only');
  const sales = await createKey(app, admin, 'sales_agent');
  t.equal(
    (await raise(sales, newRequest(customer.id, { category: 'billing' }))).statusCode,
    201,
    'sales agents: billing',
  );
  t.equal((await raise(sales, newRequest(customer.id))).statusCode, 403, 'but nothing technical');
});

t.test('a create decides on the customer and its coverage as they are now, though intake remembers them', async (t) => {
  // Intake remembers what it read about a customer, and a change through the API does not make it
  // forget (as a change on another instance would not): the create's insert finds that the customer
  // or its coverage changed, and the create is decided again on a fresh read.
  const { app } = await build(t);
  const admin = await createPartner(app);
  const customer = await createCustomer(app, admin.auth);
  const raise = (body: object) =>
    app.inject({ method: 'POST', url: '/v1/support-requests', headers: admin.auth, payload: body });
  const change = (url: string, method: 'PATCH' | 'PUT', payload: object) =>
    app.inject({ method, url: `/v1/customers/${customer.id}${url}`, headers: admin.auth, payload });
  const billingStatus = (billingStatus: string, suspendedProducts?: string[]) =>
    change('/billing-status', 'PUT', { billingStatus, reason: 'unpaid', suspendedProducts });

  t.match((await raise(newRequest(customer.id))).json(), { slaCoverage: 'uncovered' });
  const sla = await publishedSla(app, admin.auth);
  t.match(
    (await raise(newRequest(customer.id))).json(),
    { slaCoverage: 'covered', sla: { definitionId: sla.id } },
    'the default definition published since covers it',
  );

  const contact = { name: 'Bea Billing', email: 'bea@fabrikam.example' };
  t.equal((await change('', 'PATCH', { contacts: [contact] })).statusCode, 200);
  t.match(
    (await raise(newRequest(customer.id))).json(),
    { requester: contact },
    'the requester is the first contact it has now',
  );

  const teams = newRequest(customer.id, { product: { name: 'Teams', type: 'cloud', service: 'Teams' } });
  t.equal((await billingStatus('past_due', ['Teams'])).statusCode, 200);
  t.equal((await raise(teams)).json<Problem>().code, 'customer-suspended', 'a product suspended since is refused');
  t.equal((await raise(newRequest(customer.id))).statusCode, 201, 'the others are not');
  t.equal((await billingStatus('active')).statusCode, 200);
  t.equal((await raise(teams)).statusCode, 201, 'nor is it once the suspension is lifted');
  t.equal((await billingStatus('suspended')).statusCode, 200);
  t.equal((await raise(newRequest(customer.id))).json<Problem>().code, 'customer-suspended', 'nor a whole suspension');
});

t.test('what intake remembers of a customer serves only callers who may see it', async (t) => {
  const { app, ownerUrl } = await build(t);
  const admin = await createPartner(app);
  const customer = await createCustomer(app, admin.auth);
  const other = await createCustomer(app, admin.auth);
  const raise = (auth: { authorization: string }, customerId: string, category = 'billing') =>
    app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: auth,
      payload: newRequest(customerId, { category, title: 'Invoice question' }),
    });
  // The partner's agents raised for both customers: intake remembers them.
  t.equal((await raise(admin.auth, customer.id)).statusCode, 201);
  t.equal((await raise(admin.auth, other.id)).statusCode, 201);
  const count = async () =>
    (await asOwner<{ n: number }>(ownerUrl, 'select count(*)::int as n from support_requests'))[0]!.n;
  const before = await count();

  const portal = await createCustomerKey(app, admin, customer.id);
  const forOther = await raise(portal, other.id);
  t.equal(forOther.statusCode, 422, 'a customer user still cannot raise for another customer');
  const stranger = await createPartner(app, { name: 'Fabrikam Partner', kind: 'direct' });
  const foreign = await raise(stranger.auth, customer.id);
  t.equal(foreign.statusCode, 422, "another partner cannot raise for this partner's customer");
  t.equal(foreign.json<Problem>().code, 'invalid-reference');
  t.equal(await count(), before, 'and neither created anything');
  t.equal((await raise(portal, customer.id)).statusCode, 201, 'a customer user raises for its own');
});

t.test(
  'the first-response due date follows the SLA business hours; a severity change keeps the time used',
  async (t) => {
    const { call, helpdesk, customer, sla, ownerUrl } = await setup(t, {
      hours: {
        timezone: 'Europe/Paris',
        alwaysOpen: false,
        weekly: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
          day,
          open: '09:00',
          close: '18:00',
        })),
        holidays: [],
      },
    });
    const request = (
      await call('POST', '/v1/support-requests', helpdesk, newRequest(customer.id, { severity: 'minimal' }))
    ).json<SupportRequestResource>();
    const expected = (
      await call('POST', `/v1/sla-definitions/${sla.id}/due-dates`, helpdesk, {
        openedAt: request.createdAt,
        severity: 'minimal',
      })
    ).json<Resource>();
    t.equal(request.sla.firstResponseDueAt, expected.firstResponseDueAt);
    t.equal(request.sla.resolutionDueAt, expected.resolutionDueAt);
    t.equal(request.sla.definitionVersion, 1);

    const raised = await call(
      'PATCH',
      `/v1/support-requests/${request.id}`,
      helpdesk,
      { severity: 'critical' },
      { 'if-match': '"1"' },
    );
    t.equal(raised.statusCode, 200);
    const critical = (
      await call('POST', `/v1/sla-definitions/${sla.id}/due-dates`, helpdesk, {
        openedAt: request.createdAt,
        severity: 'critical',
      })
    ).json<Resource>();
    t.match(
      raised.json(),
      { severity: 'critical', sla: critical, version: 2 },
      'the new targets count from the same opening',
    );
    const events = (await call('GET', `/v1/support-requests/${request.id}/events`, helpdesk)).json<Page>();
    t.match(events.data[1], { type: 'support_request.severity_changed', data: { from: 'minimal', to: 'critical' } });

    const refused = await call('PATCH', `/v1/support-requests/${request.id}`, helpdesk, { state: 'closed' });
    t.equal(refused.statusCode, 400, 'PATCH never changes the state');

    // A request whose first response is late is breached, and the list finds it.
    await asOwner(
      ownerUrl,
      `update support_requests set first_response_due_at = now() - interval '1 minute' where id = $1`,
      [request.id],
    );
    const breached = (await call('GET', '/v1/support-requests?slaStatus=breached', helpdesk)).json<Page>();
    t.same(
      breached.data.map((r: { id: string }) => r.id),
      [request.id],
    );
    t.same((await call('GET', '/v1/support-requests?slaStatus=on_track', helpdesk)).json<Page>().data, []);
  },
);

t.test('the reopen window: reopening after it is refused', async (t) => {
  const { call, helpdesk, portal, customer, ownerUrl } = await setup(t);
  const id = (await call('POST', '/v1/support-requests', helpdesk, newRequest(customer.id))).json<Resource>().id;
  await call('POST', `/v1/support-requests/${id}/transitions`, helpdesk, { to: 'in_progress' });
  await call('POST', `/v1/support-requests/${id}/transitions`, helpdesk, {
    to: 'resolved',
    resolution: { code: 'done', summary: 'done' },
  });
  await asOwner(ownerUrl, `update support_requests set resolved_at = now() - interval '8 days' where id = $1`, [id]);
  const late = await call('POST', `/v1/support-requests/${id}/transitions`, portal, { to: 'in_progress' });
  t.equal(late.statusCode, 409);
  t.equal(late.json<Problem>().code, 'reopen-window-expired');
  const cancel = await call('POST', `/v1/support-requests/${id}/transitions`, portal, { to: 'cancelled' });
  t.equal(cancel.statusCode, 409, 'a resolved request is not cancelled');
});

t.test('lists filter by state, customer, severity and category, newest first', async (t) => {
  const { call, helpdesk, customer } = await setup(t);
  const ids: string[] = [];
  for (const severity of ['critical', 'moderate', 'minimal', 'critical']) {
    ids.push(
      (await call('POST', '/v1/support-requests', helpdesk, newRequest(customer.id, { severity }))).json<Resource>().id,
    );
  }
  await call('POST', `/v1/support-requests/${ids[1]}/transitions`, helpdesk, { to: 'in_progress' });
  const list = async (query: string) =>
    (await call('GET', `/v1/support-requests?${query}`, helpdesk)).json<Page<{ id: string }>>().data.map((r) => r.id);
  t.same(await list(''), [...ids].reverse());
  t.same(await list('severity=critical'), [ids[3], ids[0]]);
  t.same(await list('state=in_progress'), [ids[1]]);
  t.same(await list(`customerId=${customer.id}&state=new`), [ids[3], ids[2], ids[0]]);
  t.same(await list('category=billing'), []);
  t.equal((await call('GET', '/v1/support-requests?state=open', helpdesk)).statusCode, 400);
});

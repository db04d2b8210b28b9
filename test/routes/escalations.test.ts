import t from 'tap';
import type { App } from '../../src/http/app-types.js';
import {
  asOwner,
  build,
  createCustomer,
  createCustomerKey,
  createKey,
  createPartner,
  eventually,
  newRequest,
  publishedSla,
  type PartnerFixture,
  type Problem,
  type Resource,
  type Page,
} from '../helper.js';

type Auth = { authorization: string };

async function call(app: App, method: 'GET' | 'POST' | 'PUT', url: string, auth: Auth, payload?: object) {
  return app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
}

/** A partner ready to work requests: an SLA, a customer, a helpdesk key. */
async function desk(app: App, partner?: PartnerFixture) {
  const admin = partner ?? (await createPartner(app, { name: 'Direct CSP', kind: 'direct', competency: 'gold' }));
  await publishedSla(app, admin.auth, { hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] } });
  const customer = await createCustomer(app, admin.auth);
  const helpdesk = await createKey(app, admin, 'helpdesk_agent');
  return { admin, customer, helpdesk };
}

interface Prepared {
  category?: string;
  productType?: 'cloud' | 'on_premises';
  cause?: string | null;
  healthCheck?: boolean;
  take?: boolean;
}

/** A request taken into work, diagnosed and health-checked as asked. */
async function preparedRequest(app: App, d: Awaited<ReturnType<typeof desk>>, options: Prepared = {}): Promise<string> {
  const {
    category = 'troubleshooting',
    productType = 'cloud',
    cause = 'service_bug',
    healthCheck = true,
    take = true,
  } = options;
  const product = {
    name: productType === 'cloud' ? 'Microsoft 365 E3' : 'Exchange Server 2019',
    type: productType,
    service: 'Exchange Online',
  };
  const created = await call(
    app,
    'POST',
    '/v1/support-requests',
    d.helpdesk,
    newRequest(d.customer.id, { category, product }),
  );
  const id = created.json<Resource>().id;
  if (take) await call(app, 'POST', `/v1/support-requests/${id}/transitions`, d.helpdesk, { to: 'in_progress' });
  if (take && cause)
    await call(app, 'PUT', `/v1/support-requests/${id}/diagnosis`, d.helpdesk, { cause, summary: 'Diagnosed.' });
  if (take && healthCheck) await call(app, 'POST', `/v1/support-requests/${id}/health-checks`, d.helpdesk);
  return id;
}

const plan = (app: App, admin: PartnerFixture, kind: string, extra: object = {}) =>
  call(app, 'POST', '/v1/partner/support-plans', admin.auth, {
    kind,
    validFrom: '2026-01-01T00:00:00Z',
    ...extra,
  }).then((r) => r.json<Resource>());

const escalate = (app: App, auth: Auth, supportRequestId: string, extra: object = {}) =>
  call(app, 'POST', '/v1/escalations', auth, {
    supportRequestId,
    channel: 'technical',
    summary: 'Mail flow broken after update',
    ...extra,
  });

t.test('the policy refuses, in order, everything Microsoft does not own or the partner has not done', async (t) => {
  const { app, ownerUrl } = await build(t);
  const d = await desk(app);
  const portal = await createCustomerKey(app, d.admin, d.customer.id);
  const expectRefusal = async (
    name: string,
    response: Awaited<ReturnType<typeof escalate>>,
    status: number,
    code: string,
  ) => {
    t.equal(response.statusCode, status, name);
    t.equal(response.json<Problem>().code, code, name);
  };

  const ready = await preparedRequest(app, d);
  await expectRefusal(
    'a customer user escalates',
    await escalate(app, portal, ready),
    403,
    'customers-go-through-partner',
  );
  const sales = await createKey(app, d.admin, 'sales_agent');
  await expectRefusal('a sales agent escalates', await escalate(app, sales, ready), 403, 'forbidden');
  await expectRefusal(
    'a new request',
    await escalate(app, d.helpdesk, await preparedRequest(app, d, { take: false })),
    409,
    'invalid-transition',
  );
  await expectRefusal(
    'undiagnosed',
    await escalate(app, d.helpdesk, await preparedRequest(app, d, { cause: null })),
    422,
    'diagnosis-required',
  );
  for (const cause of ['misconfiguration', 'permissions', 'usage_question', 'incomplete_integration']) {
    await expectRefusal(
      cause,
      await escalate(app, d.helpdesk, await preparedRequest(app, d, { cause })),
      422,
      'not-microsoft-owned',
    );
  }
  const unchecked = await preparedRequest(app, d, { healthCheck: false });
  await expectRefusal('no health check', await escalate(app, d.helpdesk, unchecked), 422, 'health-check-required');
  await call(app, 'POST', `/v1/support-requests/${unchecked}/health-checks`, d.helpdesk);
  await asOwner(
    ownerUrl,
    `update support_requests set health_check = jsonb_set(health_check, '{checkedAt}', to_jsonb((now() - interval '25 hours')::text)) where id = $1`,
    [unchecked],
  );
  await expectRefusal('a stale health check', await escalate(app, d.helpdesk, unchecked), 422, 'health-check-required');

  await call(app, 'PUT', '/v1/service-incidents/EX900001', d.admin.auth, {
    title: 'Mail delays',
    service: 'exchange online',
    classification: 'incident',
    status: 'serviceDegradation',
    isResolved: false,
  });
  const known = await preparedRequest(app, d);
  await expectRefusal(
    'an active matching incident',
    await escalate(app, d.helpdesk, known),
    422,
    'known-service-incident',
  );
  await call(app, 'PUT', '/v1/service-incidents/EX900001', d.admin.auth, {
    title: 'Mail delays',
    service: 'Exchange Online',
    classification: 'incident',
    status: 'serviceRestored',
    isResolved: true,
  });

  await expectRefusal(
    'no plan',
    await escalate(app, d.helpdesk, await preparedRequest(app, d)),
    422,
    'no-support-plan-coverage',
  );
  await expectRefusal(
    'a direct partner asking for an indirect provider',
    await escalate(app, d.helpdesk, ready, { target: 'indirect_provider' }),
    422,
    'wrong-escalation-target',
  );
  await plan(app, d.admin, 'advanced');
  const onPremises = await preparedRequest(app, d, { productType: 'on_premises' });
  await expectRefusal(
    'Advanced support on an on-premises product',
    await escalate(app, d.helpdesk, onPremises),
    422,
    'no-support-plan-coverage',
  );

  const escalated = await escalate(app, d.helpdesk, ready);
  t.equal(escalated.statusCode, 201, 'a cloud service bug, diagnosed and checked, under Advanced support');
  t.match(escalated.json(), {
    state: 'open',
    target: 'microsoft',
    channel: 'technical',
    targetPartnerId: null,
    supportPlanId: String,
  });
  t.equal((await call(app, 'GET', `/v1/support-requests/${ready}`, d.helpdesk)).json<Resource>().state, 'escalated');
  const again = await escalate(app, d.helpdesk, ready);
  t.equal(again.statusCode, 409);
  t.equal(again.json<Problem>().code, 'escalation-already-open');
});

t.test('six concurrent on-premises escalations against an allowance of two: exactly two succeed', async (t) => {
  const { app } = await build(t);
  const d = await desk(app);
  const incidents = await plan(app, d.admin, 'partner_network_incidents', { incidentsTotal: 2 });
  const requests = [];
  for (let i = 0; i < 6; i++) requests.push(await preparedRequest(app, d, { productType: 'on_premises' }));
  const responses = await Promise.all(requests.map((id) => escalate(app, d.helpdesk, id)));
  const codes = responses.map((r) => r.statusCode);
  t.equal(codes.filter((c) => c === 201).length, 2, codes.join(','));
  t.ok(
    responses
      .filter((r) => r.statusCode !== 201)
      .every((r) => r.json<Problem>().code === 'incident-allowance-exhausted'),
  );
  const after = (await call(app, 'GET', `/v1/partner/support-plans/${incidents.id}`, d.admin.auth)).json<Resource>();
  t.match(after, { incidentsTotal: 2, incidentsRemaining: 0 });

  // A withdrawn escalation that was never submitted gives its incident back.
  const first = responses.find((r) => r.statusCode === 201)!.json<Resource & { supportRequestId: string }>();
  const withdrawn = await call(app, 'POST', `/v1/escalations/${first.id}/transitions`, d.helpdesk, {
    to: 'withdrawn',
    note: 'Fixed meanwhile',
  });
  t.equal(withdrawn.statusCode, 200);
  t.equal(
    (await call(app, 'GET', `/v1/partner/support-plans/${incidents.id}`, d.admin.auth)).json<Resource>()
      .incidentsRemaining,
    1,
  );
  t.equal(
    (await call(app, 'GET', `/v1/support-requests/${first.supportRequestId}`, d.helpdesk)).json<Resource>().state,
    'in_progress',
  );
});

t.test('plans are chosen included-first unless one is named; signature_cloud needs gold or silver', async (t) => {
  const { app } = await build(t);
  const d = await desk(app);
  const premier = await plan(app, d.admin, 'premier');
  const signature = await plan(app, d.admin, 'signature_cloud');
  const first = await escalate(app, d.helpdesk, await preparedRequest(app, d));
  t.equal(first.json<Resource>().supportPlanId, signature.id, 'Signature Cloud before Premier');
  const named = await escalate(app, d.helpdesk, await preparedRequest(app, d), { supportPlanId: premier.id });
  t.equal(named.json<Resource>().supportPlanId, premier.id);

  const silverless = await createPartner(app, { name: 'No competency', kind: 'direct' });
  const other = await desk(app, silverless);
  await plan(app, silverless, 'signature_cloud');
  const refused = await escalate(app, other.helpdesk, await preparedRequest(app, other));
  t.equal(
    refused.json<Problem>().code,
    'no-support-plan-coverage',
    'Signature Cloud needs a gold or silver competency',
  );
});

t.test('commercial escalations: billing goes with no plan, configuration does not', async (t) => {
  const { app } = await build(t);
  const d = await desk(app);
  const billing = await createKey(app, d.admin, 'billing_admin');
  const invoice = await preparedRequest(app, d, { category: 'billing', cause: 'billing_question', healthCheck: false });
  const commercial = await escalate(app, billing, invoice, { channel: 'commercial' });
  t.equal(commercial.statusCode, 201);
  t.match(commercial.json(), { channel: 'commercial', supportPlanId: null, target: 'microsoft' });
  const configuration = await preparedRequest(app, d, { category: 'configuration', cause: 'misconfiguration' });
  const refused = await escalate(app, d.admin.auth, configuration, { channel: 'commercial' });
  t.equal(refused.json<Problem>().code, 'not-commercial-category');
  const billingTechnical = await escalate(app, billing, configuration, { channel: 'technical' });
  t.equal(billingTechnical.statusCode, 403, 'billing admins escalate commercial issues only');
});

t.test('the escalation lifecycle, its events, and the Partner Center request to file', async (t) => {
  const { app } = await build(t);
  const d = await desk(app);
  await plan(app, d.admin, 'premier');
  const requestId = await preparedRequest(app, d);
  const contact = { name: 'Hedy Helpdesk', email: 'hedy@partner.example', phone: '+33 1 00 00 00 00' };
  const escalation = (await escalate(app, d.helpdesk, requestId, { supportTopicId: '32444671', contact })).json<
    Resource & { evidence: { timeline: unknown[] } }
  >();
  const move = (body: object, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: `/v1/escalations/${escalation.id}/transitions`,
      headers: { ...d.helpdesk, ...headers },
      payload: body,
    });

  const filing = (
    await call(app, 'GET', `/v1/escalations/${escalation.id}/partner-center-request`, d.helpdesk)
  ).json<Resource>();
  t.match(filing, {
    Title: 'Exchange Online: Mail flow stopped',
    Severity: 'critical',
    SupportTopicId: '32444671',
    ProductName: 'Microsoft 365 E3',
    // The partner's contact, never the customer's (R9): the customer is named in the description only.
    PrimaryContact: { FirstName: 'Hedy', LastName: 'Helpdesk', Email: contact.email, PhoneNumber: contact.phone },
    Description: new RegExp(
      `requester \\(reference only; contact the partner\\): Ada Admin, ${d.customer.contacts[0].email}`,
    ),
    Notes: new RegExp(`Customer tenant: ${d.customer.tenantId}[\\s\\S]*Diagnosis: service_bug`),
  });
  t.match(escalation.evidence, {
    customerTenantId: d.customer.tenantId,
    diagnosis: { cause: 'service_bug', ownership: 'microsoft' },
    healthCheck: { outcome: 'clear' },
    product: { type: 'cloud', service: 'Exchange Online' },
  });
  t.ok(escalation.evidence.timeline.length >= 4, 'the timeline is snapshotted');

  const missingCase = await move({ to: 'submitted' });
  t.equal(missingCase.statusCode, 400);
  const submitted = await move({ to: 'submitted', externalCaseId: '2611210040001234' }, { 'if-match': '"1"' });
  t.match(submitted.json(), { state: 'submitted', externalCaseId: '2611210040001234', version: 2 });
  t.equal((await move({ to: 'attention_needed' }, { 'if-match': '"1"' })).statusCode, 412);
  t.equal((await move({ to: 'attention_needed' })).json<Resource>().state, 'attention_needed');
  t.equal((await move({ to: 'submitted' })).json<Resource>().state, 'submitted');
  t.equal((await move({ to: 'open' })).statusCode, 400, 'open is not a state a caller may request');
  const resolved = await move({ to: 'resolved', note: 'Microsoft rolled back the transport update.' });
  t.match(resolved.json(), { state: 'resolved', outcome: 'Microsoft rolled back the transport update.' });
  t.equal((await move({ to: 'withdrawn' })).statusCode, 409, 'resolved is final');
  t.equal(
    (await call(app, 'GET', `/v1/support-requests/${requestId}`, d.helpdesk)).json<Resource>().state,
    'in_progress',
    'the partner closes it with the customer',
  );

  const filtered = async (query: string) =>
    (await call(app, 'GET', `/v1/escalations?${query}`, d.helpdesk)).json<Page>().data.length;
  t.equal(await filtered('state=resolved'), 1);
  t.equal(await filtered('state=open'), 0);
  t.equal(await filtered(`supportRequestId=${requestId}&channel=technical&target=microsoft`), 1);
  t.equal(await filtered('channel=commercial'), 0);

  const portal = await createCustomerKey(app, d.admin, d.customer.id);
  t.equal(
    (await call(app, 'GET', `/v1/escalations/${escalation.id}`, portal)).statusCode,
    404,
    'customers never see escalations',
  );
  t.equal((await call(app, 'GET', '/v1/escalations', portal)).statusCode, 404);
  const requestEvents = (
    await call(app, 'GET', `/v1/support-requests/${requestId}/events?limit=100`, portal)
  ).json<Resource>();
  t.notOk(JSON.stringify(requestEvents).includes(escalation.id), 'nor any trace of them in their history');
});

t.test(
  "a reseller's escalation reaches its provider, which forwards it to Microsoft; nobody else sees it",
  async (t) => {
    const { app } = await build(t);
    const provider = await createPartner(app, { name: 'Provider', kind: 'indirect_provider', competency: 'gold' });
    const resellerAdmin = await createPartner(app, {
      name: 'Reseller',
      kind: 'indirect_reseller',
      indirectProviderId: provider.partner.id,
    });
    const unrelated = await createPartner(app, { name: 'Unrelated', kind: 'direct' });
    const reseller = await desk(app, resellerAdmin);
    const requestId = await preparedRequest(app, reseller);

    const wrong = await escalate(app, reseller.helpdesk, requestId, { target: 'microsoft' });
    t.equal(wrong.statusCode, 422);
    t.equal(wrong.json<Problem>().code, 'wrong-escalation-target');
    const sent = await escalate(app, reseller.helpdesk, requestId);
    t.equal(sent.statusCode, 201, 'no plan is needed to reach the provider');
    const escalation = sent.json<Resource>();
    t.match(escalation, { target: 'indirect_provider', targetPartnerId: provider.partner.id, supportPlanId: null });

    const providerHelpdesk = await createKey(app, provider, 'helpdesk_agent');
    const inbox = (await call(app, 'GET', '/v1/escalations', providerHelpdesk)).json<Page>();
    t.equal(inbox.data.length, 1);
    t.match(inbox.data[0], {
      id: escalation.id,
      supportRequestId: null,
      evidence: { customerTenantId: reseller.customer.tenantId },
    });
    t.equal(
      (await call(app, 'GET', `/v1/support-requests/${requestId}`, providerHelpdesk)).statusCode,
      404,
      "never the reseller's request",
    );
    const byRequestId = await call(app, 'GET', `/v1/escalations?supportRequestId=${requestId}`, providerHelpdesk);
    t.same(byRequestId.json<Page>().data, [], "nor whether the reseller's request id exists");
    const ownFilter = await call(app, 'GET', `/v1/escalations?supportRequestId=${requestId}`, reseller.helpdesk);
    t.equal(ownFilter.json<Page>().data.length, 1, 'the reseller still finds its escalation by its request');
    t.equal(
      (await call(app, 'GET', `/v1/customers/${reseller.customer.id}`, providerHelpdesk)).statusCode,
      404,
      'nor its customers',
    );
    t.equal(
      (await call(app, 'GET', `/v1/support-requests/${requestId}/notes`, providerHelpdesk)).statusCode,
      404,
      'nor its notes',
    );

    // Each side makes its own moves: the target answers, the raiser withdraws.
    const byRaiser = await call(app, 'POST', `/v1/escalations/${escalation.id}/transitions`, reseller.helpdesk, {
      to: 'submitted',
      externalCaseId: 'R-1',
    });
    t.equal(byRaiser.statusCode, 403, 'the reseller does not file its own escalation with the provider');
    const byTarget = await call(app, 'POST', `/v1/escalations/${escalation.id}/transitions`, providerHelpdesk, {
      to: 'withdrawn',
    });
    t.equal(byTarget.statusCode, 403, 'the provider does not withdraw the reseller escalation');
    const providerSales = await createKey(app, provider, 'sales_agent');
    const bySales = await call(app, 'POST', `/v1/escalations/${escalation.id}/transitions`, providerSales, {
      to: 'submitted',
      externalCaseId: 'P-1',
    });
    t.equal(bySales.statusCode, 403, 'a sales agent does not work escalations');
    t.equal(
      (await call(app, 'GET', `/v1/escalations/${escalation.id}`, reseller.helpdesk)).json<Resource>().state,
      'open',
      'none of them moved it',
    );

    const noPlan = await call(app, 'POST', `/v1/escalations/${escalation.id}/forward`, providerHelpdesk, {});
    t.equal(noPlan.json<Problem>().code, 'no-support-plan-coverage', 'the provider forwards under its own plans');
    await plan(app, provider, 'premier');
    const byReseller = await call(app, 'POST', `/v1/escalations/${escalation.id}/forward`, reseller.helpdesk, {});
    t.equal(byReseller.statusCode, 403, 'only the provider forwards');
    const forwarded = await call(app, 'POST', `/v1/escalations/${escalation.id}/forward`, providerHelpdesk, {});
    t.equal(forwarded.statusCode, 201);
    const child = forwarded.json<Resource>();
    t.match(child, {
      parentEscalationId: escalation.id,
      target: 'microsoft',
      partnerId: provider.partner.id,
      state: 'open',
      supportPlanId: String,
    });
    t.match((await call(app, 'GET', `/v1/escalations/${escalation.id}`, reseller.helpdesk)).json(), {
      state: 'submitted',
      externalCaseId: child.id,
    });

    const moveChild = (body: object) =>
      call(app, 'POST', `/v1/escalations/${child.id}/transitions`, providerHelpdesk, body);
    await moveChild({ to: 'submitted', externalCaseId: '2611210040009999' });
    await moveChild({ to: 'attention_needed' });
    t.equal(
      (await call(app, 'GET', `/v1/escalations/${escalation.id}`, reseller.helpdesk)).json<Resource>().state,
      'attention_needed',
      'the child shows on the parent',
    );
    await moveChild({ to: 'submitted' });
    const done = await moveChild({ to: 'resolved', note: 'Fixed by Microsoft' });
    t.equal(done.statusCode, 200);
    t.match((await call(app, 'GET', `/v1/escalations/${escalation.id}`, reseller.helpdesk)).json(), {
      state: 'resolved',
      outcome: 'Fixed by Microsoft',
    });
    t.equal(
      (await call(app, 'GET', `/v1/support-requests/${requestId}`, reseller.helpdesk)).json<Resource>().state,
      'in_progress',
      "the reseller's request returns to work",
    );

    // A follower polls the feed: it shows an event once the transactions begun before it have ended.
    await eventually(
      async () =>
        (await call(app, 'GET', '/v1/events?subjectType=escalation&limit=100', providerHelpdesk))
          .json<Page<{ type: string; subject: { id: string } }>>()
          .data.some((e) => e.type === 'escalation.created' && e.subject.id === escalation.id),
      5_000,
      "the provider's feed to carry the events of escalations addressed to it",
    );
    t.pass("the provider's feed carries the events of escalations addressed to it");
    const providerAll = (await call(app, 'GET', '/v1/events?limit=100', providerHelpdesk)).json<
      Page<{ type: string }>
    >();
    t.notOk(
      providerAll.data.some((e) => e.type.startsWith('support_request.')),
      "but none of the reseller's requests",
    );
    for (const url of ['/v1/escalations', `/v1/escalations/${escalation.id}`, `/v1/escalations/${child.id}`]) {
      const seen = await call(app, 'GET', url, unrelated.auth);
      t.ok(
        seen.statusCode === 404 || seen.json<Partial<Page>>().data?.length === 0,
        `an unrelated partner sees nothing at ${url}`,
      );
    }
  },
);

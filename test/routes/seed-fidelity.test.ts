/**
 * Issue 13: what the Partner Center pages (../shared/seeds) oblige, no stricter and no looser,
 * each point over HTTP.
 */
import t from 'tap';
import type { App } from '../../src/http/app-types.js';
import {
  build,
  createCustomer,
  createCustomerKey,
  createKey,
  createPartner,
  newRequest,
  OPERATOR_TOKEN,
  publishedSla,
  completeSla,
  providerAndReseller,
  escalateTechnically,
  type EventResource,
  type Page,
  type Problem,
  type Resource,
  type SupportRequestResource,
} from '../helper.js';

type Auth = { authorization: string };
type Me = { keyId: string };
type Finding = { code: string; level: string } & Record<string, unknown>;
type Compliance = { compliant: boolean; findings: Finding[] };
type TrainingNeeds = { customers: (Record<string, unknown> & { requests: { id: string; cause: string }[] })[] };
type PartnerCenterRequest = { PrimaryContact: Record<string, string>; Description: string };
const operator = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const alwaysOpen = { hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] } };

async function call(
  app: App,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  auth: Auth,
  payload?: object,
) {
  return app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
}

const onPremises = (name = 'Exchange Server 2019') => ({ name, type: 'on_premises', service: 'Exchange Server' });

/** A request taken into work, diagnosed with `cause` and health-checked. */
async function diagnosedRequest(
  app: App,
  agent: Auth,
  customerId: string,
  cause: string,
  extra: Record<string, unknown> = {},
) {
  const created = await call(app, 'POST', '/v1/support-requests', agent, newRequest(customerId, extra));
  const id = created.json<Resource>().id;
  await call(app, 'POST', `/v1/support-requests/${id}/transitions`, agent, { to: 'in_progress' });
  await call(app, 'PUT', `/v1/support-requests/${id}/diagnosis`, agent, { cause, summary: 'Diagnosed.' });
  await call(app, 'POST', `/v1/support-requests/${id}/health-checks`, agent);
  return id;
}

t.test('2. partner network incidents: by competency, for the products listed, re-checked at escalation', async (t) => {
  const { app } = await build(t);
  const none = await createPartner(app, { name: 'No competency', kind: 'direct' });
  const refused = await call(app, 'POST', '/v1/partner/support-plans', none.auth, {
    kind: 'partner_network_incidents',
    validFrom: '2026-01-01T00:00:00Z',
    incidentsTotal: 5,
  });
  t.equal(refused.statusCode, 422);
  t.equal(refused.json<Problem>().code, 'plan-not-eligible', 'an MPN benefit needs gold, silver or action pack');

  const actionPack = await createPartner(app, { name: 'Action pack', kind: 'direct', competency: 'action_pack' });
  await publishedSla(app, actionPack.auth, alwaysOpen);
  const customer = await createCustomer(app, actionPack.auth);
  const recorded = await call(app, 'POST', '/v1/partner/support-plans', actionPack.auth, {
    kind: 'partner_network_incidents',
    validFrom: '2026-01-01T00:00:00Z',
    incidentsTotal: 5,
    eligibleProducts: ['Exchange Server 2019'],
  });
  t.equal(recorded.statusCode, 201);
  t.same(recorded.json<Resource>().eligibleProducts, ['Exchange Server 2019']);
  const onlyForIncidents = await call(app, 'POST', '/v1/partner/support-plans', actionPack.auth, {
    kind: 'premier',
    validFrom: '2026-01-01T00:00:00Z',
    eligibleProducts: ['Exchange Server 2019'],
  });
  t.equal(onlyForIncidents.statusCode, 400, 'eligibleProducts belong to partner network incidents plans');

  const escalate = (id: string) => escalateTechnically(app, actionPack.auth, id, 'Bug');
  const unlisted = await diagnosedRequest(app, actionPack.auth, customer.id, 'service_bug', {
    product: onPremises('SharePoint Server 2016'),
  });
  const notCovered = await escalate(unlisted);
  t.equal(
    notCovered.json<Problem>().code,
    'no-support-plan-coverage',
    'a product the plan does not list is not covered',
  );

  const listed = await diagnosedRequest(app, actionPack.auth, customer.id, 'service_bug', { product: onPremises() });
  const lost = await call(app, 'PATCH', `/v1/partners/${actionPack.partner.id}`, operator, { competency: 'none' });
  t.equal(lost.statusCode, 200);
  t.equal(lost.json<Resource>().competency, 'none');
  const lapsed = await escalate(listed);
  t.equal(lapsed.statusCode, 422);
  t.equal(lapsed.json<Problem>().code, 'plan-not-eligible', 'the competency is checked at escalation time');

  const regained = await call(app, 'PATCH', `/v1/partners/${actionPack.partner.id}`, operator, {
    competency: 'silver',
  });
  t.equal(regained.json<Resource>().competency, 'silver');
  const escalated = await escalate(listed);
  t.equal(escalated.statusCode, 201, 'a listed on-premises product under a partner with the competency');

  const events = (await call(app, 'GET', `/v1/events?subjectType=partner`, actionPack.auth)).json<
    Page<EventResource & { actor: { kind: string } }>
  >();
  t.same(
    events.data.map((e) => [e.type, e.data.from, e.data.to, e.actor.kind]),
    [
      ['partner.competency_changed', 'action_pack', 'none', 'operator'],
      ['partner.competency_changed', 'none', 'silver', 'operator'],
    ],
  );
  const byAgent = await call(app, 'PATCH', `/v1/partners/${actionPack.partner.id}`, actionPack.auth, {
    competency: 'gold',
  });
  t.equal(byAgent.statusCode, 401, "a partner's own key does not change its competency");
  const unknown = await call(app, 'PATCH', '/v1/partners/00000000-0000-4000-8000-000000000000', operator, {
    competency: 'gold',
  });
  t.equal(unknown.statusCode, 404);
});

t.test('6. roles as the billing page lists them; user_admin manages API keys only', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth, alwaysOpen);
  const customer = await createCustomer(app, admin.auth);
  const sales = await createKey(app, admin, 'sales_agent');
  const helpdesk = await createKey(app, admin, 'helpdesk_agent');

  const billing = await call(
    app,
    'POST',
    '/v1/support-requests',
    sales,
    newRequest(customer.id, { category: 'billing' }),
  );
  t.equal(billing.statusCode, 201, 'a sales agent raises a billing request');
  const technical = await call(app, 'POST', '/v1/support-requests', sales, newRequest(customer.id));
  t.equal(technical.statusCode, 403, 'but not a technical one');
  const id = billing.json<Resource>().id;
  t.equal(
    (await call(app, 'POST', `/v1/support-requests/${id}/transitions`, sales, { to: 'in_progress' })).statusCode,
    200,
  );
  const diagnosed = await call(app, 'PUT', `/v1/support-requests/${id}/diagnosis`, sales, {
    cause: 'billing_question',
    summary: 'Invoice disputed.',
  });
  t.equal(diagnosed.statusCode, 200, 'a sales agent works it');
  const commercial = await call(app, 'POST', '/v1/escalations', sales, {
    supportRequestId: id,
    channel: 'commercial',
    summary: 'Invoice dispute',
  });
  t.equal(commercial.statusCode, 201, 'and raises the commercial escalation');
  t.equal(
    (
      await call(app, 'POST', `/v1/escalations/${commercial.json<Resource>().id}/transitions`, helpdesk, {
        to: 'withdrawn',
      })
    ).statusCode,
    200,
  );
  const helpdeskCommercial = await call(app, 'POST', '/v1/escalations', helpdesk, {
    supportRequestId: id,
    channel: 'commercial',
    summary: 'Invoice dispute, again',
  });
  t.equal(helpdeskCommercial.statusCode, 201, 'a helpdesk agent raises commercial escalations too');

  const userAdmin = await createKey(app, admin, 'user_admin');
  const minted = await call(app, 'POST', '/v1/api-keys', userAdmin, { name: 'new agent', role: 'helpdesk_agent' });
  t.equal(minted.statusCode, 201, 'a user admin creates keys');
  t.equal(
    (await call(app, 'DELETE', `/v1/api-keys/${minted.json<Resource>().id}`, userAdmin)).statusCode,
    204,
    'and revokes them',
  );
  const elevated = await call(app, 'POST', '/v1/api-keys', userAdmin, { name: 'me too', role: 'admin_agent' });
  t.equal(elevated.statusCode, 403, 'but no admin_agent key');
  const adminKey = (await call(app, 'GET', '/v1/me', admin.auth)).json<Me>().keyId;
  t.equal((await call(app, 'DELETE', `/v1/api-keys/${adminKey}`, userAdmin)).statusCode, 403, 'nor revokes one');
  for (const url of ['/v1/support-requests', '/v1/customers', '/v1/sla-definitions', '/v1/escalations']) {
    t.equal((await call(app, 'GET', url, userAdmin)).statusCode, 403, `a user admin does not read ${url}`);
  }
  const assigned = await call(app, 'PATCH', `/v1/support-requests/${id}`, admin.auth, {
    assigneeId: (await call(app, 'GET', '/v1/me', userAdmin)).json<Me>().keyId,
  });
  t.equal(assigned.statusCode, 422, 'nor is it an assignee');
});

t.test('7. suspension of named products: billing and subscription only about them', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth, alwaysOpen);
  const customer = await createCustomer(app, admin.auth);
  const portal = await createCustomerKey(app, admin, customer.id);
  const suspend = await call(app, 'PUT', `/v1/customers/${customer.id}/billing-status`, admin.auth, {
    billingStatus: 'past_due',
    reason: 'Invoice 42 unpaid for 60 days',
    suspendedProducts: ['Microsoft 365 E3'],
  });
  t.equal(suspend.statusCode, 200);
  t.same(suspend.json<Resource>().suspendedProducts, ['Microsoft 365 E3']);
  const raise = (overrides: Record<string, unknown>) =>
    call(app, 'POST', '/v1/support-requests', portal, newRequest(undefined, overrides));

  const suspendedProduct = await raise({});
  t.equal(suspendedProduct.statusCode, 422);
  t.equal(
    suspendedProduct.json<Problem>().code,
    'customer-suspended',
    'no technical request about a suspended product',
  );
  const caseInsensitive = await raise({
    product: { name: 'microsoft 365 e3', type: 'cloud', service: 'Exchange Online' },
  });
  t.equal(caseInsensitive.json<Problem>().code, 'customer-suspended', 'product names compare case-insensitively');
  t.equal((await raise({ category: 'billing' })).statusCode, 201, 'billing about it is received');
  t.equal((await raise({ category: 'subscription' })).statusCode, 201, 'so is subscription');
  const other = await raise({ product: { name: 'Dynamics 365 Sales', type: 'cloud', service: 'Dynamics 365' } });
  t.equal(other.statusCode, 201, 'anything about its other products, as usual');

  const both = await call(app, 'PUT', `/v1/customers/${customer.id}/billing-status`, admin.auth, {
    billingStatus: 'suspended',
    reason: 'x',
    suspendedProducts: ['Microsoft 365 E3'],
  });
  t.equal(both.statusCode, 400, 'a whole suspension names no products');
  const whole = await call(app, 'PUT', `/v1/customers/${customer.id}/billing-status`, admin.auth, {
    billingStatus: 'suspended',
    reason: 'Unpaid for 90 days',
  });
  t.same(whole.json<Resource>().suspendedProducts, []);
  const anyProduct = await raise({ product: { name: 'Dynamics 365 Sales', type: 'cloud', service: 'Dynamics 365' } });
  t.equal(anyProduct.json<Problem>().code, 'customer-suspended', 'whole-customer suspension stays');
  const history = (await call(app, 'GET', `/v1/customers/${customer.id}/events`, admin.auth)).json<
    Page<EventResource>
  >();
  t.match(history.data.find((e) => e.type === 'customer.billing_status_changed')?.data, {
    suspendedProducts: ['Microsoft 365 E3'],
  });
});

t.test('8. the support profile tells customers how support is delivered, paid and self-served', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth, alwaysOpen);
  const customer = await createCustomer(app, admin.auth);
  const portal = await createCustomerKey(app, admin, customer.id);
  const contact = {
    email: 'support@contoso.example',
    telephone: '+33 1 23 45 67 89',
    website: 'https://contoso.example',
  };

  const before = (await call(app, 'GET', '/v1/partner/compliance', admin.auth)).json<Compliance>();
  t.ok(before.compliant === false, 'the contact is missing');
  await call(app, 'PUT', '/v1/partner/support-profile', admin.auth, contact);
  const warned = (await call(app, 'GET', '/v1/partner/compliance', admin.auth)).json<Compliance>();
  t.equal(warned.compliant, true, 'warnings do not fail compliance');
  t.same(
    warned.findings.map((f) => [f.code, f.level]),
    [
      ['no-collections-policy', 'warning'],
      ['no-self-help-links', 'warning'],
    ],
  );

  const missingProvider = await call(app, 'PUT', '/v1/partner/support-profile', admin.auth, {
    ...contact,
    deliveryModel: 'outsourced',
  });
  t.equal(missingProvider.statusCode, 400, 'outsourced support names who delivers it');
  t.equal(missingProvider.json<Problem>().errors[0]?.path, '/body/deliveryProvider');
  const profile = {
    ...contact,
    deliveryModel: 'outsourced',
    deliveryProvider: 'Northwind Support Services',
    collectionsPolicy: 'https://contoso.example/collections',
    selfHelpLinks: [
      { kind: 'documentation', title: 'Help centre', url: 'https://help.contoso.example' },
      { kind: 'status_page', title: 'Service status', url: 'https://status.contoso.example' },
      { kind: 'training', title: 'Courses', url: 'https://learn.contoso.example' },
    ],
    trainingOffers: [{ title: 'Teams for managers', description: 'Half a day, on site', url: null }],
  };
  const put = await call(app, 'PUT', '/v1/partner/support-profile', admin.auth, profile);
  t.equal(put.statusCode, 200);
  const seen = (await call(app, 'GET', '/v1/partner', portal)).json<Resource>();
  // Left out of the PUT, the language and the incident note wording take their defaults.
  t.same(
    seen.supportProfile,
    { ...profile, language: 'en', incidentResolvedNotes: {} },
    'customer users read the whole profile',
  );
  const clean = (await call(app, 'GET', '/v1/partner/compliance', admin.auth)).json<Compliance>();
  t.same(clean, { compliant: true, findings: [] });
});

t.test('9. training needs: per customer, usage questions and training needs of the period, by product', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth, alwaysOpen);
  const contoso = await createCustomer(app, admin.auth, { name: 'Contoso' });
  const fabrikam = await createCustomer(app, admin.auth, { name: 'Fabrikam' });
  const teams = { name: 'Microsoft Teams', type: 'cloud', service: 'Microsoft Teams' };
  const from = new Date(Date.now() - 60_000).toISOString();
  const usage = await diagnosedRequest(app, admin.auth, contoso.id, 'usage_question', { product: teams });
  await diagnosedRequest(app, admin.auth, contoso.id, 'training_need', { product: teams });
  await diagnosedRequest(app, admin.auth, contoso.id, 'training_need');
  await diagnosedRequest(app, admin.auth, contoso.id, 'misconfiguration');
  await diagnosedRequest(app, admin.auth, fabrikam.id, 'service_bug');
  const to = new Date(Date.now() + 60_000).toISOString();

  const report = await call(app, 'GET', `/v1/reports/training-needs?from=${from}&to=${to}`, admin.auth);
  t.equal(report.statusCode, 200);
  const { customers } = report.json<TrainingNeeds>();
  t.equal(customers.length, 1, 'only customers with such requests');
  t.match(customers[0], {
    customerId: contoso.id,
    customerName: 'Contoso',
    requestCount: 3,
    products: [
      { name: 'Microsoft Teams', count: 2 },
      { name: 'Microsoft 365 E3', count: 1 },
    ],
  });
  t.equal(customers[0]?.requests[0]?.id, usage);
  t.same(
    customers[0]?.requests.map((r) => r.cause),
    ['usage_question', 'training_need', 'training_need'],
  );

  const earlier = await call(app, 'GET', `/v1/reports/training-needs?from=2020-01-01T00:00:00Z&to=${from}`, admin.auth);
  t.same(earlier.json<TrainingNeeds>().customers, [], 'nothing diagnosed before the period');
  const backwards = await call(app, 'GET', `/v1/reports/training-needs?from=${to}&to=${from}`, admin.auth);
  t.equal(backwards.statusCode, 400);
  t.equal((await call(app, 'GET', '/v1/reports/training-needs', admin.auth)).statusCode, 400, 'the period is required');
  const portal = await createCustomerKey(app, admin, contoso.id);
  t.equal((await call(app, 'GET', `/v1/reports/training-needs?from=${from}&to=${to}`, portal)).statusCode, 403);
});

t.test('11. the target answers an open escalation directly', async (t) => {
  const { app } = await build(t);
  const { provider, reseller } = await providerAndReseller(app);
  const customer = await createCustomer(app, reseller.auth);
  for (const to of ['resolved', 'rejected']) {
    const id = await diagnosedRequest(app, reseller.auth, customer.id, 'service_bug');
    const escalation = (await escalateTechnically(app, reseller.auth, id, 'Mail flow broken')).json<Resource>();
    t.equal(escalation.state, 'open');
    const answered = await call(app, 'POST', `/v1/escalations/${escalation.id}/transitions`, provider.auth, {
      to,
      note: 'Answered without a case number.',
    });
    t.equal(answered.statusCode, 200, `open → ${to}`);
    t.equal(answered.json<Resource>().state, to);
    t.equal(answered.json<Resource>().externalCaseId, null);
    const request = (
      await call(app, 'GET', `/v1/support-requests/${id}`, reseller.auth)
    ).json<SupportRequestResource>();
    t.equal(request.state, 'in_progress', 'the request returns to the reseller');
  }
  const id = await diagnosedRequest(app, reseller.auth, customer.id, 'service_bug');
  const escalation = (await escalateTechnically(app, reseller.auth, id, 'x')).json<Resource>();
  const byRaiser = await call(app, 'POST', `/v1/escalations/${escalation.id}/transitions`, reseller.auth, {
    to: 'resolved',
  });
  t.equal(byRaiser.statusCode, 403, 'only the target answers');
});

t.test('1. intake never refuses for missing SLA coverage; a definition without billing is not published', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const draft = (
    await call(app, 'POST', '/v1/sla-definitions', admin.auth, {
      ...completeSla({ supportTypes: ['troubleshooting', 'configuration'] }),
      isDefault: true,
    })
  ).json<Resource>();
  const incomplete = await call(app, 'POST', `/v1/sla-definitions/${draft.id}/publish`, admin.auth, {});
  t.equal(incomplete.statusCode, 422);
  t.equal(incomplete.json<Problem>().code, 'sla-incomplete');
  t.same(
    incomplete.json<Problem>().missing,
    ['supportTypes.billing', 'supportTypes.subscription'],
    'names what is left out',
  );

  const customer = await createCustomer(app, admin.auth);
  const portal = await createCustomerKey(app, admin, customer.id);
  const question = await call(
    app,
    'POST',
    '/v1/support-requests',
    portal,
    newRequest(undefined, { category: 'billing', title: 'Why was I charged twice?' }),
  );
  t.equal(question.statusCode, 201, 'the billing question is received');
  t.match(question.json(), { slaCoverage: 'uncovered', sla: null, state: 'new' });
  const id = question.json<Resource>().id;

  const compliance = (await call(app, 'GET', '/v1/partner/compliance', admin.auth)).json<Compliance>();
  const finding = compliance.findings.find((f) => f.code === 'uncovered-requests');
  t.match(finding, {
    level: 'failure',
    count: 1,
    customerIds: [customer.id],
    requests: [{ id, number: question.json<SupportRequestResource>().number, customerId: customer.id }],
  });
  const feed = (await call(app, 'GET', '/v1/events?type=support_request.uncovered', admin.auth)).json<
    Page<EventResource>
  >();
  t.match(feed.data, [{ subject: { id }, data: { category: 'billing', customerId: customer.id } }]);
  const seenByCustomer = (await call(app, 'GET', `/v1/support-requests/${id}/events`, portal)).json<
    Page<EventResource>
  >();
  t.same(
    seenByCustomer.data.map((e) => e.type),
    ['support_request.created'],
    'the customer is not told',
  );

  // An uncovered request runs its whole lifecycle, without an SLA clock.
  const move = (to: string, extra: object = {}) =>
    call(app, 'POST', `/v1/support-requests/${id}/transitions`, admin.auth, { to, ...extra });
  t.equal((await move('in_progress')).statusCode, 200);
  t.equal(
    (await call(app, 'PATCH', `/v1/support-requests/${id}`, admin.auth, { severity: 'minimal' })).statusCode,
    200,
  );
  const note = await call(app, 'POST', `/v1/support-requests/${id}/notes`, admin.auth, {
    text: 'One charge is a pre-authorisation; it drops off in 3 days.',
    visibility: 'public',
  });
  t.equal(note.statusCode, 201);
  t.equal((await move('awaiting_customer')).statusCode, 200);
  t.equal((await move('in_progress')).statusCode, 200);
  const resolved = await move('resolved', { resolution: { code: 'answered', summary: 'Explained.' } });
  t.match(resolved.json(), { state: 'resolved', sla: null, slaCoverage: 'uncovered' });
  const listed = (await call(app, 'GET', '/v1/support-requests?slaStatus=met', admin.auth)).json<Page>();
  t.same(listed.data, [], 'no SLA status to filter on');
  t.equal((await move('closed')).statusCode, 200);
  const after = (await call(app, 'GET', '/v1/partner/compliance', admin.auth)).json<Compliance>();
  t.notOk(
    after.findings.some((f) => f.code === 'uncovered-requests'),
    'a closed request leaves the report',
  );
});

t.test(
  '3. a reseller takes a partner-owned problem to its provider, which forwards only what Microsoft owns',
  async (t) => {
    const { app } = await build(t);
    const { provider, reseller } = await providerAndReseller(app);
    await call(app, 'POST', '/v1/partner/support-plans', provider.auth, {
      kind: 'premier',
      validFrom: '2026-01-01T00:00:00Z',
    });
    const customer = await createCustomer(app, reseller.auth);
    const id = await diagnosedRequest(app, reseller.auth, customer.id, 'misconfiguration', {
      category: 'configuration',
    });
    const escalated = await escalateTechnically(
      app,
      reseller.auth,
      id,
      'Transport rules do not apply; we cannot see why',
    );
    t.equal(escalated.statusCode, 201, 'a partner-owned cause goes to the provider');
    t.match(escalated.json(), { target: 'indirect_provider', targetPartnerId: provider.partner.id });
    const forward = await call(
      app,
      'POST',
      `/v1/escalations/${escalated.json<Resource>().id}/forward`,
      provider.auth,
      {},
    );
    t.equal(forward.statusCode, 422);
    t.equal(
      forward.json<Problem>().code,
      'not-microsoft-owned',
      'but the provider forwards to Microsoft only what it owns',
    );
    const resolved = await call(
      app,
      'POST',
      `/v1/escalations/${escalated.json<Resource>().id}/transitions`,
      provider.auth,
      {
        to: 'resolved',
        note: 'Rule priority fixed.',
      },
    );
    t.equal(resolved.statusCode, 200, 'the provider resolves it itself');
    t.equal(
      (await call(app, 'GET', `/v1/support-requests/${id}`, reseller.auth)).json<SupportRequestResource>().state,
      'in_progress',
    );

    const direct = await createPartner(app, { name: 'Direct', kind: 'direct', competency: 'gold' });
    await publishedSla(app, direct.auth, alwaysOpen);
    await call(app, 'POST', '/v1/partner/support-plans', direct.auth, {
      kind: 'premier',
      validFrom: '2026-01-01T00:00:00Z',
    });
    const directCustomer = await createCustomer(app, direct.auth);
    const own = await diagnosedRequest(app, direct.auth, directCustomer.id, 'misconfiguration');
    const toMicrosoft = await escalateTechnically(app, direct.auth, own, 'x');
    t.equal(toMicrosoft.json<Problem>().code, 'not-microsoft-owned', 'R3 still holds where the target is Microsoft');
  },
);

t.test('5. the Partner Center request names the partner, not the customer', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app, { name: 'Contoso Partner', kind: 'direct', competency: 'gold' });
  await publishedSla(app, admin.auth, alwaysOpen);
  await call(app, 'PUT', '/v1/partner/support-profile', admin.auth, {
    email: 'support@contoso-partner.example',
    telephone: '+1 425 555 0100',
    website: 'https://contoso-partner.example',
  });
  await call(app, 'POST', '/v1/partner/support-plans', admin.auth, {
    kind: 'premier',
    validFrom: '2026-01-01T00:00:00Z',
  });
  const customer = await createCustomer(app, admin.auth, {
    contacts: [{ name: 'Carl Customer', email: 'carl@customer.example', phone: '+1 206 555 0199' }],
  });
  const id = await diagnosedRequest(app, admin.auth, customer.id, 'service_bug');
  const escalation = (await escalateTechnically(app, admin.auth, id, 'Bug')).json<Resource>();
  const filing = (
    await call(app, 'GET', `/v1/escalations/${escalation.id}/partner-center-request`, admin.auth)
  ).json<PartnerCenterRequest>();
  t.same(
    filing.PrimaryContact,
    {
      FirstName: 'Contoso',
      LastName: 'Partner',
      Email: 'support@contoso-partner.example',
      PhoneNumber: '+1 425 555 0100',
    },
    "without an agent's contact, the support profile",
  );
  t.match(filing.Description, /Carl Customer, carl@customer\.example/, 'the customer is in the description only');
  t.notMatch(JSON.stringify(filing.PrimaryContact), /carl/i);
});

t.test('10. only the partner agents who work a request are its assignees', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth, alwaysOpen);
  const customer = await createCustomer(app, admin.auth);
  const other = await createCustomer(app, admin.auth);
  const request = (
    await call(app, 'POST', '/v1/support-requests', admin.auth, newRequest(customer.id))
  ).json<Resource>();
  const keyIdOf = async (auth: Auth) => (await call(app, 'GET', '/v1/me', auth)).json<Me>().keyId;
  const assign = async (auth: Auth) =>
    call(app, 'PATCH', `/v1/support-requests/${request.id}`, admin.auth, { assigneeId: await keyIdOf(auth) });
  for (const [who, auth] of [
    ['its own customer user', await createCustomerKey(app, admin, customer.id)],
    ["another customer's user", await createCustomerKey(app, admin, other.id)],
    ['a user admin', await createKey(app, admin, 'user_admin')],
    ['a sales agent on a technical request', await createKey(app, admin, 'sales_agent')],
  ] as const) {
    const refused = await assign(auth);
    t.equal(refused.statusCode, 422, who);
    t.equal(refused.json<Problem>().code, 'invalid-assignee', who);
  }
  const helpdesk = await createKey(app, admin, 'helpdesk_agent');
  const assigned = await assign(helpdesk);
  t.equal(assigned.statusCode, 200);
  t.equal(assigned.json<Resource>().assigneeId, await keyIdOf(helpdesk));
});

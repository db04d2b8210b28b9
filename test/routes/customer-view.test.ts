/**
 * R9 as the customer reads it (issue 13, point 4), and the end-to-end scenario: what the
 * partner does with its provider and Microsoft never reaches the customer.
 */
import t, { type Test } from 'tap';
import type { App } from '../../src/http/app-types.js';
import {
  build,
  createCustomer,
  createCustomerKey,
  createKey,
  createPartner,
  newRequest,
  providerAndReseller,
  publishedSla,
  escalateTechnically,
} from '../helper.js';

type Auth = { authorization: string };
const alwaysOpen = { hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] } };

async function call(app: App, method: 'GET' | 'POST' | 'PUT', url: string, auth: Auth, payload?: object) {
  const response = await app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
  if (response.statusCode >= 500) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response;
}

/** A provider with a premier plan, and a reseller under it with an SLA, a customer and its portal key. */
async function indirectDesk(app: App) {
  const { provider, reseller } = await providerAndReseller(app);
  const premier = (
    await call(app, 'POST', '/v1/partner/support-plans', provider.auth, {
      kind: 'premier',
      validFrom: '2026-01-01T00:00:00Z',
    })
  ).json();
  const customer = await createCustomer(app, reseller.auth);
  const portal = await createCustomerKey(app, reseller, customer.id);
  const helpdesk = await createKey(app, reseller, 'helpdesk_agent');
  return { provider, premier, reseller, customer, portal, helpdesk };
}

type Desk = Awaited<ReturnType<typeof indirectDesk>>;

/** The customer raises a request; the reseller takes it, diagnoses it and checks service health. */
async function raisedAndDiagnosed(
  app: App,
  d: Desk,
  category: string,
  cause: string,
  onRaised: (id: string) => Promise<unknown> = async () => undefined,
): Promise<string> {
  const raised = await call(app, 'POST', '/v1/support-requests', d.portal, newRequest(undefined, { category }));
  const id = raised.json().id;
  await onRaised(id);
  await call(app, 'POST', `/v1/support-requests/${id}/transitions`, d.helpdesk, { to: 'in_progress' });
  await call(app, 'PUT', `/v1/support-requests/${id}/diagnosis`, d.helpdesk, { cause, summary: 'Diagnosed.' });
  await call(app, 'POST', `/v1/support-requests/${id}/health-checks`, d.helpdesk);
  return id;
}

/** Everything the customer can read of its request: the request, its history and notes, and its lists. */
async function customerReads(app: App, d: Desk, id: string) {
  const request = (await call(app, 'GET', `/v1/support-requests/${id}`, d.portal)).json();
  const events = (await call(app, 'GET', `/v1/support-requests/${id}/events?limit=100`, d.portal)).json().data;
  const notes = (await call(app, 'GET', `/v1/support-requests/${id}/notes?limit=100`, d.portal)).json().data;
  const list = (await call(app, 'GET', '/v1/support-requests?limit=100', d.portal)).json().data;
  return { request, events, notes, list };
}

/** Nothing the customer reads names an escalation, its target, Microsoft, a provider or another actor. */
function assertNothingLeaks(t: Test, d: Desk, read: Awaited<ReturnType<typeof customerReads>>, when: string) {
  const text = JSON.stringify(read);
  t.notMatch(text, /escalat/i, `${when}: no escalation`);
  t.notMatch(text, /indirect_provider|"microsoft"/, `${when}: no target`);
  t.notMatch(text, new RegExp(d.provider.partner.id), `${when}: no provider`);
  for (const actor of [...read.events.map((e: any) => e.actor), ...read.notes.map((n: any) => n.author)]) {
    t.ok(actor.kind === 'partner' || actor.role === 'customer_user', `${when}: the partner or the customer acts`);
  }
}

t.test('4. to its customer an escalated request is in progress, and nobody but the partner acts', async (t) => {
  const { app } = await build(t);
  const d = await indirectDesk(app);
  const id = await raisedAndDiagnosed(app, d, 'troubleshooting', 'service_bug');
  const escalation = (await escalateTechnically(app, d.helpdesk, id, 'Bug')).json();
  t.equal((await call(app, 'GET', `/v1/support-requests/${id}`, d.helpdesk)).json().state, 'escalated');

  const read = await customerReads(app, d, id);
  t.equal(read.request.state, 'in_progress', 'escalated reads as in_progress');
  t.equal(read.list[0].state, 'in_progress');
  const filtered = (await call(app, 'GET', '/v1/support-requests?state=in_progress', d.portal)).json();
  t.same(
    filtered.data.map((r: any) => r.id),
    [id],
    'the in_progress filter finds it',
  );
  t.same((await call(app, 'GET', '/v1/support-requests?state=escalated', d.portal)).json().data, []);
  const agentsFilter = (await call(app, 'GET', '/v1/support-requests?state=escalated', d.helpdesk)).json();
  t.same(
    agentsFilter.data.map((r: any) => r.id),
    [id],
    'agents still see escalated',
  );
  assertNothingLeaks(t, d, read, 'escalated');

  await call(app, 'POST', `/v1/escalations/${escalation.id}/transitions`, d.provider.auth, {
    to: 'rejected',
    note: 'Not a bug: a setting.',
  });
  const afterRejection = await customerReads(app, d, id);
  assertNothingLeaks(t, d, afterRejection, 'after the provider rejected it');
  t.same(
    afterRejection.events.map((e: any) => [e.type, e.data.from, e.data.to]),
    [
      ['support_request.created', undefined, undefined],
      ['support_request.state_changed', 'new', 'in_progress'],
    ],
    'the moves into and out of the escalation are not shown',
  );
  const partnerHistory = (await call(app, 'GET', `/v1/support-requests/${id}/events?limit=100`, d.helpdesk)).json();
  t.ok(
    partnerHistory.data.some((e: any) => e.data.to === 'escalated'),
    'the partner still reads its whole history',
  );
});

t.test('tried end to end: billing from a suspended customer, a reseller with its provider and Microsoft', async (t) => {
  const { app } = await build(t);

  // A direct partner whose SLA omits nothing receives a billing question from a suspended customer
  // about a suspended product.
  const direct = await createPartner(app, { name: 'Direct CSP', kind: 'direct', competency: 'gold' });
  await publishedSla(app, direct.auth, alwaysOpen);
  const suspendedCustomer = await createCustomer(app, direct.auth);
  await call(app, 'PUT', `/v1/customers/${suspendedCustomer.id}/billing-status`, direct.auth, {
    billingStatus: 'past_due',
    reason: 'Invoice 42 unpaid',
    suspendedProducts: ['Microsoft 365 E3'],
  });
  const portal = await createCustomerKey(app, direct, suspendedCustomer.id);
  const billingQuestion = await call(
    app,
    'POST',
    '/v1/support-requests',
    portal,
    newRequest(undefined, { category: 'billing', title: 'Why is my E3 access off?' }),
  );
  t.equal(billingQuestion.statusCode, 201);
  t.match(billingQuestion.json(), { slaCoverage: 'covered', sla: { status: 'on_track' } });

  // A reseller takes a partner-owned configuration problem to its provider; the provider resolves it.
  const d = await indirectDesk(app);
  const states: Record<string, string[]> = {};
  const follow = async (id: string) => {
    const read = await customerReads(app, d, id);
    assertNothingLeaks(t, d, read, `request ${read.request.number} (${read.request.state})`);
    const seen = (states[id] ??= []);
    if (seen.at(-1) !== read.request.state) seen.push(read.request.state);
    return read;
  };
  const configuration = await raisedAndDiagnosed(app, d, 'configuration', 'misconfiguration', follow);
  await follow(configuration);
  const toProvider = await escalateTechnically(
    app,
    d.helpdesk,
    configuration,
    'Conditional access policy blocks every sign-in; we cannot find why',
  );
  t.equal(toProvider.statusCode, 201);
  await follow(configuration);
  const providerAnswer = await call(
    app,
    'POST',
    `/v1/escalations/${toProvider.json().id}/transitions`,
    d.provider.auth,
    {
      to: 'resolved',
      note: 'The policy excluded the wrong group.',
    },
  );
  t.equal(providerAnswer.statusCode, 200);
  await follow(configuration);
  await call(app, 'POST', `/v1/support-requests/${configuration}/notes`, d.helpdesk, {
    text: 'We corrected your sign-in policy; please try again.',
    visibility: 'public',
  });
  await call(app, 'POST', `/v1/support-requests/${configuration}/notes`, d.helpdesk, {
    text: 'Provider case closed by their team.',
    visibility: 'internal',
  });
  await call(app, 'POST', `/v1/support-requests/${configuration}/transitions`, d.helpdesk, {
    to: 'resolved',
    resolution: { code: 'fixed', summary: 'Policy corrected.' },
  });
  const configurationRead = await follow(configuration);

  // A Microsoft-owned one is forwarded by the provider to Microsoft under the provider's premier plan.
  const bug = await raisedAndDiagnosed(app, d, 'troubleshooting', 'service_bug', follow);
  await follow(bug);
  const parent = (await escalateTechnically(app, d.helpdesk, bug, 'Mail flow stops after the latest update')).json();
  await follow(bug);
  const forwarded = await call(app, 'POST', `/v1/escalations/${parent.id}/forward`, d.provider.auth, {});
  t.equal(forwarded.statusCode, 201);
  t.match(forwarded.json(), { target: 'microsoft', supportPlanId: d.premier.id, parentEscalationId: parent.id });
  await follow(bug);
  const microsoft = await call(app, 'POST', `/v1/escalations/${forwarded.json().id}/transitions`, d.provider.auth, {
    to: 'resolved',
    note: 'Microsoft fixed the transport service.',
  });
  t.equal(microsoft.statusCode, 200);
  await follow(bug);
  t.equal((await call(app, 'GET', `/v1/escalations/${parent.id}`, d.helpdesk)).json().state, 'resolved');
  await call(app, 'POST', `/v1/support-requests/${bug}/notes`, d.helpdesk, {
    text: 'The issue is fixed; mail flows again.',
    visibility: 'public',
  });
  await call(app, 'POST', `/v1/support-requests/${bug}/transitions`, d.helpdesk, {
    to: 'resolved',
    resolution: { code: 'fixed', summary: 'Fixed upstream.' },
  });
  const bugRead = await follow(bug);

  // The customer, reading its requests throughout, sees only new → in_progress → resolved and the
  // partner's public notes.
  for (const [id, read] of [
    [configuration, configurationRead],
    [bug, bugRead],
  ] as const) {
    t.same(states[id], ['new', 'in_progress', 'resolved'], 'read throughout: new, in_progress, resolved');
    t.same(
      read.events
        .filter((e: any) => e.type.endsWith('state_changed') || e.type.endsWith('created'))
        .map((e: any) => (e.type.endsWith('created') ? 'new' : e.data.to)),
      ['new', 'in_progress', 'resolved'],
      'its history: new → in_progress → resolved',
    );
    t.same(
      read.notes.map((n: any) => [n.visibility, n.author.kind]),
      [['public', 'partner']],
      "the partner's public note, and nothing else",
    );
  }
});

/**
 * The TypeScript SDK (sdk/typescript) against the service listening on 127.0.0.1, used as a partner
 * CRM would: every call below goes over HTTP through the SDK.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import t, { type Test } from 'tap';
import {
  createClient,
  etagOf,
  followEvents,
  paginate,
  PartnerdeskError,
  verifyWebhook,
  WebhookVerificationError,
  type Event,
} from '../../sdk/typescript/src/index.js';
import { build, eventually, OPERATOR_TOKEN, startTestJobs } from '../helper.js';
import { startReceiver } from '../support/receiver.js';

/** The service on a fresh database, listening on a free port of 127.0.0.1; its base URL. */
async function liveService(t: Test, withJobs = false): Promise<string> {
  const context = await build(t);
  if (withJobs) await startTestJobs(context);
  await context.app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(context.app.server.address() as AddressInfo).port}`;
}

/** A new direct partner; the SDK client of its admin key. */
async function partnerClient(baseUrl: string, fetch?: (request: Request) => Promise<Response>) {
  const operator = createClient({ baseUrl, apiKey: OPERATOR_TOKEN });
  const { data, error } = await operator.POST('/v1/partners', {
    body: { name: 'Contoso Cloud Services', kind: 'direct', competency: 'gold' },
  });
  if (error) throw new PartnerdeskError(400, error);
  return createClient({ baseUrl, apiKey: data.apiKey.key, ...(fetch ? { fetch } : {}) });
}

let customers = 0;
function newCustomer() {
  customers++;
  return {
    name: `Fabrikam ${customers} SAS`,
    domain: `fabrikam${customers}.onmicrosoft.com`,
    tenantId: randomUUID(),
    contacts: [{ name: 'Camille Martin', email: `camille${customers}@fabrikam.example` }],
  };
}

t.test('the CRM flow, from partner to escalation, then the event feed in order', async (t) => {
  const baseUrl = await liveService(t);
  const desk = await partnerClient(baseUrl);
  const alwaysOpen = { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] };
  const target = { firstResponseMinutes: 60, resolutionMinutes: 480 };

  const plan = await desk.POST('/v1/partner/support-plans', {
    body: { kind: 'premier', validFrom: '2026-01-01T00:00:00Z' },
  });
  t.equal(plan.response.status, 201, 'a Premier support plan');
  const draft = await desk.POST('/v1/sla-definitions', {
    body: {
      name: 'Standard support',
      isDefault: true,
      supportTypes: ['billing', 'subscription', 'provisioning', 'configuration', 'troubleshooting', 'updates', 'usage'],
      hours: alwaysOpen,
      channels: [
        { kind: 'email', address: 'support@contoso.example', alwaysOpen: true },
        { kind: 'phone', address: '+33 1 23 45 67 89', alwaysOpen: true },
      ],
      pricing: { model: 'included', amount: 0, currency: 'EUR' },
      targets: { critical: target, moderate: target, minimal: target },
    },
  });
  if (!draft.data) throw new Error(JSON.stringify(draft.error));
  const published = await desk.POST('/v1/sla-definitions/{id}/publish', { params: { path: { id: draft.data.id } } });
  t.equal(published.data?.status, 'published');

  const customer = await desk.POST('/v1/customers', { body: newCustomer() });
  if (!customer.data) throw new Error(JSON.stringify(customer.error));
  const created = await desk.POST('/v1/support-requests', {
    body: {
      customerId: customer.data.id,
      title: 'No external mail since 09:00',
      description: 'Exchange Online: no mail from outside the organisation reaches any mailbox.',
      category: 'troubleshooting',
      product: { name: 'Microsoft 365 E3', type: 'cloud', service: 'Exchange Online' },
      severity: 'critical',
    },
  });
  if (!created.data) throw new Error(JSON.stringify(created.error));
  const path = { path: { id: created.data.id } };
  t.equal(created.data.state, 'new');

  const taken = await desk.POST('/v1/support-requests/{id}/transitions', { params: path, body: { to: 'in_progress' } });
  t.equal(taken.data?.state, 'in_progress');
  const note = await desk.POST('/v1/support-requests/{id}/notes', {
    params: path,
    body: { text: 'We are looking at your mail flow now.', visibility: 'public' },
  });
  t.equal(note.response.status, 201, 'a public note');
  const diagnosed = await desk.PUT('/v1/support-requests/{id}/diagnosis', {
    params: path,
    body: { cause: 'service_bug', summary: 'Inbound connector rejects every external message.' },
  });
  t.equal(diagnosed.data?.diagnosis?.ownership, 'microsoft', 'a service bug is Microsoft’s');
  const checked = await desk.POST('/v1/support-requests/{id}/health-checks', { params: path });
  t.equal(checked.response.status, 201, 'a service health check');
  const escalation = await desk.POST('/v1/escalations', {
    body: { supportRequestId: created.data.id, channel: 'technical', summary: 'Inbound mail rejected since 09:00' },
  });
  if (!escalation.data) throw new Error(JSON.stringify(escalation.error));
  t.equal(escalation.data.target, 'microsoft');

  const stop = new AbortController();
  const seen: Event[] = [];
  for await (const event of followEvents(desk, { signal: stop.signal, pollIntervalMs: 50, query: { limit: 3 } })) {
    seen.push(event);
    if (event.type === 'escalation.created') stop.abort();
  }
  t.same(
    seen
      .filter((event) => event.subject.id === created.data.id || event.type === 'escalation.created')
      .map((e) => e.type),
    [
      'support_request.created',
      'support_request.state_changed',
      'support_request.note_added',
      'support_request.diagnosed',
      'support_request.health_checked',
      'support_request.state_changed',
      'escalation.created',
    ],
    'the feed shows the request’s life in order, several pages long',
  );
  t.same(
    seen.map((event) => event.id),
    [...seen.map((event) => event.id)].sort(),
    'event ids grow',
  );
});

t.test('paginate walks every page at the default page size', async (t) => {
  const baseUrl = await liveService(t);
  const pagesAsked: string[] = [];
  const desk = await partnerClient(baseUrl, (request) => {
    if (request.method === 'GET') pagesAsked.push(request.url);
    return fetch(request);
  });
  const ids: string[] = [];
  for (let i = 0; i < 23; i++) {
    const { data } = await desk.POST('/v1/customers', { body: newCustomer() });
    ids.push(data!.id);
  }
  const listed: string[] = [];
  for await (const customer of paginate(desk, '/v1/customers')) listed.push(customer.id);
  t.same(listed, ids, 'every customer once, in creation order');
  t.equal(pagesAsked.length, 2, 'two pages of 20 by default');
  t.notOk(new URL(pagesAsked[0]!).searchParams.has('limit'), 'no limit sent');
  t.ok(new URL(pagesAsked[1]!).searchParams.has('cursor'), 'the second page by cursor');
});

t.test('optimistic updates: the ETag read goes back as ifMatch, and a stale one is refused', async (t) => {
  const desk = await partnerClient(await liveService(t));
  const created = await desk.POST('/v1/customers', { body: newCustomer() });
  const id = { path: { id: created.data!.id } };
  const read = await desk.GET('/v1/customers/{id}', { params: id });
  const etag = etagOf(read.response);
  t.ok(etag, 'a read carries an ETag');

  const renamed = await desk.PATCH('/v1/customers/{id}', {
    params: id,
    body: { name: 'Fabrikam France' },
    ifMatch: etag,
  });
  t.equal(renamed.data?.name, 'Fabrikam France');
  t.not(etagOf(renamed.response), etag, 'the write moved the version');

  const stale = await desk.PATCH('/v1/customers/{id}', { params: id, body: { name: 'Fabrikam SA' }, ifMatch: etag });
  t.equal(stale.response.status, 412);
  t.equal(stale.error?.code, 'version-mismatch');
  const after = await desk.GET('/v1/customers/{id}', { params: id });
  t.equal(after.data?.name, 'Fabrikam France', 'the stale write changed nothing');
});

t.test('a POST replayed with the same Idempotency-Key gives the same resource', async (t) => {
  const desk = await partnerClient(await liveService(t));
  const body = newCustomer();
  const idempotencyKey = randomUUID();
  const first = await desk.POST('/v1/customers', { body, idempotencyKey });
  const replay = await desk.POST('/v1/customers', { body, idempotencyKey });
  t.equal(first.response.status, 201);
  t.equal(replay.response.status, 201);
  t.equal(replay.data?.id, first.data?.id, 'one customer');
  t.equal(replay.response.headers.get('idempotent-replayed'), 'true');

  const other = await desk.POST('/v1/customers', { body: newCustomer() });
  t.equal(other.response.status, 201, 'without a key, the SDK makes one');
  t.not(other.data?.id, first.data?.id);
});

/** A stand-in service that answers each request with the next of `answers`, recording what it got. */
async function stubService(t: Test, answers: { status: number; headers?: Record<string, string> }[]) {
  const received: { at: number; idempotencyKey: string | undefined; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ at: Date.now(), idempotencyKey: request.headers['idempotency-key'] as string, body });
      const answer = answers[Math.min(received.length, answers.length) - 1]!;
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(answer.status < 300 ? body : JSON.stringify({ status: answer.status, code: 'rate-limited' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

t.test('429 and 503 are retried after Retry-After, with the same Idempotency-Key, and not forever', async (t) => {
  const stub = await stubService(t, [
    { status: 429, headers: { 'retry-after': '1' } },
    { status: 503, headers: { 'retry-after': '0' } },
    { status: 201 },
  ]);
  const client = createClient({ baseUrl: stub.baseUrl, apiKey: 'pd_test_key' });
  const body = newCustomer();
  const created = await client.POST('/v1/customers', { body });
  t.equal(created.response.status, 201, 'the third attempt succeeds');
  t.same(created.data, body);
  t.equal(stub.received.length, 3);
  t.equal(new Set(stub.received.map((r) => r.idempotencyKey)).size, 1, 'one Idempotency-Key for all attempts');
  t.ok(stub.received[0]!.idempotencyKey, 'and there is one');
  t.ok(stub.received[1]!.at - stub.received[0]!.at >= 950, 'it waited the 1 s Retry-After asked');
  t.equal(stub.received[2]!.body, stub.received[0]!.body, 'the same body each time');

  const busy = await stubService(t, [{ status: 429, headers: { 'retry-after': '0' } }]);
  const gaveUp = await createClient({ baseUrl: busy.baseUrl, apiKey: 'k', retry: { attempts: 4 } }).GET('/v1/me');
  t.equal(gaveUp.response.status, 429, 'the last answer is returned');
  t.equal(busy.received.length, 4, 'after the attempts allowed');

  const tooLong = await stubService(t, [{ status: 429, headers: { 'retry-after': '120' } }]);
  const notWaited = await createClient({ baseUrl: tooLong.baseUrl, apiKey: 'k' }).GET('/v1/me');
  t.equal(notWaited.response.status, 429);
  t.equal(tooLong.received.length, 1, 'a Retry-After beyond the wait budget is not waited for');
});

t.test('webhook deliveries verify with the subscription secret into typed events; tampered ones do not', async (t) => {
  const baseUrl = await liveService(t, true);
  const receiver = await startReceiver(t);
  const desk = await partnerClient(baseUrl);
  const subscription = await desk.POST('/v1/webhook-subscriptions', {
    body: { url: receiver.url, eventTypes: ['customer.created'] },
  });
  const secret = subscription.data!.secret;
  const customer = await desk.POST('/v1/customers', { body: newCustomer() });
  const delivery = await eventually(async () => receiver.received[0], 30_000, 'a delivery');

  const event = verifyWebhook(secret, delivery.body, delivery.headers);
  t.equal(event.type, 'customer.created');
  t.equal(event.subject.id, customer.data!.id);
  t.equal(event.id, delivery.headers['webhook-id']);

  const tampered = delivery.body.replace(customer.data!.name, 'Someone Else');
  t.not(tampered, delivery.body);
  t.throws(() => verifyWebhook(secret, tampered, delivery.headers), WebhookVerificationError, 'a changed body');
  const otherSecret = `whsec_${Buffer.from(randomUUID()).toString('base64')}`;
  t.throws(() => verifyWebhook(otherSecret, delivery.body, delivery.headers), WebhookVerificationError, 'another key');
});

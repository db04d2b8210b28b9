/**
 * `npm run check:generators`: the contract as other SDK generators and a validating proxy read it
 * (issue 14), outside `npm test` because it takes a minute or two of both CPUs.
 *
 * 1. Clients generated from openapi/openapi.json by @hey-api/openapi-ts and orval (fetch client),
 *    with a probe each (list calls without `limit`, typed `Idempotency-Key`/`If-Match`, one type
 *    per enum), compile under `tsc --strict`.
 * 2. Prism (`prism proxy --errors`) in front of the service on an embedded PostgreSQL: the story of
 *    src/schemas/examples.ts goes through it with the SDK (a reseller and its provider, Contoso
 *    France's Exchange Online outage diagnosed, checked and escalated, then forwarded to Microsoft;
 *    a billing question updated with If-Match and resolved; the event feed; a 404, a 412 and a 422),
 *    and no request or answer may break the contract (scripts/prism.ts reads Prism's verdict).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient as heyApi } from '@hey-api/openapi-ts';
import { generate as orval } from 'orval';
import { createClient, etagOf, type PartnerdeskClient } from '../sdk/typescript/src/index.js';
import { loadConfig } from '../src/config.js';
import * as ex from '../src/schemas/examples.js';
import { createLogger, startService } from '../src/server.js';
import { bin, contract, contractBoundFetch, root, run, startPrism } from './prism.js';
const OPERATOR_TOKEN = 'generators-check-operator-token';

const results: string[] = [];

async function compileGeneratedClients(work: string): Promise<void> {
  await heyApi({ input: contract, output: join(work, 'hey-api'), logs: { level: 'silent' } });
  await orval(
    {
      input: { target: contract },
      output: { target: join(work, 'orval/api.ts'), client: 'fetch', mode: 'single', headers: true },
    },
    root,
  );
  await writeFile(join(work, 'hey-api-probe.ts'), heyApiProbe);
  await writeFile(join(work, 'orval-probe.ts'), orvalProbe);
  await writeFile(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
      },
      include: ['**/*.ts'],
    }),
  );
  await run(bin('tsc'), ['-p', join(work, 'tsconfig.json')]);
  results.push('@hey-api/openapi-ts and orval clients, with their probes, compile under tsc --strict');
}

/* The probes: each @ts-expect-error must be an error, or tsc fails on it. */
const heyApiProbe = `
import { createCustomer, listSupportRequests, updateCustomer } from './hey-api/index';
import type { Event, RequestState, Severity } from './hey-api/types.gen';

export async function probe() {
  await listSupportRequests({ query: { state: 'in_progress' } });
  // @ts-expect-error a state the contract does not list
  await listSupportRequests({ query: { state: 'open' } });
  await updateCustomer({ path: { id: 'c' }, body: { name: 'Contoso France SAS' }, headers: { 'If-Match': '"4"' } });
  await createCustomer({
    body: { name: 'Contoso France SAS', domain: 'contosofrance.onmicrosoft.com', tenantId: 't' },
    headers: { 'Idempotency-Key': 'k' },
  });
  // @ts-expect-error an If-Match is a string
  await updateCustomer({ path: { id: 'c' }, body: {}, headers: { 'If-Match': 4 } });
  const severity: Severity = 'critical';
  const state: RequestState = 'escalated';
  const event = {} as Event;
  if (event.type === 'escalation.created') event.data.target satisfies 'microsoft' | 'indirect_provider';
  return [severity, state];
}
`;

const orvalProbe = `
import { createCustomer, listSupportRequests, updateCustomer, type Event, type Severity } from './orval/api';

export async function probe() {
  await listSupportRequests({ state: 'in_progress' });
  // @ts-expect-error a state the contract does not list
  await listSupportRequests({ state: 'open' });
  await updateCustomer('c', { name: 'Contoso France SAS' }, { 'If-Match': '"4"' });
  await createCustomer(
    { name: 'Contoso France SAS', domain: 'contosofrance.onmicrosoft.com', tenantId: 't' },
    { 'Idempotency-Key': 'k' },
  );
  // @ts-expect-error an If-Match is a string
  await updateCustomer('c', {}, { 'If-Match': 4 });
  const severity: Severity = 'critical';
  const event = {} as Event;
  return [severity, event.type];
}
`;

async function throughPrism(): Promise<void> {
  // A directory of its own: the database's user cannot enter `work`.
  const dataDir = await mkdtemp(join(tmpdir(), 'partnerdesk-prism-'));
  const config = loadConfig({ PARTNERDESK_DATA_DIR: dataDir, OPERATOR_TOKEN, LOG_LEVEL: 'warn' });
  const service = await startService(config, createLogger(config), { jobs: false });
  let prism: Awaited<ReturnType<typeof startPrism>> | undefined;
  try {
    await service.app.listen({ host: '127.0.0.1', port: 0 });
    prism = await startPrism(`http://127.0.0.1:${(service.app.server.address() as AddressInfo).port}`);
    const calls = await storyThrough(prism.url);
    results.push(`Prism proxy --errors: ${calls} calls of the example story, no contract violation`);
  } finally {
    prism?.stop();
    await service.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The SDK through the proxy: every call fails on a violation Prism finds, and is counted. */
function clientThrough(proxy: string, apiKey: string, count: { calls: number }): PartnerdeskClient {
  return createClient({
    baseUrl: proxy,
    apiKey,
    fetch: contractBoundFetch(count),
  });
}

/** Fails with the problem the service answered when a call did not give what the story expects. */
function expect<T>(answer: { data?: T; error?: unknown; response: Response }, status: number, what: string): T {
  assert.equal(answer.response.status, status, `${what}: ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}

async function storyThrough(proxy: string): Promise<number> {
  const count = { calls: 0 };
  const operator = clientThrough(proxy, OPERATOR_TOKEN, count);
  // Bodies are the contract's examples (test/contract-check.ts checks them against their schemas),
  // with the ids this database gave.
  const body = <T>(example: T, ids: Partial<Record<keyof T, unknown>> = {}) => ({ ...example, ...ids }) as never;

  const northwind = expect(
    await operator.POST('/v1/partners', {
      body: { name: 'Northwind Distribution', kind: 'indirect_provider', competency: 'gold' },
    }),
    201,
    'the provider',
  );
  const fabrikam = expect(
    await operator.POST('/v1/partners', { body: body(ex.newPartner, { indirectProviderId: northwind.partner.id }) }),
    201,
    'the reseller',
  );
  const provider = clientThrough(proxy, northwind.apiKey.key, count);
  const desk = clientThrough(proxy, fabrikam.apiKey.key, count);
  expect(await provider.POST('/v1/partner/support-plans', { body: body(ex.newSupportPlan) }), 201, 'a plan');
  expect(await desk.PUT('/v1/partner/support-profile', { body: body(ex.supportProfileChange) }), 200, 'profile');
  expect(await desk.GET('/v1/me'), 200, 'me');

  const draft = expect(await desk.POST('/v1/sla-definitions', { body: body(ex.newSlaDefinition) }), 201, 'a draft');
  const sla = { params: { path: { id: draft.id } } };
  expect(await desk.POST('/v1/sla-definitions/{id}/publish', sla), 200, 'published');
  expect(await desk.POST('/v1/sla-definitions/{id}/make-default', sla), 200, 'the default');
  expect(
    await desk.POST('/v1/sla-definitions/{id}/due-dates', { ...sla, body: body(ex.dueDatesRequest) }),
    200,
    'due dates',
  );
  const contoso = expect(await desk.POST('/v1/customers', { body: body(ex.newCustomer) }), 201, 'Contoso France');
  expect(await desk.GET('/v1/customers', { params: { query: { domain: ex.newCustomer.domain } } }), 200, 'found');

  const outage = expect(
    await desk.POST('/v1/support-requests', { body: body(ex.newSupportRequest, { customerId: contoso.id }) }),
    201,
    'the outage',
  );
  const request = { params: { path: { id: outage.id } } };
  expect(await desk.GET('/v1/support-requests', { params: { query: { state: 'new' } } }), 200, 'no limit sent');
  expect(
    await desk.POST('/v1/support-requests/{id}/transitions', { ...request, body: { to: 'in_progress' } }),
    200,
    'taken',
  );
  expect(await desk.POST('/v1/support-requests/{id}/notes', { ...request, body: body(ex.newNote) }), 201, 'a note');
  expect(
    await desk.PUT('/v1/support-requests/{id}/diagnosis', { ...request, body: body(ex.diagnosis) }),
    200,
    'diagnosed',
  );
  expect(await desk.POST('/v1/support-requests/{id}/health-checks', request), 201, 'health checked');
  const escalation = expect(
    await desk.POST('/v1/escalations', { body: body(ex.newEscalation, { supportRequestId: outage.id }) }),
    201,
    'escalated to Northwind',
  );
  const toProvider = { params: { path: { id: escalation.id } } };
  expect(await provider.GET('/v1/escalations', { params: { query: { state: 'open' } } }), 200, "Northwind's queue");
  expect(
    await provider.POST('/v1/escalations/{id}/transitions', { ...toProvider, body: body(ex.escalationMove) }),
    200,
    'Northwind files it',
  );
  const forwarded = expect(
    await provider.POST('/v1/escalations/{id}/forward', { ...toProvider, body: { severity: 'critical' } }),
    201,
    'forwarded to Microsoft',
  );
  expect(
    await provider.GET('/v1/escalations/{id}/partner-center-request', { params: { path: { id: forwarded.id } } }),
    200,
    'the Partner Center request',
  );
  expect(await desk.GET('/v1/support-requests/{id}/events', request), 200, "the request's history");
  expect(await desk.GET('/v1/events'), 200, 'the feed');

  const question = expect(
    await desk.POST('/v1/support-requests', { body: body(ex.newBillingQuestion, { customerId: contoso.id }) }),
    201,
    'the billing question',
  );
  const billing = { params: { path: { id: question.id } } };
  const read = await desk.GET('/v1/support-requests/{id}', billing);
  const etag = etagOf(read.response);
  expect(
    await desk.PATCH('/v1/support-requests/{id}', { ...billing, body: { severity: 'moderate' }, ifMatch: etag }),
    200,
    'updated',
  );
  expect(
    await desk.PATCH('/v1/support-requests/{id}', { ...billing, body: { severity: 'minimal' }, ifMatch: etag }),
    412,
    'stale',
  );
  expect(
    await desk.POST('/v1/escalations', { body: body(ex.newEscalation, { supportRequestId: question.id }) }),
    409,
    'a new request is not escalated',
  );
  expect(
    await desk.POST('/v1/support-requests/{id}/transitions', { ...billing, body: { to: 'in_progress' } }),
    200,
    'taken',
  );
  expect(
    await desk.POST('/v1/support-requests/{id}/transitions', { ...billing, body: body(ex.transitions.resolved) }),
    200,
    'resolved with a credit note',
  );
  expect(await desk.GET('/v1/customers/{id}', { params: { path: { id: ex.ids.customer } } }), 404, 'not ours');
  expect(
    await desk.POST('/v1/partner/support-plans', {
      body: { kind: 'signature_cloud', validFrom: '2026-01-01T00:00:00Z', incidentsTotal: 5 },
    }),
    400,
    'an incident allowance is for partner network incidents only',
  );
  const customer = { params: { path: { id: contoso.id } } };
  expect(
    await desk.PUT('/v1/customers/{id}/billing-status', {
      ...customer,
      body: { billingStatus: 'suspended', reason: 'Invoice FR-2026-10-0412 unpaid 60 days after its due date' },
    }),
    200,
    'Contoso suspended for non-payment',
  );
  expect(
    await desk.POST('/v1/support-requests', { body: body(ex.newSupportRequest, { customerId: contoso.id }) }),
    422,
    'a suspended customer raises billing and subscription requests only',
  );
  return count.calls;
}

// Last: the steps use the declarations above.
const work = await mkdtemp(join(tmpdir(), 'partnerdesk-generators-'));
try {
  await compileGeneratedClients(work);
  await throughPrism();
  process.stdout.write(`${results.map((line) => `ok  ${line}`).join('\n')}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}

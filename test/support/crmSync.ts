/**
 * A CRM sync end to end, as a partner's CRM and its ticketing system use the API through the SDK
 * (sdk/typescript): a Partner Center export imported twice, a customer upserted by its HubSpot id and
 * looked up, a request mirrored with its ServiceNow number and found by search, the webhook, the export.
 *
 * test/routes/crm-sync.test.ts runs it against the service; `npm run check:prism` runs it through
 * Prism in front of the service, with a fetch that fails on any contract violation.
 */
import { randomUUID } from 'node:crypto';
import { createClient, type components, type PartnerdeskClient } from '../../sdk/typescript/src/index.js';
import { newSlaDefinition } from '../../src/schemas/examples.js';
import { eventually } from '../helper.js';
import type { Received } from './receiver.js';

/** The assertions the flow makes: tap's `t`, or node:assert in a script. */
export interface Checks {
  equal(found: unknown, wanted: unknown, ...message: [] | [string]): unknown;
  same(found: unknown, wanted: unknown, ...message: [] | [string]): unknown;
}

export interface CrmSyncSetup {
  /** Where the service answers, or Prism in front of it. */
  baseUrl: string;
  operatorToken: string;
  fetch?: (request: Request) => Promise<Response>;
  /** A webhook receiver the service may deliver to. */
  receiver: { url: string; received: Received[] };
}

type Customer = components['schemas']['Customer'];
type Event = components['schemas']['Event'];

/** The answer's body, or a failure that says what the service answered instead. */
function body<T>(answer: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (answer.data === undefined) throw new Error(`${what}: ${answer.response.status} ${JSON.stringify(answer.error)}`);
  return answer.data;
}

export async function crmSync(t: Checks, { baseUrl, operatorToken, fetch, receiver }: CrmSyncSetup): Promise<void> {
  const client = (apiKey: string) => createClient({ baseUrl, apiKey, ...(fetch ? { fetch } : {}) });
  const created = body(
    await client(operatorToken).POST('/v1/partners', { body: { name: 'Contoso Partner', kind: 'direct' } }),
    'the partner',
  );
  const desk = client(created.apiKey.key);
  // The contract's example (test/contract-check.ts checks it against its schema), typed as plain strings there.
  const sla = { ...newSlaDefinition, isDefault: true } as never;
  const draft = body(await desk.POST('/v1/sla-definitions', { body: sla }), 'the SLA definition');
  body(await desk.POST('/v1/sla-definitions/{id}/publish', { params: { path: { id: draft.id } } }), 'published');
  const subscribed = await desk.POST('/v1/webhook-subscriptions', {
    body: { url: receiver.url, eventTypes: ['support_request.created'] },
  });
  t.equal(subscribed.response.status, 201);

  // A Partner Center customer export: 1,000 customers.
  const partnerCenterExport = Array.from({ length: 1000 }, (_, i) => ({
    id: randomUUID(),
    companyProfile: {
      tenantId: randomUUID(),
      companyName: `Client ${i}`,
      domain: `client${i}.onmicrosoft.com`,
    },
    relationshipToPartner: 'reseller',
  }));
  const runImport = async () => {
    const accepted = await desk.POST('/v1/customers/import', {
      body: partnerCenterExport.map((customer) => JSON.stringify(customer)).join('\n'),
      // NDJSON goes as it is, not as a JSON string.
      bodySerializer: (ndjson) => ndjson,
      headers: { 'content-type': 'application/x-ndjson' },
    });
    t.equal(accepted.response.status, 202, 'a large import is run in the background');
    const pending = body(accepted, 'the import');
    t.same([pending.status, pending.total, pending.results], ['pending', 1000, null]);
    t.equal(accepted.response.headers.get('location'), `/v1/imports/${pending.id}`);
    return eventually(
      async () => {
        const polled = body(await desk.GET('/v1/imports/{id}', { params: { path: { id: pending.id } } }), 'poll');
        return polled.status === 'completed' && polled;
      },
      120_000,
      'the import to complete',
    );
  };

  const first = await runImport();
  t.same(first.counts, { created: 1000, updated: 0, unchanged: 0, failed: 0 });
  t.same(
    first.results?.map((r) => r.index),
    Array.from({ length: 1000 }, (_, i) => i),
    'one result per line, in order',
  );
  const second = await runImport();
  t.same(second.counts, { created: 0, updated: 0, unchanged: 1000, failed: 0 }, 're-importing changes nothing');

  // The CRM upserts one of them by its HubSpot id: found by its tenant id, it gains the reference.
  const chosen = partnerCenterExport[417]!.companyProfile;
  const upsert = () =>
    desk.PUT('/v1/customers/by-external-ref/{system}/{externalId}', {
      params: { path: { system: 'hubspot', externalId: 'HS-417' } },
      body: { name: 'Client 417 SAS', domain: chosen.domain, tenantId: chosen.tenantId, tags: ['crm'] },
    });
  const upserted = await upsert();
  t.equal(upserted.response.status, 200);
  const customer = body(upserted, 'the upsert');
  t.equal(customer.id, first.results?.[417]?.id);
  t.same(customer.externalRefs, [{ system: 'hubspot', id: 'HS-417' }]);
  t.equal(body(await upsert(), 'again').version, customer.version, 'the same upsert twice is one change');

  const find = async (query: { tenantId?: string; domain?: string; externalRef?: string }) =>
    body(await desk.GET('/v1/customers', { params: { query } }), 'customers').data.map((c: Customer) => c.id);
  t.same(await find({ tenantId: chosen.tenantId }), [customer.id]);
  t.same(await find({ domain: chosen.domain }), [customer.id]);
  t.same(await find({ externalRef: 'hubspot:HS-417' }), [customer.id]);

  // The ticketing system mirrors a request: its ServiceNow number travels with it.
  const servicenow = { system: 'servicenow', id: 'INC0042', url: 'https://contoso.service-now.com/INC0042' };
  const request = body(
    await desk.POST('/v1/support-requests', {
      body: {
        customerId: customer.id,
        title: 'Erreur sur la facture de novembre',
        description: 'La facturation des licences Microsoft 365 est erronée depuis le changement de plan.',
        category: 'billing',
        product: { name: 'Microsoft 365 E3', type: 'cloud', service: 'Exchange Online' },
        severity: 'moderate',
        requester: { name: 'Camille Martin', email: 'camille@client417.example' },
        externalRefs: [servicenow],
      },
    }),
    'the request',
  );
  body(
    await desk.POST('/v1/support-requests/{id}/notes', {
      params: { path: { id: request.id } },
      body: { text: 'Remise commerciale accordée en interne', visibility: 'internal' },
    }),
    'the internal note',
  );

  const search = async (query: { q?: string; externalRef?: string }, as: PartnerdeskClient = desk) =>
    body(await as.GET('/v1/support-requests', { params: { query } }), 'search').data.map((r) => r.id);
  t.same(await search({ externalRef: 'servicenow:INC0042' }), [request.id]);
  t.same(await search({ q: 'erronée' }), [request.id], 'by a French word with its accents');
  t.same(await search({ q: 'erronee' }), [request.id], 'and without');
  t.same(await search({ q: 'factures' }), [request.id], 'and another form of it');
  t.same(await search({ q: 'remise' }), [request.id], 'agents find it by an internal note');
  const portal = body(
    await desk.POST('/v1/api-keys', { body: { name: 'portal', role: 'customer_user', customerId: customer.id } }),
    'the portal key',
  );
  const customerUser = client(portal.key);
  t.same(await search({ q: 'facturation' }, customerUser), [request.id]);
  t.same(await search({ q: 'remise' }, customerUser), [], 'a customer user never finds what it cannot read');

  const delivered = await eventually(
    async () => receiver.received.find((r) => (JSON.parse(r.body) as Event).subject.id === request.id),
    30_000,
    'the webhook',
  );
  const payload = JSON.parse(delivered.body) as Event;
  t.equal(payload.type, 'support_request.created');
  t.same((payload.data as { externalRefs?: unknown }).externalRefs, [servicenow], 'the webhook carries the references');

  const exported = await desk.GET('/v1/support-requests/export', { parseAs: 'text' });
  t.equal(exported.response.status, 200);
  const lines = body(exported, 'the export')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as components['schemas']['SupportRequest']);
  t.same(
    lines.map((r) => [r.id, r.externalRefs]),
    [[request.id, [servicenow]]],
    'the export has it, with its references',
  );
}

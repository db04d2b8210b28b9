import { randomUUID } from 'node:crypto';
import t from 'tap';
import {
  build,
  createCustomerKey,
  createPartner,
  eventually,
  newRequest,
  publishedSla,
  startTestJobs,
  type CustomerResource,
  type EventResource,
  type ImportResource,
  type Page,
  type Resource,
} from '../helper.js';
import { startReceiver } from '../support/receiver.js';

t.test('a CRM sync end to end: import, re-import, upsert, lookup, reference, search, webhook, export', async (t) => {
  const context = await build(t);
  const { app } = context;
  await startTestJobs(context);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const receiver = await startReceiver(t);
  const subscribed = await app.inject({
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    headers: admin.auth,
    payload: { url: receiver.url, eventTypes: ['support_request.created'] },
  });
  t.equal(subscribed.statusCode, 201);

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
    const accepted = await app.inject({
      method: 'POST',
      url: '/v1/customers/import',
      headers: { ...admin.auth, 'content-type': 'application/x-ndjson' },
      payload: partnerCenterExport.map((c) => JSON.stringify(c)).join('\n'),
    });
    t.equal(accepted.statusCode, 202, 'a large import is run in the background');
    t.match(accepted.json(), { status: 'pending', total: 1000, results: null });
    const location = accepted.headers.location as string;
    t.equal(location, `/v1/imports/${accepted.json<ImportResource>().id}`);
    return eventually(
      async () => {
        const polled = (await app.inject({ url: location, headers: admin.auth })).json<ImportResource>();
        return polled.status === 'completed' && polled;
      },
      120_000,
      'the import to complete',
    );
  };

  const first = await runImport();
  t.same(first.counts, { created: 1000, updated: 0, unchanged: 0, failed: 0 });
  t.same(
    first.results.map((r) => r.index),
    Array.from({ length: 1000 }, (_, i) => i),
    'one result per line, in order',
  );
  const second = await runImport();
  t.same(second.counts, { created: 0, updated: 0, unchanged: 1000, failed: 0 }, 're-importing changes nothing');

  // The CRM upserts one of them by its HubSpot id: found by its tenant id, it gains the reference.
  const chosen = partnerCenterExport[417]!.companyProfile;
  const upserted = await app.inject({
    method: 'PUT',
    url: '/v1/customers/by-external-ref/hubspot/HS-417',
    headers: admin.auth,
    payload: { name: 'Client 417 SAS', domain: chosen.domain, tenantId: chosen.tenantId, tags: ['crm'] },
  });
  t.equal(upserted.statusCode, 200);
  const customer = upserted.json<CustomerResource>();
  t.equal(customer.id, first.results[417]!.id);
  t.same(customer.externalRefs, [{ system: 'hubspot', id: 'HS-417' }]);
  const again = await app.inject({
    method: 'PUT',
    url: '/v1/customers/by-external-ref/hubspot/HS-417',
    headers: admin.auth,
    payload: { name: 'Client 417 SAS', domain: chosen.domain, tenantId: chosen.tenantId, tags: ['crm'] },
  });
  t.equal(again.json<CustomerResource>().version, customer.version, 'the same upsert twice is one change');

  const find = async (query: string) =>
    (await app.inject({ url: `/v1/customers?${query}`, headers: admin.auth })).json<Page>().data.map((c) => c.id);
  t.same(await find(`tenantId=${chosen.tenantId}`), [customer.id]);
  t.same(await find(`domain=${chosen.domain}`), [customer.id]);
  t.same(await find('externalRef=hubspot:HS-417'), [customer.id]);

  // The ticketing system mirrors a request: its ServiceNow number travels with it.
  const servicenow = { system: 'servicenow', id: 'INC0042', url: 'https://contoso.service-now.com/INC0042' };
  const raised = await app.inject({
    method: 'POST',
    url: '/v1/support-requests',
    headers: admin.auth,
    payload: newRequest(customer.id, {
      title: 'Erreur sur la facture de novembre',
      description: 'La facturation des licences Microsoft 365 est erronée depuis le changement de plan.',
      category: 'billing',
      severity: 'moderate',
      requester: { name: 'Camille Martin', email: 'camille@client417.example' },
      externalRefs: [servicenow],
    }),
  });
  t.equal(raised.statusCode, 201);
  const request = raised.json<Resource>();
  await app.inject({
    method: 'POST',
    url: `/v1/support-requests/${request.id}/notes`,
    headers: admin.auth,
    payload: { text: 'Remise commerciale accordée en interne', visibility: 'internal' },
  });

  const search = async (query: string, auth = admin.auth) =>
    (await app.inject({ url: `/v1/support-requests?${query}`, headers: auth })).json<Page>().data.map((r) => r.id);
  t.same(await search('externalRef=servicenow:INC0042'), [request.id]);
  t.same(await search('q=erron%C3%A9e'), [request.id], 'by a French word with its accents');
  t.same(await search('q=erronee'), [request.id], 'and without');
  t.same(await search('q=factures'), [request.id], 'and another form of it');
  t.same(await search('q=remise'), [request.id], 'agents find it by an internal note');
  const customerUser = await createCustomerKey(app, admin, customer.id);
  t.same(await search('q=facturation', customerUser), [request.id]);
  t.same(await search('q=remise', customerUser), [], 'a customer user never finds what it cannot read');

  const delivered = await eventually(
    async () => receiver.received.find((r) => (JSON.parse(r.body) as EventResource).subject.id === request.id),
    30_000,
    'the webhook',
  );
  const payload = JSON.parse(delivered.body) as EventResource;
  t.equal(payload.type, 'support_request.created');
  t.same(payload.data.externalRefs, [servicenow], 'the webhook carries the references');

  const exported = await app.inject({ url: '/v1/support-requests/export', headers: admin.auth });
  t.equal(exported.statusCode, 200);
  const lines = exported.body
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Resource);
  t.same(
    lines.map((r) => [r.id, r.externalRefs]),
    [[request.id, [servicenow]]],
    'the export has it, with its references',
  );
});

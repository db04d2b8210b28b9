import { randomUUID } from 'node:crypto';
import t from 'tap';
import {
  build,
  createCustomer,
  createKey,
  createPartner,
  publishedSla,
  type EventResource,
  type ImportResource,
  type Page,
  type Problem,
  type Resource,
} from '../helper.js';

t.test(
  'POST /v1/customers/import: both shapes, JSON or NDJSON, one result per line, re-running changes nothing',
  async (t) => {
    const { app } = await build(t);
    const admin = await createPartner(app);
    await publishedSla(app, admin.auth);
    const existing = await createCustomer(app, admin.auth, { name: 'Old name' });
    const tenants = [randomUUID(), randomUUID()];
    const items = [
      {
        companyProfile: {
          tenantId: tenants[0],
          companyName: 'Adatum',
          domain: 'adatum.onmicrosoft.com',
          email: 'x@y.z',
        },
      },
      {
        name: 'Litware',
        domain: 'litware.onmicrosoft.com',
        tenantId: tenants[1],
        externalRefs: [{ system: 'hubspot', id: '7' }],
      },
      { companyProfile: { tenantId: existing.tenantId, companyName: 'New name', domain: existing.domain } },
      { name: 'No tenant', domain: 'notenant.onmicrosoft.com' },
      {
        name: 'Clash',
        domain: 'clash.onmicrosoft.com',
        tenantId: randomUUID(),
        externalRefs: [
          { system: 'hubspot', id: '7' },
          { system: 'hubspot', id: '7' },
        ],
      },
    ];
    const imported = await app.inject({
      method: 'POST',
      url: '/v1/customers/import',
      headers: admin.auth,
      payload: items,
    });
    t.equal(imported.statusCode, 200, imported.body.slice(0, 300));
    const first = imported.json<ImportResource>();
    t.match(first, { status: 'completed', total: 5, counts: { created: 2, updated: 1, unchanged: 0, failed: 2 } });
    t.same(
      first.results.map((r) => [r.index, r.status]),
      [
        [0, 'created'],
        [1, 'created'],
        [2, 'updated'],
        [3, 'failed'],
        [4, 'failed'],
      ],
    );
    t.equal(first.results[2]!.id, existing.id, 'matched on the tenant id');
    t.match(first.results[3], { id: null, problem: { code: 'validation-failed' } });
    t.match(first.results[4], { id: null, problem: { code: 'validation-failed', detail: /repeats a reference/ } });
    const adatum = (
      await app.inject({ url: `/v1/customers/${first.results[0]!.id!}`, headers: admin.auth })
    ).json<Resource>();
    t.match(adatum, { name: 'Adatum', domain: 'adatum.onmicrosoft.com', tenantId: tenants[0] });
    const all = (await app.inject({ url: '/v1/customers', headers: admin.auth })).json<Page>().data;
    t.equal(all.length, 3, 'no customer of a failed line was written');

    const polled = await app.inject({ url: `/v1/imports/${first.id}`, headers: admin.auth });
    t.same(polled.json(), first, 'the import can be read again');

    const ndjson = `${items
      .slice(0, 3)
      .map((item) => JSON.stringify(item))
      .join('\n')}\n{not json\n\n`;
    const again = await app.inject({
      method: 'POST',
      url: '/v1/customers/import',
      headers: { ...admin.auth, 'content-type': 'application/x-ndjson' },
      payload: ndjson,
    });
    t.equal(again.statusCode, 200, again.body.slice(0, 300));
    t.same(
      again.json<ImportResource>().results.map((r) => r.status),
      ['unchanged', 'unchanged', 'unchanged', 'failed'],
      're-running changes nothing; an unreadable line fails alone',
    );
    t.equal(again.json<ImportResource>().results[3]!.problem!.code, 'malformed-body');
    const history = (await app.inject({ url: `/v1/customers/${existing.id}/events`, headers: admin.auth })).json<
      Page<EventResource>
    >();
    t.same(
      history.data.map((e) => e.type),
      ['customer.created', 'customer.updated'],
    );

    const matchedByRef = await app.inject({
      method: 'POST',
      url: '/v1/customers/import',
      headers: admin.auth,
      payload: [
        {
          name: 'Litware Inc',
          domain: 'litware.onmicrosoft.com',
          tenantId: randomUUID(),
          externalRefs: [{ system: 'hubspot', id: '7' }],
        },
      ],
    });
    t.match(
      matchedByRef.json<ImportResource>().results,
      [{ status: 'updated', id: first.results[1]!.id }],
      'matched on the reference first',
    );

    for (const [payload, status, code] of [
      [[], 400, 'validation-failed'],
      [{ name: 'not an array' }, 400, 'validation-failed'],
    ] as const) {
      const refused = await app.inject({ method: 'POST', url: '/v1/customers/import', headers: admin.auth, payload });
      t.equal(refused.statusCode, status);
      t.equal(refused.json<Problem>().code, code);
    }
    const tooMany = await app.inject({
      method: 'POST',
      url: '/v1/customers/import',
      headers: admin.auth,
      payload: Array.from({ length: 10_001 }, () => ({})),
    });
    t.equal(tooMany.statusCode, 400, 'at most 10,000 customers');
    const helpdesk = await createKey(app, admin, 'helpdesk_agent');
    t.equal(
      (await app.inject({ method: 'POST', url: '/v1/customers/import', headers: helpdesk, payload: items })).statusCode,
      403,
    );
    t.equal((await app.inject({ url: `/v1/imports/${first.id}`, headers: helpdesk })).statusCode, 403);
    const other = await createPartner(app);
    t.equal((await app.inject({ url: `/v1/imports/${first.id}`, headers: other.auth })).statusCode, 404);
  },
);

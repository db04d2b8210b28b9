import { randomUUID } from 'node:crypto';
import t from 'tap';
import {
  build,
  createCustomer,
  createPartner,
  publishedSla,
  type CustomerResource,
  type EventResource,
  type Page,
  type Problem,
} from '../helper.js';

type VersionedCustomer = CustomerResource & { version: number };

t.test('PUT /v1/customers/by-external-ref creates, updates, changes nothing when nothing differs', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const tenantId = randomUUID();
  const record = { name: 'Northwind', domain: 'northwind.onmicrosoft.com', tenantId, tags: ['vip', 'crm'] };
  const put = (body: object, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'PUT',
      url: '/v1/customers/by-external-ref/hubspot/98765',
      headers: { ...admin.auth, ...headers },
      payload: body,
    });

  const ifMatchOnNone = await put(record, { 'if-match': '"1"' });
  t.equal(ifMatchOnNone.statusCode, 412, 'If-Match names a version of a customer that does not exist');

  const created = await put(record);
  t.equal(created.statusCode, 201);
  const customer = created.json<VersionedCustomer>();
  t.equal(created.headers.location, `/v1/customers/${customer.id}`);
  t.same(customer.externalRefs, [{ system: 'hubspot', id: '98765' }], 'the reference of the path is kept');
  t.same(customer.tags, ['crm', 'vip']);

  const same = await put(record);
  t.equal(same.statusCode, 200);
  t.equal(same.json<VersionedCustomer>().version, customer.version, 'the same record changes nothing');
  t.equal(same.headers.etag, `"${customer.version}"`);

  const stale = await put({ ...record, name: 'Northwind Traders' }, { 'if-match': '"99"' });
  t.equal(stale.statusCode, 412);
  t.equal(stale.json<Problem>().code, 'version-mismatch');
  const renamed = await put({ ...record, name: 'Northwind Traders' }, { 'if-match': `"${customer.version}"` });
  t.equal(renamed.statusCode, 200);
  t.match(renamed.json(), { id: customer.id, name: 'Northwind Traders', version: customer.version + 1 });

  const history = (await app.inject({ url: `/v1/customers/${customer.id}/events`, headers: admin.auth })).json<
    Page<EventResource>
  >();
  t.same(
    history.data.map((e) => e.type),
    ['customer.created', 'customer.updated'],
    'one event per change, none for the unchanged call',
  );
  t.same(history.data[1]!.data.before, { name: 'Northwind' });
  t.same(history.data[1]!.data.after, { name: 'Northwind Traders' });

  // A customer added before the CRM knew it is found by its tenant id and gains the reference.
  const older = await createCustomer(app, admin.auth, { name: 'Tailspin' });
  const adopted = await app.inject({
    method: 'PUT',
    url: '/v1/customers/by-external-ref/hubspot/555',
    headers: admin.auth,
    payload: { name: 'Tailspin Toys', domain: older.domain, tenantId: older.tenantId },
  });
  t.equal(adopted.statusCode, 200);
  t.match(adopted.json(), { id: older.id, name: 'Tailspin Toys', externalRefs: [{ system: 'hubspot', id: '555' }] });

  const clash = await app.inject({
    method: 'PUT',
    url: '/v1/customers/by-external-ref/hubspot/555',
    headers: admin.auth,
    payload: { ...record, name: 'Tailspin Toys' },
  });
  t.equal(clash.statusCode, 409, "the reference's customer cannot take another customer's tenant id");
  t.equal(clash.json<Problem>().code, 'tenant-id-taken');

  const badSystem = await app.inject({
    method: 'PUT',
    url: '/v1/customers/by-external-ref/Hub%20Spot/1',
    headers: admin.auth,
    payload: record,
  });
  t.equal(badSystem.statusCode, 400);
  const sales = await app.inject({
    method: 'PUT',
    url: '/v1/customers/by-external-ref/hubspot/98765',
    headers: admin.auth,
    payload: { name: 'No domain' },
  });
  t.equal(sales.statusCode, 400, 'a PUT states the whole customer');
});

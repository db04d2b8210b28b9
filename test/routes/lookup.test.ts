import { randomUUID } from 'node:crypto';
import t from 'tap';
import {
  build,
  createCustomer,
  createCustomerKey,
  createPartner,
  newRequest,
  publishedSla,
  type Page,
  type Problem,
  type Resource,
} from '../helper.js';

t.test('customers are found by tenant id, domain and external reference; requests by external reference', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const tenantId = randomUUID();
  const fabrikam = await createCustomer(app, admin.auth, {
    name: 'Fabrikam',
    domain: 'fabrikam.onmicrosoft.com',
    tenantId,
    externalRefs: [{ system: 'hubspot', id: 'co:42' }],
  });
  const other = await createCustomer(app, admin.auth, { externalRefs: [{ system: 'hubspot', id: 'co:43' }] });
  const elsewhere = await createPartner(app);
  await publishedSla(app, elsewhere.auth);
  await createCustomer(app, elsewhere.auth, { tenantId, domain: 'fabrikam.onmicrosoft.com' });

  const ids = async (url: string, auth = admin.auth) => {
    const response = await app.inject({ url, headers: auth });
    t.equal(response.statusCode, 200, `${url}: ${response.body.slice(0, 200)}`);
    return response.json<Page>().data.map((c) => c.id);
  };
  t.same(await ids(`/v1/customers?tenantId=${tenantId.toUpperCase()}`), [fabrikam.id], 'by tenant id, any case');
  t.same(await ids('/v1/customers?domain=Fabrikam.onmicrosoft.com'), [fabrikam.id], 'by domain, any case');
  t.same(await ids('/v1/customers?externalRef=hubspot:co:42'), [fabrikam.id], 'the id may contain colons');
  t.same(await ids('/v1/customers?externalRef=hubspot:co:4'), [], 'a reference matches whole');
  t.same(await ids('/v1/customers?externalRef=zendesk:co:42'), [], 'and in its own system');
  t.same(await ids(`/v1/customers?externalRef=hubspot:co:43&tenantId=${tenantId}`), [], 'filters combine');
  t.same(await ids(`/v1/customers?externalRef=hubspot:co:43`), [other.id]);

  const bad = await app.inject({ url: '/v1/customers?externalRef=hubspot', headers: admin.auth });
  t.equal(bad.statusCode, 400);
  t.equal(bad.json<Problem>().code, 'validation-failed');
  t.equal((await app.inject({ url: '/v1/customers?tenantId=nope', headers: admin.auth })).statusCode, 400);

  const mirrored = (
    await app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: admin.auth,
      payload: newRequest(fabrikam.id, { externalRefs: [{ system: 'servicenow', id: 'INC0010001' }] }),
    })
  ).json<Resource>();
  await app.inject({ method: 'POST', url: '/v1/support-requests', headers: admin.auth, payload: newRequest(other.id) });
  t.same(await ids('/v1/support-requests?externalRef=servicenow:INC0010001'), [mirrored.id]);
  t.same(await ids('/v1/support-requests?externalRef=servicenow:INC0010001&state=closed'), []);
  t.same(await ids('/v1/support-requests?externalRef=servicenow:INC0010001', elsewhere.auth), [], 'per partner');

  const otherUser = await createCustomerKey(app, admin, other.id);
  t.same(await ids('/v1/support-requests?externalRef=servicenow:INC0010001', otherUser), [], "not another customer's");
  t.same(await ids(`/v1/customers?tenantId=${tenantId}`, otherUser), [], 'a customer user sees only itself');
});

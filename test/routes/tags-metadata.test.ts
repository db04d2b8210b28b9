import t from 'tap';
import {
  build,
  createCustomer,
  createCustomerKey,
  createPartner,
  newRequest,
  publishedSla,
  type EventResource,
  type Page,
  type Problem,
  type Resource,
} from '../helper.js';

const keys = (count: number, length = 3) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`${i}`.padStart(length, 'k'), 'v']));

t.test('tags: lowercase slugs, at most 20, filtered with ?tag= (all must match)', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const both = await createCustomer(app, admin.auth, { tags: ['vip', 'france', 'vip'] });
  t.same(both.tags, ['france', 'vip'], 'kept once each, sorted');
  const vipOnly = await createCustomer(app, admin.auth, { tags: ['vip'] });
  await createCustomer(app, admin.auth);
  const ids = async (url: string) =>
    (await app.inject({ url, headers: admin.auth })).json<Page>().data.map((c) => c.id);
  t.same(await ids('/v1/customers?tag=vip'), [both.id, vipOnly.id]);
  t.same(await ids('/v1/customers?tag=vip&tag=france'), [both.id], 'every tag must match');
  t.same(await ids('/v1/customers?tag=germany'), []);

  for (const tags of [['VIP'], ['has space'], Array.from({ length: 21 }, (_, i) => `t${i}`)]) {
    const refused = await app.inject({
      method: 'PATCH',
      url: `/v1/customers/${both.id}`,
      headers: admin.auth,
      payload: { tags },
    });
    t.equal(refused.statusCode, 400, JSON.stringify(tags).slice(0, 40));
  }
  t.equal((await app.inject({ url: '/v1/customers?tag=Not%20A%20Tag', headers: admin.auth })).statusCode, 400);

  const request = (
    await app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: admin.auth,
      payload: newRequest(both.id, { tags: ['outage', 'exchange'] }),
    })
  ).json<Resource>();
  await app.inject({ method: 'POST', url: '/v1/support-requests', headers: admin.auth, payload: newRequest(both.id) });
  const requestIds = async (url: string, auth = admin.auth) =>
    (await app.inject({ url, headers: auth })).json<Page>().data.map((r) => r.id);
  t.same(await requestIds('/v1/support-requests?tag=outage&tag=exchange'), [request.id]);
  t.same(await requestIds('/v1/support-requests?tag=outage&state=new'), [request.id], 'combined with other filters');
  t.same(await requestIds('/v1/support-requests?tag=outage&tag=sharepoint'), []);

  const retagged = await app.inject({
    method: 'PATCH',
    url: `/v1/support-requests/${request.id}`,
    headers: admin.auth,
    payload: { tags: ['outage'] },
  });
  t.equal(retagged.statusCode, 200);
  t.same(retagged.json<Resource>().tags, ['outage']);
  const events = (await app.inject({ url: `/v1/support-requests/${request.id}/events`, headers: admin.auth })).json<
    Page<EventResource>
  >();
  const updated = events.data.find((e) => e.type === 'support_request.updated')!;
  t.same(updated.data.before, { tags: ['exchange', 'outage'] });
  t.same(updated.data.after, { tags: ['outage'] });

  const customerUser = await createCustomerKey(app, admin, both.id);
  const seen = (
    await app.inject({ url: `/v1/support-requests/${request.id}`, headers: customerUser })
  ).json<Resource>();
  t.same(seen.tags, [], "the partner's tags are not shown to customers");
  const itself = (await app.inject({ url: `/v1/customers/${both.id}`, headers: customerUser })).json<Resource>();
  t.same([itself.tags, itself.metadata], [[], {}], 'nor those of the customer itself');
  const listed = (await app.inject({ url: '/v1/customers', headers: customerUser })).json<Page>();
  t.same(listed.data[0]!.tags, []);
  t.same(
    (await app.inject({ url: `/v1/customers/${both.id}`, headers: admin.auth })).json<Resource>().tags,
    ['france', 'vip'],
    'the partner sees them',
  );
  const theirEvents = (
    await app.inject({ url: `/v1/support-requests/${request.id}/events`, headers: customerUser })
  ).json<Page<EventResource>>();
  t.notOk(
    theirEvents.data.some((e) => e.type === 'support_request.updated'),
    'nor is their change',
  );

  // Nor can a customer user learn them by filtering: a tag it guesses is refused, carried or not.
  for (const url of [
    '/v1/support-requests?tag=outage',
    '/v1/support-requests?tag=not-carried',
    '/v1/customers?tag=vip',
    '/v1/customers?tag=germany',
  ]) {
    const refused = await app.inject({ url, headers: customerUser });
    t.equal(refused.statusCode, 403, `${url}: 403 for a customer user`);
    t.equal(refused.json<Problem>().code, 'forbidden');
    t.match(refused.json<Problem>().detail, /cannot filter by tag/);
  }
  const untagged = await app.inject({ url: '/v1/support-requests', headers: customerUser });
  t.equal(untagged.statusCode, 200, 'without ?tag= it lists its requests as before');
});

t.test("metadata: Stripe's rules; null removes a key in a PATCH; changes are events", async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const customer = await createCustomer(app, admin.auth, { metadata: { crm_owner: 'alice', segment: 'smb' } });
  t.same(customer.metadata, { crm_owner: 'alice', segment: 'smb' });
  const patch = (metadata: unknown) =>
    app.inject({ method: 'PATCH', url: `/v1/customers/${customer.id}`, headers: admin.auth, payload: { metadata } });

  const changed = await patch({ segment: null, region: 'emea' });
  t.equal(changed.statusCode, 200);
  t.same(changed.json<Resource>().metadata, { crm_owner: 'alice', region: 'emea' }, 'keys not named are kept');
  const history = (await app.inject({ url: `/v1/customers/${customer.id}/events`, headers: admin.auth })).json<
    Page<EventResource>
  >();
  t.same(history.data.at(-1)!.data, {
    before: { metadata: { crm_owner: 'alice', segment: 'smb' } },
    after: { metadata: { crm_owner: 'alice', region: 'emea' } },
    externalRefs: [],
  });

  for (const [metadata, why] of [
    [keys(51), '51 keys'],
    [{ ['k'.repeat(41)]: 'v' }, 'a key of 41 characters'],
    [{ note: 'x'.repeat(501) }, 'a value of 501 characters'],
    [{ nested: { a: 'b' } }, 'an object'],
    [{ '': 'v' }, 'an empty key'],
  ] as const) {
    const refused = await patch(metadata);
    t.equal(refused.statusCode, 400, why);
    t.equal(refused.json<Problem>().code, 'validation-failed', why);
  }
  t.equal((await patch({ ['k'.repeat(40)]: 'x'.repeat(500) })).statusCode, 200, 'the limits themselves are fine');
  const full = await patch(keys(47, 4));
  t.equal(full.statusCode, 200, '50 keys in all');
  const tooMany = await patch({ one_more: 'v' });
  t.equal(tooMany.statusCode, 400, 'a change that would make 51 keys');
  t.match(tooMany.json<Problem>().errors, [{ path: '/body/metadata' }]);
  t.equal(
    Object.keys(
      (await app.inject({ url: `/v1/customers/${customer.id}`, headers: admin.auth })).json<{
        metadata: Record<string, string>;
      }>().metadata,
    ).length,
    50,
  );

  const request = await app.inject({
    method: 'POST',
    url: '/v1/support-requests',
    headers: admin.auth,
    payload: newRequest(customer.id, { metadata: { zendesk_brand: 'emea' } }),
  });
  t.same(request.json<Resource>().metadata, { zendesk_brand: 'emea' });
  const cleared = await app.inject({
    method: 'PATCH',
    url: `/v1/support-requests/${request.json<Resource>().id}`,
    headers: admin.auth,
    payload: { metadata: { zendesk_brand: null } },
  });
  t.same(cleared.json<Resource>().metadata, {});
});

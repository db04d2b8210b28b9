import t from 'tap';
import {
  asOwner,
  build,
  createCustomer,
  createCustomerKey,
  createKey,
  createPartner,
  newRequest,
  OPERATOR_TOKEN,
  publishedSla,
  type Problem,
  type Resource,
} from '../helper.js';

t.test("a customer user repeating an admin's POST with the same key gets 422, not the admin's answer", async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const customer = await createCustomer(app, admin.auth);
  const portal = await createCustomerKey(app, admin, customer.id);
  const raised = await app.inject({
    method: 'POST',
    url: '/v1/support-requests',
    headers: admin.auth,
    payload: newRequest(customer.id),
  });
  t.equal(raised.statusCode, 201);
  const note = (auth: { authorization: string }) =>
    app.inject({
      method: 'POST',
      url: `/v1/support-requests/${raised.json<Resource>().id}/notes`,
      headers: { ...auth, 'idempotency-key': 'note-1' },
      payload: { text: 'Internal: the customer forgot to renew the licence', visibility: 'public' },
    });
  const first = await note(admin.auth);
  t.equal(first.statusCode, 201);
  const replayed = await note(admin.auth);
  t.equal(replayed.headers['idempotent-replayed'], 'true', 'the same key from the same caller replays');
  const stolen = await note(portal);
  t.equal(stolen.statusCode, 422);
  t.equal(stolen.json<Problem>().code, 'idempotency-key-reused');
  t.notMatch(stolen.body, /forgot to renew/, "the admin's answer is not shown");

  const helpdesk = await createKey(app, admin, 'helpdesk_agent');
  t.equal((await note(helpdesk)).statusCode, 422, 'another agent key of the partner is refused too');
});

t.test('a keyed create and a keyed transition run, commit with their answer and replay it', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const customer = await createCustomer(app, admin.auth);
  const keyed = (url: string, key: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: { ...admin.auth, 'idempotency-key': key }, payload });
  // Their last statement would carry the commit if it were not for the key's answer, stored after it.
  const raised = await keyed('/v1/support-requests', 'raise-1', newRequest(customer.id));
  t.equal(raised.statusCode, 201);
  const again = await keyed('/v1/support-requests', 'raise-1', newRequest(customer.id));
  t.equal(again.headers['idempotent-replayed'], 'true');
  t.equal(again.json<Resource>().id, raised.json<Resource>().id, 'the create replays its answer');
  const path = `/v1/support-requests/${raised.json<Resource>().id}/transitions`;
  const moved = await keyed(path, 'move-1', { to: 'in_progress' });
  t.equal(moved.statusCode, 200);
  t.equal(moved.json<{ state: string }>().state, 'in_progress');
  const movedAgain = await keyed(path, 'move-1', { to: 'in_progress' });
  t.equal(movedAgain.headers['idempotent-replayed'], 'true', 'the transition replays its answer');
  t.equal(movedAgain.body, moved.body);
});

t.test(
  'a keyed create after its customer changed runs its step again on a fresh read, in the same transaction',
  async (t) => {
    const { app } = await build(t);
    const admin = await createPartner(app);
    const customer = await createCustomer(app, admin.auth);
    const raise = (key: string) =>
      app.inject({
        method: 'POST',
        url: '/v1/support-requests',
        headers: { ...admin.auth, 'idempotency-key': key },
        payload: newRequest(customer.id),
      });
    t.match((await raise('before')).json(), { slaCoverage: 'uncovered' });
    // Intake remembers the customer uncovered; the create's insert finds the coverage changed and
    // fails as a serialization failure, which the keyed step retries in its savepoint.
    await publishedSla(app, admin.auth);
    const after = await raise('after');
    t.equal(after.statusCode, 201);
    t.match(after.json(), { slaCoverage: 'covered' }, 'decided on the definition published since');
    const replay = await raise('after');
    t.equal(replay.headers['idempotent-replayed'], 'true');
    t.equal(replay.body, after.body, 'and its answer is the one stored');
  },
);

t.test('secrets are not stored for replays: the replay says they are not shown again', async (t) => {
  const { app, ownerUrl } = await build(t);
  const operator = { authorization: `Bearer ${OPERATOR_TOKEN}` };
  const createdPartner = (key: string) =>
    app.inject({
      method: 'POST',
      url: '/v1/partners',
      headers: { ...operator, 'idempotency-key': key },
      payload: { name: 'Fabrikam', kind: 'direct' },
    });
  type CreatedPartner = { partner: Resource; apiKey: { key: string } };
  const first = (await createdPartner('partner-1')).json<CreatedPartner>();
  t.match(first.apiKey.key, /^pd_/);
  const replay = (await createdPartner('partner-1')).json<CreatedPartner>();
  t.equal(replay.apiKey.key, '(not shown again)');
  t.equal(replay.partner.id, first.partner.id);

  const admin = { authorization: `Bearer ${first.apiKey.key}` };
  const subscribe = () =>
    app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers: { ...admin, 'idempotency-key': 'hook-1' },
      payload: { url: 'http://127.0.0.1:9/hook' },
    });
  const subscribed = await subscribe();
  t.match(subscribed.json<{ secret: string }>().secret, /^whsec_/);
  t.equal((await subscribe()).json<{ secret: string }>().secret, '(not shown again)');

  const stored = await asOwner(ownerUrl, 'select response_body from idempotency_keys');
  t.equal(stored.length, 2);
  for (const { response_body } of stored) t.notMatch(response_body, /pd_[0-9a-f]{32}_|whsec_/, 'no secret stored');
});

t.test(
  'the change and its idempotency record commit together: when the record fails, so does the change',
  async (t) => {
    const { app, ownerUrl } = await build(t);
    const admin = await createPartner(app);
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/v1/api-keys',
        headers: { ...admin.auth, 'idempotency-key': 'atomic-1' },
        payload: { name: 'atomic', role: 'sales_agent' },
      });
    // The answer cannot be stored: the request's transaction must not commit the key it created.
    await asOwner(ownerUrl, 'revoke update on idempotency_keys from partnerdesk_app');
    const failed = await send();
    t.equal(failed.statusCode, 500);
    t.equal(failed.headers['content-type'], 'application/problem+json');
    const afterFailure = await asOwner(ownerUrl, `select count(*)::int as n from api_keys where name = 'atomic'`);
    t.equal(afterFailure[0]?.n, 0, 'no key without its stored answer');
    t.equal((await asOwner(ownerUrl, 'select count(*)::int as n from idempotency_keys'))[0]?.n, 0, 'no record either');

    await asOwner(ownerUrl, 'grant update on idempotency_keys to partnerdesk_app');
    const retried = await send();
    t.equal(retried.statusCode, 201, 'the retry runs');
    t.equal(retried.headers['idempotent-replayed'], undefined);
    const replayed = await send();
    t.equal(replayed.json<Resource>().id, retried.json<Resource>().id, 'and is then replayed');
    const keys = await asOwner(ownerUrl, `select count(*)::int as n from api_keys where name = 'atomic'`);
    t.equal(keys[0]?.n, 1);
  },
);

t.test('a 4xx answer is stored with no change, and replayed', async (t) => {
  const { app, ownerUrl } = await build(t);
  const admin = await createPartner(app);
  const send = () =>
    app.inject({
      method: 'POST',
      url: '/v1/api-keys',
      headers: { ...admin.auth, 'idempotency-key': 'refused-1' },
      payload: { name: 'portal', role: 'customer_user', customerId: '7d1e4f0a-8c2b-4d3e-9f5a-6b7c8d9e0f1a' },
    });
  const refused = await send();
  t.equal(refused.statusCode, 422);
  t.equal(refused.json<Problem>().code, 'invalid-reference');
  const again = await send();
  t.equal(again.statusCode, 422);
  t.equal(again.headers['idempotent-replayed'], 'true');
  const keys = await asOwner(ownerUrl, `select count(*)::int as n from api_keys where name = 'portal'`);
  t.equal(keys[0]?.n, 0);
});

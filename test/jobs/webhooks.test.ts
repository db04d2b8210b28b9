import t from 'tap';
import { Webhook } from 'standardwebhooks';
import {
  build,
  createCustomer,
  createPartner,
  eventually,
  newRequest,
  publishedSla,
  startTestJobs,
  type Resource,
  type Page,
} from '../helper.js';
import { startReceiver } from '../support/receiver.js';
import { retryDelayMs } from '../../src/jobs/webhooks.js';

t.test(
  'deliveries are signed, retried with the same webhook-id after failures, and listed with their status codes',
  async (t) => {
    const context = await build(t);
    const { app } = context;
    await startTestJobs(context);
    const admin = await createPartner(app);
    await publishedSla(app, admin.auth);
    const customer = await createCustomer(app, admin.auth);
    const failuresLeft = new Map<string, number>();
    const receiver = await startReceiver(t, ({ headers }) => {
      const id = String(headers['webhook-id']);
      const left = failuresLeft.get(id) ?? 2;
      failuresLeft.set(id, left - 1);
      return left > 0 ? 500 : 200;
    });
    const subscribed = await app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers: admin.auth,
      payload: { url: receiver.url, eventTypes: ['support_request.created'] },
    });
    t.equal(subscribed.statusCode, 201);
    const subscription = subscribed.json<Resource & { secret: string }>();
    t.match(subscription.secret, /^whsec_[A-Za-z0-9+/=]+$/);
    t.notOk(
      JSON.stringify((await app.inject({ url: '/v1/webhook-subscriptions', headers: admin.auth })).json()).includes(
        subscription.secret,
      ),
      'the secret is shown once',
    );

    const request = (
      await app.inject({
        method: 'POST',
        url: '/v1/support-requests',
        headers: admin.auth,
        payload: newRequest(customer.id),
      })
    ).json<Resource>();
    await app.inject({
      method: 'POST',
      url: `/v1/support-requests/${request.id}/transitions`,
      headers: admin.auth,
      payload: { to: 'in_progress' },
    });

    await eventually(async () => receiver.received.length >= 3, 30_000, 'three attempts');
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    t.equal(ids.size, 1, 'every attempt carries the same webhook-id');
    const verifier = new Webhook(subscription.secret);
    for (const delivery of receiver.received) {
      const event = verifier.verify(delivery.body, {
        'webhook-id': String(delivery.headers['webhook-id']),
        'webhook-timestamp': String(delivery.headers['webhook-timestamp']),
        'webhook-signature': String(delivery.headers['webhook-signature']),
      }) as { id: string; type: string; subject: { id: string } };
      t.match(event, {
        id: delivery.headers['webhook-id'],
        type: 'support_request.created',
        subject: { id: request.id },
      });
    }
    t.equal(receiver.received.length, 3, 'the state change was filtered out');

    // The receiver has answered before the worker records the attempt: wait for the record.
    const attempts = await eventually(
      async () => {
        const page = (
          await app.inject({ url: `/v1/webhook-subscriptions/${subscription.id}/deliveries`, headers: admin.auth })
        ).json<Page<{ statusCode: number; deliveryId: string }>>();
        return page.data.length >= 3 && page;
      },
      10_000,
      'three recorded attempts',
    );
    t.same(
      attempts.data.map((a) => a.statusCode),
      [200, 500, 500],
      'newest first',
    );
    t.match(attempts.data[1], {
      error: 'the receiver answered 500',
      deliveryState: 'delivered',
      eventType: 'support_request.created',
    });

    const redelivered = await app.inject({
      method: 'POST',
      url: `/v1/webhook-subscriptions/${subscription.id}/deliveries/${attempts.data[0]!.deliveryId}/redeliver`,
      headers: admin.auth,
    });
    t.equal(redelivered.statusCode, 202);
    await eventually(async () => receiver.received.length === 4, 10_000, 'the redelivery');
    t.equal(receiver.received[3]!.headers['webhook-id'], receiver.received[0]!.headers['webhook-id']);
  },
);

t.test('webhook targets: http(s) only; private and loopback addresses refused unless allowed', async (t) => {
  const { app } = await build(t, { webhookAllowPrivateTargets: false });
  const admin = await createPartner(app);
  for (const url of [
    'http://[::ffff:127.0.0.1]/x',
    'http://127.0.0.1:9/hooks',
    'http://localhost/hooks',
    'http://10.1.2.3/x',
    'http://[::1]/x',
    'http://169.254.169.254/latest',
    'ftp://example.com/x',
  ]) {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers: admin.auth,
      payload: { url },
    });
    t.equal(response.statusCode, 400, url);
  }
  const publicTarget = await app.inject({
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    headers: admin.auth,
    payload: { url: 'https://8.8.8.8/hooks' },
  });
  t.equal(publicTarget.statusCode, 201, 'a public address is accepted');
  const deleted = await app.inject({
    method: 'DELETE',
    url: `/v1/webhook-subscriptions/${publicTarget.json<Resource>().id}`,
    headers: admin.auth,
  });
  t.equal(deleted.statusCode, 204);
});

t.test('retries back off exponentially with jitter, capped at an hour', async (t) => {
  t.equal(
    retryDelayMs(1, 10, () => 0),
    5_000,
  );
  t.equal(
    retryDelayMs(1, 10, () => 1),
    10_000,
  );
  t.equal(
    retryDelayMs(4, 10, () => 1),
    80_000,
  );
  t.equal(
    retryDelayMs(30, 10, () => 1),
    3_600_000,
  );
});

import t from 'tap';
import { build, createCustomer, createPartner, eventually, startTestJobs } from '../helper.js';
import { startReceiver, startSlowReceiver } from '../support/receiver.js';
import { ATTEMPT_TIMEOUT_MS } from '../../src/jobs/webhooks.js';

t.test("a stalled receiver delays only its own subscription's deliveries", { timeout: 120_000 }, async (t) => {
  const context = await build(t);
  const { app } = context;
  await startTestJobs(context);
  const subscribe = async (auth: { authorization: string }, url: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      headers: auth,
      payload: { url, eventTypes: ['customer.created'] },
    });
    t.equal(response.statusCode, 201);
  };

  const x = await createPartner(app, { name: 'Partner X', kind: 'direct' });
  const stalled = await startSlowReceiver(t, () => Infinity);
  await subscribe(x.auth, stalled.url);
  const y = await createPartner(app, { name: 'Partner Y', kind: 'direct' });
  const arrivals = new Map<string, number>();
  const prompt = await startReceiver(t, ({ body }) => {
    arrivals.set((JSON.parse(body) as { subject: { id: string } }).subject.id, Date.now());
    return 204;
  });
  await subscribe(y.auth, prompt.url);

  // X's receiver gets more deliveries than there are delivery workers, each held for its full timeout.
  for (let i = 0; i < 8; i++) await createCustomer(app, x.auth);
  await eventually(async () => stalled.received.length > 0, 10_000, 'X to be stalled');
  const stalledSince = Date.now();

  const latencies: number[] = [];
  for (let i = 0; i < 5; i++) {
    const created = Date.now();
    const customer = await createCustomer(app, y.auth);
    await eventually(async () => arrivals.has(customer.id), 30_000, "Y's delivery");
    latencies.push(arrivals.get(customer.id)! - created);
  }
  t.comment(`Y's delivery latencies while X stalls: ${latencies.join(', ')} ms`);
  t.ok(
    latencies.every((ms) => ms < 2_000),
    "every one of Y's deliveries arrived within 2 s",
  );
  // One attempt at a time, each held for the 5 s attempt timeout: never several at once.
  const inParallel = stalled.received.length - Math.ceil((Date.now() - stalledSince) / ATTEMPT_TIMEOUT_MS);
  t.ok(inParallel <= 0, "X's deliveries wait for each other: one attempt at a time");
});

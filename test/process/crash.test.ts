import t from 'tap';
import { completeSla, freshDatabase, newRequest, OPERATOR_TOKEN, type Page, type Resource } from '../helper.js';
import { startSlowReceiver } from '../support/receiver.js';
import { FILE_TIMEOUT_MS, startService, until, waitForExit } from './service.js';

// Real processes and clusters: on a busy machine (2 cores shared with other runs) this file needs more than the default.
t.setTimeout(FILE_TIMEOUT_MS);

t.test('kill -9 during deliveries loses no event: the restarted process resumes delivery', async (t) => {
  const databaseUrl = await freshDatabase(t);
  const env = {
    DATABASE_URL: databaseUrl,
    OPERATOR_TOKEN,
    LOG_LEVEL: 'warn',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_RETRY_BASE_SECONDS: '1',
    STALE_JOB_SECONDS: '2',
  };
  let slow = true;
  const first = await startService(t, env);
  const api = async <T = Resource>(base: string, method: string, path: string, auth: string, body?: object) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${auth}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return (await response.json()) as T;
  };
  const created = await api<{ apiKey: { key: string } }>(first.baseUrl, 'POST', '/v1/partners', OPERATOR_TOKEN, {
    name: 'Crash-tested',
    kind: 'direct',
  });
  const key = created.apiKey.key;
  const draft = await api(first.baseUrl, 'POST', '/v1/sla-definitions', key, completeSla({ isDefault: true }));
  await api(first.baseUrl, 'POST', `/v1/sla-definitions/${draft.id}/publish`, key, {});
  const customer = await api(first.baseUrl, 'POST', '/v1/customers', key, {
    name: 'C',
    domain: 'c.onmicrosoft.com',
    tenantId: '2b8f6f0e-7c1a-4f4e-9a57-3f1d2c4b5a69',
    contacts: [{ name: 'A B', email: 'a@c.example' }],
  });
  // A receiver slow enough that deliveries are in flight when the process dies.
  const slowReceiver = await startSlowReceiver(t, () => (slow ? 1_000 : 0));
  await api(first.baseUrl, 'POST', '/v1/webhook-subscriptions', key, {
    url: slowReceiver.url,
    eventTypes: ['support_request.created'],
  });
  for (let i = 0; i < 30; i++) await api(first.baseUrl, 'POST', '/v1/support-requests', key, newRequest(customer.id));
  await until(() => slowReceiver.received.length > 0, 'a first delivery');

  first.child.kill('SIGKILL');
  await waitForExit(first);
  slow = false;

  const second = await startService(t, env);
  const feed = await api<Page>(second.baseUrl, 'GET', '/v1/events?type=support_request.created&limit=100', key);
  const expected = new Set(feed.data.map((e) => e.id));
  t.equal(expected.size, 30, 'every request recorded its event');
  const delivered = () => new Set(slowReceiver.received.map((r) => String(r.headers['webhook-id'])));
  await until(() => [...expected].every((id) => delivered().has(id)), 'every event delivered after the restart');
  t.pass('every event reached the receiver at least once');
  second.child.kill('SIGTERM');
  await waitForExit(second);
});

/**
 * Two service processes on one database, as behind a load balancer: the job queue, the idempotency
 * records and the keys live in PostgreSQL, so neither instance may do twice what one should do once.
 */
import t from 'tap';
import {
  asOwner,
  completeSla,
  eventually,
  freshDatabase,
  newRequest,
  OPERATOR_TOKEN,
  type Page,
  type Resource,
} from '../helper.js';
import { startCountingReceiver } from '../support/receiver.js';
import { startService, type RunningService } from './service.js';

// Two real processes on 2 busy cores.
t.setTimeout(300_000);

/** How long an instance may keep accepting a key revoked on another (README: the key cache). */
const KEY_CACHE_SECONDS = 5;

t.test('two instances on one database share the work without doing it twice', async (t) => {
  const databaseUrl = await freshDatabase(t);
  const env = {
    DATABASE_URL: databaseUrl,
    OPERATOR_TOKEN,
    LOG_LEVEL: 'warn',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_RETRY_BASE_SECONDS: '1',
  };
  const instances: RunningService[] = await Promise.all([startService(t, env), startService(t, env)]);
  const call = async <T = Resource>(
    instance: RunningService,
    method: string,
    path: string,
    auth: string,
    body?: object,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`${instance.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${auth}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  const [a, b] = instances as [RunningService, RunningService];
  const ok = async <T = Resource>(...args: Parameters<typeof call>) => {
    const answer = await call<T>(...args);
    if (answer.status >= 300) throw new Error(`${args[1]} ${args[2]}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  const created = await ok<{ partner: Resource; apiKey: { key: string } }>(a, 'POST', '/v1/partners', OPERATOR_TOKEN, {
    name: 'Contoso Cloud Partner',
    kind: 'direct',
  });
  const key = created.apiKey.key;
  const draft = await ok(a, 'POST', '/v1/sla-definitions', key, completeSla({ isDefault: true }));
  await ok(b, 'POST', `/v1/sla-definitions/${draft.id}/publish`, key, {});
  const customer = await ok(b, 'POST', '/v1/customers', key, {
    name: 'Fabrikam',
    domain: 'fabrikam.onmicrosoft.com',
    tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    contacts: [{ name: 'Ada Admin', email: 'ada@fabrikam.example' }],
  });
  const receiver = await startCountingReceiver(t);
  await ok(a, 'POST', '/v1/webhook-subscriptions', key, { url: receiver.url, eventTypes: ['support_request.created'] });

  // Concurrent intake on both instances, each request sent twice with its Idempotency-Key: once to each.
  const requests = await Promise.all(
    Array.from({ length: 20 }, async (_, n) => {
      const headers = { 'idempotency-key': `crm-sync-${n}` };
      const body = newRequest(customer.id, { title: `Exchange Online outage ${n}` });
      const [first, second] = n % 2 ? [a, b] : [b, a];
      const original = await call(first, 'POST', '/v1/support-requests', key, body, headers);
      const replay = await call(second, 'POST', '/v1/support-requests', key, body, headers);
      return { original, replay };
    }),
  );
  t.ok(
    requests.every(({ original }) => original.status === 201),
    'every request was raised on one instance or the other',
  );
  t.ok(
    requests.every(({ original, replay }) => replay.status === 201 && replay.body.id === original.body.id),
    'the same Idempotency-Key sent to the other instance replays the first answer',
  );
  const listed = await ok<Page>(b, 'GET', '/v1/support-requests?limit=100', key);
  t.equal(listed.data.length, 20, 'no request was raised twice');

  await t.test('each webhook delivery is attempted by one instance at a time, and all arrive', async (t) => {
    const ids = requests.map(({ original }) => original.body.id);
    const feed = await ok<Page<Resource & { subject: { id: string } }>>(
      a,
      'GET',
      '/v1/events?type=support_request.created&limit=100',
      key,
    );
    const eventIds = feed.data.filter((event) => ids.includes(event.subject.id)).map((event) => event.id);
    t.equal(eventIds.length, 20, 'one created event per request');
    await eventually(
      async () => eventIds.every((id) => receiver.mostInFlight.has(id)),
      90_000,
      'every delivery to arrive',
    );
    const overlapping = eventIds.filter((id) => receiver.mostInFlight.get(id)! > 1);
    t.same(overlapping, [], 'no delivery was in flight twice at once');
  });

  await t.test('SLA timers fire once, whichever instance runs them', async (t) => {
    // Both moments of every request passed a minute ago: the partner's timer (woken by the trigger on
    // next_timer_at, as the partner) raises them on whichever instance takes it.
    await asOwner(
      databaseUrl,
      `with tenant as (select set_config('app.partner_id', $1::text, true))
       update support_requests set first_response_at_risk_at = now() - interval '2 minutes',
              first_response_due_at = now() - interval '1 minute', next_timer_at = now()
        where partner_id = $1::uuid and exists (select from tenant)`,
      [created.partner.id],
    );
    const breaches = async () =>
      (
        await ok<Page<Resource & { subject: { id: string } }>>(
          b,
          'GET',
          '/v1/events?type=support_request.sla_breached&limit=100',
          key,
        )
      ).data;
    await eventually(async () => (await breaches()).length >= 20, 90_000, 'a breach event per request');
    // A second timer run, on either instance, finds nothing left to raise.
    await asOwner(
      databaseUrl,
      `with tenant as (select set_config('app.partner_id', $1::text, true))
       update support_requests set next_timer_at = now() where partner_id = $1::uuid and exists (select from tenant)`,
      [created.partner.id],
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const perRequest = new Map<string, number>();
    for (const event of await breaches()) perRequest.set(event.subject.id, (perRequest.get(event.subject.id) ?? 0) + 1);
    t.equal(perRequest.size, 20, 'every request breached');
    t.ok(
      [...perRequest.values()].every((count) => count === 1),
      'each exactly once',
    );
  });

  await t.test(`a key revoked on one instance is refused by the other within ${KEY_CACHE_SECONDS} s`, async (t) => {
    const agent = await ok<Resource & { key: string }>(a, 'POST', '/v1/api-keys', key, {
      name: 'Reseller escalations desk',
      role: 'helpdesk_agent',
    });
    t.equal(
      (await call(b, 'GET', '/v1/support-requests?limit=1', agent.key)).status,
      200,
      'the other instance knows it',
    );
    await ok(a, 'DELETE', `/v1/api-keys/${agent.id}`, key);
    const revokedAt = Date.now();
    t.equal((await call(a, 'GET', '/v1/support-requests?limit=1', agent.key)).status, 401, 'refused where revoked');
    await eventually(
      async () => (await call(b, 'GET', '/v1/support-requests?limit=1', agent.key)).status === 401,
      // The documented bound, and slack for this busy machine's polling: a hang would exceed both.
      (KEY_CACHE_SECONDS + 10) * 1000,
      'the other instance to refuse the revoked key',
    );
    t.pass(`refused by the other instance after ${((Date.now() - revokedAt) / 1000).toFixed(1)} s`);
  });
});

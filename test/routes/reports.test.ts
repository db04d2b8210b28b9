import t from 'tap';
import { businessMinutesBetween } from '../../src/domain/slaClock.js';
import { runRequestTimers } from '../../src/jobs/requestTimers.js';
import {
  asOwner,
  build,
  completeSla,
  createCustomer,
  createCustomerKey,
  createKey,
  createPartner,
  newRequest,
  publishedSla,
  raiseRequest,
  type EventResource,
  type Page,
  type Problem,
  type Resource,
} from '../helper.js';

type Auth = { authorization: string };
type Outcome = 'met' | 'breached' | 'open';
type TargetRow = { target: string; severity: string; requests: number } & Record<Outcome, number> &
  Record<string, unknown>;

async function setup(t: Parameters<typeof build>[0]) {
  const context = await build(t);
  const { app } = context;
  const admin = await createPartner(app, { name: 'Contoso Partner', kind: 'direct', competency: 'gold' });
  const helpdesk = await createKey(app, admin, 'helpdesk_agent');
  await publishedSla(app, admin.auth, { hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] } });
  const customer = await createCustomer(app, admin.auth, { name: 'Contoso France' });
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: Auth, payload?: object) =>
    app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
  const raise = async (overrides: Record<string, unknown> = {}) =>
    (await call('POST', '/v1/support-requests', helpdesk, newRequest(customer.id, overrides))).json<Resource>().id;
  const move = (id: string, body: object) => call('POST', `/v1/support-requests/${id}/transitions`, helpdesk, body);
  return { ...context, admin, helpdesk, customer, call, raise, move };
}

const periodAround = (days: number) => {
  const now = Date.now();
  return `from=${new Date(now - days * 86_400_000).toISOString()}&to=${new Date(now + 60_000).toISOString()}`;
};

/** Every event of the partner, read from the feed as an integration does. */
async function feed(call: ReturnType<typeof Object>, auth: Auth): Promise<EventResource[]> {
  const get = call as (method: 'GET', url: string, auth: Auth) => Promise<{ json<T>(): T }>;
  const events: EventResource[] = [];
  let after = '';
  for (let page = 0; page < 50; page++) {
    const body = (await get('GET', `/v1/events?limit=100${after ? `&after=${after}` : ''}`, auth)).json<
      Page<EventResource>
    >();
    events.push(...body.data);
    if (body.data.length === 0 || !body.nextCursor || body.nextCursor === after) break;
    after = body.nextCursor;
  }
  return events;
}

/** Per target and severity, what the events say of each request: breached if an alert said so, met once the clock stopped. */
function countFromEvents(events: EventResource[]): Map<string, Record<Outcome, number>> {
  const severityOf = new Map<string, string>();
  const stopped = new Map<string, Set<string>>();
  const breached = new Map<string, Set<string>>();
  const mark = (map: Map<string, Set<string>>, id: string, target: string) =>
    map.set(id, (map.get(id) ?? new Set()).add(target));
  for (const event of events) {
    const id = event.subject.id;
    const data = event.data as { severity?: string; from?: string; to?: string; target?: string };
    if (event.type === 'support_request.created') severityOf.set(id, data.severity!);
    if (event.type === 'support_request.state_changed') {
      if (data.from === 'new') mark(stopped, id, 'first_response');
      if (['resolved', 'closed', 'cancelled'].includes(data.to!)) mark(stopped, id, 'resolution');
    }
    if (event.type === 'support_request.sla_breached') mark(breached, id, data.target!);
  }
  const counts = new Map<string, Record<Outcome, number>>();
  for (const [id, severity] of severityOf) {
    for (const target of ['first_response', 'resolution']) {
      const key = `${target}/${severity}`;
      const count = counts.get(key) ?? { met: 0, breached: 0, open: 0 };
      if (breached.get(id)?.has(target)) count.breached++;
      else if (stopped.get(id)?.has(target)) count.met++;
      else count.open++;
      counts.set(key, count);
    }
  }
  return counts;
}

t.test("the SLA report's counts are the ones the event feed tells", async (t) => {
  const { call, helpdesk, raise, move, ownerUrl, pool, admin, customer, app } = await setup(t);
  // Met both ways: answered, then resolved in time.
  const answered = await raise();
  await move(answered, { to: 'in_progress' });
  await move(answered, { to: 'resolved', resolution: { code: 'fixed', summary: 'Connector re-enabled.' } });
  // Open both ways.
  await raise();
  // Breached both ways: nobody answered in time (its clock is moved two days back).
  const ignored = await raise({ severity: 'moderate', title: 'Teams calls drop' });
  // Answered in time, resolution late.
  const slow = await raise({ severity: 'moderate', title: 'OneDrive sync stuck' });
  await move(slow, { to: 'in_progress' });
  // Cancelled before anything was due: the clock stopped in time.
  const cancelled = await raise({ severity: 'minimal', category: 'billing', title: 'Invoice copy' });
  await move(cancelled, { to: 'cancelled', reason: 'found it in Partner Center' });
  // Answered, but after the first response was due (taken into work once the alert was raised, below).
  const late = await raise({ severity: 'minimal', title: 'Licence not assigned' });

  await asOwner(
    ownerUrl,
    `update support_requests
        set created_at = created_at - interval '2 days',
            first_response_due_at = now() - interval '1 day', first_response_at_risk_at = now() - interval '1 day',
            resolution_due_at = now() - interval '1 hour', resolution_at_risk_at = now() - interval '2 hours',
            next_timer_at = now()
      where id = $1`,
    [ignored],
  );
  await asOwner(
    ownerUrl,
    `update support_requests
        set resolution_due_at = now() - interval '1 minute', resolution_at_risk_at = now() - interval '2 minutes',
            next_timer_at = now()
      where id = $1`,
    [slow],
  );
  await asOwner(
    ownerUrl,
    `update support_requests
        set created_at = created_at - interval '2 days',
            first_response_due_at = now() - interval '1 day', first_response_at_risk_at = now() - interval '1 day',
            next_timer_at = now()
      where id = $1`,
    [late],
  );
  // The timers job raises the alerts (it runs here directly rather than on its schedule).
  const raised = await runRequestTimers(pool, 7, { partnerId: admin.partner.id });
  t.equal(raised.filter((kind) => kind === 'breached').length, 4, 'four targets breached');
  await move(late, { to: 'in_progress' });

  const report = await call('GET', `/v1/reports/sla?${periodAround(3)}`, helpdesk);
  t.equal(report.statusCode, 200, report.body);
  const rows = report.json<{ targets: TargetRow[] }>().targets;
  const fromEvents = countFromEvents(await feed(call, helpdesk));
  t.same(
    Object.fromEntries(
      rows.map((row) => [`${row.target}/${row.severity}`, { met: row.met, breached: row.breached, open: row.open }]),
    ),
    Object.fromEntries(fromEvents),
    'met, breached and open per target and severity',
  );
  t.same(
    rows.map((row) => [row.target, row.severity, row.requests]),
    [
      ['first_response', 'critical', 2],
      ['first_response', 'moderate', 2],
      ['first_response', 'minimal', 2],
      ['resolution', 'critical', 2],
      ['resolution', 'moderate', 2],
      ['resolution', 'minimal', 2],
    ],
  );
  const critical = rows.find((row) => row.target === 'first_response' && row.severity === 'critical')!;
  t.match(critical, { met: 1, open: 1, metShare: 0.5, openShare: 0.5, breachedShare: 0 });
  const minimalAnswers = rows.find((row) => row.target === 'first_response' && row.severity === 'minimal')!;
  t.match(minimalAnswers, { met: 1, breached: 1, open: 0 }, 'an answer after the due time is a breach, not a success');
  t.ok((critical.medianMinutesUsed as number) >= 0 && (critical.medianMinutesUsed as number) < 60, 'answered at once');

  // Filters narrow it; a customer user reads no report.
  const minimal = await call('GET', `/v1/reports/sla?${periodAround(3)}&severity=minimal&category=billing`, helpdesk);
  t.same(
    minimal.json<{ targets: TargetRow[] }>().targets.map((row) => row.requests),
    [1, 1],
  );
  const other = await createCustomer(app, admin.auth);
  t.same(
    (await call('GET', `/v1/reports/sla?${periodAround(3)}&customerId=${other.id}`, helpdesk)).json<{
      targets: unknown[];
    }>().targets,
    [],
  );
  const portal = await createCustomerKey(app, admin, customer.id);
  for (const report of ['sla', 'backlog', 'escalations', 'requests', 'training-needs']) {
    const refused = await call('GET', `/v1/reports/${report}?${periodAround(3)}`, portal);
    t.equal(refused.statusCode, 403, report);
  }
});

t.test('backlog, request volume and escalation reports', async (t) => {
  const { call, helpdesk, raise, move, ownerUrl, admin, customer } = await setup(t);
  const old = await raise({ title: 'Mailbox migration stalled' });
  await asOwner(ownerUrl, `update support_requests set created_at = now() - interval '10 days' where id = $1`, [old]);
  const waiting = await raise({ severity: 'moderate', channel: 'email' });
  await move(waiting, { to: 'in_progress' });
  await move(waiting, { to: 'awaiting_customer' });
  const done = await raise({ category: 'billing', severity: 'minimal' });
  await move(done, { to: 'in_progress' });
  await call('PUT', `/v1/support-requests/${done}/diagnosis`, helpdesk, {
    cause: 'billing_question',
    summary: 'The customer asks about the November invoice.',
  });
  // A commercial escalation to Microsoft that ends resolved.
  const escalation = await call('POST', '/v1/escalations', helpdesk, {
    supportRequestId: done,
    channel: 'commercial',
    summary: 'Invoice shows the wrong seat count',
  });
  t.equal(escalation.statusCode, 201, escalation.body);
  const escalationId = escalation.json<Resource>().id;
  const moveEscalation = (body: object) => call('POST', `/v1/escalations/${escalationId}/transitions`, helpdesk, body);
  await moveEscalation({ to: 'submitted', externalCaseId: '2611210040001234' });
  await moveEscalation({ to: 'resolved', note: 'Microsoft corrected the invoice.' });
  await call('POST', '/v1/partner/support-plans', admin.auth, { kind: 'premier', validFrom: '2026-01-01T00:00:00Z' });

  const backlog = await call('GET', `/v1/reports/backlog?${periodAround(30)}`, helpdesk);
  t.equal(backlog.statusCode, 200, backlog.body);
  t.match(backlog.json(), {
    groups: [
      { state: 'new', ageBand: '7_to_30_days', requests: 1 },
      { state: 'awaiting_customer', ageBand: 'under_1_day', slaStatus: 'paused', requests: 1 },
      { state: 'in_progress', ageBand: 'under_1_day', requests: 1 },
    ],
  });
  t.equal(backlog.json<{ groups: unknown[] }>().groups.length, 3, 'oldest first; nothing resolved or final');

  const volume = await call('GET', `/v1/reports/requests?${periodAround(30)}&customerId=${customer.id}`, helpdesk);
  t.equal(volume.statusCode, 200, volume.body);
  t.match(volume.json(), {
    requests: 3,
    byCategory: [
      { category: 'troubleshooting', requests: 2 },
      { category: 'billing', requests: 1 },
    ],
    byCause: [
      { cause: null, requests: 2 },
      { cause: 'billing_question', requests: 1 },
    ],
  });
  t.equal(volume.json<{ byDay: unknown[] }>().byDay.length, 2, 'ten days ago, and today');

  const escalations = await call('GET', `/v1/reports/escalations?${periodAround(30)}`, helpdesk);
  t.equal(escalations.statusCode, 200, escalations.body);
  t.match(escalations.json(), {
    groups: [
      { channel: 'commercial', target: 'microsoft', product: 'Microsoft 365 E3', outcome: 'resolved', escalations: 1 },
    ],
    plans: [{ kind: 'premier', escalations: 0, incidentsUsed: 0, incidentsRemaining: null }],
  });
  const ended = escalations.json<{ groups: { medianMinutesToResolve: number }[] }>().groups[0]!;
  t.ok(ended.medianMinutesToResolve >= 0 && ended.medianMinutesToResolve < 60, 'resolved within the test');

  for (const query of [
    'from=2026-11-10T00:00:00Z&to=2026-11-01T00:00:00Z',
    'from=not-a-date&to=2026-11-01T00:00:00Z',
  ]) {
    const bad = await call('GET', `/v1/reports/backlog?${query}`, helpdesk);
    t.equal(bad.statusCode, 400, query);
    t.equal(bad.json<Problem>().code, 'validation-failed');
  }
});

/**
 * The minutes used the service stored for request `id` (first response, resolution), what
 * PostgreSQL's own business_minutes() makes of its stored instants (a clock stops at its event, or
 * at the closing without it), and the stored values as the SLA report rounds them.
 */
async function minutesOf(ownerUrl: string, id: string) {
  const [row] = await asOwner<Record<'stored' | 'computed' | 'shown', number[]>>(
    ownerUrl,
    `select array[r.first_response_minutes_used, r.resolution_minutes_used] as stored,
            array[business_minutes(d.hours, r.created_at, coalesce(r.first_responded_at, r.closed_at)),
                  business_minutes(d.hours, r.created_at, coalesce(r.resolved_at, r.closed_at)) - r.paused_minutes]
              as computed,
            array[round(r.first_response_minutes_used::numeric, 1),
                  round(r.resolution_minutes_used::numeric, 1)]::float8[] as shown
       from support_requests r join sla_definitions d on d.id = r.sla_definition_id
      where r.id = $1`,
    [id],
  );
  return row!;
}

t.test(
  'the minutes used are business minutes of the definition, kept when a clock stops and forgotten when it restarts',
  async (t) => {
    const { app, ownerUrl } = await build(t);
    const admin = await createPartner(app, { name: 'Contoso Partner', kind: 'direct', competency: 'gold' });
    await publishedSla(app, admin.auth); // Paris office hours, with a lunch break
    const customer = await createCustomer(app, admin.auth, { name: 'Contoso France' });
    const call = (url: string, payload?: object) =>
      app.inject({ method: payload ? 'POST' : 'GET', url, headers: admin.auth, ...(payload ? { payload } : {}) });
    const id = (await call('/v1/support-requests', newRequest(customer.id))).json<Resource>().id;
    // Raised on Friday 2026-11-20 at 17:00 in Paris, an hour before the office closes; answered and
    // resolved now, so each clock used that hour and whatever office time has passed since.
    const opened = '2026-11-20T16:00:00Z';
    await asOwner(ownerUrl, 'update support_requests set created_at = $2 where id = $1', [id, opened]);
    await call(`/v1/support-requests/${id}/transitions`, { to: 'in_progress' });
    const resolution = { code: 'fixed', summary: 'Connector re-enabled.' };
    await call(`/v1/support-requests/${id}/transitions`, { to: 'resolved', resolution });
    const critical = async (target: string) => {
      const body = (await call('/v1/reports/sla?from=2026-11-20T00:00:00Z&to=2026-11-21T00:00:00Z')).json<{
        targets: TargetRow[];
      }>();
      return body.targets.find((row) => row.target === target && row.severity === 'critical')!;
    };
    const { stored, computed, shown } = await minutesOf(ownerUrl, id);
    t.ok(stored[0]! >= 60, `Friday's last hour counts (${stored[0]} minutes)`);
    t.ok(Math.abs(stored[0]! - computed[0]!) < 1e-6, `first response: ${stored[0]} stored, ${computed[0]} computed`);
    t.ok(Math.abs(stored[1]! - computed[1]!) < 1e-6, `resolution: ${stored[1]} stored, ${computed[1]} computed`);
    t.match(await critical('first_response'), { medianMinutesUsed: shown[0], p90MinutesUsed: shown[0] });
    t.match(await critical('resolution'), { met: 1, medianMinutesUsed: shown[1], p90MinutesUsed: shown[1] });

    // Reopened: the resolution clock runs again, so it has used no minutes that count yet.
    const reopened = await call(`/v1/support-requests/${id}/transitions`, { to: 'in_progress' });
    t.equal(reopened.statusCode, 200, reopened.body);
    t.match(await critical('resolution'), { met: 0, open: 1, medianMinutesUsed: null, p90MinutesUsed: null });
    t.match(await critical('first_response'), { medianMinutesUsed: shown[0] });
  },
);

t.test('a public note answers and stops the first clock; a cancellation stops the clocks still running', async (t) => {
  const { app, ownerUrl } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth); // Paris office hours
  const customer = await createCustomer(app, admin.auth, { name: 'Contoso France' });
  const raise = async () => {
    const id = await raiseRequest(app, admin.auth, customer.id);
    // Raised on Friday 2026-11-20 at 17:00 in Paris, an hour before the office closes.
    await asOwner(ownerUrl, "update support_requests set created_at = '2026-11-20T16:00:00Z' where id = $1", [id]);
    return id;
  };
  const post = async (url: string, payload: object) => {
    const response = await app.inject({ method: 'POST', url, headers: admin.auth, payload });
    t.ok(response.statusCode < 300, `${url}: ${response.statusCode} ${response.body}`);
  };
  const answered = await raise();
  await post(`/v1/support-requests/${answered}/notes`, { text: 'We are looking into it.', visibility: 'public' });
  const afterNote = await minutesOf(ownerUrl, answered);
  t.ok(afterNote.stored[0]! >= 60, "answered by the note: Friday's last hour counts");
  t.ok(Math.abs(afterNote.stored[0]! - afterNote.computed[0]!) < 1e-6, 'as business_minutes() counts it');
  t.equal(afterNote.stored[1], null, 'the resolution clock still runs');

  const unanswered = await raise();
  for (const id of [answered, unanswered]) {
    await post(`/v1/support-requests/${id}/transitions`, { to: 'cancelled', reason: 'Raised twice.' });
    const { stored, computed } = await minutesOf(ownerUrl, id);
    t.ok(
      stored.every((minutes) => minutes !== null && minutes >= 60),
      `${id}: both clocks stopped`,
    );
    t.ok(
      stored.every((minutes, i) => Math.abs(minutes - computed[i]!) < 1e-6),
      `${id}: stored ${stored.join(', ')}, computed ${computed.join(', ')}`,
    );
  }
  const [firstResponse, resolution] = (await minutesOf(ownerUrl, unanswered)).stored;
  t.equal(firstResponse, resolution, 'unanswered: both clocks stopped at the cancellation');
});

t.test('business minutes in SQL agree with the SLA clock on office hours', async (t) => {
  const { ownerUrl } = await build(t);
  const hours = completeSla().hours as Parameters<typeof businessMinutesBetween>[0];
  const intervals = [
    ['2026-11-20T16:00:00Z', '2026-11-23T09:00:00Z'], // Friday 17:00 to Monday 10:00 in Paris
    ['2026-11-23T11:00:00Z', '2026-11-23T13:00:00Z'], // across the lunch break
    ['2026-12-24T08:00:00Z', '2026-12-28T08:00:00Z'], // over Christmas, a holiday, and a weekend
    ['2026-11-22T10:00:00Z', '2026-11-22T12:00:00Z'], // a Sunday
  ];
  for (const [since, till] of intervals) {
    const [row] = await asOwner<{ minutes: number }>(
      ownerUrl,
      'select business_minutes($1::jsonb, $2::timestamptz, $3::timestamptz) as minutes',
      [JSON.stringify(hours), since, till],
    );
    t.equal(row!.minutes, businessMinutesBetween(hours, since!, till!), `${since} → ${till}`);
  }
});

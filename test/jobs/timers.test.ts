import t from 'tap';
import {
  asOwner,
  build,
  createCustomer,
  createPartner,
  eventually,
  newRequest,
  publishedSla,
  raiseRequest,
  startTestJobs,
  type Page,
  type SupportRequestResource,
  type EventResource,
} from '../helper.js';

t.test(
  'an unanswered critical request on a 1-minute first-response target is marked breached',
  { timeout: 150_000 },
  async (t) => {
    const context = await build(t);
    const { app } = context;
    await startTestJobs(context);
    const admin = await createPartner(app);
    await publishedSla(app, admin.auth, {
      hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] },
      targets: {
        critical: { firstResponseMinutes: 1, resolutionMinutes: 60 },
        moderate: { firstResponseMinutes: 60, resolutionMinutes: 600 },
        minimal: { firstResponseMinutes: 120, resolutionMinutes: 1200 },
      },
    });
    const customer = await createCustomer(app, admin.auth);
    const request = (
      await app.inject({
        method: 'POST',
        url: '/v1/support-requests',
        headers: admin.auth,
        payload: newRequest(customer.id),
      })
    ).json<SupportRequestResource>();
    const breachDue = Date.parse(request.sla.firstResponseDueAt);

    const history = () =>
      app
        .inject({ url: `/v1/support-requests/${request.id}/events`, headers: admin.auth })
        .then((r) => r.json<Page<EventResource>>().data);
    const breached = await eventually(
      async () => (await history()).find((e) => e.type === 'support_request.sla_breached'),
      100_000,
      'the breach event',
    );
    t.ok(Date.parse(breached.occurredAt) - breachDue < 30_000, 'within 30 s of the moment');
    t.ok(Date.parse(breached.occurredAt) >= breachDue, 'not before it');
    t.match(breached, {
      actor: { kind: 'system' },
      data: { target: 'first_response', dueAt: request.sla.firstResponseDueAt },
    });
    const events = await history();
    t.equal(events.filter((e) => e.type === 'support_request.sla_at_risk').length, 1, 'at risk once, at 75 %');
    t.equal(events.filter((e) => e.type === 'support_request.sla_breached').length, 1, 'breached once');
    const found = (
      await app.inject({ url: '/v1/support-requests?slaStatus=breached', headers: admin.auth })
    ).json<Page>();
    t.same(
      found.data.map((r: { id: string }) => r.id),
      [request.id],
    );
  },
);

t.test("the partner's timer is never after a request's moment: a moment brought earlier moves it", async (t) => {
  const { app, ownerUrl } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const customer = await createCustomer(app, admin.auth);
  const raised = await app.inject({
    method: 'POST',
    url: '/v1/support-requests',
    headers: admin.auth,
    payload: newRequest(customer.id, { severity: 'minimal' }),
  });
  const { id } = raised.json<SupportRequestResource>();
  const moments = async () => {
    const [row] = await asOwner<{ request: number; partner: number }>(
      ownerUrl,
      `select extract(epoch from r.next_timer_at)::float8 as request, extract(epoch from p.timer_due_at)::float8 as partner
         from support_requests r join partners p on p.id = r.partner_id where r.id = $1`,
      [id],
    );
    return row!;
  };
  const change = (severity: string, version: number) =>
    app.inject({
      method: 'PATCH',
      url: `/v1/support-requests/${id}`,
      headers: { ...admin.auth, 'if-match': `"${version}"` },
      payload: { severity },
    });

  const minimal = await moments();
  t.equal(minimal.partner, minimal.request, 'a create sets it to the request’s moment');
  t.equal((await change('critical', 1)).statusCode, 200);
  const critical = await moments();
  t.ok(critical.request < minimal.request, 'a critical request is due sooner');
  t.equal(critical.partner, critical.request, 'and the timer moved with it');
  t.equal((await change('minimal', 2)).statusCode, 200);
  const later = await moments();
  t.ok(later.request > critical.request);
  t.equal(
    later.partner,
    critical.partner,
    'a moment moved later leaves the timer: it fires, finds nothing due, and moves on',
  );
});

t.test('a resolved request closes by itself when the reopen window ends', async (t) => {
  const context = await build(t, { reopenWindowDays: 0 });
  const { app } = context;
  await startTestJobs(context, { reopenWindowDays: 0 });
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const customer = await createCustomer(app, admin.auth);
  const id = await raiseRequest(app, admin.auth, customer.id);
  const move = (body: object) =>
    app.inject({ method: 'POST', url: `/v1/support-requests/${id}/transitions`, headers: admin.auth, payload: body });
  await move({ to: 'in_progress' });
  await move({ to: 'resolved', resolution: { code: 'done', summary: 'done' } });
  const closed = await eventually(
    async () => {
      const request = (
        await app.inject({ url: `/v1/support-requests/${id}`, headers: admin.auth })
      ).json<SupportRequestResource>();
      return request.state === 'closed' && request;
    },
    20_000,
    'the auto-close',
  );
  t.equal(closed.state, 'closed');
  const events = (await app.inject({ url: `/v1/support-requests/${id}/events`, headers: admin.auth })).json<
    Page<EventResource>
  >().data;
  t.match(events.at(-1), {
    type: 'support_request.state_changed',
    actor: { kind: 'system' },
    data: { from: 'resolved', to: 'closed', reason: 'the reopen window ended' },
  });
});

import t from 'tap';
import {
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

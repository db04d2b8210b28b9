import t from 'tap';
import pg from 'pg';
import {
  build,
  createCustomer,
  createKey,
  createPartner,
  eventually,
  freshDatabase,
  newRequest,
  publishedSla,
  type Page,
  type Resource,
  type EventResource,
} from '../helper.js';

t.test(
  'a follower polling the feed while 120 requests are created and taken into work sees every event exactly once',
  async (t) => {
    const { app } = await build(t);
    const admin = await createPartner(app);
    const other = await createPartner(app);
    await publishedSla(app, admin.auth, { hours: { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] } });
    await publishedSla(app, other.auth);
    const customer = await createCustomer(app, admin.auth);
    const agents = [
      await createKey(app, admin, 'helpdesk_agent'),
      await createKey(app, admin, 'helpdesk_agent'),
      admin.auth,
    ];

    // Start from the head of the feed, after the set-up's own events.
    let after: string | undefined;
    const head = async () => {
      for (;;) {
        const page = (
          await app.inject({
            url: '/v1/events',
            query: { limit: '100', ...(after ? { after } : {}) },
            headers: admin.auth,
          })
        ).json<Page>();
        if (page.data.length === 0) return;
        after = page.nextCursor ?? undefined;
      }
    };
    await head();

    const seen: string[] = [];
    let writing = true;
    // Polls until the writers are done and 240 events were seen, then a little longer: a duplicate
    // or a late event would show up then. Bounded by a deadline.
    const follower = (async () => {
      const deadline = Date.now() + 30_000;
      let quietPolls = 0;
      while (Date.now() < deadline && (writing || seen.length < 240 || quietPolls < 20)) {
        const page = (
          await app.inject({
            url: '/v1/events',
            query: { limit: '100', ...(after ? { after } : {}) },
            headers: admin.auth,
          })
        ).json<Page>();
        seen.push(...page.data.map((e: { id: string }) => e.id));
        after = page.nextCursor ?? undefined;
        quietPolls = page.data.length === 0 && !writing ? quietPolls + 1 : 0;
        if (page.data.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();

    const work = Array.from({ length: 120 }, async (_, i) => {
      const agent = agents[i % agents.length]!;
      const created = await app.inject({
        method: 'POST',
        url: '/v1/support-requests',
        headers: agent,
        payload: newRequest(customer.id),
      });
      await app.inject({
        method: 'POST',
        url: `/v1/support-requests/${created.json<Resource>().id}/transitions`,
        headers: agent,
        payload: { to: 'in_progress' },
      });
    });
    await Promise.all(work);
    writing = false;
    await follower;

    t.equal(seen.length, 240, 'two events per request');
    t.equal(new Set(seen).size, seen.length, 'none twice');
    t.same([...seen].sort(), seen, 'in order of their ids');

    const theirs = (await app.inject({ url: '/v1/events', query: { limit: '100' }, headers: other.auth })).json<
      Page<EventResource>
    >();
    t.notOk(
      theirs.data.some((e) => seen.includes(e.id)),
      "another partner's feed holds none of them",
    );
    t.ok(
      theirs.data.every((e) => e.type.startsWith('sla_definition.')),
      'only its own',
    );
  },
);

t.test('the feed filters by type and subject; a bad cursor is 400', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const customer = await createCustomer(app, admin.auth);
  const request = (
    await app.inject({
      method: 'POST',
      url: '/v1/support-requests',
      headers: admin.auth,
      payload: newRequest(customer.id),
    })
  ).json<Resource>();
  const byType = (await app.inject({ url: '/v1/events?type=support_request.created', headers: admin.auth })).json<
    Page<{ subject: { id: string } }>
  >();
  t.same(
    byType.data.map((e) => e.subject.id),
    [request.id],
  );
  const bySubject = (
    await app.inject({ url: `/v1/events?subjectType=customer&subjectId=${customer.id}`, headers: admin.auth })
  ).json<Page<{ type: string }>>();
  t.same(
    bySubject.data.map((e) => e.type),
    ['customer.created'],
  );
  t.match(bySubject.data[0], { actor: { kind: 'api_key', role: 'admin_agent' }, occurredAt: String });

  // The feed's events are rendered by PostgreSQL, a request's history by the route's serializer:
  // a follower reads the same event the same way through both.
  const moved = await app.inject({
    method: 'POST',
    url: `/v1/support-requests/${request.id}/transitions`,
    headers: admin.auth,
    payload: { to: 'in_progress' },
  });
  t.equal(moved.statusCode, 200);
  const feed = await app.inject({
    url: `/v1/events?subjectType=support_request&subjectId=${request.id}`,
    headers: admin.auth,
  });
  t.equal(feed.headers['content-type'], 'application/json; charset=utf-8');
  const history = (await app.inject({ url: `/v1/support-requests/${request.id}/events`, headers: admin.auth })).json<
    Page<EventResource>
  >();
  t.same(
    history.data.map((e) => e.type),
    ['support_request.created', 'support_request.state_changed'],
  );
  t.strictSame(feed.json<Page<EventResource>>().data, history.data);
  t.match(history.data[1]!.occurredAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  const empty = (
    await app.inject({ url: `/v1/events?after=${byType.nextCursor}&type=support_request.created`, headers: admin.auth })
  ).json<Resource>();
  t.same(empty, { data: [], nextCursor: byType.nextCursor }, 'nothing new: the cursor stays');
  t.equal((await app.inject({ url: '/v1/events?after=nope', headers: admin.auth })).statusCode, 400);
});

t.test('an event committed early never overtakes one of an older transaction still running', async (t) => {
  const { app, pool } = await build(t);
  const admin = await createPartner(app);
  const subject = { type: 'customer', id: admin.partner.id };
  const begin = async () => {
    const client = await pool.connect();
    await client.query('begin');
    await client.query(`select set_config('app.partner_id', $1, true)`, [admin.partner.id]);
    return client;
  };
  const record = (client: Awaited<ReturnType<typeof begin>>, type: string) =>
    client.query(
      `insert into events (type, subject_type, subject_id, actor, data)
       values ($1, $2, $3, '{"kind":"system"}', '{"before":{},"after":{}}')`,
      [type, subject.type, subject.id],
    );
  const feed = async () =>
    (await app.inject({ url: '/v1/events', headers: admin.auth }))
      .json<Page<{ type: string }>>()
      .data.map((e) => e.type);
  const before = (await feed()).length;

  const slow = await begin();
  await record(slow, 'customer.created');
  const fast = await begin();
  await record(fast, 'customer.updated');
  await fast.query('commit');
  fast.release();
  t.equal((await feed()).length, before, 'the later transaction committed first, but its event waits');
  await slow.query('commit');
  slow.release();
  // A follower polls: the feed shows both once no older transaction of this database is running.
  const shown = await eventually(
    async () => {
      const types = (await feed()).slice(before);
      return types.length >= 2 && types;
    },
    5_000,
    'both events',
  );
  t.same(shown, ['customer.created', 'customer.updated'], 'then both, in transaction order');
});

t.test('a transaction left open in another database holds no follower back', async (t) => {
  const { app } = await build(t);
  const admin = await createPartner(app);
  const elsewhere = new pg.Client({ connectionString: await freshDatabase(t, { migrated: false }) });
  await elsewhere.connect();
  await elsewhere.query('begin');
  await elsewhere.query('select pg_current_xact_id()'); // now it holds a transaction id, as a writer would
  t.teardown(() => elsewhere.end());

  await createCustomer(app, admin.auth);
  const types = await eventually(
    async () => {
      const data = (await app.inject({ url: '/v1/events', headers: admin.auth })).json<Page<EventResource>>().data;
      return data.length > 0 && data.map((e) => e.type);
    },
    5_000,
    'the customer.created event while another database keeps a transaction open',
  );
  t.same(types, ['customer.created']);
  await elsewhere.query('rollback');
});

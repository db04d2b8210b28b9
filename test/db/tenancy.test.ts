import { randomUUID } from 'node:crypto';
import t, { type Test } from 'tap';
import { createAppPool, type Pool } from '../../src/db/pool.js';
import { innerWorkClient, lastStatement, withTenant } from '../../src/db/tenant.js';
import { build, createCustomer, createPartner, newRequest, publishedSla, type Page, type Resource } from '../helper.js';

t.test(
  'row-level security: a partner sees and touches only its own rows, and nobody sees anything unset',
  async (t) => {
    const { app, pool } = await build(t);
    const a = await createPartner(app, { name: 'A', kind: 'direct' });
    const b = await createPartner(app, { name: 'B', kind: 'direct' });
    const plan = (partner: typeof a) =>
      app.inject({
        method: 'POST',
        url: '/v1/partner/support-plans',
        headers: partner.auth,
        payload: { kind: 'premier', validFrom: '2026-01-01T00:00:00Z' },
      });
    const bPlan = (await plan(b)).json<Resource>();
    await plan(a);

    await withTenant(pool, a.partner.id, async (client) => {
      const partners = await client.query<{ id: string }>('select id from partners');
      t.same(
        partners.rows.map((r) => r.id),
        [a.partner.id],
        'partners: only A',
      );
      const plans = await client.query<{ partner_id: string }>('select partner_id from support_plans');
      t.same(
        plans.rows.map((r) => r.partner_id),
        [a.partner.id],
        'support plans: only A',
      );
      const keys = await client.query<{ partner_id: string }>('select partner_id from api_keys');
      t.ok(
        keys.rows.every((r) => r.partner_id === a.partner.id),
        'api keys: only A',
      );

      const update = await client.query(`update support_plans set incidents_total = 5 where id = $1`, [bPlan.id]);
      t.equal(update.rowCount, 0, "B's plan cannot be updated from A");
      const remove = await client.query(`delete from api_keys where partner_id = $1`, [b.partner.id]);
      t.equal(remove.rowCount, 0, "B's keys cannot be deleted from A");
    });

    await t.rejects(
      withTenant(pool, a.partner.id, (client) =>
        client.query(`insert into support_plans (partner_id, kind, valid_from) values ($1, 'premier', now())`, [
          b.partner.id,
        ]),
      ),
      /row-level security/,
      'a row for B cannot be inserted from A',
    );
    await t.rejects(
      withTenant(pool, a.partner.id, (client) =>
        client.query(`update support_plans set partner_id = $1`, [b.partner.id]),
      ),
      /row-level security/,
      'a row of A cannot be handed to B',
    );

    const unset = await pool.query(
      'select (select count(*) from partners)::int as partners, (select count(*) from api_keys)::int as keys, (select count(*) from support_plans)::int as plans',
    );
    t.same(unset.rows[0], { partners: 0, keys: 0, plans: 0 }, 'with no partner set, no rows at all');
  },
);

t.test('the tables a page reads by the hundred rows read the tenant settings once per query', async (t) => {
  const { app, pool } = await build(t);
  const a = await createPartner(app);
  // A policy that calls app_partner_id() on each row reads the setting for each row (two lookups
  // and a uuid parse); under an InitPlan, once per query (migrations 016, 021, 027).
  for (const table of ['events', 'support_requests', 'escalations', 'time_entries']) {
    const plan = await withTenant(pool, a.partner.id, (client) =>
      client.query<{ 'QUERY PLAN': string }>(`explain (costs off) select * from ${table}`),
    );
    const text = plan.rows.map((row) => row['QUERY PLAN']).join('\n');
    t.match(text, /InitPlan/, `${table}: the settings read by an InitPlan`);
    t.notMatch(text, /current_setting/, `${table}: never row by row`);
  }
});

t.test('the partner setting never leaks from one transaction to the next on a pooled connection', async (t) => {
  const { app, pool } = await build(t);
  const a = await createPartner(app);
  await withTenant(pool, a.partner.id, (client) => client.query('select 1'));
  const client = await pool.connect();
  try {
    const { rows } = await client.query(
      `select coalesce(current_setting('app.partner_id', true), '') as partner, (select count(*)::int from partners) as visible`,
    );
    t.same(rows[0], { partner: '', visible: 0 });
  } finally {
    client.release();
  }
});

/** A partner, and an application pool of one connection. */
async function partnerOnOneConnection(t: Test) {
  const context = await build(t);
  const a = await createPartner(context.app);
  const single = createAppPool(context.ownerUrl, undefined, 1);
  context.beforeClose(() => single.end());
  return { a, single };
}

t.test('a flow that fails before its pipelined begin is answered leaves the connection clean', async (t) => {
  // One connection, so each check below reads the client the failed flow used.
  const { a, single } = await partnerOnOneConnection(t);
  const expectClean = async (after: string) => {
    const client = await single.connect();
    try {
      const { rows } = await client.query(
        `select coalesce(current_setting('app.partner_id', true), '') as partner, (select count(*)::int from partners) as visible`,
      );
      t.same(rows[0], { partner: '', visible: 0 }, `${after}: no partner carried over`);
      t.equal(client.getTransactionStatus(), 'I', `${after}: no transaction left open`);
    } finally {
      client.release();
    }
  };

  await t.rejects(
    withTenant(single, a.partner.id, async () => {
      throw new Error('refused before any query');
    }),
    /refused before any query/,
  );
  await expectClean('a flow refused before any query');
  await t.rejects(
    withTenant(single, a.partner.id, () => {
      throw new Error('refused at once, before a promise');
    }),
    /refused at once/,
  );
  await expectClean('a flow that throws at once');
  await t.rejects(
    withTenant(single, a.partner.id, (client) => client.query('select 1 / 0')),
    { code: '22012' },
  );
  await expectClean('a failed statement');
  await t.rejects(
    withTenant(single, a.partner.id, (client) => client.query('select 1 / 0'), null, { oneStatement: true }),
    { code: '22012' },
  );
  await expectClean('a failed statement with its commit behind it');
  await t.rejects(
    withTenant(
      single,
      a.partner.id,
      async (client) => {
        await client.query('select 1');
        return client.query('select id from partners');
      },
      null,
      { oneStatement: true },
    ),
    /after its last one/,
    'a one-statement flow may not issue a second one (it would run after the commit, as no partner)',
  );
  await expectClean('a one-statement flow that tried a second statement');
  const visible = await withTenant(single, a.partner.id, (client) =>
    client.query<{ id: string }>('select id from partners'),
  );
  t.same(
    visible.rows.map((row) => row.id),
    [a.partner.id],
    'and the next flow runs as its partner',
  );
});

/**
 * The writes to the server of a one-connection pool's connection (a corked stream flushes its
 * chunks in one _writev), and its transaction status, as its flows leave it.
 */
async function watchConnection(t: Test, pool: Pool) {
  const client = await pool.connect();
  const socket = (client as unknown as { connection: { stream: Record<string, (...args: unknown[]) => unknown> } })
    .connection.stream;
  client.release();
  const writes: string[] = [];
  for (const method of ['_write', '_writev'] as const) {
    const original = socket[method]!;
    socket[method] = function (this: unknown, ...args: unknown[]) {
      writes.push(method);
      return original.apply(this, args);
    };
    t.teardown(() => void (socket[method] = original));
  }
  return { writes, status: () => client.getTransactionStatus() };
}

t.test('a last statement carries its commit: one write less, and the same outcomes', async (t) => {
  // One connection, so that a temporary table made by one flow is there for the next.
  const { a, single } = await partnerOnOneConnection(t);
  const asA = <T>(work: Parameters<typeof withTenant<T>>[2]) => withTenant(single, a.partner.id, work);
  // A unique key checked at commit, so that the commit itself can fail.
  await asA((client) =>
    client.query('create temporary table notes (n int unique deferrable initially deferred) on commit preserve rows'),
  );
  const notes = async () =>
    (await asA((client) => client.query<{ n: number }>('select n from notes order by n'))).rows.map((row) => row.n);
  const { writes, status } = await watchConnection(t, single);

  const inserted = await asA(async (client) => {
    await client.query('insert into notes values (1)');
    return lastStatement<{ n: number }>(client, 'insert into notes values (2) returning n');
  });
  t.same(inserted.rows, [{ n: 2 }], 'the last statement answers as any other');
  t.equal(writes.length, 2, `begin with the first statement, then the last with commit: ${writes.join(', ')}`);
  t.equal(status(), 'I', 'no transaction left open');
  t.same(await notes(), [1, 2], 'both statements committed');

  await t.rejects(
    asA((client) => lastStatement(client, 'insert into notes values (1 / 0)')),
    { code: '22012' },
    'a failed last statement fails the flow',
  );
  await t.rejects(
    asA(async (client) => {
      await client.query('insert into notes values (3)');
      return lastStatement(client, 'insert into notes values (3)');
    }),
    { code: '23505' },
    'a failed commit fails the flow',
  );
  t.equal(status(), 'I', 'and leaves no transaction open');
  t.same(await notes(), [1, 2], 'neither changed anything');

  await t.rejects(
    asA(async (client) => {
      await lastStatement(client, 'select 1');
      return client.query('insert into notes values (4)');
    }),
    /after its last one/,
    'a statement after the last is refused (it would run after the commit, as no partner)',
  );
  t.same(await notes(), [1, 2], 'and never ran');

  await asA(async (client) => {
    await lastStatement(innerWorkClient(client), 'insert into notes values (4)');
    await client.query('insert into notes values (5)');
  });
  t.same(await notes(), [1, 2, 4, 5], 'through innerWorkClient, the transaction goes on after the last statement');

  const own = await single.connect();
  try {
    await own.query('begin');
    await lastStatement(own, 'select 1');
    t.equal(own.getTransactionStatus(), 'T', 'in a transaction withTenant does not run, it commits nothing');
    await own.query('rollback');
  } finally {
    own.release();
  }
});

t.test('a one-statement flow costs two writes to the server, one when it says so', async (t) => {
  const { a, single } = await partnerOnOneConnection(t);
  // Warmed up first, so that only the flow's traffic is seen.
  await withTenant(single, a.partner.id, (client) => client.query('select 1'));
  const { writes } = await watchConnection(t, single);
  const partnersOf = (options = {}) =>
    withTenant(
      single,
      a.partner.id,
      (client) => client.query<{ id: string }>('select id from partners'),
      null,
      options,
    );
  t.same(
    (await partnersOf()).rows.map((row) => row.id),
    [a.partner.id],
  );
  t.equal(writes.length, 2, `begin with the statement, then commit: ${writes.join(', ')}`);
  writes.length = 0;
  t.same(
    (await partnersOf({ oneStatement: true })).rows.map((row) => row.id),
    [a.partner.id],
    'said to be one statement: run as the partner all the same',
  );
  t.equal(writes.length, 1, `begin, the statement and commit together: ${writes.join(', ')}`);
  const client2 = await single.connect();
  t.equal(client2.getTransactionStatus(), 'I', 'and committed');
  client2.release();
});

t.test("every {id} route answers 404 for another partner's resource", async (t) => {
  const { app } = await build(t);
  const a = await createPartner(app, { name: 'A', kind: 'direct' });
  const b = await createPartner(app, { name: 'B', kind: 'direct' });

  // How to make a resource of B for each {id} path; a new {id} route must add its entry here.
  const slaOfB = async () => (await publishedSla(app, b.auth, { isDefault: false })).id;
  const customerOfB = async () => (await createCustomer(app, b.auth)).id;
  await publishedSla(app, b.auth);
  const requestOfB = async (overrides: Record<string, unknown> = {}) =>
    (
      await app.inject({
        method: 'POST',
        url: '/v1/support-requests',
        headers: b.auth,
        payload: newRequest(await customerOfB(), overrides),
      })
    ).json<Resource>().id;
  const escalationOfB = async () => {
    const id = await requestOfB({ category: 'billing' });
    const act = (url: string, payload: object) => app.inject({ method: 'POST', url, headers: b.auth, payload });
    await act(`/v1/support-requests/${id}/transitions`, { to: 'in_progress' });
    await app.inject({
      method: 'PUT',
      url: `/v1/support-requests/${id}/diagnosis`,
      headers: b.auth,
      payload: { cause: 'billing_question', summary: 'x' },
    });
    return (
      await act('/v1/escalations', { supportRequestId: id, channel: 'commercial', summary: 'x' })
    ).json<Resource>().id;
  };
  const subscriptionOfB = async () =>
    (
      await app.inject({
        method: 'POST',
        url: '/v1/webhook-subscriptions',
        headers: b.auth,
        payload: { url: 'https://203.0.113.7/hooks' },
      })
    ).json<Resource>().id;
  const resourcesOfB: Record<string, () => Promise<string>> = {
    '/v1/webhook-subscriptions/{id}': subscriptionOfB,
    '/v1/webhook-subscriptions/{id}/deliveries': subscriptionOfB,
    '/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/redeliver': subscriptionOfB,
    '/v1/escalations/{id}': escalationOfB,
    '/v1/escalations/{id}/transitions': escalationOfB,
    '/v1/escalations/{id}/forward': escalationOfB,
    '/v1/escalations/{id}/partner-center-request': escalationOfB,
    '/v1/escalations/{id}/file': escalationOfB,
    '/v1/support-requests/{id}': () => requestOfB(),
    '/v1/support-requests/{id}/transitions': () => requestOfB(),
    '/v1/support-requests/{id}/diagnosis': () => requestOfB(),
    '/v1/support-requests/{id}/health-checks': () => requestOfB(),
    '/v1/support-requests/{id}/notes': () => requestOfB(),
    '/v1/support-requests/{id}/events': () => requestOfB(),
    '/v1/support-requests/{id}/time-entries': () => requestOfB(),
    '/v1/time-entries/{id}': async () =>
      (
        await app.inject({
          method: 'POST',
          url: `/v1/support-requests/${await requestOfB()}/time-entries`,
          headers: b.auth,
          payload: { minutes: 30, billable: true },
        })
      ).json<Resource>().id,
    '/v1/customers/{id}/usage': customerOfB,
    '/v1/support-requests/{id}/links': () => requestOfB(),
    '/v1/support-requests/{id}/attachments': () => requestOfB(),
    '/v1/attachments/{id}/content': async () =>
      (
        await app.inject({
          method: 'POST',
          url: `/v1/support-requests/${await requestOfB()}/attachments?fileName=trace.log`,
          headers: { ...b.auth, 'content-type': 'text/plain' },
          payload: 'a line of a message trace\n',
        })
      ).json<Resource>().id,
    '/v1/service-incidents/{id}/linked-requests': async () => {
      const issue = {
        title: 'Outage',
        service: 'Exchange Online',
        classification: 'incident',
        status: 'x',
        isResolved: false,
      };
      await app.inject({ method: 'PUT', url: '/v1/service-incidents/EXB1', headers: b.auth, payload: issue });
      return 'EXB1';
    },
    '/v1/escalations/{id}/linked-requests': escalationOfB,
    '/v1/sla-definitions/{id}': slaOfB,
    '/v1/sla-definitions/{id}/publish': slaOfB,
    '/v1/sla-definitions/{id}/make-default': slaOfB,
    '/v1/sla-definitions/{id}/retire': slaOfB,
    '/v1/sla-definitions/{id}/due-dates': slaOfB,
    '/v1/customers/{id}': customerOfB,
    '/v1/customers/{id}/billing-status': customerOfB,
    '/v1/customers/{id}/events': customerOfB,
    '/v1/imports/{id}': async () =>
      (
        await app.inject({
          method: 'POST',
          url: '/v1/customers/import',
          headers: b.auth,
          payload: [
            { companyProfile: { tenantId: randomUUID(), companyName: 'Imported', domain: 'imported.example.com' } },
          ],
        })
      ).json<Resource>().id,
    '/v1/api-keys/{id}': async () =>
      (
        await app.inject({
          method: 'POST',
          url: '/v1/api-keys',
          headers: b.auth,
          payload: { name: 'k', role: 'helpdesk_agent' },
        })
      ).json<Resource>().id,
    '/v1/partner/support-plans/{id}': async () =>
      (
        await app.inject({
          method: 'POST',
          url: '/v1/partner/support-plans',
          headers: b.auth,
          payload: { kind: 'advanced', validFrom: '2026-01-01T00:00:00Z' },
        })
      ).json<Resource>().id,
  };
  // Bodies that pass validation, so that the answer is about the id and nothing else.
  const validBodies: Record<string, object> = {
    'patch /v1/sla-definitions/{id}': { name: 'x' },
    'post /v1/sla-definitions/{id}/due-dates': { openedAt: '2026-06-01T08:00:00Z', severity: 'critical' },
    'patch /v1/customers/{id}': { name: 'x' },
    'put /v1/customers/{id}/billing-status': { billingStatus: 'suspended', reason: 'x' },
    'patch /v1/support-requests/{id}': { title: 'x' },
    'post /v1/support-requests/{id}/transitions': { to: 'in_progress' },
    'put /v1/support-requests/{id}/diagnosis': { cause: 'service_bug', summary: 'x' },
    'post /v1/support-requests/{id}/notes': { text: 'x', visibility: 'public' },
    'post /v1/escalations/{id}/transitions': { to: 'withdrawn' },
    'post /v1/support-requests/{id}/time-entries': { minutes: 30, billable: true },
    'patch /v1/time-entries/{id}': { minutes: 45 },
    'post /v1/service-incidents/{id}/linked-requests': { supportRequestIds: [randomUUID()] },
    'post /v1/escalations/{id}/linked-requests': { supportRequestIds: [randomUUID()] },
  };
  // Queries that pass validation, for the routes that need one.
  const validQueries: Record<string, string> = {
    '/v1/customers/{id}/usage': '?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z',
  };
  const document = (await app.inject({ url: '/openapi.json' })).json<{
    paths: Record<string, Record<string, object>>;
  }>();
  // Service incident ids are Microsoft's: each partner keeps its own copy under the same id, so a
  // PUT there writes the caller's copy (checked below) rather than answering 404.
  const idPaths = Object.keys(document.paths).filter(
    // A partner's competency is the operator's to change (its token, not a partner key: 401).
    (path) => path.includes('{id}') && path !== '/v1/service-incidents/{id}' && path !== '/v1/partners/{id}',
  );
  t.same(
    idPaths.filter((path) => !(path in resourcesOfB)),
    [],
    'every {id} route is covered by this test',
  );

  for (const path of idPaths) {
    const id = await resourcesOfB[path]!();
    for (const method of Object.keys(document.paths[path]!)) {
      const response = await app.inject({
        method: method.toUpperCase() as 'GET',
        url:
          path.replace('{id}', id).replace('{deliveryId}', '00000000-0000-4000-8000-000000000000') +
          (validQueries[path] ?? ''),
        headers: a.auth,
        ...(['post', 'put', 'patch'].includes(method) ? { payload: validBodies[`${method} ${path}`] ?? {} } : {}),
      });
      t.equal(response.statusCode, 404, `${method.toUpperCase()} ${path} with B's id, as A`);
    }
    if (document.paths[path]!.get) {
      const own = await app.inject({ url: path.replace('{id}', id) + (validQueries[path] ?? ''), headers: b.auth });
      t.equal(own.statusCode, 200, `B itself reads ${path}`);
    }
  }
});

t.test("a partner's copy of a service incident never touches another partner's", async (t) => {
  const { app } = await build(t);
  const a = await createPartner(app);
  const b = await createPartner(app);
  const issue = {
    title: 'Outage',
    service: 'Exchange Online',
    classification: 'incident',
    status: 'serviceDegradation',
    isResolved: false,
  };
  await app.inject({ method: 'PUT', url: '/v1/service-incidents/EX1', headers: b.auth, payload: issue });
  await app.inject({
    method: 'PUT',
    url: '/v1/service-incidents/EX1',
    headers: a.auth,
    payload: { ...issue, isResolved: true },
  });
  const bList = (await app.inject({ url: '/v1/service-incidents', headers: b.auth })).json<Page>();
  t.match(bList.data, [{ id: 'EX1', isResolved: false }]);
  const aList = (await app.inject({ url: '/v1/service-incidents', headers: a.auth })).json<Page>();
  t.match(aList.data, [{ id: 'EX1', isResolved: true }]);
});

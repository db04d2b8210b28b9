import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import t from 'tap';
import type { Client, Pool } from '../../src/db/pool.js';
import { listRequests } from '../../src/db/supportRequests.js';
import { withTenant } from '../../src/db/tenant.js';
import {
  asOwner,
  build,
  createCustomer,
  createCustomerKey,
  createPartner,
  newRequest,
  publishedSla,
  type Page,
  type SupportRequestResource,
} from '../helper.js';

type ExportedRequest = SupportRequestResource & { updatedAt: string };

const ROWS = 100_000;

// What the heap retains, not what it has yet to collect: heapUsed between collections counts
// garbage too, and how much of it there is depends on how busy the machine is.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const retainedHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

t.test('GET /v1/support-requests/export streams 100,000 requests as NDJSON, page by page', async (t) => {
  const { app, pool, ownerUrl } = await build(t);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const contoso = await createCustomer(app, admin.auth);
  const fabrikam = await createCustomer(app, admin.auth);
  const raise = async (customerId: string) =>
    (
      await app.inject({
        method: 'POST',
        url: '/v1/support-requests',
        headers: admin.auth,
        payload: newRequest(customerId),
      })
    ).json<ExportedRequest>();
  const model = await raise(contoso.id);
  const fabrikamRequest = await raise(fabrikam.id);

  // Copies of the model, every other one changed a day earlier (all within a page share instants).
  const columns = (
    await asOwner<{ name: string }>(
      ownerUrl,
      `select column_name as name from information_schema.columns
        where table_name = 'support_requests' and is_generated = 'NEVER' and column_name not in ('id', 'number', 'updated_at')`,
    )
  ).map((c) => c.name);
  // In batches, so that no long transaction holds back the event feed of the tests running beside.
  for (let from = 1; from < ROWS; from += 10_000) {
    await asOwner(
      ownerUrl,
      `insert into support_requests (id, number, updated_at, ${columns.join(', ')})
       select gen_random_uuid(), r.number + 10 + g, r.updated_at - (g % 2) * interval '1 day', ${columns.map((c) => `r.${c}`).join(', ')}
         from support_requests r, generate_series($2::int, least($2::int + 9999, ${ROWS - 1})) g
        where r.id = $1::uuid`,
      [model.id, from],
    );
  }
  await asOwner(
    ownerUrl,
    `update support_requests set description = 'Le quota de stockage est dépassé' where number = 5000`,
  );
  await asOwner(ownerUrl, 'analyze support_requests');

  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };

  /** Reads the export line by line as it arrives, keeping only what the assertions need. */
  const readExport = async (query: string, auth: { authorization: string }) => {
    const response = await fetch(`http://127.0.0.1:${port}/v1/support-requests/export${query}`, { headers: auth });
    const ids = new Set<string>();
    let lines = 0;
    let sample: Record<string, unknown> | undefined;
    let peakHeap = 0;
    let rest = '';
    // Measured every 10,000 lines: an export held in memory would be retained by then.
    let nextSample = 0;
    const decoder = new TextDecoder();
    for await (const chunk of response.body!) {
      const text = rest + decoder.decode(chunk as Uint8Array, { stream: true });
      const parts = text.split('\n');
      rest = parts.pop()!;
      for (const line of parts) {
        const request = JSON.parse(line) as { id: string };
        sample ??= request;
        ids.add(request.id);
        lines++;
      }
      if (lines >= nextSample) {
        peakHeap = Math.max(peakHeap, retainedHeap());
        nextSample = lines + 10_000;
      }
    }
    t.equal(rest, '', 'the stream ends with a whole line');
    return { status: response.status, type: response.headers.get('content-type'), ids, lines, sample, peakHeap };
  };

  const heapBefore = retainedHeap();
  const all = await readExport('', admin.auth);
  t.equal(all.status, 200);
  t.equal(all.type, 'application/x-ndjson');
  t.equal(all.lines, ROWS + 1, 'every request, once');
  t.equal(all.ids.size, ROWS + 1);
  const single = (
    await app.inject({ url: `/v1/support-requests/${model.id}`, headers: admin.auth })
  ).json<SupportRequestResource>();
  t.same(Object.keys(all.sample!).sort(), Object.keys(single).sort(), 'the same fields as the API');
  t.ok(
    all.peakHeap - heapBefore < 100 * 1024 * 1024,
    `the service did not hold the export in memory (the heap retained ${Math.round((all.peakHeap - heapBefore) / 1e6)} MB more)`,
  );

  const recent = await readExport(`?updatedSince=${encodeURIComponent(model.updatedAt)}`, admin.auth);
  t.equal(recent.lines, ROWS / 2 + 1, 'only the requests changed since then (the model, its even copies, fabrikam)');

  const customerUser = await createCustomerKey(app, admin, fabrikam.id);
  const theirs = await readExport('', customerUser);
  t.same([...theirs.ids], [fabrikamRequest.id], 'a customer user exports only what it may see');
  t.equal(theirs.sample!.assigneeId, null);

  const bad = await fetch(`http://127.0.0.1:${port}/v1/support-requests/export?updatedSince=yesterday`, {
    headers: admin.auth,
  });
  t.equal(bad.status, 400);

  // Search on the same 100,000 rows reads the search index (migrations/020).
  const found = (
    await app.inject({ url: '/v1/support-requests?q=d%C3%A9passement%20quota', headers: admin.auth })
  ).json<Page<SupportRequestResource>>();
  t.same(
    found.data.map((r) => r.number),
    [5000],
  );
  const plan = await asOwner<{ 'QUERY PLAN': string }>(
    ownerUrl,
    `explain select request_id from search_documents where partner_id = $1 and document @@ search_query('quota')`,
    [admin.partner.id],
  );
  t.match(plan.map((row) => row['QUERY PLAN']).join('\n'), /search_documents_words/);

  // A page of one state reads that state's rows, not every newer row in another state: the newest
  // half of the 100,000 stays new, the older half is in progress.
  await asOwner(ownerUrl, `update support_requests set state = 'in_progress' where partner_id = $1 and number < $2`, [
    admin.partner.id,
    ROWS / 2,
  ]);
  await asOwner(ownerUrl, 'analyze support_requests');
  const inProgress = (
    await app.inject({ url: '/v1/support-requests?state=in_progress&limit=3', headers: admin.auth })
  ).json<Page<SupportRequestResource>>();
  t.same(
    inProgress.data.map((r) => [r.number, r.state]),
    [ROWS / 2 - 1, ROWS / 2 - 2, ROWS / 2 - 3].map((number) => [number, 'in_progress']),
  );
  const pageByState = (client: Client) =>
    listRequests(client, admin.partner.id, { states: ['in_progress'] }, undefined, 21);
  for (const generic of [false, true]) {
    const pagesRead = await pagesReadBy(pool, admin.partner.id, pageByState, { generic });
    t.ok(
      pagesRead < 100,
      `a page of in_progress requests read ${pagesRead} pages of 8 kB (the newer new ones: thousands), ` +
        (generic ? 'with the generic plan of its prepared statement' : 'planned for its values'),
    );
  }
  // A search reads the requests its copies lead to by primary key, with a state filter too: the
  // generic plan does not walk that state's 50,000 requests instead.
  const newest = await asOwner<{ id: string }>(
    ownerUrl,
    'select id from support_requests where partner_id = $1 order by number desc limit 50',
    [admin.partner.id],
  );
  const searchAmongNewest = (client: Client) =>
    listRequests(client, admin.partner.id, { states: ['in_progress'], q: 'quota' }, undefined, 21, {
      among: newest.map((row) => row.id),
    });
  for (const generic of [false, true]) {
    const pagesRead = await pagesReadBy(pool, admin.partner.id, searchAmongNewest, { generic });
    t.ok(
      pagesRead < 1_000,
      `a search among 50 requests read ${pagesRead} pages of 8 kB, ` +
        (generic ? 'with the generic plan of its prepared statement' : 'planned for its values'),
    );
  }
});

t.test('a list is a prepared statement only when its plan cannot depend on the values', async (t) => {
  const partnerId = '00000000-0000-4000-8000-000000000001';
  const prepares = async (filter: Parameters<typeof listRequests>[2], among?: string[]) => {
    let named = false;
    const recording = {
      query: async (config: { name?: string }) => {
        named = config.name !== undefined;
        return { rows: [] };
      },
    };
    await listRequests(recording as unknown as Client, partnerId, filter, undefined, 20, among ? { among } : null);
    return named;
  };
  const customerId = '00000000-0000-4000-8000-000000000002';
  t.ok(await prepares({}), "the partner's newest requests");
  t.ok(await prepares({ states: ['in_progress'] }), 'one state: its index');
  t.ok(await prepares({ customerId }), 'one customer: its index');
  t.notOk(await prepares({ states: ['in_progress', 'escalated'] }), 'several states');
  t.notOk(await prepares({ states: ['in_progress'], customerId }), 'two indexed filters: which index depends on them');
  t.notOk(await prepares({ updatedSince: '2026-11-22T00:00:00.000Z' }), 'a time range');
  t.notOk(await prepares({ slaStatus: 'breached' }), 'an SLA status');
  t.notOk(await prepares({ tag: ['vip'] }), 'tags');
  t.notOk(await prepares({ externalRef: 'crm:42' }), 'an external reference');
  t.ok(
    await prepares({ q: 'facture' }, [customerId]),
    'a search among the requests its copies lead to: by primary key',
  );
  t.ok(
    await prepares({ q: 'facture', states: ['in_progress'], updatedSince: '2026-11-22T00:00:00.000Z' }, [customerId]),
    'whatever its other filters',
  );
  t.notOk(await prepares({ q: 'facture' }), 'a search that walks the requests themselves');
});

/**
 * How many buffer pages PostgreSQL reads to run the one query of `list`, as `partnerId`: with a
 * plan for its values, or with the generic plan a prepared statement comes to after five runs.
 */
async function pagesReadBy(
  pool: Pool,
  partnerId: string,
  list: (client: Client) => Promise<unknown>,
  { generic = false } = {},
): Promise<number> {
  type Plan = { Plan: { 'Shared Hit Blocks': number; 'Shared Read Blocks': number } };
  let plan: Plan | undefined;
  await withTenant(pool, partnerId, async (client) => {
    const explaining = {
      query: async ({ text, values }: { text: string; values: unknown[] }) => {
        type Explained = { 'QUERY PLAN': Plan[] };
        let explained: Explained[];
        if (generic) {
          // EXPLAIN EXECUTE takes no bound parameters: the values are written as literals.
          await client.query(`prepare listed as ${text}`);
          await client.query('set local plan_cache_mode = force_generic_plan');
          const literals = values
            .map((value) => client.escapeLiteral(Array.isArray(value) ? `{${value.join(',')}}` : String(value)))
            .join(', ');
          ({ rows: explained } = await client.query<Explained>(
            `explain (analyze, buffers, format json) execute listed(${literals})`,
          ));
          await client.query('deallocate listed');
        } else {
          ({ rows: explained } = await client.query<Explained>(
            `explain (analyze, buffers, format json) ${text}`,
            values,
          ));
        }
        plan = explained[0]!['QUERY PLAN'][0];
        return { rows: [] };
      },
    };
    await list(explaining as unknown as Client);
  });
  return plan!.Plan['Shared Hit Blocks'] + plan!.Plan['Shared Read Blocks'];
}

import pg from 'pg';
import t from 'tap';
import {
  build,
  createCustomer,
  createPartner,
  eventually,
  freshDatabase,
  OPERATOR_TOKEN,
  startTestJobs,
} from '../helper.js';
import { startReceiver } from '../support/receiver.js';

const operator = { authorization: `Bearer ${OPERATOR_TOKEN}` };
// One sample of the Prometheus text format: name, optional labels, value.
const SAMPLE =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? (-?[0-9.]+(e[+-]?[0-9]+)?|NaN|[+-]Inf)$/;

t.test('/metrics: operator only, Prometheus text, traffic by route, pool, queue, webhooks and feed lag', async (t) => {
  const context = await build(t);
  const { app, ownerUrl } = context;
  await startTestJobs(context);

  const anonymous = await app.inject({ url: '/metrics' });
  t.equal(anonymous.statusCode, 401, 'without the operator token: 401');
  t.match(anonymous.headers['content-type'], /application\/problem\+json/);
  const admin = await createPartner(app);
  t.equal(
    (await app.inject({ url: '/metrics', headers: admin.auth })).statusCode,
    401,
    "a partner's key is not enough",
  );
  const contract = await app.inject({ url: '/openapi.json' });
  t.notOk(
    Object.keys(contract.json<{ paths: Record<string, unknown> }>().paths).includes('/metrics'),
    'not part of the public contract',
  );

  const failing = await startReceiver(t, () => 500);
  await app.inject({
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    headers: admin.auth,
    payload: { url: failing.url },
  });
  await createCustomer(app, admin.auth);
  await eventually(async () => failing.received.length > 0, 20_000, 'a failed delivery attempt');
  for (let i = 0; i < 3; i++) await app.inject({ url: '/healthz' });
  await app.inject({ url: '/no/such/route' });

  const scrape = async () => {
    const response = await app.inject({ url: '/metrics', headers: operator });
    t.equal(response.statusCode, 200);
    t.match(response.headers['content-type'], /^text\/plain; version=0\.0\.4/);
    return response.body;
  };
  const body = await eventually(
    async () => {
      const text = await scrape();
      return /^partnerdesk_webhook_deliveries_retrying [1-9]/m.test(text) && text;
    },
    20_000,
    'a delivery waiting for its retry',
  );
  // A writing transaction left open in this database holds the feed back: the lag shows it.
  const holder = new pg.Client({ connectionString: ownerUrl });
  await holder.connect();
  t.teardown(() => holder.end());
  await holder.query('begin');
  await holder.query('select pg_current_xact_id()');
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const lagged = await scrape().finally(() => holder.query('rollback'));

  const samples = body.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  t.same(
    samples.filter((line) => !SAMPLE.test(line)),
    [],
    'every sample line is in the Prometheus text format',
  );
  t.match(body, /^partnerdesk_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} 3$/m);
  t.match(body, /^partnerdesk_http_request_duration_seconds_count\{method="GET",route="unmatched",status="404"\} 1$/m);
  t.match(
    body,
    /^partnerdesk_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/healthz",status="200"\} \d+$/m,
  );
  t.match(body, /^partnerdesk_db_pool_connections\{state="total"\} [1-9]/m, 'pool usage');
  t.match(body, /^partnerdesk_database_up 1$/m);
  t.match(body, /^partnerdesk_jobs_ready\{task="[a-z_]+"\} \d+$/m, 'queue depth by task');
  t.match(body, /^partnerdesk_jobs_oldest_ready_seconds\{task="[a-z_]+"\} [0-9.]+$/m, 'queue age by task');
  t.match(body, /^partnerdesk_sla_alerts_raised_total\{kind="breached"\} 0$/m, 'SLA alerts raised are counted');
  const lag = Number(/^partnerdesk_feed_lag_seconds (\S+)$/m.exec(lagged)?.[1]);
  t.ok(lag >= 1, `the feed lag shows the transaction held open (${lag} s)`);
  t.match(body, /^partnerdesk_process_resident_memory_bytes /m, 'process metrics');
});

t.test('the feed lag is per database: a transaction held open in another database does not raise it', async (t) => {
  const { app } = await build(t);
  const elsewhere = new pg.Client({ connectionString: await freshDatabase(t) });
  await elsewhere.connect();
  t.teardown(() => elsewhere.end());
  await elsewhere.query('begin');
  await elsewhere.query('select pg_current_xact_id()');
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  // Its age just before the scrape: a lag counting it would be at least as much.
  const held = await elsewhere.query<{ seconds: number }>(
    'select extract(epoch from clock_timestamp() - now())::float8 as seconds',
  );
  const scraped = await app.inject({ url: '/metrics', headers: operator });
  await elsewhere.query('rollback');
  const heldFor = held.rows[0]!.seconds;
  const lag = Number(/^partnerdesk_feed_lag_seconds (\S+)$/m.exec(scraped.body)?.[1]);
  t.ok(heldFor >= 2, `the other database's transaction was open for ${heldFor} s`);
  t.ok(lag < heldFor, `this database's lag (${lag} s) is not raised by it`);
});

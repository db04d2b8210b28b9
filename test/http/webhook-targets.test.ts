import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import t from 'tap';
import {
  asOwner,
  build,
  createCustomer,
  createPartner,
  eventually,
  newRequest,
  publishedSla,
  startTestJobs,
} from '../helper.js';
import { checkTarget, isGloballyRoutable, post } from '../../src/jobs/webhooks.js';

const refusedAddresses = [
  '127.0.0.1',
  '10.1.2.3',
  '172.16.0.1',
  '192.168.1.1',
  '169.254.169.254',
  '100.64.0.1',
  '0.0.0.0',
  '198.18.0.1', // benchmarking, 198.18.0.0/15
  '198.19.255.254',
  '224.0.0.1', // multicast
  '255.255.255.255',
  '::1',
  '::',
  '::127.0.0.1', // IPv4-compatible
  '::ffff:127.0.0.1', // IPv4-mapped
  '::ffff:0:7f00:1', // IPv4-translated
  '64:ff9b::7f00:1', // NAT64 of 127.0.0.1
  '64:ff9b::a01:203', // NAT64 of 10.1.2.3
  '64:ff9b:1::1', // local-use NAT64
  '2002:7f00:1::1', // 6to4 of 127.0.0.1
  '2001::1', // Teredo
  'fec0::1', // site-local, fec0::/10
  'fc00::1',
  'fe80::1',
  'ff02::1',
  '2001:db8::1',
];
const acceptedAddresses = ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808'];

t.test('only globally routable unicast addresses, wrapped IPv4 forms unwrapped first', async (t) => {
  for (const address of refusedAddresses) t.notOk(isGloballyRoutable(address), `${address} is refused`);
  for (const address of acceptedAddresses) t.ok(isGloballyRoutable(address), `${address} is accepted`);
});

t.test('subscriptions to each SSRF form, and to URLs that do not parse, are 400 validation-failed', async (t) => {
  const { app } = await build(t, { webhookAllowPrivateTargets: false });
  const admin = await createPartner(app);
  const subscribe = (url: string) =>
    app.inject({ method: 'POST', url: '/v1/webhook-subscriptions', headers: admin.auth, payload: { url } });
  const urls = [
    ...refusedAddresses.map((address) =>
      address.includes(':') ? `http://[${address}]/hooks` : `http://${address}/hooks`,
    ),
    'http://localhost/hooks',
    'http://999.999.999.999/',
    'http://a:b:c/',
    'http://example.com:99999/',
  ];
  for (const url of urls) {
    const response = await subscribe(url);
    t.equal(response.statusCode, 400, url);
    t.equal(response.headers['content-type'], 'application/problem+json', `${url}: problem+json`);
    t.equal(response.json().code, 'validation-failed', url);
    t.ok(response.headers['x-request-id'], `${url}: x-request-id`);
  }
  t.equal((await subscribe('https://8.8.8.8/hooks')).statusCode, 201, 'a public address is accepted');
  t.equal((await subscribe('https://[2606:4700:4700::1111]/hooks')).statusCode, 201, 'and a public IPv6 one');
});

t.test('a name that does not resolve is refused; a name with one private address among public ones too', async (t) => {
  const unresolved = await checkTarget('https://hooks.invalid/x', false, async () => []);
  t.same(unresolved, { refused: 'the name hooks.invalid does not resolve' });
  const mixed = await checkTarget('https://hooks.example/x', false, async () => ['8.8.8.8', '10.0.0.1']);
  t.match(mixed, { refused: /globally routable/ });
  const allowedForTests = await checkTarget('https://hooks.example/x', true, async () => ['127.0.0.1']);
  t.match(allowedForTests, { target: { address: '127.0.0.1' } }, 'WEBHOOK_ALLOW_PRIVATE_TARGETS lets loopback through');
});

t.test('the delivery connects to the address that was checked, not to a new resolution of the name', async (t) => {
  const received: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    received.push(request.headers);
    request.resume();
    request.on('end', () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const port = (server.address() as AddressInfo).port;
  // hooks.test resolves nowhere but in this check: a second lookup by the HTTP client would fail.
  const checked = await checkTarget(`http://hooks.test:${port}/hooks`, true, async () => ['127.0.0.1']);
  if (!('target' in checked)) throw new Error(checked.refused);
  const status = await post(checked.target, { 'content-type': 'application/json' }, '{}');
  t.equal(status, 204);
  t.equal(received.length, 1);
  t.equal(received[0]!.host, `hooks.test:${port}`, 'the Host header still names the URL');
});

t.test('deleting a subscription during an attempt ends its delivery cleanly, without a failing job', async (t) => {
  const context = await build(t);
  const { app, ownerUrl } = context;
  await startTestJobs(context);
  const admin = await createPartner(app);
  await publishedSla(app, admin.auth);
  const customer = await createCustomer(app, admin.auth);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrived = 0;
  const server = createServer((request, response) => {
    arrived++;
    request.resume();
    void released.then(() => response.writeHead(200).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const subscribed = await app.inject({
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    headers: admin.auth,
    payload: {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
      eventTypes: ['support_request.created'],
    },
  });
  t.equal(subscribed.statusCode, 201);
  await app.inject({
    method: 'POST',
    url: '/v1/support-requests',
    headers: admin.auth,
    payload: newRequest(customer.id),
  });
  await eventually(async () => arrived > 0, 20_000, 'the attempt to start');
  const deleted = await app.inject({
    method: 'DELETE',
    url: `/v1/webhook-subscriptions/${subscribed.json().id}`,
    headers: admin.auth,
  });
  t.equal(deleted.statusCode, 204);
  release();
  const jobs = await eventually(
    async () => {
      const jobs = await asOwner(
        ownerUrl,
        `select last_error from graphile_worker.jobs where task_identifier = 'deliver_webhook'`,
      );
      return (jobs.length === 0 || jobs.some((job) => job.last_error)) && jobs;
    },
    20_000,
    'the delivery job to finish or fail',
  );
  t.same(jobs, [], 'the delivery job finished without failing');
  const deliveries = await asOwner(ownerUrl, 'select count(*)::int as n from webhook_deliveries');
  t.equal(deliveries[0]?.n, 0, 'its deliveries went with it');
  t.equal(arrived, 1, 'and were not sent again');
});

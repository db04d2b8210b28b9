import t from 'tap';
import { loadConfig } from '../../src/config.js';
import { FAILED_AUTHENTICATIONS_PER_MINUTE } from '../../src/http/rateLimit.js';
import { build, type Problem } from '../helper.js';

// The reverse proxy's address, and clients behind it (documentation ranges).
const PROXY = '192.0.2.10';
const client = (i: number) => `198.51.100.${i + 1}`;

/** A wrong operator token presented from `remoteAddress`, claiming to forward for `forwardedFor`. */
const guessFrom = (remoteAddress: string, forwardedFor: string) => ({
  method: 'POST' as const,
  url: '/v1/partners',
  headers: { authorization: 'Bearer not-the-operator-token', 'x-forwarded-for': forwardedFor },
  payload: { name: 'x', kind: 'direct' },
  remoteAddress,
});

t.test(
  'TRUST_PROXY: unset, false, true, addresses and CIDRs; a hop count or a bad address stops the start',
  async (t) => {
    t.equal(loadConfig({}).trustProxy, false, 'unset: no proxy is trusted');
    t.equal(loadConfig({ TRUST_PROXY: 'false' }).trustProxy, false);
    t.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, true);
    t.same(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.10,::1,fd00::/8,loopback' }).trustProxy, [
      '10.0.0.0/8',
      '192.0.2.10',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    for (const value of ['2', '10.0.0.0/33', 'proxy.internal', '10.0.0.1,', '1']) {
      t.throws(() => loadConfig({ TRUST_PROXY: value }), /^invalid configuration: TRUST_PROXY /, `${value} is refused`);
    }
  },
);

t.test('without TRUST_PROXY, a spoofed X-Forwarded-For does not dodge the failed-authentication limit', async (t) => {
  const { app } = await build(t, { rateLimitPerMinute: 10_000 });
  for (let i = 0; i < FAILED_AUTHENTICATIONS_PER_MINUTE; i++) {
    t.equal((await app.inject(guessFrom(PROXY, client(i)))).statusCode, 401);
  }
  const limited = await app.inject(guessFrom(PROXY, client(99)));
  t.equal(limited.statusCode, 429, 'a fresh X-Forwarded-For from the same peer is still limited');
  t.equal(limited.json<Problem>().code, 'rate-limited');
});

t.test('with TRUST_PROXY, failed authentications are counted per forwarded client address', async (t) => {
  const { app } = await build(t, { rateLimitPerMinute: 10_000, trustProxy: [PROXY] });
  for (let i = 0; i <= FAILED_AUTHENTICATIONS_PER_MINUTE; i++) {
    t.equal(
      (await app.inject(guessFrom(PROXY, client(i)))).statusCode,
      401,
      `client ${i + 1} behind the proxy has its own budget`,
    );
  }
  for (let i = 1; i < FAILED_AUTHENTICATIONS_PER_MINUTE; i++) await app.inject(guessFrom(PROXY, client(0)));
  t.equal((await app.inject(guessFrom(PROXY, client(0)))).statusCode, 429, 'one client behind the proxy is limited');
  t.equal((await app.inject(guessFrom(PROXY, client(1)))).statusCode, 401, 'the others behind it are not');

  // A peer that is not the trusted proxy is keyed on its own address, whatever it forwards.
  const direct = '203.0.113.5';
  for (let i = 0; i < FAILED_AUTHENTICATIONS_PER_MINUTE; i++) await app.inject(guessFrom(direct, client(50 + i)));
  t.equal((await app.inject(guessFrom(direct, client(80)))).statusCode, 429, 'an untrusted peer cannot spoof it');
});

t.test('the request rate limit of callers without a key follows the same address', async (t) => {
  const { app } = await build(t, { rateLimitPerMinute: 3 });
  const healthz = (remoteAddress: string, forwardedFor: string) =>
    app.inject({ url: '/healthz', headers: { 'x-forwarded-for': forwardedFor }, remoteAddress });
  for (let i = 0; i < 3; i++) t.equal((await healthz(PROXY, client(i))).statusCode, 200);
  t.equal((await healthz(PROXY, client(3))).statusCode, 429, 'without TRUST_PROXY: one budget per TCP peer');

  const proxied = await build(t, { rateLimitPerMinute: 3, trustProxy: [PROXY] });
  const viaProxy = (forwardedFor: string) =>
    proxied.app.inject({ url: '/healthz', headers: { 'x-forwarded-for': forwardedFor }, remoteAddress: PROXY });
  for (let i = 0; i < 3; i++) t.equal((await viaProxy(client(0))).statusCode, 200);
  t.equal((await viaProxy(client(0))).statusCode, 429, 'with TRUST_PROXY: one budget per forwarded client');
  t.equal((await viaProxy(client(1))).statusCode, 200, 'another client behind the proxy has its own');
});

import t from 'tap';
import { build } from '../helper.js';

t.test('the docs page: its own policy, title and layout', async (t) => {
  const { app } = await build(t);
  const page = await app.inject({ url: '/docs', headers: { host: 'partnerdesk.internal:3000' } });
  t.equal(page.statusCode, 200);
  const policy = String(page.headers['content-security-policy']);
  t.notMatch(policy, /upgrade-insecure-requests/, 'assets stay on plain http when the page is opened over http');
  t.match(policy, /default-src 'self'/, 'everything comes from the service');
  t.notMatch(policy, /https:|validator\.swagger\.io/, 'and from nowhere else');
  t.match(page.body, /<title>partnerdesk API<\/title>/);
  t.match(page.body, /href="\/docs\/static\/theme\/favicon\.svg"/, 'the service’s own icon');

  const initializer = await app.inject({ url: '/docs/static/swagger-initializer.js' });
  t.match(initializer.body, /"layout":\s*"BaseLayout"/, 'no top bar: no Swagger logo, no Explore box');

  const api = await app.inject({ url: '/v1/me' });
  t.equal(api.headers['content-security-policy'], undefined, 'the docs policy is the docs page’s only');
});

t.test('each operation names its roles once', async (t) => {
  const { app } = await build(t);
  const document = (await app.inject({ url: '/openapi.json' })).json();
  const descriptions = Object.values(document.paths as Record<string, Record<string, { description?: string }>>)
    .flatMap((operations) => Object.values(operations))
    .map((operation) => operation.description ?? '');
  t.ok(
    descriptions.filter((text) => text.includes('Roles:')).length > 20,
    'the role-bound operations say who may call',
  );
  t.same(
    descriptions.filter((text) => text.split('Roles:').length > 2),
    [],
    'none says it twice (GET and its HEAD twin share a schema)',
  );
});

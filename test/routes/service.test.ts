import { readFile } from 'node:fs/promises';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { loadMigrations } from '../../src/db/migrate.js';
import { createAppPool } from '../../src/db/pool.js';
import { build, freshDatabase, testSettings } from '../helper.js';

t.test('healthz and readyz answer when the database is migrated', async (t) => {
  const { app } = await build(t);
  const health = await app.inject({ url: '/healthz' });
  t.equal(health.statusCode, 200);
  t.same(health.json(), { status: 'ok' });
  const ready = await app.inject({ url: '/readyz' });
  t.equal(ready.statusCode, 200);
  t.same(ready.json(), { status: 'ready', migrations: loadMigrations().length });
});

t.test('readyz is 503 while migrations are missing or the database is down', async (t) => {
  const pool = createAppPool('postgres://nobody:nothing@127.0.0.1:1/none');
  const app = await buildApp({ pool, migrations: loadMigrations(), settings: testSettings });
  t.teardown(async () => {
    await app.close();
    await pool.end();
  });
  const down = await app.inject({ url: '/readyz' });
  t.equal(down.statusCode, 503);
  t.match(down.json(), { code: 'not-ready', detail: 'The database does not answer.' });
  t.notMatch(down.body, /ECONNREFUSED|127\.0\.0\.1/);

  // A database that exists but has none of the migrations: the app role cannot even see the table.
  const ownerUrl = await freshDatabase(t, { migrated: false });
  const unmigratedPool = createAppPool(ownerUrl);
  const unmigrated = await buildApp({ pool: unmigratedPool, migrations: loadMigrations(), settings: testSettings });
  t.teardown(async () => {
    await unmigrated.close();
    await unmigratedPool.end();
  });
  t.equal((await unmigrated.inject({ url: '/readyz' })).statusCode, 503);
});

t.test('the served contract is the committed one, and the docs page loads', async (t) => {
  const { app } = await build(t);
  const served = await app.inject({ url: '/openapi.json' });
  t.equal(served.statusCode, 200);
  const committed = JSON.parse(await readFile(new URL('../../openapi/openapi.json', import.meta.url), 'utf8')) as {
    openapi: string;
  };
  t.same(served.json(), committed);
  t.equal(committed.openapi, '3.1.0');

  const docs = await app.inject({ url: '/docs' });
  t.equal(docs.statusCode, 200);
  t.match(docs.headers['content-type'], /text\/html/);
  const scripts = [...docs.body.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]!);
  t.ok(scripts.length > 0, 'the page loads scripts');
  for (const script of scripts) {
    t.notMatch(script, /^https?:/, 'from this service, not a CDN');
    const asset = await app.inject({ url: new URL(script, 'http://x/docs/').pathname });
    t.equal(asset.statusCode, 200, script);
  }
  const initializer = await app.inject({ url: '/docs/static/swagger-initializer.js' });
  t.match(initializer.body, /resolveUrl\('\.\/json'\)/, 'it renders the document at /docs/json');
  t.same((await app.inject({ url: '/docs/json' })).json(), committed, 'which is the contract');
});

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  responses: Record<string, { content?: object; $ref?: string }>;
}

t.test('every operation has an operationId, tags, a summary and schemas for its responses', async (t) => {
  const { app } = await build(t);
  const document = (await app.inject({ url: '/openapi.json' })).json<{
    paths: Record<string, Record<string, Operation>>;
    components: { responses: Record<string, { content?: object }> };
  }>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const name = `${method.toUpperCase()} ${path}`;
      t.ok(operation.operationId, `${name} operationId`);
      t.ok(operation.tags?.length, `${name} tags`);
      t.ok(operation.summary, `${name} summary`);
      for (const [status, answer] of Object.entries(operation.responses)) {
        // Error answers are shared components (#/components/responses/<name>).
        const response = answer.$ref ? document.components.responses[answer.$ref.split('/').pop()!]! : answer;
        if (status !== '204') t.ok(response.content, `${name} ${status} has a body schema`);
      }
    }
  }
});

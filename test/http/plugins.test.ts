import Fastify from 'fastify';
import t from 'tap';
import access from '../../src/http/access.js';
import inputHygiene from '../../src/http/hygiene.js';
import idempotency from '../../src/http/idempotency.js';
import problemHandling from '../../src/http/problem.js';
import rateLimiting from '../../src/http/rateLimit.js';
import entityTags from '../../src/http/versioning.js';
import type { Pool } from '../../src/db/pool.js';

const pool = {} as Pool;

t.test('the src/http plugins refuse to boot in the wrong order', async (t) => {
  const cases = [
    {
      name: 'idempotency before access',
      register: (app: ReturnType<typeof Fastify>) => app.register(problemHandling).register(idempotency, { pool }),
      missing: 'access',
    },
    {
      name: 'access before the rate limiter',
      register: (app: ReturnType<typeof Fastify>) =>
        app.register(problemHandling).register(access, { pool, operatorToken: 'x'.repeat(16) }),
      missing: 'rate-limit',
    },
    {
      name: 'hygiene without problem handling',
      register: (app: ReturnType<typeof Fastify>) => app.register(inputHygiene),
      missing: 'problems',
    },
    {
      name: 'entity tags without problem handling',
      register: (app: ReturnType<typeof Fastify>) => app.register(entityTags),
      missing: 'problems',
    },
  ];
  for (const { name, register, missing } of cases) {
    const app = Fastify();
    register(app);
    await t.rejects(async () => app.ready(), new RegExp(`dependency '${missing}'`), name);
  }
});

t.test('in their order they boot', async (t) => {
  const app = Fastify();
  await app
    .register(problemHandling)
    .register(inputHygiene)
    .register(rateLimiting, { perMinute: 0 })
    .register(access, { pool, operatorToken: 'x'.repeat(16) })
    .register(entityTags)
    .register(idempotency, { pool });
  await t.resolves(async () => app.ready());
  await app.close();
});

import Type from 'typebox';
import type { App } from '../../http/app-types.js';
import { ProblemError } from '../../http/problem.js';
import { responses } from '../../schemas/common.js';

export default async function serviceRoutes(app: App) {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['service'],
        summary: 'Liveness: the process is up',
        description: 'For orchestrators: 200 while the process runs, whatever the state of the database.',
        security: [],
        response: responses({
          200: Type.Object(
            { status: Type.Literal('ok', { description: 'always ok: the process answers' }) },
            { examples: [{ status: 'ok' }] },
          ),
        }),
      },
      config: { access: 'public' },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['service'],
        summary: 'Readiness: the database answers and every migration is applied',
        description: 'For load balancers: 200 when requests can be served, otherwise `503 not-ready`.',
        security: [],
        response: responses(
          {
            200: Type.Object(
              {
                status: Type.Literal('ready', { description: 'always ready: requests can be served' }),
                migrations: Type.Integer({ description: 'how many database migrations are applied' }),
              },
              { examples: [{ status: 'ready', migrations: 42 }] },
            ),
          },
          'not-ready',
        ),
      },
      config: { access: 'public' },
    },
    async (request) => {
      const expected = app.migrations.length;
      const applied = await app.pool
        .query<{ count: number }>('select count(*)::int as count from partnerdesk_migrations')
        .then((result) => result.rows[0]!.count)
        .catch((error: unknown) => {
          request.log.warn({ err: error }, 'readiness check failed');
          return undefined;
        });
      if (applied === undefined) throw new ProblemError('not-ready', 'The database does not answer.');
      if (applied < expected)
        throw new ProblemError('not-ready', `${expected - applied} migration(s) are not applied yet.`);
      return { status: 'ready' as const, migrations: applied };
    },
  );
}

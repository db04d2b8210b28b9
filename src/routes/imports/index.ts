import type { Static } from 'typebox';
import type { App } from '../../http/app-types.js';
import { ctxOf } from '../../http/context.js';
import { responses } from '../../schemas/common.js';
import { Import, ImportBody, ImportItem } from '../../schemas/customers.js';
import { IdParams } from '../../schemas/shared.js';
import { importCustomers, presentImport, visibleImport, type ImportLine } from '../../services/imports.js';

/** 10,000 customers in Partner Center's shape with references and contacts fit well within this. */
const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;
const NDJSON = 'application/x-ndjson';

/** An NDJSON line that is not JSON: its own failed result, not a refused import. */
const unreadable = Symbol('unreadable line');

export default async function importRoutes(app: App) {
  app.addContentTypeParser(NDJSON, { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => {
    const items = String(body)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          return unreadable;
        }
      });
    done(null, items);
  });

  app.post(
    '/customers/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        operationId: 'importCustomers',
        tags: ['customers'],
        summary: "Create or update up to 10,000 customers (this API's shape or Partner Center's), one result per line",
        description:
          'Each line is matched on its external references, else its tenant id, and is `created`, `updated`, ' +
          '`unchanged` or `failed` (with its problem; nothing of a failed line is written). Running the same file again ' +
          'changes nothing. Up to 500 lines answer 200 with the results; more answer 202 with the import to poll at ' +
          'its Location (a background job runs it).',
        body: {
          content: {
            'application/json': { schema: ImportBody },
            [NDJSON]: { schema: ImportBody },
          },
        },
        response: responses({ 200: Import, 202: Import }, 413, 415),
      },
      config: { access: 'customers:write' },
    },
    async (request, reply) => {
      const check = request.compileValidationSchema(ImportItem);
      const lines = (request.body as unknown[]).map((item, index): ImportLine => {
        if (item === unreadable) return { index, problem: { code: 'malformed-body', detail: 'The line is not JSON.' } };
        if (check(item)) return { index, item: item as Static<typeof ImportItem> };
        const detail = (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
        return { index, problem: { code: 'validation-failed', detail } };
      });
      const done = await importCustomers((work) => request.inTenant(work), ctxOf(request), lines);
      const body = presentImport(done);
      if (done.status === 'completed') return body;
      return reply.code(202).header('location', `/v1/imports/${done.id}`).send(body);
    },
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        operationId: 'getImport',
        tags: ['customers'],
        summary: 'A customer import: pending, or completed with one result per line',
        params: IdParams,
        response: responses({ 200: Import }, 404),
      },
      config: { access: 'customers:write' },
    },
    async (request) => presentImport(await request.inTenant((tx) => visibleImport(tx, request.params.id))),
  );
}

import Fastify from 'fastify';
import t from 'tap';
import { sharedSerializers } from '../../src/http/serializers.js';

const Problem = {
  type: 'object',
  properties: { title: { type: 'string' }, status: { type: 'integer' } },
} as const;
const Widget = { type: 'object', properties: { name: { type: 'string' } } } as const;

t.test('a response schema is compiled once, however many routes and statuses declare it', async (t) => {
  const shared = sharedSerializers();
  const asked: unknown[] = [];
  const app = Fastify({
    exposeHeadRoutes: false,
    schemaController: {
      compilersFactory: {
        // sharedSerializers, recording what it hands Fastify for each declared answer.
        buildSerializer: (externalSchemas, options) => {
          const compile = shared(externalSchemas, options);
          return (route) => {
            const serializer = compile(route);
            asked.push(serializer);
            return serializer;
          };
        },
      },
    },
  });
  const problems = { 400: Problem, 404: Problem, 409: Problem };
  app.get('/a', { schema: { response: { 200: Widget, ...problems } } }, async () => ({ name: 'a', extra: 1 }));
  app.get('/b', { schema: { response: { 200: Widget, ...problems } } }, async () => ({ name: 'b' }));
  app.get('/c', { schema: { response: { 201: Problem } } }, async (_request, reply) =>
    reply.code(201).send({ title: 'made', status: 201, detail: 'not in the schema' }),
  );
  await app.ready();
  t.equal(asked.length, 9, 'Fastify asks for a serializer per route and status');
  t.equal(new Set(asked).size, 2, 'and gets one per distinct schema');

  // A shared serializer still shapes each route's answer by its schema.
  t.same((await app.inject('/a')).json(), { name: 'a' });
  t.same((await app.inject('/b')).json(), { name: 'b' });
  t.same((await app.inject('/c')).json(), { title: 'made', status: 201 });
  await app.close();
});

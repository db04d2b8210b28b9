import Fastify from 'fastify';
import t from 'tap';
import { nullAsType, sharedSerializers } from '../../src/http/serializers.js';

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

t.test(
  'a nullable field is serialized by its types, with the same output, and the schemas stay as declared',
  async (t) => {
    const Instant = { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }], description: 'when' };
    const Owner = { anyOf: [{ type: 'object', properties: { name: { type: 'string' } } }, { type: 'null' }] };
    const Either = { anyOf: [{ type: 'string' }, { type: 'integer' }] };
    const Record = { $id: 'Record', type: 'object', properties: { at: Instant, owner: Owner, either: Either } };
    t.same(nullAsType(Instant), { description: 'when', type: ['string', 'null'], format: 'date-time' });
    t.same(nullAsType(Either), Either, 'an anyOf of two types other than null stays one');

    const declared = structuredClone(Record);

    const app = Fastify({ schemaController: { compilersFactory: { buildSerializer: sharedSerializers() } } });
    app.addSchema(Record);
    const answers = [
      { at: '2026-11-22T15:06:20.691Z', owner: { name: 'Contoso', extra: 1 }, either: 2 },
      { at: null, owner: null, either: 'two' },
      { at: 'yesterday', owner: null, either: 3 },
    ];
    app.get<{ Params: { n: string } }>(
      '/records/:n',
      { schema: { response: { 200: { $ref: 'Record#' } } } },
      async (request) => answers[Number(request.params.n)],
    );
    t.same((await app.inject('/records/0')).json(), { ...answers[0], owner: { name: 'Contoso' } });
    t.same((await app.inject('/records/1')).json(), answers[1]);
    // Written by its types, not validated branch by branch: a string that is no date-time (which
    // the anyOf's validation would refuse, a 500) goes out as it is; the values come from the database.
    t.same((await app.inject('/records/2')).json(), answers[2]);
    t.equal((await app.inject('/records/1')).body, '{"at":null,"owner":null,"either":"two"}');
    t.same(Record, declared, 'the component keeps its anyOf: the contract is written from it');
    await app.close();
  },
);

import Type from 'typebox';
import { listFeed } from '../../db/events.js';
import { eventTypeNames } from '../../domain/eventTypes.js';
import type { App } from '../../http/app-types.js';
import { invalidFields } from '../../http/problem.js';
import { Nullable, responses } from '../../schemas/common.js';
import { Event } from '../../schemas/shared.js';

const EVENT_ID = /^([0-9a-f]{16})([0-9a-f]{16})$/;

/** An event id is the feed position: the writing transaction id and the insert order, in hex. */
function feedPosition(id: string): { txid: string; position: number } {
  const match = EVENT_ID.exec(id);
  if (!match) throw invalidFields([{ path: '/after', message: 'is not an event id' }], '/querystring');
  return { txid: BigInt(`0x${match[1]}`).toString(), position: Number(BigInt(`0x${match[2]}`)) };
}

export default async function eventRoutes(app: App) {
  app.get(
    '/v1/events',
    {
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: "The partner's event feed, in order; a follower polling with `after` never misses an event",
        description:
          'Pass the last event id you processed as `after` (or `nextCursor`, which is the same). An indirect provider also ' +
          'sees the events of escalations addressed to it. See the README for how the order is kept gap-free.',
        querystring: Type.Object(
          {
            after: Type.Optional(Type.String({ maxLength: 32, description: 'the id of the last event seen' })),
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
            type: Type.Optional(Type.Enum(eventTypeNames)),
            subjectType: Type.Optional(
              Type.Enum([
                'support_request',
                'customer',
                'sla_definition',
                'escalation',
                'webhook_subscription',
                'partner',
              ]),
            ),
            subjectId: Type.Optional(Type.String({ format: 'uuid' })),
          },
          { additionalProperties: false },
        ),
        response: responses({
          200: Type.Object({
            data: Type.Array(Event),
            nextCursor: Nullable(
              Type.String({ description: 'the id to pass as `after` next (unchanged when nothing new)' }),
            ),
          }),
        }),
      },
      config: { access: 'events:read' },
    },
    async (request) => {
      const { after, limit, ...filter } = request.query;
      const position = after === undefined ? undefined : feedPosition(after);
      const data = await request.inTenant((client) => listFeed(client, position, filter, limit));
      return { data, nextCursor: data.at(-1)?.id ?? after ?? null };
    },
  );
}

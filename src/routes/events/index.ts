import type { App } from '../../http/app-types.js';
import { responses } from '../../schemas/common.js';
import { FeedPage, FeedQuery } from '../../schemas/shared.js';
import { readFeed } from '../../services/events.js';

export default async function eventRoutes(app: App) {
  app.get(
    '/events',
    {
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: "The partner's event feed, in order; a follower polling with `after` never misses an event",
        description:
          'Pass the last event id you processed as `after` (or `nextCursor`, which is the same). An indirect provider also ' +
          'sees the events of escalations addressed to it. See the README for how the order is kept gap-free.',
        querystring: FeedQuery,
        response: responses({ 200: FeedPage }),
      },
      config: { access: 'events:read' },
    },
    // Already JSON, rendered by PostgreSQL (readFeed): sent as is, past the route's serializer.
    async (request, reply) =>
      reply.type('application/json').send((await request.readInTenant((tx) => readFeed(tx, request.query))) as never),
  );
}

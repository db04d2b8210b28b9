import Type from 'typebox';
import { component, Nullable, PageQuery, Timestamp, Uuid } from './common.js';
import { ActorKind, EventType, SubjectType } from './vocabularies.js';

export const IdParams = Type.Object({ id: Uuid });

export const Event = component(
  'Event',
  Type.Object({
    id: Type.String({ description: 'opaque and ordered: the feed position' }),
    type: Type.String({ description: 'e.g. support_request.state_changed' }),
    occurredAt: Timestamp,
    actor: Type.Object(
      {
        kind: ActorKind,
        id: Type.Optional(Uuid),
        role: Type.Optional(Type.String()),
      },
      { description: 'who made the change' },
    ),
    subject: Type.Object({ type: Type.String(), id: Uuid }),
    data: Type.Record(Type.String(), Type.Unknown(), { description: 'what changed (before/after)' }),
  }),
);

/** The feed's query: after the last event seen, optionally filtered. */
export const FeedQuery = Type.Object(
  {
    after: Type.Optional(Type.String({ maxLength: 32, description: 'the id of the last event seen' })),
    limit: PageQuery.limit,
    type: Type.Optional(EventType),
    subjectType: Type.Optional(SubjectType),
    subjectId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);

export const FeedPage = Type.Object({
  data: Type.Array(Event),
  nextCursor: Nullable(Type.String({ description: 'the id to pass as `after` next (unchanged when nothing new)' })),
});

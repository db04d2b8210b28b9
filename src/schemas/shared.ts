import Type from 'typebox';
import { component, Nullable, PageQuery, Uuid } from './common.js';
import { Event } from './events.js';
import { EventType, SubjectType } from './vocabularies.js';

export const IdParams = Type.Object({ id: Uuid });

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

export const FeedPage = component(
  'EventFeedPage',
  Type.Object(
    {
      data: Type.Array(Event),
      nextCursor: Nullable(Type.String({ description: 'the id to pass as `after` next (unchanged when nothing new)' })),
    },
    { description: 'Events after `after`, oldest first' },
  ),
);

import Type from 'typebox';
import { component, Timestamp, Uuid } from './common.js';

export const IdParams = Type.Object({ id: Uuid });

export const Actor = component(
  'Actor',
  Type.Object(
    {
      kind: Type.Enum(['api_key', 'operator', 'system', 'partner']),
      id: Type.Optional(Uuid),
      role: Type.Optional(Type.String()),
    },
    {
      description:
        'who made the change; a customer user reads its own keys as they are and anyone else as `partner` (R9)',
    },
  ),
);

export const Event = component(
  'Event',
  Type.Object({
    id: Type.String({ description: 'opaque and ordered: the feed position' }),
    type: Type.String({ description: 'e.g. support_request.state_changed' }),
    occurredAt: Timestamp,
    actor: Actor,
    subject: Type.Object({ type: Type.String(), id: Uuid }),
    data: Type.Record(Type.String(), Type.Unknown(), { description: 'what changed (before/after)' }),
  }),
);

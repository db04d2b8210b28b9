import Type from 'typebox';
import { integrationLimits, systemPattern, tagPattern } from '../domain/integrations.js';
import { component, Id, Nullable, PageQuery } from './common.js';
import * as ex from './examples.js';
import { Event } from './events.js';
import { EventType, SubjectType } from './vocabularies.js';

export const IdParams = Type.Object({ id: Id("the resource's id") });

/** The feed's query: after the last event seen, optionally filtered. */
export const FeedQuery = Type.Object(
  {
    after: Type.Optional(Type.String({ maxLength: 32, description: 'the id of the last event seen' })),
    limit: PageQuery.limit,
    type: Type.Optional({ ...EventType, description: 'only events of this type' }),
    subjectType: Type.Optional({ ...SubjectType, description: 'only events about this kind of resource' }),
    subjectId: Type.Optional(Id('only events about this resource')),
  },
  { additionalProperties: false },
);

export const FeedPage = component(
  'EventFeedPage',
  Type.Object(
    {
      data: Type.Array(Event, { description: 'the events after `after`, at most `limit`' }),
      nextCursor: Nullable(Type.String(), {
        description: 'the id to pass as `after` next (unchanged when nothing new)',
      }),
    },
    {
      description: 'Events after `after`, oldest first',
      examples: [{ data: [ex.eventOf('escalation.created')], nextCursor: ex.ids.event }],
    },
  ),
);

/** Issue 15: what integrations attach to customers and support requests. */
export const ExternalRef = component(
  'ExternalRef',
  Type.Object(
    {
      system: Type.String({
        pattern: systemPattern,
        description: 'the other system, a short lowercase slug: dynamics365, hubspot, servicenow, zendesk…',
      }),
      id: Type.String({ minLength: 1, maxLength: 200, description: "the object's id in that system" }),
      url: Type.Optional(Type.String({ format: 'uri', maxLength: 2000, description: 'where to open it there' })),
    },
    { additionalProperties: false, description: 'the same object in another system', examples: [ex.externalRef] },
  ),
);

export const ExternalRefs = Type.Array(ExternalRef, {
  maxItems: integrationLimits.externalRefs,
  description:
    'references to this object in other systems; a system and id name one object of its type per partner ' +
    '(else `409 external-ref-taken`); carried in every event and webhook about the object',
});

export const Tags = Type.Array(Type.String({ pattern: tagPattern }), {
  maxItems: integrationLimits.tags,
  description: 'lowercase slugs; filter lists with `?tag=` (repeatable: all must match)',
});

const MetadataKey = `^[\\s\\S]{1,${integrationLimits.metadataKeyLength}}$`;
const MetadataValue = Type.String({ maxLength: integrationLimits.metadataValueLength });

export const Metadata = Type.Record(Type.String({ pattern: MetadataKey }), MetadataValue, {
  additionalProperties: false,
  maxProperties: integrationLimits.metadataKeys,
  description: `the integrator's own key-value pairs (Stripe's rules: at most ${integrationLimits.metadataKeys} keys of at most ${integrationLimits.metadataKeyLength} characters, string values of at most ${integrationLimits.metadataValueLength})`,
});

// Null first: the validator coerces types, and would otherwise read null as the string "".
export const MetadataChange = Type.Record(
  Type.String({ pattern: MetadataKey }),
  Type.Union([Type.Null(), MetadataValue]),
  {
    additionalProperties: false,
    maxProperties: integrationLimits.metadataKeys,
    description: 'the keys to set; a key set to null is removed, keys not named are kept',
  },
);

/** The filters of lists that carry integration fields. */
export const IntegrationQuery = {
  externalRef: Type.Optional(
    Type.String({ pattern: `${systemPattern.slice(0, -1)}:.+$`, maxLength: 233, description: '`system:id`' }),
  ),
  tag: Type.Optional(
    Type.Array(Type.String({ pattern: tagPattern }), {
      maxItems: integrationLimits.tags,
      description:
        'carrying every one of these tags (repeat the parameter); partner agents only: a customer user, who reads no tags, gets 403 forbidden',
    }),
  ),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'search words' })),
};

import Type from 'typebox';
import { component } from './common.js';

const exampleIds = ['0b6f7d52-3c1e-4a8f-9d2b-5e4c3a2b1f00', '7c2e9a41-5d3b-4f6a-8e1c-2b3a4c5d6e7f'];

export const LinkRequests = Type.Object(
  {
    supportRequestIds: Type.Array(Type.String({ format: 'uuid', description: 'a support request of the partner' }), {
      minItems: 1,
      maxItems: 500,
      description: 'the requests to link; one already linked is left as it is',
    }),
  },
  { additionalProperties: false, examples: [{ supportRequestIds: exampleIds }] },
);

export const LinkedRequests = component(
  'LinkedRequests',
  Type.Object(
    {
      supportRequestIds: Type.Array(Type.String({ format: 'uuid', description: 'a linked support request' }), {
        description: 'every request linked, in the order they were linked',
      }),
    },
    {
      description: 'The requests a service incident or an escalation stands for (never shown to customers)',
      examples: [{ supportRequestIds: exampleIds }],
    },
  ),
);

export const RequestLinks = component(
  'RequestLinks',
  Type.Object(
    {
      serviceIncidentIds: Type.Array(Type.String({ description: 'a Graph service incident id, e.g. EX123456' }), {
        description: 'the service incidents the request is linked to',
      }),
      escalationIds: Type.Array(Type.String({ format: 'uuid', description: 'an escalation' }), {
        description: 'the escalations it is linked to (not its own, which lists it as supportRequestId)',
      }),
    },
    {
      description: 'What a support request is linked to',
      examples: [{ serviceIncidentIds: ['EX123456'], escalationIds: ['3e8d1f2a-6b4c-4d9e-a1f0-9c8b7a6d5e4f'] }],
    },
  ),
);

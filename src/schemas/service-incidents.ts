import Type from 'typebox';
import { At, Nullable, Page, Timestamp, Uuid, component } from './common.js';
import * as ex from './examples.js';

export const GraphId = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9._-]+$',
  description: 'Graph id, e.g. EX123456',
});

export const incidentFields = {
  title: Type.String({ maxLength: 1000, description: "Microsoft's title of the issue" }),
  service: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. Exchange Online' }),
  feature: Type.Optional(Nullable(Type.String({ maxLength: 500 }), { description: 'the feature affected' })),
  featureGroup: Type.Optional(
    Nullable(Type.String({ maxLength: 500 }), { description: 'the group of features affected' }),
  ),
  classification: Type.String({ maxLength: 100, description: 'advisory, incident, …' }),
  status: Type.String({ maxLength: 100, description: 'Graph serviceHealthStatus, e.g. serviceDegradation' }),
  isResolved: Type.Boolean({ description: 'unresolved issues block technical escalations of the service (R2)' }),
  impactDescription: Type.Optional(
    Nullable(Type.String({ maxLength: 10_000 }), { description: 'what users experience' }),
  ),
  startDateTime: Type.Optional(Nullable(Timestamp, { description: 'when the issue started' })),
  endDateTime: Type.Optional(Nullable(Timestamp, { description: 'when it ended; null: ongoing' })),
  lastModifiedDateTime: Type.Optional(Nullable(Timestamp, { description: 'when Microsoft last updated it' })),
  customerId: Type.Optional(
    Nullable(Uuid, { description: 'partnerdesk: the customer it concerns; null or absent: every customer' }),
  ),
};

/** A Graph serviceHealthIssue as Graph returns it: fields partnerdesk does not keep are ignored, not refused. */
export const GraphIssue = Type.Object(
  { id: Type.Optional(GraphId), ...incidentFields },
  { additionalProperties: true, examples: [ex.graphIssue] },
);

export const ServiceIncident = component(
  'ServiceIncident',
  Type.Object(
    {
      id: Type.String({ description: 'Graph id, e.g. EX123456' }),
      title: Type.String({ description: "Microsoft's title of the issue" }),
      service: Type.String({ description: 'the service, e.g. Exchange Online' }),
      feature: Nullable(Type.String(), { description: 'the feature affected' }),
      featureGroup: Nullable(Type.String(), { description: 'the group of features affected' }),
      classification: Type.String({ description: 'advisory, incident, …' }),
      status: Type.String({ description: 'Graph serviceHealthStatus, e.g. serviceDegradation' }),
      isResolved: Type.Boolean({ description: 'unresolved issues block technical escalations of the service (R2)' }),
      impactDescription: Nullable(Type.String(), { description: 'what users experience' }),
      startDateTime: Nullable(At('when'), { description: 'when the issue started' }),
      endDateTime: Nullable(At('when'), { description: 'when it ended; null: ongoing' }),
      lastModifiedDateTime: Nullable(At('when'), { description: 'when Microsoft last updated it' }),
      customerId: Nullable(Uuid, { description: 'the customer it concerns; null: every customer' }),
    },
    {
      description: 'A Microsoft service health issue (Graph serviceHealthIssue), for health checks (R2)',
      examples: [ex.serviceIncident],
    },
  ),
);

export const ServiceIncidentPage = component(
  'ServiceIncidentPage',
  Page(ServiceIncident, "One page of ServiceIncident items, in the list's order", ex.serviceIncident),
);

export type GraphIssueBody = { id?: string } & { [K in keyof typeof incidentFields]?: unknown };

/** A Microsoft Graph issues page: `{value: [serviceHealthIssue…]}`. */
export const GraphIssuesPage = Type.Object(
  {
    value: Type.Array(Type.Object({ id: GraphId, ...incidentFields }, { additionalProperties: true }), {
      maxItems: 1000,
      description: 'serviceHealthIssue objects, as Graph returns them',
    }),
  },
  { additionalProperties: true, examples: [ex.graphIssuesPage] },
);

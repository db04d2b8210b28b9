import Type from 'typebox';
import { Nullable, Page, Timestamp, Uuid, component } from './common.js';

export const GraphId = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9._-]+$',
  description: 'Graph id, e.g. EX123456',
});

export const incidentFields = {
  title: Type.String({ maxLength: 1000 }),
  service: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. Exchange Online' }),
  feature: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  featureGroup: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  classification: Type.String({ maxLength: 100, description: 'advisory, incident, …' }),
  status: Type.String({ maxLength: 100, description: 'Graph serviceHealthStatus, e.g. serviceDegradation' }),
  isResolved: Type.Boolean(),
  impactDescription: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
  startDateTime: Type.Optional(Nullable(Timestamp)),
  endDateTime: Type.Optional(Nullable(Timestamp)),
  lastModifiedDateTime: Type.Optional(Nullable(Timestamp)),
  customerId: Type.Optional(
    Nullable(Uuid, { description: 'partnerdesk: the customer it concerns; null or absent: every customer' }),
  ),
};

/** A Graph serviceHealthIssue as Graph returns it: fields partnerdesk does not keep are ignored, not refused. */
export const GraphIssue = Type.Object(
  { id: Type.Optional(GraphId), ...incidentFields },
  { additionalProperties: true },
);

export const ServiceIncident = component(
  'ServiceIncident',
  Type.Object({
    id: Type.String(),
    title: Type.String(),
    service: Type.String(),
    feature: Nullable(Type.String()),
    featureGroup: Nullable(Type.String()),
    classification: Type.String(),
    status: Type.String(),
    isResolved: Type.Boolean(),
    impactDescription: Nullable(Type.String()),
    startDateTime: Nullable(Timestamp),
    endDateTime: Nullable(Timestamp),
    lastModifiedDateTime: Nullable(Timestamp),
    customerId: Nullable(Uuid),
  }),
);

export const ServiceIncidentPage = component(
  'ServiceIncidentPage',
  Page(ServiceIncident, "One page of ServiceIncident items, in the list's order"),
);

export type GraphIssueBody = { id?: string } & { [K in keyof typeof incidentFields]?: unknown };

/** A Microsoft Graph issues page: `{value: [serviceHealthIssue…]}`. */
export const GraphIssuesPage = Type.Object(
  {
    value: Type.Array(Type.Object({ id: GraphId, ...incidentFields }, { additionalProperties: true }), {
      maxItems: 1000,
    }),
  },
  { additionalProperties: true },
);

import Type from 'typebox';
import { listSlaDefinitions } from '../../db/slaDefinitions.js';
import type { App } from '../../http/app-types.js';
import { ctxOf } from '../../http/context.js';
import { paginate } from '../../http/pagination.js';
import { PageQuery, responses } from '../../schemas/common.js';
import {
  DueDatesAnswer,
  DueDatesRequest,
  NewSlaDefinition,
  SlaDefinition,
  SlaDefinitionPage,
  SlaDefinitionPatch,
  SlaQuery,
} from '../../schemas/sla-definitions.js';
import { IdParams } from '../../schemas/shared.js';
import {
  draftSlaDefinition,
  editSlaDraft,
  listableSlaDefinition,
  makeSlaDefault,
  publishSla,
  retireSla,
  slaDueDates,
  visibleSlaDefinition,
} from '../../services/slaDefinitions.js';

export default async function slaDefinitionRoutes(app: App) {
  app.post(
    '/sla-definitions',
    {
      schema: {
        operationId: 'createSlaDefinition',
        tags: ['sla'],
        summary: 'Create a draft SLA definition, possibly as the next version of a published one (basedOn)',
        body: NewSlaDefinition,
        response: responses({ 201: SlaDefinition }, 422),
      },
      config: { access: 'sla:manage' },
    },
    async (request, reply) => {
      const definition = await request.inTenant((tx) => draftSlaDefinition(tx, ctxOf(request), request.body));
      return reply.code(201).header('location', `/v1/sla-definitions/${definition.id}`).send(definition);
    },
  );

  app.get(
    '/sla-definitions',
    {
      schema: {
        operationId: 'listSlaDefinitions',
        tags: ['sla'],
        summary: 'SLA definitions, oldest first (a customer user sees the one covering it)',
        querystring: Type.Object({ ...PageQuery, ...SlaQuery.properties }, { additionalProperties: false }),
        response: responses({ 200: SlaDefinitionPage }),
      },
      config: { access: 'sla:read' },
    },
    async (request) =>
      request.inTenant(async (tx) => {
        const onlyId = await listableSlaDefinition(tx, ctxOf(request));
        return paginate(
          request,
          tx,
          'sla-definitions',
          (after, limit) => listSlaDefinitions(tx, { status: request.query.status, onlyId }, after, limit),
          (definition) => [definition.createdAt, definition.id],
        );
      }),
  );

  app.get(
    '/sla-definitions/:id',
    {
      schema: {
        operationId: 'getSlaDefinition',
        tags: ['sla'],
        summary: 'One SLA definition',
        params: IdParams,
        response: responses({ 200: SlaDefinition }, 404),
      },
      config: { access: 'sla:read' },
    },
    async (request) => request.inTenant((tx) => visibleSlaDefinition(tx, ctxOf(request), request.params.id)),
  );

  app.patch(
    '/sla-definitions/:id',
    {
      schema: {
        operationId: 'updateSlaDefinition',
        tags: ['sla'],
        summary: 'Edit a draft (a published definition is immutable); honours If-Match',
        params: IdParams,
        body: SlaDefinitionPatch,
        response: responses({ 200: SlaDefinition }, 404, 'sla-published-immutable', 412),
      },
      config: { access: 'sla:manage' },
    },
    async (request) => request.inTenant((tx) => editSlaDraft(tx, ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    '/sla-definitions/:id/publish',
    {
      schema: {
        operationId: 'publishSlaDefinition',
        tags: ['sla'],
        summary: 'Publish a draft once it states everything customers must be told (R6)',
        description:
          'Checks support types, hours, at least one contact channel, pricing and a target for every severity; ' +
          '`422 sla-incomplete` lists every missing part in `missing`. A draft marked isDefault becomes the default.',
        params: IdParams,
        response: responses({ 200: SlaDefinition }, 404, 'sla-published-immutable', 412, 'sla-incomplete'),
      },
      config: { access: 'sla:manage' },
    },
    async (request) => request.inTenant((tx) => publishSla(tx, ctxOf(request), request.params.id)),
  );

  app.post(
    '/sla-definitions/:id/make-default',
    {
      schema: {
        operationId: 'makeDefaultSlaDefinition',
        tags: ['sla'],
        summary: "Make a published definition the partner's default",
        params: IdParams,
        response: responses({ 200: SlaDefinition }, 404, 'sla-not-published', 412),
      },
      config: { access: 'sla:manage' },
    },
    async (request) => request.inTenant((tx) => makeSlaDefault(tx, ctxOf(request), request.params.id)),
  );

  app.post(
    '/sla-definitions/:id/retire',
    {
      schema: {
        operationId: 'retireSlaDefinition',
        tags: ['sla'],
        summary: 'Retire a published definition that no customer relies on any more',
        params: IdParams,
        response: responses({ 200: SlaDefinition }, 404, 'sla-not-published', 'sla-in-use', 412),
      },
      config: { access: 'sla:manage' },
    },
    async (request) => request.inTenant((tx) => retireSla(tx, ctxOf(request), request.params.id)),
  );

  app.post(
    '/sla-definitions/:id/due-dates',
    {
      schema: {
        operationId: 'computeSlaDueDates',
        tags: ['sla'],
        summary: 'The first-response and resolution due dates for a request opened at a given instant',
        description: 'Business time in the definition’s hours, so CRMs can show due dates before a request exists.',
        params: IdParams,
        body: DueDatesRequest,
        response: responses({ 200: DueDatesAnswer }, 404, 'sla-incomplete'),
      },
      config: { access: 'sla:read' },
    },
    async (request) => request.inTenant((tx) => slaDueDates(tx, ctxOf(request), request.params.id, request.body)),
  );
}

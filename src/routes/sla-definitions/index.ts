import Type from 'typebox';
import type { FastifyRequest } from 'fastify';
import { countCustomersCoveredBy } from '../../db/customers.js';
import { recordEvent } from '../../db/events.js';
import type { Client } from '../../db/pool.js';
import {
  findCoveringDefinition,
  findSlaDefinition,
  insertSlaDraft,
  listSlaDefinitions,
  makeDefaultSlaDefinition,
  publishSlaDefinition,
  retireSlaDefinition,
  updateSlaDraft,
  type SlaDefinitionRow,
} from '../../db/slaDefinitions.js';
import { dueDates, missingForPublication, termsErrors } from '../../domain/sla.js';
import { actorOf } from '../../http/access.js';
import type { App } from '../../http/app-types.js';
import { paginate } from '../../http/pagination.js';
import { invalidFields, ProblemError } from '../../http/problem.js';
import { Page, PageQuery, responses } from '../../schemas/common.js';
import { IdParams } from '../../schemas/shared.js';
import { lockCurrent } from '../../http/versioning.js';
import {
  DueDates,
  DueDatesRequest,
  NewSlaDefinition,
  SlaDefinition,
  SlaDefinitionPatch,
  SlaQuery,
} from '../../schemas/sla-definitions.js';

/** The definition as the caller may see it: a customer user sees only the one covering it. */
async function visibleDefinition(request: FastifyRequest, client: Client, id: string): Promise<SlaDefinitionRow> {
  const { customerId } = request.principal;
  const definition = customerId
    ? await findCoveringDefinition(client, customerId)
    : await findSlaDefinition(client, id);
  if (!definition || definition.id !== id) throw new ProblemError('not-found', 'No such SLA definition.');
  return definition;
}

/**
 * Locks a definition for a change (honouring If-Match) that its status must allow: drafts are
 * edited and published; published definitions become the default or retire.
 */
async function lockDefinition(
  request: FastifyRequest,
  client: Client,
  id: string,
  required: 'draft' | 'published',
): Promise<SlaDefinitionRow> {
  await lockCurrent(request, client, 'sla_definitions', id);
  const definition = (await findSlaDefinition(client, id))!;
  if (definition.status === required) return definition;
  if (required === 'draft') {
    throw new ProblemError(
      'sla-published-immutable',
      `This definition is ${definition.status}; create a new one with basedOn: "${definition.id}" to change its terms.`,
    );
  }
  throw new ProblemError('sla-not-published', `This definition is ${definition.status}.`);
}

const recordSlaEvent = (
  request: FastifyRequest,
  client: Client,
  type: string,
  definition: SlaDefinitionRow,
  data = {},
) =>
  recordEvent(client, {
    type: `sla_definition.${type}`,
    subject: { type: 'sla_definition', id: definition.id },
    actor: actorOf(request),
    data: { version: definition.version, status: definition.status, ...data },
  });

export default async function slaDefinitionRoutes(app: App) {
  app.post(
    '/v1/sla-definitions',
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
      const { name, basedOn, ...fields } = request.body;
      const errors = termsErrors(fields);
      if (errors.length > 0) throw invalidFields(errors);
      const definition = await request.inTenant(async (client) => {
        const base = basedOn ? await findSlaDefinition(client, basedOn) : undefined;
        if (basedOn && (!base || base.status === 'draft')) {
          throw new ProblemError(
            'invalid-reference',
            'basedOn names a published or retired definition of this partner.',
          );
        }
        if (!base && !name) throw invalidFields([{ path: '/name', message: 'is required unless basedOn is given' }]);
        const inherited = base
          ? {
              supportTypes: base.supportTypes,
              hours: base.hours,
              channels: base.channels,
              pricing: base.pricing,
              targets: base.targets,
              pauseOn: base.pauseOn,
            }
          : {};
        const created = await insertSlaDraft(client, {
          partnerId: request.principal.partnerId,
          name: name ?? base!.name,
          version: base ? base.version + 1 : 1,
          basedOn: base?.id ?? null,
          fields: { ...inherited, ...fields },
        });
        await recordSlaEvent(request, client, 'created', created, { basedOn: created.basedOn });
        return created;
      });
      return reply.code(201).header('location', `/v1/sla-definitions/${definition.id}`).send(definition);
    },
  );

  app.get(
    '/v1/sla-definitions',
    {
      schema: {
        operationId: 'listSlaDefinitions',
        tags: ['sla'],
        summary: 'SLA definitions, oldest first (a customer user sees the one covering it)',
        querystring: Type.Object({ ...PageQuery, ...SlaQuery.properties }, { additionalProperties: false }),
        response: responses({ 200: Page(SlaDefinition) }),
      },
      config: { access: 'sla:read' },
    },
    async (request) =>
      request.inTenant(async (client) => {
        const { customerId } = request.principal;
        const onlyId = customerId ? ((await findCoveringDefinition(client, customerId))?.id ?? null) : undefined;
        return paginate(
          request,
          client,
          'sla-definitions',
          (after, limit) => listSlaDefinitions(client, { status: request.query.status, onlyId }, after, limit),
          (definition) => [definition.createdAt, definition.id],
        );
      }),
  );

  app.get(
    '/v1/sla-definitions/:id',
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
    async (request) => request.inTenant((client) => visibleDefinition(request, client, request.params.id)),
  );

  app.patch(
    '/v1/sla-definitions/:id',
    {
      schema: {
        operationId: 'updateSlaDefinition',
        tags: ['sla'],
        summary: 'Edit a draft (a published definition is immutable); honours If-Match',
        params: IdParams,
        body: SlaDefinitionPatch,
        response: responses({ 200: SlaDefinition }, 404, 409, 412),
      },
      config: { access: 'sla:manage' },
    },
    async (request) => {
      const errors = termsErrors(request.body);
      if (errors.length > 0) throw invalidFields(errors);
      return request.inTenant(async (client) => {
        await lockDefinition(request, client, request.params.id, 'draft');
        const updated = await updateSlaDraft(client, request.params.id, request.body);
        await recordSlaEvent(request, client, 'updated', updated, { fields: Object.keys(request.body) });
        return updated;
      });
    },
  );

  app.post(
    '/v1/sla-definitions/:id/publish',
    {
      schema: {
        operationId: 'publishSlaDefinition',
        tags: ['sla'],
        summary: 'Publish a draft once it states everything customers must be told (R6)',
        description:
          'Checks support types, hours, at least one contact channel, pricing and a target for every severity; ' +
          '`422 sla-incomplete` lists every missing part in `missing`. A draft marked isDefault becomes the default.',
        params: IdParams,
        response: responses({ 200: SlaDefinition }, 404, 409, 412, 422),
      },
      config: { access: 'sla:manage' },
    },
    async (request) =>
      request.inTenant(async (client) => {
        const draft = await lockDefinition(request, client, request.params.id, 'draft');
        const missing = missingForPublication(draft);
        if (missing.length > 0) {
          throw new ProblemError('sla-incomplete', `Still to state before publishing: ${missing.join(', ')}.`, {
            missing,
          });
        }
        const published = await publishSlaDefinition(client, draft.id, draft.isDefault);
        await recordSlaEvent(request, client, 'published', published, { isDefault: published.isDefault });
        return published;
      }),
  );

  app.post(
    '/v1/sla-definitions/:id/make-default',
    {
      schema: {
        operationId: 'makeDefaultSlaDefinition',
        tags: ['sla'],
        summary: "Make a published definition the partner's default",
        params: IdParams,
        response: responses({ 200: SlaDefinition }, 404, 409, 412),
      },
      config: { access: 'sla:manage' },
    },
    async (request) =>
      request.inTenant(async (client) => {
        const definition = await lockDefinition(request, client, request.params.id, 'published');
        const updated = await makeDefaultSlaDefinition(client, definition.id);
        await recordSlaEvent(request, client, 'made_default', updated);
        return updated;
      }),
  );

  app.post(
    '/v1/sla-definitions/:id/retire',
    {
      schema: {
        operationId: 'retireSlaDefinition',
        tags: ['sla'],
        summary: 'Retire a published definition that no customer relies on any more',
        params: IdParams,
        response: responses({ 200: SlaDefinition }, 404, 409, 412),
      },
      config: { access: 'sla:manage' },
    },
    async (request) =>
      request.inTenant(async (client) => {
        const definition = await lockDefinition(request, client, request.params.id, 'published');
        const covered = await countCustomersCoveredBy(client, definition.id);
        if (covered > 0) {
          throw new ProblemError(
            'sla-in-use',
            `${covered} customer(s) are covered by this definition; move them first.`,
            { customers: covered },
          );
        }
        const retired = await retireSlaDefinition(client, definition.id);
        await recordSlaEvent(request, client, 'retired', retired);
        return retired;
      }),
  );

  app.post(
    '/v1/sla-definitions/:id/due-dates',
    {
      schema: {
        operationId: 'computeSlaDueDates',
        tags: ['sla'],
        summary: 'The first-response and resolution due dates for a request opened at a given instant',
        description: 'Business time in the definition’s hours, so CRMs can show due dates before a request exists.',
        params: IdParams,
        body: DueDatesRequest,
        response: responses({ 200: DueDates }, 404, 422),
      },
      config: { access: 'sla:read' },
    },
    async (request) => {
      const definition = await request.inTenant((client) => visibleDefinition(request, client, request.params.id));
      const target = definition.targets?.[request.body.severity];
      if (!definition.hours || !target) {
        const missing = [
          ...(definition.hours ? [] : ['hours']),
          ...(target ? [] : [`targets.${request.body.severity}`]),
        ];
        throw new ProblemError('sla-incomplete', `This definition does not state ${missing.join(' and ')}.`, {
          missing,
        });
      }
      return dueDates(definition.hours, target, request.body.openedAt);
    },
  );
}

import Type from 'typebox';
import { findApiKey, insertApiKey, listApiKeys, revokeApiKey } from '../../db/apiKeys.js';
import { findCustomer } from '../../db/customers.js';
import { findPartner } from '../../db/partners.js';
import type { App } from '../../http/app-types.js';
import { mintApiKey } from '../../http/credentials.js';
import { paginate } from '../../http/pagination.js';
import { invalidFields, ProblemError } from '../../http/problem.js';
import { managesKeysOf } from '../../domain/access.js';
import { Page, PageQuery, responses } from '../../schemas/common.js';
import { IdParams } from '../../schemas/shared.js';
import { ApiKey, CreatedApiKey, Me, NewApiKey } from '../../schemas/api-keys.js';

export default async function apiKeyRoutes(app: App) {
  app.get(
    '/v1/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['access'],
        summary: 'The calling API key: its name, role and partner',
        response: responses({ 200: Me }),
      },
      config: { access: 'me:read' },
    },
    async (request) => {
      const { principal } = request;
      const partner = (await request.inTenant((client) => findPartner(client, principal.partnerId)))!;
      return {
        keyId: principal.keyId,
        name: principal.keyName,
        role: principal.role,
        customerId: principal.customerId,
        partner: { id: partner.id, name: partner.name, kind: partner.kind },
      };
    },
  );

  app.post(
    '/v1/api-keys',
    {
      schema: {
        operationId: 'createApiKey',
        tags: ['access'],
        summary: 'Create an API key; its secret is in this response only',
        description: 'A user_admin manages every key but admin_agent ones (`403 forbidden`).',
        body: NewApiKey,
        response: responses({ 201: CreatedApiKey }, 422),
      },
      config: { access: 'api-keys:manage' },
    },
    async (request, reply) => {
      const { partnerId } = request.principal;
      const { name, role, customerId = null } = request.body;
      if (!managesKeysOf(request.principal.role, role)) {
        throw new ProblemError('forbidden', 'A user_admin does not create admin_agent keys.');
      }
      if ((role === 'customer_user') !== (customerId !== null)) {
        throw invalidFields([
          {
            path: '/customerId',
            message: role === 'customer_user' ? 'is required for customer_user' : 'is only for customer_user',
          },
        ]);
      }
      const minted = mintApiKey(partnerId);
      const key = await request.inTenant(async (client) => {
        if (customerId && !(await findCustomer(client, customerId))) {
          throw new ProblemError('invalid-reference', 'customerId does not name a customer of this partner.');
        }
        return insertApiKey(client, { partnerId, name, role, customerId, hash: minted.hash });
      });
      return reply
        .code(201)
        .header('location', `/v1/api-keys/${key.id}`)
        .send({ ...key, key: minted.key });
    },
  );

  app.get(
    '/v1/api-keys',
    {
      schema: {
        operationId: 'listApiKeys',
        tags: ['access'],
        summary: "The partner's API keys, oldest first, revoked ones included (never their secrets)",
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: Page(ApiKey) }),
      },
      config: { access: 'api-keys:manage' },
    },
    async (request) =>
      request.inTenant((client) =>
        paginate(
          request,
          client,
          'api-keys',
          (after, limit) => listApiKeys(client, after, limit),
          (key) => [key.createdAt, key.id],
        ),
      ),
  );

  app.get(
    '/v1/api-keys/:id',
    {
      schema: {
        operationId: 'getApiKey',
        tags: ['access'],
        summary: 'One API key (never its secret)',
        params: IdParams,
        response: responses({ 200: ApiKey }, 404),
      },
      config: { access: 'api-keys:manage' },
    },
    async (request) => {
      const key = await request.inTenant((client) => findApiKey(client, request.params.id));
      if (!key) throw new ProblemError('not-found', 'No such API key.');
      return key;
    },
  );

  app.delete(
    '/v1/api-keys/:id',
    {
      schema: {
        operationId: 'revokeApiKey',
        tags: ['access'],
        summary: 'Revoke an API key: it is refused (401) from the next request on',
        params: IdParams,
        response: responses({ 204: Type.Null({ description: 'revoked' }) }, 404),
      },
      config: { access: 'api-keys:manage' },
    },
    async (request, reply) => {
      const revoked = await request.inTenant(async (client) => {
        const key = await findApiKey(client, request.params.id);
        if (key && !managesKeysOf(request.principal.role, key.role)) {
          throw new ProblemError('forbidden', 'A user_admin does not revoke admin_agent keys.');
        }
        return key !== undefined && (await revokeApiKey(client, request.params.id));
      });
      if (!revoked) throw new ProblemError('not-found', 'No such API key.');
      app.principals.forgetKey(request.params.id);
      return reply.code(204).send(null);
    },
  );
}

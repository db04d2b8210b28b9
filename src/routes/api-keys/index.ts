import Type from 'typebox';
import { listApiKeys } from '../../db/apiKeys.js';
import type { App } from '../../http/app-types.js';
import { ctxOf } from '../../http/context.js';
import { paginate } from '../../http/pagination.js';
import { PageQuery, responses } from '../../schemas/common.js';
// Before the api-keys schemas: components enter the contract in the order they are declared.
import { IdParams } from '../../schemas/shared.js';
import { ApiKey, ApiKeyPage, CreatedApiKey, Me, NewApiKey } from '../../schemas/api-keys.js';
import { issueApiKey, revokeKey, visibleApiKey, whoAmI } from '../../services/apiKeys.js';

export default async function apiKeyRoutes(app: App) {
  app.get(
    '/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['access'],
        summary: 'The calling API key: its name, role and partner',
        response: responses({ 200: Me }),
      },
      config: { access: 'me:read' },
    },
    async (request) => request.inTenant((tx) => whoAmI(tx, ctxOf(request))),
  );

  app.post(
    '/api-keys',
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
      const issuerRole = request.principal.role;
      const key = await request.inTenant((tx) => issueApiKey(tx, { ...request.body, partnerId, issuerRole }));
      return reply.code(201).header('location', `/v1/api-keys/${key.id}`).send(key);
    },
  );

  app.get(
    '/api-keys',
    {
      schema: {
        operationId: 'listApiKeys',
        tags: ['access'],
        summary: "The partner's API keys, oldest first, revoked ones included (never their secrets)",
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: ApiKeyPage }),
      },
      config: { access: 'api-keys:manage' },
    },
    async (request) =>
      request.inTenant((tx) =>
        paginate(
          request,
          tx,
          'api-keys',
          (after, limit) => listApiKeys(tx, after, limit),
          (key) => [key.createdAt, key.id],
        ),
      ),
  );

  app.get(
    '/api-keys/:id',
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
    async (request) => request.inTenant((tx) => visibleApiKey(tx, request.params.id)),
  );

  app.delete(
    '/api-keys/:id',
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
      await request.inTenant((tx) => revokeKey(tx, ctxOf(request), request.params.id));
      app.principals.forgetKey(request.params.id);
      return reply.code(204).send(null);
    },
  );
}

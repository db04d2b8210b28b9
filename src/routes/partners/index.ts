import { randomUUID } from 'node:crypto';
import { insertApiKey } from '../../db/apiKeys.js';
import { findPartner, insertPartner } from '../../db/partners.js';
import { withTenant } from '../../db/tenant.js';
import type { App } from '../../http/app-types.js';
import { mintApiKey } from '../../http/credentials.js';
import { ProblemError } from '../../http/problem.js';
import { responses } from '../../http/schemas.js';
import { NewPartner, Partner, PartnerWithKey } from './schemas.js';

export default async function partnerRoutes(app: App) {
  app.post(
    '/v1/partners',
    {
      schema: {
        operationId: 'createPartner',
        tags: ['partners'],
        summary: 'Create a partner (tenant) and its first admin_agent API key',
        description: 'For the deployment operator. The key is shown once.',
        body: NewPartner,
        response: responses({ 201: PartnerWithKey }, 422),
      },
      config: { access: 'operator' },
    },
    async (request, reply) => {
      const body = request.body;
      if ((body.kind === 'indirect_reseller') !== (body.indirectProviderId !== undefined)) {
        throw new ProblemError('invalid-reference', 'An indirect_reseller names its indirectProviderId; other kinds do not.');
      }
      if (body.indirectProviderId) {
        const provider = await withTenant(app.pool, body.indirectProviderId, (client) => findPartner(client, body.indirectProviderId!));
        if (provider?.kind !== 'indirect_provider') {
          throw new ProblemError('invalid-reference', 'indirectProviderId does not name an indirect_provider partner.');
        }
      }
      const id = randomUUID();
      const minted = mintApiKey(id);
      const created = await withTenant(app.pool, id, async (client) => {
        const partner = await insertPartner(client, {
          id,
          name: body.name,
          kind: body.kind,
          indirectProviderId: body.indirectProviderId ?? null,
          competency: body.competency ?? 'none',
        });
        const key = await insertApiKey(client, { partnerId: id, name: 'first admin key', role: 'admin_agent', hash: minted.hash });
        return { partner, apiKey: { ...key, key: minted.key } };
      });
      return reply.code(201).header('location', '/v1/partner').send(created);
    },
  );

  app.get(
    '/v1/partner',
    {
      schema: {
        operationId: 'getPartner',
        tags: ['partners'],
        summary: "The caller's partner",
        response: responses({ 200: Partner }),
      },
      config: { access: 'partner:read' },
    },
    async (request) => {
      const partner = await request.inTenant((client) => findPartner(client, request.principal.partnerId));
      return partner!;
    },
  );
}

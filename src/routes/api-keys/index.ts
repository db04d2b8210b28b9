import Type from 'typebox';
import { roles } from '../../domain/access.js';
import { findPartner } from '../../db/partners.js';
import type { App } from '../../http/app-types.js';
import { Nullable, responses, Uuid } from '../../http/schemas.js';
import { partnerKinds } from '../../domain/partners.js';

const Me = Type.Object({
  keyId: Uuid,
  name: Type.String({ description: "the key's name" }),
  role: Type.Enum(roles),
  customerId: Nullable(Uuid),
  partner: Type.Object({ id: Uuid, name: Type.String(), kind: Type.Enum(partnerKinds) }),
});

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
}

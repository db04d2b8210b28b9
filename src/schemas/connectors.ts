import Type from 'typebox';
import { credentialKinds } from '../domain/connectors.js';
import { At, Nullable, Timestamp, component } from './common.js';

/** The Microsoft connectors' wire shapes (issue 17). Secrets go in, never out. */

const tenantId = Type.String({
  format: 'uuid',
  description: "the partner's Microsoft Entra tenant id, where its app registration lives",
});
const clientId = Type.String({ format: 'uuid', description: "the app registration's application (client) id" });

const example = {
  tenantId: '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  clientId: '0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a',
};

export const ConnectorSettings = Type.Object(
  {
    tenantId,
    clientId,
    clientSecret: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 1024,
        writeOnly: true,
        description: "the app registration's client secret; stored encrypted, never returned (or send `certificate`)",
      }),
    ),
    certificate: Type.Optional(
      Type.Object(
        {
          thumbprintSha256: Type.String({
            pattern: '^[0-9A-Fa-f]{64}$',
            description: "the certificate's SHA-256 thumbprint, hex",
          }),
          privateKey: Type.String({
            minLength: 1,
            maxLength: 16_384,
            pattern: '-----BEGIN [A-Z ]*PRIVATE KEY-----',
            writeOnly: true,
            description: "the certificate's PEM private key; stored encrypted, never returned",
          }),
        },
        { additionalProperties: false, description: 'a certificate credential instead of a client secret' },
      ),
    ),
    agentLocale: Type.Optional(
      Type.String({
        pattern: '^[a-z]{2}-[A-Z]{2}$',
        description: 'Partner Center only: the locale service requests are filed in (default en-US)',
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'The app registration a connector signs in with: a client secret or a certificate, not both.',
    examples: [{ ...example, clientSecret: 'Qx48Q~kN3wZ-example-secret-value' }],
  },
);

export const ConnectorStatus = Type.Enum(['pending', 'healthy', 'failing', 'unhealthy'], {
  description:
    'pending: not run yet; healthy: the last call succeeded; failing: it failed; unhealthy: failing for 24 h (compliance)',
});

export const Connector = component(
  'Connector',
  Type.Object(
    {
      kind: Type.Enum(['graph', 'partner_center'], {
        description: 'graph: service health from Microsoft Graph; partner_center: service requests',
      }),
      tenantId,
      clientId,
      credentialKind: Type.Enum(credentialKinds, {
        description: 'how the app signs in; the secret itself is never shown',
      }),
      certificateThumbprint: Nullable(Type.String(), { description: "the certificate's SHA-256 thumbprint, if one" }),
      agentLocale: Nullable(Type.String(), { description: 'Partner Center: the locale service requests are filed in' }),
      status: ConnectorStatus,
      lastSuccessAt: Nullable(Timestamp, { description: 'when a call to Microsoft last succeeded' }),
      lastError: Nullable(Type.String(), { description: 'what the last failed call met' }),
      lastErrorAt: Nullable(Timestamp, { description: 'when a call last failed' }),
      failingSince: Nullable(Timestamp, { description: 'since when every call has failed; null when healthy' }),
      nextRunAt: Nullable(Timestamp, { description: 'when the sync job runs next' }),
      version: Type.Integer({ description: 'changes with every PUT (ETag)' }),
      createdAt: At('when it was recorded'),
      updatedAt: At('when it last changed'),
    },
    {
      description: "A partner's Microsoft connector: its app registration (without secrets) and its health.",
      examples: [
        {
          kind: 'graph',
          ...example,
          credentialKind: 'secret',
          certificateThumbprint: null,
          agentLocale: null,
          status: 'failing',
          lastSuccessAt: '2026-11-20T08:55:00.000Z',
          lastError: 'GET /v1.0/admin/serviceAnnouncement/issues answered 503',
          lastErrorAt: '2026-11-20T09:00:00.000Z',
          failingSince: '2026-11-20T09:00:00.000Z',
          nextRunAt: '2026-11-20T09:05:00.000Z',
          version: 2,
          createdAt: '2026-11-02T10:12:00.000Z',
          updatedAt: '2026-11-18T16:40:00.000Z',
        },
      ],
    },
  ),
);

export const FileEscalation = Type.Object(
  {
    supportTopicId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description:
          "Partner Center's support topic; else the escalation's own. Must be in Partner Center's catalogue.",
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'Files the escalation as a Partner Center service request.',
    examples: [{ supportTopicId: '32444671' }],
  },
);

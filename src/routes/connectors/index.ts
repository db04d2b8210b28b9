import type { App } from '../../http/app-types.js';
import { ctxOf } from '../../http/context.js';
import { responses } from '../../schemas/common.js';
import { Connector, ConnectorSettings } from '../../schemas/connectors.js';
import type { ConnectorKind } from '../../domain/connectors.js';
import { configureConnector, presentConnector, visibleConnector } from '../../services/connectors.js';

const tags = ['connectors'];
/** Each connector's path and the words its operations use. */
const connectors: { path: string; kind: ConnectorKind; name: string; what: string }[] = [
  { path: 'graph', kind: 'graph', name: 'GraphConnector', what: 'Microsoft Graph service health connector' },
  {
    path: 'partner-center',
    kind: 'partner_center',
    name: 'PartnerCenterConnector',
    what: 'Partner Center service requests connector',
  },
];

export default async function connectorRoutes(app: App) {
  for (const { path, kind, name, what } of connectors) {
    app.put(
      `/partner/connectors/${path}`,
      {
        schema: {
          operationId: `put${name}`,
          tags,
          summary: `Configure the ${what}: the app registration it signs in with`,
          description:
            'The client secret or certificate key is encrypted at rest (AES-256-GCM) and never returned. The sync runs at ' +
            'once, then every CONNECTOR_SYNC_SECONDS. Honours If-Match.',
          body: ConnectorSettings,
          response: responses({ 200: Connector }, 412),
        },
        config: { access: 'connectors:manage' },
      },
      async (request) => {
        const ctx = ctxOf(request);
        return presentConnector(
          await request.inTenant((tx) => configureConnector(tx, ctx, kind, request.body)),
          ctx.now,
        );
      },
    );

    app.get(
      `/partner/connectors/${path}`,
      {
        schema: {
          operationId: `get${name}`,
          tags,
          summary: `The ${what}: its settings without secrets, last success, last error and next run`,
          response: responses({ 200: Connector }, 404),
        },
        config: { access: 'connectors:manage' },
      },
      async (request) => presentConnector(await request.inTenant((tx) => visibleConnector(tx, kind)), new Date()),
    );
  }
}

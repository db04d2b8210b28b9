import type { Static } from 'typebox';
import type { ConnectorRuntime } from '../config.js';
import type { AppRegistration, MicrosoftError } from '../connectors/microsoft.js';
import { seal, unseal } from '../connectors/secretBox.js';
import {
  findConnector,
  lockConnector,
  putConnector,
  recordConnectorOutcome,
  type ConnectorRow,
} from '../db/connectors.js';
import { recordEvent } from '../db/events.js';
import { scheduleJob } from '../db/jobs.js';
import { isUnhealthy, type ConnectorKind } from '../domain/connectors.js';
import { invalidFields, ProblemError } from '../domain/problems.js';
import type { ConnectorSettings } from '../schemas/connectors.js';
import { assertVersion, type CallerContext, type Context, type Tx } from './context.js';

/**
 * The Microsoft connectors' settings and health (issue 17): a partner's app registration per
 * connector, its credential sealed at rest, and the record of how its calls to Microsoft go —
 * shown on the connector, raised as events when it starts failing or recovers, counted in
 * /metrics. The flows that call Microsoft are in connectorsSync.ts.
 */

/** The sync task of each connector, run per partner. */
export const syncTaskOf: Record<ConnectorKind, string> = {
  graph: 'graph_sync',
  partner_center: 'partner_center_sync',
};

/** Schedules the connector's sync (replacing a pending run), in the caller's transaction. */
export function scheduleSync(tx: Tx, partnerId: string, kind: ConnectorKind, at: Date): Promise<void> {
  const task = syncTaskOf[kind];
  return scheduleJob(tx, task, {}, at.toISOString(), `${task}:${partnerId}`);
}

/** The associated data a credential is sealed with: it opens only on its own partner's connector. */
const sealedFor = (partnerId: string, kind: ConnectorKind) => `connector:${partnerId}:${kind}`;

export function presentConnector(row: ConnectorRow, now: Date) {
  const status = row.failingSince
    ? isUnhealthy(row, now)
      ? ('unhealthy' as const)
      : ('failing' as const)
    : row.lastSuccessAt
      ? ('healthy' as const)
      : ('pending' as const);
  return {
    kind: row.kind,
    tenantId: row.tenantId,
    clientId: row.clientId,
    credentialKind: row.credentialKind,
    certificateThumbprint: row.certificateThumbprint,
    agentLocale: row.agentLocale,
    status,
    lastSuccessAt: row.lastSuccessAt,
    lastError: row.lastError,
    lastErrorAt: row.lastErrorAt,
    failingSince: row.failingSince,
    nextRunAt: row.nextRunAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Stores the connector's app registration (secrets sealed) and runs its sync at once. */
export async function configureConnector(
  tx: Tx,
  ctx: CallerContext,
  kind: ConnectorKind,
  input: Static<typeof ConnectorSettings>,
): Promise<ConnectorRow> {
  if ((input.clientSecret === undefined) === (input.certificate === undefined)) {
    throw invalidFields([{ path: '/clientSecret', message: 'send either clientSecret or certificate, not both' }]);
  }
  if (kind === 'graph' && input.agentLocale !== undefined) {
    throw invalidFields([{ path: '/agentLocale', message: 'applies to the Partner Center connector only' }]);
  }
  const existing = await lockConnector(tx, kind);
  if (existing) assertVersion(ctx, existing.version);
  const partnerId = ctx.caller.partnerId;
  const credential = input.certificate
    ? { thumbprintSha256: input.certificate.thumbprintSha256.toUpperCase(), privateKey: input.certificate.privateKey }
    : { secret: input.clientSecret! };
  const stored = await putConnector(tx, {
    kind,
    tenantId: input.tenantId,
    clientId: input.clientId,
    credentialKind: input.certificate ? 'certificate' : 'secret',
    sealedCredential: seal(ctx.settings.connectors.secretKey, JSON.stringify(credential), sealedFor(partnerId, kind)),
    certificateThumbprint: input.certificate ? credential.thumbprintSha256! : null,
    agentLocale: kind === 'partner_center' ? (input.agentLocale ?? 'en-US') : null,
  });
  await scheduleSync(tx, partnerId, kind, ctx.now);
  return stored;
}

export async function visibleConnector(tx: Tx, kind: ConnectorKind): Promise<ConnectorRow> {
  const found = await findConnector(tx, kind);
  if (!found) throw new ProblemError('not-found', 'This connector is not configured.');
  return found;
}

/** The app registration to sign in with, its credential unsealed. */
export function registrationOf(runtime: ConnectorRuntime, partnerId: string, row: ConnectorRow): AppRegistration {
  const credential = JSON.parse(
    unseal(runtime.secretKey, row.sealedCredential, sealedFor(partnerId, row.kind)),
  ) as AppRegistration['credential'];
  return { tenantId: row.tenantId, clientId: row.clientId, credential };
}

/**
 * Records how a call to Microsoft went on the connector: the first failure after a success is
 * `connector.failed`, the first success after failures `connector.recovered`; every outcome is
 * counted in /metrics.
 */
export async function recordConnectorRun(
  tx: Tx,
  ctx: Context,
  runtime: ConnectorRuntime,
  kind: ConnectorKind,
  failure: MicrosoftError | null,
): Promise<void> {
  const before = await lockConnector(tx, kind);
  if (!before) return;
  const after = (await recordConnectorOutcome(tx, kind, failure ? failure.message : null, ctx.now))!;
  runtime.onRun?.(kind, failure ? 'failure' : 'success');
  const event = (type: string, data: Record<string, unknown>) =>
    recordEvent(tx, { type, subject: { type: 'connector', id: after.id }, actor: ctx.actor, data });
  if (failure && !before.failingSince) await event('connector.failed', { kind, error: failure.message });
  if (!failure && before.failingSince) await event('connector.recovered', { kind, failingSince: before.failingSince });
}

import type { ConnectorKind, CredentialKind } from '../domain/connectors.js';
import type { Client } from './pool.js';

/** A partner's connector (issue 17); `sealedCredential` is AES-256-GCM sealed, never in clear here. */
export interface ConnectorRow {
  id: string;
  kind: ConnectorKind;
  tenantId: string;
  clientId: string;
  credentialKind: CredentialKind;
  sealedCredential: string;
  certificateThumbprint: string | null;
  agentLocale: string | null;
  supportTopics: { id: string; name: string; description: string | null }[] | null;
  supportTopicsFetchedAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  failingSince: string | null;
  nextRunAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const connectorColumns = `
  id, kind, tenant_id as "tenantId", client_id as "clientId", credential_kind as "credentialKind",
  sealed_credential as "sealedCredential", certificate_thumbprint as "certificateThumbprint", agent_locale as "agentLocale",
  support_topics as "supportTopics", support_topics_fetched_at as "supportTopicsFetchedAt",
  last_success_at as "lastSuccessAt", last_error as "lastError", last_error_at as "lastErrorAt",
  failing_since as "failingSince", next_run_at as "nextRunAt", version, created_at as "createdAt", updated_at as "updatedAt"`;

export async function findConnector(client: Client, kind: ConnectorKind): Promise<ConnectorRow | undefined> {
  const { rows } = await client.query<ConnectorRow>(
    `select ${connectorColumns} from connectors where kind = $1::text`,
    [kind],
  );
  return rows[0];
}

/** Locks the connector's row for a change; undefined when the partner has none of this kind. */
export async function lockConnector(client: Client, kind: ConnectorKind): Promise<ConnectorRow | undefined> {
  const { rows } = await client.query<ConnectorRow>(
    `select ${connectorColumns} from connectors where kind = $1::text for update`,
    [kind],
  );
  return rows[0];
}

export type ConnectorSettingsRow = Pick<
  ConnectorRow,
  'kind' | 'tenantId' | 'clientId' | 'credentialKind' | 'sealedCredential' | 'certificateThumbprint' | 'agentLocale'
>;

/**
 * Creates or replaces the connector's app registration. A new registration may see another
 * catalogue and fail or succeed differently: the cached topics and the health start afresh.
 */
export async function putConnector(client: Client, settings: ConnectorSettingsRow): Promise<ConnectorRow> {
  const { rows } = await client.query<ConnectorRow>(
    `insert into connectors (partner_id, kind, tenant_id, client_id, credential_kind, sealed_credential,
                             certificate_thumbprint, agent_locale, next_run_at)
     values (app_partner_id(), $1::text, $2::uuid, $3::uuid, $4::text, $5::text, $6::text, $7::text, now())
     on conflict (partner_id, kind) do update set
       tenant_id = excluded.tenant_id, client_id = excluded.client_id, credential_kind = excluded.credential_kind,
       sealed_credential = excluded.sealed_credential, certificate_thumbprint = excluded.certificate_thumbprint,
       agent_locale = excluded.agent_locale, support_topics = null, support_topics_fetched_at = null,
       last_error = null, last_error_at = null, failing_since = null, next_run_at = now(),
       version = connectors.version + 1, updated_at = now()
     returning ${connectorColumns}`,
    [
      settings.kind,
      settings.tenantId,
      settings.clientId,
      settings.credentialKind,
      settings.sealedCredential,
      settings.certificateThumbprint,
      settings.agentLocale,
    ],
  );
  return rows[0]!;
}

/** Records how a call to Microsoft went: a success clears the failure, an error starts or continues one. */
export async function recordConnectorOutcome(
  client: Client,
  kind: ConnectorKind,
  error: string | null,
  at: Date,
): Promise<ConnectorRow | undefined> {
  const { rows } = await client.query<ConnectorRow>(
    `update connectors set
       last_success_at = case when $2::text is null then $3::timestamptz else last_success_at end,
       last_error = coalesce($2::text, last_error),
       last_error_at = case when $2::text is null then last_error_at else $3::timestamptz end,
       failing_since = case when $2::text is null then null else coalesce(failing_since, $3::timestamptz) end
     where kind = $1::text
     returning ${connectorColumns}`,
    [kind, error, at.toISOString()],
  );
  return rows[0];
}

export async function setNextRun(client: Client, kind: ConnectorKind, at: Date): Promise<void> {
  await client.query(`update connectors set next_run_at = $2::timestamptz where kind = $1::text`, [
    kind,
    at.toISOString(),
  ]);
}

export async function saveSupportTopics(
  client: Client,
  topics: NonNullable<ConnectorRow['supportTopics']>,
  at: Date,
): Promise<void> {
  await client.query(
    `update connectors set support_topics = $1::jsonb, support_topics_fetched_at = $2::timestamptz
      where kind = 'partner_center'`,
    [JSON.stringify(topics), at.toISOString()],
  );
}

/** The partner's customers with their Microsoft Entra tenant, in id order after `after`. */
export async function customerTenants(
  client: Client,
  after: string | null,
  limit: number,
): Promise<{ id: string; tenantId: string }[]> {
  const { rows } = await client.query<{ id: string; tenantId: string }>(
    `select id, tenant_id as "tenantId" from customers
      where ($1::uuid is null or id > $1::uuid) order by id limit $2::int`,
    [after, limit],
  );
  return rows;
}

/** The newest lastModifiedDateTime the Graph sync has read for the customer, or null: read everything. */
export async function graphCursor(client: Client, customerId: string): Promise<string | null> {
  const { rows } = await client.query<{ modifiedThrough: string | null }>(
    `select modified_through as "modifiedThrough" from graph_sync_cursors where customer_id = $1::uuid`,
    [customerId],
  );
  return rows[0]?.modifiedThrough ?? null;
}

export async function saveGraphCursor(
  client: Client,
  customerId: string,
  modifiedThrough: string | null,
  at: Date,
): Promise<void> {
  await client.query(
    `insert into graph_sync_cursors (partner_id, customer_id, modified_through, synced_at)
     values (app_partner_id(), $1::uuid, $2::timestamptz, $3::timestamptz)
     on conflict (partner_id, customer_id) do update set
       modified_through = greatest(graph_sync_cursors.modified_through, excluded.modified_through),
       synced_at = excluded.synced_at`,
    [customerId, modifiedThrough, at.toISOString()],
  );
}

export interface FiledServiceRequestRow {
  escalationId: string;
  serviceRequestId: string;
  status: string;
  notesCopied: number;
}

const filedColumns = `escalation_id as "escalationId", service_request_id as "serviceRequestId", status,
  notes_copied as "notesCopied"`;

export async function insertFiledServiceRequest(
  client: Client,
  filed: Pick<FiledServiceRequestRow, 'escalationId' | 'serviceRequestId' | 'status'>,
  at: Date,
): Promise<void> {
  await client.query(
    `insert into filed_service_requests (partner_id, escalation_id, service_request_id, status, synced_at)
     values (app_partner_id(), $1::uuid, $2::text, $3::text, $4::timestamptz)`,
    [filed.escalationId, filed.serviceRequestId, filed.status, at.toISOString()],
  );
}

/** The filed service requests whose escalation is still in progress: the ones the sync follows. */
export async function followedServiceRequests(client: Client, limit: number): Promise<FiledServiceRequestRow[]> {
  const { rows } = await client.query<FiledServiceRequestRow>(
    `select ${filedColumns} from filed_service_requests f
      where exists (select 1 from escalations e where e.partner_id = f.partner_id and e.id = f.escalation_id
                       and e.state in ('submitted', 'attention_needed'))
      order by synced_at, escalation_id limit $1::int`,
    [limit],
  );
  return rows;
}

export async function lockFiledServiceRequest(
  client: Client,
  escalationId: string,
): Promise<FiledServiceRequestRow | undefined> {
  const { rows } = await client.query<FiledServiceRequestRow>(
    `select ${filedColumns} from filed_service_requests where escalation_id = $1::uuid for update`,
    [escalationId],
  );
  return rows[0];
}

export async function updateFiledServiceRequest(
  client: Client,
  escalationId: string,
  changes: { status: string; notesCopied: number },
  at: Date,
): Promise<void> {
  await client.query(
    `update filed_service_requests set status = $2::text, notes_copied = $3::int, synced_at = $4::timestamptz
      where escalation_id = $1::uuid`,
    [escalationId, changes.status, changes.notesCopied, at.toISOString()],
  );
}

/** The partner's connectors failing since before `before` (compliance). */
export async function connectorsFailingSince(
  client: Client,
  before: Date,
): Promise<{ kind: ConnectorKind; failingSince: string; lastError: string | null }[]> {
  const { rows } = await client.query<{ kind: ConnectorKind; failingSince: string; lastError: string | null }>(
    `select kind, failing_since as "failingSince", last_error as "lastError" from connectors
      where failing_since <= $1::timestamptz order by kind`,
    [before.toISOString()],
  );
  return rows;
}

import type { Static } from 'typebox';
import type { ServiceIncident } from '../schemas/service-incidents.js';
import type { Keyset } from './lists.js';
import type { Client } from './pool.js';

/** Microsoft Graph serviceHealthIssue, the fields partnerdesk keeps, plus the customer it concerns. */
export type ServiceIncidentRow = Static<typeof ServiceIncident>;

const incidentColumns = `
  id, title, service, feature, feature_group as "featureGroup", classification, status, is_resolved as "isResolved",
  impact_description as "impactDescription", start_date_time as "startDateTime", end_date_time as "endDateTime",
  last_modified_date_time as "lastModifiedDateTime", customer_id as "customerId"`;

export async function upsertIncident(client: Client, incident: ServiceIncidentRow): Promise<ServiceIncidentRow> {
  const { rows } = await client.query<ServiceIncidentRow>(
    `insert into service_incidents (partner_id, id, title, service, feature, feature_group, classification, status, is_resolved,
                                    impact_description, start_date_time, end_date_time, last_modified_date_time, customer_id)
     values (app_partner_id(), $1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::boolean,
             $9::text, $10::timestamptz, $11::timestamptz, $12::timestamptz, $13::uuid)
     on conflict (partner_id, id, scope) do update set
       title = excluded.title, service = excluded.service, feature = excluded.feature, feature_group = excluded.feature_group,
       classification = excluded.classification, status = excluded.status, is_resolved = excluded.is_resolved,
       impact_description = excluded.impact_description, start_date_time = excluded.start_date_time,
       end_date_time = excluded.end_date_time, last_modified_date_time = excluded.last_modified_date_time,
       updated_at = now()
     returning ${incidentColumns}`,
    [
      incident.id,
      incident.title,
      incident.service,
      incident.feature,
      incident.featureGroup,
      incident.classification,
      incident.status,
      incident.isResolved,
      incident.impactDescription,
      incident.startDateTime,
      incident.endDateTime,
      incident.lastModifiedDateTime,
      incident.customerId,
    ],
  );
  return rows[0]!;
}

/** The scope of an incident for every customer (customer_id null), as the key stores it (migration 017). */
export const EVERY_CUSTOMER = '00000000-0000-0000-0000-000000000000';

/** By id, then scope: Graph reports one issue id in each customer tenant it affects. */
export async function listIncidents(
  client: Client,
  filter: { service?: string; isResolved?: boolean },
  after: Keyset | undefined,
  limit: number,
): Promise<ServiceIncidentRow[]> {
  const { rows } = await client.query<ServiceIncidentRow>(
    `select ${incidentColumns} from service_incidents
      where ($1::text is null or (id, scope) > ($1::text, $5::uuid))
        and ($2::text is null or lower(service) = lower($2::text))
        and ($3::boolean is null or is_resolved = $3::boolean)
      order by id, scope
      limit $4::int`,
    [after?.[0] ?? null, filter.service ?? null, filter.isResolved ?? null, limit, after?.[1] ?? EVERY_CUSTOMER],
  );
  return rows;
}

/** R2: the unresolved incidents of a service that concern this customer or every customer. */
export async function activeIncidentIds(client: Client, service: string, customerId: string): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `select id from service_incidents
      where not is_resolved and lower(service) = lower($1::text) and (customer_id is null or customer_id = $2::uuid)
      order by id`,
    [service, customerId],
  );
  return rows.map((row) => row.id);
}

/**
 * Locks the copy of an incident in one scope (a customer, or every customer: null) for a change and
 * reads it as it stands, so that one import alone sees it become resolved.
 */
export async function lockIncident(
  client: Client,
  id: string,
  customerId: string | null,
): Promise<ServiceIncidentRow | undefined> {
  const { rows } = await client.query<ServiceIncidentRow>(
    `select ${incidentColumns} from service_incidents
      where id = $1::text and customer_id is not distinct from $2::uuid for update`,
    [id, customerId],
  );
  return rows[0];
}

/** The customers an incident is known for (null: every customer), one per stored copy. */
export async function incidentScopes(client: Client, id: string): Promise<(string | null)[]> {
  const { rows } = await client.query<{ customerId: string | null }>(
    `select customer_id as "customerId" from service_incidents where id = $1::text`,
    [id],
  );
  return rows.map((row) => row.customerId);
}

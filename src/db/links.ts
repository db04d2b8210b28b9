import type { RequestState } from '../domain/supportRequests.js';
import type { Client } from './pool.js';

/** Requests a service incident or an escalation stands for (issue 16), besides an escalation's own request. */

export interface LinkCandidate {
  id: string;
  customerId: string;
  state: RequestState;
}

/** The requests among `ids` the caller may see (row-level security: the partner's own), to check before linking. */
export async function findLinkCandidates(client: Client, ids: string[]): Promise<LinkCandidate[]> {
  const { rows } = await client.query<LinkCandidate>(
    `select id, customer_id as "customerId", state from support_requests where id = any($1::uuid[]) order by id`,
    [ids],
  );
  return rows;
}

export async function insertIncidentLinks(client: Client, incidentId: string, requestIds: string[]): Promise<void> {
  await client.query(
    `insert into service_incident_links (partner_id, incident_id, request_id)
     select app_partner_id(), $1::text, unnest($2::uuid[])
     on conflict do nothing`,
    [incidentId, requestIds],
  );
}

export async function insertEscalationLinks(client: Client, escalationId: string, requestIds: string[]): Promise<void> {
  await client.query(
    `insert into escalation_links (partner_id, escalation_id, request_id)
     select app_partner_id(), $1::uuid, unnest($2::uuid[])
     on conflict do nothing`,
    [escalationId, requestIds],
  );
}

/** The requests linked to an incident, in the order they were linked. */
export async function incidentLinkedRequestIds(client: Client, incidentId: string): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `select request_id as id from service_incident_links where incident_id = $1::text order by created_at, request_id`,
    [incidentId],
  );
  return rows.map((row) => row.id);
}

/** The requests linked to an escalation, in the order they were linked. */
export async function escalationLinkedRequestIds(client: Client, escalationId: string): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `select request_id as id from escalation_links where escalation_id = $1::uuid order by created_at, request_id`,
    [escalationId],
  );
  return rows.map((row) => row.id);
}

/** What a request is linked to. */
export async function linksOfRequest(
  client: Client,
  requestId: string,
): Promise<{ serviceIncidentIds: string[]; escalationIds: string[] }> {
  const { rows } = await client.query<{ serviceIncidentIds: string[]; escalationIds: string[] }>(
    `select array(select incident_id from service_incident_links where request_id = $1::uuid order by created_at, incident_id)
              as "serviceIncidentIds",
            array(select escalation_id from escalation_links where request_id = $1::uuid order by created_at, escalation_id)
              as "escalationIds"`,
    [requestId],
  );
  return rows[0]!;
}

/**
 * The open requests linked to an incident, of one customer (or of every one: null), with the
 * language each customer reads, by request id (the lock order).
 */
export async function openIncidentLinkedRequests(
  client: Client,
  incidentId: string,
  customerId: string | null,
): Promise<{ requestId: string; language: string }[]> {
  const { rows } = await client.query<{ requestId: string; language: string }>(
    `select l.request_id as "requestId", c.effective_language as language
       from service_incident_links l
       join support_requests r on r.partner_id = l.partner_id and r.id = l.request_id
       join customers_with_coverage c on c.partner_id = r.partner_id and c.id = r.customer_id
      where l.incident_id = $1::text and r.state not in ('resolved', 'closed', 'cancelled')
        and ($2::uuid is null or r.customer_id = $2::uuid)
      order by l.request_id`,
    [incidentId, customerId],
  );
  return rows;
}

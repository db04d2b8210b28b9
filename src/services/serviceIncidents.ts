import type { Static } from 'typebox';
import Value from 'typebox/value';
import { findCustomer } from '../db/customers.js';
import { lockIncident, upsertIncident, type ServiceIncidentRow } from '../db/serviceIncidents.js';
import { invalidFields, ProblemError } from '../domain/problems.js';
import { GraphIssue, type GraphIssueBody, type GraphIssuesPage } from '../schemas/service-incidents.js';
import type { CallerContext, Context, Tx } from './context.js';
import { noteResolvedIncident } from './links.js';

/** Service incidents from Microsoft Graph (serviceHealthIssue), matched by the health checks (R2). */

function toIncident(id: string, issue: GraphIssueBody): ServiceIncidentRow {
  const text = (value: unknown) => (value === undefined ? null : (value as string | null));
  return {
    id,
    title: issue.title as string,
    service: issue.service as string,
    feature: text(issue.feature),
    featureGroup: text(issue.featureGroup),
    classification: issue.classification as string,
    status: issue.status as string,
    isResolved: issue.isResolved as boolean,
    impactDescription: text(issue.impactDescription),
    startDateTime: text(issue.startDateTime),
    endDateTime: text(issue.endDateTime),
    lastModifiedDateTime: text(issue.lastModifiedDateTime),
    customerId: text(issue.customerId),
  };
}

/** Stores an incident; the one that becomes resolved tells the requests linked to it (services/links.ts). */
async function store(
  tx: Tx,
  ctx: Context,
  partnerId: string,
  incident: ServiceIncidentRow,
): Promise<ServiceIncidentRow> {
  if (incident.customerId && !(await findCustomer(tx, incident.customerId))) {
    throw new ProblemError(
      'invalid-reference',
      `customerId of ${incident.id} does not name a customer of this partner.`,
    );
  }
  const before = await lockIncident(tx, incident.id, incident.customerId);
  const stored = await upsertIncident(tx, incident);
  if (before && !before.isResolved && stored.isResolved) await noteResolvedIncident(tx, ctx, partnerId, stored);
  return stored;
}

/** Creates or replaces one incident; the id in the body, if any, is the one in the path. */
export async function putIncident(
  tx: Tx,
  ctx: CallerContext,
  id: string,
  issue: Static<typeof GraphIssue>,
): Promise<ServiceIncidentRow> {
  if (issue.id !== undefined && issue.id !== id) {
    throw invalidFields([{ path: '/id', message: 'differs from the id in the path' }]);
  }
  return store(tx, ctx, ctx.caller.partnerId, toIncident(id, issue));
}

/**
 * Upserts the issues the Graph connector read in a customer's tenant, scoped to that customer;
 * an issue Graph sends without the fields partnerdesk keeps is passed over. Returns how many were kept.
 */
export async function storeCustomerIssues(
  tx: Tx,
  ctx: Context,
  partnerId: string,
  customerId: string,
  issues: unknown[],
): Promise<number> {
  let kept = 0;
  for (const issue of issues) {
    if (!Value.Check(GraphIssue, issue) || issue.id === undefined) continue;
    await store(tx, ctx, partnerId, toIncident(issue.id, { ...issue, customerId }));
    kept++;
  }
  return kept;
}

/** Upserts every issue of a Graph page by id, all or none. */
export async function importIncidents(
  tx: Tx,
  ctx: CallerContext,
  page: Static<typeof GraphIssuesPage>,
): Promise<{ imported: number }> {
  for (const issue of page.value) await store(tx, ctx, ctx.caller.partnerId, toIncident(issue.id, issue));
  return { imported: page.value.length };
}

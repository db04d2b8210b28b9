import type { FastifyRequest } from 'fastify';
import { recordEvent } from '../../db/events.js';
import type { Client } from '../../db/pool.js';
import { findRequest, lockRequestRow, type StoredRequest } from '../../db/supportRequests.js';
import { partyOf, type Party } from '../../domain/requestLifecycle.js';
import { actorOf } from '../../http/access.js';
import { ProblemError } from '../../http/problem.js';
import { assertIfMatch } from '../../http/versioning.js';

/** The wire shape (SPEC §2). Customers never see the partner's diagnosis, checks or assignee (R9). */
export function presentRequest(record: StoredRequest, forCustomer: boolean) {
  return {
    id: record.id,
    number: record.number,
    customerId: record.customerId,
    title: record.title,
    description: record.description,
    category: record.category,
    product: { name: record.productName, type: record.productType, service: record.productService },
    severity: record.severity,
    channel: record.channel,
    requester: record.requester,
    state: record.state,
    assigneeId: forCustomer ? null : record.assigneeId,
    diagnosis:
      forCustomer || !record.diagnosisCause
        ? null
        : {
            cause: record.diagnosisCause,
            ownership: record.diagnosisOwnership!,
            summary: record.diagnosisSummary!,
            diagnosedAt: record.diagnosedAt!,
          },
    healthCheck: forCustomer ? null : record.healthCheck,
    resolution:
      record.resolutionCode && record.resolvedAt
        ? { code: record.resolutionCode, summary: record.resolutionSummary!, resolvedAt: record.resolvedAt }
        : null,
    sla: {
      definitionId: record.slaDefinitionId,
      definitionVersion: record.slaDefinitionVersion,
      status: record.slaStatus,
      firstResponseDueAt: record.firstResponseDueAt,
      firstRespondedAt: record.firstRespondedAt,
      resolutionDueAt: record.resolutionDueAt,
      pausedMinutes: record.pausedMinutes,
    },
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export const forCustomer = (request: FastifyRequest) => request.principal.role === 'customer_user';

/** The request as the caller may see it (row-level security hides other customers' requests). */
export async function visibleRequest(client: Client, id: string): Promise<StoredRequest> {
  const found = await findRequest(client, id);
  if (!found) throw new ProblemError('not-found', 'No such support request.');
  return found;
}

/**
 * Locks a request for a change (honouring If-Match) and tells who the caller is on it; a caller
 * who is no party to this request (a billing admin on a technical request) is refused.
 */
export async function lockRequest(
  request: FastifyRequest,
  client: Client,
  id: string,
): Promise<{ current: StoredRequest; party: Party }> {
  const current = await lockRequestRow(client, id);
  if (!current) throw new ProblemError('not-found', 'No such support request.');
  assertIfMatch(request, current.version);
  const party = partyOf(request.principal.role, current.category);
  if (!party)
    throw new ProblemError('forbidden', `A ${request.principal.role} does not work ${current.category} requests.`);
  return { current, party };
}

/** Records an event about a request, visible to its customer when `customerVisible`. */
export const recordRequestEvent = (
  request: FastifyRequest,
  client: Client,
  record: StoredRequest,
  type: string,
  data: Record<string, unknown>,
  customerVisible: boolean,
) =>
  recordEvent(client, {
    type: `support_request.${type}`,
    subject: { type: 'support_request', id: record.id },
    actor: actorOf(request),
    data: { ...data, customerId: record.customerId },
    customerVisible,
  });

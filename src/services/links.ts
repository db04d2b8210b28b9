import { findPartner } from '../db/partners.js';
import {
  escalationLinkedRequestIds,
  findLinkCandidates,
  incidentLinkedRequestIds,
  insertEscalationLinks,
  insertIncidentLinks,
  linksOfRequest,
  openIncidentLinkedRequests,
  type LinkCandidate,
} from '../db/links.js';
import { insertNote } from '../db/notes.js';
import { incidentScopes, type ServiceIncidentRow } from '../db/serviceIncidents.js';
import { lockRequestRow } from '../db/supportRequests.js';
import { isFinalEscalation } from '../domain/escalationLifecycle.js';
import { incidentResolvedNote } from '../domain/incidentNotes.js';
import { ProblemError } from '../domain/problems.js';
import { checkTransition, finalStates } from '../domain/requestLifecycle.js';
import type { CallerContext, Context, Tx } from './context.js';
import { lockEscalation, visibleEscalation } from './escalations.js';
import { moveRequest, recordRequestEvent, visibleRequest } from './supportRequests.js';

/**
 * Linked requests (issue 16): one Microsoft service incident, or one escalation, stands for many
 * requests. A resolved incident leaves a public note, in the partner's voice and the customer's
 * language, on each open request linked to it; an ended escalation returns its linked requests to
 * work with its own (services/escalations.ts). Customers never see a link, only the note (R9).
 */

export interface LinkedRequests {
  supportRequestIds: string[];
}

/**
 * The requests named, each the partner's own (row-level security hides any other) and not
 * closed or cancelled; `409`/`422` naming the first that is not.
 */
async function linkable(tx: Tx, ids: string[], fits: (request: LinkCandidate) => string | undefined) {
  const unique = [...new Set(ids)].sort();
  const found = await findLinkCandidates(tx, unique);
  const missing = unique.filter((id) => !found.some((request) => request.id === id));
  if (missing.length > 0) {
    throw new ProblemError(
      'invalid-reference',
      `supportRequestIds names no support request of this partner: ${missing.join(', ')}.`,
    );
  }
  for (const request of found) {
    if (finalStates.includes(request.state)) {
      throw new ProblemError('invalid-transition', `Support request ${request.id} is ${request.state}.`);
    }
    const misfit = fits(request);
    if (misfit) throw new ProblemError('invalid-reference', misfit);
  }
  return found;
}

/** The customers an incident is known for (null: every customer); not-found when it is not known at all. */
async function incidentScopesOf(tx: Tx, id: string): Promise<(string | null)[]> {
  const scopes = await incidentScopes(tx, id);
  if (scopes.length === 0) throw new ProblemError('not-found', 'No such service incident.');
  return scopes;
}

/**
 * Links requests to a service incident. The Graph connector keeps a copy of an incident per customer
 * tenant it affects: a request may be linked when the incident is known for its customer or for all.
 */
export async function linkToIncident(tx: Tx, incidentId: string, supportRequestIds: string[]): Promise<LinkedRequests> {
  const scopes = await incidentScopesOf(tx, incidentId);
  await linkable(tx, supportRequestIds, (request) =>
    scopes.includes(null) || scopes.includes(request.customerId)
      ? undefined
      : `Support request ${request.id} is another customer's than the incident's.`,
  );
  await insertIncidentLinks(tx, incidentId, supportRequestIds);
  return incidentLinks(tx, incidentId);
}

export async function incidentLinks(tx: Tx, incidentId: string): Promise<LinkedRequests> {
  await incidentScopesOf(tx, incidentId);
  return { supportRequestIds: await incidentLinkedRequestIds(tx, incidentId) };
}

/**
 * Links requests in progress to an escalation the caller raised and that is still under way: they
 * wait on it as escalated, as its own request does, and return to work when it ends.
 */
export async function linkToEscalation(
  tx: Tx,
  ctx: CallerContext,
  escalationId: string,
  supportRequestIds: string[],
): Promise<LinkedRequests> {
  const escalation = await lockEscalation(tx, ctx, escalationId);
  if (escalation.partnerId !== ctx.caller.partnerId) {
    throw new ProblemError('forbidden', 'Only the partner that raised an escalation links requests to it.');
  }
  if (isFinalEscalation(escalation.state)) {
    throw new ProblemError('invalid-transition', `This escalation is ${escalation.state}.`);
  }
  const already = await escalationLinkedRequestIds(tx, escalation.id);
  const added = supportRequestIds.filter((id) => !already.includes(id));
  const requests = await linkable(tx, added, (request) =>
    request.id === escalation.supportRequestId ? `Support request ${request.id} is the escalation's own.` : undefined,
  );
  for (const { id } of requests) {
    const supportRequest = (await lockRequestRow(tx, id))!;
    // The same move as the escalation's own request makes (SPEC §3: in_progress → escalated, by the system).
    const check = checkTransition(supportRequest, 'escalated', 'system', {}, ctx.now, 0);
    if (!check.ok) throw new ProblemError(check.code, `Support request ${id}: ${check.detail}`);
    await moveRequest(tx, ctx, supportRequest, { to: 'escalated', reason: `linked to escalation ${escalation.id}` });
  }
  await insertEscalationLinks(tx, escalation.id, added);
  return { supportRequestIds: await escalationLinkedRequestIds(tx, escalation.id) };
}

export async function escalationLinks(tx: Tx, ctx: CallerContext, escalationId: string): Promise<LinkedRequests> {
  const escalation = await visibleEscalation(tx, ctx, escalationId);
  return { supportRequestIds: await escalationLinkedRequestIds(tx, escalation.id) };
}

/** What a request is linked to: the service incidents and escalations that stand for it. */
export async function requestLinks(tx: Tx, requestId: string) {
  const request = await visibleRequest(tx, requestId);
  return linksOfRequest(tx, request.id);
}

/**
 * Microsoft resolved `resolved`: each open request linked to it gets a public note in the
 * partner's voice and its customer's language, and a `support_request.linked_incident_resolved`
 * event (for the partner: the customer reads the note).
 */
export async function noteResolvedIncident(tx: Tx, ctx: Context, partnerId: string, resolved: ServiceIncidentRow) {
  const partner = (await findPartner(tx, partnerId))!;
  const voice = { name: partner.name, ...partner.supportProfile };
  for (const { requestId, language } of await openIncidentLinkedRequests(tx, resolved.id, resolved.customerId)) {
    const supportRequest = (await lockRequestRow(tx, requestId))!;
    const note = await insertNote(tx, {
      requestId,
      customerId: supportRequest.customerId,
      text: incidentResolvedNote(voice, language, resolved),
      visibility: 'public',
      author: { kind: 'system' },
    });
    const data = { serviceIncidentId: resolved.id, noteId: note.id, language };
    await recordRequestEvent(tx, ctx, supportRequest, 'linked_incident_resolved', data, false);
  }
}

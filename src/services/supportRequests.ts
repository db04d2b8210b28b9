import type { Static } from 'typebox';
import { findApiKey } from '../db/apiKeys.js';
import { findCustomerForIntake, type CoveringTerms, type CustomerIntake, type CustomerRow } from '../db/customers.js';
import { changeOf, listSubjectEvents, recordEvent, type EventRow } from '../db/events.js';
import type { Keyset } from '../db/lists.js';
import { insertNote, listNotes, type NoteRow } from '../db/notes.js';
import { activeIncidentIds } from '../db/serviceIncidents.js';
import { definitionOfRequest, type RequestTerms, type SlaDefinitionRow } from '../db/slaDefinitions.js';
import {
  findRequest,
  insertRequest,
  listRequests,
  listRequestsUpdated,
  lockRequestRow,
  updateRequest,
  type ChangeOptions,
  type StoredHealthCheck,
  type RequestFilter,
  type RequestRecord,
  type SearchBound,
  type StoredRequest,
} from '../db/supportRequests.js';
import { newestMatches, searchCandidates } from '../db/search.js';
import { isAgent } from '../domain/access.js';
import {
  actorForCustomer,
  stateForCustomer,
  statesMeantByCustomer,
  statesReadAsInProgress,
} from '../domain/customerView.js';
import { refuseIntake, slaCoverage } from '../domain/intakePolicy.js';
import { checkTransition, finalStates, partyOf, type Party } from '../domain/requestLifecycle.js';
import { nextTimerAt } from '../domain/slaAlerts.js';
import {
  calendarTime,
  clockAfterMove,
  clockStopFields,
  minutesUsed,
  slaInstants,
  withFirstResponse,
  type SlaClock,
} from '../domain/slaTracking.js';
import { causeOwnership, type RequestState } from '../domain/supportRequests.js';
import { mergeMetadata, normalTags } from '../domain/integrations.js';
import { invalidFields, ProblemError, refuse } from '../domain/problems.js';
import type {
  Diagnosis,
  NewNote,
  NewSupportRequest,
  SupportRequestPatch,
  TransitionRequest,
} from '../schemas/support-requests.js';
import { assertVersion, type Caller, type CallerContext, type Context, type Tx } from './context.js';
import { assertIntegrationFields, assertTagFilterAllowed } from './integrations.js';

/**
 * Support requests: raising one, and every change to it, keeping its invariants together whoever
 * makes it (a route, an escalation, a timer): the lifecycle move with its SLA clock, its event and
 * the moment its timer must next look at it.
 */

export function clockOf(record: RequestRecord): SlaClock {
  return {
    openedAt: record.createdAt,
    // An uncovered request has no targets; clockColumns keeps none for it.
    firstResponseTargetMinutes: record.firstResponseTargetMinutes ?? 0,
    resolutionTargetMinutes: record.resolutionTargetMinutes ?? 0,
    pausedMinutes: record.pausedMinutes,
    pausedAt: record.pausedAt,
    firstRespondedAt: record.firstRespondedAt,
    resolvedAt: record.resolvedAt,
  };
}

/**
 * The stored columns of a clock and the instants that follow from it; a request received without
 * an SLA (R6) keeps only what its lifecycle needs, and no targets.
 */
function clockColumns(definition: Pick<SlaDefinitionRow, 'hours'> | undefined, clock: SlaClock) {
  const { openedAt: _openedAt, firstResponseTargetMinutes, resolutionTargetMinutes, ...kept } = clock;
  if (!definition) return kept;
  return { ...kept, firstResponseTargetMinutes, resolutionTargetMinutes, ...slaInstants(definition.hours!, clock) };
}

/** The SLA definition a request runs under, or undefined when it was received uncovered (R6). */
const termsOf = (tx: Tx, record: RequestRecord): Promise<RequestTerms | undefined> =>
  record.slaDefinitionId ? definitionOfRequest(tx, record.slaDefinitionId) : Promise.resolve(undefined);

export interface Move {
  to: RequestState;
  reason?: string | undefined;
  resolution?: { code: string; summary: string } | undefined;
}

/** Customers never see the partner's diagnosis, checks or assignee (R9). */
export const isCustomer = (ctx: CallerContext) => ctx.caller.role === 'customer_user';

/**
 * The wire shape (SPEC §2). Customers never see the partner's diagnosis, checks or assignee, and
 * read an escalated request as in_progress (R9).
 */
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
    state: forCustomer ? stateForCustomer(record.state) : record.state,
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
    slaCoverage: record.slaDefinitionId ? ('covered' as const) : ('uncovered' as const),
    sla: record.slaDefinitionId
      ? {
          definitionId: record.slaDefinitionId,
          definitionVersion: record.slaDefinitionVersion!,
          status: record.slaStatus!,
          firstResponseDueAt: record.firstResponseDueAt!,
          firstRespondedAt: record.firstRespondedAt,
          resolutionDueAt: record.resolutionDueAt!,
          pausedMinutes: record.pausedMinutes,
        }
      : null,
    externalRefs: record.externalRefs,
    tags: forCustomer ? [] : record.tags,
    metadata: forCustomer ? {} : record.metadata,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** Requests as the caller may list them: a customer's state filter means what it reads (R9). */
export async function listVisibleRequests(
  tx: Tx,
  ctx: CallerContext,
  query: Omit<RequestFilter, 'states'> & { state?: RequestState | undefined },
  after: Keyset | undefined,
  limit: number,
): Promise<StoredRequest[]> {
  const { state, ...filter } = query;
  assertTagFilterAllowed(ctx.caller, filter.tag);
  const states = state && (isCustomer(ctx) ? statesMeantByCustomer(state) : [state]);
  if (states?.length === 0) return [];
  const list = (bound: SearchBound) =>
    listRequests(tx, ctx.caller.partnerId, { ...filter, ...(states ? { states } : {}) }, after, limit, bound);
  if (filter.q === undefined) return list(null);
  // A rare word is found through the search index, a common one by a walk of the search copies
  // newest first. Only when the caller may not read enough of those (a customer user and internal
  // notes, or other filters) does the list walk the requests themselves.
  const candidates = await searchCandidates(tx, filter.q);
  if (candidates) return list({ among: candidates });
  const newest = await newestMatches(tx, filter.q, after && Number(after[0]), limit);
  const page = await list({ among: newest });
  return page.length === limit || newest.length < limit ? page : list(null);
}

/**
 * A request's history as the caller may read it. A customer reads its public side, as its
 * partner's: no move into or out of an escalation, and every actor but itself is the partner (R9).
 */
export async function requestHistory(
  tx: Tx,
  ctx: CallerContext,
  request: StoredRequest,
  after: Keyset | undefined,
  limit: number,
): Promise<EventRow[]> {
  const subject = { type: 'support_request', id: request.id };
  if (!isCustomer(ctx)) return listSubjectEvents(tx, subject, false, after, limit);
  const events = await listSubjectEvents(tx, subject, true, after, limit, statesReadAsInProgress);
  return events.map((event) => ({ ...event, actor: actorForCustomer(event.actor) }));
}

/** A request's notes, oldest first; a customer reads the public ones, all as its partner's or its own (R9). */
export async function requestNotes(
  tx: Tx,
  ctx: CallerContext,
  request: StoredRequest,
  after: Keyset | undefined,
  limit: number,
): Promise<NoteRow[]> {
  const notes = await listNotes(tx, request.id, after, limit);
  return isCustomer(ctx) ? notes.map((note) => ({ ...note, author: actorForCustomer(note.author) })) : notes;
}

/** The request as the caller may see it (row-level security hides other customers' requests). */
export async function visibleRequest(tx: Tx, id: string): Promise<StoredRequest> {
  const found = await findRequest(tx, id);
  if (!found) throw new ProblemError('not-found', 'No such support request.');
  return found;
}

/**
 * Locks a request for a change (honouring If-Match) and tells who the caller is on it; a caller
 * who is no party to this request (a billing admin on a technical request) is refused.
 */
export async function lockRequest(
  tx: Tx,
  ctx: CallerContext,
  id: string,
): Promise<{ current: StoredRequest; party: Party }> {
  const current = await lockRequestRow(tx, id);
  if (!current) throw new ProblemError('not-found', 'No such support request.');
  assertVersion(ctx, current.version);
  const party = partyOf(ctx.caller.role, current.category);
  if (!party) throw new ProblemError('forbidden', `A ${ctx.caller.role} does not work ${current.category} requests.`);
  return { current, party };
}

export function assertOpen(state: RequestState, action: string): void {
  if (finalStates.includes(state)) throw new ProblemError('invalid-transition', `A ${state} request cannot ${action}.`);
}

/** What every event about a request carries, so a receiver maps it without a lookup. */
export const requestEventData = (record: StoredRequest) => ({
  customerId: record.customerId,
  externalRefs: record.externalRefs,
});

/** Another request of the partner already carries one of these references. */
function asRefTaken(error: unknown): never {
  if ((error as { constraint?: string }).constraint === 'external_refs_taken') {
    throw new ProblemError(
      'external-ref-taken',
      'Another support request of this partner already has this external reference.',
    );
  }
  throw error;
}

/** Records an event about a request, visible to its customer when `customerVisible`. */
export const recordRequestEvent = (
  tx: Tx,
  ctx: Context,
  record: StoredRequest,
  type: string,
  data: Record<string, unknown>,
  customerVisible: boolean,
) =>
  recordEvent(tx, {
    type: `support_request.${type}`,
    subject: { type: 'support_request', id: record.id },
    actor: ctx.actor,
    data: { ...data, ...requestEventData(record) },
    customerVisible,
  });

/**
 * Saves a change to a locked request together with what follows from it: the moment its timer must
 * next look at it (the next SLA alert, or the auto-close of a resolved request; the database wakes
 * the partner's timer when that moment comes before it, migration 008), and the business minutes
 * a clock it stops used (which the SLA report reads).
 */
export async function saveRequestChange(
  tx: Tx,
  ctx: Context,
  current: StoredRequest,
  changes: Partial<RequestRecord>,
  options?: ChangeOptions,
): Promise<StoredRequest> {
  const after = { ...current, ...changes };
  const stops = clockStopFields.some((field) => field in changes);
  return updateRequest(
    tx,
    current.id,
    {
      ...changes,
      nextTimerAt: nextTimerAt(after, ctx.settings.reopenWindowDays),
      ...(stops ? minutesUsed((await termsOf(tx, current))?.hours, after) : {}),
    },
    options,
  );
}

/**
 * Moves a locked request to `move.to` (already checked against the lifecycle table): runs the SLA
 * clock, records the resolution or closing, and writes the state_changed event, all in the
 * caller's transaction; `last` when the move ends it (its commit then leaves with the update).
 */
export async function moveRequest(
  tx: Tx,
  ctx: Context,
  current: StoredRequest,
  move: Move,
  { last = false }: Pick<ChangeOptions, 'last'> = {},
): Promise<StoredRequest> {
  const now = ctx.now.toISOString();
  const definition = await termsOf(tx, current);
  const [hours, pauseOn] = definition ? [definition.hours!, definition.pauseOn] : [calendarTime, []];
  let clock = clockAfterMove(hours, pauseOn, clockOf(current), current.state, move.to, now);
  if (current.state === 'new' && move.to === 'in_progress') clock = withFirstResponse(clock, now);
  const reopened = current.state === 'resolved' && move.to === 'in_progress';
  return saveRequestChange(
    tx,
    ctx,
    current,
    {
      state: move.to,
      ...clockColumns(definition, clock),
      ...(move.resolution ? { resolutionCode: move.resolution.code, resolutionSummary: move.resolution.summary } : {}),
      ...(reopened ? { resolutionCode: null, resolutionSummary: null } : {}),
      ...(move.to === 'closed' || move.to === 'cancelled' ? { closedAt: now } : {}),
    },
    {
      event: {
        type: 'support_request.state_changed',
        subject: { type: 'support_request', id: current.id },
        actor: ctx.actor,
        data: {
          from: current.state,
          to: move.to,
          ...(move.reason ? { reason: move.reason } : {}),
          ...(move.resolution ? { resolution: move.resolution } : {}),
          ...requestEventData(current),
        },
        customerVisible: true,
      },
      last,
    },
  );
}

/**
 * What intake read about the customers it received requests for lately, by partner, calling
 * customer (row-level security shows a customer user only its own) and customer: a create for one
 * of them does not read it again, and is one round trip to the database instead of two. The
 * insert checks that it still holds (insertRequest); when it does not, the attempt fails as a
 * serialization failure and forgets it, and the retry (withTenant's, or a keyed POST's step's)
 * reads it afresh. At most INTAKE_READS_KEPT customers; then it starts over.
 */
const intakeReads = new Map<string, CustomerIntake>();
const INTAKE_READS_KEPT = 5_000;

/** How intake receives a request: for which customer, under which definition, from whom. */
interface Reception {
  customer: CustomerRow;
  /** The published definition covering the customer, if any (the insert checks it still does). */
  coveringDefinitionId: string | null;
  /** Its terms, when it offers the request's type of support: the request's SLA (R6). */
  definition: CoveringTerms | undefined;
  requester: CustomerRow['contacts'][number];
}

/** Intake's decision on what was read about the customer (R1, R6, R7): a refusal is thrown. */
function receive(
  caller: Caller,
  customerId: string,
  input: Static<typeof NewSupportRequest>,
  intake: CustomerIntake | undefined,
): Reception {
  refuse(
    refuseIntake({
      role: caller.role,
      ownCustomerId: caller.customerId,
      customerId,
      category: input.category,
      productName: input.product.name,
      customer: intake?.customer,
    }),
  );
  // The intake rules refused a missing customer.
  const { customer, terms } = intake!;
  const definition = slaCoverage(terms?.supportTypes ?? null, input.category) === 'covered' ? terms! : undefined;
  const requester = input.requester ?? customer.contacts[0];
  if (!requester)
    throw invalidFields([{ path: '/requester', message: 'is required when the customer has no contact' }]);
  return { customer, coveringDefinitionId: terms?.id ?? null, definition, requester };
}

/**
 * Raises a request (R1, R6, R7): the intake rules, then the SLA clock of the covering definition.
 * The partner receives every request: one no published definition covers (or whose definition does
 * not offer its type of support) is received uncovered, without an SLA clock, and reported by a
 * `support_request.uncovered` event and in compliance. A work of its own: its last statement
 * carries the transaction's commit (lastStatement).
 */
export async function raiseRequest(
  tx: Tx,
  ctx: CallerContext,
  input: Static<typeof NewSupportRequest>,
): Promise<StoredRequest> {
  const { caller } = ctx;
  if (caller.customerId && (input.externalRefs || input.tags || input.metadata))
    throw new ProblemError('forbidden', "externalRefs, tags and metadata are the partner's: set by its agents.");
  assertIntegrationFields(input);
  const customerId = input.customerId ?? caller.customerId;
  if (!customerId) throw invalidFields([{ path: '/customerId', message: 'is required' }]);
  const seen = `${caller.partnerId}/${caller.customerId ?? ''}/${customerId}`;
  let reception: Reception | undefined;
  const remembered = intakeReads.get(seen);
  if (remembered) {
    // Only a fresh read refuses: a refusal decided on what is remembered could be out of date.
    try {
      reception = receive(caller, customerId, input, remembered);
    } catch {
      intakeReads.delete(seen);
    }
  }
  if (!reception) {
    // Row-level security already hides other customers from a customer user.
    const intake = await findCustomerForIntake(tx, customerId);
    reception = receive(caller, customerId, input, intake);
    if (intakeReads.size >= INTAKE_READS_KEPT) intakeReads.clear();
    intakeReads.set(seen, intake!);
  }
  const { customer, definition, requester } = reception;
  const target = definition?.targets[input.severity];
  const openedAt = ctx.now.toISOString();
  const clockFields = {
    firstResponseTargetMinutes: null,
    resolutionTargetMinutes: null,
    firstResponseDueAt: null,
    firstResponseAtRiskAt: null,
    resolutionDueAt: null,
    resolutionAtRiskAt: null,
    ...clockColumns(definition, {
      openedAt,
      firstResponseTargetMinutes: target?.firstResponseMinutes ?? 0,
      resolutionTargetMinutes: target?.resolutionMinutes ?? 0,
      pausedMinutes: 0,
      pausedAt: null,
      firstRespondedAt: null,
      resolvedAt: null,
    }),
  };
  const raised = await insertRequest(
    tx,
    {
      ...clockFields,
      createdAt: openedAt,
      customerId: customer.id,
      title: input.title,
      description: input.description,
      category: input.category,
      productName: input.product.name,
      productType: input.product.type,
      productService: input.product.service,
      severity: input.severity,
      channel: input.channel ?? 'api',
      requester,
      state: 'new',
      assigneeId: null,
      diagnosisCause: null,
      diagnosisOwnership: null,
      diagnosisSummary: null,
      diagnosedAt: null,
      healthCheck: null,
      resolutionCode: null,
      resolutionSummary: null,
      closedAt: null,
      slaDefinitionId: definition?.id ?? null,
      slaDefinitionVersion: definition?.version ?? null,
      slaAlerts: [],
      nextTimerAt: nextTimerAt({ ...clockFields, state: 'new', slaAlerts: [] }, ctx.settings.reopenWindowDays),
      externalRefs: input.externalRefs ?? [],
      tags: normalTags(input.tags ?? []),
      metadata: input.metadata ?? {},
    },
    ctx.actor,
    { customerVersion: customer.version, coveringDefinitionId: reception.coveringDefinitionId },
    // Unless an uncovered request's event follows, the insert is the last statement.
    { last: definition !== undefined },
  ).catch((error: unknown) => {
    // The retry of a serialization failure (what intake decided on no longer holds) reads afresh.
    intakeReads.delete(seen);
    return asRefTaken(error);
  });
  if (!definition) {
    const data = { number: raised.number, category: raised.category };
    await recordRequestEvent(tx, ctx, raised, 'uncovered', data, false);
  }
  return raised;
}

/** Changes title, description, severity (new targets, same business time used) or assignee. */
export async function changeRequest(
  tx: Tx,
  ctx: CallerContext,
  id: string,
  input: Static<typeof SupportRequestPatch>,
): Promise<StoredRequest> {
  const { current } = await lockRequest(tx, ctx, id);
  assertOpen(current.state, 'change');
  const { severity, assigneeId, externalRefs, tags, metadata, ...text } = input;
  const integration = {
    ...(externalRefs ? { externalRefs } : {}),
    ...(tags ? { tags: normalTags(tags) } : {}),
    ...(metadata ? { metadata: mergeMetadata(current.metadata, metadata) } : {}),
  };
  assertIntegrationFields(integration);
  if (assigneeId) {
    const assignee = await findApiKey(tx, assigneeId);
    // Only the partner's agents are assignees, never a customer user (nor a user admin, who works no request).
    if (!assignee || assignee.revokedAt || !isAgent(assignee.role) || !partyOf(assignee.role, current.category)) {
      throw new ProblemError(
        'invalid-assignee',
        "assigneeId names an active key of one of the partner's agents who works this request.",
      );
    }
  }
  let changes: Partial<RequestRecord> = {
    ...text,
    ...integration,
    ...(assigneeId !== undefined ? { assigneeId } : {}),
  };
  const resized = severity !== undefined && severity !== current.severity;
  if (resized) {
    const definition = await termsOf(tx, current);
    const target = definition?.targets![severity];
    const clock = {
      ...clockOf(current),
      firstResponseTargetMinutes: target?.firstResponseMinutes ?? 0,
      resolutionTargetMinutes: target?.resolutionMinutes ?? 0,
    };
    changes = { ...changes, severity, ...clockColumns(definition, clock) };
  }
  const after = await saveRequestChange(tx, ctx, current, changes, { fieldsFromInput: true }).catch(asRefTaken);
  if (resized) {
    const { firstResponseDueAt, resolutionDueAt } = after;
    const data = { from: current.severity, to: severity, firstResponseDueAt, resolutionDueAt };
    await recordRequestEvent(tx, ctx, after, 'severity_changed', data, true);
  }
  const partnerOnly = Object.keys(integration).concat(assigneeId !== undefined ? ['assigneeId'] : []);
  const fields = [...Object.keys(text), ...partnerOnly] as (keyof typeof after)[];
  if (fields.length > 0) {
    // The customer sees the change only when it sees every field changed (R9).
    const data = changeOf(fields, current, after);
    await recordRequestEvent(tx, ctx, after, 'updated', data, partnerOnly.length === 0);
  }
  return after;
}

/**
 * Moves a request along its lifecycle, as the caller's party on it may. A work of its own: its
 * update carries the transaction's commit (lastStatement).
 */
export async function transitionRequest(
  tx: Tx,
  ctx: CallerContext,
  id: string,
  input: Static<typeof TransitionRequest>,
): Promise<StoredRequest> {
  const { current, party } = await lockRequest(tx, ctx, id);
  const { to, reason, resolution } = input;
  const check = checkTransition(current, to, party, { reason, resolution }, ctx.now, ctx.settings.reopenWindowDays);
  if (!check.ok) {
    if (check.field) throw invalidFields([{ path: check.field, message: 'is required for this move' }]);
    throw new ProblemError(check.code, check.detail);
  }
  return moveRequest(tx, ctx, current, { to, reason, resolution }, { last: true });
}

/** Records the diagnosis (R2); ownership follows from the cause (R3). */
export async function diagnoseRequest(
  tx: Tx,
  ctx: CallerContext,
  id: string,
  input: Static<typeof Diagnosis>,
): Promise<StoredRequest> {
  const { current } = await lockRequest(tx, ctx, id);
  if (current.state !== 'in_progress')
    throw new ProblemError('invalid-transition', 'A request is diagnosed while in_progress.');
  const { cause, summary } = input;
  const after = await updateRequest(tx, current.id, {
    diagnosisCause: cause,
    diagnosisOwnership: causeOwnership[cause],
    diagnosisSummary: summary,
    diagnosedAt: ctx.now.toISOString(),
  });
  await recordRequestEvent(tx, ctx, after, 'diagnosed', { cause, ownership: causeOwnership[cause], summary }, false);
  return after;
}

/**
 * Checks service health for known incidents of the request's service (R2) and keeps the result.
 * `microsoftUnreachable`: the Graph connector could not refresh the incidents just before, so the
 * check says `unavailable` (the gate refuses on it) whatever the incidents kept so far match.
 */
export async function checkRequestHealth(
  tx: Tx,
  ctx: CallerContext,
  id: string,
  { microsoftUnreachable = false } = {},
): Promise<StoredHealthCheck> {
  const { current } = await lockRequest(tx, ctx, id);
  assertOpen(current.state, 'be checked');
  const matchingIncidentIds = await activeIncidentIds(tx, current.productService, current.customerId);
  const found = matchingIncidentIds.length > 0 ? ('known_incident' as const) : ('clear' as const);
  const healthCheck = {
    checkedAt: ctx.now.toISOString(),
    outcome: microsoftUnreachable ? ('unavailable' as const) : found,
    matchingIncidentIds,
  };
  const after = await updateRequest(tx, current.id, { healthCheck });
  await recordRequestEvent(tx, ctx, after, 'health_checked', healthCheck, false);
  return healthCheck;
}

/** An internal note the service writes itself (e.g. Microsoft's notes on a filed service request), never public (R9). */
export async function addInternalNote(tx: Tx, ctx: Context, requestId: string, text: string): Promise<NoteRow> {
  const current = (await lockRequestRow(tx, requestId))!;
  const created = await insertNote(tx, {
    requestId: current.id,
    customerId: current.customerId,
    text,
    visibility: 'internal',
    author: ctx.actor,
  });
  await recordRequestEvent(tx, ctx, current, 'note_added', { noteId: created.id, visibility: 'internal' }, false);
  return created;
}

/**
 * Adds a note. A customer's note on a request awaiting it moves it back to in_progress; the
 * partner's first public note is the first response.
 */
export async function addNote(tx: Tx, ctx: CallerContext, id: string, input: Static<typeof NewNote>): Promise<NoteRow> {
  const { current, party } = await lockRequest(tx, ctx, id);
  assertOpen(current.state, 'take notes');
  const { text, visibility } = input;
  if (party === 'customer' && visibility !== 'public')
    throw new ProblemError('forbidden', 'Customers write public notes only.');
  const created = await insertNote(tx, {
    requestId: current.id,
    customerId: current.customerId,
    text,
    visibility,
    author: ctx.actor,
  });
  const data = { noteId: created.id, visibility };
  await recordRequestEvent(tx, ctx, current, 'note_added', data, visibility === 'public');
  if (party === 'customer' && current.state === 'awaiting_customer') {
    await moveRequest(tx, ctx, current, { to: 'in_progress', reason: 'the customer answered' });
  } else if (party === 'agent' && visibility === 'public' && !current.firstRespondedAt) {
    const answered = withFirstResponse(clockOf(current), created.createdAt);
    await saveRequestChange(tx, ctx, current, clockColumns(await termsOf(tx, current), answered));
  }
  return created;
}

/** Requests one export transaction reads: enough to amortise its round trip, little to hold. */
const EXPORT_PAGE = 500;

/**
 * Every request the caller may see changed since `since`, oldest change first, as NDJSON lines,
 * one page at a time, each page in its own short transaction: memory stays constant whatever the
 * count, and no transaction stays open while a slow reader drains the stream. A request changed
 * during the export moves to the end, so it is exported again in its newer state, never skipped.
 */
export async function* exportRequests(
  inTenant: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  ctx: CallerContext,
  since: string | undefined,
): AsyncGenerator<string> {
  let after: [string, string] | undefined;
  for (;;) {
    const page = await inTenant((tx) => listRequestsUpdated(tx, ctx.caller.partnerId, since, after, EXPORT_PAGE));
    if (page.length > 0) yield page.map((r) => `${JSON.stringify(presentRequest(r, isCustomer(ctx)))}\n`).join('');
    if (page.length < EXPORT_PAGE) return;
    const last = page[page.length - 1]!;
    after = [last.updatedAt, last.id];
  }
}

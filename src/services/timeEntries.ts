import type { Static } from 'typebox';
import { recordEvent } from '../db/events.js';
import type { Keyset } from '../db/lists.js';
import type { StoredRequest } from '../db/supportRequests.js';
import {
  deleteTimeEntry,
  insertTimeEntry,
  listTimeEntries,
  lockTimeEntry,
  updateTimeEntry,
  type TimeEntryRow,
} from '../db/timeEntries.js';
import { ProblemError } from '../domain/problems.js';
import { partyOf } from '../domain/requestLifecycle.js';
import { timeEntryEditableUntil } from '../domain/usage.js';
import type { NewTimeEntry, TimeEntry, TimeEntryPatch } from '../schemas/time-entries.js';
import { assertVersion, type CallerContext, type Tx } from './context.js';
import { requestEventData, visibleRequest } from './supportRequests.js';

/** The request, if the caller works it: billing admins and sales agents log time on billing requests only. */
async function workedRequest(tx: Tx, ctx: CallerContext, id: string): Promise<StoredRequest> {
  const request = await visibleRequest(tx, id);
  if (partyOf(ctx.caller.role, request.category) !== 'agent')
    throw new ProblemError('forbidden', `A ${ctx.caller.role} does not work ${request.category} requests.`);
  return request;
}

export function presentTimeEntry(row: TimeEntryRow): Static<typeof TimeEntry> {
  const { authorKeyId: _authorKeyId, ...entry } = row;
  return { ...entry, editableUntil: timeEntryEditableUntil(row.createdAt) };
}

const recordTimeEvent = (
  tx: Tx,
  ctx: CallerContext,
  request: StoredRequest,
  change: 'added' | 'changed' | 'deleted',
  entry: TimeEntryRow,
) =>
  recordEvent(tx, {
    type: `support_request.time_entry_${change}`,
    subject: { type: 'support_request', id: request.id },
    actor: ctx.actor,
    data: { timeEntryId: entry.id, minutes: entry.minutes, billable: entry.billable, ...requestEventData(request) },
  });

export async function logTime(
  tx: Tx,
  ctx: CallerContext,
  requestId: string,
  input: Static<typeof NewTimeEntry>,
): Promise<TimeEntryRow> {
  const request = await workedRequest(tx, ctx, requestId);
  const entry = await insertTimeEntry(tx, {
    supportRequestId: request.id,
    customerId: request.customerId,
    minutes: input.minutes,
    billable: input.billable,
    note: input.note ?? null,
    performedAt: input.performedAt ?? ctx.now.toISOString(),
    author: ctx.actor,
    authorKeyId: ctx.caller.keyId,
    now: ctx.now,
  });
  await recordTimeEvent(tx, ctx, request, 'added', entry);
  return entry;
}

export async function timeEntriesOf(
  tx: Tx,
  ctx: CallerContext,
  requestId: string,
  after: Keyset | undefined,
  limit: number,
): Promise<TimeEntryRow[]> {
  const request = await workedRequest(tx, ctx, requestId);
  return listTimeEntries(tx, request.id, after, limit);
}

/**
 * The entry, locked, once its author asks within the edit window and If-Match holds: after a day
 * the time is part of the record (and perhaps of an invoice), so nobody rewrites it.
 */
async function lockOwnEntry(tx: Tx, ctx: CallerContext, id: string): Promise<TimeEntryRow> {
  const entry = await lockTimeEntry(tx, id);
  if (!entry) throw new ProblemError('not-found', 'No such time entry.');
  if (entry.authorKeyId !== ctx.caller.keyId)
    throw new ProblemError('time-entry-not-yours', 'Only the API key that recorded a time entry changes it.');
  const until = timeEntryEditableUntil(entry.createdAt);
  if (ctx.now.getTime() >= Date.parse(until))
    throw new ProblemError('time-entry-locked', `The time entry could be changed until ${until}; record a new one.`, {
      editableUntil: until,
    });
  assertVersion(ctx, entry.version);
  return entry;
}

export async function changeTimeEntry(
  tx: Tx,
  ctx: CallerContext,
  id: string,
  patch: Static<typeof TimeEntryPatch>,
): Promise<TimeEntryRow> {
  const current = await lockOwnEntry(tx, ctx, id);
  const request = await workedRequest(tx, ctx, current.supportRequestId);
  const changed = await updateTimeEntry(
    tx,
    id,
    {
      minutes: patch.minutes ?? current.minutes,
      billable: patch.billable ?? current.billable,
      note: patch.note === undefined ? current.note : patch.note,
      performedAt: patch.performedAt ?? current.performedAt,
    },
    ctx.now,
  );
  await recordTimeEvent(tx, ctx, request, 'changed', changed);
  return changed;
}

export async function removeTimeEntry(tx: Tx, ctx: CallerContext, id: string): Promise<void> {
  const current = await lockOwnEntry(tx, ctx, id);
  const request = await workedRequest(tx, ctx, current.supportRequestId);
  await deleteTimeEntry(tx, id);
  await recordTimeEvent(tx, ctx, request, 'deleted', current);
}

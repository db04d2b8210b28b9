import { nextTimerAt } from '../domain/slaAlerts.js';
import { clockAfterMove, slaInstants, withFirstResponse, type SlaClock } from '../domain/slaTracking.js';
import type { RequestState } from '../domain/supportRequests.js';
import { recordEvent, type Actor } from './events.js';
import type { Client } from './pool.js';
import { definitionOfRequest, type SlaDefinitionRow } from './slaDefinitions.js';
import { updateRequest, type RequestRecord, type StoredRequest } from './supportRequests.js';

/**
 * The changes to a support request that keep its invariants together, whoever makes them (a
 * route, an escalation, a timer): the lifecycle move with its SLA clock, event and timers.
 */

export function clockOf(record: RequestRecord): SlaClock {
  return {
    openedAt: record.createdAt,
    firstResponseTargetMinutes: record.firstResponseTargetMinutes,
    resolutionTargetMinutes: record.resolutionTargetMinutes,
    pausedMinutes: record.pausedMinutes,
    pausedAt: record.pausedAt,
    firstRespondedAt: record.firstRespondedAt,
    resolvedAt: record.resolvedAt,
  };
}

/** The stored columns of a clock and the instants that follow from it. */
export function clockColumns(definition: Pick<SlaDefinitionRow, 'hours'>, clock: SlaClock) {
  const { openedAt: _openedAt, ...stored } = clock;
  return { ...stored, ...slaInstants(definition.hours!, clock) };
}

export interface Move {
  to: RequestState;
  actor: Actor;
  reason?: string;
  resolution?: { code: string; summary: string };
  /** When a resolved request closes by itself (the auto-close timer). */
  reopenWindowDays: number;
}

/**
 * Saves a change to a locked request together with the moment its timer must next look at it
 * (the next SLA alert, or the auto-close of a resolved request); the database wakes the partner's
 * timer when that moment comes before it (migration 008).
 */
export function saveRequestChange(
  client: Client,
  current: StoredRequest,
  changes: Partial<RequestRecord>,
  reopenWindowDays: number,
): Promise<StoredRequest> {
  return updateRequest(client, current.id, {
    ...changes,
    nextTimerAt: nextTimerAt({ ...current, ...changes }, reopenWindowDays),
  });
}

/**
 * Moves a locked request to `move.to` (already checked against the lifecycle table): runs the SLA
 * clock, records the resolution or closing, and writes the state_changed event, all in the
 * caller's transaction.
 */
export async function moveRequest(client: Client, current: StoredRequest, move: Move): Promise<StoredRequest> {
  const now = new Date().toISOString();
  const definition = await definitionOfRequest(client, current.slaDefinitionId);
  let clock = clockAfterMove(definition.hours!, definition.pauseOn, clockOf(current), current.state, move.to, now);
  if (current.state === 'new' && move.to === 'in_progress') clock = withFirstResponse(clock, now);
  const reopened = current.state === 'resolved' && move.to === 'in_progress';
  const updated = await saveRequestChange(
    client,
    current,
    {
      state: move.to,
      ...clockColumns(definition, clock),
      ...(move.resolution ? { resolutionCode: move.resolution.code, resolutionSummary: move.resolution.summary } : {}),
      ...(reopened ? { resolutionCode: null, resolutionSummary: null } : {}),
      ...(move.to === 'closed' || move.to === 'cancelled' ? { closedAt: now } : {}),
    },
    move.reopenWindowDays,
  );
  await recordEvent(client, {
    type: 'support_request.state_changed',
    subject: { type: 'support_request', id: current.id },
    actor: move.actor,
    data: {
      from: current.state,
      to: move.to,
      ...(move.reason ? { reason: move.reason } : {}),
      ...(move.resolution ? { resolution: move.resolution } : {}),
      customerId: current.customerId,
    },
    customerVisible: true,
  });
  return updated;
}

import { nextAlertAt } from '../domain/slaAlerts.js';
import { clockAfterMove, slaInstants, withFirstResponse, type SlaClock } from '../domain/slaTracking.js';
import type { RequestState } from '../domain/supportRequests.js';
import { recordEvent, type Actor } from './events.js';
import { scheduleJob, unscheduleJob } from './jobs.js';
import type { Client } from './pool.js';
import { findSlaDefinition, type SlaDefinitionRow } from './slaDefinitions.js';
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
export function clockColumns(definition: SlaDefinitionRow, clock: SlaClock) {
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
 * Points the request's timers at its current clock: the next SLA alert, and the auto-close of a
 * resolved request when its reopen window ends. Called after every change that moves the clock.
 */
export async function syncTimers(client: Client, record: StoredRequest, reopenWindowDays: number): Promise<void> {
  const next = nextAlertAt(record, new Date());
  if (next) await scheduleJob(client, 'sla_timer', { requestId: record.id }, next, `sla:${record.id}`);
  else await unscheduleJob(client, `sla:${record.id}`);
  if (record.state === 'resolved') {
    const closesAt = new Date(Date.parse(record.resolvedAt!) + reopenWindowDays * 86_400_000).toISOString();
    await scheduleJob(client, 'auto_close', { requestId: record.id }, closesAt, `close:${record.id}`);
  }
}

/**
 * Moves a locked request to `move.to` (already checked against the lifecycle table): runs the SLA
 * clock, records the resolution or closing, and writes the state_changed event, all in the
 * caller's transaction.
 */
export async function moveRequest(client: Client, current: StoredRequest, move: Move): Promise<StoredRequest> {
  const now = new Date().toISOString();
  const definition = (await findSlaDefinition(client, current.slaDefinitionId))!;
  let clock = clockAfterMove(definition.hours!, definition.pauseOn, clockOf(current), current.state, move.to, now);
  if (current.state === 'new' && move.to === 'in_progress') clock = withFirstResponse(clock, now);
  const reopened = current.state === 'resolved' && move.to === 'in_progress';
  const updated = await updateRequest(client, current.id, {
    state: move.to,
    ...clockColumns(definition, clock),
    ...(move.resolution ? { resolutionCode: move.resolution.code, resolutionSummary: move.resolution.summary } : {}),
    ...(reopened ? { resolutionCode: null, resolutionSummary: null } : {}),
    ...(move.to === 'closed' || move.to === 'cancelled' ? { closedAt: now } : {}),
  });
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
  await syncTimers(client, updated, move.reopenWindowDays);
  return updated;
}


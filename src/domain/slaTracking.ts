import { addBusinessMinutes, businessMinutesBetween, type BusinessHours } from './slaClock.js';
import type { RequestState } from './supportRequests.js';

/**
 * A request's SLA clock: what is stored, from which every due date and sla.status follow.
 * Business time counts from `openedAt`; time spent paused (in the SLA's pauseOn states, or
 * between resolution and a reopen) is added to the targets, so a due date moves by exactly the
 * business time the clock was stopped.
 */
export interface SlaClock {
  openedAt: string;
  firstResponseTargetMinutes: number;
  resolutionTargetMinutes: number;
  pausedMinutes: number;
  pausedAt: string | null;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
}

export interface SlaInstants {
  firstResponseDueAt: string;
  firstResponseAtRiskAt: string;
  resolutionDueAt: string;
  resolutionAtRiskAt: string;
}

/**
 * The clock of a request received without an SLA (R6): calendar time, never paused. It keeps only
 * what the lifecycle needs (the first response, the resolution instant for the reopen window).
 */
export const calendarTime: BusinessHours = { timezone: 'UTC', alwaysOpen: true, weekly: [], holidays: [] };

/** What the SLA says of a request now (computed from the stored instants by the database's sla_status). */
export const slaStatuses = ['on_track', 'at_risk', 'paused', 'breached', 'met'] as const;
export type SlaTrackingStatus = (typeof slaStatuses)[number];

/** A target is at risk once 75 % of it is used. */
export const AT_RISK_SHARE = 0.75;

export function slaInstants(hours: BusinessHours, clock: SlaClock): SlaInstants {
  const at = (minutes: number) => addBusinessMinutes(hours, clock.openedAt, minutes + clock.pausedMinutes);
  return {
    firstResponseDueAt: at(clock.firstResponseTargetMinutes),
    firstResponseAtRiskAt: at(clock.firstResponseTargetMinutes * AT_RISK_SHARE),
    resolutionDueAt: at(clock.resolutionTargetMinutes),
    resolutionAtRiskAt: at(clock.resolutionTargetMinutes * AT_RISK_SHARE),
  };
}

/** The clock after a request moves from `from` to `to` at `now`. */
export function clockAfterMove(
  hours: BusinessHours,
  pauseOn: readonly RequestState[],
  clock: SlaClock,
  from: RequestState,
  to: RequestState,
  now: string,
): SlaClock {
  const next = { ...clock };
  const stoppedSince = from === 'resolved' ? clock.resolvedAt : pauseOn.includes(from) ? clock.pausedAt : null;
  const runs = !pauseOn.includes(to) && !['resolved', 'closed', 'cancelled'].includes(to);
  if (stoppedSince && runs) {
    // The business time the clock stood still no longer counts against the targets.
    next.pausedMinutes += businessMinutesBetween(hours, stoppedSince, now);
    next.pausedAt = null;
    next.resolvedAt = null;
  }
  if (pauseOn.includes(to) && !next.pausedAt) next.pausedAt = now;
  if (to === 'resolved') next.resolvedAt = now;
  return next;
}

/**
 * The business minutes each target used once its clock stopped, which the SLA report reads
 * (migration 021): to the first response, or to the closing without one; to the resolution, or to
 * the closing, less the time paused. Null while a clock runs, and without an SLA (R6).
 */
export interface MinutesUsed {
  firstResponseMinutesUsed: number | null;
  resolutionMinutesUsed: number | null;
}

/** What the minutes used follow from, as a request stores it. */
export interface ClockStops {
  createdAt: string;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  pausedMinutes: number;
}

/** The fields a change can stop or restart a clock by: a change to any of them writes the minutes used again. */
export const clockStopFields = [
  'firstRespondedAt',
  'resolvedAt',
  'closedAt',
  'pausedMinutes',
] as const satisfies readonly (keyof ClockStops)[];

export function minutesUsed(hours: BusinessHours | null | undefined, request: ClockStops): MinutesUsed {
  const used = (stop: string | null) => (hours && stop ? businessMinutesBetween(hours, request.createdAt, stop) : null);
  const resolution = used(request.resolvedAt ?? request.closedAt);
  return {
    firstResponseMinutesUsed: used(request.firstRespondedAt ?? request.closedAt),
    resolutionMinutesUsed: resolution === null ? null : resolution - request.pausedMinutes,
  };
}

/** The first response is the partner taking the request into work, or its first public note. */
export function withFirstResponse(clock: SlaClock, now: string): SlaClock {
  return clock.firstRespondedAt ? clock : { ...clock, firstRespondedAt: now };
}
